"""Projects of the ecosystems beyond Python, JavaScript, Rust, Go and the JVM: Ruby
(Gemfile), Elixir (mix.exs), PHP (composer.json), Swift (Package.swift) and .NET (a
solution or project file, global.json). The tool that sets each up, and the test and
build commands it implies where CI and the task files say nothing more specific."""

from __future__ import annotations

import re

from gcode.scan.files import Repo, as_dict, as_list, join
from gcode.scan.model import BUILD, TEST, role
from gcode.scan.project import Project

_DOTNET = re.compile(r"\.(slnx?|csproj|fsproj|vbproj)$")
# composer.json's event hooks (`post-install-cmd`, `pre-autoload-dump`): not tasks
_COMPOSER_EVENT = re.compile(r"^(pre|post)-|-cmd$")


def scan_ecosystems(p: Project) -> None:
    _ruby(p)
    if p.has("mix.exs"):
        rel = p.rel("mix.exs")
        p.env("mix", f"An Elixir project ({rel}): `mix deps.get`, then mix runs its tasks",
              [rel])
        p.config_command("mix:test", TEST, "mix test", rel, [rel])
        p.config_command("mix:build", BUILD, "mix compile", rel, [rel])
    _composer(p)
    if p.has("Package.swift"):
        rel = p.rel("Package.swift")
        p.env("swift", f"A Swift package ({rel}): SwiftPM builds and tests it", [rel])
        p.config_command("swift:test", TEST, "swift test", rel, [rel])
        p.config_command("swift:build", BUILD, "swift build", rel, [rel])
    dotnet = sorted(f for f in p.repo.files(p.cwd) if _DOTNET.search(f) or f == "global.json")
    if dotnet:
        rel = p.rel(dotnet[0])
        p.env("dotnet", f"A .NET project ({rel}): the dotnet SDK builds and tests it", [rel])
        p.config_command("dotnet:test", TEST, "dotnet test", rel, [rel])
        p.config_command("dotnet:build", BUILD, "dotnet build", rel, [rel])


def _ruby(p: Project) -> None:
    """Gemfile: bundler installs the gems and runs their tools; the Rakefile's default task
    (often the specs), else RSpec over spec/."""
    if not p.has("Gemfile"):
        return
    rel = p.rel("Gemfile")
    p.env("bundler", f"Ruby gems from {rel}: `bundle install`, then `bundle exec` runs "
          "their tools", [rel])
    tasks, _, rakefile = p.tasks.table("rake", p.cwd)
    if tasks and role(p.kinds("bundle exec rake")) == TEST:
        p.config_command("rake:default", TEST, "bundle exec rake", rakefile, [rakefile])
    elif p.repo.isdir(p.rel("spec")):
        p.config_command("rspec", TEST, "bundle exec rspec", rel, [rel])


def _composer(p: Project) -> None:
    """composer.json: composer installs the packages; its scripts are the package's tasks
    (`composer test`), offered by what they run."""
    if not p.has("composer.json") or not _php_code(p):
        return  # (a packaging directory's composer.json beside bower.json: no PHP here)
    rel = p.rel("composer.json")
    p.env("composer", f"PHP packages from {rel}: `composer install`", [rel])
    tasks, _, _ = p.tasks.table("composer", p.cwd)
    for name in tasks:
        if not _COMPOSER_EVENT.search(name):
            p.command(f"composer:{name}", f"composer {name}", rel, [rel], only=(TEST, BUILD))
    if not tasks and (p.has("phpunit.xml.dist") or p.has("phpunit.xml")):
        p.config_command("phpunit", TEST, "vendor/bin/phpunit", rel, [rel])


def _php_code(p: Project) -> bool:
    """Whether the package has PHP code: in the directories its autoload names, else in
    src/, lib/ or beside composer.json."""
    autoload = as_dict(p.repo.json(p.rel("composer.json")).get("autoload"))
    paths: list[str] = []
    for spec in autoload.values():  # psr-4 {namespace: dir(s)}, classmap [dirs], files [...]
        values = as_dict(spec).values() if isinstance(spec, dict) else as_list(spec)
        paths += [d.strip("/") for v in values for d in as_list(v) if isinstance(d, str)]
    return any(d.endswith(".php") and p.has(d) or _has_php(p.repo, p.rel(d), 3)
               for d in paths or ["src", "lib", ""])


def _has_php(repo: Repo, rel: str, depth: int) -> bool:
    dirs, files = repo.listing(rel)
    return any(f.endswith(".php") for f in files) or depth > 0 and any(
        _has_php(repo, join(rel, d), depth - 1) for d in dirs[:30] if not d.startswith("."))
