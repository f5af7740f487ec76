"""The database: engines for SQLite and PostgreSQL, sessions, and schema migrations."""

from __future__ import annotations

from pathlib import Path

from desk_app.store.database import Database
from desk_app.store.errors import StoreError
from desk_app.store.schema import upgrade


def open_database(target: str | Path) -> Database:
    """Open and migrate a database, or raise ``StoreError`` having written nothing."""
    db = Database.open(target)
    try:
        upgrade(db)
    except Exception:
        db.dispose()
        raise
    return db


__all__ = ["Database", "StoreError", "open_database"]
