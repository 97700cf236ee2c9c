"""What a model server says about itself: its models and, where it tells, the context window.

vLLM lists `max_model_len` in `/v1/models`; OpenRouter `context_length`; LM Studio
`max_context_length` under `/api/v0/models`; llama.cpp the training window in
`meta.n_ctx_train` and the served one in `/props`. OpenAI, Azure and Ollama say nothing
(then the configured window applies). Plain `urllib`: a probe must not wait for the SDK.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from gcode.endpoint import Endpoint


class ProbeError(Exception):
    """The server could not be asked (down, refused, not JSON); `status` if it answered."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def get_json(url: str, headers: dict[str, str], timeout: float) -> Any:
    request = urllib.request.Request(url, headers={"Accept": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as exc:
        raise ProbeError(f"HTTP {exc.code}", exc.code) from None
    except (urllib.error.URLError, OSError) as exc:
        raise ProbeError(f"cannot connect ({getattr(exc, 'reason', exc)})") from None
    except ValueError:
        raise ProbeError("the answer is not JSON", 200) from None


def _url(endpoint: Endpoint, base: str, path: str) -> str:
    query = endpoint.query()
    return f"{base}{path}" + (f"?{urlencode(query)}" if query else "")


def list_models(endpoint: Endpoint, timeout: float) -> list[dict[str, Any]]:
    """The entries of `GET /models` (raises ProbeError)."""
    data = get_json(_url(endpoint, endpoint.models_base, "/models"), endpoint.auth_headers(),
                    timeout)
    entries = data.get("data") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise ProbeError("the answer has no model list", 200)
    return [e for e in entries if isinstance(e, dict)]


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
        else None


def window_of(entry: dict[str, Any]) -> tuple[int | None, str]:
    """(window, where it came from) in one `/models` entry."""
    for key in ("max_model_len", "context_length", "max_context_length", "context_window"):
        if (found := _int(entry.get(key))) is not None:
            return found, key
    top = entry.get("top_provider")
    if isinstance(top, dict) and (found := _int(top.get("context_length"))) is not None:
        return found, "top_provider.context_length"
    meta = entry.get("meta")
    if isinstance(meta, dict) and (found := _int(meta.get("n_ctx_train"))) is not None:
        return found, "meta.n_ctx_train"
    return None, ""


def _root(base_url: str) -> str:
    parts = urlsplit(base_url)
    path = parts.path[:-3] if parts.path.endswith("/v1") else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def probe_window(endpoint: Endpoint, model: str, timeout: float) -> tuple[int | None, str]:
    """The served context window of `model`, if the server tells: (tokens, source).
    Raises ProbeError when the server cannot be reached at all."""
    entries = list_models(endpoint, timeout)
    entry = next((e for e in entries if e.get("id") == model), None)
    if entry is None and len(entries) == 1:
        entry = entries[0]  # llama.cpp and vLLM serve one model, whatever it is called
    found, source = window_of(entry) if entry is not None else (None, "")
    root = _root(endpoint.base_url)
    if source == "meta.n_ctx_train":  # llama.cpp: what the slots really got
        try:
            props = get_json(f"{root}/props", endpoint.auth_headers(), timeout)
            served = _int(((props or {}).get("default_generation_settings") or {}).get("n_ctx"))
            if served is not None:
                return served, "/props n_ctx"
        except ProbeError:
            pass
    lmstudio = entry is not None and entry.get("owned_by") == "organization_owner"
    if found is None and lmstudio:
        try:  # LM Studio keeps it in its own listing
            data = get_json(f"{root}/api/v0/models", endpoint.auth_headers(), timeout)
            for e in (data.get("data") if isinstance(data, dict) else None) or []:
                if isinstance(e, dict) and e.get("id") == model:
                    found, source = window_of(e)
        except ProbeError:
            pass
    return found, source
