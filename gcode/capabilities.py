"""What each model server turned out to accept, kept in the database (the `kv` table).

The model client learns from errors (this server refuses `stream_options`, that model
refuses the system role, this embedder returns 1536 dimensions) and records it per
endpoint and model under `cap:<base_url>:<model>`, so the fallback costs one failing
request per machine, ever, not one per process. The client only sees the small
`CapabilityStore` protocol (gcode.endpoint); this is its database implementation.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from gcode.db import open_db
from gcode.endpoint import MemoryCapabilities


class DbCapabilities:
    """Capability records in the database. Each read and write uses a short connection of
    its own: the client may learn from the background learning thread while the command's
    own connection is busy, and these are rare (once per server and model)."""

    def __init__(self, path: Path, busy_timeout_ms: int = 10000) -> None:
        self.path = Path(path)
        self.busy_timeout_ms = busy_timeout_ms
        self._cache: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> dict[str, Any]:
        with self._lock:
            if key not in self._cache:
                db = open_db(self.path, self.busy_timeout_ms)
                try:
                    raw = db.get_meta(key)
                finally:
                    db.close()
                try:
                    value = json.loads(raw) if raw else {}
                except ValueError:
                    value = {}
                self._cache[key] = value if isinstance(value, dict) else {}
            return dict(self._cache[key])

    def set(self, key: str, record: dict[str, Any]) -> None:
        with self._lock:
            self._cache[key] = dict(record)
        value = json.dumps(record, sort_keys=True)
        try:  # usually free; but the client may learn while this process holds the write lock
            self._write(key, value, 0)
        except Exception:  # noqa: BLE001 - busy: write once the lock is released
            worker = threading.Thread(target=self._write_later, args=(key, value),
                                      name="gcode-capabilities", daemon=False)
            worker.start()

    def _write(self, key: str, value: str, busy_timeout_ms: int) -> None:
        db = open_db(self.path, busy_timeout_ms)
        try:
            db.set_meta(key, value)
        finally:
            db.close()

    def _write_later(self, key: str, value: str) -> None:
        try:
            self._write(key, value, self.busy_timeout_ms)
        except Exception:  # noqa: BLE001 - not kept: learned again (one request) next time
            pass


def capability_store(path: Path, busy_timeout_ms: int = 10000
                     ) -> DbCapabilities | MemoryCapabilities:
    """The store for a database path (an in-memory database keeps them in memory)."""
    if str(path) == ":memory:":
        return MemoryCapabilities()
    return DbCapabilities(path, busy_timeout_ms)
