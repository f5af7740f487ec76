"""Internal requests between departments, their answers and the requester's rating."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Money, Versioned, enum_type, intpk
from desk_app.models.staff import DepartmentKind

if TYPE_CHECKING:
    from desk_app.models.staff import Department, Staff
    from desk_app.models.work_order import PartLine, WorkOrder


class RequestKind(StrEnum):
    PARTS_AVAILABILITY = "parts_availability"
    PARTS_RESERVE = "parts_reserve"
    PARTS_ISSUE = "parts_issue"
    PARTS_ORDER = "parts_order"
    FINANCE_PREPAYMENT = "finance_prepayment"
    FINANCE_DISCOUNT = "finance_discount"
    FINANCE_INVOICE = "finance_invoice"
    FINANCE_REFUND = "finance_refund"
    FINANCE_REIMBURSE = "finance_reimburse"
    INFO_FIGURES = "info_figures"

    @property
    def department(self) -> DepartmentKind:
        """The department that answers this kind of request (DOMAIN.md: figures are the
        service department's to supply, so finance asks the workshop for them)."""
        if self.value.startswith("parts_"):
            return DepartmentKind.PARTS
        if self.value.startswith("finance_"):
            return DepartmentKind.FINANCE
        return DepartmentKind.WORKSHOP


class RequestStatus(StrEnum):
    NEW = "new"
    TAKEN = "taken"
    ANSWERED = "answered"
    CLOSED = "closed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.ANSWERED)


class InternalRequest(Versioned, Base):
    __tablename__ = "internal_requests"
    __table_args__ = (
        CheckConstraint("rating_score IS NULL OR rating_score BETWEEN 1 AND 5", name="score"),
        Index("ix_internal_requests_to_status", "to_department_id", "status"),
        Index("ix_internal_requests_to_created", "to_department_id", "created_at"),
    )

    id: Mapped[intpk]
    from_department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    to_department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    requester_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[RequestKind] = mapped_column(enum_type(RequestKind))
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(index=True)
    needed_by: Mapped[datetime | None]
    """When the requester needs the answer (his wish; may be earlier than the standard)."""
    window_opens_at: Mapped[datetime | None]
    """When the answering department's service window opens for it: the filing moment
    itself, or later when the request was filed outside the window and waits in the queue."""
    due_at: Mapped[datetime | None]
    """The answer promised by the department's agreed standard, fixed when filed so that a
    later change of the standard does not rewrite how a past request is judged."""
    responded_at: Mapped[datetime | None]
    """The first answer or the rejection: what the department's response time is counted to."""
    status: Mapped[RequestStatus] = mapped_column(
        enum_type(RequestStatus), default=RequestStatus.NEW
    )
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    taken_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    reject_reason: Mapped[str] = mapped_column(String(300), default="")
    rating_good: Mapped[bool | None] = mapped_column(Boolean)
    rating_score: Mapped[int | None] = mapped_column(Integer)
    rating_comment: Mapped[str] = mapped_column(Text, default="")

    from_department: Mapped[Department] = relationship(foreign_keys=[from_department_id])
    to_department: Mapped[Department] = relationship(foreign_keys=[to_department_id])
    requester: Mapped[Staff] = relationship(foreign_keys=[requester_id])
    work_order: Mapped[WorkOrder | None] = relationship()
    items: Mapped[list[RequestItem]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestItem.id"
    )
    answers: Mapped[list[RequestAnswer]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestAnswer.id"
    )


class RequestItem(Base):
    __tablename__ = "request_items"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)

    id: Mapped[intpk]
    request_id: Mapped[int] = mapped_column(
        ForeignKey("internal_requests.id", ondelete="CASCADE"), index=True
    )
    part_number: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 3), default=Decimal("1"))
    in_stock: Mapped[bool | None] = mapped_column(Boolean)
    """The parts clerk's answer for this line; None until answered."""
    available: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    unit_price: Mapped[Decimal | None] = mapped_column(Money())
    bin: Mapped[str] = mapped_column(String(40), default="")
    eta: Mapped[datetime | None]
    """When a part not in stock arrives from the supplier."""
    reserved_at: Mapped[datetime | None]
    issued_at: Mapped[datetime | None]
    part_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("part_lines.id", ondelete="SET NULL")
    )
    """The line this item became on the work order when issued."""

    request: Mapped[InternalRequest] = relationship(back_populates="items")
    part_line: Mapped[PartLine | None] = relationship()


class RequestAnswer(Base):
    __tablename__ = "request_answers"

    id: Mapped[intpk]
    request_id: Mapped[int] = mapped_column(
        ForeignKey("internal_requests.id", ondelete="CASCADE"), index=True
    )
    answered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    answered_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text, default="")
    in_stock: Mapped[bool | None] = mapped_column(Boolean)
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    price: Mapped[Decimal | None] = mapped_column(Money())
    bin: Mapped[str] = mapped_column(String(40), default="")
    eta: Mapped[datetime | None]

    request: Mapped[InternalRequest] = relationship(back_populates="answers")
    answered_by: Mapped[Staff] = relationship()
