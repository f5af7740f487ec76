"""The internal service's scorecards on three years of a busy shop; target p95 < 150 ms.

    .venv/bin/python bench/bench_scorecards.py [--requests N] [--runs N] [--pg URL]

Fills a fresh SQLite file with ``--requests`` internal requests over three years (parts
55 %, finance 30 %, workshop 15 %; about half of the parts requests on a work order; a few
filed outside their window, answered late, unanswered, withdrawn; two in three rated, one
in twenty "not good") and one work order per three requests, promised, most ready on time
with their status changes. Then times, with the clock at the end of the three years:

- ``department_scorecard`` of the parts department for 30 days, 90 days and 12 months;
- ``scorecards_overview`` for 30 days and 12 months;
- ``weakest_link`` for 30 days and 12 months.

Prints median and p95 in milliseconds with the size of the data; with ``--pg URL`` (or
DESK_TEST_PG_URL set) the same on a PostgreSQL database created for the run and dropped
afterwards. Exits 1 when any p95 is over the target.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bench.bench_search import percentile, postgres
from desk_app import clock
from desk_app.models import (
    Client,
    ClientKind,
    Department,
    DepartmentKind,
    InternalRequest,
    RequestKind,
    RequestStatus,
    Role,
    StatusChange,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import scorecards, weakest_link
from desk_app.services.permissions import Actor
from desk_app.services.staff import create_staff_row
from desk_app.store import schema
from desk_app.store.database import Database

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
YEARS = 3
TZ = ZoneInfo("Europe/Moscow")
TARGET_MS = 150.0
PG_URL_VARIABLE = "DESK_TEST_PG_URL"
CHUNK = 5000
COMMENTS = ("Цену не назвали", "Ответили через два часа", "Запчасть не та", "Не дозвониться")
KINDS = {
    DepartmentKind.PARTS: (RequestKind.PARTS_AVAILABILITY, RequestKind.PARTS_RESERVE),
    DepartmentKind.FINANCE: (RequestKind.FINANCE_PREPAYMENT, RequestKind.FINANCE_DISCOUNT),
    DepartmentKind.WORKSHOP: (RequestKind.INFO_FIGURES,),
}


# -- data ------------------------------------------------------------------------------------


def fill(db: Database, requests: int, seed: int = 3) -> None:
    """Three years of requests and the orders they were about, written in bulk."""
    rng = random.Random(seed)
    start = NOW - timedelta(days=365 * YEARS)
    span = (NOW - start).total_seconds()
    with db.transaction() as session:
        boss = create_staff_row(session, "Bench Manager", frozenset({Role.MANAGER}), "bench1")
        desk = create_staff_row(session, "Смирнова Ольга", frozenset({Role.RECEPTIONIST}), "bench1")
        departments = dict(session.execute(select(Department.kind, Department.id)).all())
        clients = [
            Client(kind=ClientKind.PERSON, last_name=f"Клиент {n}", created_at=start)
            for n in range(500)
        ]
        cars = [Vehicle(owner=c, make="Lada", model="Vesta", created_at=start) for c in clients]
        session.add_all(cars)
        session.flush()
        orders, changes = [], []
        for number in range(requests // 3):
            accepted = start + timedelta(seconds=span * number / (requests // 3))
            promised = accepted + timedelta(hours=rng.choice((4, 8, 24, 48)))
            ready = promised + timedelta(hours=rng.uniform(-3, 1) if rng.random() < 0.9 else 9)
            done = ready < NOW
            car = rng.choice(cars)
            orders.append(
                {
                    "id": number + 1,
                    "number": f"B-{number + 1:07d}",
                    "client_id": car.owner_id,
                    "vehicle_id": car.id,
                    "status": WorkOrderStatus.HANDED_OVER if done else WorkOrderStatus.IN_PROGRESS,
                    "accepted_at": accepted,
                    "accepted_by_id": desk.id,
                    "promised_at": promised,
                    "closed_at": ready + timedelta(hours=2) if done else None,
                }
            )
            if done:
                changes.append(_change(number + 1, WorkOrderStatus.READY, ready, boss.id))
                changes.append(
                    _change(
                        number + 1, WorkOrderStatus.HANDED_OVER, ready + timedelta(hours=2), boss.id
                    )
                )
        _bulk(session, WorkOrder, orders)
        _bulk(session, StatusChange, changes)
        rows = []
        for number in range(requests):
            to = rng.choices(list(KINDS), (55, 30, 15))[0]
            created = start + timedelta(seconds=span * number / requests)
            rows.append(_request(rng, created, to, departments, desk.id, len(orders)))
        _bulk(session, InternalRequest, rows)


def _order_near(moment: datetime, orders: int) -> int:
    """The order accepted about when the request was filed (orders are evenly spread)."""
    share = (moment - (NOW - timedelta(days=365 * YEARS))) / (timedelta(days=365 * YEARS))
    return min(orders, max(1, int(share * orders) + 1))


def _change(order: int, status: WorkOrderStatus, moment: datetime, by: int) -> dict[str, object]:
    return {
        "work_order_id": order,
        "from_status": None,
        "to_status": status,
        "changed_at": moment,
        "changed_by_id": by,
        "comment": "",
    }


def _request(
    rng: random.Random,
    created: datetime,
    to: DepartmentKind,
    departments: dict[DepartmentKind, int],
    requester: int,
    orders: int,
) -> dict[str, object]:
    opens = created + timedelta(hours=rng.uniform(1, 60)) if rng.random() < 0.1 else created
    due = opens + timedelta(minutes=rng.choice((15, 30, 60, 240)))
    answered = opens + timedelta(minutes=rng.lognormvariate(3, 1))
    late = created > NOW - timedelta(days=2) and rng.random() < 0.3
    withdrawn = rng.random() < 0.02
    responded = None if late or withdrawn else answered
    rated = responded is not None and rng.random() < 0.66
    good = rng.random() > 0.05 if rated else None
    status = (
        RequestStatus.CANCELLED
        if withdrawn
        else RequestStatus.NEW
        if responded is None
        else RequestStatus.CLOSED
        if rated
        else RequestStatus.ANSWERED
    )
    on_order = to is DepartmentKind.PARTS and rng.random() < 0.5
    return {
        "from_department_id": departments[DepartmentKind.RECEPTION],
        "to_department_id": departments[to],
        "requester_id": requester,
        "kind": rng.choice(KINDS[to]),
        "work_order_id": _order_near(created, orders) if on_order else None,
        "text": "Колодки передние на Vesta, есть?",
        "created_at": created,
        "window_opens_at": opens,
        "due_at": due,
        "responded_at": responded,
        "status": status,
        "closed_at": responded + timedelta(hours=1) if rated and responded else None,
        "reject_reason": "",
        "rating_good": good,
        "rating_score": (rng.randint(4, 5) if good else rng.randint(1, 3)) if rated else None,
        "rating_comment": rng.choice(COMMENTS) if good is False else "",
        "version": 1,
    }


def _bulk(session: Session, model: type, rows: list[dict[str, object]]) -> None:
    for first in range(0, len(rows), CHUNK):
        session.execute(insert(model), rows[first : first + CHUNK])


def data_size(db: Database) -> str:
    with db.transaction() as session:
        requests = session.scalar(select(func.count()).select_from(InternalRequest))
        orders = session.scalar(select(func.count()).select_from(WorkOrder))
        changes = session.scalar(select(func.count()).select_from(StatusChange))
    return f"{requests:,} requests, {orders:,} work orders, {changes:,} status changes"


# -- measuring -------------------------------------------------------------------------------


def report(label: str, action: Callable[[], object], runs: int) -> float:
    """Prints the median and p95 of ``runs`` calls, and the median CPU time of this process
    (SQLite's work included; not PostgreSQL's), which tells a busy machine from slow code;
    returns the p95."""
    action()  # the first call warms the statement cache, as the page's first refresh does
    times, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    p95 = percentile(times, 0.95)
    print(
        f"  {label:<30} median {statistics.median(times):7.2f}  p95 {p95:7.2f} ms"
        f"  (CPU median {statistics.median(cpu):6.2f} ms)",
        flush=True,
    )
    return p95


def measure(db: Database, runs: int) -> float:
    """Prints every figure; returns the worst p95."""
    actor = Actor(id=1, full_name="Bench Manager", roles=frozenset({Role.MANAGER}))
    parts = DepartmentKind.PARTS
    worst = 0.0
    for days in (30, 90, 365):
        since = NOW - timedelta(days=days)
        card = scorecards.department_scorecard(db, actor, parts, since, NOW, TZ)
        print(
            f"  {days} days: parts received {card.volume:,}, answered {card.answered:,}, "
            f"{card.rated:,} rated, {len(card.trend)} weeks"
        )
        one = partial(scorecards.department_scorecard, db, actor, parts, since, NOW, TZ)
        worst = max(worst, report(f"department_scorecard {days} d", one, runs))
    for days in (30, 365):
        since = NOW - timedelta(days=days)
        every = partial(scorecards.scorecards_overview, db, actor, since, NOW, TZ)
        worst = max(worst, report(f"scorecards_overview {days} d", every, runs))
        links = weakest_link.weakest_link(db, actor, since, NOW, TZ)
        held = ", ".join(f"{row.department} {row.cars_held_up}" for row in links)
        print(f"  {days} days: cars held up by {held}")
        link = partial(weakest_link.weakest_link, db, actor, since, NOW, TZ)
        worst = max(worst, report(f"weakest_link {days} d", link, runs))
    return worst


def run(label: str, db: Database, runs: int) -> float:
    print(f"{label}: {data_size(db)}")
    return measure(db, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--pg", default=os.environ.get(PG_URL_VARIABLE), help="PostgreSQL URL")
    args = parser.parse_args()
    clock.set_source(lambda: NOW)
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="bench-scorecards-") as folder:
        db = Database.open(Path(folder) / "scorecards.sqlite3")
        try:
            started = time.perf_counter()
            schema.upgrade(db)
            fill(db, args.requests)
            print(f"built SQLite in {time.perf_counter() - started:.1f} s")
            worst = run("SQLite", db, args.runs)
        finally:
            db.dispose()
    if args.pg:
        with postgres(args.pg, lambda db: fill(db, args.requests)) as db:
            worst = max(worst, run("\nPostgreSQL", db, args.runs))
    else:
        print(f"\nPostgreSQL: skipped (no --pg and {PG_URL_VARIABLE} is not set)")
    verdict = "within" if worst < TARGET_MS else "OVER"
    print(f"\nworst p95 {worst:.1f} ms, {verdict} the {TARGET_MS:.0f} ms target")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
