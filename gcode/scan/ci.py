"""CI configuration read with a YAML parser: GitHub Actions, GitLab CI, CircleCI, Travis
and Azure Pipelines (gcode.scan.azure). The jobs that gate a change (push, pull request)
are read step by step, with `working-directory`, `cd`, matrices and env applied;
release, publish and housekeeping workflows are ignored, and so are jobs that test
another repository."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from gcode.scan.azure import azure_steps, pipeline_files
from gcode.scan.cistep import (SKIP_NAME, Step, cwd_of, elsewhere, names_a_check, needs_secrets,
                               tagged_or_off)
from gcode.scan.files import Repo, as_dict, as_list, get, yaml_or_none
from gcode.scan.ghexpr import matrix_false, or_expressions_filled, substitute
from gcode.scan.make import RELEASE
from gcode.scan.model import BUILD, FORMAT, LINT, TEST
from gcode.scan.programs import unwrap
from gcode.scan.shell import commands

WORKFLOWS = ".github/workflows"
OTHER_CI = (".gitlab-ci.yml", ".circleci/config.yml", ".travis.yml")
_GATES = ("push", "pull_request", "merge_group", "workflow_call")
MAX = {TEST: 6, LINT: 4, FORMAT: 2, BUILD: 2}


def ci_files(repo: Repo) -> list[str]:
    files = [f"{WORKFLOWS}/{f}" for f in repo.files(WORKFLOWS) if f.endswith((".yml", ".yaml"))]
    return files + [f for f in OTHER_CI if repo.isfile(f)] + pipeline_files(repo)


def calls_other_repos(repo: Repo) -> bool:
    """Whether a GitHub workflow runs a job from another repository's reusable workflow
    (`uses: org/workflows/.github/workflows/tox.yml@v1`): what that job runs is not read."""
    for f in repo.files(WORKFLOWS):  # not those that are no check of the project (a scan)
        if f.endswith((".yml", ".yaml")) and not SKIP_NAME.search(f):
            for job in as_dict(as_dict(repo.yaml(f"{WORKFLOWS}/{f}")).get("jobs")).values():
                uses = own_workflow(repo, as_dict(job).get("uses"))
                if isinstance(uses, str) and not uses.startswith("./"):
                    return True
    return False


def own_workflow(repo: Repo, uses: Any) -> Any:
    """A job's `uses:`, as `./.github/workflows/x.yml` when it names this repository's own
    reusable workflow by its full name (`org/repo/.github/workflows/release.yml@v2`): a
    file kept here of that path, made to be called (`on: workflow_call`)."""
    m = re.match(r"^[\w.-]+/[\w.-]+/(\.github/workflows/[\w.-]+\.ya?ml)@", str(uses or ""))
    on = as_dict(repo.yaml(m.group(1))).get("on") if m and repo.isfile(m.group(1)) else None
    return f"./{m.group(1)}" if m and "workflow_call" in (on or ()) else uses


def uses_orbs(repo: Repo) -> bool:
    """Whether CircleCI runs steps from orbs (other repositories' commands, not read)."""
    return bool(as_dict(repo.yaml(".circleci/config.yml")).get("orbs"))


def _gates(on: Any) -> bool:
    """Runs on changes (push/PR), not only on a schedule, a tag or a release."""
    if isinstance(on, str):
        return on in _GATES
    if isinstance(on, list):
        return any(x in _GATES for x in on)
    if isinstance(on, dict):
        push = on.get("push")
        tags_only = isinstance(push, dict) and "tags" in push and not push.get("branches") \
            and not push.get("paths")
        return any(k in on for k in _GATES if k != "push") or ("push" in on and not tags_only)
    return False


def _strs(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in as_dict(value).items()
            if isinstance(v, (str, int, float)) and not isinstance(v, bool)}


def job_steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    """A GitHub job's steps in order, each step of a `parallel:` group (and of a
    `sequential:` run of steps inside one) in the group's place: GitHub Actions' parallel
    steps (2026) run them all before the step after the group."""
    out: list[dict[str, Any]] = []

    def add(items: Any, depth: int) -> None:
        for item in as_list(items):
            step = as_dict(item)
            group = step.get("parallel", step.get("sequential")) if depth < 4 else None
            if isinstance(group, list):
                add(group, depth + 1)
            else:
                out.append(step)

    add(job.get("steps"), 0)
    return out


def _other_repo(job: dict[str, Any]) -> bool:
    for step in job_steps(job):
        uses = str(get(step, "uses") or "")
        if uses.startswith("actions/checkout") and get(step, "with", "repository") and \
                not str(get(step, "with", "path") or "").startswith("."):
            return "${{ github" not in str(get(step, "with", "repository"))
    return False


def _checks_prs(data: Any) -> bool:
    """Whether a workflow runs on pull requests (a release workflow that does is also
    the project's check of each change)."""
    on = as_dict(data).get("on")
    types = get(on, "pull_request", "types") if isinstance(on, dict) else None
    if isinstance(types, list) and not {"opened", "synchronize"} & set(map(str, types)):
        return False  # `types: [labeled]`: a pull request a maintainer marks, not each one
    return "pull_request" in (on if isinstance(on, (list, dict)) else [on])


# A workflow named for releasing that also runs on each pull request ("Build & Publish to
# PyPI": "ensure the build works on each pull request") checks the change in its other jobs.
_RELEASE_WORDS = re.compile(r"release|publish|deploy|upload|pypi", re.I)


def _skipped(name: str, data: Any) -> bool:
    if not SKIP_NAME.search(name):
        return False
    rest = _RELEASE_WORDS.sub("", name)
    on = as_dict(as_dict(data).get("on"))
    every_pr = _checks_prs(data) and not get(on, "pull_request", "paths")  # not only when
    # the release files change
    return not every_pr or bool(SKIP_NAME.search(rest)) or rest == name


def gating_jobs(rel: str, data: Any, called: bool = False, any_name: bool = False
                ) -> Iterator[tuple[str, dict[str, Any]]]:
    """(label, job) of each job of a GitHub workflow that checks a change: not in a workflow
    or job named for something else (a scan, docs), not run for tags or from another
    repository, not a release job. A workflow another one calls gates as its caller does."""
    data = as_dict(data)
    name = str(data.get("name") or "")
    if not called and (not any_name and (_skipped(rel.rsplit("/", 1)[-1], data) or
                                         _skipped(name, data))
                       or not _gates(data.get("on"))):
        return
    for job_id, job in as_dict(data.get("jobs")).items():
        job = as_dict(job)
        label = str(job.get("name") or job_id)
        label = str(job_id) if "${{" in label else label
        if SKIP_NAME.search(str(job_id)) and not any_name and not _rehearsal(job) and \
                not names_a_check(str(job_id)) or \
                _other_repo(job) or \
                tagged_or_off(job.get("if")) or \
                any(_releases(s, bool(job.get("if"))) for s in job_steps(job)):
            continue
        yield label, job


def github_steps(repo: Repo, rel: str, data: Any, called: bool = False,
                 any_name: bool = False) -> list[Step]:
    data = as_dict(data)
    steps: list[Step] = []
    wf_env = _strs(data.get("env"))
    wf_cwd = cwd_of("", get(data, "defaults", "run", "working-directory"))
    for label, job in gating_jobs(rel, data, called, any_name):
        uses = own_workflow(repo, job.get("uses"))
        if isinstance(uses, str) and uses.startswith("./") and not called:
            target = uses[2:].split("@")[0]
            given, caller = _strs(job.get("with")), as_dict(get(job, "strategy", "matrix"))
            steps += [_with_inputs(s, given, caller) for s in
                      github_steps(repo, target, repo.yaml(target), True, _rehearsal(job))]
            continue
        if isinstance(uses, str) and not called and (checker := _checker_workflow(repo, uses)):
            steps.append(Step(checker, wf_cwd, f"{rel} job `{label}`", wf_env, {}))
            continue
        matrix = as_dict(get(job, "strategy", "matrix"))
        env = {**wf_env, **_strs(job.get("env"))}
        if (command := _reusable_tox(job)) is not None:
            steps.append(Step(command, wf_cwd, f"{rel} job `{label}`", env, matrix))
            continue
        cwd = cwd_of(wf_cwd, get(job, "defaults", "run", "working-directory"))
        for step in job_steps(job):
            if matrix_false(step.get("if"), matrix):
                continue  # `if: ${{ matrix.tox_env }}` with no tox_env: never runs
            step_env = {**env, **_strs(step.get("env"))}
            if (command := retried(step)) is not None:
                step = {**step, "run": command}
            if isinstance(step.get("run"), str):
                # a step's working-directory is the workspace's, not under the default
                wd = step.get("working-directory")
                if elsewhere(repo.dirs(), wd):
                    continue
                steps.append(Step(step["run"], cwd_of("", wd) if isinstance(wd, str) and
                                  "${{" not in wd else cwd_of(cwd, wd),
                                  f"{rel} job `{label}`", step_env, matrix,
                                  needs_secrets(job.get("if"), job.get("env"),
                                                step.get("env"))))
            elif isinstance(step.get("uses"), str) and step["uses"].startswith("./"):
                steps += [Step(run, cwd_of(cwd, where), f"{rel} job `{label}`", step_env,
                               matrix) for run, where in local_action(repo, step["uses"])]
            elif isinstance(step.get("uses"), str) and action_command(step):
                steps.append(Step(action_command(step), cwd_of(cwd, get(
                    step, "with", "working-directory")), f"{rel} job `{label}`", step_env,
                    matrix))
    return steps


def _reusable_tox(job: dict[str, Any]) -> str | None:
    """The tox run another repository's reusable tox workflow makes, given its env (`uses:
    tox-dev/workflow/.github/workflows/reusable-tox.yml@x` `with: {toxenv: pre-commit}`),
    or the first of the envs it is given as a YAML list by platform (OpenAstronomy's
    tox.yml: `envs: |` `- linux: py313`)."""
    uses, env = job.get("uses"), get(job, "with", "toxenv")
    if not isinstance(uses, str) or uses.startswith("./"):
        return None
    if not isinstance(env, str) and isinstance(listed := get(job, "with", "envs"), str):
        first = next(iter(as_list(yaml_or_none(listed))), None)
        env = next((v for k, v in as_dict(first).items() if k in _PLATFORMS), None)
    if not isinstance(env, str):
        return None
    name = uses.split("@", 1)[0].rsplit("/", 1)[-1]
    return f"tox -e {env.strip()}" if "tox" in name and env.strip() else None


_PLATFORMS = frozenset({"linux", "macos", "windows"})


def _with_inputs(step: Step, given: dict[str, str], matrix: dict[str, Any]) -> Step:
    """A step of a reusable workflow of this repository, its `${{ inputs.x }}` given by
    the calling job's `with:` (`npm-script: test-node:${{ matrix.part }}`, the caller's
    matrix behind it)."""
    script = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}",
                    lambda m: given.get(m.group(1), m.group(0)), step.script)
    return Step(script, step.cwd, step.source, step.env, {**matrix, **step.matrix},
                step.secrets)


# A rehearsal of the release that publishes nothing (`goreleaser release --snapshot
# --skip=publish`, `cargo publish --dry-run`)
_DRY_RUN = re.compile(r"\s--(snapshot|dry-run|skip[= ]publish)\b")


def _rehearsal(job: dict[str, Any]) -> bool:
    """A job calling this repository's release workflow for a dry run (`uses: ./.github/
    workflows/release.yml` `with: {args: --snapshot}`): it builds, publishes nothing."""
    return ".github/workflows/" in str(job.get("uses") or "") and any(
        _DRY_RUN.search(f" {v}") for v in _strs(job.get("with")).values())


def _releases(step: dict[str, Any], job_if: bool) -> bool:
    """A step that publishes a release, making its job a release job: not a dry run, and
    not a step of its own condition in a job that runs on every change (`if: github.ref ==
    'refs/heads/main'`: the rest of the job still checks each pull request)."""
    run = str(step.get("run") or "").replace("git push", "").replace("git tag", "")
    if RELEASE.search(run) and (_DRY_RUN.search(run) or step.get("if") and not job_if):
        return False
    return bool(RELEASE.search(run)) or "publish" in str(step.get("uses") or "")


# Another repository's reusable workflow named for one checker, whose configuration this
# repository keeps (`uses: org/.github/.github/workflows/trunk.yml@main` beside
# .trunk/trunk.yaml): that checker runs on this repository's files
_CHECKER_WORKFLOWS = {
    "trunk": ("trunk check", (".trunk/trunk.yaml", ".trunk/trunk.yml")),
    "pre-commit": ("pre-commit run --all-files", (".pre-commit-config.yaml",)),
    "golangci-lint": ("golangci-lint run", (".golangci.yml", ".golangci.yaml",
                                            ".golangci.toml", ".golangci.json"))}


def _checker_workflow(repo: Repo, uses: str) -> str | None:
    """The checker another repository's reusable workflow runs here, or None."""
    if uses.startswith("./"):
        return None
    stem = re.sub(r"\.ya?ml$", "", uses.split("@", 1)[0].rsplit("/", 1)[-1])
    command, configs = _CHECKER_WORKFLOWS.get(stem, ("", ()))
    return command if any(repo.isfile(c) for c in configs) else None


# Published actions that run one well-known checker: the command each one runs.
_ACTIONS = {"pre-commit/action": "pre-commit run --all-files",
            "trunk-io/trunk-action": "trunk check",
            "j178/prek-action": "prek run --all-files",
            "golangci/golangci-lint-action": "golangci-lint run",
            "actions-rs/clippy-check": "cargo clippy",
            "astral-sh/ruff-action": "ruff check",
            "chartboost/ruff-action": "ruff check",
            "dominikh/staticcheck-action": "staticcheck ./...",
            "psf/black": "black --check --diff .",
            "jakebailey/pyright-action": "pyright"}
# (spelling, shell, Dockerfile and Markdown checkers' actions are left out: reading them
# as the project's lint offered `typos` and `shellcheck` where keys written from CI by
# hand did not count them, 9 of 50 on the fixtures)


def action_command(step: dict[str, Any]) -> str:
    """The command a checker action runs (`pre-commit/action` runs every hook), with the
    arguments its `with: args` adds when they are plain words."""
    name = str(step.get("uses") or "").split("@", 1)[0].rstrip("/")
    args = get(step, "with", "args")
    if name.startswith("docker://"):  # the image's program (named as the image), given args
        image = name.rsplit("/", 1)[-1].split(":", 1)[0]
        return f"{image} {args.strip()}" if isinstance(args, str) and "${{" not in args else ""
    command = _ACTIONS.get(name.lower(), "")
    if not command and name.rsplit("/", 1)[-1].lower() in ("rustfmt", "rustfmt-check"):
        return "cargo fmt --all --check"  # actions-rust-lang/rustfmt, x/actions/rustfmt
    if name.lower() == "goreleaser/goreleaser-action" and isinstance(args, str):
        return f"goreleaser {args.strip()}"  # a rehearsal (`release --snapshot`) builds; its
        # `${{ inputs.args }}` as a reusable workflow's caller gives them
    sub = get(step, "with", "command")
    tool = "cargo" if name.lower() in _CARGO_ACTIONS else \
        "maturin" if name.lower() == "pyo3/maturin-action" else ""
    sub = sub if sub is not None or tool != "maturin" else "build"  # maturin-action builds
    if tool and isinstance(sub, str) and re.fullmatch(r"[\w-]+", sub):
        # `uses: actions-rs/cargo` `with: {command: clippy, args: --all-targets}`: its
        # arguments as far as they are plain words (`--target=${{ inputs.target }}` ends them)
        plain = " ".join(str(args or "").split("${{", 1)[0].split()[:-1] if "${{" in str(
            args or "") else str(args or "").split())
        return " ".join([tool, sub, plain]).strip()
    if command and isinstance(args, str) and "${{" not in args and \
            not name.startswith(("pre-commit/", "j178/")):
        # ruff-action's args replace its default `check`; the others' add to the command
        command = f"ruff {args.strip()}" if name.endswith("/ruff-action") and \
            args.split()[:1] in (["check"], ["format"]) else f"{command} {args.strip()}"
    return command


# Published actions that run `cargo <with.command> <with.args>`.
_CARGO_ACTIONS = ("actions-rs/cargo", "clechasseur/rs-cargo", "marcopolo/cargo")

# Published actions that run a command of the workflow's own, retrying it when it fails.
_RETRY_ACTIONS = ("nick-fields/retry", "wandalen/wretry.action", "nick-invision/retry")


def retried(step: dict[str, Any]) -> str | None:
    """The command a retry action runs (`uses: nick-fields/retry` `with: command:`), or the
    script an action runs for the workflow in a sandbox on the same runner (`uses:
    geomys/sandboxed-step` `with: run:`): the project's commands all the same. An action
    told where else or how (`operating_system:`, `image:`, a benchmark's `mode:`) runs it
    on another machine or for another purpose."""
    name = str(step.get("uses") or "").split("@", 1)[0].rstrip("/").lower()
    command, script = get(step, "with", "command"), get(step, "with", "run")
    if name in _RETRY_ACTIONS and isinstance(command, str):
        return command
    return script if name and isinstance(script, str) and set(
        as_dict(step.get("with"))) <= _SAME_RUNNER else None


# the inputs of an action that runs a script here (`with: run:`) and nowhere else
_SAME_RUNNER = {"run", "persist-workspace-changes", "working-directory", "shell"}


def local_action(repo: Repo, uses: str) -> list[tuple[str, Any]]:
    """The `run` steps (script, working-directory) of a composite action kept in this
    repository (`uses: ./.github/actions/test`), one level deep."""
    base = uses[2:].split("@")[0].rstrip("/")
    rel = next((f"{base}/{n}" for n in ("action.yml", "action.yaml")
                if repo.isfile(f"{base}/{n}")), "")
    runs = as_dict(as_dict(repo.yaml(rel)).get("runs")) if rel else {}
    if runs.get("using") != "composite":
        return []
    return [(s["run"], s.get("working-directory")) for s in map(as_dict, as_list(runs.get("steps")))
            if isinstance(s.get("run"), str)]


_GITLAB_KEYWORDS = frozenset({"stages", "variables", "default", "include", "workflow", "image",
                              "services", "before_script", "after_script", "cache", "pages"})


def _gitlab_data(repo: Repo, rel: str, data: Any) -> dict[str, Any]:
    """The pipeline with the files it includes from this repository (`include: local`,
    or a bare path); its own jobs win."""
    merged = dict(as_dict(data))
    for item in as_list(merged.get("include")):
        path = item if isinstance(item, str) else get(item, "local")
        if not isinstance(path, str) or "*" in path or "$" in path or "://" in path:
            continue
        path = path.strip().lstrip("/")
        if path != rel and repo.isfile(path):
            for key, value in as_dict(repo.yaml(path)).items():
                merged.setdefault(key, value)
    return merged


def gitlab_includes(repo: Repo) -> list[str]:
    """The files `.gitlab-ci.yml` includes from this repository (for the fingerprint)."""
    if not repo.isfile(".gitlab-ci.yml"):
        return []
    found = []
    for item in as_list(get(repo.yaml(".gitlab-ci.yml"), "include")):
        path = item if isinstance(item, str) else get(item, "local")
        if isinstance(path, str) and repo.isfile(path.strip().lstrip("/")):
            found.append(path.strip().lstrip("/"))
    return found


def _gitlab_job(data: dict[str, Any], job: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """A job with what it `extends` merged under it (the job's own keys win)."""
    out: dict[str, Any] = {}
    for parent in as_list(job.get("extends")):
        if isinstance(parent, str) and isinstance(data.get(parent), dict) and depth < 4:
            out.update(_gitlab_job(data, data[parent], depth + 1))
    out.update(job)
    return out


def _gitlab_script(data: dict[str, Any], value: Any, depth: int = 0) -> list[str]:
    """Script lines, nested lists flattened and `!reference [.job, script]` resolved."""
    lines: list[str] = []
    for item in as_list(value):
        if isinstance(item, str):
            lines.append(item)
        elif isinstance(item, list) and depth < 4:
            lines += _gitlab_script(data, item, depth + 1)
        elif isinstance(item, dict) and "!reference" in item and depth < 4:
            lines += _gitlab_script(data, get(data, *item["!reference"]), depth + 1)
    return lines


def _gitlab_gates(job: dict[str, Any]) -> bool:
    """Runs for changes: not a manual job, not one for tags only."""
    if job.get("when") == "manual":
        return False
    only = job.get("only")
    refs = as_list(get(only, "refs") if isinstance(only, dict) else only)
    if refs and all(r == "tags" for r in refs):
        return False
    rules = [str(get(r, "if") or "") for r in as_list(job.get("rules"))]
    return not (rules and all("CI_COMMIT_TAG" in r and "==" not in r and "null" not in r
                              for r in rules))


def _held(line: str, env: dict[str, str]) -> str:
    """A script line that is a variable holding the command (`- $CHECK_COMMAND`, set per
    job under a shared template) is that command."""
    m = re.fullmatch(r"\$\{?(\w+)\}?", line.strip())
    return env.get(m.group(1), line) if m else line


def gitlab_steps(repo: Repo, rel: str, raw: Any) -> list[Step]:
    steps: list[Step] = []
    data = _gitlab_data(repo, rel, raw)
    default = as_dict(data.get("default"))
    for name, job in data.items():
        if name in _GITLAB_KEYWORDS or str(name).startswith(".") or not isinstance(job, dict):
            continue
        job = _gitlab_job(data, job)
        stage = str(job.get("stage") or "")
        if SKIP_NAME.search(str(name)) or re.search(r"deploy|release|publish", stage) or \
                not _gitlab_gates(job):
            continue
        before = job.get("before_script", default.get("before_script", data.get(
            "before_script")))
        env = {**_strs(data.get("variables")), **_strs(job.get("variables"))}
        script = "\n".join(_held(line, env) for line in _gitlab_script(data, before) +
                           _gitlab_script(data, job.get("script")))
        if script:
            where = f"{rel} job `{name}`" + (f" (stage `{stage}`)" if stage else "")
            steps.append(Step(script, "", where, env, {}))  # the stage says what it is for
    return steps


def circle_steps(rel: str, data: Any) -> list[Step]:
    steps: list[Step] = []
    for name, job in as_dict(get(data, "jobs")).items():
        if SKIP_NAME.search(str(name)) or not isinstance(job, dict):
            continue
        cwd = cwd_of("", job.get("working_directory")) if \
            str(job.get("working_directory") or "").startswith((".", "~/project/")) is False \
            else ""
        for step in as_list(job.get("steps")):
            run = get(step, "run")
            script = run if isinstance(run, str) else get(run, "command")
            if isinstance(script, str):
                script = _circle_params(script, as_dict(job.get("parameters")))
                step_cwd = cwd_of(cwd, get(run, "working_directory"))
                env = {**_strs(job.get("environment")), **_strs(get(run, "environment"))}
                steps.append(Step(script, step_cwd, f"{rel} job `{name}`", env, {}))
    return steps


_CIRCLE_PARAM = re.compile(r"<<\s*(?:pipeline\.)?parameters\.([\w-]+)\s*>>|<<\s*([\w.-]+)\s*>>")


def _circle_params(script: str, params: dict[str, Any]) -> str:
    """CircleCI's `<< parameters.version >>` (not a here-document): the parameter's
    default where the job declares one, else a variable the shell would expand."""
    def fill(m: re.Match[str]) -> str:
        default = get(params, m.group(1), "default") if m.group(1) else None
        if default is not None and not isinstance(default, (dict, list)):
            return str(default).lower() if isinstance(default, bool) else str(default)
        return "${" + re.sub(r"\W", "_", m.group(1) or m.group(2)) + "}"
    return _CIRCLE_PARAM.sub(fill, script)


def travis_steps(rel: str, data: Any) -> list[Step]:
    script = "\n".join(str(x) for x in as_list(get(data, "script")) if isinstance(x, str))
    return [Step(script, "", f"{rel} `script`", {}, {})] if script else []


def ci_steps(repo: Repo) -> list[Step]:
    steps = _ci_steps(repo)
    if not steps:  # the only workflow that checks changes is named for releasing
        for rel in ci_files(repo):
            data = repo.yaml(rel) if rel.startswith(WORKFLOWS) else None
            if data is not None and _checks_prs(data):
                steps += github_steps(repo, rel, data, any_name=True)
    return steps


def _ci_steps(repo: Repo) -> list[Step]:
    steps: list[Step] = []
    for rel in ci_files(repo):
        data = repo.yaml(rel)
        if data is None:
            continue
        if rel.startswith(WORKFLOWS):
            steps += github_steps(repo, rel, data)
        elif rel.startswith(".gitlab"):
            steps += gitlab_steps(repo, rel, data)
        elif rel.startswith(".circleci"):
            steps += circle_steps(rel, data)
        elif rel == ".travis.yml":
            steps += travis_steps(rel, data)
        else:
            steps += azure_steps(repo, rel, data)
    return steps


def split_cd(step: Step) -> list[tuple[str, str]]:
    """(command, directory) pairs, following `cd dir` within the run block."""
    out: list[tuple[str, str]] = []
    cwd = step.cwd
    script = or_expressions_filled(step)  # their `||` is the expression's, not the shell's
    away = False  # `cd` (home), `cd ~/x`: out of the checkout, building something else
    for cmd in commands(script):
        if _AWAY.match(cmd) or away and re.match(r"^(cd|pushd)\s+[^$/\s]", cmd):
            away = True  # (`curl .../qemu.tar.xz | tar x; cd qemu-$V; ninja`: not ours)
            continue
        if re.match(r"^(cd|pushd)\s+\S+$", cmd):
            cwd, away = cwd_of(step.cwd if away else cwd, cmd.split()[1].strip("'\"")), False
            continue
        if cmd in ("popd", "cd -"):
            cwd, away = step.cwd, False
            continue
        if away:
            continue
        pm = _PM_DIR.match(cmd)  # `yarn --cwd web lint`: `yarn lint` in web/
        if pm and "$" not in pm.group(3):
            out.append((f"{pm.group(1)} {pm.group(4)}".strip(), cwd_of(cwd, pm.group(3).strip(
                "'\""))))
            continue
        cmd = _TOOLCHAIN_EXPR.sub(r"\1", _INLINE_EXPR.sub("", cmd))
        out.append((_env_selected(cmd, step), cwd))
    return out


# `GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }} deno task test-all`: a value GitHub fills in
# before the shell runs (one word then, several to a shell splitter now); the command
# follows it
_INLINE_EXPR = re.compile(r"^(?:[A-Za-z_]\w*=\$\{\{[^}]*\}\}\s+)+(?=\S)")
# `cargo +${{ steps.toolchain.outputs.name }} test`: the toolchain a setup step installed
# (and made the default), named through its output: `cargo test` runs the same
_TOOLCHAIN_EXPR = re.compile(r"\b(cargo)\s+\+\$\{\{[^}]*\}\}(?=\s)")


# `run: tox` with `env: {TOXENV: ruff}` runs `tox -e ruff` (NOXSESSION for nox)
_SELECTORS = (("tox", "TOXENV", "-e"), ("nox", "NOXSESSION", "-s"))


def _env_selected(cmd: str, step: Step) -> str:
    """A bare `tox` (`nox`, `python -m tox run -r`, `uvx tox`) whose step sets TOXENV
    (NOXSESSION): the env it names, when its value is known here (not CircleCI's `<<
    parameters.x >>`)."""
    # (`${{ matrix.wrapper }} tox`: read with the slots filled, '' where the matrix says so)
    ws = (substitute(cmd, step)[0] if cmd.startswith("${{") else cmd).split()
    inner = unwrap(ws)[:1]
    for prog, var, option in _SELECTORS:
        value = step.env.get(var)
        at = ws.index(prog) if inner == [prog] and prog in ws else -1
        if at >= 0 and isinstance(value, str) and not {
                "-e", "-s", "--session", "--sessions"} & set(ws):
            value = substitute(value, step)[0].strip()
            if not value or re.search(r"[$\s<{]", value):
                return cmd
            rest = ws[at + 1:]
            sub = rest[:1] if rest[:1] in (["run"], ["r"]) else []
            return " ".join([*ws[:at + 1], *sub, option, value, *rest[len(sub):]])
    return cmd


_AWAY = re.compile(r"^(cd|pushd)(\s+(~\S*|\"?\$\{?HOME\b\S*))?$")
_PM_DIR = re.compile(r"^(yarn|npm|pnpm)\s+(--cwd|--prefix|-C|--dir)[=\s](\S+)\s*(.*)$")
