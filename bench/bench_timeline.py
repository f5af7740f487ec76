"""The shop's timeline with a busy week: from asking to seeing; target p95 < 100 ms to the
first paint of a week of ~500 open orders.

    .venv/bin/python bench/bench_timeline.py [--orders N] [--runs N] [--no-freeze]

Fills a fresh SQLite file with ``--orders`` open orders spread over one week (8 bays,
10 mechanics, one or two mechanics per order, a few late, a few with no promised time,
~30 bookings), sets the clock to the Wednesday of that week, and times (offscreen):

- the service: ``load_timeline`` for the week, by bay and by mechanic, and for one day;
- the widget: ``refresh`` (load, lay out, build the scenes) until the chart, the axis and
  the lane names are painted (``repaint``), and a new ``ShopTimelineWidget`` from its
  constructor to that first paint;
- scrolling: 50 steps of the horizontal scroll bar across the week, each repainted, and
  20 steps down through the lanes.

Prints median and p95 in milliseconds with the size of the data; exits 1 when the first
paint's p95 is over the target.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from bench.bench_search import percentile
from bench.search_data import CardFile
from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    Bay,
    Client,
    ClientKind,
    LabourLine,
    Role,
    Vehicle,
    WorkOrder,
)
from desk_app.services.permissions import Actor
from desk_app.services.shop_timeline import LaneKind, load_timeline
from desk_app.services.staff import create_staff_row
from desk_app.services.work_orders import OPEN_STATUSES
from desk_app.store import schema
from desk_app.store.database import Database
from desk_app.ui.area import AreaContext
from desk_app.ui.timeline.gantt_scale import Span
from desk_app.ui.timeline.gantt_view import ShopTimelineWidget

WEEK_START = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)
"""Monday 08:00 in Moscow, where the shop of the figures stands."""
NOW = WEEK_START + timedelta(days=2, hours=4)
TARGET_MS = 100.0
BAYS = 8
MECHANICS = 10
WORKS = ("Замена масла", "Диагностика", "Замена колодок", "ТО-2", "Развал-схождение")


# -- data ------------------------------------------------------------------------------------


def fill(db: Database, orders: int, seed: int = 11) -> None:
    """A busy week: orders start in shop hours and last from two hours to three days."""
    rng = random.Random(seed)
    card = CardFile(seed)
    with db.transaction() as session:
        boss = create_staff_row(session, "Bench Manager", frozenset({Role.MANAGER}), "bench1")
        mechanics = [
            create_staff_row(
                session, f"{card.male[i]} Механик", frozenset({Role.MECHANIC}), "bench1"
            )
            for i in range(MECHANICS)
        ]
        bays = [Bay(name=f"Пост {n}", active=True) for n in range(1, BAYS + 1)]
        session.add_all(bays)
        session.flush()
        for number in range(orders):
            client = Client(
                kind=ClientKind.PERSON,
                last_name=rng.choice(card.male),
                first_name="Иван",
                created_at=WEEK_START,
            )
            make, model = rng.choices(card.models, card.weights)[0]
            car = Vehicle(
                owner=client, make=make, model=model.name, plate=card.plate(), created_at=WEEK_START
            )
            accepted = WEEK_START + timedelta(days=rng.randrange(7), hours=rng.uniform(-12, 11))
            length = timedelta(hours=rng.choice((2, 3, 4, 6, 8, 24, 30, 48, 72)))
            promised = None if rng.random() < 0.05 else accepted + length
            crew = rng.sample(mechanics, rng.choice((1, 1, 1, 2)))
            session.add(
                WorkOrder(
                    number=f"26-{number + 1:06d}",
                    client=client,
                    vehicle=car,
                    status=rng.choice(OPEN_STATUSES),
                    accepted_at=accepted,
                    accepted_by_id=boss.id,
                    bay_id=rng.choice(bays).id if rng.random() < 0.85 else None,
                    promised_at=promised,
                    labour_lines=[
                        LabourLine(position=i, name=rng.choice(WORKS), mechanic_id=m.id)
                        for i, m in enumerate(crew, start=1)
                    ],
                )
            )
            if number % 16 == 0:
                session.add(
                    Appointment(
                        client=client,
                        starts_at=WEEK_START
                        + timedelta(days=rng.randrange(7), hours=rng.randrange(10)),
                        duration_minutes=60,
                        reason="ТО",
                        status=AppointmentStatus.BOOKED,
                        booked_by_id=boss.id,
                        created_at=WEEK_START,
                    )
                )


# -- measuring -------------------------------------------------------------------------------


class FullCollections:
    """Python's full collections (generation 2): each stops everything for as long as the
    whole heap takes to walk, whichever code happens to be running."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append((time.perf_counter() - self._started) * 1000)


FULL_GC = FullCollections()


def summary(values: list[float], gc_hits: int = 0) -> str:
    hits = f", {gc_hits} with a full GC" if gc_hits else ""
    return (
        f"median {statistics.median(values):7.2f}  p95 {percentile(values, 0.95):7.2f}  "
        f"max {max(values):7.2f} ms  ({len(values)} runs{hits})"
    )


def timed(action: Callable[[], object], runs: int) -> tuple[list[float], int]:
    """The times of ``runs`` calls, and how many of them a full collection fell into."""
    times, hits = [], 0
    for _ in range(runs):
        collections = len(FULL_GC.pauses)
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
        hits += len(FULL_GC.pauses) > collections
    return times, hits


def paint(widget: ShopTimelineWidget) -> None:
    """Paint now what the screen would show next: the chart, its axis and its lane names."""
    for view in (widget.view, widget.view.axis, widget.view.lanes):
        view.viewport().repaint()


def new_widget(context: AreaContext, kind: LaneKind) -> ShopTimelineWidget:
    widget = ShopTimelineWidget(context)
    widget.resize(1400, 800)
    widget.show()
    QApplication.processEvents()  # shown on the screen: a repaint now really paints
    widget.set_mode(kind, Span.WEEK)
    paint(widget)
    return widget


def report(label: str, action: Callable[[], object], runs: int) -> list[float]:
    times, hits = timed(action, runs)
    print(f"  {label:<22} {summary(times, hits)}", flush=True)
    return times


def measure(db: Database, actor: Actor, runs: int) -> list[float]:
    """Prints every figure; returns the refresh-to-paint times of the week (the target's)."""
    context = AreaContext(db, actor)
    start = WEEK_START - timedelta(hours=5)  # local midnight, where the widget's week starts
    for kind in LaneKind:
        shown = load_timeline(db, actor, kind, start, start + timedelta(days=7))
        print(
            f"  week by {kind}: {len(shown.lanes)} lanes, {len(shown.bars)} bars, "
            f"{len(shown.appointments)} appointments"
        )
    views = (
        ("week, by bay", LaneKind.BAY, Span.WEEK),
        ("week, by mechanic", LaneKind.MECHANIC, Span.WEEK),
        ("day, by bay", LaneKind.BAY, Span.DAY),
    )
    print("service load_timeline")
    for label, kind, span in views:
        until = start + timedelta(days=7 if span is Span.WEEK else 1)
        report(
            label, lambda kind=kind, until=until: load_timeline(db, actor, kind, start, until), runs
        )

    print("widget refresh -> painted")
    target: list[float] = []
    widget = new_widget(context, LaneKind.BAY)
    for label, kind, span in views:
        widget.set_mode(kind, span)
        times = report(label, lambda: (widget.refresh(), paint(widget)), runs)
        if span is Span.WEEK:
            target += times

    print("new widget -> first paint")
    times, hits = [], 0
    for _ in range(max(runs // 2, 5)):
        collections = len(FULL_GC.pauses)
        started = time.perf_counter()
        made = new_widget(context, LaneKind.BAY)
        times.append((time.perf_counter() - started) * 1000)
        hits += len(FULL_GC.pauses) > collections
        made.close()
        made.deleteLater()
        QApplication.processEvents()
    print(f"  {'week, by bay':<22} {summary(times, hits)}")

    print("scrolling, each step repainted")
    widget.set_mode(LaneKind.BAY, Span.WEEK)
    across = widget.view.horizontalScrollBar()
    steps = [round(across.maximum() * i / 49) for i in range(50)]
    report("across the week", lambda: (across.setValue(steps.pop()), paint(widget)), 50)
    down = widget.view.verticalScrollBar()
    rows = [round(down.maximum() * i / 19) for i in range(20)]
    report("down the lanes", lambda: (down.setValue(rows.pop()), paint(widget)), 20)
    widget.close()
    return target


def _quiet_offscreen(kind: QtMsgType, _context: object, message: str) -> None:
    """The offscreen platform's "does not support propagateSizeHints" is no finding."""
    if "does not support" not in message:
        print(message, file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=500)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--no-freeze",
        dest="freeze",
        action="store_false",
        help="leave out the gc.freeze() that the app makes after start-up (desk_app/app.py)",
    )
    args = parser.parse_args()
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([])
    clock.set_source(lambda: NOW)
    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as folder:
        db = Database.open(Path(folder) / "timeline.sqlite3")
        try:
            started = time.perf_counter()
            schema.upgrade(db)
            fill(db, args.orders)
            print(
                f"SQLite, {args.orders} open orders in one week "
                f"(made in {time.perf_counter() - started:.1f} s)"
            )
            if args.freeze:
                gc.collect()
                gc.freeze()
            actor = Actor(id=1, full_name="Bench Manager", roles=frozenset({Role.MANAGER}))
            target = measure(db, actor, args.runs)
        finally:
            db.dispose()
    del app
    pauses = FULL_GC.pauses
    if pauses:
        print(
            f"\nfull GC: {len(pauses)} collections, median {statistics.median(pauses):.0f} ms, "
            f"max {max(pauses):.0f} ms (the start-up heap is frozen out of them, as in the app)"
        )
    p95 = percentile(target, 0.95)
    verdict = "within" if p95 < TARGET_MS else "OVER"
    print(f"\nweek refresh -> painted: p95 {p95:.1f} ms, {verdict} the {TARGET_MS:.0f} ms target")
    return 0 if p95 < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
