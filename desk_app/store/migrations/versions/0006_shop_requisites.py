"""The shop's own requisites, printed on every document: name, legal form, ИНН, ОГРН,
address, phone, e-mail, logo and the warranty text.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08

Columns are added with plain ``ALTER TABLE ADD COLUMN`` (no batch copy), as in 0005; the
server defaults fill the shop's existing row, and the manager fills in the rest in Admin.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A copy, not an import of the model's constant: this step must stay as it shipped.
WARRANTY_TEXT = (
    "The service guarantees the works for the periods stated per work, counted from the "
    "handover; parts carry their maker's warranty."
)
TEXT_COLUMNS = (
    ("shop_name", sa.String(length=200), ""),
    ("legal_form", sa.String(length=60), ""),
    ("tax_id", sa.String(length=12), ""),
    ("registration_number", sa.String(length=15), ""),
    ("address", sa.String(length=300), ""),
    ("phone", sa.String(length=40), ""),
    ("email", sa.String(length=120), ""),
    ("warranty_text", sa.Text(), WARRANTY_TEXT),
)


def upgrade() -> None:
    for name, column_type, default in TEXT_COLUMNS:
        op.add_column(
            "shop_settings",
            sa.Column(name, column_type, nullable=False, server_default=default),
        )
    op.add_column("shop_settings", sa.Column("logo_png", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("shop_settings", "logo_png")
    for name, _type, _default in reversed(TEXT_COLUMNS):
        op.drop_column("shop_settings", name)
