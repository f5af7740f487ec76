"""Shared fixtures: a fresh, migrated database per test, on SQLite or PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desk_app import clock
from desk_app.models import Role
from desk_app.services import auth, staff
from desk_app.services.permissions import Actor
from desk_app.store import schema
from desk_app.store.database import Database
from tests.shared_postgres import SharedPostgres

PG_URL_VARIABLE = "DESK_TEST_PG_URL"
FIXED_NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[datetime]:
    """Every test runs at the same moment unless it moves the clock itself."""
    clock.set_source(lambda: FIXED_NOW)
    yield FIXED_NOW
    clock.set_source(None)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the user's real data folder."""
    monkeypatch.setenv("DESK_APP_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated once; each test gets a copy (a migration per test would
    cost a quarter of a second, times two thousand tests)."""
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    db = Database.open(path)
    schema.upgrade(db)
    db.dispose()
    return path


def _sqlite_database(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / "desk.sqlite3"
    shutil.copyfile(template, target)
    return Database.open(target)


@pytest.fixture
def sqlite_db(migrated_sqlite_file: Path, tmp_path: Path) -> Iterator[Database]:
    db = _sqlite_database(migrated_sqlite_file, tmp_path)
    yield db
    db.dispose()


def postgres_admin_url() -> str:
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        if os.environ.get("DESK_REQUIRE_POSTGRES"):
            pytest.fail(f"{PG_URL_VARIABLE} is not set, and PostgreSQL tests are required here")
        pytest.skip(f"{PG_URL_VARIABLE} is not set: no PostgreSQL server to test against")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a brand-new, empty PostgreSQL database, dropped after the test."""
    admin_url = make_url(postgres_admin_url()).set(drivername="postgresql+psycopg")
    name = f"desk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def shared_postgres() -> Iterator[SharedPostgres]:
    """One PostgreSQL database migrated once for the session, emptied after each test."""
    shared = SharedPostgres(postgres_admin_url())
    yield shared
    shared.drop()


@pytest.fixture
def postgres_db(shared_postgres: SharedPostgres) -> Iterator[Database]:
    """A migrated PostgreSQL database holding only what the migrations put in it."""
    db = Database.open(shared_postgres.url)
    try:
        yield db
    finally:
        db.dispose()
        shared_postgres.reset()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(
    request: pytest.FixtureRequest, migrated_sqlite_file: Path, tmp_path: Path
) -> Iterator[Database]:
    """The same test on both engines."""
    if request.param == "sqlite":
        db = _sqlite_database(migrated_sqlite_file, tmp_path)
        yield db
        db.dispose()
    else:
        yield request.getfixturevalue("postgres_db")


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The default database of a test: SQLite in a temporary folder."""
    return sqlite_db


@pytest.fixture
def manager(db: Database) -> Actor:
    return auth.create_first_manager(db, "Anna Manager", "secret1")


@pytest.fixture
def make_actor(db: Database, manager: Actor):
    """Create a staff member with the given roles and return him as an actor."""

    def make(*roles: Role, name: str | None = None) -> Actor:
        label = name or "Staff " + "+".join(role.value for role in roles)
        row = staff.add_staff(db, manager, label, roles, "secret1")
        return Actor(id=row.id, full_name=row.full_name, roles=frozenset(row.roles))

    return make
