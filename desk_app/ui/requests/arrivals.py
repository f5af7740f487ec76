"""Hearing that a request has just arrived for my department, without a sound.

The parts clerk works at the counter; a request filed at reception must reach his screen
within seconds, not when he next presses "reload". Every ``POLL_MS`` the watch asks for
the highest request id addressed to his departments (one indexed aggregate); only when it
moved does it fetch the new rows. When the main window hands it the change feed
(``follow``), it looks as soon as a request table changed and polls only as a safety net
(``FALLBACK_MS``). A database that stops answering is said once, then
retried every ``RETRY_MS`` instead of every poll (``ui.polling``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.services import requests
from desk_app.services.requests import RequestRow
from desk_app.ui.area import AreaContext
from desk_app.ui.change_signal import ChangeFeed
from desk_app.ui.polling import FALLBACK_MS, RETRY_MS, RetryingPoll

POLL_MS = 2000


class RequestArrivals(RetryingPoll):
    """Polls for requests newly addressed to the person's departments."""

    sig_new_requests = Signal(list)
    """Requests that arrived since the last look (list of ``RequestRow``, oldest first);
    never empty, never the person's own."""

    what = "request arrivals"
    watched_tables = frozenset({"internal_requests"})

    def __init__(
        self,
        context: AreaContext,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
        *,
        feed: ChangeFeed | None = None,
        fallback_ms: int = FALLBACK_MS,
    ) -> None:
        super().__init__(context, interval_ms, parent, fallback_ms=fallback_ms)
        self.seen_id: int | None = None
        """The newest id already known; None until a first look succeeded."""
        if feed is not None:
            self.follow(feed)

    def start(self) -> None:
        """Take what is there now as known (nothing is announced for it), then poll."""
        self.seen_id = self.attempt(self._newest)
        self.timer.start()

    def poll(self) -> None:
        """Look once; send ``sig_new_requests`` if anything arrived since the last look."""
        if self.seen_id is None:  # no baseline yet (the database was away at the start)
            self.seen_id = self.attempt(self._newest)
            return
        newest = self.attempt(self._newest)
        if newest is None or newest <= self.seen_id:
            return
        rows = self.attempt(lambda: self._since(self.seen_id or 0))
        if rows is None:
            return
        self.seen_id = newest
        if rows:
            self.sig_new_requests.emit(rows)

    def _newest(self) -> int:
        return requests.newest_incoming_id(self.context.db, self.context.actor)

    def _since(self, after_id: int) -> list[RequestRow]:
        return requests.incoming_since(self.context.db, self.context.actor, after_id)

    def unanswered_text(self) -> str:
        return self.tr(
            "New requests are not checked: the database does not answer. Trying again every "
            "{seconds} seconds."
        ).format(seconds=RETRY_MS // 1000)
