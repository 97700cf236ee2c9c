"""What every CI reader produces: steps (a shell script, its directory, where it came
from, its env and matrix), and the shared rules for names and directories."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any

SKIP_NAME = re.compile(
    # (`test-non-released-modules`, `unreleased`: no release)
    r"((?<!non-)(?<!non_)(?<!un)release|publish|deploy|label|stale|lock|triage|greet|welcome|"
    r"backport|\bcla\b|sponsor|"
    r"dependabot|renovate|codeql|scorecard|pages|website|changelog|issue|pr[-_ ]?title|"
    r"semantic|add[-_ ]to[-_ ]project|auto[-_ ]?merge|cherry|notify|bench|docs?\b|"
    r"documentation|upload|nightly|cron|sync(?![-_ ]?(service|server|engine|client))|mirror|"
    r"update|bump|tweet|comment|assign|"
    r"size|preview|cache|audit|security|zizmor|third[-_ ]party|downstream|ecosystem|"
    r"osv|scanner|trivy|snyk|grype)", re.I)  # `sync-service`: a component, not a repo sync

# `fmt_and_docs`, `lint & docs`: a job named for two things, one of them a check
_JOINED = re.compile(r"[-_ ]and[-_ ]|\s*[&+]\s*", re.I)
_CHECK = re.compile(r"(fmt|format|lint|test|check|clippy|style|typecheck)s?", re.I)


def names_a_check(job_id: str) -> bool:
    """Whether a job's name joins a check to a skip word (`fmt_and_docs` checks formatting
    and builds the docs): the check makes it a gating job all the same."""
    parts = _JOINED.split(job_id)
    return len(parts) > 1 and any(_CHECK.fullmatch(p.strip()) for p in parts)


@dataclass
class Step:
    script: str
    cwd: str
    source: str  # ".github/workflows/ci.yml job `test`"
    env: dict[str, str]
    matrix: dict[str, Any]
    secrets: bool = False  # the step (or its job) is handed credentials of an outside service


# Secrets a step may be given without depending on an outside service to test against:
# the repository's own token, coverage and build-cache uploads, a registry login that
# only lifts pull limits (DOCKERHUB_USERNAME).
_PLAIN_SECRET = re.compile(r"^(GITHUB_TOKEN|GH_TOKEN|GH_PAT|TOKEN|\w*(CODECOV|COVERALLS|"
                           r"TURBO|NX_|CACHE|CODACY|SONAR|DOCKER|REGISTRY)\w*)$", re.I)
_SECRET = re.compile(r"\$\{\{\s*secrets\.([\w-]+)")


_UPSTREAM_ONLY = re.compile(r"github\.repository\s*==|head\.repo\.(full_name|fork)|"
                            r"labels\.\*\.name")


def needs_secrets(job_if: Any, *envs: Any) -> bool:
    """Whether a step runs only upstream (its job's `if:` names the repository or a
    maintainer's label) and is handed credentials of an outside service there
    (`BROWSERSTACK_ACCESS_KEY: ${{ secrets.BROWSERSTACK_ACCESS_KEY }}`): what it tests (a
    browser farm, a cloud API) cannot run from a checkout. Ungated, the secrets only
    widen a suite that runs without them."""
    return bool(_UPSTREAM_ONLY.search(str(job_if or ""))) and any(
        not _PLAIN_SECRET.match(name) for env in envs if isinstance(env, dict)
        for value in env.values() for name in _SECRET.findall(str(value)))


def cwd_of(base: str, path: Any) -> str:
    """`path` (a CI working directory) joined to `base`; "" for the root, and `base` when
    the path is an expression or leaves the repository."""
    if not isinstance(path, str) or "${{" in path or path.startswith(("/", "~", "$")):
        return base
    joined = posixpath.normpath(posixpath.join(base, path)) if base else posixpath.normpath(path)
    return "" if joined in (".", "") or joined.startswith("..") else joined


# `run: just ${{ matrix.task }}` over `task: [check-rust, test-rust, test-js]`: each job of
# the matrix calls another task of the runner, so each one is a command CI runs (a matrix
# over versions or targets, an argument of a task, a tox env (`py312`, `dbt180`: variants
# of one suite) stays one runnable instance); `npx turbo run ${{ matrix.task }}` the same
_TASK_SLOT = re.compile(r"^((?:just|make|task|mise\s+run|(?:npm|pnpm|yarn|bun)(?:\s+run)?|"
                        r"cargo\s+(?:xtask|make)|(?:(?:npx|pnpm|yarn|bunx|pnpm\s+exec)\s+)?"
                        r"turbo(?:\s+run)?|(?:npx\s+)?lerna\s+run)\s+)"
                        r"\$\{\{\s*matrix\.([\w-]+)\s*(?:or\s*'([\w:.-]+)'\s*)?\}\}(?=\s|$)")
_TASK_NAME = re.compile(r"^[A-Za-z_][\w:.-]*$")


def matrix_tasks(command: str, matrix: dict[str, Any]) -> list[str]:
    """The command once per task a matrix names in the runner's task slot (every value of
    that axis, from the axis or its `include:` entries), or the command alone."""
    m = _TASK_SLOT.match(command)
    if not m:
        return [command]
    axis, default = matrix.get(m.group(2)), m.group(3)
    values = axis if isinstance(axis, list) else [
        x.get(m.group(2)) or default for x in matrix.get("include") or [] if isinstance(x, dict)]
    if default and not isinstance(axis, list):  # `|| 'test:only'`: the jobs the include
        values = [*dict.fromkeys([*values, default])]  # entries leave without one run it
    names = list(dict.fromkeys(v for v in values if isinstance(v, str) and _TASK_NAME.match(v)))
    if len(names) < 2 or len(names) != len(values) or len(names) > 16:
        return [command]
    return [m.group(1) + name + command[m.end():] for name in names]


def elsewhere(top_dirs: list[str], path: Any) -> bool:
    """Whether a step's working-directory names, through an expression, a directory none of
    the repository's starts like (`./node-${{ steps.release.outputs.result }}`: a checkout
    of another project the job downloaded): its commands are that project's, not ours."""
    if not isinstance(path, str) or "${{" not in path:
        return False
    first = posixpath.normpath(path).split("/", 1)[0]
    prefix = first.split("${{", 1)[0]
    return "${{" in first and bool(prefix) and not any(d.startswith(prefix) for d in top_dirs)


# a job's `if:` that is plainly false (`if: false`, `if: ${{ false }}`): switched off
_OFF = re.compile(r"\s*(\$\{\{\s*)?false(\s*\}\})?\s*")


def tagged_or_off(job_if: Any) -> bool:
    """Whether a job's condition lets it run only for a tag push (`refs/tags`) or never
    (`if: ${{ false }}`, a job switched off for now): not what CI runs on a change."""
    text = "false" if job_if is False else str(job_if or "")
    return "refs/tags" in text or bool(_OFF.fullmatch(text))
