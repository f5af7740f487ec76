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
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.store.errors import DatabaseBusy, DatabaseUnavailable, StoreError

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
        """One unit of work: committed when the block ends, rolled back if it raises.

        A database that stopped answering (server gone, connection cut or refused) raises
        ``DatabaseUnavailable``, and a SQLite file still locked after the busy timeout raises
        ``DatabaseBusy``: both mean "nothing was saved, the same call may work later", unlike
        a bug. The connection of a lost call is discarded, so the next call connects afresh.
        """
        session = self._sessions()
        try:
            session.begin()
            yield session
            session.commit()
        except DBAPIError as error:
            problem = transient_problem(self.url, error)
            if isinstance(problem, DatabaseUnavailable):
                session.invalidate()  # never hand this connection out again
            else:
                session.rollback()
            if problem is None:
                raise
            log.warning("database call failed: %s", error.orig or error)
            raise problem from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

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


_LOST_SQLSTATES = ("57P01", "57P02", "57P03")
"""Admin shutdown, crash shutdown, cannot connect now: the server went away or is starting."""

_SQLITE_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")
_SQLITE_UNREACHABLE = ("SQLITE_CANTOPEN", "SQLITE_IOERR")


def transient_problem(url: URL, error: DBAPIError) -> StoreError | None:
    """``DatabaseUnavailable`` or ``DatabaseBusy`` when ``error`` says the database is gone or
    busy for now (the same call may work later); None for anything else, a bug included."""
    detail = _first_line(error)
    if url.get_backend_name() == "sqlite":
        return _sqlite_problem(url, error, detail)
    if not (error.connection_invalidated or _is_lost_connection(error)):
        return None
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    return DatabaseUnavailable(
        "The database server at {where} does not answer: {detail}.", where=where, detail=detail
    )


def _is_lost_connection(error: DBAPIError) -> bool:
    """A connection refused, timed out, cut or shut down by the server (psycopg says so
    with no SQLSTATE, a class 08 one, or an operator intervention)."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    sqlstate = getattr(error.orig, "sqlstate", None)
    return sqlstate is None or sqlstate.startswith("08") or sqlstate in _LOST_SQLSTATES


def _sqlite_problem(url: URL, error: DBAPIError, detail: str) -> StoreError | None:
    if not isinstance(error, OperationalError):
        return None
    name = getattr(error.orig, "sqlite_errorname", "")
    path = str(url.database)
    if name.startswith(_SQLITE_BUSY) or "database is locked" in detail:
        return DatabaseBusy(
            "The database “{path}” is busy: another window or program is writing to it.",
            path=path,
        )
    if name.startswith(_SQLITE_UNREACHABLE) or "unable to open database file" in detail:
        return DatabaseUnavailable(
            "The database file “{path}” cannot be reached: {detail}.", path=path, detail=detail
        )
    return None


def _first_line(error: DBAPIError) -> str:
    """The driver's own words, first line, without a closing full stop."""
    text = str(error.orig if error.orig is not None else error).strip()
    return (text.splitlines() or [""])[0].strip().rstrip(".")


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
    # One table of causes for start-up and the Connect button (it imports this module).
    from desk_app.store.connection_check import classify_failure

    found = classify_failure(url, error)
    return DatabaseUnavailable(found.template, **found.params)
