"""Hearing that another connection changed the shop, cheaply and without Qt.

- PostgreSQL: migration 0009 makes every write to a watched table send
  ``pg_notify('desk_changes', <table>)`` (one notice per statement, and PostgreSQL folds
  equal notices of one transaction into one). ``PgListener`` holds its own connection
  (autocommit, ``LISTEN desk_changes``, TCP keep-alives so a vanished server is noticed)
  and hands out the names of the tables changed. It never blocks unless asked to wait:
  ``drain`` reads what the socket already holds, ``wait`` sleeps on the socket (and on an
  optional wake-up socket, so a thread waiting in it can be stopped at once).
- SQLite: ``SqliteDataVersion`` keeps one read-only connection open and asks
  ``PRAGMA data_version``, which moves when ANOTHER connection committed to the file
  (each connection sees its own number, so the same connection must be asked each time).
  It says "something changed" without saying which tables: SQLite has no notices.

The Qt side (``desk_app.ui.change_signal``) turns both into one signal.
"""

from __future__ import annotations

import select
import socket
import sqlite3
from pathlib import Path
from typing import Any

import psycopg
from psycopg import pq
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import Engine

CHANNEL = "desk_changes"
APPLICATION_NAME = "desk change feed"
"""How the listening connection shows in ``pg_stat_activity``."""

WATCHED_TABLES: tuple[str, ...] = (
    "work_orders",
    "status_changes",
    "labour_lines",
    "part_lines",
    "client_approvals",
    "quality_checks",
    "internal_requests",
    "request_answers",
    "request_items",
    "clients",
    "client_phones",
    "vehicles",
    "appointments",
    "contact_logs",
)
"""The tables other desks show (timeline, board, order and client windows, requests);
migration 0009 copies this list when it is written, so changing it needs a migration."""

CONNECT_TIMEOUT_S = 5
KEEPALIVE: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 20000,
}
"""A server that vanished without closing the connection (power, network) is noticed in
about half a minute instead of the system's quarter of an hour."""


class PgListener:
    """One connection that only listens; not thread-safe, use it from one thread."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: psycopg.Connection[Any] | None = None
        self._heard: set[str] = set()

    @property
    def connected(self) -> bool:
        return self._connection is not None and not self._connection.closed

    def connect(self) -> None:
        """Open the connection and start listening; raises ``psycopg.Error`` (or
        ``OSError``) if the server cannot be reached. Uses the engine's URL: its host,
        port, database, user and password."""
        self.close()
        args, kwargs = self._engine.dialect.create_connect_args(self._engine.url)
        kwargs.pop("context", None)  # SQLAlchemy's adapters: not for a plain connection
        kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        params: dict[str, Any] = {**kwargs, **KEEPALIVE, "application_name": APPLICATION_NAME}
        conninfo = make_conninfo(str(args[0]) if args else "", **params)
        connection = psycopg.connect(conninfo, autocommit=True)
        connection.add_notify_handler(self._heard_one)
        try:
            connection.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            connection.close()
            raise
        self._connection = connection

    def fileno(self) -> int:
        return self._require().fileno()

    def drain(self) -> frozenset[str]:
        """The tables changed since the last call, from what already arrived; never
        blocks. Raises ``psycopg.OperationalError`` when the connection is lost."""
        pgconn = self._require().pgconn
        pgconn.consume_input()
        if pgconn.status != pq.ConnStatus.OK:
            raise psycopg.OperationalError("the change feed's connection is lost")
        while (notice := pgconn.notifies()) is not None:
            if notice.relname.decode() == CHANNEL:
                self._heard.add(notice.extra.decode())
        heard, self._heard = frozenset(self._heard), set()
        return heard

    def wait(self, timeout: float, wake: socket.socket | None = None) -> frozenset[str]:
        """Sleep until a notice arrives, ``wake`` becomes readable or ``timeout`` seconds
        pass; then the tables changed (empty if none)."""
        if self._heard:
            return self.drain()
        sockets: list[Any] = [self.fileno()] + ([wake] if wake is not None else [])
        readable, _, _ = select.select(sockets, [], [], timeout)
        if self.fileno() in readable:
            return self.drain()
        return frozenset()

    def ping(self) -> None:
        """Ask the server something, so a connection that died quietly raises now."""
        self._require().execute("SELECT 1")

    def backend_pid(self) -> int:
        return self._require().info.backend_pid

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._heard = set()

    def _require(self) -> psycopg.Connection[Any]:
        if self._connection is None:
            raise psycopg.OperationalError("the change feed is not connected")
        return self._connection

    def _heard_one(self, notice: psycopg.Notify) -> None:
        """Notices that arrive while a command runs (the LISTEN itself, a ping)."""
        if notice.channel == CHANNEL:
            self._heard.add(notice.payload)


class SqliteDataVersion:
    """Tells whether another connection committed to an SQLite file since the last look.

    The check is one pragma on a connection kept open for it (a few microseconds), so it
    may run on the GUI thread every half second."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None

    def connect(self) -> None:
        """Open the file (it must exist: nothing is created) and take its state as seen;
        raises ``sqlite3.Error``. The connection only ever reads."""
        self.close()
        uri = self.path.resolve().as_uri() + "?mode=rw"
        self._connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        self._version = self._read()

    def changed(self) -> bool:
        """True once for each look after another connection committed; raises
        ``sqlite3.Error`` if the file cannot be read."""
        version = self._read()
        moved = version != self._version
        self._version = version
        return moved

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _read(self) -> int:
        if self._connection is None:
            raise sqlite3.OperationalError("the change watch is not open")
        (version,) = self._connection.execute("PRAGMA data_version").fetchone()
        return int(version)


def sqlite_path(engine: Engine) -> Path:
    """The file behind an SQLite engine."""
    return Path(engine.url.database or "")
