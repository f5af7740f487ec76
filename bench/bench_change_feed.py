"""The change feed: time from a commit at one desk to the Qt signal at another.

    .venv/bin/python bench/bench_change_feed.py [--commits N] [--pg URL] [--no-sqlite]

For each engine, one ``Database`` (the other desk) commits a one-row update of ``clients``
``--commits`` times; a ``ChangeFeed`` on a second ``Database`` over the same data runs on
this thread's Qt event loop, and each delay is taken from the end of the commit (the
writer's ``COMMIT`` returned) to ``sig_changed``. The next commit waits for the signal,
then a random pause of 120 ms and more, so the feed's fold of bursts (``MIN_GAP_MS``)
never holds a signal back; on SQLite the pause spreads over a whole poll interval, so the
commits fall at every phase of the poll.

- PostgreSQL: ``NOTIFY`` from migration 0009's triggers to the feed's listening thread,
  then a queued signal; a fresh database is made on the server of ``--pg`` (default:
  ``DESK_TEST_PG_URL``) and dropped after. Target: p95 < 100 ms.
- SQLite: ``PRAGMA data_version`` polled every ``SQLITE_POLL_MS`` (500 ms) in a
  temporary file, so the expected median is about half the interval. Target: p95 < 600 ms.

Prints median and p95 (and max, and any signal that never came) with the setup; exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.bench_search import percentile
from desk_app.store import schema
from desk_app.store.database import Database
from desk_app.ui.change_signal import SQLITE_POLL_MS, ChangeFeed
from tests.factories import make_client

TARGET_PG_MS = 100.0
TARGET_SQLITE_MS = 600.0
GIVE_UP_MS = 5000


def measure(
    reader: Database, writer: Database, commits: int, spread_s: float, seed: int = 8
) -> list[float]:
    """Delays in ms from each commit's end to the signal (``inf`` when it never came);
    after each signal a pause of 120 ms plus up to ``spread_s``."""
    rng = random.Random(seed)
    client_id = make_client(writer, "Кузнецов", "Игорь")
    feed = ChangeFeed(reader)
    heard: list[float] = []
    loop = QEventLoop()

    def signalled(_tables: frozenset[str]) -> None:
        heard.append(time.perf_counter())
        loop.quit()

    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.setInterval(GIVE_UP_MS)
    give_up.timeout.connect(loop.quit)
    feed.sig_changed.connect(signalled)
    feed.start()
    deadline = time.monotonic() + 5
    while not feed.is_listening() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    pause(0.3)  # the make_client above is not measured
    heard.clear()
    delays: list[float] = []
    for number in range(commits):
        with writer.transaction() as session:
            session.execute(
                text("UPDATE clients SET notes = :notes WHERE id = :id"),
                {"notes": f"заметка {number}", "id": client_id},
            )
        committed = time.perf_counter()
        heard.clear()
        give_up.start()
        loop.exec()
        give_up.stop()
        delays.append((heard[0] - committed) * 1000 if heard else float("inf"))
        pause(0.12 + rng.uniform(0, spread_s))
    feed.stop()
    return delays


def pause(seconds: float) -> None:
    """Let the event loop run (and late signals arrive) for ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def report(name: str, delays: list[float], target: float) -> bool:
    came = [d for d in delays if d != float("inf")]
    missed = len(delays) - len(came)
    if not came:
        print(f"{name:<34} no signal came ({missed} commits)")
        return False
    p95 = percentile(delays, 0.95)
    print(
        f"{name:<34} median {statistics.median(came):7.2f}  p95 {p95:7.2f}  "
        f"max {max(came):7.2f} ms  ({len(came)} signals, {missed} missed; target p95 < "
        f"{target:.0f} ms)"
    )
    return p95 <= target


def bench_sqlite(commits: int) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.sqlite3"
        writer = Database.open(path)
        schema.upgrade(writer)
        reader = Database.open(path)
        try:
            delays = measure(reader, writer, commits, SQLITE_POLL_MS / 1000)
        finally:
            reader.dispose()
            writer.dispose()
    return report(f"SQLite data_version ({SQLITE_POLL_MS} ms poll)", delays, TARGET_SQLITE_MS)


def bench_postgres(admin: str, commits: int) -> bool:
    admin_url = make_url(admin).set(drivername="postgresql+psycopg")
    name = f"desk_bench_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
        version = connection.scalar(text("SHOW server_version"))
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    try:
        writer = Database.open(url)
        schema.upgrade(writer)
        reader = Database.open(url)
        try:
            delays = measure(reader, writer, commits, 0.1)
        finally:
            reader.dispose()
            writer.dispose()
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
    where = f"{admin_url.host}:{admin_url.port or 5432}"
    return report(f"PostgreSQL {version} NOTIFY ({where})", delays, TARGET_PG_MS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=200)
    parser.add_argument("--pg", default=os.environ.get("DESK_TEST_PG_URL", ""))
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    QCoreApplication([])
    print(
        f"change feed: {args.commits} commits per engine, one-row UPDATE of clients; "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores"
    )
    ok = True
    if not args.no_sqlite:
        ok &= bench_sqlite(args.commits)
    if args.pg:
        ok &= bench_postgres(args.pg, args.commits)
    else:
        print("PostgreSQL: skipped (give --pg URL or set DESK_TEST_PG_URL)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
