"""Where a model server is and how to talk to it, shared by the chat client and the embedder.

An OpenAI-compatible server is more than a base URL: Azure wants `?api-version=` on every
request and its key in an `api-key` header; a base URL pasted from Azure's portal carries
that query string, which must not be glued in front of `/chat/completions`. What a server
turned out to accept (the capability record) is kept per endpoint and model through a
`CapabilityStore`, so each fallback costs one failing request per machine, not per process.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

OPENAI_URL = "https://api.openai.com/v1"
PLACEHOLDER_KEY = "gcode-no-key"  # local servers want *a* key, any key

_DEPLOYMENT = re.compile(r"/openai/deployments/([^/?#]+)")


# -- what a server turned out to accept -------------------------------------------------------


class CapabilityStore(Protocol):
    """Where capability records live: a small dict per key (the database, or memory)."""

    def get(self, key: str) -> dict[str, Any]: ...

    def set(self, key: str, record: dict[str, Any]) -> None: ...


class MemoryCapabilities:
    """Records for this process only (tests, and code that has no database)."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> dict[str, Any]:
        with self._lock:
            return dict(self.records.get(key, {}))

    def set(self, key: str, record: dict[str, Any]) -> None:
        with self._lock:
            self.records[key] = dict(record)


def capability_key(base_url: str, model: str) -> str:
    return f"cap:{base_url}:{model}"


class Capabilities:
    """One endpoint+model's record: read once, written through on every change."""

    def __init__(self, store: CapabilityStore | None, key: str) -> None:
        self.store: CapabilityStore = store or MemoryCapabilities()
        self.key = key
        self._record: dict[str, Any] | None = None
        self._lock = threading.Lock()

    @property
    def record(self) -> dict[str, Any]:
        if self._record is None:
            try:
                self._record = self.store.get(self.key)
            except Exception:  # noqa: BLE001 - a broken record is only a forgotten lesson
                self._record = {}
        return self._record

    def get(self, name: str, default: Any = None) -> Any:
        return self.record.get(name, default)

    def learn(self, **values: Any) -> None:
        with self._lock:
            if all(self.record.get(k) == v for k, v in values.items()):
                return
            self.record.update(values)
            try:
                self.store.set(self.key, dict(self.record))
            except Exception:  # noqa: BLE001 - not saved: learned again next time
                pass


# -- the endpoint -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    """A server's base URL (no query string), its API version and how the key is sent."""

    base_url: str
    api_key: str = ""
    api_version: str = ""
    key_header: str = ""  # "" = `Authorization: Bearer KEY`; Azure classic: "api-key"

    @classmethod
    def parse(cls, base_url: str, api_key: str = "", api_version: str = "",
              key_header: str = "") -> Endpoint:
        """`https://r.openai.azure.com/openai/deployments/gpt4o?api-version=2024-10-21`
        becomes the deployment URL plus an api_version (a configured one wins)."""
        url = (base_url or OPENAI_URL).strip()
        try:
            parts = urlsplit(url)
        except ValueError:  # not a URL at all: the client reports it
            return cls(url, api_key, api_version, key_header)
        query = dict(parse_qsl(parts.query))
        version = api_version or query.get("api-version", "")
        query.pop("api-version", None)
        rest = urlencode(query)
        url = urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), rest, ""))
        if not key_header and version and _DEPLOYMENT.search(parts.path):
            key_header = "api-key"  # Azure's classic deployment URLs authenticate this way
        return cls(url, api_key, version, key_header)

    @property
    def deployment(self) -> str | None:
        """The Azure deployment named in the URL, if any."""
        match = _DEPLOYMENT.search(_part(self.base_url, "path"))
        return match.group(1) if match else None

    def for_model(self, model: str) -> Endpoint:
        """Azure with an api_version but only the resource URL: `/openai/deployments/MODEL`."""
        path = _part(self.base_url, "path")
        if self.api_version and not self.deployment and path in ("", "/", "/openai"):
            root = self.base_url[: len(self.base_url) - len(path)] if path else self.base_url
            ep = replace(self, base_url=f"{root}/openai/deployments/{model}")
            return ep if ep.key_header else replace(ep, key_header="api-key")
        return self

    def for_deployment(self, name: str) -> Endpoint:
        """The same resource, another deployment (Azure: embeddings have their own)."""
        if self.deployment is None or self.deployment == name:
            return self
        return replace(self, base_url=_DEPLOYMENT.sub(f"/openai/deployments/{name}",
                                                      self.base_url, count=1))

    @property
    def is_openai(self) -> bool:
        return _part(self.base_url, "hostname") == "api.openai.com"

    @property
    def is_azure(self) -> bool:
        host = _part(self.base_url, "hostname")
        return host.endswith((".openai.azure.com", ".cognitiveservices.azure.com")) or \
            bool(self.api_version) or self.deployment is not None

    @property
    def models_base(self) -> str:
        """Where `/models` lives: an Azure deployment's resource, else the base URL."""
        if self.deployment is not None:
            return _DEPLOYMENT.split(self.base_url, maxsplit=1)[0] + "/openai"
        return self.base_url

    def auth_headers(self) -> dict[str, str]:
        """Headers for a plain HTTP request (probes that do not go through the SDK)."""
        key = self.api_key or PLACEHOLDER_KEY
        if self.key_header:
            return {self.key_header: key}
        return {"Authorization": f"Bearer {key}"}

    def query(self) -> dict[str, str]:
        return {"api-version": self.api_version} if self.api_version else {}

    def client(self, timeout: float, max_retries: int = 0) -> Any:
        """An `openai.OpenAI` client for this endpoint (our own retries: max_retries=0)."""
        import openai

        headers = {self.key_header: self.api_key or PLACEHOLDER_KEY} if self.key_header else None
        return openai.OpenAI(base_url=self.base_url, api_key=self.api_key or PLACEHOLDER_KEY,
                             timeout=timeout, max_retries=max_retries,
                             default_headers=headers, default_query=self.query() or None)

    def request_options(self) -> dict[str, Any]:
        """Per-request options: with a key header, no `Authorization: Bearer` beside it."""
        if not self.key_header:
            return {}
        from openai._types import Omit

        return {"extra_headers": {"Authorization": Omit()}}


def _part(url: str, name: str) -> str:
    try:
        return str(getattr(urlsplit(url), name) or "")
    except ValueError:
        return ""


# -- what the server said ---------------------------------------------------------------------


def _message_of(body: Any, depth: int = 0) -> str:
    """The human text in an error body, whatever its envelope: `{"error": {"message"}}`,
    vLLM's old flat form, LM Studio's `{"error": "text"}`, Gemini's list, Mistral's
    message-as-object, pydantic's `detail` list."""
    if depth > 5 or body is None:
        return ""
    if isinstance(body, str):
        return body
    if isinstance(body, list):
        return "; ".join(m for m in (_message_of(b, depth + 1) for b in body[:3]) if m)
    if isinstance(body, Mapping):
        if isinstance(body.get("msg"), str):
            loc = body.get("loc")
            where = ".".join(str(p) for p in loc) if isinstance(loc, list) else ""
            return f"{body['msg']} ({where})" if where else str(body["msg"])
        for key in ("message", "error", "detail"):
            found = _message_of(body.get(key), depth + 1)
            if found:
                return found
    return ""


def server_message(exc: Any, limit: int = 300) -> str:
    """The server's own reason for an SDK exception, on one line."""
    msg = _message_of(getattr(exc, "body", None))
    if not msg:
        msg = str(getattr(exc, "message", "") or exc)
        msg = re.sub(r"^Error code: \d+( - )?", "", msg)
    msg = " ".join(msg.split())
    return msg[:limit] + ("…" if len(msg) > limit else "")


def error_text(exc: Any) -> str:
    """Everything the error carries, for recognising its cause (message, body, code)."""
    body = getattr(exc, "body", None)
    try:
        dumped = json.dumps(body, ensure_ascii=False) if body is not None else ""
    except (TypeError, ValueError):
        dumped = str(body)
    return f"{getattr(exc, 'message', '')} {dumped} {getattr(exc, 'code', '') or ''}"
