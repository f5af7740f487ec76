"""Scorecards: an index on the requests a department received, by when they came in.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

One department's card for a year then reads only that department's requests of the year,
not every request of the year (``ix_internal_requests_created_at``) nor every request the
department ever had (``ix_internal_requests_to_status``). A plain ``CREATE INDEX``: no
batch copy on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_internal_requests_to_created", "internal_requests", ["to_department_id", "created_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_internal_requests_to_created", table_name="internal_requests")
