"""Chat habits people bring from other coding agents: `!cmd`, /compact, /rewind, /init.

- `!cmd` runs a shell command as the agent's run_shell would (same approvals, same
  sandbox), shows its output and hands it to the model with the next message;
- `/compact [INSTRUCTIONS]` replaces the conversation by a summary (one model request);
- `/rewind [TURN [code|chat|both]]` goes back to before a turn of this chat;
- `/init` writes or refreshes the guide in AGENTS.md.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.slash import SlashRegistry
    from gcode.tools import ToolContext

OUTPUT_NOTE_CHARS = 8000  # of a `!cmd`'s output, told to the model
REWIND_MODES = {"b": "code and conversation", "c": "code only", "t": "conversation only",
                "n": "cancel"}
_WORDS = {"both": "b", "all": "b", "code": "c", "files": "c", "chat": "t",
          "conversation": "t", "convo": "t"}


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def tool_context(chat: Any) -> ToolContext:
    """The agent's ToolContext (its approvals and sandbox); without a model, one built the
    same way, so `!cmd` works before any model is configured."""
    if chat.model_name:
        context: ToolContext = chat.agent.ctx
        return context
    if getattr(chat, "_bang_ctx", None) is None:
        from gcode.tools import ToolContext
        from gcode.tools.approval import Approver

        cfg = chat.ws.config.agent
        approver = Approver(cfg.approval, list(cfg.allow), deny=list(cfg.deny),
                            ask=chat.approve)
        chat._bang_ctx = ToolContext(chat.root, chat.ws.config, approver)
    context = chat._bang_ctx
    return context


def run_bang(chat: Any, command: str) -> None:
    """`!cmd`: run it through run_shell's rules, show the output, tell the model next time."""
    from gcode.render import fold
    from gcode.tools import execute
    from gcode.tools.shell import RUN_SHELL

    command = command.strip()
    if not command:
        raise GcodeError("no command after !", hint="!git status runs `git status`")
    ctx = tool_context(chat)
    chat.say(f"[bold]$[/] {_escape(command)}")
    chat.spinner.start("running…")
    try:
        result = execute(RUN_SHELL, {"command": command}, ctx)
    finally:
        chat.spinner.stop()
    if result.decision is not None and not result.decision.allowed:
        chat.say(f"[yellow]not run:[/] {_escape(result.decision.reason)}")
        return
    for line in fold(result.content, 200, 400):
        chat.say(_escape(line), markup_enabled=True)
    output = result.content
    if len(output) > OUTPUT_NOTE_CHARS:
        output = output[:OUTPUT_NOTE_CHARS // 2] + "\n[...]\n" + output[-OUTPUT_NOTE_CHARS // 2:]
    chat.add_note(f"(Note: I ran `{command}` in the shell myself; it reported:\n```\n"
                  f"{output.rstrip()}\n```)")
    chat.say("[dim](the output goes to the model with your next message)[/]")


# -- slash commands ---------------------------------------------------------------------------


def cmd_compact(chat: Any, arg: str) -> None:
    """Replace the conversation so far by a summary the model writes (one request), so long
    sessions fit the model's window; INSTRUCTIONS say what the summary must keep. What the
    summary replaces is learned from first. gcode also compacts on its own near the window."""
    from gcode.render import compaction_lines
    from gcode.turn import CompactionEvent

    if not chat.session_id or not chat.model_name:
        raise GcodeError("nothing to compact yet", hint="compaction summarises this "
                         "session's conversation; send a message first")
    chat.spinner.start("compacting…")
    try:
        done = chat.agent.compact(arg)
    finally:
        chat.spinner.stop()
    if done.usage is not None:
        chat.usage.prompt += done.usage.prompt_tokens
        chat.usage.completion += done.usage.completion_tokens
    head, *_ = compaction_lines(CompactionEvent(done.summary, done.messages, done.tokens_before,
                                                done.tokens_after, automatic=False))
    chat.say(_escape(head))
    if done.omitted:
        chat.say(f"[yellow]{done.omitted} of the oldest messages were too long to show the "
                 "model at once and are not in the summary.[/]")
    chat.say("[dim]Summary, kept in the conversation:[/]")
    chat.show_text(done.summary)


def _turn_text(text: str) -> str:
    """The message as the user typed it: without notes gcode added or attached files."""
    text = text.split("\n\n<file ", 1)[0]
    return re.sub(r"^(\(Note: .*?\)\n)+\n", "", text, flags=re.S).strip()


def cmd_rewind(chat: Any, arg: str) -> None:
    """Go back to before a turn of this chat: its file changes undone (refused if you
    changed one of those files since), the conversation cut back, or both. Without
    arguments, lists the turns and asks. `/rewind 3 code`, `/rewind 3 chat`, `/rewind 3`."""
    from gcode.ui import one_line

    agent = chat.agent_if_built()
    items = agent.checkpoints.items if agent is not None else []
    if not items:
        chat.say("Nothing to rewind: no turn has run in this chat yet.")
        return
    words = arg.split()
    if not words:
        import time

        chat.say("Turns of this chat (rewinding to one goes back to before it):")
        for i, cp in enumerate(items):
            files = {c.path for c in agent.checkpoints.changes_of(i, agent.ctx.changes)}
            where = f"{len(files)} file(s) changed" if files else "no file changed"
            chat_note = "" if cp.position is not None else ", compacted"
            chat.say(f"  [bold]{cp.turn:>3}[/]  {age_of(time.time() - cp.at)} ago  "
                     f"{_escape(one_line(_turn_text(cp.text), 50))}  [dim]({where}"
                     f"{chat_note})[/]")
        if not chat.interactive:
            chat.say("[dim]/rewind TURN [code|chat|both] goes back to before that turn.[/]")
            return
        answer = chat.questions.edit_text("rewind to before turn (Enter cancels): ", "")
        words = (answer or "").split()
        if not words:
            chat.say("Nothing rewound.")
            return
    if not words[0].isdigit():
        raise GcodeError(f"not a turn number: {words[0]!r}", hint="/rewind lists the turns")
    turn = int(words[0])
    agent.checkpoints.find(turn)  # a clear error before any question
    if len(words) > 1:
        key = _WORDS.get(words[1].lower())
        if key is None:
            raise GcodeError(f"rewind what? {words[1]!r}", hint="code, chat or both")
    else:
        key = chat.choose(f"Rewind to before turn {turn}:", REWIND_MODES, default="b")
    if key == "n":
        chat.say("Nothing rewound.")
        return
    done = agent.rewind(turn, code=key in "bc", conversation=key in "bt")
    parts = []
    if key in "bc":
        files = done.files + [f"{p} (deleted: gcode had created it)" for p in done.deleted]
        parts.append(f"files put back: {', '.join(files)}" if files else "no file to put back")
    if key in "bt":
        parts.append(f"{done.messages} message(s) taken out of the conversation")
        chat.usage.turns = max(0, chat.usage.turns - (agent.turn_index - turn + 1))
        chat.set_prefill(_turn_text(done.checkpoint.text))
    elif done.files or done.deleted:
        chat.add_note(f"(Note: I rewound the files you changed since turn {turn} to how they "
                      f"were before it: {', '.join(done.files + done.deleted)}.)")
    chat.say(f"Rewound to before turn {turn}: {'; '.join(parts)}.")


def age_of(seconds: float) -> str:
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds)}s"


def cmd_init(chat: Any, arg: str) -> None:
    """Write (or refresh) a guide to this repository in AGENTS.md, from the repository scan
    and the team's learnings, for gcode and any other coding agent. Only the guide between
    its markers is rewritten; the rest of the file stays as it is."""
    from gcode.agents_guide import write_guide

    repo = chat.ws.repo
    if repo is None:
        raise GcodeError("/init writes the AGENTS.md of a git repository, and this is not one",
                         hint="cd into a repository (or `git init`) first")
    path, changed, facts = write_guide(chat.learning, repo.root, repo.name)
    rel = path.relative_to(repo.root).as_posix()
    if not changed:
        chat.say(f"{rel} is up to date ({facts} facts in its guide).")
        return
    chat.say(f"Wrote the guide in {rel}: {facts} facts from the scan and the team's learnings. "
             f"Review it (/diff {rel}) and commit it so every agent and teammate gets it.")


def register(registry: SlashRegistry) -> None:
    """Add these commands to a chat's registry."""
    registry.command("compact", "summarise the conversation to free the context window",
                     usage="[INSTRUCTIONS]")(cmd_compact)
    registry.command("rewind", "go back to before a turn: code, conversation or both",
                     usage="[TURN [code|chat|both]]")(cmd_rewind)
    registry.command("init", "write or refresh the AGENTS.md guide from what gcode knows")(
        cmd_init)
