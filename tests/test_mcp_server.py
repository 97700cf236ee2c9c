"""gcode as an MCP server, driven by the official SDK's client: `gcode mcp serve` over stdio
(and streamable HTTP), as Claude Code, Codex, Cursor or VS Code would run it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from conftest import GCODE, run_gcode
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

EGRESS = "The team is cutting egress costs."
SECRET = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
DISTRACTORS = ("Run the tests with pytest -q", "The frontend uses React with Vite",
               "Monitoring dashboards are reviewed every Monday", "Use ruff for linting")
COMMAND = [GCODE] if GCODE else [sys.executable, "-m", "gcode"]


def serve_params(repo: Path, *extra: str, env: dict[str, str] | None = None
                 ) -> StdioServerParameters:
    """How an MCP client launches gcode: the SDK passes only HOME, PATH... plus `env`, so the
    test's isolated config, data and database directories are handed over explicitly."""
    keep = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "GCODE_DB", "GIT_CONFIG_NOSYSTEM",
            "NO_COLOR", "GCODE_USER", "GCODE_LEARNING_MODE", "GCODE_EMBEDDER")
    passed = {k: os.environ[k] for k in keep if k in os.environ}
    return StdioServerParameters(command=COMMAND[0], args=[*COMMAND[1:], "mcp", "serve", *extra],
                                 env={**passed, **(env or {})}, cwd=str(repo))


def call(result: Any) -> Any:
    """The tool's answer: structured when it has one, else its text."""
    assert not result.is_error, result.content
    if result.structured_content is not None:
        data = result.structured_content
        return data.get("result", data) if set(data) == {"result"} else data
    return "\n".join(block.text for block in result.content)


def session(params: StdioServerParameters, steps: Any) -> Any:
    """Run `steps(client)` against a `gcode mcp serve` the SDK client started."""

    async def main() -> Any:
        async with Client(stdio_client(params)) as client:
            return await steps(client)

    return anyio.run(main)


@pytest.fixture
def team_repo(repo, gcode) -> Path:
    """A repository sharing learnings through git, where a teammate taught the egress goal."""
    assert gcode("init", "--yes", cwd=repo).returncode == 0
    for fact in (EGRESS, *DISTRACTORS):
        r = gcode("learn", "add", fact, cwd=repo, env={"GCODE_USER": "alice@example.com"})
        assert r.returncode == 0, r.stderr
    return repo


@pytest.mark.slow
def test_the_sdk_client_searches_gets_context_saves_and_forgets(team_repo) -> None:
    repo = team_repo

    async def steps(client: Client) -> dict[str, Any]:
        out: dict[str, Any] = {"tools": {t.name: t for t in (await client.list_tools()).tools}}
        out["search"] = call(await client.call_tool("search_learnings",
                                                    {"query": "datadog or grafana?", "k": 3}))
        out["context"] = call(await client.call_tool("get_context",
                                                     {"message": "datadog or grafana?"}))
        out["save"] = call(await client.call_tool("save_learning", {
            "content": f"Staging deploys need the VPN; the deploy bot token is {SECRET}",
            "kind": "gotcha"}))
        out["mine"] = call(await client.call_tool("save_learning", {
            "content": "I prefer answers with a code sample first", "scope": "user"}))
        out["again"] = call(await client.call_tool("save_learning", {
            "content": "Staging deploys need the VPN; the deploy bot token is [REDACTED]",
            "kind": "gotcha"}))
        out["bad"] = await client.call_tool("save_learning", {"content": "x", "scope": "world"})
        return out

    expected = run_gcode("context", "-m", "datadog or grafana?", cwd=repo).stdout
    out = session(serve_params(repo), steps)
    assert set(out["tools"]) == {"search_learnings", "get_context", "save_learning",
                                 "forget_learning"}
    assert out["tools"]["search_learnings"].annotations.read_only_hint is True

    # The teammate's insight answers a question that shares no word with it: the semantic
    # half of the hybrid search finds it (observability tools bear on egress costs).
    hits = out["search"]["results"]
    assert 1 <= len(hits) <= 3
    egress = next(h for h in hits if h["content"] == EGRESS)
    assert (egress["store"], egress["scope"], egress["author"], egress["source"]) == \
        ("learned_knowledge", "team", "alice@example.com", "user")
    assert egress["id"].replace("-", "").endswith(egress["short_id"])
    assert {"evidence", "confidence", "created_at", "score"} <= set(egress)

    # get_context is exactly the block gcode's own agent gets (`gcode context -m`).
    assert EGRESS in out["context"] and out["context"].strip() == expected.strip()

    # A save is redacted, stored as gcode stores it, and shared through the team file.
    saved = out["save"]
    assert SECRET not in json.dumps(saved)
    assert saved["redacted"] is True and saved["shared"] is True
    assert (saved["outcome"], saved["store"], saved["scope"], saved["kind"]) == \
        ("added", "project_context", "team", "gotcha")
    assert out["mine"]["store"] == "user_memory" and out["mine"]["shared"] is False
    assert out["again"]["outcome"] == "duplicate" and out["again"]["id"] == saved["id"]
    assert out["bad"].is_error and "scope must be one of team, user, machine" in \
        out["bad"].content[0].text
    shown = json.loads(run_gcode("learn", "show", "--json", cwd=repo).stdout)
    contents = {r["content"]: r for r in shown}
    assert "Staging deploys need the VPN; the deploy bot token is [REDACTED]" in contents
    assert not any(SECRET in r["content"] for r in shown)
    team_file = (repo / ".gcode" / "learnings.jsonl").read_text()
    assert saved["id"] in team_file and SECRET not in team_file
    assert "code sample first" not in team_file  # private memory never leaves the machine

    # forget: a tombstone, exported for teammates.
    forgotten = session(serve_params(repo), lambda c: _forget(c, saved["short_id"]))
    assert forgotten[0]["forgotten"] == saved["short_id"]
    assert forgotten[1].is_error and "already forgotten" in forgotten[1].content[0].text
    shown = json.loads(run_gcode("learn", "show", "--json", cwd=repo).stdout)
    assert saved["id"] not in {r["id"] for r in shown}
    line = next(ln for ln in (repo / ".gcode" / "learnings.jsonl").read_text().splitlines()
                if saved["id"] in ln)
    assert json.loads(line)["deleted_at"]


async def _forget(client: Client, short: str) -> tuple[Any, Any]:
    first = call(await client.call_tool("forget_learning", {"id": short}))
    second = await client.call_tool("forget_learning", {"id": short})
    return first, second


@pytest.mark.slow
def test_propose_mode_makes_saves_wait_for_review(team_repo) -> None:
    params = serve_params(team_repo, env={"GCODE_LEARNING_MODE": "propose"})
    saved = session(params, lambda c: _save(c, "Releases are cut on Thursdays"))
    assert saved["outcome"] == "proposed" and saved["shared"] is False
    pending = run_gcode("learn", "show", "--pending", cwd=team_repo).stdout
    assert "Releases are cut on Thursdays [pending]" in pending
    assert "Releases are cut" not in (team_repo / ".gcode/learnings.jsonl").read_text()


async def _save(client: Client, content: str) -> Any:
    return call(await client.call_tool("save_learning", {"content": content}))


@pytest.mark.slow
def test_the_server_sees_a_teammates_learning_pulled_while_it_runs(team_repo, tmp_path) -> None:
    """The team file changing under a running server (a git pull) is imported."""
    other_db = tmp_path / "teammate.db"

    async def steps(client: Client) -> tuple[Any, Any]:
        before = call(await client.call_tool("search_learnings", {"query": "kafka topics"}))
        env = {**os.environ, "GCODE_DB": str(other_db), "GCODE_USER": "bob@example.com"}
        for args in (["learn", "import"], ["learn", "add", "Kafka topics are created by "
                                           "Terraform, never by hand"], ["learn", "export"]):
            done = subprocess.run([*COMMAND, *args], cwd=team_repo, env=env,
                                  capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
        after = call(await client.call_tool("search_learnings", {"query": "kafka topics"}))
        return before, after

    before, after = session(serve_params(team_repo), steps)
    assert not any("Kafka" in h["content"] for h in before["results"])
    assert after["results"][0]["content"].startswith("Kafka topics are created by Terraform")
    assert after["results"][0]["author"] == "bob@example.com"


def test_serve_outside_a_repository_is_one_clear_line(tmp_path, gcode) -> None:
    r = gcode("mcp", "serve", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"gcode: error: {tmp_path} is not inside a git repository — ")
    assert "--repo PATH" in r.stderr
    r = gcode("mcp", "serve", "--repo", str(tmp_path / "nope"), cwd=tmp_path)
    assert "is not a directory" in r.stderr


@pytest.mark.slow
def test_http_transport_needs_the_token(team_repo, isolated_env) -> None:
    """The SDK's client, and gcode's own (a `url` server with `headers`), over HTTP."""
    env = {**os.environ, "GCODE_MCP_TOKEN": "s3cret-test-token"}
    proc = subprocess.Popen([*COMMAND, "mcp", "serve", "--http"], cwd=team_repo, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/mcp)", line)
        assert match, line
        assert "s3cret-test-token" not in line  # the token is never printed when it is given
        url = match.group(1)

        async def with_token() -> Any:
            import httpx2
            from mcp.client.streamable_http import streamable_http_client

            headers = {"Authorization": "Bearer s3cret-test-token"}
            async with httpx2.AsyncClient(headers=headers) as http, \
                    Client(streamable_http_client(url, http_client=http)) as client:
                return call(await client.call_tool("search_learnings", {"query": "egress"}))

        assert anyio.run(with_token)["results"][0]["content"] == EGRESS

        import httpx2

        refused = httpx2.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
                              headers={"Accept": "application/json, text/event-stream"})
        assert refused.status_code == 401

        config = isolated_env / ".config" / "gcode" / "config.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(f'[mcp_servers.team]\nurl = "{url}"\n'
                          'headers = { Authorization = "Bearer ${TEAM_TOKEN}" }\n')
        listed = {}
        for token in ("s3cret-test-token", "wrong"):
            r = run_gcode("mcp", "list", "--json", cwd=team_repo, env={"TEAM_TOKEN": token})
            assert r.returncode == 0, r.stderr
            listed[token] = json.loads(r.stdout)[0]
        assert listed["s3cret-test-token"]["state"] == "ok"
        assert listed["s3cret-test-token"]["tools"] == [
            "team__search_learnings", "team__get_context", "team__save_learning",
            "team__forget_learning"]
        assert listed["wrong"]["state"] == "failed"
        assert listed["wrong"]["detail"].startswith("it refused: unauthorized: gcode mcp "
                                                    "serve --http needs the bearer token")
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
