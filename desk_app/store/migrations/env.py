"""Alembic environment: always run from code with a connection handed in by the store."""

from __future__ import annotations

from alembic import context

from desk_app.models import Base

SEARCH_INDEX = "client_search"
"""Revision 0003's search index (an FTS5 table and its shadow tables on SQLite, a plain
table on PostgreSQL), kept by triggers: no model describes it, so autogenerate skips it."""


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and (name or "").startswith(SEARCH_INDEX))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
