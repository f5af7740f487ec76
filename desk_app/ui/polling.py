"""A poll that survives a database that stops answering: say so once, then try every
``RETRY_MS`` instead of every poll, and say when it works again.

A poll runs on the GUI thread because each look is cheap; what could make it slow is a
database that does not answer, so one failure slows the timer instead of freezing the window
every interval. ``ui.live_updates`` (the shop's fingerprint) and ``ui.requests.arrivals``
(requests that just arrived) poll this way; each words its own trouble message.

A poll that ``follow``s a change feed (``ui.change_signal``) looks at once when the feed
says one of its ``watched_tables`` changed, and while the feed is live it polls only every
``fallback_ms``: the slow poll is the safety net for a notice that never came.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from desk_app.errors import DeskError
from desk_app.store.errors import RETRYABLE_ERRORS
from desk_app.ui.area import AreaContext
from desk_app.ui.change_signal import ChangeFeed
from desk_app.ui.errors import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_MS = 15000
"""How often to try again while the database does not answer."""
FALLBACK_MS = 10_000
"""How often to poll anyway while a change feed is live."""


class RetryingPoll(QObject):
    """Calls ``poll`` every ``interval_ms``; each look goes through ``attempt``."""

    sig_trouble = Signal(str)
    """Looking failed (str: the translated reason); sent once, then retried every
    ``RETRY_MS`` until ``sig_recovered``."""

    sig_recovered = Signal()
    """Looking works again after ``sig_trouble``."""

    what = "polling"
    """What stops and works again, for the log."""

    watched_tables: frozenset[str] = frozenset()
    """The tables whose change makes a look worth it at once (see ``follow``)."""

    def __init__(
        self,
        context: AreaContext,
        interval_ms: int,
        parent: QObject | None,
        *,
        fallback_ms: int = FALLBACK_MS,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.interval_ms = interval_ms
        self.fallback_ms = fallback_ms
        self.feed: ChangeFeed | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._troubled = False

    def follow(self, feed: ChangeFeed) -> None:
        """Look at once when ``feed`` says a watched table changed (or cannot say which);
        while it is live, poll only every ``fallback_ms``; when it is in trouble, poll
        every ``interval_ms`` again."""
        self.feed = feed
        feed.sig_changed.connect(self._feed_changed)
        feed.sig_trouble.connect(self._retime)
        feed.sig_recovered.connect(self._retime)
        self._retime()

    def current_interval(self) -> int:
        """How long to wait between looks now."""
        if self._troubled:
            return max(self.interval_ms, RETRY_MS)
        if self.feed is not None and self.feed.is_live():
            return max(self.interval_ms, self.fallback_ms)
        return self.interval_ms

    def _retime(self, *_args: object) -> None:
        self.timer.setInterval(self.current_interval())

    def _feed_changed(self, tables: frozenset[str]) -> None:
        if self.is_running() and (not tables or tables & self.watched_tables):
            self.poll()

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
            self._retime()
            log.info("%s works again", self.what)
            self.sig_recovered.emit()
        return found

    def failed(self, error: DeskError | SQLAlchemyError) -> None:
        self.timer.setInterval(max(self.interval_ms, RETRY_MS))
        if not self._troubled:
            self._troubled = True
            log.warning("%s paused: %s", self.what, error)
            # a lost database is said the watcher's way ("live updates paused…, trying
            # again"); another refusal (a permission, say) in its own words
            known = isinstance(error, DeskError) and not isinstance(error, RETRYABLE_ERRORS)
            self.sig_trouble.emit(error_text(error) if known else self.unanswered_text())

    def unanswered_text(self) -> str:
        """The message while the database does not answer (translated by the subclass)."""
        raise NotImplementedError
