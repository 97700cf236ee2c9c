"""Local services and settings: Docker Compose, Dockerfiles, `.env.example`,
pre-commit hooks. A lone Dockerfile is usually a deployment image: Docker is an
environment requirement only when a test task or a dev container uses it."""

from __future__ import annotations

import re

from gcode.scan.tasknames import by_name
from gcode.scan.files import as_dict
from gcode.scan.model import TEST, Fact
from gcode.scan.project import Project

COMPOSE = ("docker-compose.yml", "docker-compose.yaml", "compose.yaml", "compose.yml")
ENV_EXAMPLES = (".env.example", ".env.sample", ".env.template", "example.env")


def scan_services(p: Project) -> None:
    for name in COMPOSE:
        if p.has(name):
            services = sorted(str(s) for s in as_dict(as_dict(p.repo.yaml(p.rel(name)))
                                                      .get("services")))
            listed = f" (services: {', '.join(services[:8])})" if services else ""
            p.env("docker", f"Local services run with Docker Compose: `docker compose up -d`"
                  f"{listed}", [p.rel(name)])
            break
    else:
        if p.has("Dockerfile"):
            _dockerfile(p)
    for name in ENV_EXAMPLES:
        if p.has(name):
            names = re.findall(r"^\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=",
                               p.repo.read(p.rel(name)) or "", re.M)
            if names:
                p.facts.add(Fact("env:vars", "env", f"Required environment variables (see "
                                 f"{name}): {', '.join(names[:15])}", [p.rel(name)], None,
                                 p.rel(name)))
            break
    if p.has(".pre-commit-config.yaml"):
        p.env("pre-commit", "Git hooks with pre-commit: `pre-commit install`; "
              "`pre-commit run --all-files` runs every hook", [p.rel(".pre-commit-config.yaml")])


def _docker_test_task(p: Project) -> str | None:
    """`file:line` of a Makefile/justfile/Taskfile test task that runs docker."""
    for runner in ("make", "just", "task"):
        tasks, _, rel = p.tasks.table(runner, p.cwd)
        for name, task in tasks.items():
            if by_name(name) == TEST and any(re.match(r"^(sudo\s+)?docker(-compose)?\b", x)
                                             for x in task.lines):
                return f"{rel}:{task.line}" if task.line else rel
    return None


def _dockerfile(p: Project) -> None:
    dockerfile = p.rel("Dockerfile")
    task = _docker_test_task(p)
    if task:
        p.env("docker", f"Tests run in a Docker image (`{task}` builds {dockerfile})",
              [dockerfile, task.split(":")[0]], task)
    elif p.repo.isdir(p.rel(".devcontainer")):
        p.env("docker", "A dev container (.devcontainer/) builds the development environment "
              "with Docker", [dockerfile], dockerfile)
    else:  # a deployment image: saying so, without making Docker a requirement for tests
        p.facts.add(Fact(f"{p.cwd}:layout:dockerfile" if p.cwd else "layout:dockerfile",
                         "layout", f"{dockerfile} builds a container image of the project "
                         "(`docker build .`); no test task here runs in it", [dockerfile],
                         None,
                         dockerfile, p.cwd))
