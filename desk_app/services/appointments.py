"""What the front desk expects today and what it has just accepted.

A day is the desk's local day: its bounds are computed in the workstation's time zone
and compared with the UTC timestamps in the database, so an appointment at 00:30 Moscow
time belongs to that Moscow day even though it is stored on the previous UTC date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    Client,
    ClientPhone,
    Staff,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import audit
from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.services.form_fields import (
    Collector,
    column_length,
    flush_versioned,
    free_text,
    one_line,
    row_to_edit,
)
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


# -- booking and the calendar ----------------------------------------------------------------

MAX_REASON_LENGTH = 1000
MAX_DURATION_MINUTES = 12 * 60
"""One working day: a longer job is booked as the car's stay, not as a slot."""
WEEK_DAYS = 7


@dataclass(frozen=True)
class CalendarEntry:
    """A booked slot as the day/week calendar shows it; ``version`` guards later changes."""

    id: int
    starts_at: datetime
    ends_at: datetime
    client_id: int
    client_name: str
    phone: str
    """The client's first phone in E.164, or ""."""
    vehicle_id: int | None
    vehicle_title: str
    plate: str
    reason: str
    note: str
    status: AppointmentStatus
    work_order_id: int | None
    booked_by: str
    version: int


@dataclass(frozen=True)
class CalendarDay:
    day: date
    entries: tuple[CalendarEntry, ...]


def _entries(session: Session, appointments: list[Appointment]) -> list[CalendarEntry]:
    phones = _first_phones(session, {a.client_id for a in appointments})
    staff_ids = {a.booked_by_id for a in appointments}
    names = {
        staff_id: name
        for staff_id, name in session.execute(
            select(Staff.id, Staff.full_name).where(Staff.id.in_(staff_ids))
        )
    }
    return [
        CalendarEntry(
            id=a.id,
            starts_at=a.starts_at,
            ends_at=a.starts_at + timedelta(minutes=a.duration_minutes),
            client_id=a.client_id,
            client_name=a.client.display_name,
            phone=phones.get(a.client_id, ""),
            vehicle_id=a.vehicle_id,
            vehicle_title=a.vehicle.title if a.vehicle else "",
            plate=a.vehicle.plate if a.vehicle else "",
            reason=a.reason,
            note=a.note,
            status=a.status,
            work_order_id=a.work_order_id,
            booked_by=names.get(a.booked_by_id, ""),
            version=a.version,
        )
        for a in appointments
    ]


def _with_people() -> tuple[Any, ...]:
    return (joinedload(Appointment.client), joinedload(Appointment.vehicle))


def list_week(
    db: Database,
    actor: Actor,
    monday: date,
    tz: tzinfo,
    *,
    include_cancelled: bool = False,
) -> list[CalendarDay]:
    """The seven local days from ``monday``, each with its slots in time order."""
    _require_front_desk(actor)
    start = local_day_bounds(monday, tz)[0]
    end = local_day_bounds(monday + timedelta(days=WEEK_DAYS - 1), tz)[1]
    with db.transaction() as session:
        query = (
            select(Appointment)
            .where(Appointment.starts_at >= start, Appointment.starts_at < end)
            .options(*_with_people())
            .order_by(Appointment.starts_at, Appointment.id)
        )
        if not include_cancelled:
            query = query.where(Appointment.status != AppointmentStatus.CANCELLED)
        entries = _entries(session, list(session.scalars(query).unique()))
    by_day: dict[date, list[CalendarEntry]] = {
        monday + timedelta(days=offset): [] for offset in range(WEEK_DAYS)
    }
    for entry in entries:
        by_day[entry.starts_at.astimezone(tz).date()].append(entry)
    return [CalendarDay(day, tuple(found)) for day, found in by_day.items()]


def book_appointment(
    db: Database,
    actor: Actor,
    client_id: int,
    vehicle_id: int | None,
    starts_at: datetime,
    duration_minutes: int,
    reason: str,
    note: str = "",
) -> CalendarEntry:
    """Book a slot; refused in the past, for a bad duration, or over the car's other slot."""
    actor.require(Action.BOOK_APPOINTMENT)
    now = clock.now()
    errors = Collector()
    if starts_at.tzinfo is None:
        errors.add("starts_at", "The time has no time zone.")
    elif starts_at < now:
        errors.add("starts_at", "This time has already passed.")
    if not 0 < duration_minutes <= MAX_DURATION_MINUTES:
        errors.add(
            "duration_minutes",
            "A slot lasts from 1 minute to {limit} hours.",
            limit=MAX_DURATION_MINUTES // 60,
        )
    with errors.check():
        reason = free_text("reason", reason, MAX_REASON_LENGTH)
    with errors.check():
        note = one_line("note", note, column_length(Appointment.note))
    with db.transaction() as session:
        if session.get(Client, client_id) is None:
            errors.add("client_id", "The client's card no longer exists.")
        if vehicle_id is not None and session.get(Vehicle, vehicle_id) is None:
            errors.add("vehicle_id", "The car no longer exists.")
        if vehicle_id is not None and not errors.errors:
            clash = _overlapping(session, vehicle_id, starts_at, duration_minutes)
            if clash is not None:
                errors.add(
                    "starts_at",
                    "This car is already booked for a time that overlaps this one.",
                    appointment_id=clash.id,
                    clash_starts_at=clash.starts_at,
                    clash_minutes=clash.duration_minutes,
                )
        errors.raise_if_any()
        appointment = Appointment(
            client_id=client_id,
            vehicle_id=vehicle_id,
            starts_at=starts_at,
            duration_minutes=duration_minutes,
            reason=reason,
            note=note,
            status=AppointmentStatus.BOOKED,
            booked_by_id=actor.id,
            created_at=now,
        )
        session.add(appointment)
        session.flush()
        audit.record(session, actor, "appointment", appointment.id, "book")
        return _entry(session, appointment.id)


def _overlapping(
    session: Session, vehicle_id: int, starts_at: datetime, duration_minutes: int
) -> Appointment | None:
    """A booked slot of the same car that shares time with the new one (touching is fine)."""
    ends_at = starts_at + timedelta(minutes=duration_minutes)
    candidates = session.scalars(
        select(Appointment)
        .where(
            Appointment.vehicle_id == vehicle_id,
            Appointment.status == AppointmentStatus.BOOKED,
            Appointment.starts_at < ends_at,
            Appointment.starts_at > starts_at - timedelta(minutes=MAX_DURATION_MINUTES),
        )
        .order_by(Appointment.starts_at)
    )
    return next(
        (a for a in candidates if a.starts_at + timedelta(minutes=a.duration_minutes) > starts_at),
        None,
    )


def _entry(session: Session, appointment_id: int) -> CalendarEntry:
    appointment = session.scalars(
        select(Appointment).where(Appointment.id == appointment_id).options(*_with_people())
    ).one()
    return _entries(session, [appointment])[0]


def _booked(session: Session, appointment_id: int, expected_version: int) -> Appointment:
    appointment = row_to_edit(session, Appointment, appointment_id, expected_version, "appointment")
    if appointment.status is not AppointmentStatus.BOOKED:
        raise ValidationError("status", "Only a booked appointment can be changed.")
    return appointment


def mark_no_show(
    db: Database, actor: Actor, appointment_id: int, expected_version: int
) -> CalendarEntry:
    """The client did not come; possible once the slot has started."""
    actor.require(Action.BOOK_APPOINTMENT)
    with db.transaction() as session:
        appointment = _booked(session, appointment_id, expected_version)
        if appointment.starts_at > clock.now():
            raise ValidationError("status", "The slot has not started yet.")
        appointment.status = AppointmentStatus.NO_SHOW
        flush_versioned(session, "appointment")
        audit.record(session, actor, "appointment", appointment.id, "no_show")
        return _entry(session, appointment.id)


def cancel_appointment(
    db: Database, actor: Actor, appointment_id: int, expected_version: int, reason: str = ""
) -> CalendarEntry:
    """The client called it off (or the shop did); kept on the calendar's history."""
    actor.require(Action.BOOK_APPOINTMENT)
    with db.transaction() as session:
        appointment = _booked(session, appointment_id, expected_version)
        appointment.status = AppointmentStatus.CANCELLED
        flush_versioned(session, "appointment")
        audit.record(
            session,
            actor,
            "appointment",
            appointment.id,
            "cancel",
            reason=" ".join(reason.split())[:MAX_REASON_LENGTH],
        )
        return _entry(session, appointment.id)
