"""Trying a database before the desk uses it: what is wrong, in the user's terms.

The Connect button of the database dialog and of Admin → Database, and the start-up with a
saved shared database, ask ``check_connection``. It connects once, reads the schema's
revision and writes nothing. The answer says which field the problem belongs to, so the
message can stand beside it.

The causes are told apart by libpq's English texts, as psycopg gives no SQLSTATE for a
failed connection; the server's own texts are English unless its ``lc_messages`` says
otherwise, and then the message falls back to the server's words.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from desk_app.store.database import (
    Database,
    create_desk_engine,
    database_url,
    describe_connection_error,
)
from desk_app.store.errors import NotADeskDatabase, SchemaTooNew, StoreError
from desk_app.store.schema import check_schema, head_revision

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432


class CheckKind(StrEnum):
    """What a connection attempt found."""

    CURRENT = "current"
    """A database of this application at its schema: ready."""
    EMPTY = "empty"
    """An empty database: the schema is created at start (and a shop may be moved into it)."""
    OLD_SCHEMA = "old schema"
    """A database of an older version: it is upgraded at start, after a backup."""
    TOO_NEW = "too new"
    """A database of a newer version: refused."""
    FOREIGN = "foreign"
    """Tables of another program: refused."""
    UNREACHABLE = "unreachable"
    """No computer by that name, or it cannot be reached."""
    NO_SERVER = "no server"
    """The computer answers, but no PostgreSQL server listens on that port."""
    BAD_LOGIN = "bad login"
    """The user name or password is refused, or the user does not exist."""
    NOT_ALLOWED = "not allowed"
    """The server does not let this user in from here (pg_hba.conf, CONNECT privilege)."""
    NO_DATABASE = "no database"
    """The server has no database by that name."""
    INVALID = "invalid"
    """The address is not one of a database."""
    FAILED = "failed"
    """Anything else, with the server's own words."""


USABLE = frozenset({CheckKind.CURRENT, CheckKind.EMPTY, CheckKind.OLD_SCHEMA})


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer: a kind, an English message template with its parameters (the UI
    translates the template in the "Errors" context, as it does a ``DeskError``'s), and the
    field of the form the message belongs beside (host, port, database, user, password)."""

    kind: CheckKind
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    field: str | None = None
    revision: str | None = None

    @property
    def ok(self) -> bool:
        """The desk can use this database (creating or upgrading its schema at start)."""
        return self.kind in USABLE

    @property
    def message(self) -> str:
        """The message in English."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class SharedServer:
    """A shared database as the settings keep it: everything but the password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""

    def url(self, password: str | None = None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port,
            database=self.database or None,
        )

    @property
    def key(self) -> str:
        """Names the password in the keyring, and the server to the user."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def check_connection(target: str | URL) -> ConnectionCheck:
    """Connect once and say what was found; never raises for an environment problem."""
    try:
        url = target if isinstance(target, URL) else database_url(target)
    except StoreError as error:
        return ConnectionCheck(CheckKind.INVALID, error.template, dict(error.params))
    engine = create_desk_engine(url)
    try:
        return _check_schema(Database(engine))
    except DBAPIError as error:
        log.info("connection check of %s failed: %s", _where(url), error.orig)
        if url.get_backend_name() == "sqlite":
            failure = describe_connection_error(url, error)
            return ConnectionCheck(CheckKind.FAILED, failure.template, dict(failure.params))
        return classify_failure(url, error)
    finally:
        engine.dispose()


def _check_schema(db: Database) -> ConnectionCheck:
    where = db.describe()
    try:
        revision = check_schema(db)
    except NotADeskDatabase as error:
        return ConnectionCheck(CheckKind.FOREIGN, error.template, dict(error.params), "database")
    except SchemaTooNew as error:
        return ConnectionCheck(CheckKind.TOO_NEW, error.template, dict(error.params), "database")
    if revision is None:
        return ConnectionCheck(
            CheckKind.EMPTY,
            "Connected to {where}: the database is empty; the application creates its "
            "tables at start.",
            {"where": where},
        )
    if revision != head_revision():
        return ConnectionCheck(
            CheckKind.OLD_SCHEMA,
            "Connected to {where}: the database was made by an older version (schema "
            "{found}); it is upgraded at start, after a backup.",
            {"where": where, "found": revision},
            revision=revision,
        )
    return ConnectionCheck(
        CheckKind.CURRENT,
        "Connected to {where}: the database is ready.",
        {"where": where},
        revision=revision,
    )


def _where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or DEFAULT_PORT}"


def classify_failure(url: URL, error: DBAPIError) -> ConnectionCheck:
    """Why a PostgreSQL server refused or did not answer, and beside which field to say so."""
    original = error.orig
    text = str(original) if original is not None else str(error)
    lowered = text.lower()
    detail = _last_line(text)
    sqlstate = getattr(original, "sqlstate", None)
    params: dict[str, Any] = {
        "where": _where(url),
        "host": url.host or "localhost",
        "port": url.port or DEFAULT_PORT,
        "user": url.username or "",
        "name": url.database or "",
    }

    def found(kind: CheckKind, template: str, at: str | None) -> ConnectionCheck:
        return ConnectionCheck(kind, template, params, at)

    if "resolve host" in lowered or "translate host name" in lowered:
        return found(
            CheckKind.UNREACHABLE,
            "The database server at {where} does not answer: no computer named “{host}” "
            "is known on the network. Check the name.",
            "host",
        )
    if "connection refused" in lowered:
        return found(
            CheckKind.NO_SERVER,
            "The database server at {where} does not answer: “{host}” has no PostgreSQL "
            "server at port {port}. Check the port, and that the server is running.",
            "port",
        )
    if (
        type(original).__name__ == "ConnectionTimeout"
        or "timeout expired" in lowered
        or "timed out" in lowered
        or "no route to host" in lowered
        or "network is unreachable" in lowered
    ):
        return found(
            CheckKind.UNREACHABLE,
            "The database server at {where} does not answer: “{host}” cannot be reached. "
            "Check the name, the network and the server's firewall.",
            "host",
        )
    if sqlstate == "28P01" or "password authentication failed" in lowered:
        return found(
            CheckKind.BAD_LOGIN,
            "The server at {where} refused the user name or password: check both.",
            "password",
        )
    if "no password supplied" in lowered:
        return found(
            CheckKind.BAD_LOGIN,
            "The server at {where} asks for the password of user “{user}”.",
            "password",
        )
    if re.search(r'role ".*" does not exist', lowered):
        return found(
            CheckKind.BAD_LOGIN,
            "The server at {where} refused the user name or password: it has no user “{user}”.",
            "user",
        )
    if "not permitted to log in" in lowered:
        return found(
            CheckKind.NOT_ALLOWED,
            "The server at {where} does not let user “{user}” log in.",
            "user",
        )
    if "pg_hba.conf" in lowered:
        return found(
            CheckKind.NOT_ALLOWED,
            "The server at {where} does not accept user “{user}” from this computer: its "
            "administrator allows it in pg_hba.conf.",
            "user",
        )
    if sqlstate == "3D000" or re.search(r'database ".*" does not exist', lowered):
        return found(
            CheckKind.NO_DATABASE,
            "The server at {where} has no database “{name}”. Create it once, e.g. "
            "“createdb -h {host} -p {port} -U {user} {name}”, and connect again.",
            "database",
        )
    if sqlstate == "42501" or "permission denied for database" in lowered:
        return found(
            CheckKind.NOT_ALLOWED,
            "User “{user}” may not connect to the database “{name}” at {where}.",
            "database",
        )
    return ConnectionCheck(
        CheckKind.FAILED,
        "The database server at {where} does not answer: {detail}",
        {**params, "detail": detail},
    )


def _last_line(text: str) -> str:
    """libpq's own words without its "connection failed: … failed:" preamble."""
    first = text.strip().splitlines()[0] if text.strip() else text
    return first.rsplit("failed: ", 1)[-1].removeprefix("FATAL:").strip()
