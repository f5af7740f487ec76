"""Intake: drafts of the intake form, the price list of labour operations, the shop's
labour rate, and the editable checklists seeded with their defaults.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

import desk_app.models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The lists as this release ships them; later releases add their own rows in their own step.
COMPLETENESS = (
    "Spare wheel",
    "Jack",
    "Tools",
    "First-aid kit",
    "Warning triangle",
    "Fire extinguisher",
    "Documents",
    "Valuables",
)
INSPECTION = (
    "Lights",
    "Tyres",
    "Brakes",
    "Fluids",
    "Battery",
    "Wipers",
    "Windscreen",
    "Dashboard warning lights",
)
LABOUR_RATE = Decimal("2200.00")
PROMISE_HOURS = 24


def upgrade() -> None:
    checklist_items = op.create_table(
        "checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "completeness",
                "inspection",
                name="checklistkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_checklist_items_kind")),
    )
    op.create_table(
        "labour_operations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("group_name", sa.String(length=80), nullable=False),
        sa.Column("norm_hours", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("warranty_months", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("norm_hours >= 0", name=op.f("ck_labour_operations_norm_hours")),
        sa.CheckConstraint(
            "warranty_months >= 0", name=op.f("ck_labour_operations_warranty_months")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_labour_operations")),
        sa.UniqueConstraint("code", name=op.f("uq_labour_operations_code")),
    )
    shop_settings = op.create_table(
        "shop_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("labour_rate", desk_app.models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("promise_hours", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_shop_settings_single_row")),
        sa.CheckConstraint("labour_rate >= 0", name=op.f("ck_shop_settings_labour_rate")),
        sa.CheckConstraint("promise_hours > 0", name=op.f("ck_shop_settings_promise_hours")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_settings")),
    )
    op.create_table(
        "intake_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", desk_app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_intake_drafts_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_drafts")),
        sa.UniqueConstraint("staff_id", name=op.f("uq_intake_drafts_staff_id")),
    )

    op.bulk_insert(
        checklist_items,
        [
            {"kind": kind, "name": name, "position": position, "active": True, "version": 1}
            for kind, names in (("completeness", COMPLETENESS), ("inspection", INSPECTION))
            for position, name in enumerate(names, start=1)
        ],
    )
    op.bulk_insert(
        shop_settings,
        [{"id": 1, "labour_rate": LABOUR_RATE, "promise_hours": PROMISE_HOURS, "version": 1}],
    )


def downgrade() -> None:
    op.drop_table("intake_drafts")
    op.drop_table("shop_settings")
    op.drop_table("labour_operations")
    op.drop_table("checklist_items")
