"""How long the demo shop takes to generate: target well under 30 s at the default size.

    .venv/bin/python bench/bench_demo.py [--clients N] [--years N] [--runs N]

Each run fills a fresh SQLite file in a temporary folder and, when DESK_TEST_PG_URL names a
PostgreSQL server, a fresh database created on it and dropped afterwards. Only
``generate_demo`` is timed (not the migrations). Prints the median and p90 seconds per
engine and the size of the data.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from desk_app.models import Base
from desk_app.services import demo
from desk_app.store import schema
from desk_app.store.database import Database

PG_URL_VARIABLE = "DESK_TEST_PG_URL"
TARGET_SECONDS = 30.0


@contextmanager
def sqlite_database() -> Iterator[Database]:
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as folder:
        db = Database.open(Path(folder) / "demo.sqlite3")
        try:
            schema.upgrade(db)
            yield db
        finally:
            db.dispose()


@contextmanager
def postgres_database(admin_url: str) -> Iterator[Database]:
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    name = f"bench_demo_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database.open(url.set(database=name).render_as_string(hide_password=False))
        try:
            schema.upgrade(db)
            yield db
        finally:
            db.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def row_counts(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def p90(values: list[float]) -> float:
    """Nearest-rank 90th percentile: with three runs, the slowest."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def bench(
    engine: str, open_db: Callable[[], object], size: demo.DemoSize, runs: int
) -> list[float]:
    times: list[float] = []
    counts: dict[str, int] = {}
    for run in range(1, runs + 1):
        with open_db() as db:  # type: ignore[attr-defined]
            started = time.perf_counter()
            demo.generate_demo(db, size, seed=2026 + run)
            times.append(time.perf_counter() - started)
            counts = counts or row_counts(db)
        print(f"  {engine} run {run}: {times[-1]:.2f} s", flush=True)
    total_rows = sum(counts.values())
    print(
        f"{engine}: median {statistics.median(times):.2f} s, p90 {p90(times):.2f} s "
        f"over {runs} runs; {total_rows:,} rows"
    )
    print("  " + ", ".join(f"{name} {count:,}" for name, count in counts.items() if count))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=demo.DemoSize().clients)
    parser.add_argument("--years", type=int, default=demo.DemoSize().years)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    size = demo.DemoSize(clients=args.clients, years=args.years)
    print(f"demo shop of {size.clients} clients over {size.years} years, {args.runs} runs")
    results = {"sqlite": bench("sqlite", sqlite_database, size, args.runs)}
    pg_url = os.environ.get(PG_URL_VARIABLE)
    if pg_url:
        results["postgresql"] = bench(
            "postgresql", lambda: postgres_database(pg_url), size, args.runs
        )
    else:
        print(f"postgresql: skipped ({PG_URL_VARIABLE} is not set)")
    slow = [engine for engine, times in results.items() if p90(times) > TARGET_SECONDS]
    if slow:
        print(f"SLOWER than the {TARGET_SECONDS:.0f} s target: {', '.join(slow)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
