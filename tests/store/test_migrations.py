"""Migrations: the same schema from empty on both engines, and in step with the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from desk_app.models import Base
from desk_app.store.schema import current_revision, head_revision, upgrade


def test_from_empty_every_table_exists(any_db):
    with any_db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert current_revision(connection) == head_revision()


def test_upgrading_an_up_to_date_database_does_nothing(any_db):
    assert upgrade(any_db) is False


def not_the_search_index(name: str | None, type_: str, _parents: object) -> bool:
    """As in migrations/env.py: the trigger-kept search index of 0003 has no model."""
    return not (type_ == "table" and (name or "").startswith("client_search"))


def not_an_expression_index(
    _object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    """As in migrations/env.py: SQLite cannot reflect the card file's sort index."""
    return not (type_ == "index" and name == "ix_clients_sort")


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
def test_the_migrations_match_the_models(any_db):
    """A model changed without a migration shows up here as a difference."""
    with any_db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": not_the_search_index,
                "include_object": not_an_expression_index,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
