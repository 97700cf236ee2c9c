"""Azure Pipelines read with a YAML parser: `stages:` > `jobs:` > `steps:` (or a bare
`steps:` list), `script:`/`bash:` steps with `workingDirectory`, job matrices and
variables, and `template:` references (jobs and steps templates in this repository,
their `${{ parameters.x }}` filled from the call). Release stages and deployment jobs
are left out, like publish workflows on GitHub."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from gcode.scan.cistep import SKIP_NAME, Step, cwd_of
from gcode.scan.files import Repo, as_dict, as_list, get

PIPELINES = ("azure-pipelines.yml", "azure-pipelines.yaml", ".azure-pipelines.yml",
             ".azure-pipelines.yaml")
PIPELINE_DIRS = (".azure-pipelines", ".azure", "azure-pipelines")
_PARAM = re.compile(r"\$\{\{\s*parameters\.([\w.-]+)\s*\}\}")
_SCRIPT_KEYS = ("script", "bash")
_MAX_DEPTH = 4


def pipeline_files(repo: Repo) -> list[str]:
    """Root pipelines: the conventional names, and files in a pipelines folder that
    declare a trigger (the others there are templates, read when referenced)."""
    found = [f for f in PIPELINES if repo.isfile(f)]
    for d in PIPELINE_DIRS:
        for f in repo.files(d):
            rel = f"{d}/{f}"
            if f.endswith((".yml", ".yaml")) and f.startswith("azure-pipelines") or \
                    f.endswith((".yml", ".yaml")) and _is_root(repo.yaml(rel)):
                found.append(rel)
    return list(dict.fromkeys(found))


def _is_root(data: Any) -> bool:
    d = as_dict(data)
    return ("trigger" in d or "pr" in d) and any(k in d for k in ("jobs", "stages", "steps"))


def _gates(data: dict[str, Any]) -> bool:
    """`trigger: none` together with `pr: none` runs only by hand or on a schedule."""
    return not (str(data.get("trigger")) == "none" and str(data.get("pr")) == "none")


def _fill(value: Any, params: dict[str, Any]) -> Any:
    if isinstance(value, str) and params:
        def sub(m: re.Match[str]) -> str:
            got = get(params, *m.group(1).split("."))
            return str(got) if isinstance(got, (str, int, float)) and \
                not isinstance(got, bool) else m.group(0)
        return _PARAM.sub(sub, value)
    return value


def _template(repo: Repo, base: str, ref: Any) -> tuple[str, dict[str, Any]] | None:
    """(path, parsed file) of a template in this repository, relative to the file that
    names it (or the root); `path@other-repo` is not ours to read."""
    if not isinstance(ref, str) or "@" in ref or "${{" in ref:
        return None
    ref = ref.strip()
    candidates = [ref.lstrip("/")] if ref.startswith("/") else \
        [posixpath.normpath(posixpath.join(posixpath.dirname(base), ref)), ref]
    for rel in candidates:
        if not rel.startswith("..") and repo.isfile(rel):
            return rel, as_dict(repo.yaml(rel))
    return None


def _defaults(data: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """A template's parameters: what the call passed over the declared defaults."""
    params: dict[str, Any] = {}
    declared = data.get("parameters")
    if isinstance(declared, dict):
        params.update(declared)
    for item in as_list(declared):
        if isinstance(item, dict) and "name" in item:
            params[str(item["name"])] = item.get("default")
    params.update(given)
    return params


def _vars(value: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(value, dict):
        out.update({str(k): str(v) for k, v in value.items() if isinstance(v, (str, int, float))})
    for item in as_list(value):
        if isinstance(item, dict) and "name" in item and isinstance(item.get("value"),
                                                                     (str, int, float)):
            out[str(item["name"])] = str(item["value"])
    return out


class _Reader:
    def __init__(self, repo: Repo) -> None:
        self.repo = repo
        self.steps: list[Step] = []

    def pipeline(self, rel: str, data: dict[str, Any]) -> None:
        if not _gates(data):
            return
        env = _vars(data.get("variables"))
        self.stages(rel, data, env, {}, 0)

    def stages(self, rel: str, data: dict[str, Any], env: dict[str, str],
               params: dict[str, Any], depth: int) -> None:
        if "stages" in data:
            for stage in as_list(data.get("stages")):
                stage = as_dict(stage)
                if "template" in stage:
                    self.include(rel, stage, env, depth, self.stages)
                    continue
                name = str(_fill(stage.get("displayName") or stage.get("stage") or "", params))
                if _skip(name):
                    continue
                self.jobs(rel, as_list(stage.get("jobs")), {**env, **_vars(
                    stage.get("variables"))}, params, depth)
        elif "jobs" in data:
            self.jobs(rel, as_list(data.get("jobs")), env, params, depth)
        elif "steps" in data:
            self.job_steps(rel, "steps", as_list(data.get("steps")), env, {}, params, depth)

    def jobs(self, rel: str, jobs: list[Any], env: dict[str, str], params: dict[str, Any],
             depth: int) -> None:
        for job in jobs:
            job = as_dict(job)
            if "template" in job:
                self.include(rel, job, env, depth, self.stages)
                continue
            if "deployment" in job:
                continue
            name = str(_fill(job.get("displayName") or job.get("job") or "job", params))
            name = str(job.get("job") or "job") if "${{" in name else name
            if _skip(name):
                continue
            matrix = as_dict(get(job, "strategy", "matrix"))
            rows = [as_dict(v) for v in matrix.values() if isinstance(v, dict)]
            if not rows:  # `${{ insert }}: ${{ parameters.matrix }}`
                rows = [as_dict(v) for v in as_dict(params.get("matrix")).values()]
            merged: dict[str, Any] = {}
            for row in rows:
                for k, v in row.items():
                    merged.setdefault(str(k), [])
                    if v not in merged[str(k)]:
                        merged[str(k)].append(v)
            self.job_steps(rel, name, as_list(job.get("steps")),
                           {**env, **_vars(job.get("variables"))}, merged, params, depth)

    def job_steps(self, rel: str, name: str, steps: list[Any], env: dict[str, str],
                  matrix: dict[str, Any], params: dict[str, Any], depth: int) -> None:
        for step in steps:
            step = as_dict(step)
            if "template" in step:
                found = _template(self.repo, rel, step.get("template"))
                if found and depth < _MAX_DEPTH:
                    sub_rel, data = found
                    sub = _defaults(data, as_dict(step.get("parameters")))
                    self.job_steps(sub_rel, name, as_list(data.get("steps")), env, matrix, sub,
                                   depth + 1)
                continue
            key = next((k for k in _SCRIPT_KEYS if isinstance(step.get(k), str)), None)
            if key is None:
                continue
            cwd = cwd_of("", _fill(step.get("workingDirectory"), params)
                         if not str(step.get("workingDirectory") or "").startswith("$(")
                         else None)
            self.steps.append(Step(str(_fill(step[key], params)), cwd, f"{rel} job `{name}`",
                                   {**env, **_vars(step.get("env"))}, matrix))

    def include(self, rel: str, ref: dict[str, Any], env: dict[str, str], depth: int,
                then: Any) -> None:
        found = _template(self.repo, rel, ref.get("template"))
        if not found or depth >= _MAX_DEPTH:
            return
        sub_rel, data = found
        then(sub_rel, data, env, _defaults(data, as_dict(ref.get("parameters"))), depth + 1)


def template_files(repo: Repo) -> list[str]:
    """Every template file the root pipelines reference, however deep (within the
    reader's depth): they are part of what the scan reads, so editing one rescans."""
    found: list[str] = []
    todo = [(rel, 0) for rel in pipeline_files(repo)]
    while todo:
        rel, depth = todo.pop()
        for ref in _template_refs(repo.yaml(rel)):
            hit = _template(repo, rel, ref)
            if hit and hit[0] not in found and depth < _MAX_DEPTH:
                found.append(hit[0])
                todo.append((hit[0], depth + 1))
    return found


def _template_refs(data: Any) -> list[Any]:
    """The `template:` values anywhere in a parsed pipeline file."""
    out: list[Any] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "template" in node:
                out.append(node["template"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return out


def _skip(name: str) -> bool:
    return bool(SKIP_NAME.search(name))


def azure_steps(repo: Repo, rel: str, data: Any) -> list[Step]:
    reader = _Reader(repo)
    reader.pipeline(rel, as_dict(data))
    return reader.steps
