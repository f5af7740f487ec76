"""Accepting a car: the intake form becomes a work order in one unit of work.

``accept_vehicle`` checks the whole form first and refuses it with every problem at once
(``InvalidForm``), so the desk sees each message beside its field. Then, in one transaction,
it creates the client and the car when they are new, the order in status "accepted" with its
number, its first status change, lines, damage marks and inspection, marks the appointment
as arrived, deletes the desk's draft and writes the audit log.

A client whose phone, or a car whose VIN, is already on file is not created twice: the form
is refused with the existing card named, so the desk picks it instead. A car on file keeps
its owner even when someone else brings it in; a car without an owner gets the order's client.

Order numbers are "26-000123": the two-digit local year and a running number that starts
again each year. Two desks saving at once may compute the same number; the unique column
refuses the second, and its save is simply repeated with the next number.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    ChecklistKind,
    Client,
    ClientPhone,
    DamageMark,
    InspectionItem,
    LabourLine,
    LabourOperation,
    PartLine,
    StatusChange,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import audit, checklists, drafts, loyalty, price_list
from desk_app.services.errors import DomainError, NotFound, StaleEdit, ValidationError
from desk_app.services.form_fields import Collector, InvalidForm
from desk_app.services.intake_form import FUEL_STEPS, IntakeForm, NewClient, NewVehicle, check_form
from desk_app.services.permissions import Action, Actor
from desk_app.services.validation import check_odometer, format_phone
from desk_app.store.database import Database

log = logging.getLogger(__name__)

SAVE_ATTEMPTS = 5
"""Saves repeated when another desk took the same order number at the same moment."""
PROMISE_STEP = timedelta(minutes=30)

__all__ = [
    "AcceptedOrder",
    "IntakeDefaults",
    "InvalidForm",
    "accept_vehicle",
    "intake_defaults",
    "next_order_number",
    "prefill_from_appointment",
]


@dataclass(frozen=True)
class AcceptedOrder:
    id: int
    number: str


@dataclass(frozen=True)
class IntakeDefaults:
    """What a fresh intake form starts with."""

    completeness: tuple[str, ...]
    """The names of the completeness list, in the manager's order."""
    inspection: tuple[str, ...]
    labour_rate: Decimal
    promised_at: datetime
    """Now plus the shop's usual promise, rounded up to the half hour."""
    fuel_steps: tuple[int, ...] = FUEL_STEPS


def accept_vehicle(
    db: Database, actor: Actor, form: IntakeForm, *, tz: tzinfo | None = None
) -> AcceptedOrder:
    """Save the intake as a new work order; ``tz`` (the desk's, by default) dates the number."""
    actor.require(Action.ACCEPT_VEHICLE)
    for attempt in range(1, SAVE_ATTEMPTS + 1):
        try:
            return _accept_once(db, actor, form, tz)
        except IntegrityError:
            if attempt == SAVE_ATTEMPTS:
                raise
            log.info("intake save collided with another desk (attempt %d); repeating", attempt)
        except StaleDataError as error:
            raise StaleEdit(what="appointment or car") from error
        except OperationalError as error:
            raise DomainError(
                "The database is busy or out of reach; nothing was saved. "
                "Your form is kept: try saving again in a moment."
            ) from error
    raise AssertionError("unreachable")


def _accept_once(db: Database, actor: Actor, form: IntakeForm, tz: tzinfo | None) -> AcceptedOrder:
    now = clock.now()
    zone = tz or now.astimezone().tzinfo
    with db.transaction() as session:
        errors = Collector()
        clean = check_form(form, now, errors)
        client = _existing_client(session, clean, errors)
        vehicle = _existing_vehicle(session, clean, errors)
        operations = _operations(session, clean, errors)
        appointment = _appointment(session, clean, errors)
        errors.raise_if_any()

        if client is None:
            assert clean.new_client is not None
            client = _new_client(clean.new_client, now)
            session.add(client)
        if vehicle is None:
            assert clean.new_vehicle is not None
            vehicle = _new_vehicle(clean.new_vehicle, client, now)
            session.add(vehicle)
        elif vehicle.owner is None:
            vehicle.owner = client
        session.flush()
        _check_discount(session, clean, client, vehicle, now)

        order = _work_order(clean, client, vehicle, actor, now, operations)
        _take_write_turn(session)
        order.number = next_order_number(session, now.astimezone(zone).year)
        session.add(order)
        session.flush()
        if appointment is not None:
            appointment.status = AppointmentStatus.ARRIVED
            appointment.work_order_id = order.id
        drafts.delete_draft_of(session, actor.id)
        _audit(session, actor, clean, order, client, vehicle)
        return AcceptedOrder(order.id, order.number)


def _take_write_turn(session: Session) -> None:
    """On SQLite, wait for the one writer's turn before reading the year's highest number:
    the number read is then certain to be free. Without it, two programs saving intakes
    back to back read the same number, and one of them can lose every repeat of the save
    (a measured 48 of 2,000 intakes by two writers). PostgreSQL keeps the unique column
    and the repeat: its loser waits for the winner's commit, so the repeat sees the number.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE work_orders SET number = number WHERE 0"))


def next_order_number(session: Session, year: int) -> str:
    """The number after the year's highest, e.g. "26-000124"; "26-000001" for the first."""
    prefix = f"{year % 100:02d}-"
    numbers = session.scalars(
        select(WorkOrder.number)
        .where(WorkOrder.number.like(prefix + "%"))
        .order_by(func.length(WorkOrder.number).desc(), WorkOrder.number.desc())
    )
    for number in numbers:
        running = number.removeprefix(prefix)
        if running.isascii() and running.isdecimal():
            return f"{prefix}{int(running) + 1:06d}"
    return f"{prefix}{1:06d}"


def _existing_client(session: Session, form: IntakeForm, errors: Collector) -> Client | None:
    if form.client_id is not None:
        client = session.get(Client, form.client_id)
        if client is None:
            errors.add("client", "The client's card no longer exists.")
        elif client.anonymised_at is not None:
            errors.add("client", "This client's card was anonymised; enter the client anew.")
        return client
    if form.new_client is not None:
        for i, number in enumerate(form.new_client.phones):
            owner = session.scalar(
                select(Client).join(ClientPhone).where(ClientPhone.number == number).limit(1)
            )
            if owner is not None:
                errors.add(
                    f"new_client.phones.{i}",
                    "The phone {phone} is on the card of {name}: pick that client instead.",
                    phone=format_phone(number),
                    name=owner.display_name,
                    client_id=owner.id,
                )
    return None


def _existing_vehicle(session: Session, form: IntakeForm, errors: Collector) -> Vehicle | None:
    """The car picked, with its odometer checked; or None for a new car (VIN checked)."""
    vehicle: Vehicle | None = None
    last_km: int | None = None
    if form.vehicle_id is not None:
        vehicle = session.get(Vehicle, form.vehicle_id)
        if vehicle is None:
            errors.add("vehicle", "The car no longer exists.")
        else:
            last_km = session.scalar(
                select(WorkOrder.odometer_km)
                .where(WorkOrder.vehicle_id == vehicle.id)
                .order_by(WorkOrder.accepted_at.desc(), WorkOrder.id.desc())
                .limit(1)
            )
    elif form.new_vehicle is not None and form.new_vehicle.vin:
        same = session.scalar(select(Vehicle).where(Vehicle.vin == form.new_vehicle.vin))
        if same is not None:
            errors.add(
                "new_vehicle.vin",
                "The VIN {vin} belongs to {vehicle} {plate} on file: pick that car instead.",
                vin=same.vin,
                vehicle=same.title,
                plate=same.plate,
                vehicle_id=same.id,
                client_id=same.owner_id,
            )
    odometer = check_odometer(
        "" if form.odometer_km is None else form.odometer_km,
        last_km,
        confirmed=form.odometer_rollback_confirmed,
    )
    errors.result(odometer)
    return vehicle


def _operations(
    session: Session, form: IntakeForm, errors: Collector
) -> dict[int, LabourOperation]:
    found: dict[int, LabourOperation] = {}
    for i, work in enumerate(form.works):
        if work.operation_id is None:
            continue
        operation = session.get(LabourOperation, work.operation_id)
        if operation is None:
            errors.add(f"works.{i}.operation_id", "This operation is no longer on the price list.")
        else:
            found[operation.id] = operation
    return found


def _appointment(session: Session, form: IntakeForm, errors: Collector) -> Appointment | None:
    if form.appointment_id is None:
        return None
    try:
        appointment = _arriving(session, form.appointment_id)
    except (NotFound, ValidationError) as error:
        errors.add("appointment_id", error.template, **error.params)
        return None
    if appointment.client_id != form.client_id:
        errors.add("appointment_id", "The appointment was booked for another client.")
    return appointment


def _arriving(session: Session, appointment_id: int) -> Appointment:
    """An appointment that may still turn into an intake: booked, or marked as a no-show."""
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(what="appointment")
    if appointment.status is AppointmentStatus.ARRIVED:
        raise ValidationError("appointment_id", "The car of this appointment is already accepted.")
    if appointment.status is AppointmentStatus.CANCELLED:
        raise ValidationError("appointment_id", "This appointment was cancelled.")
    return appointment


def _new_client(data: NewClient, now: datetime) -> Client:
    return Client(
        kind=data.kind,
        last_name=data.last_name,
        first_name=data.first_name,
        middle_name=data.middle_name,
        company_name=data.company_name,
        email=data.email,
        consent_to_contact=data.consent_to_contact,
        referral_source=data.referral_source,
        created_at=now,
        phones=[ClientPhone(number=number) for number in data.phones],
    )


def _new_vehicle(data: NewVehicle, owner: Client, now: datetime) -> Vehicle:
    return Vehicle(
        owner=owner,
        make=data.make,
        model=data.model,
        year=data.year,
        plate=data.plate,
        vin=data.vin or None,
        engine_number=data.engine_number,
        colour=data.colour,
        created_at=now,
    )


def _check_discount(
    session: Session, form: IntakeForm, client: Client, vehicle: Vehicle, now: datetime
) -> None:
    """The desk gives at most what the regular-client rule gives; more needs finance."""
    if not form.discount_percent:
        return
    allowed = loyalty.advise(session, client.id, vehicle.id, form.estimate, now, new_visit=True)
    if form.discount_percent > allowed.percent:
        problem = ValidationError(
            "discount_percent",
            "The rule gives this client {allowed} %; a larger discount needs the finance "
            "department's approval.",
            allowed=allowed.percent,
        )
        raise InvalidForm([problem])


def _work_order(
    form: IntakeForm,
    client: Client,
    vehicle: Vehicle,
    actor: Actor,
    now: datetime,
    operations: dict[int, LabourOperation],
) -> WorkOrder:
    assert form.odometer_km is not None and form.fuel_level is not None
    lines = []
    for position, work in enumerate(form.works, start=1):
        operation = operations.get(work.operation_id) if work.operation_id is not None else None
        lines.append(
            LabourLine(
                position=position,
                operation_code=operation.code if operation else "",
                name=work.name,
                norm_hours=work.norm_hours,
                rate=work.rate,
                warranty_months=operation.warranty_months if operation else 0,
            )
        )
    return WorkOrder(
        client=client,
        vehicle=vehicle,
        status=WorkOrderStatus.ACCEPTED,
        accepted_at=now,
        accepted_by_id=actor.id,
        promised_at=form.promised_at,
        odometer_km=form.odometer_km,
        fuel_level=form.fuel_level,
        complaints=form.complaints,
        completeness=list(form.completeness),
        estimate=form.estimate,
        prepayment=form.prepayment,
        discount_percent=form.discount_percent,
        discount_reason=form.discount_reason,
        status_changes=[
            StatusChange(
                from_status=None,
                to_status=WorkOrderStatus.ACCEPTED,
                changed_at=now,
                changed_by_id=actor.id,
            )
        ],
        labour_lines=lines,
        part_lines=[
            PartLine(
                position=position,
                part_number=part.part_number,
                name=part.name,
                quantity=part.quantity,
                unit_price=Decimal("0.00"),
                supplied_by_client=True,
            )
            for position, part in enumerate(form.client_parts, start=1)
        ],
        damage_marks=[
            DamageMark(kind=mark.kind, x=mark.x, y=mark.y, note=mark.note)
            for mark in form.damage_marks
        ],
        inspection_items=[
            InspectionItem(name=entry.name, state=entry.state, note=entry.note)
            for entry in form.inspection
        ],
    )


def _audit(
    session: Session,
    actor: Actor,
    form: IntakeForm,
    order: WorkOrder,
    client: Client,
    vehicle: Vehicle,
) -> None:
    if form.new_client is not None:
        audit.record(session, actor, "client", client.id, "create", source="intake")
    if form.new_vehicle is not None:
        audit.record(session, actor, "vehicle", vehicle.id, "create", source="intake")
    audit.record(
        session,
        actor,
        "work_order",
        order.id,
        "accept",
        number=order.number,
        client_id=client.id,
        vehicle_id=vehicle.id,
        appointment_id=form.appointment_id,
        odometer_rollback_confirmed=form.odometer_rollback_confirmed,
    )


def _promise(session: Session, now: datetime) -> datetime:
    """Now plus the shop's usual promise, rounded up to the next half hour."""
    moment = now + timedelta(hours=price_list.rates_in(session).promise_hours)
    step = PROMISE_STEP.total_seconds()
    seconds = moment.timestamp()
    return moment + timedelta(seconds=-seconds % step)


def intake_defaults(db: Database, actor: Actor) -> IntakeDefaults:
    actor.require(Action.ACCEPT_VEHICLE)
    now = clock.now()
    with db.transaction() as session:
        return IntakeDefaults(
            completeness=tuple(checklists.active_names(session, ChecklistKind.COMPLETENESS)),
            inspection=tuple(checklists.active_names(session, ChecklistKind.INSPECTION)),
            labour_rate=price_list.rates_in(session).labour_rate,
            promised_at=_promise(session, now),
        )


def prefill_from_appointment(db: Database, actor: Actor, appointment_id: int) -> IntakeForm:
    """The form for a booked car on arrival: its client, car, reason and default promise."""
    actor.require(Action.ACCEPT_VEHICLE)
    with db.transaction() as session:
        appointment = _arriving(session, appointment_id)
        return IntakeForm(
            client_id=appointment.client_id,
            vehicle_id=appointment.vehicle_id,
            complaints=appointment.reason,
            promised_at=_promise(session, clock.now()),
            appointment_id=appointment.id,
        )
