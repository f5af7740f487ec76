"""Small builders of test data: clients, vehicles, bays, work orders and appointments.

Each builder writes through the ORM in its own ``db.transaction()`` and returns the new
row's id, so tests read like the desk's day and stay independent of the services under
test. Defaults are realistic (Russian names, Lada cars) so screenshots look like life.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import datetime, timedelta

from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    Bay,
    Client,
    ClientKind,
    ClientPhone,
    LabourLine,
    Role,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.auth import actor_of
from desk_app.services.permissions import Actor
from desk_app.services.staff import create_staff_row
from desk_app.store.database import Database

_numbers = itertools.count(1)


def make_staff(db: Database, *roles: Role, name: str | None = None) -> Actor:
    """A staff member on any database (the ``make_actor`` fixture works on SQLite only)."""
    label = name or "Staff " + "+".join(role.value for role in roles)
    with db.transaction() as session:
        return actor_of(create_staff_row(session, label, frozenset(roles), "secret1"))


def make_client(
    db: Database,
    last_name: str = "Иванов",
    first_name: str = "Иван",
    middle_name: str = "",
    *,
    phones: Iterable[str] = ("+79161234567",),
    email: str = "",
    company_name: str = "",
    address: str = "",
) -> int:
    """A person, or a company when ``company_name`` is given."""
    kind = ClientKind.COMPANY if company_name else ClientKind.PERSON
    with db.transaction() as session:
        client = Client(
            kind=kind,
            last_name=last_name if kind is ClientKind.PERSON else "",
            first_name=first_name if kind is ClientKind.PERSON else "",
            middle_name=middle_name,
            company_name=company_name,
            email=email,
            address=address,
            created_at=clock.now(),
            phones=[ClientPhone(number=number) for number in phones],
        )
        session.add(client)
        session.flush()
        return client.id


def make_vehicle(
    db: Database,
    owner_id: int | None,
    make: str = "Lada",
    model: str = "Vesta",
    plate: str = "А123ВС77",
    *,
    vin: str | None = None,
    year: int | None = 2019,
    colour: str = "",
) -> int:
    with db.transaction() as session:
        vehicle = Vehicle(
            owner_id=owner_id,
            make=make,
            model=model,
            plate=plate,
            vin=vin,
            year=year,
            colour=colour,
            created_at=clock.now(),
        )
        session.add(vehicle)
        session.flush()
        return vehicle.id


def make_bay(db: Database, name: str = "Пост 1") -> int:
    with db.transaction() as session:
        bay = Bay(name=name, active=True)
        session.add(bay)
        session.flush()
        return bay.id


def make_work_order(
    db: Database,
    client_id: int,
    vehicle_id: int,
    accepted_by_id: int,
    *,
    status: WorkOrderStatus = WorkOrderStatus.ACCEPTED,
    accepted_at: datetime | None = None,
    promised_at: datetime | None = None,
    bay_id: int | None = None,
    master_id: int | None = None,
    complaints: str = "",
    works: Iterable[tuple[str, int | None]] = (),
    number: str | None = None,
) -> int:
    """An order; ``works`` are (labour line name, mechanic id) pairs."""
    with db.transaction() as session:
        order = WorkOrder(
            number=number or f"ЗН-{next(_numbers):05d}",
            client_id=client_id,
            vehicle_id=vehicle_id,
            status=status,
            accepted_at=accepted_at or clock.now() - timedelta(hours=1),
            accepted_by_id=accepted_by_id,
            master_id=master_id,
            bay_id=bay_id,
            promised_at=promised_at,
            complaints=complaints,
            labour_lines=[
                LabourLine(position=position, name=name, mechanic_id=mechanic_id)
                for position, (name, mechanic_id) in enumerate(works, start=1)
            ],
        )
        session.add(order)
        session.flush()
        return order.id


def make_appointment(
    db: Database,
    client_id: int,
    booked_by_id: int,
    starts_at: datetime,
    *,
    vehicle_id: int | None = None,
    reason: str = "ТО",
    status: AppointmentStatus = AppointmentStatus.BOOKED,
    duration_minutes: int = 60,
) -> int:
    with db.transaction() as session:
        appointment = Appointment(
            client_id=client_id,
            vehicle_id=vehicle_id,
            starts_at=starts_at,
            duration_minutes=duration_minutes,
            reason=reason,
            status=status,
            booked_by_id=booked_by_id,
            created_at=clock.now(),
        )
        session.add(appointment)
        session.flush()
        return appointment.id
