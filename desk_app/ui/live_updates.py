"""Hearing what other desks changed: a cheap look at the shop's fingerprint.

With a change feed (``ui.change_signal``: PostgreSQL notices, SQLite's data version) the
watcher looks as soon as an order or a booking table changed, and polls only every
``FALLBACK_MS`` as a safety net; without one (or while the feed is in trouble), every
second the watcher asks ``shop_timeline.shop_stamp`` (two indexed aggregates, well
under a millisecond on the demo shop) and says so when it moved; the board, the timeline
and "My work" refresh on that. Reception also hears of each car that passed the quality
check, to call its owner. The poll runs on the GUI thread because it is that cheap: a
worker thread would need its own session and buy nothing. What could make it slow is a
database that stopped answering, so a failure slows the poll to ``RETRY_MS`` and says so
once, instead of freezing the window every second (``ui.polling``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.services import shop_timeline, workshop
from desk_app.services.workshop import ReadyCar
from desk_app.ui.area import AreaContext
from desk_app.ui.change_signal import ChangeFeed
from desk_app.ui.polling import FALLBACK_MS, RETRY_MS, RetryingPoll

POLL_MS = 1000
READY_OVERLAP = timedelta(minutes=2)
"""How far back each look for ready cars reaches before the last one seen: another desk's
clock may lag behind, and a car it readied must not slip between two looks. The cars seen
in the overlap are remembered, so none is announced twice."""


class ShopWatcher(RetryingPoll):
    """Polls the shop's fingerprint and tells the open screens when something moved; after
    ``sig_recovered`` (from ``RetryingPoll``), a ``sig_shop_changed`` follows."""

    sig_shop_changed = Signal()
    """Some open order or appointment changed (here or at another desk): reload what you show."""

    sig_cars_ready = Signal(list)
    """Cars that just passed the quality check (list of ``ReadyCar``, oldest first); only
    for those who hand cars over (reception), empty lists are never sent."""

    what = "live updates"
    watched_tables = frozenset({"work_orders", "status_changes", "quality_checks", "appointments"})
    """What the fingerprint and the ready cars are read from."""

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
        self._stamp: tuple[int, ...] | None = None
        self._ready_since = clock.now()
        self._ready_seen: set[tuple[int, datetime]] = set()
        if feed is not None:
            self.follow(feed)

    def start(self) -> None:
        """Take the shop as it is now as the baseline, then poll; nothing is sent for it."""
        self._ready_since = clock.now() - READY_OVERLAP
        self._ready_seen = set()
        self._stamp = None
        self.timer.setInterval(self.current_interval())
        self.attempt(self._baseline)
        self.timer.start()

    def poll(self) -> None:
        """Look once; send ``sig_shop_changed`` (and any new ready cars) if the shop moved."""
        cars: list[ReadyCar] = []
        changed = self.attempt(lambda: self._look(cars))
        if changed is None:
            return
        if changed:
            self.sig_shop_changed.emit()
        if cars:
            self.sig_cars_ready.emit(cars)

    # -- looking --------------------------------------------------------------------------

    def _baseline(self) -> None:
        self._stamp = shop_timeline.shop_stamp(self.context.db)
        self._ready_cars()

    def _look(self, cars: list[ReadyCar]) -> bool:
        stamp = shop_timeline.shop_stamp(self.context.db)
        if stamp == self._stamp:
            return False
        cars.extend(self._ready_cars())
        self._stamp = stamp
        return True

    def _ready_cars(self) -> list[ReadyCar]:
        """The ready cars not seen before; the window moves on with the newest one seen."""
        found = workshop.cars_ready_since(self.context.db, self.context.actor, self._ready_since)
        keys = {(car.order_id, car.ready_at) for car in found}
        fresh = [car for car in found if (car.order_id, car.ready_at) not in self._ready_seen]
        if found:
            newest = max(car.ready_at for car in found)
            self._ready_since = max(self._ready_since, newest - READY_OVERLAP)
            keys = {key for key in keys if key[1] > self._ready_since}
        self._ready_seen = keys
        return fresh

    # -- trouble --------------------------------------------------------------------------

    def failed(self, error: DeskError | SQLAlchemyError) -> None:
        self._stamp = None  # whatever we knew is stale: the first good look reloads all
        super().failed(error)

    def unanswered_text(self) -> str:
        return self.tr(
            "Live updates paused: the database does not answer. Trying again every "
            "{seconds} seconds."
        ).format(seconds=RETRY_MS // 1000)
