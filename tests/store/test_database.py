"""Opening databases: good ones work, bad ones say what is wrong and are left untouched."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from desk_app.store import open_database
from desk_app.store.database import Database, database_url
from desk_app.store.errors import DatabaseUnavailable, NotADeskDatabase, SchemaTooNew
from desk_app.store.schema import head_revision


def test_a_path_becomes_an_absolute_sqlite_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = database_url("shop.sqlite3")
    assert url.drivername == "sqlite+pysqlite"
    assert url.database == str(tmp_path / "shop.sqlite3")


def test_a_postgresql_url_gets_the_psycopg_driver():
    url = database_url("postgresql://desk:pw@server:5432/shop")
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.database) == ("server", "shop")


@pytest.mark.parametrize("target", ["mysql://root@localhost/shop", "://nothing"])
def test_other_addresses_are_refused_clearly(target):
    with pytest.raises(DatabaseUnavailable):
        database_url(target)


def test_a_new_file_is_created_and_migrated(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM departments")).scalar() == 5
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.dispose()


def test_a_missing_folder_is_refused_and_nothing_is_created(tmp_path):
    target = tmp_path / "no such folder" / "desk.sqlite3"
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        open_database(target)
    assert not target.parent.exists()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseUnavailable, match="is a folder"):
        open_database(tmp_path)


def test_a_file_that_is_not_a_database_is_left_as_it_was(tmp_path):
    target = tmp_path / "letter.txt"
    target.write_bytes(b"Dear client, your car is ready. " * 100)
    before = target.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="not a database file"):
        open_database(target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.txt"]


def test_a_database_from_a_newer_version_is_refused_before_any_write(tmp_path):
    target = tmp_path / "newer.sqlite3"
    open_database(target).dispose()
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = target.read_bytes()
    with pytest.raises(SchemaTooNew) as caught:
        open_database(target)
    assert "9999_future" in caught.value.message
    assert target.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path):
    target = tmp_path / "other.sqlite3"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(NotADeskDatabase):
        open_database(target)
    with sqlite3.connect(target) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == [("invoices",)]


def test_opening_twice_migrates_once(tmp_path):
    target = tmp_path / "desk.sqlite3"
    open_database(target).dispose()
    db = open_database(target)
    with db.engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == head_revision()
    db.dispose()


def test_the_status_bar_name_hides_the_password():
    db = Database.__new__(Database)
    from desk_app.store.database import create_desk_engine

    db.engine = create_desk_engine(database_url("postgresql://desk:secret@server:5433/shop"))
    assert db.describe() == "desk@server:5433/shop"
    assert "secret" not in db.describe()
    db.engine.dispose()


def test_a_server_that_does_not_answer_is_reported():
    with pytest.raises(DatabaseUnavailable, match="does not answer"):
        Database.open("postgresql://postgres@127.0.0.1:9/test")


@pytest.mark.postgres
def test_a_missing_postgres_database_is_named(postgres_url):
    from sqlalchemy.engine import make_url

    missing = make_url(postgres_url).set(database="desk_no_such_database")
    with pytest.raises(DatabaseUnavailable, match="has no database"):
        Database.open(missing.render_as_string(hide_password=False))
