"""The learning machine's background worker: jobs run in order on a thread with a database
connection of its own, so the session never waits for learning and no connection is shared
across threads (SQLite connections are not)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from gcode.errors import GcodeError
from gcode.knowledge import KnowledgeBase

Job = Callable[[KnowledgeBase], Any]


class LearningWorker:
    """Runs jobs one after another in the background; `run` wraps each job (what the
    machine notes around it), `errors` collects what went wrong (learning never breaks the
    session)."""

    def __init__(self, kb: KnowledgeBase, busy_timeout_ms: int,
                 run: Callable[[Job, KnowledgeBase], None], errors: list[str]) -> None:
        self.kb, self.busy_timeout_ms, self.run, self.errors = kb, busy_timeout_ms, run, errors
        self._jobs: list[Job] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        """Queue `job`; a thread starts when none is running (it ends when the queue is empty)."""
        with self._lock:
            self._jobs.append(job)
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(target=self._work, name="gcode-learning",
                                            daemon=False)
            self._thread.start()

    def flush(self, timeout: float | None = None) -> None:
        """Wait for the jobs queued so far (and any queued meanwhile) to finish."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def now(self, job: Job) -> None:
        """Run `job` in this thread: on the machine's connection in the main thread, on one
        of its own elsewhere."""
        in_worker = threading.current_thread() is not threading.main_thread()
        if self._in_memory() or not in_worker:
            self.run(job, self.kb)
            return
        kb = self._own_kb()
        try:
            self.run(job, kb)
        finally:
            kb.db.close()

    def _in_memory(self) -> bool:
        return self.kb.db.path.name == ":memory:"

    def _own_kb(self) -> KnowledgeBase:
        from gcode.db import open_db

        return KnowledgeBase(open_db(self.kb.db.path, self.busy_timeout_ms), self.kb.embedder)

    def _work(self) -> None:
        kb: KnowledgeBase | None = None
        try:
            while True:
                with self._lock:
                    if not self._jobs:
                        self._thread = None
                        return
                    job = self._jobs.pop(0)
                try:
                    if kb is None:
                        kb = self.kb if self._in_memory() else self._own_kb()
                    self.run(job, kb)
                except GcodeError as exc:
                    self.errors.append(f"learning skipped: {exc.one_line()}")
                except Exception as exc:  # noqa: BLE001 - learning must never break the session
                    self.errors.append(f"learning failed: {type(exc).__name__}: {exc}")
        finally:
            if kb is not None and kb is not self.kb:
                kb.db.close()
