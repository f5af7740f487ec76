"""Hearing that a request has just arrived for my department, without a sound.

The parts clerk works at the counter; a request filed at reception must reach his screen
within seconds, not when he next presses "reload". Every ``POLL_MS`` the watch asks for
the highest request id addressed to his departments (one indexed aggregate); only when it
moved does it fetch the new rows. As in ``ui.live_updates``, a database that stops
answering is said once, then retried every ``RETRY_MS`` instead of every poll.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from desk_app.errors import DeskError
from desk_app.services import requests
from desk_app.services.requests import RequestRow
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")

POLL_MS = 2000
RETRY_MS = 15000
"""How often to try again while the database does not answer."""


class RequestArrivals(QObject):
    """Polls for requests newly addressed to the person's departments."""

    sig_new_requests = Signal(list)
    """Requests that arrived since the last look (list of ``RequestRow``, oldest first);
    never empty, never the person's own."""

    sig_trouble = Signal(str)
    """Looking failed (str: the translated reason); sent once until it works again."""

    sig_recovered = Signal()

    def __init__(
        self, context: AreaContext, interval_ms: int = POLL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.seen_id: int | None = None
        """The newest id already known; None until a first look succeeded."""
        self._troubled = False

    def start(self) -> None:
        """Take what is there now as known (nothing is announced for it), then poll."""
        self.seen_id = self._attempt(self._newest)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def is_running(self) -> bool:
        return self.timer.isActive()

    def poll(self) -> None:
        """Look once; send ``sig_new_requests`` if anything arrived since the last look."""
        if self.seen_id is None:  # no baseline yet (the database was away at the start)
            self.seen_id = self._attempt(self._newest)
            return
        newest = self._attempt(self._newest)
        if newest is None or newest <= self.seen_id:
            return
        rows = self._attempt(lambda: self._since(self.seen_id or 0))
        if rows is None:
            return
        self.seen_id = newest
        if rows:
            self.sig_new_requests.emit(rows)

    def _newest(self) -> int:
        return requests.newest_incoming_id(self.context.db, self.context.actor)

    def _since(self, after_id: int) -> list[RequestRow]:
        return requests.incoming_since(self.context.db, self.context.actor, after_id)

    def _attempt(self, look: Callable[[], T]) -> T | None:
        """Run one look; on a database failure say so once, poll slower, return None."""
        try:
            found = look()
        except (DeskError, SQLAlchemyError) as error:
            self.timer.setInterval(max(self.interval_ms, RETRY_MS))
            if not self._troubled:
                self._troubled = True
                log.warning("request arrivals paused: %s", error)
                self.sig_trouble.emit(self._describe(error))
            return None
        if self._troubled:
            self._troubled = False
            self.timer.setInterval(self.interval_ms)
            log.info("request arrivals work again")
            self.sig_recovered.emit()
        return found

    def _describe(self, error: BaseException) -> str:
        if isinstance(error, DeskError):
            return error_text(error)
        return self.tr(
            "New requests are not checked: the database does not answer. Trying again every "
            "{seconds} seconds."
        ).format(seconds=RETRY_MS // 1000)
