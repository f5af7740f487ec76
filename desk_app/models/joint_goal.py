"""Jointly set goals between two departments (DOMAIN.md, seed 003): a target agreed in
advance, a date and a quantity ("3 trained fitters by 1 March"), judged by the fact."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Versioned, enum_type, intpk
from desk_app.models.staff import DepartmentKind


class JointGoal(Versioned, Base):
    __tablename__ = "joint_goals"
    __table_args__ = (
        CheckConstraint("target > 0", name="target"),
        CheckConstraint("supplier <> customer", name="two_departments"),
    )

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(String(200))
    """What is to be achieved, e.g. "trained fitters"."""
    supplier: Mapped[DepartmentKind] = mapped_column(
        enum_type(DepartmentKind, name="goal_supplier")
    )
    """The department that delivers."""
    customer: Mapped[DepartmentKind] = mapped_column(
        enum_type(DepartmentKind, name="goal_customer")
    )
    """The department it is delivered to, which agreed the target and judges the fact."""
    target: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit: Mapped[str] = mapped_column(String(40), default="")
    due_on: Mapped[date]
    agreed_at: Mapped[datetime]
    agreed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    fact: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    fact_recorded_at: Mapped[datetime | None]
    fact_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
