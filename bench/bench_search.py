"""Search as you type: from a keystroke to the results list updated; target p95 < 16 ms
(one frame) on 100,000 clients.

    .venv/bin/python bench/bench_search.py [--clients N] [--sequences N] [--rebuild]

Replays typing — a phone digit by digit in the ways people write it, a surname and a first
name letter by letter, a plate in Cyrillic or Latin, the tail of a VIN — and times every
keystroke twice: the service call (``find_for_intake``) and the widget path (the key
event into the intake search box, the search, the list model reset and the list placed;
offscreen). Prints median, p95 and p99 in milliseconds with the size of the data.

Databases: the demo shop (``generate_demo``) and a lean card file of ``--clients`` clients
(``search_data``), both SQLite files cached in /tmp/desk-bench-search (``--rebuild`` makes
them again); and, when DESK_TEST_PG_URL names a PostgreSQL server, the same two in a
database created for the run and dropped afterwards (filling 100,000 clients there takes
a few minutes: the trigram indexes are written at once, without GIN's fast update).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bench import search_data
from desk_app.models import Client, ClientPhone, Role, Vehicle
from desk_app.services import demo
from desk_app.services.client_search import find_for_intake
from desk_app.services.permissions import Actor
from desk_app.store import schema
from desk_app.store.database import Database
from desk_app.ui.intake.search_box import ClientSearchBox

PG_URL_VARIABLE = "DESK_TEST_PG_URL"
CACHE = Path("/tmp/desk-bench-search")
DATA_VERSION = 1
"""Bump when ``search_data`` changes, so cached files are made again."""
TARGET_MS = 16.0
DESK = Actor(id=0, full_name="Bench", roles=frozenset({Role.RECEPTIONIST}))


# -- typing ----------------------------------------------------------------------------------


def typings(db: Database, count: int, seed: int = 7) -> dict[str, list[str]]:
    """``count`` texts of each kind, as people type them, taken from real cards."""
    rng = random.Random(seed)
    with db.transaction() as session:
        phones = rng.sample(sorted(session.scalars(select(ClientPhone.number))), count)
        names = session.execute(
            select(Client.last_name, Client.first_name)
            .where(Client.last_name != "")
            .order_by(Client.id)
        ).all()
        people = rng.sample(names, count)
        cars = rng.sample(
            session.execute(select(Vehicle.plate, Vehicle.vin).order_by(Vehicle.id)).all(), count
        )

    def phone(number: str) -> str:
        d = number[2:]
        return rng.choice(
            [f"8 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}", f"+7 ({d[:3]}) {d[3:]}", d, "8" + d]
        )

    def latin(plate: str) -> str:
        return plate.lower().translate(str.maketrans("авекмнорстух", "abekmhopctyx"))

    return {
        "phone": [phone(number) for number in phones],
        "name": [f"{last} {first}" for last, first in people],
        "plate": [rng.choice([plate, latin(plate)]) for plate, _vin in cars],
        "vin tail": [(vin or "")[-8:] for _plate, vin in cars if vin],
    }


def keystrokes(typed: str) -> Iterator[tuple[str, str]]:
    """(the key, the text after it) for each key pressed while typing ``typed``."""
    for end in range(1, len(typed) + 1):
        yield typed[end - 1], typed[:end]


# -- measuring -------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):6.2f}  p95 {percentile(values, 0.95):6.2f}  "
        f"p99 {percentile(values, 0.99):6.2f}  max {max(values):7.2f} ms  ({len(values)} keys)"
    )


def time_service(db: Database, texts: list[str]) -> list[float]:
    times = []
    for typed in texts:
        for _key, so_far in keystrokes(typed):
            started = time.perf_counter()
            find_for_intake(db, DESK, so_far)
            times.append((time.perf_counter() - started) * 1000)
    return times


def time_widget(db: Database, texts: list[str]) -> list[float]:
    """Key event to the list model updated; the zero-delay timer's wait is left out."""
    window = QWidget()
    box = ClientSearchBox(db, DESK, window)
    QVBoxLayout(window).addWidget(box)
    window.resize(900, 700)
    window.show()
    times = []
    for typed in texts:
        box.clear()
        for key, _so_far in keystrokes(typed):
            started = time.perf_counter()
            if key.isascii():
                QTest.keyClick(box.line_edit, key)
            else:
                box.line_edit.insert(key)
            box.run_search()
            times.append((time.perf_counter() - started) * 1000)
    window.close()
    return times


def measure(label: str, db: Database, sequences: int) -> list[float]:
    """Prints the figures of one database; returns the widget times over all kinds."""
    print(f"\n{label}: {data_size(db)}", flush=True)
    texts = typings(db, sequences)
    time_service(db, [t for kind in texts.values() for t in kind[:2]])  # warm the caches
    everything: dict[str, list[float]] = {"service": [], "widget": []}
    for kind, typed in texts.items():
        for path, timer in (("service", time_service), ("widget", time_widget)):
            times = timer(db, typed)
            everything[path] += times
            print(f"  {kind:<9} {path:<8} {summary(times)}", flush=True)
    for path, times in everything.items():
        print(f"  {'all':<9} {path:<8} {summary(times)}")
    return everything["widget"]


def data_size(db: Database) -> str:
    with db.transaction() as session:
        count = {
            name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in (
                ("clients", Client),
                ("phones", ClientPhone),
                ("cars", Vehicle),
                ("search rows", text("client_search")),
            )
        }
    size = ""
    if db.is_sqlite:
        size = f", {Path(str(db.url.database)).stat().st_size / 2**20:.0f} MiB file"
    return ", ".join(f"{value:,} {name}" for name, value in count.items()) + size


# -- databases -------------------------------------------------------------------------------


def fill_lean(clients: int) -> Callable[[Database], None]:
    return lambda db: search_data.fill(db, clients)


def fill_demo(db: Database) -> None:
    demo.generate_demo(db)


def schema_stamp() -> str:
    """Changes whenever a migration does, so a cached file always has today's schema."""
    digest = hashlib.sha256()
    for path in sorted((schema.MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(path.read_bytes())
    return f"{schema.head_revision()}-{digest.hexdigest()[:8]}"


@contextmanager
def cached_sqlite(name: str, fill: Callable[[Database], None], rebuild: bool) -> Iterator[Database]:
    """A SQLite file made once and kept in /tmp for the next run."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}-v{DATA_VERSION}-{schema_stamp()}.sqlite3"
    if rebuild or not path.exists():
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        db = Database.open(building)
        started = time.perf_counter()
        schema.upgrade(db)
        fill(db)
        db.dispose()
        building.rename(path)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", flush=True)
    db = Database.open(path)
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def postgres(admin_url: str, fill: Callable[[Database], None]) -> Iterator[Database]:
    """A database of its own on the server, filled, and dropped after the run."""
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    name = f"bench_search_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database.open(url.set(database=name).render_as_string(hide_password=False))
        try:
            started = time.perf_counter()
            schema.upgrade(db)
            fill(db)
            with db.engine.connect() as connection:
                connection.execute(text("ANALYZE"))
            print(f"built PostgreSQL {name} in {time.perf_counter() - started:.1f} s")
            yield db
        finally:
            db.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--sequences", type=int, default=25, help="texts typed per kind")
    parser.add_argument("--rebuild", action="store_true", help="make the cached files again")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    lean = f"lean card file of {args.clients:,} clients"
    targets: dict[str, list[float]] = {}
    with cached_sqlite("demo", fill_demo, args.rebuild) as db:
        measure("SQLite, demo shop", db, args.sequences)
    with cached_sqlite(f"lean-{args.clients}", fill_lean(args.clients), args.rebuild) as db:
        targets["SQLite"] = measure(f"SQLite, {lean}", db, args.sequences)
    pg_url = os.environ.get(PG_URL_VARIABLE)
    if pg_url:
        with postgres(pg_url, fill_demo) as db:
            measure("PostgreSQL, demo shop", db, args.sequences)
        with postgres(pg_url, fill_lean(args.clients)) as db:
            targets["PostgreSQL"] = measure(f"PostgreSQL, {lean}", db, args.sequences)
    else:
        print(f"\nPostgreSQL: skipped ({PG_URL_VARIABLE} is not set)")
    del app
    print()
    slow = False
    for engine, times in targets.items():
        p95 = percentile(times, 0.95)
        verdict = "within" if p95 < TARGET_MS else "OVER"
        print(f"{engine}: widget p95 {p95:.2f} ms, {verdict} the {TARGET_MS:.0f} ms target")
        slow = slow or p95 >= TARGET_MS
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
