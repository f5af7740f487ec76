"""The work order (заказ-наряд) and everything recorded on it.

Totals are not stored: they are summed from the lines by the services, so that a price
can never disagree with the lines it came from.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Versioned, enum_type, intpk, money
from desk_app.models.order_review import LineApproval

if TYPE_CHECKING:
    from desk_app.models.client import Client
    from desk_app.models.staff import Bay, Staff
    from desk_app.models.vehicle import Vehicle


class WorkOrderStatus(StrEnum):
    ACCEPTED = "accepted"
    DIAGNOSIS = "diagnosis"
    AWAITING_APPROVAL = "awaiting_approval"
    AWAITING_PARTS = "awaiting_parts"
    IN_PROGRESS = "in_progress"
    QUALITY_CHECK = "quality_check"
    READY = "ready"
    HANDED_OVER = "handed_over"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in (WorkOrderStatus.HANDED_OVER, WorkOrderStatus.CANCELLED)


class DamageKind(StrEnum):
    SCRATCH = "scratch"
    DENT = "dent"
    CHIP = "chip"
    CRACK = "crack"
    RUST = "rust"
    MISSING = "missing"


class InspectionState(StrEnum):
    OK = "ok"
    ATTENTION = "attention"
    URGENT = "urgent"


class WorkOrder(Versioned, Base):
    __tablename__ = "work_orders"
    __table_args__ = (
        CheckConstraint("fuel_level BETWEEN 0 AND 100", name="fuel_level"),
        CheckConstraint("odometer_km >= 0", name="odometer_km"),
        CheckConstraint("discount_percent BETWEEN 0 AND 100", name="discount_percent"),
        Index("ix_work_orders_status_promised", "status", "promised_at"),
    )

    id: Mapped[intpk]
    number: Mapped[str] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    status: Mapped[WorkOrderStatus] = mapped_column(
        enum_type(WorkOrderStatus), default=WorkOrderStatus.ACCEPTED
    )
    accepted_at: Mapped[datetime] = mapped_column(index=True)
    accepted_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    master_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    bay_id: Mapped[int | None] = mapped_column(ForeignKey("bays.id"))
    promised_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    odometer_km: Mapped[int] = mapped_column(Integer, default=0)
    fuel_level: Mapped[int] = mapped_column(Integer, default=0)
    complaints: Mapped[str] = mapped_column(Text, default="")
    completeness: Mapped[list[str]] = mapped_column(JSON, default=list)
    estimate: Mapped[money]
    prepayment: Mapped[money]
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    discount_reason: Mapped[str] = mapped_column(String(200), default="")
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")
    next_visit_note: Mapped[str] = mapped_column(String(300), default="")

    client: Mapped[Client] = relationship()
    vehicle: Mapped[Vehicle] = relationship()
    accepted_by: Mapped[Staff] = relationship(foreign_keys=[accepted_by_id])
    master: Mapped[Staff | None] = relationship(foreign_keys=[master_id])
    bay: Mapped[Bay | None] = relationship()
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="work_order", cascade="all, delete-orphan", order_by="StatusChange.id"
    )
    labour_lines: Mapped[list[LabourLine]] = relationship(
        back_populates="work_order", cascade="all, delete-orphan", order_by="LabourLine.position"
    )
    part_lines: Mapped[list[PartLine]] = relationship(
        back_populates="work_order", cascade="all, delete-orphan", order_by="PartLine.position"
    )
    damage_marks: Mapped[list[DamageMark]] = relationship(
        back_populates="work_order", cascade="all, delete-orphan"
    )
    inspection_items: Mapped[list[InspectionItem]] = relationship(
        back_populates="work_order", cascade="all, delete-orphan"
    )


class StatusChange(Base):
    """One move of a work order's status: who, when, from what to what, and why."""

    __tablename__ = "status_changes"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[WorkOrderStatus | None] = mapped_column(
        enum_type(WorkOrderStatus, "from_status")
    )
    to_status: Mapped[WorkOrderStatus] = mapped_column(enum_type(WorkOrderStatus, "to_status"))
    changed_at: Mapped[datetime]
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    comment: Mapped[str] = mapped_column(Text, default="")

    work_order: Mapped[WorkOrder] = relationship(back_populates="status_changes")
    changed_by: Mapped[Staff] = relationship()


class LabourLine(Base):
    __tablename__ = "labour_lines"
    __table_args__ = (CheckConstraint("norm_hours >= 0", name="norm_hours"),)

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    operation_code: Mapped[str] = mapped_column(String(30), default="")
    name: Mapped[str] = mapped_column(String(300))
    norm_hours: Mapped[Decimal] = mapped_column(Numeric(7, 2), default=Decimal("0"))
    rate: Mapped[money]
    mechanic_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    done_at: Mapped[datetime | None]
    warranty_months: Mapped[int] = mapped_column(Integer, default=0)
    approval: Mapped[LineApproval] = mapped_column(
        enum_type(LineApproval), default=LineApproval.AGREED
    )
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("client_approvals.id"))

    work_order: Mapped[WorkOrder] = relationship(back_populates="labour_lines")
    mechanic: Mapped[Staff | None] = relationship()


class PartLine(Base):
    __tablename__ = "part_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    part_number: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 3), default=Decimal("1"))
    unit_price: Mapped[money]
    supplied_by_client: Mapped[bool] = mapped_column(Boolean, default=False)
    approval: Mapped[LineApproval] = mapped_column(
        enum_type(LineApproval), default=LineApproval.AGREED
    )
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("client_approvals.id"))

    work_order: Mapped[WorkOrder] = relationship(back_populates="part_lines")


class DamageMark(Base):
    """A mark on the car diagram; x and y are fractions of the diagram's width and height."""

    __tablename__ = "damage_marks"
    __table_args__ = (CheckConstraint("x BETWEEN 0 AND 1 AND y BETWEEN 0 AND 1", name="position"),)

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DamageKind] = mapped_column(enum_type(DamageKind))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(300), default="")

    work_order: Mapped[WorkOrder] = relationship(back_populates="damage_marks")


class InspectionItem(Base):
    __tablename__ = "inspection_items"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    state: Mapped[InspectionState] = mapped_column(enum_type(InspectionState))
    note: Mapped[str] = mapped_column(String(300), default="")

    work_order: Mapped[WorkOrder] = relationship(back_populates="inspection_items")
