"""Work in the shop: the client's answers to extra works and the master's quality checks.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Lines of a work order get ``approval`` (agreed, proposed, declined) and the answer that
decided them. Lines already on orders were agreed at intake, so they start as agreed (the
column keeps that server default, which is also what the model writes).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINE_TABLES = ("labour_lines", "part_lines")


def _approval_enum() -> sa.Enum:
    return sa.Enum(
        "agreed",
        "proposed",
        "declined",
        name="lineapproval",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def upgrade() -> None:
    op.create_table(
        "client_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", desk_app.models.base.UtcDateTime(), nullable=False),
        sa.Column("answered_by", sa.String(length=160), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "phone",
                "in_person",
                "message",
                "email",
                name="approvalchannel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("answered_at", desk_app.models.base.UtcDateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_client_approvals_recorded_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_orders.id"],
            name=op.f("fk_client_approvals_work_order_id_work_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_approvals")),
    )
    op.create_index(
        op.f("ix_client_approvals_work_order_id"), "client_approvals", ["work_order_id"]
    )
    op.create_table(
        "quality_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=False),
        sa.Column("checked_by_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", desk_app.models.base.UtcDateTime(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checked_by_id"], ["staff.id"], name=op.f("fk_quality_checks_checked_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_orders.id"],
            name=op.f("fk_quality_checks_work_order_id_work_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_checks")),
    )
    op.create_index(op.f("ix_quality_checks_work_order_id"), "quality_checks", ["work_order_id"])
    for table in LINE_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("approval", _approval_enum(), nullable=False, server_default="agreed")
            )
            batch.add_column(sa.Column("approval_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                op.f(f"fk_{table}_approval_id_client_approvals"),
                "client_approvals",
                ["approval_id"],
                ["id"],
            )


def downgrade() -> None:
    for table in LINE_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"fk_{table}_approval_id_client_approvals"), "foreignkey")
            batch.drop_column("approval_id")
            batch.drop_constraint(op.f(f"ck_{table}_lineapproval"), "check")
            batch.drop_column("approval")
    op.drop_table("quality_checks")
    op.drop_table("client_approvals")
