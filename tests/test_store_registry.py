"""A new built-in store is one file plus one registration line, and then works everywhere:
`gcode learn add --store`, `/remember --store` in the chat, and the shared extraction call."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from gcode import store_api
from gcode.cli import run_app
from gcode.learning import LearningMachine
from gcode.repl import Chat
from gcode.workspace import Workspace
from learning_helpers import RecordingLLM, chat_turn

RUNBOOKS = '''
from gcode.store_api import BaseStore


class Runbooks(BaseStore):
    name = "runbooks"
    title = "Runbooks"
    scope = "team"
    kinds = ("runbook",)
    extract = "step-by-step operational procedures (deploys, rollbacks, restores)"
'''


@pytest.fixture
def with_runbooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file, and the one line in the registry."""
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "runbooks_store.py").write_text(RUNBOOKS)
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setattr(store_api, "BUILTIN_STORES",
                        (*store_api.BUILTIN_STORES, "runbooks_store:Runbooks"))
    yield
    sys.modules.pop("runbooks_store", None)


def runbooks(root: Path) -> list:
    ws = Workspace(cwd=root)
    try:
        return ws.db.list_learnings([ws.repo_id], stores=["runbooks"])
    finally:
        ws.close()


def test_learn_add_store(with_runbooks, make_repo, monkeypatch, capsys) -> None:
    root = make_repo("ops")
    monkeypatch.chdir(root)
    assert run_app(["learn", "add", "--store", "runbooks",
                    "Roll back with `make rollback ENV=prod`."]) == 0
    # no team file yet: team scope, but honest about when it is shared
    assert "(runbooks, team scope: shared once you run `gcode init`)" in capsys.readouterr().out
    (rec,) = runbooks(root)
    assert rec.kind == "runbook" and rec.scope == "team" and rec.source == "user"


def test_remember_store_in_the_chat(with_runbooks, make_repo) -> None:
    root = make_repo("ops")
    out = io.StringIO()
    with create_pipe_input() as pipe:
        chat = Chat(Workspace(cwd=root), out=out, err=out, plain=True, pt_input=pipe,
                    pt_output=DummyOutput(), width=120)
        pipe.send_text("/remember --store runbooks Restore the DB from the nightly snapshot.\r"
                       "\x04")
        assert chat.run() == 0
    assert "team scope: shared once you run `gcode init`" in out.getvalue()
    assert [r.content for r in runbooks(root)] == ["Restore the DB from the nightly snapshot."]


def test_extraction_offers_and_fills_the_new_store(with_runbooks, make_repo) -> None:
    root = make_repo("ops")
    llm = RecordingLLM({"learnings": [{"store": "runbooks", "kind": "runbook",
                                       "content": "Deploy by tagging a release; CI ships it."}]})
    machine = LearningMachine.from_workspace(Workspace(cwd=root), llm_factory=llm)
    assert "runbooks" in machine.stores
    machine.after_turn(chat_turn("To deploy we tag a release and CI ships it to prod."))
    machine.end_session()
    assert machine.errors == []
    (asked,) = llm.calls
    assert "- runbooks: step-by-step operational procedures" in asked[-1]["content"]
    assert [r.content for r in runbooks(root)] == ["Deploy by tagging a release; CI ships it."]
    assert "### Runbooks" in machine.build_context("how do we deploy?").text
