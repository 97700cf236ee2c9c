"""The keyboard while a chat turn runs: Ctrl-C and Esc interrupt it, typed-ahead text waits.

During a turn the terminal does not echo (a `^C` would break the live answer's layout).
`TurnKeys` also takes it out of line mode, so a lone Esc can be seen the moment it is
pressed: a watcher thread reads the keys and turns a lone Esc (not the start of an arrow
key's escape sequence, which arrives at once) into the same SIGINT as Ctrl-C, so a turn
stops the same way whichever key was used. Other printable keys are kept and handed to the
next prompt; before a question (an approval) they are dropped, so they cannot answer it.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

ESC = 0x1B
ESC_WAIT = 0.05  # seconds: the rest of an escape sequence arrives well within this


def interrupt_once() -> Callable[[], None]:
    """Make the first SIGINT raise KeyboardInterrupt and ignore the rest; returns `restore`.

    Only the main thread may set signal handlers; elsewhere (tests) nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.getsignal(signal.SIGINT)

    def handler(signum: int, frame: Any) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)

    def restore() -> None:
        signal.signal(signal.SIGINT, previous)

    return restore


def quiet_tty() -> Callable[[], None]:
    """Stop the terminal echoing keys while a turn runs; returns `restore`. Ctrl-C still
    interrupts, and typed-ahead text waits for the next prompt."""
    try:
        import termios

        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
    except (ImportError, OSError, ValueError, AttributeError):
        return lambda: None
    quiet = list(saved)
    quiet[3] &= ~(termios.ECHO | getattr(termios, "ECHOCTL", 0))
    try:
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
    except (OSError, termios.error):
        return lambda: None

    def restore() -> None:
        try:
            termios.tcsetattr(fd, termios.TCSANOW, saved)
        except (OSError, termios.error):
            pass

    return restore


def decode_keys(data: bytes, more: Callable[[], bytes]) -> tuple[str, int]:
    """(printable text, lone Esc presses) in `data`; `more()` returns what arrives within
    ESC_WAIT after a trailing Esc (b"" if nothing: then it was a lone Esc)."""
    text = bytearray()
    escs = 0
    i = 0
    while i < len(data):
        byte = data[i]
        if byte != ESC:
            if byte >= 0x20 and byte != 0x7F:
                text.append(byte)
            i += 1
            continue
        if i + 1 == len(data):
            data += more()
            if i + 1 == len(data):
                escs += 1
                break
        nxt = data[i + 1]
        if nxt in (ord("["), ord("O")):  # CSI / SS3: skip to the final byte
            j = i + 2
            while j < len(data) and not 0x40 <= data[j] <= 0x7E:
                j += 1
            i = j + 1
        elif nxt == ESC:  # Esc Esc: the first was pressed alone
            escs += 1
            i += 1
        else:  # Alt-key
            i += 2
    return text.decode("utf-8", "ignore"), escs


class TurnKeys:
    """Keys during a turn on a real terminal (see the module doc). `start()`, `pause()`
    around a question, `resume()`, and `stop()`, which returns the typed-ahead text."""

    def __init__(self, fd: int | None = None,
                 interrupt: Callable[[], None] | None = None) -> None:
        self.fd = sys.stdin.fileno() if fd is None else fd
        self.interrupt = interrupt or (lambda: os.kill(os.getpid(), signal.SIGINT))
        self.typeahead = ""
        self._saved: list[Any] | None = None
        self._thread: threading.Thread | None = None
        self._wake: tuple[int, int] | None = None

    def start(self) -> bool:
        """Quiet, keys one at a time, the watcher running; False where that cannot be had."""
        try:
            import termios

            self._saved = termios.tcgetattr(self.fd)
            mode = list(self._saved)
            mode[3] &= ~(termios.ECHO | getattr(termios, "ECHOCTL", 0) | termios.ICANON)
            mode[3] |= termios.ISIG  # Ctrl-C stays a signal
            mode[6] = list(mode[6])
            mode[6][termios.VMIN] = 1
            mode[6][termios.VTIME] = 0
            termios.tcsetattr(self.fd, termios.TCSANOW, mode)
        except (ImportError, OSError, ValueError, AttributeError):
            self._saved = None
            return False
        except Exception:  # noqa: BLE001 - termios.error: not a terminal after all
            self._saved = None
            return False
        self._wake = os.pipe()
        self._thread = threading.Thread(target=self._watch, name="gcode-keys", daemon=True)
        self._thread.start()
        return True

    def _stop_thread(self) -> None:
        if self._thread is not None and self._wake is not None:
            os.write(self._wake[1], b"x")
            self._thread.join(2)
            for end in self._wake:
                os.close(end)
        self._thread, self._wake = None, None

    def _restore(self) -> None:
        if self._saved is None:
            return
        try:
            import termios

            termios.tcsetattr(self.fd, termios.TCSANOW, self._saved)
        except Exception:  # noqa: BLE001 - the terminal went away
            pass

    def pause(self) -> None:
        """Before a question: the terminal back as it was, typed-ahead keys dropped."""
        self._stop_thread()
        self._restore()
        self.typeahead = ""

    def resume(self) -> None:
        if self._saved is not None and self._thread is None:
            self.start()

    def stop(self) -> str:
        self._stop_thread()
        self._restore()
        self._saved = None
        text, self.typeahead = self.typeahead, ""
        return text

    def _more(self) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], ESC_WAIT)
        return os.read(self.fd, 64) if ready else b""

    def _watch(self) -> None:
        assert self._wake is not None
        wake = self._wake[0]
        while True:
            try:
                ready, _, _ = select.select([self.fd, wake], [], [])
                if wake in ready:
                    return
                data = os.read(self.fd, 1024)
            except (OSError, ValueError):
                return
            if not data:
                return
            text, escs = decode_keys(data, self._more)
            self.typeahead += text
            if escs:
                self.interrupt()


@contextmanager
def paused(keys: TurnKeys | None) -> Iterator[None]:
    """Around a question asked during a turn: the keys are the question's meanwhile."""
    if keys is None:
        yield
        return
    keys.pause()
    try:
        yield
    finally:
        keys.resume()
