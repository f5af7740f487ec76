"""A poll that survives a database that stops answering: say so once, then try every
``RETRY_MS`` instead of every poll, and say when it works again.

A poll runs on the GUI thread because each look is cheap; what could make it slow is a
database that does not answer, so one failure slows the timer instead of freezing the window
every interval. ``ui.live_updates`` (the shop's fingerprint) and ``ui.requests.arrivals``
(requests that just arrived) poll this way; each words its own trouble message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from desk_app.errors import DeskError
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_MS = 15000
"""How often to try again while the database does not answer."""


class RetryingPoll(QObject):
    """Calls ``poll`` every ``interval_ms``; each look goes through ``attempt``."""

    sig_trouble = Signal(str)
    """Looking failed (str: the translated reason); sent once, then retried every
    ``RETRY_MS`` until ``sig_recovered``."""

    sig_recovered = Signal()
    """Looking works again after ``sig_trouble``."""

    what = "polling"
    """What stops and works again, for the log."""

    def __init__(self, context: AreaContext, interval_ms: int, parent: QObject | None) -> None:
        super().__init__(parent)
        self.context = context
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._troubled = False

    def poll(self) -> None:
        """Look once; the subclass says what for."""
        raise NotImplementedError

    def stop(self) -> None:
        self.timer.stop()

    def is_running(self) -> bool:
        return self.timer.isActive()

    def attempt(self, look: Callable[[], T]) -> T | None:
        """Run one look; on a database failure say so once, poll slower, and return None;
        after a failure, the first look that works says so (``sig_recovered``)."""
        try:
            found = look()
        except (DeskError, SQLAlchemyError) as error:
            self.failed(error)
            return None
        if self._troubled:
            self._troubled = False
            self.timer.setInterval(self.interval_ms)
            log.info("%s works again", self.what)
            self.sig_recovered.emit()
        return found

    def failed(self, error: DeskError | SQLAlchemyError) -> None:
        self.timer.setInterval(max(self.interval_ms, RETRY_MS))
        if not self._troubled:
            self._troubled = True
            log.warning("%s paused: %s", self.what, error)
            self.sig_trouble.emit(
                error_text(error) if isinstance(error, DeskError) else self.unanswered_text()
            )

    def unanswered_text(self) -> str:
        """The message while the database does not answer (translated by the subclass)."""
        raise NotImplementedError
