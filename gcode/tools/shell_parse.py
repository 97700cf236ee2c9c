"""What a shell command line really runs, read with a real bash parser (tree-sitter-bash,
the grammar Codex uses for the same job) instead of splitting on spaces and `;`.

Approvals rest on this: "always" for `git status` must not approve `git -c alias.x=!cmd x`,
and an allow pattern must not approve `pytest $(rm -rf ~)`. Every simple command is found,
also the ones nested in substitutions, subshells and control flow, with its environment
assignments and its words as the shell will see them (or marked dynamic when an expansion
makes them unknowable before it runs).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

# Wrappers that run their arguments as a command: the command is what must be judged.
_WRAPPERS = frozenset({"env", "nice", "nohup", "time", "timeout", "command", "builtin",
                       "exec", "stdbuf", "ionice", "chrt", "taskset", "xargs", "watch"})
# Nodes that only group simple commands (a flat chain stays "plain").
_CHAINS = frozenset({"program", "list", "pipeline", ";", "&&", "||", "|", "|&", "&", "\n",
                     "comment"})
_WORDS = frozenset({"word", "string", "raw_string", "ansi_c_string", "concatenation",
                    "number", "simple_expansion", "expansion", "command_substitution",
                    "process_substitution", "arithmetic_expansion", "translated_string",
                    "brace_expression"})
_UNESCAPE = re.compile(r"\\(.)", re.S)
_DYNAMIC = frozenset({"simple_expansion", "expansion", "command_substitution",
                      "process_substitution", "arithmetic_expansion"})


@dataclass(frozen=True)
class Simple:
    """One simple command: `NAME=value ... program args...`."""

    env: tuple[str, ...]
    argv: tuple[str, ...]
    dynamic: bool = False  # a word holds an expansion: its value is known only at run time

    @property
    def program(self) -> str:
        return self.argv[0] if self.argv else ""


@dataclass
class Parsed:
    commands: list[Simple] = field(default_factory=list)  # every simple command, nested too
    plain: bool = True  # a flat chain of simple commands: no substitution, redirection, etc.
    redirects: list[str] = field(default_factory=list)  # redirection targets as written
    reasons: list[str] = field(default_factory=list)  # why it is not plain


@functools.lru_cache(maxsize=1)
def _parser() -> Any:
    import tree_sitter
    import tree_sitter_bash

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_bash.language()))


def parse(command: str) -> Parsed:
    out = Parsed()
    tree = _parser().parse(command.encode("utf-8", "surrogatepass"))
    if tree.root_node.has_error:
        out.plain = False
        out.reasons.append("the command does not parse as bash")
    _visit(tree.root_node, out)
    if not out.commands and command.strip():
        out.plain = False
    return out


def _text(node: Any) -> str:
    return bytes(node.text).decode("utf-8", "replace")


def _not_plain(out: Parsed, reason: str) -> None:
    out.plain = False
    if reason not in out.reasons:
        out.reasons.append(reason)


def _visit(node: Any, out: Parsed) -> None:
    kind = node.type
    if kind == "command":
        _command(node, out)
        return
    if kind == "redirected_statement":
        _not_plain(out, "it redirects input or output")
        for child in node.children:
            if child.type in ("file_redirect", "herestring_redirect", "heredoc_redirect"):
                targets = [c for c in child.children if c.type in _WORDS]
                out.redirects.extend(_text(t) for t in targets)
                for t in targets:
                    _nested(t, out)
            else:
                _visit(child, out)
        return
    if kind not in _CHAINS and node.is_named:
        _not_plain(out, f"it uses shell syntax beyond a simple command ({kind})")
    for child in node.children:
        _visit(child, out)


def _command(node: Any, out: Parsed) -> None:
    env: list[str] = []
    argv: list[str] = []
    dynamic = False
    for child in node.children:
        if child.type == "variable_assignment":
            env.append(_text(child))
            dynamic |= _nested(child, out)
        elif child.type == "command_name" or child.type in _WORDS:
            word = child.children[0] if child.type == "command_name" else child
            value, is_dynamic = _word(word)
            dynamic |= is_dynamic | _nested(word, out)
            argv.append(value)
        elif child.type in ("file_redirect", "herestring_redirect"):
            _not_plain(out, "it redirects input or output")
            out.redirects.extend(_text(c) for c in child.children if c.type in _WORDS)
    if dynamic:
        _not_plain(out, "its words are only known when it runs (expansion or substitution)")
    simple = Simple(tuple(env), tuple(argv), dynamic)
    out.commands.append(simple)
    inner = unwrap(simple)
    if inner is not simple:
        out.commands.append(inner)


def unwrap(simple: Simple) -> Simple:
    """`env FOO=1 nice timeout 5 make test` runs `make test` with FOO=1."""
    argv, env = list(simple.argv), list(simple.env)
    while argv and argv[0].rsplit("/", 1)[-1] in _WRAPPERS:
        argv.pop(0)
        while argv and (argv[0].startswith("-") or "=" in argv[0] or argv[0][:1].isdigit()):
            word = argv.pop(0)
            if "=" in word and not word.startswith("-"):
                env.append(word)
    if len(argv) == len(simple.argv):
        return simple
    return Simple(tuple(env), tuple(argv), simple.dynamic)


def _nested(node: Any, out: Parsed) -> bool:
    """Collect commands inside substitutions of `node`; True if it holds anything dynamic."""
    found = node.type in _DYNAMIC
    if node.type in ("command_substitution", "process_substitution"):
        for child in node.children:
            _visit(child, out)
        return True
    for child in node.children:
        found |= _nested(child, out)
    return found


def _word(node: Any) -> tuple[str, bool]:
    """A word's value as the shell passes it, and whether an expansion makes it unknown."""
    kind = node.type
    if kind == "raw_string":
        return _text(node)[1:-1], False
    if kind == "string":
        parts, dynamic = [], False
        for child in node.children:
            if child.type == '"':
                continue
            if child.type in _DYNAMIC:
                dynamic = True
            parts.append(_text(child))
        return "".join(parts), dynamic
    if kind == "concatenation":
        values = [_word(c) for c in node.children]
        return "".join(v for v, _ in values), any(d for _, d in values)
    if kind in _DYNAMIC:
        return _text(node), True
    return _UNESCAPE.sub(r"\1", _text(node)), False  # globs stay as written: not dynamic
