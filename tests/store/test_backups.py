"""Backups: SQLite copies at start, by hand and before a migration, kept in rotation and
restored with a safety copy; PostgreSQL dumps by pg_dump with the password kept off argv."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy.engine import make_url

from desk_app import clock
from desk_app.store import backups
from desk_app.store.backups import BackupFailed, MigrationBackupFailed, NotABackup, Reason
from desk_app.store.database import Database
from desk_app.store.errors import SchemaTooNew
from desk_app.store.schema import alembic_config, current_revision, head_revision
from tests.conftest import FIXED_NOW
from tests.factories import make_client

MOSCOW = ZoneInfo("Europe/Moscow")
INSERT_CLIENT = (
    "INSERT INTO clients (kind, last_name, first_name, middle_name, company_name, tax_id,"
    " email, address, consent_to_contact, preferred_channel, referral_source, notes,"
    " created_at, version) VALUES ('person', '{last_name}', 'Пётр', '', '', '', '', '', 1,"
    " 'phone', '', '', '2026-11-20 10:00:00', 1)"
)


def at(moment: datetime) -> None:
    clock.set_source(lambda: moment)


def clients_in(path: Path) -> list[str]:
    """The clients' last names in a SQLite file, read without changing the file."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT last_name FROM clients ORDER BY id").fetchall()
    return [row[0] for row in rows]


@pytest.fixture
def db_file(sqlite_db: Database) -> Path:
    return backups.database_file(sqlite_db)


# -- copies and their rotation ---------------------------------------------------------------


def test_a_copy_holds_the_data_and_says_when_why_and_which_schema(sqlite_db, db_file):
    make_client(sqlite_db, "Кузнецов", "Пётр")
    info = backups.take_backup(sqlite_db, Reason.MANUAL, tz=MOSCOW)
    assert info.path.parent == db_file.parent / "backups"
    assert info.path.name == "desk-2026-11-23_123000+0300-manual.sqlite3"
    assert (info.moment, info.reason, info.revision) == (FIXED_NOW, Reason.MANUAL, head_revision())
    assert info.size == info.path.stat().st_size > 0
    assert clients_in(info.path) == ["Кузнецов"]
    assert backups.list_backups(sqlite_db) == [info]
    assert not list(info.path.parent.glob("*-wal")), "a copy is one self-contained file"


def test_a_copy_is_taken_while_another_connection_is_writing(sqlite_db):
    make_client(sqlite_db, "Кузнецов")
    with sqlite_db.engine.connect() as writing, writing.begin() as transaction:
        writing.exec_driver_sql("UPDATE clients SET last_name = 'Соколова'")
        info = backups.take_backup(sqlite_db, Reason.MANUAL)
        transaction.rollback()
    assert clients_in(info.path) == ["Кузнецов"], "what was committed when it was taken"


def test_the_start_copy_is_taken_once_a_local_day(sqlite_db):
    first = backups.backup_at_start(sqlite_db, tz=MOSCOW)
    assert first is not None and first.reason is Reason.START
    at(datetime(2026, 11, 23, 20, 59, tzinfo=UTC))
    assert backups.backup_at_start(sqlite_db, tz=MOSCOW) is None  # 23:59 in Moscow
    at(datetime(2026, 11, 23, 21, 1, tzinfo=UTC))
    second = backups.backup_at_start(sqlite_db, tz=MOSCOW)  # 00:01 the next day in Moscow
    assert second is not None
    assert [b.path for b in backups.list_backups(sqlite_db)] == [second.path, first.path]


def test_a_copy_by_hand_counts_as_the_days_copy_but_a_safety_copy_does_not(sqlite_db):
    backups.take_backup(sqlite_db, Reason.BEFORE_MIGRATION)
    assert backups.backup_at_start(sqlite_db) is not None
    at(FIXED_NOW + timedelta(days=1))
    backups.take_backup(sqlite_db, Reason.MANUAL)
    assert backups.backup_at_start(sqlite_db) is None


def test_the_rotation_keeps_the_last_ten_and_the_safety_copies_apart(sqlite_db):
    safety = [backups.take_backup(sqlite_db, Reason.BEFORE_MIGRATION)]
    for hour in range(12):
        at(FIXED_NOW + timedelta(hours=hour + 1))
        backups.take_backup(sqlite_db, Reason.START if hour % 2 else Reason.MANUAL)
    for minute in range(4):
        at(FIXED_NOW + timedelta(days=1, minutes=minute))
        safety.append(backups.take_backup(sqlite_db, Reason.BEFORE_RESTORE))
    kept = backups.list_backups(sqlite_db)
    rotation = [b for b in kept if b.reason in backups.ROTATION]
    assert [b.moment for b in rotation] == [
        FIXED_NOW + timedelta(hours=hour) for hour in range(12, 2, -1)
    ]
    assert [b.path for b in kept if b.reason is Reason.BEFORE_RESTORE] == [
        s.path for s in reversed(safety[2:])
    ]
    assert [b.path for b in kept if b.reason is Reason.BEFORE_MIGRATION] == [safety[0].path]
    assert len(list(safety[0].path.parent.iterdir())) == len(kept)


def test_copies_in_the_same_second_do_not_overwrite_each_other(sqlite_db):
    first = backups.take_backup(sqlite_db, Reason.MANUAL)
    second = backups.take_backup(sqlite_db, Reason.MANUAL)
    assert first.path != second.path
    assert [b.path for b in backups.list_backups(sqlite_db)] == [second.path, first.path]


def test_another_databases_copies_in_the_same_folder_are_not_listed(sqlite_db, db_file):
    folder = db_file.parent / "backups"
    folder.mkdir()
    (folder / "other-2026-11-23_093000+0000-manual.sqlite3").write_bytes(b"")
    (folder / "notes.txt").write_text("the copies of the desk")
    assert backups.list_backups(sqlite_db) == []


def test_a_copy_that_cannot_be_written_fails_clearly(sqlite_db, db_file):
    (db_file.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(BackupFailed):
        backups.take_backup(sqlite_db, Reason.MANUAL)


# -- before a migration ----------------------------------------------------------------------


@pytest.fixture
def old_db(tmp_path: Path) -> Iterator[Database]:
    """A shop's database left at revision 0006 by an older release, with a client."""
    (tmp_path / "old").mkdir()
    db = Database.open(tmp_path / "old" / "desk.sqlite3")
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
        connection.exec_driver_sql(INSERT_CLIENT.format(last_name="Кузнецов"))
    yield db
    db.dispose()


def test_an_old_database_is_copied_before_it_is_migrated(old_db):
    assert backups.upgrade_with_backup(old_db) is True
    with old_db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    [copy] = backups.list_backups(old_db)
    assert (copy.reason, copy.revision) == (Reason.BEFORE_MIGRATION, "0006")
    assert clients_in(copy.path) == ["Кузнецов"]


def test_without_its_copy_an_old_database_is_not_migrated(old_db):
    (backups.database_file(old_db).parent / "backups").write_text("not a folder")
    with pytest.raises(MigrationBackupFailed):
        backups.upgrade_with_backup(old_db)
    with old_db.engine.connect() as connection:
        assert current_revision(connection) == "0006"


def test_a_new_or_current_database_is_not_copied(tmp_path):
    db = Database.open(tmp_path / "new.sqlite3")
    try:
        assert backups.upgrade_with_backup(db) is True
        assert backups.upgrade_with_backup(db) is False
        assert not (tmp_path / "backups").exists()
    finally:
        db.dispose()


# -- restore ---------------------------------------------------------------------------------


def test_a_restore_brings_back_the_copy_and_keeps_what_was_there(sqlite_db, db_file):
    make_client(sqlite_db, "Кузнецов")
    copy = backups.take_backup(sqlite_db, Reason.MANUAL)
    make_client(sqlite_db, "Соколова")
    sqlite_db.dispose()

    at(FIXED_NOW + timedelta(minutes=5))
    safety = backups.restore(db_file, copy)

    assert clients_in(db_file) == ["Кузнецов"]
    assert safety is not None and safety.reason is Reason.BEFORE_RESTORE
    assert clients_in(safety.path) == ["Кузнецов", "Соколова"]
    reopened = Database.open(db_file)
    try:
        make_client(reopened, "Новиков")  # the restored database is writable as usual
    finally:
        reopened.dispose()
    assert clients_in(db_file) == ["Кузнецов", "Новиков"]
    assert clients_in(copy.path) == ["Кузнецов"], "the copy itself is left as it was"


def test_a_restore_into_a_missing_file_creates_it(sqlite_db, tmp_path):
    make_client(sqlite_db, "Кузнецов")
    copy = backups.take_backup(sqlite_db, Reason.MANUAL)
    target = tmp_path / "lost" / "desk.sqlite3"
    target.parent.mkdir()
    assert backups.restore(target, copy.path) is None
    assert clients_in(target) == ["Кузнецов"]


def not_a_database(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 3000)


def another_programs_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()


@pytest.mark.parametrize("make_file", [not_a_database, another_programs_database])
def test_a_file_that_is_no_desk_copy_is_refused_and_nothing_is_touched(
    sqlite_db, db_file, tmp_path, make_file
):
    make_client(sqlite_db, "Кузнецов")
    sqlite_db.dispose()
    bad = tmp_path / "bad.sqlite3"
    make_file(bad)
    with pytest.raises(NotABackup):
        backups.restore(db_file, bad)
    assert clients_in(db_file) == ["Кузнецов"]
    assert backups.list_backups(db_file) == [], "no safety copy of an untouched database"


def test_a_copy_from_a_newer_application_is_refused(sqlite_db, db_file):
    copy = backups.take_backup(sqlite_db, Reason.MANUAL)
    with closing(sqlite3.connect(copy.path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    sqlite_db.dispose()
    with pytest.raises(SchemaTooNew):
        backups.restore(db_file, copy)


# -- PostgreSQL ------------------------------------------------------------------------------

needs_pg_dump = pytest.mark.skipif(
    backups.pg_dump_available() is None, reason="pg_dump is not installed on this machine"
)


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], dict[str, str]]]:
    """Every pg_dump started: its arguments and environment (it still runs)."""
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def run(arguments, **options):
        seen.append((list(arguments), dict(options["env"])))
        return real_run(arguments, **options)

    monkeypatch.setattr(backups.subprocess, "run", run)
    return seen


@pytest.mark.postgres
@needs_pg_dump
def test_pg_dump_writes_a_dump_and_the_password_stays_off_the_command_line(
    postgres_url, tmp_path, runs
):
    with_password = make_url(postgres_url).set(password="тайна-s3cret")
    path = backups.dump_postgres(with_password.render_as_string(hide_password=False), tmp_path)
    assert path.parent == tmp_path and path.suffix == ".dump"
    assert path.read_bytes()[:5] == b"PGDMP"
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no partial file is left"
    [(arguments, environment)] = runs
    assert not any("s3cret" in argument for argument in arguments)
    assert environment["PGPASSWORD"] == "тайна-s3cret"
    assert environment["PGDATABASE"] == with_password.database


@pytest.mark.postgres
@needs_pg_dump
def test_a_failed_dump_says_why_and_leaves_no_file(postgres_url, tmp_path):
    missing = make_url(postgres_url).set(database="no_such_desk_database")
    with pytest.raises(BackupFailed, match="no_such_desk_database"):
        backups.dump_postgres(missing, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_without_pg_dump_the_user_gets_the_command_for_the_server(monkeypatch, tmp_path):
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    assert backups.pg_dump_available() is None
    url = "postgresql://desk:s3cret@db.example.ru:5432/service"
    assert backups.pg_dump_command(url) == "pg_dump -Fc -U desk -f service-2026-11-23.dump service"
    with pytest.raises(BackupFailed, match="not installed"):
        backups.dump_postgres(url, tmp_path)
