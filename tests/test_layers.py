"""The house's rules, read from the code's own imports (every import, also the lazy ones
inside functions: they run too, just later).

- only the terminal layer prints or imports ui/rich/typer/prompt_toolkit;
- the agent loop knows nothing of the database, record ids or redaction;
- stores reach gcode only through the store API (and the neutral vocabulary);
- no import cycle among gcode's modules, also through lazy imports;
- no module over 600 lines.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("gcode", "stores")
TERMINAL = {
    "gcode.__main__", "gcode.cli", "gcode.cli_common", "gcode.cli_learn", "gcode.cli_context",
    "gcode.cli_agent", "gcode.cli_chat", "gcode.repl", "gcode.chat_prompt",
    "gcode.chat_questions", "gcode.slash", "gcode.render", "gcode.ui", "gcode.mentions",
    "gcode.cli_trust", "gcode.cli_mcp", "gcode.term_safe", "gcode.tables", "gcode.chat_actions",
    "gcode.chat_keys", "gcode.headless", "gcode.cli_guard", "gcode.cli_fast",
    "gcode.context_cmd",
}
TERMINAL_LIBRARIES = ("rich", "typer", "prompt_toolkit", "click")

# The map of the house, top to bottom: a module imports only from its own layer or below.
LAYERS = [
    ("terminal", TERMINAL),
    ("session", {"gcode.learning_session", "gcode.sessions", "gcode.sync", "gcode.sync_delta",
                 "gcode.team_file", "gcode.team_snapshot",
                 "gcode.doctor", "gcode.workspace", "gcode.mcp_server", "gcode.mcp_session",
                 "gcode.capabilities", "gcode.agents_guide"}),
    ("learning", {"gcode.learning", "gcode.store_api", "gcode.learning_tools",
                  "gcode.extraction", "gcode.capture", "gcode.capture_lang",
                  "gcode.capture_probe", "gcode.capture_text", "gcode.capture_words",
                  "gcode.capture_moment", "gcode.capture_asks", "gcode.capture_openers",
                  "gcode.capture_rules", "gcode.capture_guards",
                  "gcode.capture_reactions",
                  "gcode.learning_worker", "gcode.capture_batch", "gcode.injection",
                  "gcode.trigger_backlog", "gcode.vector_filler",
                  "stores",
                  "stores.*"}),
    ("agent", {"gcode.agent", "gcode.llm", "gcode.llm_stream", "gcode.llm_errors",
               "gcode.server_info", "gcode.agents_md", "gcode.tools", "gcode.tools.*",
               "gcode.sandbox", "gcode.sandbox.*", "gcode.mcp_client", "gcode.compaction",
               "gcode.checkpoints", "gcode.instructions", "gcode.transcript", "gcode.vision"}),
    ("knowledge", {"gcode.knowledge", "gcode.hybrid", "gcode.aging", "gcode.lifecycle",
                   "gcode.embed", "gcode.redact", "gcode.scan", "gcode.scan.*", "gcode.redact.*",
                   "gcode.stat_watch",
                   "gcode.tool_names", "gcode.situations"}),
    ("storage", {"gcode.db", "gcode.db_search", "gcode.db_team", "gcode.db_sessions",
                 "gcode.db_listing", "gcode.migrations", "gcode.db_guard"}),
    ("vocabulary", {"gcode", "gcode.turn", "gcode.records", "gcode.config", "gcode.repo",
                    "gcode.entry_points",
                    "gcode.errors", "gcode.atomic", "gcode.gitattributes", "gcode.trust",
                    "gcode.mcp_config",
                    "gcode.safe_git", "gcode.endpoint", "gcode.owner", "gcode.visible"}),
]


def layer_of(name: str) -> int:
    for depth, (_, members) in enumerate(LAYERS):
        for member in members:
            if name == member or (member.endswith(".*") and name.startswith(member[:-1])):
                return depth
    raise AssertionError(f"{name} has no place in the map of the house (tests/test_layers.py)")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


@functools.cache
def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            found[module_name(path)] = path
    return found


def _type_checking_block(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def runtime_imports(path: Path, name: str) -> set[str]:
    """Every module `path` imports when it runs (TYPE_CHECKING blocks excluded)."""
    known = set(modules())
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_block(child):
                for orelse in getattr(child, "orelse", []):
                    visit(orelse)
                continue
            if isinstance(child, ast.Import):
                out.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parent = package.split(".")
                    parent = parent[: len(parent) - (child.level - 1)]
                    base = ".".join([*parent, base] if base else parent)
                # `from pkg import sub` needs the module pkg.sub; `from pkg import name`, pkg
                out.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                           for alias in child.names)
            visit(child)

    visit(tree)
    return out


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    mods = modules()
    edges: dict[str, set[str]] = {}
    for name, path in mods.items():
        targets = set()
        for imported in runtime_imports(path, name):
            # `from gcode import agents_md` names a module; `from gcode.x import f` the module x
            while imported and imported not in mods:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        edges[name] = targets
    return edges


def test_imports_only_point_down_the_house(graph) -> None:
    upward = [f"{name} ({LAYERS[layer_of(name)][0]}) imports {target} "
              f"({LAYERS[layer_of(target)][0]})"
              for name, targets in graph.items() for target in targets
              if layer_of(target) < layer_of(name)]
    assert upward == []


def test_only_the_terminal_layer_talks_to_the_terminal() -> None:
    offenders = []
    for name, path in modules().items():
        if name in TERMINAL:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = runtime_imports(path, name)
        for lib in TERMINAL_LIBRARIES:
            if any(i == lib or i.startswith(lib + ".") for i in imported):
                offenders.append(f"{name} imports {lib}")
        for term in TERMINAL:
            if any(i == term or i.startswith(term + ".") for i in imported):
                offenders.append(f"{name} imports {term}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                offenders.append(f"{name} calls print() at line {node.lineno}")
    assert offenders == []


def test_the_agent_loop_knows_nothing_of_storage(graph) -> None:
    assert not graph["gcode.agent"] & {"gcode.db", "gcode.records", "gcode.redact",
                                       "gcode.sessions", "gcode.learning", "gcode.knowledge"}


def test_stores_use_only_the_store_api(graph) -> None:
    allowed = {"gcode.store_api", "gcode.turn", "gcode.records", "gcode.scan", "gcode.repo",
               "gcode.errors", "gcode.stat_watch"}
    for name, targets in graph.items():
        if name.startswith("stores."):
            gcode_deps = {t for t in targets if t.startswith("gcode")}
            assert gcode_deps <= allowed | {t for t in gcode_deps if t.startswith("gcode.scan")}, \
                (name, gcode_deps - allowed)


def test_no_import_cycle(graph) -> None:
    """Tarjan's strongly connected components: any component of two or more is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def strongconnect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    assert cycles == []


def test_no_module_over_600_lines() -> None:
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines())
             for name, path in modules().items()}
    assert {n: s for n, s in sizes.items() if s > 600} == {}
