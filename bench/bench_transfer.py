"""How long moving the demo shop from SQLite to a new PostgreSQL database takes.

    DESK_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test \\
        .venv/bin/python bench/bench_transfer.py [--clients N] [--years N] [--runs N]

The demo shop (3,000 clients over 3 years by default) is generated once into a SQLite file
in a temporary folder (not timed); each run then copies it with ``transfer`` into a fresh
database created on the server and dropped afterwards. The timing includes what the person
waits for in the dialog: migrating the empty database, the copy, the check and the commit.
Prints seconds and rows per second per run, the median, and the slowest tables' share of
the time. Target (ours): the default shop in under 60 s, so the dialog is a coffee break.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desk_app.services import demo
from desk_app.store import schema
from desk_app.store.database import Database
from desk_app.store.transfer import Step, TransferReport, transfer

PG_URL_VARIABLE = "DESK_TEST_PG_URL"
TARGET_SECONDS = 60.0


@contextmanager
def demo_source(size: demo.DemoSize) -> Iterator[Database]:
    with tempfile.TemporaryDirectory(prefix="bench-transfer-") as folder:
        db = Database.open(Path(folder) / "desk.sqlite3")
        try:
            schema.upgrade(db)
            started = time.perf_counter()
            demo.generate_demo(db, size, tz=UTC)
            print(f"demo shop generated in {time.perf_counter() - started:.1f} s (not timed)")
            yield db
        finally:
            db.dispose()


@contextmanager
def new_postgres_database(admin_url: str) -> Iterator[Database]:
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    name = f"bench_transfer_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database.open(url.set(database=name).render_as_string(hide_password=False))
        try:
            yield db
        finally:
            db.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class StepClock:
    """Seconds spent on each table, on migrating and on checking, from the progress calls:
    a table's batch is reported when done, a ``Step`` when it begins."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = ""
        self._since = time.perf_counter()

    def __call__(self, _done: int, _total: int, step: str) -> None:
        now = time.perf_counter()
        key = self._last if self._last in (Step.PREPARING, Step.CHECKING) else str(step)
        self.seconds[key] = self.seconds.get(key, 0.0) + now - self._since
        self._last, self._since = str(step), now

    def finish(self) -> None:
        self(0, 0, "")


def run_once(source: Database, admin_url: str, run: int) -> tuple[TransferReport, StepClock]:
    with new_postgres_database(admin_url) as target:
        clock = StepClock()
        report = transfer(source, target, progress=clock)
        clock.finish()
    print(
        f"  run {run}: {report.seconds:.2f} s, {report.rows / report.seconds:,.0f} rows/s",
        flush=True,
    )
    return report, clock


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=demo.DemoSize().clients)
    parser.add_argument("--years", type=int, default=demo.DemoSize().years)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    admin_url = os.environ.get(PG_URL_VARIABLE)
    if not admin_url:
        print(f"{PG_URL_VARIABLE} is not set: no PostgreSQL server to copy to")
        return 2
    size = demo.DemoSize(clients=args.clients, years=args.years)
    print(f"demo shop of {size.clients} clients over {size.years} years, {args.runs} runs")
    with demo_source(size) as source:
        results = [run_once(source, admin_url, run) for run in range(1, args.runs + 1)]
    reports = [report for report, _clock in results]
    times = [report.seconds for report in reports]
    rows = reports[0].rows
    median = statistics.median(times)
    print(
        f"median {median:.2f} s, slowest {max(times):.2f} s; {rows:,} rows in "
        f"{reports[0].tables} tables, {rows / median:,.0f} rows/s"
    )
    steps = results[-1][1].seconds
    steps.pop("", None)
    busiest = sorted(steps.items(), key=lambda item: -item[1])[:6]
    names = {Step.PREPARING.value: "migrating", Step.CHECKING.value: "checking"}
    print(
        "  last run's time by step: "
        + ", ".join(f"{names.get(step, step)} {seconds:.1f} s" for step, seconds in busiest)
    )
    if max(times) > TARGET_SECONDS:
        print(f"SLOWER than the {TARGET_SECONDS:.0f} s target")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
