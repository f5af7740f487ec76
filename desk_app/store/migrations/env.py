"""Alembic environment: always run from code with a connection handed in by the store."""

from __future__ import annotations

from alembic import context

from desk_app.models import Base

SEARCH_INDEX = "client_search"
"""Revision 0003's search index (an FTS5 table and its shadow tables on SQLite, a plain
table on PostgreSQL), kept by triggers: no model describes it, so autogenerate skips it."""


EXPRESSION_INDEXES = {"ix_clients_sort"}
"""Indexes on expressions (0005): SQLite's reflection cannot read them back to compare."""


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and (name or "").startswith(SEARCH_INDEX))


def include_object(
    _object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    return not (type_ == "index" and name in EXPRESSION_INDEXES)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
