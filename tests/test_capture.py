"""Capture without cue words: which sentences reach extraction, the batch that keeps the cost
at most one request per turn, the guards that do not trust the model, "applies when"
triggers, and statements a killed process left behind (picked up on the next start)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from capture_heldout import CHATTER, STATEMENTS
from conftest import GCODE, run_gcode
from fake_openai import Reply, text
from gcode.capture import candidates
from gcode.capture_guards import is_personal, unfit_learning
from gcode.learning import LearningMachine
from gcode.workspace import Workspace
from learning_helpers import RecordingLLM, chat_turn


def machine(root: Path, user: str, llm: RecordingLLM, **flags: object) -> LearningMachine:
    ws = Workspace(cwd=root, flags={"user.name": user, **flags})
    return LearningMachine.from_workspace(ws, llm_factory=llm)


def test_rules_generalise_to_sentences_they_were_not_written_for():
    """Held-out statements and chatter (tests/capture_heldout.py), not the benchmark's."""
    captured = [s for s in STATEMENTS if candidates(s)]
    junk = [c for c in CHATTER if candidates(c)]
    assert len(captured) >= 27, sorted(set(STATEMENTS) - set(captured))
    assert len(junk) <= 1, junk


@pytest.mark.parametrize("said", [
    "Use pnpm, not npm.", "Never push straight to main.", "Always run migrations with --lock.",
    "Die Adyen-Sandbox setzt die Testkarten jeden Monat zurück.",
    "ok, the staging DB is reset every Sunday", "I prefer small commits.",
    "we always deploy on Tuesdays, remember that",
])
def test_statements_and_standing_rules_are_candidates(said):
    assert candidates(said) == [said]


@pytest.mark.parametrize("said", [
    "fix the test", "use the dev target", "Run integration tests with docker",
    "can you rename it?", "thanks, that did it", "the build is red again",
    "merge the add change today", "I'll be back in 10", "the reviewer wants a docstring",
    "write the handler in Go, not Python", "```\nWe deploy on Fridays.\n```",
])
def test_requests_reactions_and_remarks_of_the_moment_are_not(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "Only the release captain can tag versions.", "Only admins may delete projects.",
    "Node 18 is no longer supported.", "Python 3.8 is no longer supported by the SDK.",
    "Don't commit generated protobuf files.", "Do not edit files under vendor/.",
    "When the queue depth rose to 10k the workers crashed, so the limit is 5k.",
    "The release deadline is always the last Friday of the month.",
    "fx-rates is stuck on Java 11 because of the old bloomberg sdk.",
    "A duty counts as overnight if it touches 02:00-05:59 local time.",
    "The beta build is cut from main every thursday morning, so risky changes land by wednesday.",
])
def test_who_may_do_what_rules_on_kinds_and_changed_policies_are_candidates(said):
    assert candidates(said) == [said]


@pytest.mark.parametrize("said", [
    "Only fails on CI.", "only on staging.", "only happens with the cache on",
    "it no longer works", "the button no longer shows up",
    "don't touch those files", "don't run tests", "don't add more logs", "don't commit yet",
    "the coverage dropped to 78%", "p95 latency went up to 340ms", "our deadline is Friday",
    "the docker build is taking forever", "the new version is much cleaner",
    "PR is up, #482", "rebased, conflicts were only in the changelog", "coffee first, brb",
    "cookies were blocked in my browser, my bad", "worker's back up, ~2k tasks left",
    "the map works locally but not on staging", "Maren is on a call with the cooperative until 3",
    "The channel has been stable for two hours since the redeploy.",
    "ha, nice catch", "oh, the line endings.", "QA says the popup appears twice on cold start",
    "One small thing: the legend on the chart is cut off.", "the migration ran fine on my local",
    "ok so we'd finish Thursday morning if nothing breaks", "still too big",
    "the preview looks off, the padding is too big", "the wifi here is terrible, sorry if I drop",
    "happy friday everyone", "shorter, two sentences max", "the merge queue kicked it out, retry",
])
def test_where_it_fails_measurements_deadlines_and_verdicts_now_are_not(said):
    assert candidates(said) == []


def test_mixed_message_shows_only_its_statements():
    said = "Integration tests need docker running. Can you start it? Then run them please."
    assert candidates(said) == ["Integration tests need docker running."]


def test_a_credential_never_reaches_the_model_or_a_learning():
    said = candidates("The staging login is ops / Sunny-Otter-2291.")
    assert said and "Sunny-Otter-2291" not in said[0]
    assert unfit_learning("The staging login is ops / Sunny-Otter-2291.") == \
        "it holds a credential"
    assert unfit_learning("The staging login is ops / [REDACTED].") == "it holds a credential"


def test_guards_judge_the_model_output_not_its_good_behaviour():
    assert unfit_learning("The team lead wants the add change merged today.")
    assert unfit_learning("It still fails on the import.")
    assert unfit_learning("Deploy by tagging a release; CI ships it.") is None
    assert is_personal("I prefer tabs over spaces.") and is_personal("Alice prefers tabs.")
    assert not is_personal("The team prefers squash merges.")


def test_one_call_covers_several_turns_and_chatter_costs_nothing(make_repo):
    root = make_repo("demo")
    llm = RecordingLLM()
    m = machine(root, "alice", llm, **{"learning.batch_turns": 3})
    for said in ("thanks", "fix the lint errors", "why is this slow?",
                 "Integration tests need docker running.", "The staging DB resets on Sundays.",
                 "ok", "Storybook runs on port 6006."):
        m.after_turn(chat_turn(said))
    m.flush()
    assert len(llm.calls) == 1 and m.pending_turns == 0  # the third statement made it due
    prompt = llm.calls[0][1]["content"]
    assert prompt.count("USER: ") == 3 and "lint errors" not in prompt
    m.after_turn(chat_turn("Releases are cut on Tuesdays."))
    m.flush()
    assert len(llm.calls) == 1 and m.pending_turns == 1
    m.end_session()
    assert len(llm.calls) == 2 and m.pending_turns == 0


def test_guards_file_preferences_privately_and_drop_session_talk_and_secrets(make_repo):
    root = make_repo("demo")
    llm = RecordingLLM({"learnings": [
        {"store": "learned_knowledge", "content": "I prefer tabs over spaces.",
         "applies_when": "formatting code"},
        {"store": "learned_knowledge", "content": "The team lead wants the add change merged "
                                                  "today."},
        {"store": "project_context", "kind": "gotcha",
         "content": "The staging login is ops / Sunny-Otter-2291."},
        {"store": "learned_knowledge", "kind": "insight",
         "content": "The team is trying to cut egress costs.",
         "applies_when": "choosing vendors, observability tools, CDNs, data transfer"},
    ]})
    m = machine(root, "alice", llm)
    m.after_turn(chat_turn("We're trying to cut egress costs. I prefer tabs over spaces."))
    m.end_session()
    assert m.errors == []
    rows = m.kb.db.list_learnings(None, include_dead=True)
    assert not any("Sunny-Otter" in r.content or "add change" in r.content for r in rows)
    tabs = next(r for r in rows if "tabs" in r.content)
    assert tabs.store == "user_memory" and tabs.scope == "user"
    egress = next(r for r in rows if "egress" in r.content)
    assert egress.scope == "team" and "CDNs" in egress.evidence["applies_when"]
    bob = machine(root, "bob", RecordingLLM())
    assert "tabs" not in bob.build_context("indentation").text


def test_hand_taught_learnings_get_their_trigger_in_the_next_call(make_repo):
    root = make_repo("demo")
    llm = RecordingLLM()
    m = machine(root, "alice", llm)
    rec = m.teach("learned_knowledge", "The team is trying to cut egress costs.").learning
    assert m.kb.db.get_learning(rec.id).evidence["applies_when_pending"] is True
    m.end_session()
    assert llm.calls == []  # nothing stated: no request just for a trigger
    llm.responses.append({"learnings": [], "triggers": [
        {"id": rec.id[-8:], "applies_when": "choosing vendors, CDNs, data transfer"}]})
    m.after_turn(chat_turn("Storybook runs on port 6006."))
    m.end_session()
    assert len(llm.calls) == 1
    assert f"[{rec.id[-8:]}]" in llm.calls[0][1]["content"].split("need a trigger")[1]
    stored = m.kb.db.get_learning(rec.id)
    assert stored.evidence["applies_when"] == "choosing vendors, CDNs, data transfer"
    assert "applies_when_pending" not in stored.evidence


def _db_rows(db_path: Path, sql: str) -> list[tuple]:
    """Rows as another process reads them: read-only, with gcode's SQLite build (the
    stdlib's may not read a live database's WAL); [] before the schema exists."""
    import sqlean

    if not db_path.exists():
        return []
    conn = sqlean.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    except sqlean.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise
    finally:
        conn.close()


def _wait_for(check, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.2)


def test_statements_of_a_killed_process_are_learned_on_the_next_start(fake_llm, repo, tmp_path):
    statement = "Integration tests need docker running."
    extracted = {"learnings": [{"store": "project_context", "kind": "gotcha",
                                "content": statement, "applies_when": "running tests"}]}

    def answer(body: dict) -> Reply:  # the turn streams; the extraction call does not
        if body.get("stream"):
            return text("Hello.")
        shown = body["messages"][-1]["content"]
        return text(json.dumps(extracted if statement in shown else {"learnings": []}))

    fake_llm.script(text("Noted.", delay=120))  # the first run never gets its answer
    env = {**os.environ, **fake_llm.env, "GCODE_USER": "alice"}
    cmd = [GCODE] if GCODE else [sys.executable, "-m", "gcode"]
    child = subprocess.Popen([*cmd, "run", statement], cwd=repo, env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    db = tmp_path / "gcode.db"
    _wait_for(lambda: _db_rows(db, f"select 1 from messages where role = 'user' and "
                                   f"content = '{statement}'"), "the statement is stored")
    _wait_for(lambda: len(fake_llm.chat_requests) == 1, "the turn is waiting for its answer")
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL  # reaped: its pid is gone
    assert not _db_rows(db, "select 1 from learnings where content like '%docker%'")

    fake_llm.script(answer, answer)
    r = run_gcode("run", "hello", cwd=repo, env={**fake_llm.env, "GCODE_USER": "alice"})
    assert r.returncode == 0, r.stderr
    extraction = [q for q in fake_llm.chat_requests if not q.get("stream")]
    assert len(extraction) == 1 and statement in extraction[0]["messages"][-1]["content"]
    shown = json.loads(run_gcode("learn", "show", "--json", cwd=repo).stdout)
    assert statement in {rec["content"] for rec in shown}
    # Nothing is left behind the watermark, and the next start makes no request for it.
    assert _db_rows(db, "select count(*) from sessions s where exists (select 1 from messages "
                        "m where m.session_id = s.id and m.seq > s.learned_seq)") == [(0,)]
    fake_llm.script(answer)
    r = run_gcode("run", "hello again", cwd=repo, env={**fake_llm.env, "GCODE_USER": "alice"})
    assert r.returncode == 0, r.stderr
    assert len([q for q in fake_llm.chat_requests if not q.get("stream")]) == 1


@pytest.mark.parametrize("said", [
    "Prod runs Postgres 15 while staging is still on 14.",
    "Jobs that touch the ledger need a review from finance.",
    "`make seed` loads the demo merchants into the local database.",
    "Prod is still on the 2023 schema while staging moved on.",
    "Releases go out every Thursday at 4pm after the smoke tests.",
])
def test_durable_statements_with_relative_clauses_states_and_recurring_times_are_candidates(
        said):
    assert candidates(said) == [said]


@pytest.mark.parametrize("said", [
    "great, the latency dropped", "sorry, wrong branch, I meant the hotfix one",
    "oops, forgot the import", "the chart legend overlaps, move it",
    "the tooltip text is wrong, should say kWh", "the dates look off in that table",
    "use pathlib instead of the os.path calls", "lunch first, then the refactor",
    "the demo build has to be on TestFlight before 5pm",
])
def test_reactions_fixes_of_the_moment_and_deadlines_of_the_day_are_not(said):
    assert candidates(said) == []


@pytest.mark.parametrize("written", [
    "Tests that touch Celery run tasks eagerly through the celery_eager fixture.",
    "Retrying a payment without the same Idempotency-Key creates a second charge.",
    "Staging's database is restored from a snapshot every Sunday at 02:00 UTC.",
    "`make e2e` needs Docker with at least 8 GB of memory.",
    "Only pnpm: npm install writes a package-lock.json that breaks CI.",
    "The branch protection on main requires one review; any change to CODEOWNERS needs two.",
    "Safari 15 is still about 8% of checkout traffic, so no CSS :has() without a fallback.",
])
def test_a_model_written_fact_is_kept_though_it_says_that_same_every_or_still(written):
    """The model's learnings are whole sentences: a relative clause, a recurring time or a
    backticked command is no sign of a remark of the moment (they were refused before)."""
    assert unfit_learning(written) is None


@pytest.mark.parametrize("written", [
    "The hotfix must be deployed before 3pm.", "My branch needs a rebase onto main.",
    "The flaky test should be skipped for now.", "Release the SDK on Friday after QA.",
    "It fails on the import of the settings module.",
])
def test_a_model_written_remark_of_the_moment_is_refused(written):
    assert unfit_learning(written) is not None


@pytest.mark.parametrize("written", [
    "I'm rebasing feature/x onto main.", "I am currently debugging the login redirect.",
    "Currently debugging the flaky login test.", "We freeze the release branch next week.",
    "Heute ist der Build kaputt.", "Le déploiement est bloqué aujourd'hui.", "今天 CI 挂了。",
])
def test_work_under_way_this_weeks_plan_and_today_in_any_language_are_refused(written):
    assert unfit_learning(written) is not None


@pytest.mark.parametrize("written", [
    "Fixing flaky tests is everyone's job.", "Reverting a migration needs the down script.",
    "Trying to import pandas at module level slows startup.", "We release every week.",
    "We're cutting egress costs this quarter.", "Currently supported Python versions are 3.10+.",
])
def test_gerunds_and_recurring_weeks_are_still_facts(written):
    assert unfit_learning(written) is None


@pytest.mark.parametrize("written", [
    "Priya's preference is squash merges.", "Mia doesn't like long PR descriptions.",
    "Ich bevorzuge kleine Commits.", "Je préfère les tabulations.", "Me gusta usar tabs.",
    "Eu prefiro commits pequenos.", "Io uso sempre pytest -x.", "我喜欢用 tabs。",
    "私はvimを使う。", "My editor is vim.",
    "Sam wants the minimal diff, not the whole file.", "Priya works on Fedora Linux, not macOS.",
    "Kwame is new to Playwright; explain fixtures step by step.",
    "Jonas is a data scientist rather than a backend developer.",
    "Oliver's shell is fish, not bash.", "Chloe often reads answers on her phone.",
    "Answer me in short bullet points, no long explanations.",
    "Keep borrow-checker explanations short; I know the basics.",
    "For Kotlin I want explicit return types on public functions.",
    "Jonas uses VS Code with the Jupyter extension.", "Yuki is in Tokyo (JST): convert UTC times "
    "for her.", "Prefer a Makefile target over handing me a long shell one-liner.",
    "The user strongly prefers short answers.", "The developer usually wants the whole file.",
])
def test_one_persons_taste_in_any_language_or_by_name_is_personal(written):
    assert is_personal(written)


def test_a_persons_wish_filed_as_team_knowledge_becomes_their_memory_not_nothing():
    from gcode.capture_batch import guard
    from stores.learned_knowledge import LearnedKnowledge
    from stores.user_memory import UserMemory

    stores = {"user_memory": UserMemory(), "learned_knowledge": LearnedKnowledge()}
    wish = {"store": "learned_knowledge", "content": "Lena wants answers in German when she "
            "writes in German.", "kind": "fact", "supersedes": None}
    kept = guard(wish, stores, ["learned_knowledge", "user_memory"])
    assert kept is not None and kept["store"] == "user_memory" and kept["kind"] == "preference"
    fact = {**wish, "content": "Integration tests need docker running."}
    assert guard(fact, stores, ["learned_knowledge", "user_memory"]) == fact


@pytest.mark.parametrize("written", [
    "Webpack doesn't like symlinks.", "Django's preferred approach is class-based views.",
    "Go doesn't like unused imports.", "IO-bound jobs go to the worker pool.",
    "Wir nutzen pnpm.", "我们用 pnpm。", "私たちはpnpmを使う。", "My team uses pnpm.",
    "Mi equipo usa pnpm.", "The team prefers squash merges.",
    "Marketing wants the landing page before the campaign.", "Terraform keeps state in S3.",
    "Staging is reset every night.", "Postgres needs a restart after changing shared_buffers.",
    "Billing uses Stripe for card payments.", "Dario is release manager; ask him before merging.",
    "Prod Postgres is Omar's; check with him before you touch dispatch-prod.",
    "EU user data can only be used for training on the eu-west-1 cluster.",
    "yo the DEBUG_ADS define must be OFF for release builds.",
    "Ingrid wants every new parameterization to cite its paper in the docstring.",
    "Dana owns the editor; she's out, so editor PRs wait for her.",
    "Timestamps are stored in local time, not UTC, I know.",
    "The dev flavor uses a local mock server.", "The user table uses UUID keys.",
])
def test_tools_teams_and_we_in_any_language_are_the_teams(written):
    assert not is_personal(written)


def test_a_persons_wish_is_their_memory_not_a_remark():
    said = "Lena wants answers in German when she writes in German."
    assert unfit_learning(said) is not None  # as team knowledge: a wish of the moment
    assert unfit_learning(said, personal=True) is None  # as her own memory: the point


@pytest.mark.parametrize("written", [
    "In booking code use clinic.time_zone.now, never Time.now or Date.today.",
    "If rspec says a constant is missing after a checkout, run `bin/spring stop`.",
])
def test_code_that_names_a_day_and_a_condition_on_what_a_tool_says_are_kept(written):
    """`Date.today` is code, not this session's day; "if rspec says ..." is a condition,
    not a report of what someone said (both refused once, in blind corpus D)."""
    assert unfit_learning(written) is None


@pytest.mark.parametrize("written", [
    "Playwright end-to-end runs with `pnpm e2e` and needs a staging API token in "
    "STUDIO_E2E_TOKEN.",
    "No prod changes after Friday 3pm CET until Monday morning, except incidents with IC "
    "approval.",
    "Metrics: Prometheus on mon-1 (30-day retention) with Grafana at grafana.example.dev.",
])
def test_a_variables_name_a_weekly_window_and_a_host_named_mon_are_kept(written):
    """The variable a token lives in is not the token; a window from one weekday to
    another recurs every week; `mon-1` is a host, not Monday (all three refused once, in
    blind corpus E)."""
    assert unfit_learning(written) is None


@pytest.mark.parametrize("written", [
    "Use token TOKEN_9Q2X7Z8W for the bot.", "The release is blocked until Friday.",
    "The migration ships on Mon.", "The token is AB_12CD_9XQ.",
    # said to be the password, a name-shaped value is one: only a variable's name with no
    # "is" or ":" before it is taken for the variable
    "The staging password is PROD_DB_PASS_2024.", "Admin password: ADMIN_PW_99",
])
def test_a_random_value_and_this_weeks_day_are_still_refused(written):
    assert unfit_learning(written) is not None


@pytest.mark.parametrize("corpus", ["team_corpus", "team_corpus_b", "team_corpus_c",
                                    "team_corpus_d", "team_corpus_e"])
def test_the_guards_keep_what_a_careful_model_writes(corpus):
    """The benchmark corpora's learnings are durable facts as a model writes them (whole
    sentences: "tests that touch ...", "every Sunday", "`make e2e` needs ..."): the guards
    on extracted learnings refuse almost none (they once refused a quarter of them)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / corpus
    recs = [json.loads(line) for line in
            (path / "learnings.jsonl").read_text(encoding="utf-8").splitlines() if line]
    refused = [r["content"] for r in recs
               if unfit_learning(r["content"], personal=r["store"] == "user_memory")]
    assert len(refused) <= len(recs) // 100, refused


@pytest.mark.parametrize("said", [
    "Autogenerate misses enum changes: write the ALTER TYPE statement by hand.",
    "Feature flags come from Unleash; read them with flags.enabled() in app/flags.py.",
    "A retried payment must reuse the same key within 24 hours.",
    "The warehouse moved to Postgres 16 in 2024.",
    "Logs above debug level never include raw payloads.",
    "CI has a check that every DAG imports in under two seconds.",
    "I'm on Fedora, so give me dnf commands.",
    "I've switched to polars for dataframes.",
])
def test_facts_with_a_procedure_after_a_colon_durations_and_personal_setups_are_candidates(
        said):
    assert candidates(said) == [said]


@pytest.mark.parametrize("said", [
    "the deploy job is red; rerun it", "always the same flaky test, ugh",
    "back in 10 minutes", "see the error above", "the next one please",
    "I'm on the train, bear with me", "the same error again",
])
def test_orders_after_a_semicolon_and_remarks_of_the_moment_are_still_not(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "We're cutting egress costs this quarter.",
    "This quarter we are focused on reducing egress.",
    "Reliability over features is the platform goal this year.",
    "集成测试需要先启动 docker。",
    "部署只在周二进行。",
])
def test_a_teams_horizon_and_statements_in_unspaced_scripts_are_candidates(said):
    assert candidates(said) == [said]


@pytest.mark.parametrize("said", [
    "We're freezing deploys this week.", "This test is flaky.", "好的", "谢谢！",
])
def test_this_week_and_short_acknowledgements_in_any_script_are_still_not(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "Kannst du das nochmal laufen lassen", "Danke, sieht gut aus.", "Mach bitte die Tests grün.",
    "Das ist falsch.", "Bin gleich zurück.", "Merci, c'est parfait.", "Peux-tu corriger ce test",
    "Gracias, ya funciona.", "Haz que pase el test.", "Ich schaue mir das morgen an.",
    "Die Pipeline ist wieder rot.", "好的，谢谢！", "请帮我修复这个测试。", "这个不对。",
    "Puedes revisar el PR", "Esto no funciona.", "Je vais regarder ça.", "Grazie mille!",
    "Obrigado, ficou ótimo.", "Ok, kannst du das fixen",
    # this time, just now, on my machine, a musing, what I just did, what you broke
    "salta il lint per questa volta", "今回はテストスキップでいいよ",
    "o teste quebrou na minha máquina agora há pouco", "le test passe chez moi, bizarre",
    "was wäre, wenn wir das cachen? nur so ein Gedanke", "ho pushato la fix", "PR出しました",
    "ok mais tu as cassé l'import", "toujours la même erreur", "proviamo un approccio diverso",
    "so, Feierabend, morgen weiter", "scrivimi i test per questa funzione", "差分見せて",
    "buenísimo, justo eso", "la requête prend 3 secondes sur ma base locale",
])
def test_chatter_in_other_languages_is_not_a_candidate(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "Die Integrationstests brauchen einen laufenden Docker-Daemon.", "Usamos pnpm, no npm.",
    "Les tests d'intégration nécessitent Docker.", "Wir deployen nur dienstags.",
    "Для тестов нужен запущенный docker.", "Utilisez toujours `make check` avant de pousser.",
    "Wir nutzen jetzt pnpm statt npm.", "Nous utilisons encore Python 3.11.",
    "Bitte immer `make check` vor dem Push ausführen.", "Bitte keine Secrets ins Repo committen.",
    "请勿提交密钥。", "Schreibrechte auf main hat nur das Release-Team.",
    "ES modules are required in this package.", "Ja, die Tests brauchen immer Docker.",
    "Ahora usamos pnpm en todos los repos.", "Os testes precisam do Postgres 16.",
    "I test di integrazione richiedono Docker.",
    "Chez nous, les tests d'intégration ont besoin de Docker.",
    # a way of answering holds for every answer
    "réponds-moi en français stp, même si le code reste en anglais", "respuestas cortas por favor",
    "説明は短めでお願いします。", "返事は絵文字なしでお願い。",
    "bitte frag nicht jedes mal nach, bevor du Tests laufen lässt",
])
def test_statements_in_other_languages_are_candidates(said):
    assert candidates(said) == [said]


def test_statements_pass_and_chatter_stops_in_seven_languages():
    """benchmarks/data/capture_multilingual.jsonl: written by an author who never saw the
    rules (first run: 40/42 statements passed, and 33/70 chatter turns with them)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / \
        "capture_multilingual.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len({r["lang"] for r in rows}) == 7
    passed = {kind: [r["text"] for r in rows if r["kind"] == kind and candidates(r["text"])]
              for kind in ("statement", "chatter")}
    assert len(passed["statement"]) >= 40, passed["statement"]
    assert len(passed["chatter"]) <= 2, passed["chatter"]


def _said_whole(text: str) -> bool:
    """The statement reaches the model as it was said (one line, nothing cut off)."""
    return [" ".join(text.split())] == candidates(text)


def test_english_as_people_type_it_passes_whole_and_chatter_stops():
    """benchmarks/data/capture_english_heldout.jsonl, sets h1 and h2, by authors who never
    saw the rules (first runs: 24/60 statements and 21/200 chatter turns through the guards,
    35/50 and 33/150). The rules alone; set h3 is the probe's (tests/test_capture_probe.py)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / \
        "capture_english_heldout.jsonl"
    rows = [row for line in path.read_text(encoding="utf-8").splitlines()
            if (row := json.loads(line))["set"] in ("h1", "h2")]
    statements = [r for r in rows if r["kind"] == "statement"]
    whole = [r["text"] for r in statements if _said_whole(r["text"])]
    junk = [r["text"] for r in rows if r["kind"] == "chatter"
            and any(unfit_learning(c) is None for c in candidates(r["text"]))]
    assert len(statements) == 110 and len(whole) >= 78, len(whole)
    assert len(junk) <= 3, junk


@pytest.mark.parametrize("said", [
    "We use uv, not poetry or pip. `uv sync` sets up the env and uv.lock is the source of truth.",
    "golden files live in testdata/ and are regenerated with `go test ./... -update`",
    "the pairing PIN is always the last 6 digits of the serial number",
    "ECMWF open data only keeps the last few days, so older backfills come from MARS",
    "run `make test-fast` for unit tests",
    "the sandbox rate limits us at 20 req/s so dont run the e2e suite in parallel",
    "im on windows with wsl2 so give me commands that work in bash",
    "I'm colorblind, so don't rely on red/green alone when you describe diffs.",
    "I'm red-green colorblind, so in plots use blue/orange instead of red/green",
    "i'd rather you ask me before running anything that touches s3",
    "btw the staging DB is read-only on weekends",
])
def test_statements_as_people_type_them_reach_the_model_whole(said):
    assert _said_whole(said), candidates(said)


@pytest.mark.parametrize("said", [
    "ValueError: conflicting sizes for dimension 'lat'",
    "java.lang.IllegalStateException: Cannot access database on the main thread.",
    "error[E0502]: cannot borrow `buf` as mutable because it is also borrowed as immutable",
    "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB",
    "E       AssertionError: assert 0.93 == 0.95",
    "Error: context deadline exceeded",
    "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/a.rs:88:31",
    "implement `Display` for DecodeError",
    "refactor load_grid so it takes a bbox instead of four floats",
    "you changed the wrong function", "wrong module, i meant forecast_ml/assets/ecmwf.py",
    "ci is green", "the deploy finished", "ok the migration ran", "tests were green an hour ago",
    "progress, only 2 failures left", "the db is down on my machine",
    "gotta jump on a call, 10 min", "the fixtures bucket is empty because I'm re-uploading it",
    "which file handles the webhook signature check", "context: this is for ticket PAY-2231",
    "we're blocked on the API review until Tomas gets back",
])
def test_pasted_output_status_reports_and_corrections_are_not(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "Staging is down on Sundays.", "Deploys are blocked during the change freeze.",
    "Vitest runs in jsdom, which has no ResizeObserver: tests that need it use the mocks.",
    "The Honeycomb trial ended in June 2025 and we are not renewing it.",
])
def test_what_holds_at_set_times_and_relative_clauses_still_pass(said):
    assert _said_whole(said), candidates(said)


def test_a_messages_statements_said_apart_stay_apart():
    said = "Integration tests need docker. Can you start it? The DB listens on 5433."
    assert candidates(said) == ["Integration tests need docker.", "The DB listens on 5433."]


def test_a_warning_or_a_note_people_write_is_not_taken_for_tool_output():
    for said in ("Warning: prod deploys need two approvals.",
                 "note: the staging DB is wiped every Sunday"):
        assert _said_whole(said), candidates(said)


@pytest.mark.parametrize("said", [
    # the incident at hand, diagnosed
    "the segfault is in RouteCache::lookup, the iterator is invalidated by the reload",
    "the crash only happens when the ward has no nurses assigned",
    "the failing order is 91823, the one with the manual refund",
    "the leak is somewhere in the tile cache, RSS grows ~200MB per reload",
    # guesses, musing, feedback to the assistant
    "could be the timezone thing, all the failing trips are after midnight",
    "feels like the grid is re-rendering on every keystroke",
    "hmm the migration ran but the column is still nullable in schema.rb",
    "interesting, the deadline is 10s in the client but the server cancels after 3s",
    "the shift column has 'early' and 'late' in this dump but some rows have 'N', weird",
    "you're overcomplicating it.", "the fix you proposed works for the Swiss feed only",
    # the speaker's own doing, a time of the day, a state now
    "the tests take 9 minutes because I ran them without -j",
    "the latency spike on the dashboard at 11:20 was me running the load test",
    "the export job has been stuck in executing since 09:12",
    "the build on CI is red because of the lint step, not the tests",
    "we should log the query params when the router returns nothing, just for this "
    "investigation",
    "phpstan is yelling at me about 40 things i didn't touch",
    "halfway through the playwright spec for the loan form, the date picker bit is annoying",
    # a message that opens with a guess: what follows is the symptom at hand
    "could it be the timezone? the loan end dates are all one day early",
    "maybe its the redis cache? the old roster still shows after publish",
    # a groan opens it; feedback; offers; counts and states of now
    "ugh, this flaky test again. test_leveling failed on CI and passes locally",
    "thats not what i asked, i wanted the raw SQL, not the ORM version",
    "better, but the names are confusing.",
    "the file the customer sent is in ~/Downloads/hendricks_v3.xer if you need it",
    "grafana shows the spike at 14:02 exactly, same minute as a cron",
    "the job queue has 18k pending jobs, mostly recalc_project",
    "I would prefer not to introduce Arc in this pull request.",
    "Let us revisit once the streaming work has landed.",
    # QA bug reports and review nits; what a log says; someone's PR; what just happened
    "BUG: duplicate receipt emails\nSteps: 1. log in as org admin 2. click 'Send receipts' "
    "twice\nExpected: one email per donor\nActual: two",
    "nit: this `Enum.map |> Enum.filter` could be a single `for` comprehension. not blocking",
    "the celery worker logs say `Received task` and then nothing, no error",
    "oh, the button text changed to 'Log in' in Priya's PR, that's why",
    "the unit tests are fine, it's the integration ones that fail",
    "the worker pod got OOMKilled during the big import, it hit the 2Gi limit",
    "the number in the customer's screenshot is 1,204 but the DB says 1,240",
    "the export doesn't work anymore",
    # the bug named, the assistant's last edit, one event, a celebration
    "n is declared as real(dp) at the top of the subroutine, that's the bug.",
    "the docker compose file you edited has tabs, yaml hates that",
    "ruff check fails on your new file: E501 line too long in three places.",
    "the CI job for the console failed on svelte-check, 3 errors in LiftTable.svelte",
    "hold on, the user in the bug report is on the old portal version",
    "The run with the fix reproduces the reference energy to 1e-13 \U0001F389",
    "yeah both pods ran it, I see two entries in the log",
    "The cost preview bug was introduced in 3f9c2ab, I bisected it.",
    "remember to drop the debug flag before you commit",
    "safari also fine.",
    "the `transcripts` list is held for the whole batch, we should stream it",
    "The reading-speed warning isn't showing because `cps` is computed before the trim.",
])
def test_the_bug_of_the_moment_is_not_a_candidate(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "```\n** (FunctionClauseError) no function clause matching in Reroute.apply/2\n"
    "    (dispatch 0.41.0) lib/dispatch/reroute.ex:88: Reroute.apply/2\n```\n"
    "happens every time the detour is removed in the UI",
    "Traceback (most recent call last):\n  File \"ingest/load.py\", line 212, in load\n"
    "    cur.copy_expert(sql, buf)\npsycopg2.errors.CheckViolation: new row violates check",
    "asan output:\n==31337==ERROR: AddressSanitizer: heap-use-after-free on address 0x60\n"
    "    #0 0x55d1 in raptor::Cache::lookup(unsigned int) src/cache.cpp:140",
    "src/index/stop_index.cpp:57:23: warning: comparison of integer expressions of "
    "different signedness\nsame as yesterday on the nightly",
    "ERROR:  deadlock detected\nDETAIL:  Process 4121 waits for ShareLock on transaction 8\n"
    "from the staging logs around 10:40",
    "I'd rather have it as\n```python\nfor v in stale:\n    drop(v)\n```\nbut quoted",
    "```\n$ php artisan reindex\nReindexing 41,233 objects...\nMeilisearch\\Exception: timeout"
    "\n```\ndies at the same spot every time",
    "kubectl describe says:\n```\nWarning  Unhealthy  3m  kubelet  Readiness probe failed\n"
    "Warning  Unhealthy  1m  kubelet  Readiness probe failed\n```\nreadiness flapping since 11:40.",
    "** (Ecto.ConstraintError) constraint error when attempting to insert struct:\n"
    "    * caption_segments_track_id_fkey (foreign_key_constraint)",
    "ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml "
    "is not up to date with package.json",
    "src/editor/Editor.tsx:142:9 - error TS2322: Type '{ cues: Cue[] }' is not assignable",
    "N+1 in the roster index, bullet is complaining:\n```\nUSE eager loading detected\n"
    "  Shift => [:nurse]\n```",
])
def test_words_about_pasted_output_or_code_are_not_candidates(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "The admin e2e tests get a preview database from platform's tide CLI (`tide env create "
    "--preview`); when tide is down those tests are skipped, not failed.",
    "Staging is restored every Sunday; a payout created after 13:45 goes out the next day.",
    "The sensor retries until 07:00 UTC, then falls back to the previous run.",
    "You're expected to run `make fmt` before pushing.",
    "The crash reporter is Sentry, self-hosted at sentry.internal.",
    "CI is red if coverage drops below 90%.",
    "hey so the importer chokes on LIDO files >200MB, we split them with `bin/split-lido` first.",
    "dont run composer update w/o asking me first, been burned by lockfile churn too often",
    # a recurring day, a correction that says where a thing went, a schedule in a time zone
    "the staging db gets wiped every sunday night at 2am UTC, anything you create is gone on "
    "monday.",
    "actually the celery config isnt in config/celery.py anymore, it moved to settings/worker.py",
    "customer bug reports come in through Intercom and on call triages them before 11am CET",
    "the check-in app is Kotlin Multiplatform and lives in larkspur-checkin, not here.",
    "we use conventional commits because release-please builds the changelog from them.",
    "Don't bump react-native past 0.73 yet — the geolocation lib hasn't certified 0.74.",
    "Ledgerline migrations must stay backward compatible with the previous release.",
    # after a groan or an opener, what holds; habits asked of the assistant
    "hmm ok. btw `ticketing` tests need a local redis on 6380, docker-compose maps it there.",
    "ugh you did it again. we use the `$lib` alias in the console, not relative paths.",
    "show me the plan before you edit anything in more than one file please",
    "stop adding comments everywhere. i only want comments when the why isn't obvious",
    "I wanted to mention that quota-dash is deployed by pushing a tag matching v*.*.*.",
    "`dbt build --select state:modified+` builds and tests only what you changed.",
    "```\nmake lint\n```\nAlways run the linter before pushing, CI rejects unformatted code.",
    # said in passing beside pasted output, with its reason or its condition
    "```\nPlan: 0 to add, 1 to change, 0 to destroy.\n```\ntier changes on cloud sql = instance "
    "restart, ~3 min downtime. those only ever go out in the sunday 04:00-06:00 UTC window.",
])
def test_standing_facts_that_look_like_those_still_pass(said):
    assert candidates(said), said


@pytest.mark.parametrize("said", [
    # an exception whose details follow a blank line, and its text wrapped over plain lines
    # right before its frames
    "** (Ecto.ConstraintError) constraint error when attempting to insert struct:\n\n"
    "    * bookings_dog_id_fkey (foreign_key_constraint)\n\n"
    "If you would like to stop this constraint violation from raising an\n"
    "exception and instead add it as an error to your changeset, please\n"
    "call `foreign_key_constraint/3` on your changeset with the constraint\n`:name` as an option.\n"
    "    (ecto 3.11.1) lib/ecto/repo/schema.ex:815: anonymous fn/4 in Ecto.Repo.Schema.x/3\n"
    "    (kennel 0.42.0) lib/kennel/bookings.ex:88: Kennel.Bookings.create_stay/2\n\n"
    "got this when creating a stay from the admin form",
    # a later clause pointing at the paste
    "```python\ndef parse_expiry(raw):\n    return datetime.strptime(raw, \"%m/%d/%Y\")\n```\n"
    "clinic 204 sends dates like 2026-11-03 so this blows up",
    # symptoms, feedback on the assistant's work, a task list, this week's event
    "The modal closes before the request finishes, that's why the toast never shows.",
    "what time zone does CI run in? the date test only fails there",
    "The `expires_on` field comes back as a string and we're comparing it to a Date.",
    "Your regex misses phone numbers with a +44 prefix.",
    "ok next: the admin flags page has no search. add a simple filter input at the top",
    "Friday's demo is for the Portland facility, they mostly care about the daycare pack view",
    "I'm in meetings till 2, keep going with the tests and I'll review after",
    "pls keep going",
    "This is close, but callers depend on the argument order, so please keep it and add the "
    "new parameter at the end.",
])
def test_symptoms_feedback_and_pastes_wrapped_by_their_tool_are_not_candidates(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "i prefer you show me a short summary of the diff before you touch more than one file",
    "short answers pls. i'll ask if i want the explanation",
    "im a bit dyslexic so pls keep variable names boring and spelled out, no clever abbrevs",
    "I'm an ask-first person. If you're not sure what I meant, ask instead of guessing.",
    "so it turns out `pytest -n auto` was never safe in kennel-sync, the tests share one "
    "sqlite file.",
    "We deploy on Fridays after the 14:00 standup.",
])
def test_ways_of_working_asked_with_please_and_discovered_facts_pass(said):
    assert candidates(said), said


@pytest.mark.parametrize("said", [
    # an incident at hand: its diagnosis, states and levels now, a past event at a time
    "the consumer lag is because partition 7 has no leader, broker 3 dropped out of the ISR",
    "the node pool is out of IPs, that's why the new pods are stuck in ContainerCreating",
    "the disk on pg-main-1 is at 94%, WAL is piling up because a replication slot is stuck",
    "prometheus is OOMing because someone added a user_id label to the checkout histogram",
    "the 502s come from the ingress, not the app. upstream response times are fine",
    "the cert on api.acme.io expired at 13:00, renewal failed because the solver lost its creds",
    "broker 4 has 3 under-replicated partitions",
    "search-api is pinned at max replicas, 40/40",
    "every apply hangs because the cert-manager webhook pod is Pending, so the webhook times out",
    "write me a kubectl one-liner that lists every pod not Running across all namespaces",
    # output: a table's rows, an alert, a mark before a diagnostic, a tool's lines around text
    "Events:\n  Warning  FailedScheduling  2m   default-scheduler  0/14 nodes are available: 3 "
    "node(s) had untolerated taint.\nwhat now",
    "alertmanager shows:\n[FIRING:1] KafkaUnderReplicatedPartitions (broker=4 severity=page)\n"
    "since 14:11. expected after the drain?",
    "build failed again\n\n\u274c  /Users/lena/shop/ios/Pods/RCTBridgeModule.h:12:9: "
    "'React/RCTDefines.h' file not found\n\n** BUILD FAILED **",
    "logcat:\n\n11-30 14:02:11.483 12044 12071 E ReactNativeJS: at XMLHttpRequest.xhr.onerror\n"
    "11-30 14:02:11.490 12044 12044 W System.err: java.net.UnknownHostException: Unable to "
    "resolve host\n\nemulator has no internet i think",
    "expo doctor output:\n\n\u2716 Check dependencies for packages that should not be installed\n"
    "The package \"@types/react-native\" should not be installed directly in your project.\n"
    "\u2716 Check that packages match versions required by installed Expo SDK\n\nshould i care",
    # feedback, a status report or the day's plan under its heading, what someone sent
    "hmm, that's not what i meant. i want the rolling window per user, not over the whole table",
    "## status\n- backfill: done for jan-apr, may running\n- blockers: waiting on Rafael's review",
    "alright, plan for today: 1) finish the backfill script 2) add tests for the partition logic",
    "the csv Priya sent has semicolons as separators, that's why pandas reads it as one column",
    "so today I want to finalize the feature list. no changes to the pipeline code yet",
    "```\n   user_id  orders_30d  churned\n0  u_000123  0.0  1\n```\nshould be 0 if there were "
    "no orders",
])
def test_an_incident_a_tools_output_and_a_days_plan_are_not_candidates(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "`make e2e` needs Docker with 8 GB of memory; with 4 GB the operator pod is OOM-killed.",
    "we never scale the kafka brokers during business hours because rebalancing takes 40 minutes",
    "use pnpm, not npm.",
    "Staging is down on Sundays for the backup.",
    "the nightly export is sent at 02:00 UTC to the finance bucket",
])
def test_standing_facts_beside_those_still_pass(said):
    assert candidates(said), said


@pytest.mark.parametrize("said", [
    "EXPLAIN ANALYZE for the slow one:\n\nSeq Scan on settlement_items  (cost=0.00..48211.40 "
    "rows=1203 width=96)\n  Filter: ((batch_id = 88231))\n  Rows Removed by Filter: 1849012\n"
    "Planning Time: 0.201 ms\nExecution Time: 413.106 ms\n\nnot touching the index at all",
    "ERROR: deadlock detected\n  Detail: Process 41822 waits for ShareLock on transaction 99.\n"
    "Process 41807 waits for ShareLock on transaction 9912051; blocked by process 41822.\n"
    "  Hint: See server log for query details.\n\ngot this twice in the staging logs",
    "here's the repo method, i think the cast is the problem:\n`@Query(value = \"select * from "
    "items where batch_id = :b and status::text = :s\", nativeQuery = true)`",
    "Here's how I'd like to approach this today. Start by reproducing the double payout with a "
    "test against the service layer, not the controller.",
])
def test_a_query_plan_a_drivers_error_a_quoted_line_and_todays_approach_are_not(said):
    assert candidates(said) == []


def test_a_correction_opened_as_such_is_a_fact_and_a_learning():
    said = ("Correcting what I said earlier: `audit_log` is append-only at the database level, "
            "there's a trigger that raises on UPDATE and DELETE.")
    assert candidates(said) and unfit_learning(candidates(said)[0]) is None


@pytest.mark.parametrize("said", [
    # rustc's and tsc's source excerpts, a pnpm workspace's test lines, a database shell
    "clippy on the PR:\n\nerror: this `if` has identical blocks\n"
    "  --> crates/codegen/src/emit.rs:88:26\n   |\n88 |       if self.minify {\n"
    "   |  ______^\n89 | |         out.push_str(&name);\n   |\n"
    "   = help: for further information visit https://rust-lang.github.io/rust-clippy/\n"
    "   = note: `-D clippy::if-same-then-else` implied by `-D warnings`",
    "packages/vscode/src/client.ts:118:20 - error TS2532: Object is possibly 'undefined'.\n\n"
    "118     const folder = folders[0].uri;\n                       ~~~~~~~~~~\n\n"
    "Found 1 error in packages/vscode/src/client.ts:118",
    "GH actions:\n\npackages/vscode test$ vitest run\npackages/vscode test:  \u276f test/client."
    "test.ts (4 tests | 1 failed) 212ms\npackages/vscode test:    \u00d7 client > restarts server",
    "payments=> select id, status from payouts where merchant_id = 10422 order by id desc;\n"
    "  id   | status\n-------+---------\n 88121 | PENDING\n 88120 | PENDING\n(2 rows)\n\n"
    "there's the duplicate",
    # a laugh at the end, what a reporter's or contributor's run shows, ruling out, waiting
    "CI log:\n\nerror: failed to select a version for `serde`.\n\nthe contributor bumped serde in "
    "one crate only lol",
    "the reporter's repo uses a symlinked workspace package, that's what's different from ours",
    "the contributor's bench run shows 12% faster cold builds and 2% slower warm",
    "the config loader throws before any plugin runs, so it isn't the plugin",
    "vitest all green locally but nextest has one failure in resolver",
    "crates.io publish done for all 6 crates, waiting on the npm side",
    "what about\n```rust\nlet Some(target) = conditions.first() else {\n    return Ok(None);\n"
    "};\n```\ninstead of indexing",
])
def test_compiler_excerpts_a_runs_news_and_ruling_out_are_not_candidates(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "we squash-merge everything, and the PR title becomes the commit message, so titles have "
    "to be conventional commits.",
    "Tests that touch Celery run eagerly; calling `.delay()` without the fixture hangs waiting "
    "for a broker.",
    "hana owns the conflict resolution in sync/merge/, run anything in there past her",
])
def test_a_prs_parts_and_what_hangs_waiting_still_pass(said):
    assert candidates(said), said


@pytest.mark.parametrize("said", [
    "[buildfarm-agent-17] 02:14:33 ERROR: Cook failed for platform XSX: 3 packages failed\n"
    "[buildfarm-agent-17] 02:14:33 Warning: see CookLog.txt\nfarm is red again",
    "[agent-09] Launching ShaderCompileWorker x12\n[agent-09] Warning: Shader compile job took "
    "412.3s (threshold 120s)",
    "The texture streamer leaks here because the mip request never gets cancelled.",
    "The GPU crash is a TDR: the fog volume compute dispatch runs longer than 2 seconds.",
    "The hitch is the GC: it runs a full purge every 60 seconds in this map.",
    "memreport diff: TextureGroup_World 1.8GB -> 2.3GB, everything else within 20MB. so it's "
    "textures.",
    "Access violation at 0x38 means the proxy is null and we read a member at offset 0x38.",
])
def test_a_build_agents_log_todays_crash_and_a_dumps_numbers_are_not_candidates(said):
    assert candidates(said) == []


def test_a_fact_after_an_opener_and_its_colon_is_a_candidate():
    said = ("hey! fun fact that bit me again: the shader cache lives in `Saved/ShaderCache/` "
            "and the farm wipes it every sunday night.")
    assert candidates(said) and unfit_learning(candidates(said)[0]) is None


@pytest.mark.parametrize("said", [
    "hey! sorry if this is obvious but I found out the hard way that Sidekiq in development "
    "needs `REDIS_URL=redis://localhost:6380`, because our docker-compose maps it there.",
    "I think this one is important so I'm writing it down here: GDPR deletion requests arrive "
    "through Shopify's `customers/redact` webhook and we have 30 days to act on them.",
    "hi, not sure if this matters but I noticed `bin/dev` starts foreman with Procfile.dev, "
    "which runs the web server on port 3000 and a Stripe CLI listener.",
    "Sorry, one more thing I learned today and keep forgetting: on the M1 laptops you have to "
    "run `bundle config build.pg --with-pg-config=/opt/homebrew/bin/pg_config`.",
    "So I asked at standup and it turns out we never run migrations from our laptops against "
    "staging.",
])
def test_a_fact_after_a_hedging_or_apologising_preamble_is_a_learning(said):
    found = candidates(said)
    assert found and unfit_learning(found[0]) is None, found


@pytest.mark.parametrize("said", [
    "Started POST \"/checkout\" for 73.12.44.9 at 2026-11-24 10:22:31 +0000\nProcessing by "
    "CheckoutsController#create as HTML\n  Parameters: {\"cart_id\"=>\"9\"}\nCompleted 500 "
    "Internal Server Error in 412ms\n\napp/services/checkout/totals.rb:41:in `call'",
    "Failures:\n\n  1) Checkout::Totals applies the gift card before tax\n     Failure/Error: "
    "expect(totals.tax_cents).to eq(812)\n     # ./spec/services/totals_spec.rb:88:in `block'",
    "remote: Running release command...\nremote: rails aborted!\nremote: ActiveRecord::Query"
    "Canceled: PG::QueryCanceled: ERROR:  canceling statement due to statement timeout",
    "The failure is in the totals service at line 41. The cart has no shipping address yet, "
    "so `address` is nil there. That's the whole bug.",
    "benchmark: before 41.2s, after 6.8s for 5000 variants. nice",
    "sidekiq web shows 1,204 jobs in the retry set, mostly ProductImportJob",
])
def test_rails_and_rspec_output_a_named_bug_and_a_runs_numbers_are_not_candidates(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "```\nFAILED tests/api/test_patients.py::test_update - TimeoutError: publish did not complete"
    "\n```\nit's always this: any test that touches the audit log needs the `audit_sink` "
    "fixture, otherwise the middleware tries to reach real Pub/Sub.",
    "```\n--- FAIL: TestEligibilityClient_Retry (30.01s)\npanic: test timed out after 30s\n```\n"
    "the Availity sandbox rate-limits to 5 req/s per key, so any test that hits it for real "
    "will flake.",
])
def test_what_holds_of_a_kind_beside_pasted_output_is_a_candidate(said):
    found = candidates(said)
    assert found and unfit_learning(found[0]) is None, found


def test_turns_out_without_it_is_the_sentence_itself():
    said = "The test suite turns out to be flaky on ARM because of the float rounding."
    assert candidates(said) == [said]


@pytest.mark.parametrize("said", [
    "Sorry, one more thing I should have mentioned earlier — the billing API is read-only "
    "from staging, writes go through the sandbox account.",
    "I'm sorry, I should have said this at the start: I'm on Linux with an AMD GPU, so the "
    "CUDA targets in the Makefile never build here.",
    "Marta told me we can't store card numbers in the events table, not even truncated.",
    "dan says the grafana folder for this service is `payments-core`, not `payments`.",
    "my lead Ana told me the export jobs run in the eu-west account only, never in us-east.",
    "hey, just to be clear: in my first week I was told every Helm chart change needs a "
    "review from the platform team.",
])
def test_a_fact_said_late_or_passed_on_from_a_teammate_is_a_learning(said):
    found = candidates(said)
    assert found and unfit_learning(found[0]) is None, found


@pytest.mark.parametrize("said", [
    "mike says the deploy is stuck on the second pod",
    "sam told me the build is broken again",
    "priya says the search PR is ready for review",
    "package.json says 0.73 but the lockfile looks different",
    "the ticket says the badge should fade out after 3 seconds not 5",
    "she says she'll be late to standup",
    "linter log just says `exit status 2` on the windows step, nothing else",
    "ok the profiler says 70% is in `Encoder.flush()`",
    "I was told to wait for the release branch",
])
def test_news_passed_on_and_what_a_file_says_are_not_candidates(said):
    assert [c for c in candidates(said) if unfit_learning(c) is None] == []


@pytest.mark.parametrize("said", [
    "check the migration output yourself before telling me it's done. every time.",
    "pls dont rename variables in code you weren't asked to change, it makes the review "
    "impossible",
    "Would it be ok if you kept the summaries shorter? I'm fairly new to Rust, so a line on "
    "each borrow-checker fix really helps me follow along.",
    "Is it ok if we slow down a bit? I get lost when you touch the router and the store in "
    "one go, one layer per step works better for me.",
])
def test_a_standing_way_of_working_asked_politely_is_a_candidate(said):
    found = candidates(said)
    assert found and unfit_learning(found[0], personal=True) is None, found


@pytest.mark.parametrize("said", [
    "Could you always show me the exact command instead of saying 'run the migration'?",
    "sorry, can you never use `git add -A` in this repo? it picks up the local env files",
])
def test_a_way_of_working_asked_as_a_question_reaches_the_model(said):
    assert candidates(said)


@pytest.mark.parametrize("said", [
    "can you never do that again lol",
    "could you always check that one first?",
])
def test_a_question_about_what_just_happened_does_not(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "pls dont push yet",
    "rerun it. every time.",
    "would it be ok to merge this now?",
])
def test_a_request_of_the_moment_asked_politely_is_not(said):
    assert candidates(said) == []


@pytest.mark.parametrize("said", [
    "for future reference the nightly export writes to the `exports-archive` bucket and keeps "
    "90 days of files.",
    "quick one before lunch: the search index config is in `ops/search/` now, the old "
    "`search.yml` is ignored.",
    "ok so just so you know the Northwind client has a rule that their checkout copy is only "
    "changed by their own legal team",
    "keep your replies short with me, I'll ask when I need the details.",
    "please don't write tests that sleep for a fixed time. wait for the state instead.",
])
def test_a_fact_for_later_readers_and_a_way_of_working_said_briefly_are_learnings(said):
    found = candidates(said)
    assert found and unfit_learning(found[0], personal=True) is None, found


@pytest.mark.parametrize("said", [
    "lighthouse is at 88 on the cart page after ur change",
    "Ola says the hotfix can go out once the queue drains",
    "the build is in progress now",
    "don't merge the branches that are still red",
])
def test_news_of_the_moment_said_the_same_ways_is_not(said):
    assert [c for c in candidates(said) if unfit_learning(c) is None] == []


@pytest.mark.parametrize("said", [
    "When you propose a migration, show me the SQL it generates first, then the model code.",
    "please write the PR descriptions in English even if I ask you in Spanish, reviewers are "
    "in three countries",
    "release branches are cut on the first tuesday of the month, tagged `rYYYY.MM`.",
    "error tracking is done by Sentry now, not Rollbar.",
    "i'm at the office mondays and thursdays and can test on the real printers then.",
])
def test_a_standing_instruction_a_schedule_and_a_replacement_are_learnings(said):
    found = candidates(said)
    assert found and unfit_learning(found[0], personal=True) is None, found


@pytest.mark.parametrize("said", [
    "[QA] Build: app-3.2.0-rc1 (4be1f2a)\nArea: checkout\nFinding: coupon field accepts "
    "expired codes, reproduced 2/2\nImpact: blocks rc1",
    "## Next steps\n- bisect the regression\n- hand the branch to Ines by EOD",
    "plan: revert the cache change, redeploy, then look at the logs",
    "## Review notes on PR #455\n1. api.py:88 - unused import\n2. please split the rename",
    "when you get a chance, rerun it",
    "when you're done, push it",
    "it works now, not sure why",
    "linker errors never tell you which section overflowed, I hate it",
])
def test_a_report_on_one_build_the_sessions_plan_and_review_notes_are_not(said):
    assert [c for c in candidates(said) if unfit_learning(c) is None] == []


def test_a_documents_todo_section_and_a_tools_plan_line_leave_its_facts_alone():
    notes = ("# Setup notes\n\n## Setup\n- you need `AWS_PROFILE=dev` exported, otherwise boto "
             "uses your default profile\n\n## TODO\n- deploy section")
    assert candidates(notes)
    plan = ("```\nPlan: 0 to add, 1 to change, 0 to destroy.\n```\ntier changes on cloud sql "
            "= instance restart, ~3 min downtime, they only go out in the sunday window.")
    assert candidates(plan)


@pytest.mark.parametrize("said", [
    "ok so I just found out the hard way that the docs site needs Ruby 3.1, not 3.3, the theme "
    "gem pins it.",
    "so I learned today that the dev proxy points /graphql at localhost:4000, which is the "
    "gateway, not the schema service.",
    "ask me before adding any new cargo dependency, compile times matter a lot to us",
    "ugh ok so. the billing rewrite: we decided to move the API first and keep the worker as "
    "it is, not the other way round, because the worker has no tests.",
])
def test_what_was_found_out_a_relative_clause_and_ask_first_rules_are_learnings(said):
    found = candidates(said)
    assert found and unfit_learning(found[0], personal=True) is None, found


@pytest.mark.parametrize("said", [
    "I learned today that the build is broken",
    "ask me before you push it",
    "sorry got pulled into a meeting, where were we",
])
def test_the_same_openers_on_news_of_the_moment_are_not(said):
    assert [c for c in candidates(said) if unfit_learning(c) is None] == []


@pytest.mark.parametrize("said", [
    "The refund for order 60412 went to manual review with reason AmountMismatch.",
    "The security sign-off for CHG0051234 came through at 14:05.",
    "The sentry issue WEB-3A9 has 1200 events, all from one tenant.",
    "I've been on this for an hour and I think it's the timezone? the API sends UTC and the "
    "form shows local time",
])
def test_one_numbered_instance_an_event_at_a_time_and_debugging_at_length_are_not(said):
    assert [c for c in candidates(said) if unfit_learning(c) is None] == []


def test_a_fact_that_might_matter_still_passes_after_hours_of_debugging():
    said = ("So I've been staring at this for an hour.\n\nThe webhook comes in and the job "
            "never runs.\n\nOne thing that might matter: webhooks are verified with the HMAC "
            "secret in `HOOK_SECRET`, and it's different per environment, because each one is "
            "registered against its own sandbox.")
    assert candidates(said)


@pytest.mark.parametrize("said", [
    "we only deploy on mondays and wednesdays, after the change board has signed off.",
    "Release train is fortnightly: the sprint ends Wednesday and the change board meets on "
    "the following Tuesday.",
    "ok figured it out: jobs tagged `slow` never run in presubmit, only in the nightly build.",
    "this is the thing I mentioned — the export job only starts after the snapshot job "
    "succeeds, there's a sensor on it.",
    "please don't run the whole e2e suite for me, it's 40 minutes. just the specs you touched.",
    "i'm still really slow at reading SQL, so explain any query you write for me.",
])
def test_schedules_rules_with_a_cost_and_what_was_figured_out_are_learnings(said):
    found = candidates(said)
    assert found and unfit_learning(found[0], personal=True) is None, found


@pytest.mark.parametrize("said", [
    "Quick status: rebased, fixed the conflict in routes.rb, rerunning the pipeline.",
    "Update for today: 1. search MR in review 2. copy waiting on translators",
    "Status on the board: 9 of 14 points done, the two audit tickets are at risk.",
    "Not quite. The dialog opens, but focus lands on the close button, so the title is skipped.",
    "forgot to start postgres, never mind",
    "The banner on the review app is still the old version, the assets didn't rebuild.",
    "the flaky one is `spec/forms/address_spec.rb:41`, it depends on test order",
])
def test_a_status_line_feedback_and_the_one_on_screen_are_not(said):
    assert [c for c in candidates(said) if unfit_learning(c) is None] == []
