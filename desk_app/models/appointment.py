"""Appointments booked ahead (by phone); on arrival one becomes an intake."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Versioned, enum_type, intpk

if TYPE_CHECKING:
    from desk_app.models.client import Client
    from desk_app.models.vehicle import Vehicle


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class Appointment(Versioned, Base):
    __tablename__ = "appointments"
    __table_args__ = (CheckConstraint("duration_minutes > 0", name="duration"),)

    id: Mapped[intpk]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[AppointmentStatus] = mapped_column(
        enum_type(AppointmentStatus), default=AppointmentStatus.BOOKED
    )
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"))
    booked_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(String(300), default="")

    client: Mapped[Client] = relationship()
    vehicle: Mapped[Vehicle | None] = relationship()
