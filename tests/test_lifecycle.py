"""gcode.lifecycle's rules on sentences of their own (not the benchmark corpus's)."""

from __future__ import annotations

from pathlib import Path

from gcode.lifecycle import abandoned, cited_paths, other_purpose, purpose, same_fact, supersedes
from gcode.records import Learning


def rec(content: str, kind: str = "fact", store: str = "project_context") -> Learning:
    return Learning(content=content, store=store, repo_id="r", scope="team", kind=kind)


def test_same_fact_needs_shared_words_not_just_a_topic() -> None:
    assert same_fact("Release builds need the SIGNING_KEY_PATH variable and a notarized Xcode "
                     "toolchain before `make release` runs.",
                     "`make release` fails without SIGNING_KEY_PATH set and the notarized Xcode "
                     "toolchain installed.")
    assert not same_fact("Release builds need the SIGNING_KEY_PATH variable.",
                         "Debug builds write their logs to build/debug.log.")


def test_a_newer_unit_test_command_replaces_the_old_but_not_other_sorts() -> None:
    old = rec("Run the tests with `make check`.", "test_command")
    new = rec("Run the unit tests with `just test` (cargo nextest underneath).", "test_command")
    integration = rec("Integration tests run with `just it` against a local MinIO.",
                      "test_command")
    one_file = rec("Run one test quickly with `cargo nextest run -E test(parse_header)`.",
                   "test_command")
    assert supersedes(new, old)
    assert not supersedes(integration, new)
    assert not supersedes(new, integration)
    assert purpose(rec("Run a single file: `pytest tests/test_x.py -x`", "test_command")) is None
    assert not supersedes(one_file, new)
    assert not supersedes(rec("Run the UI tests with `pnpm test:ui`.", "test_command"), new)
    other_dir = rec("Run the unit tests with `go test ./...` in services/ledger/", "test_command")
    assert not supersedes(other_dir, new)


def test_a_build_of_another_target_is_another_build() -> None:
    debug = rec("Debug APK: `./gradlew assembleDebug`.", "build_command")
    upload = rec("CI uploads internal builds with `./gradlew appDistributionUploadInternal`.",
                 "build_command")
    image = rec("Build the service image with `make image`.", "build_command")
    assert not supersedes(upload, debug) and not supersedes(image, debug)
    # the project's build, however it is run, is one purpose: a new way replaces the old
    assert supersedes(rec("Build with `cargo build --release`.", "build_command"),
                      rec("Build everything with `make build`.", "build_command"))
    assert supersedes(rec("Build the service image with `make -j4 image`.", "build_command"),
                      image)


def test_moving_from_a_tool_retires_facts_that_name_it() -> None:
    old = rec("Run tests with `pytest -q`.", "test_command")
    said = rec("We moved from pytest to nox for everything.", "decision", "learned_knowledge")
    assert abandoned(said.content) == {"pytest"}
    assert supersedes(said, old)
    assert supersedes(rec("Jenkins was decommissioned; CI is GitHub Actions."),
                      rec("CI runs on Jenkins at ci.example.internal."))
    assert not supersedes(said, rec("Logs go to Loki.", "fact"))
    # a fact that is itself about the change is not retired by another mention
    assert not supersedes(said, rec("We are migrating from pytest to nox this quarter."))


def test_env_version_bumps_and_install_tools() -> None:
    assert supersedes(rec("Node 22 is required (see .nvmrc).", "env"),
                      rec("The app runs on Node 18.17.", "env")) is False  # no minor on one
    assert supersedes(rec("Needs Python 3.12 or newer.", "env"),
                      rec("The service targets Python 3.10.", "env"))
    assert supersedes(rec("Install packages with `pdm install`.", "env"),
                      rec("Install dependencies with `pipenv install --dev`.", "env"))
    assert not supersedes(rec("Never run `npm install`: it writes a package-lock.json.", "env"),
                          rec("Install dependencies with `pnpm install`.", "env"))


def test_cited_paths_are_the_ones_that_exist(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "deploy.md").write_text("x")
    (tmp_path / "Makefile").write_text("x")
    text = ("Deploy steps are in docs/deploy.md; `make deploy` uses the Makefile; "
            "see https://example.com/a/b and the future src/new.py.")
    assert cited_paths(tmp_path, text) == ["docs/deploy.md", "Makefile"]
    assert cited_paths(None, text) == []


def test_a_gradle_task_named_by_its_project_path_is_its_own_build() -> None:
    debug = rec("Build a debug APK with `./gradlew :app:assembleStagingDebug`.", "build_command")
    bundle = rec("Release bundles (`./gradlew :app:bundleProdRelease`) are built only in CI.",
                 "build_command")
    assert not supersedes(bundle, debug)
    assert supersedes(rec("Debug APK: `./gradlew :app:assembleStagingDebug --offline`.",
                          "build_command"), debug)


def test_a_way_round_a_thing_does_not_retire_it_but_a_choice_over_it_does() -> None:
    assert abandoned("Set `ETA_ENV=local` so assets write to `./.data` instead of S3.") == set()
    assert abandoned("We use nox instead of tox now.") == {"tox"}
    assert abandoned("We moved from Cloud Build to GitHub Actions.") == {"cloud build"}
    pings = rec("Pings land in `s3://haulwise-pings/parquet/` as hourly files.")
    assert not supersedes(rec("Locally, assets write to `./.data` instead of S3.", "env"), pings)


def test_the_slow_suite_and_the_fast_suite_are_two_commands(tmp_path: Path) -> None:
    from gcode.db import open_db
    from gcode.embed import HashingEmbedder
    from gcode.knowledge import KnowledgeBase

    slow = rec("The full backtest suite is `uv run pytest -m slow` and needs AWS credentials.",
               "test_command")
    fast = rec("The fast suite is `uv run pytest -m 'not slow' -n auto` and needs no AWS "
               "credentials.", "test_command")
    assert other_purpose(fast, slow) and not supersedes(fast, slow)
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"), HashingEmbedder())
    kb.add(slow)
    assert kb.add(fast).outcome == "added"  # not merged into the slow suite's record
    # a paraphrase that names a sort the other leaves unsaid is the same command again
    assert not other_purpose(
        rec("Run ktlintCheck, detekt and lintStagingDebug before a PR.", "lint_command"),
        rec("The pre-merge check is `./gradlew ktlintCheck detekt lintStagingDebug`; fix "
            "formatting with `./gradlew ktlintFormat`.", "lint_command"))
