"""Long work off the GUI thread: progress, cancel, and the result or error back on the GUI.

A ``BackgroundTask`` runs one plain function in a ``QThread``. The function gets two
callables: ``report(done, total, stage)`` and ``is_cancelled()``; it must open its own
database session (the services do), since a session is never shared across threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

Report = Callable[[int, int, Any], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Report, IsCancelled], Any]


class _Runner(QThread):
    sig_progress = Signal(int, int, object)
    sig_done = Signal(object, object)

    def __init__(self, work: Work, cancel_flag: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel_flag = cancel_flag

    def run(self) -> None:
        try:
            result = self._work(self.sig_progress.emit, self._cancel_flag.is_set)
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            log.debug("background task failed", exc_info=True)
            self.sig_done.emit(None, error)
        else:
            self.sig_done.emit(result, None)


class BackgroundTask(QObject):
    """One piece of long work; connect the signals, then ``start()``."""

    sig_progress = Signal(int, int, object)
    """Progress (int: steps done, int: steps in all, object: what is being done now)."""

    sig_finished = Signal(object)
    """The work finished (object: what the function returned)."""

    sig_failed = Signal(object)
    """The work raised (object: the exception)."""

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel_flag = threading.Event()
        self._runner = _Runner(work, self._cancel_flag)
        self._runner.sig_progress.connect(self.sig_progress)
        self._runner.sig_done.connect(self._deliver)

    def start(self) -> None:
        self._runner.start()

    def cancel(self) -> None:
        self._cancel_flag.set()

    def is_running(self) -> bool:
        return self._runner.isRunning()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._runner.wait(milliseconds)

    def _deliver(self, result: object, error: object) -> None:
        self._runner.wait()
        if error is not None:
            self.sig_failed.emit(error)
        else:
            self.sig_finished.emit(result)


class LatestOnly(QObject):
    """Asks that overtake each other (a search as the user types) answered off the GUI
    thread, one at a time: of the asks made while one runs only the last one runs next,
    and only the answer to the last ask is delivered. The GUI thread never waits for the
    database, however far away it is.

    Each ask is a ``key`` saying what was asked and a function that opens its own session.
    """

    sig_answered = Signal(object, object)
    """The last ask was answered (object: its key, object: what the function returned)."""

    sig_failed = Signal(object, object)
    """The last ask raised (object: its key, object: the exception)."""

    _sig_done = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: object = None
        self._next: tuple[object, Callable[[], Any]] | None = None
        self._busy = False
        self._thread_idle = threading.Event()
        self._thread_idle.set()
        self._sig_done.connect(self._deliver)

    def ask(self, key: object, work: Callable[[], Any]) -> None:
        self._latest = key
        if not self._busy:
            self._start(key, work)
        else:
            self._next = (key, work)

    def cancel(self) -> None:
        """Deliver nothing of what was asked so far (the caller answered it another way)."""
        self._latest = _NOTHING
        self._next = None

    def wait(self, seconds: float = 30.0) -> bool:
        """Block until no function runs (for closing windows); the answer is delivered
        when the GUI thread next handles its events."""
        return self._thread_idle.wait(seconds)

    def is_busy(self) -> bool:
        """An ask is not answered yet."""
        return self._busy

    def _start(self, key: object, work: Callable[[], Any]) -> None:
        self._busy = True
        self._thread_idle.clear()
        _POOL.submit(self._run, key, work)

    def _run(self, key: object, work: Callable[[], Any]) -> None:
        result: Any = None
        error: Exception | None = None
        try:
            result = work()
        except Exception as raised:  # delivered to the GUI thread, which decides what to show
            log.debug("background ask failed", exc_info=True)
            error = raised
        try:
            self._sig_done.emit(key, result, error)
        except RuntimeError:  # the window that asked is gone
            pass
        finally:
            self._thread_idle.set()

    def _deliver(self, key: object, result: object, error: object) -> None:
        self._busy = False
        if self._next is not None:
            self._start(*self._next)
            self._next = None
            return
        if key is not self._latest:
            return
        if error is not None:
            self.sig_failed.emit(key, error)
        else:
            self.sig_answered.emit(key, result)


_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="latest-only")
"""Threads kept waiting: starting one per ask would cost the GUI thread a few ms."""

_NOTHING = object()
"""A key no ask has: what ``LatestOnly`` waits for after ``cancel``."""
