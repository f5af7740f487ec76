"""The change feed without Qt: PostgreSQL notices reach a listener on another connection,
naming the tables; SQLite's data version moves only for another connection's commit."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator

import psycopg
import pytest
from alembic import command
from sqlalchemy import text

from desk_app.store import schema
from desk_app.store.change_feed import (
    WATCHED_TABLES,
    PgListener,
    SqliteDataVersion,
    sqlite_path,
)
from desk_app.store.database import Database
from tests.factories import make_client

HEARD_WITHIN_S = 2.0


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    db = Database.open(postgres_url)
    schema.upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def listener(pg: Database) -> Iterator[PgListener]:
    listener = PgListener(pg.engine)
    listener.connect()
    yield listener
    listener.close()


def heard(listener: PgListener, rounds: int = 5) -> frozenset[str]:
    """Everything heard until a quiet spell (notices of one commit arrive together)."""
    tables: set[str] = set()
    for _ in range(rounds):
        found = listener.wait(HEARD_WITHIN_S if not tables else 0.05)
        if not found and tables:
            break
        tables |= found
    return frozenset(tables)


@pytest.mark.postgres
def test_a_commit_on_one_connection_reaches_the_listener_with_its_tables(pg, listener):
    other = Database.open(pg.url.render_as_string(hide_password=False))
    try:
        assert listener.wait(0.05) == frozenset()  # nothing yet, and it did not block
        make_client(other, "Кузнецов", "Игорь")
        assert heard(listener) == {"clients", "client_phones"}

        with pytest.raises(RuntimeError), other.transaction() as session:
            session.execute(text("UPDATE clients SET notes = 'x'"))
            raise RuntimeError("rolled back")
        assert listener.wait(0.2) == frozenset()  # a rolled back write says nothing

        with other.transaction() as session:  # one statement over many rows: one notice
            session.execute(text("UPDATE clients SET notes = 'постоянный'"))
        assert heard(listener) == {"clients"}
    finally:
        other.dispose()


@pytest.mark.postgres
def test_statement_level_triggers_on_the_watched_tables_go_and_come_back(pg):
    with pg.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT tgrelid::regclass::text, tgtype & 1 FROM pg_trigger "
                "WHERE tgname = 'desk_changes_notify'"
            )
        ).all()
    assert sorted(table for table, _row_level in rows) == sorted(WATCHED_TABLES)
    assert {row_level for _table, row_level in rows} == {0}  # FOR EACH STATEMENT

    count = text("SELECT count(*) FROM pg_trigger WHERE tgname = 'desk_changes_notify'")
    function = text("SELECT count(*) FROM pg_proc WHERE proname = 'desk_notify_change'")
    with pg.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0008")
    with pg.engine.connect() as connection:
        assert (connection.scalar(count), connection.scalar(function)) == (0, 0)
    assert schema.upgrade(pg) is True
    with pg.engine.connect() as connection:
        assert connection.scalar(count) == len(WATCHED_TABLES)


@pytest.mark.postgres
def test_a_listener_cut_off_raises_connects_again_and_wakes_for_its_socket(pg, listener):
    pid = listener.backend_pid()
    with pg.engine.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    with pytest.raises(psycopg.OperationalError):
        for _ in range(5):  # the farewell may come before the end of the connection
            listener.wait(HEARD_WITHIN_S)
    listener.connect()
    assert listener.backend_pid() != pid
    make_client(pg, "Орлова", "Анна")
    assert "clients" in heard(listener)

    wake_read, wake_write = socket.socketpair()
    try:
        wake_write.send(b"x")
        assert listener.wait(60, wake_read) == frozenset()  # returned: not a minute later
    finally:
        wake_read.close()
        wake_write.close()


def test_sqlite_data_version_moves_for_another_connections_commit_only(sqlite_db):
    watch = SqliteDataVersion(sqlite_path(sqlite_db.engine))
    watch.connect()
    try:
        assert watch.changed() is False
        make_client(sqlite_db, "Кузнецов", "Игорь")  # a pooled connection of the app
        assert watch.changed() is True
        assert watch.changed() is False  # once per commit
        with sqlite_db.transaction() as session:  # reading elsewhere changes nothing
            session.execute(text("SELECT count(*) FROM clients")).scalar()
        assert watch.changed() is False
    finally:
        watch.close()


def test_sqlite_data_version_ignores_the_watching_connections_own_reads(sqlite_db):
    watch = SqliteDataVersion(sqlite_path(sqlite_db.engine))
    watch.connect()
    try:
        for _ in range(3):
            assert watch.changed() is False
        assert watch._connection is not None
        watch._connection.execute("SELECT count(*) FROM clients").fetchone()
        assert watch.changed() is False
    finally:
        watch.close()


def test_sqlite_watch_of_a_missing_file_fails_without_creating_it(tmp_path):
    watch = SqliteDataVersion(tmp_path / "gone.sqlite3")
    with pytest.raises(sqlite3.Error):
        watch.connect()
    assert not (tmp_path / "gone.sqlite3").exists()


def test_the_migration_adds_no_trigger_on_sqlite(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        names = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        ).scalars()
        assert not [name for name in names if name.startswith("desk_changes")]
