"""What a model server's error means: retry it, adapt to it (and remember), or report it.

Servers say "I can't do that" in many ways: vLLM's `"auto" tool choice requires
--enable-auto-tool-choice`, llama.cpp's deterministic HTTP 500 `tools param requires
--jinja flag`, o1-mini's `does not support 'system'`, DeepSeek's `Missing
reasoning_content`, Fireworks' `Extra inputs are not permitted, field: 'stream_options'`.
`diagnose` turns such an error into a `Cause` the client adapts to once (and records), and
`retryable` keeps a deterministic failure from being retried three times. Every message
that reaches the user carries the server's own reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gcode.endpoint import OPENAI_URL, error_text, server_message
from gcode.errors import GcodeError

RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})

_CONTEXT_TOO_LONG = re.compile(
    r"context[_ ](length|window|size)|maximum context|too many tokens|prompt is too long|"
    r"input (is )?too long|exceeds? the (available )?(max|context)|reduce the length|"
    r"`inputs` must have less than \d+ tokens|`inputs` tokens \+ `max_new_tokens` must be",
    re.IGNORECASE,
)
_CONTEXT_LIMIT = re.compile(
    r"maximum context length is (\d+)|context size \((\d+) tokens\)|"
    r"\"?n_ctx\"?:\s*(\d+)|"  # llama.cpp; LM Studio writes n_ctx: 4096
    r"context (?:length|window) (?:of|is) (?:only )?(\d+)|"
    r"context length \((\d+)(?: tokens)?\)|"  # SGLang, Together
    r"model with (\d+) maximum context length|"  # Mistral
    r"maximum number of tokens allowed \((\d+)\)|"  # Gemini
    r"`inputs` must have less than (\d+) tokens|`max_new_tokens` must be <= (\d+)",  # TGI
    re.IGNORECASE)
_TRANSIENT = re.compile(
    r"overload|unavailable|temporar|try again|disconnect|high demand|busy|aborted|timed? ?out|"
    r"capacity|rate.?limit|internal server error|server had an error|loading model",
    re.IGNORECASE)


@dataclass
class Cause:
    """A recognised refusal: what to stop sending, or what to send instead."""

    kind: str  # see CAUSES
    detail: str = ""  # the server's reason
    hint: str = ""  # what to change on the server, where that is the only fix
    limit: int | None = None  # for "context": the window the server named


CAUSES = ("stream_options", "tools", "tools_stream", "tool_choice", "system_role", "json_mode",
          "reasoning_needed", "reasoning_refused", "use_max_tokens", "use_max_completion_tokens",
          "context", "history_arguments", "encoding_format", "dimensions")


def _tools_hint(text: str) -> str:
    if "--enable-auto-tool-choice" in text or "--tool-call-parser" in text:
        return ("start vLLM with --enable-auto-tool-choice --tool-call-parser PARSER (the "
                "parser for your model, e.g. hermes for Qwen, llama3_json for Llama)")
    if "--jinja" in text or "tool_choice" in text and "Unsupported param" in text:
        return "start llama-server with --jinja (tool calling needs the model's chat template)"
    if "does not support tools" in text:
        return ("this model has no tool support on this server: pick one that has (for "
                "Ollama: a model tagged 'tools' on ollama.com, e.g. `ollama pull qwen3`)")
    if "support tool use" in text:
        return "choose a model whose providers support tools (OpenRouter: filter by 'tools')"
    return "use a model and server with tool (function) calling support"


def diagnose(exc: Any) -> Cause | None:
    """The recognised cause of an error response, or None."""
    text = error_text(exc)
    low = text.lower()
    detail = server_message(exc)
    status = getattr(exc, "status_code", None)
    if "cannot use tools with stream" in low:
        return Cause("tools_stream", detail)
    if "stream_options" in low or "stream options" in low:
        return Cause("stream_options", detail)
    if "reasoning_content" in low:
        if re.search(r"missing|must be passed back|required", low):
            return Cause("reasoning_needed", detail)
        return Cause("reasoning_refused", detail)
    if "thought_signature" in low:
        return Cause("history_arguments", detail)
    if re.search(r"tool choice requires|tool_choice.{0,40}requires|tools param requires|"
                 r"(does not|doesn't|do not) support (tools|tool use|tool calling|function|"
                 r"function calling)|support tool use|unsupported param: tools|"
                 r"(tools?|tool use|tool calling|function calling|functions?) (are|is) not "
                 r"(enabled|supported|available)", low):
        return Cause("tools", detail, _tools_hint(text))
    if "tool_choice" in low and re.search(r"unsupported|not supported|requires", low):
        return Cause("tool_choice", detail, _tools_hint(text))
    if re.search(r"role.{0,40}system|system.{0,40}(role|message).{0,40}not", low) and \
            re.search(r"not support|unsupported|invalid|not allowed", low):
        return Cause("system_role", detail)
    if "response_format" in low or "json_object" in low or "json mode" in low:
        return Cause("json_mode", detail)
    if "max_completion_tokens" in low and re.search(r"instead|not supported|extra|unrecogn|"
                                                    r"unknown|not permitted", low):
        if "use 'max_completion_tokens'" in low or "use max_completion_tokens" in low:
            return Cause("use_max_completion_tokens", detail)
        return Cause("use_max_tokens", detail)
    if "max_tokens" in low and re.search(r"not supported|instead|unsupported", low):
        return Cause("use_max_completion_tokens", detail)
    if "encoding_format" in low or "encoding format" in low or "base64" in low:
        return Cause("encoding_format", detail)
    if "dimensions" in low and re.search(r"not support|unsupported|extra|invalid", low):
        return Cause("dimensions", detail)
    if re.search(r"tool call arguments|parse tool call|expecting (value|',' delimiter|property)|"
                 r"unterminated string|invalid tool call", low):
        return Cause("history_arguments", detail)
    if _CONTEXT_TOO_LONG.search(text) or getattr(exc, "code", None) == "context_length_exceeded" \
            or "exceed_context_size" in low:
        match = _CONTEXT_LIMIT.search(text)
        limit = next((int(g) for g in match.groups() if g), None) if match else None
        return Cause("context", detail, limit=limit)
    if status == 501 and "embeddings" in low:
        return Cause("encoding_format", detail) if "format" in low else None
    return None


def retryable(exc: Exception) -> bool:
    """Worth another attempt: connection trouble, 429/5xx without a recognised deterministic
    cause, and errors inside a 200 stream that say the server is busy or failed."""
    import openai

    from gcode.llm_stream import StreamFault

    if isinstance(exc, openai.APIConnectionError):  # includes timeouts and dropped streams
        return True
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429 and "insufficient_quota" in error_text(exc):
            return False
        if diagnose(exc) is not None:  # e.g. llama.cpp's 500 "tools param requires --jinja"
            return False
        return exc.status_code in RETRY_STATUS or exc.status_code >= 500
    if isinstance(exc, (openai.APIError, StreamFault)):  # an error event in a 200 stream
        body = getattr(exc, "body", None)
        code = str(body.get("code", "")) if isinstance(body, dict) else ""
        kind = str(body.get("type", "")) if isinstance(body, dict) else ""
        if diagnose(exc) is not None:
            return False
        if code.isdigit():
            return int(code) in RETRY_STATUS or int(code) >= 500
        if re.search(r"invalid_request|badrequest|not_found|authentication|permission", kind,
                     re.IGNORECASE):
            return False
        return bool(re.search(r"server|unavailable|internal|overload|timeout", f"{kind} {code}",
                              re.IGNORECASE)) or bool(_TRANSIENT.search(str(exc))) or not kind
    return False


def retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    if response is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = response.headers.get(name)
        try:
            if value:
                return max(0.0, float(value) * scale)
        except ValueError:
            continue
    return None


def _duration(seconds: float) -> str:
    """A wait as people say it: "90 s", "12 min", "2.5 h"."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def reason(exc: Exception) -> str:
    """Why an attempt failed, for the "retrying in 2s" line."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "the model server timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "the connection to the model server failed"
    status = getattr(exc, "status_code", None)
    if status == 429:
        return "the model server is rate-limiting (HTTP 429)"
    if status is None and getattr(exc, "body", 1) is None:  # gcode's own StreamFault
        return str(exc)
    if status is None:
        return f"the model server reported an error mid-answer: {server_message(exc, 120)}"
    return f"the model server answered HTTP {status}"


def friendly(exc: Exception, *, url: str, model: str, timeout: float, key_given: bool,
             attempts: int = 1) -> GcodeError:
    """One clear line for an SDK exception, always with the server's own reason."""
    import openai

    msg = server_message(exc)
    tried = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(exc, openai.APITimeoutError):
        return GcodeError(f"the model server at {url} did not answer within {timeout:g}s{tried}",
                          hint="a slow local model may need a larger [model] timeout")
    if isinstance(exc, openai.APIConnectionError):
        hint = ("is the server running? check OPENAI_BASE_URL" if url != OPENAI_URL
                else "check your network connection")
        return GcodeError(f"cannot reach the model server at {url}{tried}", hint=hint)
    cause = diagnose(exc)
    if cause is not None and cause.kind == "context":
        return GcodeError(f"the conversation is too long for model {model} ({msg})",
                          hint="start a new session, or ask for smaller steps "
                               "(e.g. read files by line range)")
    if isinstance(exc, openai.AuthenticationError):
        hint = "check OPENAI_API_KEY" if key_given else \
            "this server needs an API key: set OPENAI_API_KEY"
        return GcodeError(f"the model server at {url} rejected the API key (HTTP 401): {msg}",
                          hint=hint)
    if isinstance(exc, openai.PermissionDeniedError):
        return GcodeError(f"the model server at {url} denied access (HTTP 403): {msg}")
    if isinstance(exc, openai.NotFoundError):
        return GcodeError(f"model '{model}' not found at {url} (HTTP 404: {msg})",
                          hint="check GCODE_MODEL (for Ollama, `ollama pull` it first) and "
                               "that OPENAI_BASE_URL ends with /v1 (Azure: the deployment "
                               "name and [model] api_version)")
    if isinstance(exc, openai.RateLimitError):
        if "insufficient_quota" in error_text(exc):
            return GcodeError(f"the API account has no quota left (HTTP 429): {msg}",
                              hint="check your plan and billing with the provider")
        after = retry_after(exc)
        wait = f"it asks to wait {_duration(after)}" if after and after > 60 else \
            "wait a minute"
        still = "still " if tried else ""
        return GcodeError(f"the model server at {url} is {still}rate-limiting{tried} "
                          f"(HTTP 429): {msg}", hint=f"{wait} and try again")
    if isinstance(exc, openai.APIStatusError):
        hint = cause.hint if cause is not None else ""
        return GcodeError(f"the model server at {url} answered HTTP {exc.status_code}"
                          f"{tried}: {msg}", hint=hint)
    return GcodeError(f"the model server at {url} reported an error{tried}: {msg}")
