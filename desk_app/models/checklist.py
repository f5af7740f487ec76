"""The editable lists of the intake form: what is left in the car, and what is inspected.

Work orders copy the names they record (``WorkOrder.completeness``, ``InspectionItem.name``),
so renaming or retiring an item never changes an accepted order.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Versioned, enum_type, intpk


class ChecklistKind(StrEnum):
    COMPLETENESS = "completeness"
    """Things left with the car: spare wheel, jack, documents, valuables."""
    INSPECTION = "inspection"
    """Points looked at on arrival, each ok / attention / urgent."""


class ChecklistItem(Versioned, Base):
    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[intpk]
    kind: Mapped[ChecklistKind] = mapped_column(enum_type(ChecklistKind))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
