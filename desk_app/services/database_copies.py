"""Who may copy and restore the shop's database: the store makes the copies, this says
whether the person at the desk may ask for them (the manager, as for every setting)."""

from __future__ import annotations

from pathlib import Path

from desk_app.services.permissions import Action, Actor
from desk_app.store import backups
from desk_app.store.backups import BackupInfo, Reason
from desk_app.store.database import Database


def may_manage(actor: Actor) -> bool:
    """Copies are listed to everyone who opens Admin; taking and restoring is the manager's."""
    return actor.can(Action.MANAGE_SETTINGS)


def take_copy(db: Database, actor: Actor) -> BackupInfo:
    """A copy of a SQLite shop now, beside the automatic ones."""
    actor.require(Action.MANAGE_SETTINGS)
    return backups.take_backup(backups.database_file(db), Reason.MANUAL)


def dump_now(db: Database, actor: Actor) -> Path:
    """A pg_dump of a shared shop into the data folder's backups."""
    actor.require(Action.MANAGE_SETTINGS)
    return backups.dump_postgres(db.url, backups.dumps_folder())


def check_restore(actor: Actor) -> None:
    """Before the window closes for a restore: only the manager may roll the shop back."""
    actor.require(Action.MANAGE_SETTINGS)
