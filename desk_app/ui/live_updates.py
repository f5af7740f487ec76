"""Hearing what other desks changed: a cheap poll of the shop's fingerprint.

Every second the watcher asks ``shop_timeline.shop_stamp`` (two indexed aggregates, well
under a millisecond on the demo shop) and says so when it moved; the board, the timeline
and "My work" refresh on that. Reception also hears of each car that passed the quality
check, to call its owner. The poll runs on the GUI thread because it is that cheap: a
worker thread would need its own session and buy nothing. What could make it slow is a
database that stopped answering, so a failure slows the poll to ``RETRY_MS`` and says so
once, instead of freezing the window every second.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.services import shop_timeline, workshop
from desk_app.services.workshop import ReadyCar
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")

POLL_MS = 1000
RETRY_MS = 15000
"""How often to try again while the database does not answer."""
READY_OVERLAP = timedelta(minutes=2)
"""How far back each look for ready cars reaches before the last one seen: another desk's
clock may lag behind, and a car it readied must not slip between two looks. The cars seen
in the overlap are remembered, so none is announced twice."""


class ShopWatcher(QObject):
    """Polls the shop's fingerprint and tells the open screens when something moved."""

    sig_shop_changed = Signal()
    """Some open order or appointment changed (here or at another desk): reload what you show."""

    sig_cars_ready = Signal(list)
    """Cars that just passed the quality check (list of ``ReadyCar``, oldest first); only
    for those who hand cars over (reception), empty lists are never sent."""

    sig_trouble = Signal(str)
    """Polling failed (str: the translated reason); sent once, then retried every
    ``RETRY_MS`` until ``sig_recovered``."""

    sig_recovered = Signal()
    """Polling works again after ``sig_trouble`` (a ``sig_shop_changed`` follows)."""

    def __init__(
        self, context: AreaContext, interval_ms: int = POLL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._stamp: tuple[int, ...] | None = None
        self._ready_since = clock.now()
        self._ready_seen: set[tuple[int, datetime]] = set()
        self._troubled = False

    def start(self) -> None:
        """Take the shop as it is now as the baseline, then poll; nothing is sent for it."""
        self._ready_since = clock.now() - READY_OVERLAP
        self._ready_seen = set()
        self._stamp = None
        self.timer.setInterval(self.interval_ms)
        if self._attempt(self._baseline):
            self._recovered()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def is_running(self) -> bool:
        return self.timer.isActive()

    def poll(self) -> None:
        """Look once; send ``sig_shop_changed`` (and any new ready cars) if the shop moved."""
        cars: list[ReadyCar] = []
        changed = self._attempt(lambda: self._look(cars))
        if changed is None:
            return
        self._recovered()
        if changed:
            self.sig_shop_changed.emit()
        if cars:
            self.sig_cars_ready.emit(cars)

    # -- looking --------------------------------------------------------------------------

    def _baseline(self) -> bool:
        self._stamp = shop_timeline.shop_stamp(self.context.db)
        self._ready_cars()
        return True

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

    def _attempt(self, look: Callable[[], T]) -> T | None:
        """Run one look; on a database failure say so once, poll slower, and return None."""
        try:
            return look()
        except (DeskError, SQLAlchemyError) as error:
            self._stamp = None  # whatever we knew is stale: the first good look reloads all
            self.timer.setInterval(max(self.interval_ms, RETRY_MS))
            if not self._troubled:
                self._troubled = True
                log.warning("live updates stopped: %s", error)
                self.sig_trouble.emit(self._describe(error))
            return None

    def _recovered(self) -> None:
        if self._troubled:
            self._troubled = False
            self.timer.setInterval(self.interval_ms)
            log.info("live updates work again")
            self.sig_recovered.emit()

    def _describe(self, error: BaseException) -> str:
        if isinstance(error, DeskError):
            return error_text(error)
        return self.tr(
            "Live updates paused: the database does not answer. Trying again every "
            "{seconds} seconds."
        ).format(seconds=RETRY_MS // 1000)
