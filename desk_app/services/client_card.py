"""A client's card as the desk reads it: contacts, company details, cars, every visit with its
works, parts and money, what he spent, the internal requests about his cars, and whether he
is regular today (DOMAIN.md: "the client card is the file of a regular client").

The mechanic never reads a card (``Action.VIEW_CLIENTS``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app import clock
from desk_app.models import (
    Client,
    ClientKind,
    ContactChannel,
    DepartmentKind,
    InternalRequest,
    LineApproval,
    RequestKind,
    RequestStatus,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.errors import NotFound
from desk_app.services.loyalty import RegularStatus, regular_status
from desk_app.services.order_money import cents_to_money, order_amounts
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database


@dataclass(frozen=True)
class CardVehicle:
    id: int
    version: int
    make: str
    model: str
    year: int | None
    plate: str
    vin: str
    engine_number: str
    colour: str
    bought_here: bool
    visits: int
    last_visit: datetime | None
    last_odometer_km: int | None

    @property
    def title(self) -> str:
        return Vehicle.compose_title(self.make, self.model)


@dataclass(frozen=True)
class CardVisit:
    order_id: int
    number: str
    status: WorkOrderStatus
    accepted_at: datetime
    closed_at: datetime | None
    vehicle_id: int
    vehicle_title: str
    plate: str
    odometer_km: int
    works: tuple[str, ...]
    parts: tuple[str, ...]
    total: Decimal
    discount_percent: Decimal


@dataclass(frozen=True)
class CardRequest:
    id: int
    created_at: datetime
    kind: RequestKind
    department: DepartmentKind
    status: RequestStatus
    order_number: str
    text: str


@dataclass(frozen=True)
class ClientCard:
    id: int
    version: int
    kind: ClientKind
    last_name: str
    first_name: str
    middle_name: str
    company_name: str
    tax_id: str
    contact_person: str
    company_details: str
    phones: tuple[str, ...]
    email: str
    address: str
    birthday: date | None
    consent_to_contact: bool
    preferred_channel: ContactChannel
    referral_source: str
    notes: str
    created_at: datetime
    anonymised_at: datetime | None
    vehicles: tuple[CardVehicle, ...]
    visits: tuple[CardVisit, ...]
    """Newest first."""
    total_spent: Decimal
    """What the handed-over visits came to, after their discounts."""
    requests: tuple[CardRequest, ...]
    status: RegularStatus

    @property
    def display_name(self) -> str:
        return Client.compose_name(
            self.kind, self.company_name, self.last_name, self.first_name, self.middle_name
        )


def load_card(db: Database, actor: Actor, client_id: int) -> ClientCard:
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        client = session.get(Client, client_id, options=[selectinload(Client.phones)])
        if client is None:
            raise NotFound(what="client")
        visits = _visits(session, client_id)
        vehicles = _vehicles(session, client, visits)
        spent = sum(
            (v.total for v in visits if v.status is WorkOrderStatus.HANDED_OVER), Decimal("0.00")
        )
        return ClientCard(
            id=client.id,
            version=client.version,
            kind=client.kind,
            last_name=client.last_name,
            first_name=client.first_name,
            middle_name=client.middle_name,
            company_name=client.company_name,
            tax_id=client.tax_id,
            contact_person=client.contact_person,
            company_details=client.company_details,
            phones=tuple(phone.number for phone in client.phones),
            email=client.email,
            address=client.address,
            birthday=client.birthday,
            consent_to_contact=client.consent_to_contact,
            preferred_channel=client.preferred_channel,
            referral_source=client.referral_source,
            notes=client.notes,
            created_at=client.created_at,
            anonymised_at=client.anonymised_at,
            vehicles=tuple(vehicles),
            visits=tuple(visits),
            total_spent=spent,
            requests=tuple(_requests(session, client_id)),
            status=regular_status(session, client_id, clock.now()),
        )


def _visits(session: Session, client_id: int) -> list[CardVisit]:
    orders = list(
        session.scalars(
            select(WorkOrder)
            .where(WorkOrder.client_id == client_id)
            .options(
                selectinload(WorkOrder.labour_lines),
                selectinload(WorkOrder.part_lines),
                selectinload(WorkOrder.vehicle),
            )
            .order_by(WorkOrder.accepted_at.desc(), WorkOrder.id.desc())
        )
    )
    amounts = order_amounts(WorkOrder.client_id == client_id)
    totals = {
        order_id: cents_to_money(cents)
        for order_id, cents in session.execute(
            select(amounts.c.work_order_id, amounts.c.total_cents)
        )
    }
    agreed = LineApproval.AGREED
    return [
        CardVisit(
            order_id=order.id,
            number=order.number,
            status=order.status,
            accepted_at=order.accepted_at,
            closed_at=order.closed_at,
            vehicle_id=order.vehicle_id,
            vehicle_title=order.vehicle.title,
            plate=order.vehicle.plate,
            odometer_km=order.odometer_km,
            works=tuple(line.name for line in order.labour_lines if line.approval is agreed),
            parts=tuple(line.name for line in order.part_lines if line.approval is agreed),
            total=totals.get(order.id, Decimal("0.00")),
            discount_percent=order.discount_percent,
        )
        for order in orders
    ]


def _vehicles(session: Session, client: Client, visits: list[CardVisit]) -> list[CardVehicle]:
    by_vehicle: dict[int, list[CardVisit]] = defaultdict(list)
    for visit in visits:
        if visit.status is not WorkOrderStatus.CANCELLED:
            by_vehicle[visit.vehicle_id].append(visit)
    cars = session.scalars(
        select(Vehicle).where(Vehicle.owner_id == client.id).order_by(Vehicle.id)
    )
    result = []
    for car in cars:
        seen = by_vehicle.get(car.id, [])
        result.append(
            CardVehicle(
                id=car.id,
                version=car.version,
                make=car.make,
                model=car.model,
                year=car.year,
                plate=car.plate,
                vin=car.vin or "",
                engine_number=car.engine_number,
                colour=car.colour,
                bought_here=car.bought_here,
                visits=len(seen),
                last_visit=seen[0].accepted_at if seen else None,
                last_odometer_km=max((v.odometer_km for v in seen), default=None),
            )
        )
    return result


def _requests(session: Session, client_id: int) -> list[CardRequest]:
    rows = session.scalars(
        select(InternalRequest)
        .join(WorkOrder, InternalRequest.work_order_id == WorkOrder.id)
        .where(WorkOrder.client_id == client_id)
        .options(selectinload(InternalRequest.to_department))
        .order_by(InternalRequest.created_at.desc())
    )
    return [
        CardRequest(
            id=request.id,
            created_at=request.created_at,
            kind=request.kind,
            department=request.to_department.kind,
            status=request.status,
            order_number=request.work_order.number if request.work_order else "",
            text=request.text,
        )
        for request in rows
    ]
