"""Opening a database: SQLite in a file or a shared PostgreSQL server, one sessionmaker.

A ``Database`` is made once at start-up and passed to the services; each user action
takes one session from it (``with db.transaction() as session:``) and never shares it
across threads.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.store.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000
POSTGRES_CONNECT_TIMEOUT_S = 5


def database_url(target: str | Path) -> URL:
    """Turn what the user typed (a file path or a URL) into a SQLAlchemy URL."""
    raw = str(target).strip()
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError as error:
        raise DatabaseUnavailable("“{url}” is not a database address.", url=raw) from error
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    elif url.drivername == "sqlite":
        url = url.set(drivername="sqlite+pysqlite")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailable(
            "Only SQLite files and PostgreSQL servers are supported, not “{backend}”.",
            backend=url.get_backend_name(),
        )
    return url


def _tune_sqlite(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def create_desk_engine(url: URL) -> Engine:
    """An engine with the settings the desk relies on, for either backend."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _tune_sqlite)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S},
    )


class Database:
    """An open database: its engine, its sessions, and a readable name for the status bar."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | Path) -> Database:
        """Connect, or raise ``DatabaseUnavailable`` with what is wrong; writes nothing."""
        url = database_url(target)
        if url.get_backend_name() == "sqlite":
            _check_sqlite_path(Path(url.database or ""))
        engine = create_desk_engine(url)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except DBAPIError as error:
            engine.dispose()
            raise describe_connection_error(url, error) from error
        return cls(engine)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Where the data lives, without the password: shown in the status bar."""
        url = self.url
        if self.is_sqlite:
            return str(url.database)
        port = f":{url.port}" if url.port else ""
        return f"{url.username or ''}@{url.host or 'localhost'}{port}/{url.database}"

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_path(path: Path) -> None:
    if path.is_dir():
        raise DatabaseUnavailable("“{path}” is a folder, not a database file.", path=str(path))
    if not path.parent.is_dir():
        raise DatabaseUnavailable(
            "The folder “{folder}” does not exist, so the database cannot be created there.",
            folder=str(path.parent),
        )


def describe_connection_error(url: URL, error: DBAPIError) -> DatabaseUnavailable:
    """Say in the user's terms why the database could not be opened."""
    original = error.orig
    detail = str(original).strip().splitlines()[0] if original else str(error)
    if url.get_backend_name() == "sqlite":
        path = str(url.database)
        if "not a database" in detail:
            return DatabaseUnavailable("“{path}” is not a database file.", path=path)
        if isinstance(error, OperationalError) and "locked" in detail:
            return DatabaseUnavailable(
                "The database “{path}” is locked by another program.", path=path
            )
        return DatabaseUnavailable(
            "The database file “{path}” cannot be opened: {detail}.", path=path, detail=detail
        )
    sqlstate = getattr(original, "sqlstate", None)
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    if sqlstate in ("28P01", "28000") or "password" in detail:
        return DatabaseUnavailable(
            "The server at {where} refused the user name or password.", where=where
        )
    if sqlstate == "3D000" or (f'database "{url.database}" does not exist' in str(original)):
        return DatabaseUnavailable(
            "The server at {where} has no database “{name}”.", where=where, name=url.database
        )
    return DatabaseUnavailable(
        "The database server at {where} does not answer: {detail}", where=where, detail=detail
    )
