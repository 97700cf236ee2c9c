"""The environment the agent's commands get: the user's own, minus the credentials gcode knows.

gcode holds the model server's key; a command the model chose has no business with it (one
`env | curl ...` and it is gone), sandboxed or not. Removed: the OpenAI and Azure OpenAI key
variables, any `GCODE_*` variable whose name says it is a secret, and any variable whose value
is the configured API key, whatever its name. Everything else passes unchanged, plus settings
that keep commands from waiting on a pager, an editor or a git password prompt.
"""

from __future__ import annotations

from collections.abc import Mapping

CREDENTIAL_VARS = frozenset({
    "OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN",
    "AZURE_API_KEY", "AZURE_OPENAI_KEY",
})
SECRET_WORDS = ("KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH")
QUIET = {"PAGER": "cat", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "GIT_EDITOR": "true",
         "EDITOR": "true"}


def is_credential(name: str, value: str, api_key: str = "") -> bool:
    upper = name.upper()
    if upper in CREDENTIAL_VARS or (api_key and value == api_key):
        return True
    return upper.startswith("GCODE_") and any(word in upper for word in SECRET_WORDS)


def command_env(environ: Mapping[str, str], api_key: str = "") -> dict[str, str]:
    """`environ` without gcode's credentials, with the quiet settings on top."""
    kept = {k: v for k, v in environ.items() if not is_credential(k, v, api_key)}
    return {**kept, **QUIET}
