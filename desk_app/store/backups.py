"""Copies of the shop's data: SQLite files beside the database, PostgreSQL dumps by pg_dump.

A SQLite copy is made with SQLite's online backup API, so it is consistent even while the
application writes, and lands in the ``backups`` folder beside the database file, named
``<db>-<local time><offset>-<reason>.sqlite3``. Copies taken at start, daily and by hand
share one rotation (the last ``KEEP_BACKUPS``); the copies taken before a migration or a
restore are kept apart (the last ``KEEP_SAFETY_COPIES`` of each), so a busy week of
restarts never pushes out the state before an upgrade.

Restoring overwrites the database file, so it runs when the application holds no
connection to it: the caller disposes its engine first (the Admin page asks for a restart
and the start-up restores before opening), and a safety copy of the current state is taken
before anything is overwritten.

For PostgreSQL the server keeps the data; the desk can only ask ``pg_dump`` for a copy.
The password goes to pg_dump through its environment (``PGPASSWORD``), never the command
line, where other users of the computer could read it.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from glob import escape as glob_escape
from glob import glob
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL

from desk_app import clock
from desk_app.store import schema
from desk_app.store.database import Database, database_url
from desk_app.store.errors import SchemaTooNew, StoreError
from desk_app.store.locations import data_dir

log = logging.getLogger(__name__)

FOLDER_NAME = "backups"
KEEP_BACKUPS = 10
KEEP_SAFETY_COPIES = 3
STAMP_FORMAT = "%Y-%m-%d_%H%M%S%z"


class Reason(StrEnum):
    """Why a copy was taken: part of its file name."""

    START = "start"
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"


ROTATION = frozenset({Reason.START, Reason.DAILY, Reason.MANUAL})
"""Copies that count as "today's copy" and share the rotation of ``KEEP_BACKUPS``."""

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6}[+-]\d{4})"
    r"-(?P<reason>" + "|".join(re.escape(r.value) for r in Reason) + r")"
    r"(?:-(?P<n>\d+))?\.sqlite3$"
)


class BackupFailed(StoreError):
    template = "The copy of the database could not be made: {reason}"


class NotABackup(StoreError):
    template = "“{file}” is not a copy of this application's database, so it was not restored."


class MigrationBackupFailed(StoreError):
    template = (
        "The database needs an upgrade, but the copy taken before it could not be made, "
        "so nothing was changed: {reason}"
    )


@dataclass(frozen=True)
class BackupInfo:
    """One copy: its file, when and why it was taken, its size and schema revision."""

    path: Path
    moment: datetime
    """UTC-aware."""
    reason: Reason
    size: int
    revision: str | None
    """The schema revision read from the copy; None if it cannot be read."""
    sequence: int = 0
    """Tells apart copies taken within the same second."""


Target = Database | Path


def database_file(target: Target) -> Path:
    """The SQLite file of an open database (or the path itself)."""
    if isinstance(target, Database):
        if not target.is_sqlite:
            raise StoreError("Only a SQLite database is copied file by file.")
        return Path(str(target.url.database))
    return Path(target)


def backups_folder(target: Target) -> Path:
    return database_file(target).parent / FOLDER_NAME


def dumps_folder() -> Path:
    """Where this computer keeps PostgreSQL dumps: ``backups`` in the data folder."""
    return data_dir() / FOLDER_NAME


def latest_dump(url: URL) -> Path | None:
    """The newest dump of this database in ``dumps_folder()``, if any."""
    dumps = dumps_folder().glob(f"{glob_escape(str(url.database))}-*.dump")
    return max(dumps, key=lambda path: path.name, default=None)


def list_backups(target: Target) -> list[BackupInfo]:
    """The copies of this database, newest first."""
    return _scan(database_file(target), read_revisions=True)


def _scan(db_file: Path, read_revisions: bool) -> list[BackupInfo]:
    folder = db_file.parent / FOLDER_NAME
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db_file.stem:
            continue
        try:
            size = path.stat().st_size
        except OSError:  # pruned by another window meanwhile
            continue
        found.append(
            BackupInfo(
                path=path,
                moment=datetime.strptime(match["stamp"], STAMP_FORMAT).astimezone(UTC),
                reason=Reason(match["reason"]),
                size=size,
                revision=_read_revision(path) if read_revisions else None,
                sequence=int(match["n"] or 0),
            )
        )
    return sorted(found, key=lambda b: (b.moment, b.sequence), reverse=True)


def take_backup(
    target: Target, reason: Reason, *, tz: tzinfo | None = None, keep: int = KEEP_BACKUPS
) -> BackupInfo:
    """Copy the database now (online: others may keep writing) and prune old copies."""
    info = _copy(database_file(target), reason, tz)
    prune(target, keep)
    return info


def backup_at_start(
    target: Target, *, tz: tzinfo | None = None, keep: int = KEEP_BACKUPS
) -> BackupInfo | None:
    """The day's copy, unless the database already has one taken today (local day).

    Also fit for a timer that runs ``backup_if_due(db, Reason.DAILY)`` in an app left open
    overnight. PostgreSQL: nothing (the server's own backups are the rule there).
    """
    return backup_if_due(target, Reason.START, tz=tz, keep=keep)


def backup_if_due(
    target: Target, reason: Reason, *, tz: tzinfo | None = None, keep: int = KEEP_BACKUPS
) -> BackupInfo | None:
    if isinstance(target, Database) and not target.is_sqlite:
        return None
    today = clock.now().astimezone(tz).date()
    for backup in _scan(database_file(target), read_revisions=False):
        if backup.reason in ROTATION and backup.moment.astimezone(tz).date() == today:
            return None
    return take_backup(target, reason, tz=tz, keep=keep)


def prune(target: Target, keep: int = KEEP_BACKUPS, spare: Path | None = None) -> list[Path]:
    """Delete the copies past the last ``keep`` of the rotation and the last
    ``KEEP_SAFETY_COPIES`` of each kind of safety copy; the deleted files."""
    seen: dict[str, int] = {}
    deleted = []
    for backup in _scan(database_file(target), read_revisions=False):
        group = "rotation" if backup.reason in ROTATION else backup.reason.value
        seen[group] = seen.get(group, 0) + 1
        limit = keep if group == "rotation" else KEEP_SAFETY_COPIES
        if seen[group] > limit and backup.path != spare:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def restore(
    db_path: Path, backup: BackupInfo | Path, *, tz: tzinfo | None = None
) -> BackupInfo | None:
    """Put the copy's data into ``db_path``; the safety copy of what it held (None if there
    was no database file).

    Call it with no connection open to ``db_path`` (the caller has disposed its engine):
    other connections would keep showing, or even write, the state being replaced. The copy
    is checked before anything is touched and the result is checked after (it must be a
    desk database); if that fails the safety copy is put back.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    _check_backup(source)
    safety = _copy(db_path, Reason.BEFORE_RESTORE, tz) if db_path.exists() else None
    try:
        _restore_file(source, db_path)
        _check_restored(db_path)
    except BaseException:
        if safety is not None:
            log.warning("restore of %s failed; putting back %s", source, safety.path)
            _restore_file(safety.path, db_path)
        raise
    log.info("restored %s from %s (safety copy %s)", db_path, source, safety)
    prune(db_path, spare=source)
    return safety


def upgrade_with_backup(db: Database, *, tz: tzinfo | None = None) -> bool:
    """``schema.upgrade`` with a copy taken first when a database with data is migrated.

    SQLite: a ``before-migration`` copy; if it fails, nothing is migrated. PostgreSQL: a
    dump into the data folder if pg_dump is installed, else only a warning in the log
    (the server's own backups are the rule there).
    """

    def before(revision: str | None) -> None:
        if db.is_sqlite:
            try:
                info = take_backup(db, Reason.BEFORE_MIGRATION, tz=tz)
            except BackupFailed as error:
                raise MigrationBackupFailed(reason=error.params["reason"]) from error
            log.info("copied %s at schema %s to %s", db.describe(), revision, info.path)
            return
        if pg_dump_available() is None:
            log.warning("migrating %s without a dump: pg_dump is not installed", db.describe())
            return
        try:
            path = dump_postgres(db.url, dumps_folder(), Reason.BEFORE_MIGRATION)
        except BackupFailed as error:
            log.warning("migrating %s without a dump: %s", db.describe(), error.message)
        else:
            log.info("dumped %s at schema %s to %s", db.describe(), revision, path)

    return schema.upgrade(db, before_migration=before)


# -- PostgreSQL ------------------------------------------------------------------------------


def pg_dump_available() -> str | None:
    """Where pg_dump is (PATH, or a Windows installation of PostgreSQL), or None."""
    found = shutil.which("pg_dump")
    if found is None and os.name == "nt":
        programs = os.environ.get("PROGRAMFILES", r"C:\Program Files")
        pattern = os.path.join(programs, "PostgreSQL", "*", "bin", "pg_dump.exe")
        candidates = sorted(glob(pattern), key=_major_version)
        found = candidates[-1] if candidates else None
    return found


def _major_version(pg_dump: str) -> int:
    """16 of ``C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe``: the newest wins."""
    digits = re.match(r"\d+", Path(pg_dump).parent.parent.name)
    return int(digits[0]) if digits else 0


def pg_dump_command(url: str | URL) -> str:
    """The command to run on the server for a dump, without the password (for the user)."""
    parsed = database_url(str(url)) if isinstance(url, str) else url
    name = parsed.database or "postgres"
    file = f"{name}-{clock.now().astimezone():%Y-%m-%d}.dump"
    parts = ["pg_dump", "-Fc", "-U", parsed.username or "postgres", "-f", file, name]
    return shlex.join(parts)


def dump_postgres(url: str | URL, folder: Path, reason: Reason = Reason.MANUAL) -> Path:
    """Run ``pg_dump -Fc`` into ``folder``; the dump file. Slow: keep it off the GUI thread."""
    program = pg_dump_available()
    if program is None:
        raise BackupFailed(reason="pg_dump is not installed on this computer.")
    parsed = url if isinstance(url, URL) else database_url(url)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{parsed.database}-{_stamp(None)}-{reason.value}", ".dump")
    partial = target.with_name(target.name + ".partial")
    arguments = [program, "-Fc", "--no-password", "-f", str(partial)]
    # Where to connect goes by the environment too: a database name with "=" in it would
    # be read as a connection string on the command line.
    environment = dict(os.environ, PGCONNECT_TIMEOUT="10")
    for variable, value in (
        ("PGHOST", parsed.host),
        ("PGPORT", parsed.port),
        ("PGUSER", parsed.username),
        ("PGDATABASE", parsed.database),
    ):
        if value is not None:
            environment[variable] = str(value)
    if parsed.password is not None:
        environment["PGPASSWORD"] = str(parsed.password)
    sslmode = parsed.query.get("sslmode")
    if isinstance(sslmode, str):
        environment["PGSSLMODE"] = sslmode
    result = subprocess.run(arguments, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = (result.stderr.strip().splitlines() or [f"exit code {result.returncode}"])[0]
        raise BackupFailed(reason=detail.removeprefix("pg_dump: error: "))
    partial.replace(target)
    return target


# -- the file work ---------------------------------------------------------------------------


def _stamp(tz: tzinfo | None) -> str:
    return clock.now().astimezone(tz).strftime(STAMP_FORMAT)


def _free_name(folder: Path, base: str, suffix: str) -> Path:
    path, n = folder / f"{base}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}{suffix}"
    return path


def _copy(db_file: Path, reason: Reason, tz: tzinfo | None) -> BackupInfo:
    if not db_file.is_file():
        raise BackupFailed(reason=f"there is no database file “{db_file}”.")
    folder = db_file.parent / FOLDER_NAME
    try:
        folder.mkdir(exist_ok=True)
        target = _free_name(folder, f"{db_file.stem}-{_stamp(tz)}-{reason.value}", ".sqlite3")
        partial = target.with_name(target.name + ".partial")
        with closing(_connect(db_file)) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(reason=str(error)) from error
    info = next(b for b in _scan(db_file, read_revisions=False) if b.path == target)
    info = replace(info, revision=_read_revision(target))
    log.info("backed up %s to %s (%s)", db_file, target, reason.value)
    return info


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path, timeout=5)


def _read_revision(path: Path) -> str | None:
    try:
        with closing(_connect(path, read_only=True)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _check_backup(path: Path) -> None:
    """Refuse a file that is not a sound copy of a desk database this application knows."""
    try:
        with closing(_connect(path, read_only=True)) as connection:
            sound = connection.execute("PRAGMA quick_check").fetchone()
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise NotABackup(file=path.name) from error
    if not sound or sound[0] != "ok" or not row:
        raise NotABackup(file=path.name)
    scripts = ScriptDirectory.from_config(schema.alembic_config())
    if row[0] not in {script.revision for script in scripts.walk_revisions()}:
        raise SchemaTooNew(found=row[0])


def _restore_file(source: Path, db_path: Path) -> None:
    try:
        with closing(_connect(source, read_only=True)) as copy, closing(_connect(db_path)) as db:
            copy.backup(db)
    except sqlite3.Error as error:
        raise BackupFailed(reason=str(error)) from error


def _check_restored(db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        if schema.check_schema(db) is None:
            raise NotABackup(file=db_path.name)
    finally:
        db.dispose()
