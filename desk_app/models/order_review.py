"""What is decided about a work order after intake: the client's answer to extra works, and
the master's quality check.

Both are kept as records of their own, never as flags on the order, because the trade asks
"who said yes, how, and when" and "who passed the car, on what points" long after the fact.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, enum_type, intpk

if TYPE_CHECKING:
    from desk_app.models.staff import Staff


class ApprovalChannel(StrEnum):
    """How the client gave his answer to reception."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    MESSAGE = "message"
    EMAIL = "email"


class LineApproval(StrEnum):
    """Where a line of a work order stands with the client."""

    AGREED = "agreed"
    """Agreed at intake, or approved since: it counts in the order's money and work."""
    PROPOSED = "proposed"
    """Found later (in diagnosis or repair); waits for the client's answer."""
    DECLINED = "declined"
    """The client said no: kept for the record, never charged or worked on."""


class ClientApproval(Base):
    """The client's answer to proposed extra works, as reception recorded it."""

    __tablename__ = "client_approvals"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime]
    answered_by: Mapped[str] = mapped_column(String(160))
    """Who gave the answer on the client's side, as he named himself."""
    channel: Mapped[ApprovalChannel] = mapped_column(enum_type(ApprovalChannel))
    answered_at: Mapped[datetime]
    """When the client answered (a call taken before it was typed in)."""
    comment: Mapped[str] = mapped_column(Text, default="")

    recorded_by: Mapped[Staff] = relationship()


class QualityCheck(Base):
    """One pass or fail of the master's check before a car is ready."""

    __tablename__ = "quality_checks"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    checked_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    checked_at: Mapped[datetime]
    passed: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    """The points checked: ``{"name": str, "ok": bool}`` each, names as shown at the time."""

    checked_by: Mapped[Staff] = relationship()
