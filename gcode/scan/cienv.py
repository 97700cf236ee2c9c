"""Environment tools a GitHub Actions job sets up without a `run:` line: the services it
starts beside it (`services: postgres: image: postgres:16`) and the toolchains and
services an action installs (`uses: dtolnay/rust-toolchain`, `uses:
supercharge/mongodb-github-action`). Only the jobs that gate a change count: a release,
docs or housekeeping workflow's tools are not the project's."""

from __future__ import annotations

from typing import Any

from gcode.scan.ci import WORKFLOWS, gating_jobs, job_steps
from gcode.scan.cistep import SKIP_NAME
from gcode.scan.files import Repo, as_dict

# a service container's image (its last path part, before the tag) -> the tool it is
_IMAGES = {"postgres": "postgres", "postgis": "postgres", "timescaledb": "postgres",
           "mysql": "mysql", "mariadb": "mariadb", "redis": "redis", "valkey": "redis",
           "redis-stack": "redis", "redis-stack-server": "redis", "mongo": "mongodb",
           "mongodb": "mongodb", "rabbitmq": "rabbitmq", "memcached": "memcached",
           "elasticsearch": "elasticsearch", "opensearch": "opensearch", "nats": "nats",
           "minio": "minio", "kafka": "kafka", "cassandra": "cassandra",
           "clickhouse-server": "clickhouse", "cockroach": "cockroachdb",
           "cockroachdb": "cockroachdb", "mssql": "mssql", "sqlserver": "mssql"}
SERVICES = frozenset(_IMAGES.values())
# an action (owner/name, lower case) -> the tool it installs for the job
_ACTIONS = {
    "dtolnay/rust-toolchain": "rustup", "actions-rs/toolchain": "rustup",
    "actions-rust-lang/setup-rust-toolchain": "rustup",
    "golangci/golangci-lint-action": "golangci-lint",
    "arduino/setup-task": "task", "go-task/setup-task": "task",
    "extractions/setup-just": "just", "denoland/setup-deno": "deno",
    "oven-sh/setup-bun": "bun", "erlef/setup-beam": "erlang",
    "supercharge/mongodb-github-action": "mongodb", "ankane/setup-mongodb": "mongodb",
    "supercharge/redis-github-action": "redis", "shogo82148/actions-setup-redis": "redis",
    "ankane/setup-postgres": "postgres", "ikalnytskyi/action-setup-postgres": "postgres",
    "harmon758/postgresql-action": "postgres", "ankane/setup-mysql": "mysql",
    "mirromutth/mysql-action": "mysql", "shogo82148/actions-setup-mysql": "mysql",
    "ankane/setup-mariadb": "mariadb", "ankane/setup-elasticsearch": "elasticsearch",
    "cachix/install-nix-action": "nix", "determinatesystems/nix-installer-action": "nix",
    "nixbuild/nix-quick-install-action": "nix", "eifinger/setup-rye": "rye",
    "jetli/wasm-pack-action": "wasm-pack",
    # a conda environment (`environment-file: ci/environment.yml`) the tests run in
    "conda-incubator/setup-miniconda": "conda", "mamba-org/setup-micromamba": "conda",
    "mamba-org/provision-with-micromamba": "conda", "prefix-dev/setup-pixi": "pixi",
}


def _image_tool(label: Any, service: Any) -> str | None:
    """The tool a service container is: by its image's name, else (an image chosen by the
    matrix, `${{ matrix.mysql_image }}`; a project's own build of it,
    `ghcr.io/org/docker:postgres-17`) by the name the job gives the service."""
    image = service if isinstance(service, str) else as_dict(service).get("image")
    name = image.split("@", 1)[0].split(":", 1)[0].rsplit("/", 1)[-1].lower() \
        if isinstance(image, str) else ""
    return _IMAGES.get(name) or _IMAGES.get(str(label).lower())


def _job_tools(job: dict[str, Any]) -> list[str]:
    tools = [t for label, s in as_dict(job.get("services")).items()
             if (t := _image_tool(label, s))]
    for step in job_steps(job):
        uses = str(step.get("uses") or "").split("@", 1)[0].rstrip("/").lower()
        if uses in _ACTIONS:
            tools.append(_ACTIONS[uses])
    return tools


def action_tools(repo: Repo) -> list[tuple[str, str]]:
    """(tool, source) for each tool the gating jobs of the repository's workflows set up
    with a service container or a setup action, first source first. A workflow named for
    a release that a gating job calls (`uses: ./.github/workflows/release-feature.yaml`,
    which runs the tests for pull requests) counts as that job's."""
    found: dict[str, str] = {}
    names = [n for n in sorted(repo.files(WORKFLOWS)) if n.endswith((".yml", ".yaml"))]
    gating = [n for n in names if not SKIP_NAME.search(n)]
    called: set[str] = set()

    def read(name: str, as_called: bool) -> None:
        rel = f"{WORKFLOWS}/{name}"
        for label, job in gating_jobs(rel, repo.yaml(rel), as_called):
            uses = str(job.get("uses") or "").split("@", 1)[0]
            if uses.startswith(f"./{WORKFLOWS}/"):
                called.add(uses.rsplit("/", 1)[-1])
            for tool in _job_tools(job):
                found.setdefault(tool, f"{rel} job `{label}`")

    for name in gating:
        read(name, False)
    for name in sorted(called & set(names) - set(gating)):
        read(name, True)
    return list(found.items())
