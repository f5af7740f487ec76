"""Long work off the GUI thread: progress, cancel, and the result or error back on the GUI.

A ``BackgroundTask`` runs one plain function in a ``QThread``. The function gets two
callables: ``report(done, total, stage)`` and ``is_cancelled()``; it must open its own
database session (the services do), since a session is never shared across threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
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
