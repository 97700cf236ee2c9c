"""Local services and settings: Docker Compose, Dockerfiles, `.env.example`,
pre-commit hooks."""

from __future__ import annotations

import re

from gcode.scan.files import as_dict
from gcode.scan.model import Fact
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
            p.env("docker", "A Dockerfile builds an image of the project: `docker build .`",
                  [p.rel("Dockerfile")])
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
