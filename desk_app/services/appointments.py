"""What the front desk expects today and what it has just accepted.

A day is the desk's local day: its bounds are computed in the workstation's time zone
and compared with the UTC timestamps in the database, so an appointment at 00:30 Moscow
time belongs to that Moscow day even though it is stored on the previous UTC date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desk_app.models import Appointment, AppointmentStatus, ClientPhone, WorkOrder, WorkOrderStatus
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    starts_at: datetime
    duration_minutes: int
    client_id: int
    client_name: str
    phone: str
    """The client's first phone in E.164, or ""."""
    vehicle_title: str
    plate: str
    reason: str
    status: AppointmentStatus
    work_order_id: int | None


@dataclass(frozen=True)
class IntakeRow:
    """A work order as reception remembers it: when, whose car, who accepted it."""

    id: int
    number: str
    accepted_at: datetime
    client_id: int
    client_name: str
    vehicle_title: str
    plate: str
    accepted_by: str
    status: WorkOrderStatus


def _require_front_desk(actor: Actor) -> None:
    """Booking and intake go together at the desk: either permission opens both lists."""
    if not (actor.can(Action.BOOK_APPOINTMENT) or actor.can(Action.ACCEPT_VEHICLE)):
        raise PermissionDenied(action=Action.BOOK_APPOINTMENT.value)


def local_day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC moments where the local ``day`` starts and the next one starts."""
    start = datetime.combine(day, time.min, tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def _first_phones(session: Session, client_ids: set[int]) -> dict[int, str]:
    phones: dict[int, str] = {}
    query = (
        select(ClientPhone.client_id, ClientPhone.number)
        .where(ClientPhone.client_id.in_(client_ids))
        .order_by(ClientPhone.id)
    )
    for client_id, number in session.execute(query):
        phones.setdefault(client_id, number)
    return phones


def list_appointments(db: Database, actor: Actor, day: date, tz: tzinfo) -> list[AppointmentRow]:
    """The appointments starting on the local ``day``, in time order, whatever their status."""
    _require_front_desk(actor)
    start, end = local_day_bounds(day, tz)
    with db.transaction() as session:
        appointments = list(
            session.scalars(
                select(Appointment)
                .where(Appointment.starts_at >= start, Appointment.starts_at < end)
                .options(joinedload(Appointment.client), joinedload(Appointment.vehicle))
                .order_by(Appointment.starts_at, Appointment.id)
            )
        )
        phones = _first_phones(session, {a.client_id for a in appointments})
        return [
            AppointmentRow(
                id=a.id,
                starts_at=a.starts_at,
                duration_minutes=a.duration_minutes,
                client_id=a.client_id,
                client_name=a.client.display_name,
                phone=phones.get(a.client_id, ""),
                vehicle_title=a.vehicle.title if a.vehicle else "",
                plate=a.vehicle.plate if a.vehicle else "",
                reason=a.reason,
                status=a.status,
                work_order_id=a.work_order_id,
            )
            for a in appointments
        ]


def list_recent_intakes(db: Database, actor: Actor, limit: int = 50) -> list[IntakeRow]:
    """The work orders accepted most recently, newest first."""
    _require_front_desk(actor)
    with db.transaction() as session:
        orders = session.scalars(
            select(WorkOrder)
            .options(
                joinedload(WorkOrder.client),
                joinedload(WorkOrder.vehicle),
                joinedload(WorkOrder.accepted_by),
            )
            .order_by(WorkOrder.accepted_at.desc(), WorkOrder.id.desc())
            .limit(max(limit, 0))
        )
        return [
            IntakeRow(
                id=order.id,
                number=order.number,
                accepted_at=order.accepted_at,
                client_id=order.client_id,
                client_name=order.client.display_name,
                vehicle_title=order.vehicle.title,
                plate=order.vehicle.plate,
                accepted_by=order.accepted_by.full_name,
                status=order.status,
            )
            for order in orders.unique()
        ]
