"""A database that goes away or stays locked says so as a retryable store error, never as a
driver's exception, and the next call works once it is back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desk_app.services import shop_timeline
from desk_app.store import database
from desk_app.store.database import Database, create_desk_engine
from desk_app.store.errors import DatabaseBusy, DatabaseUnavailable
from desk_app.store.schema import upgrade


def _terminate_others(url: str) -> int:
    """Cut every connection to the test database but the admin's own; how many were cut."""
    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            cut = connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": make_url(url).database},
            ).all()
    finally:
        admin.dispose()
    return len(cut)


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    db = Database.open(postgres_url)
    upgrade(db)
    yield db
    db.dispose()


@pytest.mark.postgres
def test_a_cut_idle_connection_is_replaced_and_the_next_call_works(pg, postgres_url):
    before = shop_timeline.shop_stamp(pg)
    assert _terminate_others(postgres_url) >= 1
    try:
        after = shop_timeline.shop_stamp(pg)  # pool_pre_ping reconnects at checkout
    except DatabaseUnavailable:
        after = shop_timeline.shop_stamp(pg)
    assert after == before


@pytest.mark.postgres
def test_without_pre_ping_a_cut_connection_fails_clearly_once_then_works(postgres_url):
    setup = Database.open(postgres_url)
    upgrade(setup)
    setup.dispose()
    db = Database(create_engine(make_url(postgres_url).set(drivername="postgresql+psycopg")))
    try:
        before = shop_timeline.shop_stamp(db)
        assert _terminate_others(postgres_url) == 1
        with pytest.raises(DatabaseUnavailable, match="does not answer") as lost:
            shop_timeline.shop_stamp(db)
        assert "Your input" not in lost.value.message  # the form says that, not the store
        assert shop_timeline.shop_stamp(db) == before
    finally:
        db.dispose()


@pytest.mark.postgres
def test_a_connection_cut_inside_a_transaction_rolls_back_and_is_discarded(pg, postgres_url):
    with pg.transaction() as session:
        session.execute(text("CREATE TABLE notes (body text)"))
    with pytest.raises(DatabaseUnavailable), pg.transaction() as session:
        session.execute(text("INSERT INTO notes VALUES ('Иванов: замена масла')"))
        _terminate_others(postgres_url)
        session.execute(text("SELECT count(*) FROM notes"))
    assert pg.engine.pool.checkedout() == 0
    with pg.transaction() as session:
        assert session.execute(text("SELECT count(*) FROM notes")).scalar() == 0


@pytest.mark.postgres
def test_a_server_that_refuses_is_unavailable(postgres_url):
    refused = make_url(postgres_url).set(drivername="postgresql+psycopg", port=1)
    db = Database(create_desk_engine(refused))
    try:
        with pytest.raises(DatabaseUnavailable, match=r"127\.0\.0\.1:1 does not answer"):
            shop_timeline.shop_stamp(db)
    finally:
        db.dispose()


def test_a_refused_server_is_unavailable_without_postgres_too():
    db = Database(create_desk_engine(make_url("postgresql+psycopg://desk@127.0.0.1:1/shop")))
    try:
        with pytest.raises(DatabaseUnavailable, match="does not answer"):
            shop_timeline.shop_stamp(db)
    finally:
        db.dispose()


def test_a_bug_is_not_mistaken_for_a_lost_database(any_db):
    with pytest.raises(DBAPIError) as bug, any_db.transaction() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert "no_such_table" in str(bug.value)
    assert shop_timeline.shop_stamp(any_db)


def test_a_sqlite_file_locked_past_the_busy_timeout_is_busy_then_works(
    sqlite_db, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 100)
    db = Database(create_desk_engine(sqlite_db.url))
    holder = sqlite3.connect(str(sqlite_db.url.database), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy, match="is busy"), db.transaction() as session:
            session.execute(text("CREATE TABLE notes (body text)"))
        holder.execute("ROLLBACK")
        with db.transaction() as session:
            session.execute(text("CREATE TABLE notes (body text)"))
            session.execute(text("INSERT INTO notes VALUES ('Kia Rio: ТО-2')"))
        with db.transaction() as session:
            assert session.execute(text("SELECT count(*) FROM notes")).scalar() == 1
    finally:
        holder.close()
        db.dispose()
