"""The regular clients' discount table and the record of contacting clients after visits.

The discount table is the manager's (DOMAIN.md: "the grading table is the manager's to
set"); the services decide who is regular and which row applies. A ``ContactLog`` row is
one thing to do about one client (a call-back after a visit, a reminder, a greeting) once
somebody has acted on it: done, postponed, or not reached yet.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Versioned, enum_type, intpk, money


class MakeGroup(StrEnum):
    DOMESTIC = "domestic"
    FOREIGN = "foreign"


class DiscountTier(Versioned, Base):
    """From ``min_order_value`` up, a regular client with a car of ``make_group`` gets
    ``percent``; the highest threshold the order reaches applies."""

    __tablename__ = "discount_tiers"
    __table_args__ = (
        UniqueConstraint("make_group", "min_order_value"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent"),
        CheckConstraint("min_order_value >= 0", name="min_order_value"),
    )

    id: Mapped[intpk]
    make_group: Mapped[MakeGroup] = mapped_column(enum_type(MakeGroup))
    min_order_value: Mapped[money]
    percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))


class ContactKind(StrEnum):
    CALL_BACK = "call_back"
    """A few days after the handover: how is the car, how satisfied is the client."""
    SERVICE_DUE = "service_due"
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"


class ContactState(StrEnum):
    DONE = "done"
    POSTPONED = "postponed"
    """Back on the list on ``postponed_to`` (a call not answered is postponed to tomorrow)."""
    GAVE_UP = "gave_up"
    """Not reached after the last attempt: off the list, kept for the record."""


class ContactLog(Versioned, Base):
    __tablename__ = "contact_logs"
    __table_args__ = (
        UniqueConstraint("client_id", "kind", "subject"),
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="score"),
    )

    id: Mapped[intpk]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind))
    subject: Mapped[str] = mapped_column(String(60))
    """What the contact is about, so each occurs once: "order:123", "vehicle:45:2027-03-01",
    "birthday:2026", "holiday:2026-03-08"."""
    state: Mapped[ContactState] = mapped_column(enum_type(ContactState))
    reached: Mapped[bool | None] = mapped_column(Boolean)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    postponed_to: Mapped[date | None] = mapped_column(Date)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"))
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
