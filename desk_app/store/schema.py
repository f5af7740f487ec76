"""The schema's version: bring a database up to this application's, or refuse it.

Alembic runs at every start-up. A database stamped with a revision this application does
not know was made by a newer version and is refused before anything is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from desk_app.store.database import Database
from desk_app.store.errors import NotADeskDatabase, SchemaTooNew

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the application ships at least one migration"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_schema(db: Database) -> str | None:
    """The database's revision, or an error if this application must not touch it."""
    scripts = ScriptDirectory.from_config(alembic_config())
    with db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if tables and VERSION_TABLE not in tables:
            raise NotADeskDatabase(where=db.describe())
        revision = current_revision(connection) if tables else None
    if revision is not None and revision not in {s.revision for s in scripts.walk_revisions()}:
        raise SchemaTooNew(found=revision)
    return revision


def upgrade(db: Database, before_migration: Callable[[str | None], None] | None = None) -> bool:
    """Migrate the database to this application's schema; True if anything was applied.

    ``before_migration`` is called with the current revision right before a database that
    already has a schema is migrated (not for a new, empty one): the store takes its backup
    there (``backups.upgrade_with_backup``); if it raises, nothing is migrated.
    """
    revision = check_schema(db)
    if revision == head_revision():
        return False
    if revision is not None and before_migration is not None:
        before_migration(revision)
    log.info("migrating %s from %s to %s", db.describe(), revision, head_revision())
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return True
