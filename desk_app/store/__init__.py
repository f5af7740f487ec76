"""The database: engines for SQLite and PostgreSQL, sessions, and schema migrations."""

from __future__ import annotations

from pathlib import Path

from desk_app.store.database import Database
from desk_app.store.errors import StoreError


def open_database(target: str | Path) -> Database:
    """Open and migrate a database (a copy is taken before a migration), or raise
    ``StoreError`` having written nothing."""
    from desk_app.store.backups import upgrade_with_backup  # backups imports this package

    db = Database.open(target)
    try:
        upgrade_with_backup(db)
    except Exception:
        db.dispose()
        raise
    return db


__all__ = ["Database", "StoreError", "open_database"]
