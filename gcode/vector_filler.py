"""Search vectors a slow embedder has not computed yet, filled by a thread of their own.

Not a job of the learning worker: `/context` and every exit wait for that worker, and a
backlog of 300 records is 10-40 s of e5. This thread embeds a batch at a time on its own
connection, stops after the batch running when told to, and is quiet when the embedder
fails (the session's searches say so once).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from gcode.embed import is_cheap
from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.knowledge import KnowledgeBase

BATCH = 4  # records (8-12 texts with e5): a turn's search waits one batch at most, ~0.3 s


class VectorFiller:
    def __init__(self, kb: KnowledgeBase, busy_timeout_ms: int) -> None:
        self.kb = kb
        self.busy_timeout_ms = busy_timeout_ms
        self.errors: list[str] = []
        self._thread: threading.Thread | None = None
        self._running = False

    def start(self) -> None:
        """Fill in the background (a no-op for a cheap embedder, or one already filling)."""
        if is_cheap(self.kb.embedder) or self.kb.db.path.name == ":memory:":
            return
        if self._thread is not None and self._thread.is_alive():
            return
        self._running = True
        self._thread = threading.Thread(target=self._fill, name="gcode-vectors", daemon=True)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._running

    def wait(self, timeout: float | None = None) -> None:
        """Wait until nothing is left to fill (or the embedder failed)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def stop(self, timeout: float | None = None) -> None:
        """Stop after the batch being embedded (wait for it up to `timeout` seconds)."""
        self._running = False
        self.wait(timeout)

    def _fill(self) -> None:
        from gcode.db import open_db
        from gcode.knowledge import KnowledgeBase

        try:
            db = open_db(self.kb.db.path, self.busy_timeout_ms)
        except GcodeError:
            return  # the session itself reports an unusable database
        try:
            KnowledgeBase(db, self.kb.embedder).fill_vectors(
                batch=BATCH, keep_going=lambda: self._running)
        except GcodeError:
            pass  # locked or refused now: the next session tries again
        except Exception as exc:  # noqa: BLE001 - filling must never break the session
            self.errors.append(f"search vectors not filled: {type(exc).__name__}: {exc}")
        finally:
            db.close()
