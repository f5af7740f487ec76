"""Live updates: PostgreSQL tells listening desks which tables another desk changed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-09

Every INSERT, UPDATE, DELETE or TRUNCATE on a table that other desks show sends
``pg_notify('desk_changes', <table name>)``. The triggers are statement-level, so a bulk
write (the demo shop, an import, a COPY) sends one notice per table, not one per row, and
PostgreSQL folds equal notices of one transaction into one; listeners hear them at commit
only (``desk_app.store.change_feed``). On SQLite nothing is needed: desks on one machine
poll ``PRAGMA data_version`` instead. The list below is frozen with this step.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "desk_notify_change"
TRIGGER = "desk_changes_notify"
TABLES = (
    "work_orders", "status_changes", "labour_lines", "part_lines", "client_approvals",
    "quality_checks", "internal_requests", "request_answers", "request_items", "clients",
    "client_phones", "vehicles", "appointments", "contact_logs",
)  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('desk_changes', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$"""
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
