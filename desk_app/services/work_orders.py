"""Reading the work orders in the shop: the timeline of open orders and a mechanic's own work.

The mechanic's view is a separate row type on purpose: the workshop must never see who the
client is (DOMAIN.md), so ``WorkshopRow`` has no field that could carry a name, a phone,
an address or money, and its query never touches the clients table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import QueryableAttribute, joinedload

from desk_app import clock
from desk_app.models import LabourLine, LineApproval, PartLine, WorkOrder, WorkOrderStatus
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

NUMBER_LENGTH = 20
"""The longest order number (the column's width)."""

OPEN_STATUSES: tuple[WorkOrderStatus, ...] = tuple(s for s in WorkOrderStatus if s.is_open)


@dataclass(frozen=True)
class OrderRow:
    """An open work order as the front desk and the master see it on the timeline."""

    id: int
    number: str
    status: WorkOrderStatus
    vehicle_title: str
    plate: str
    client_id: int
    client_name: str
    accepted_at: datetime
    promised_at: datetime | None
    bay_name: str
    master_name: str
    overdue: bool


@dataclass(frozen=True)
class WorkItem:
    """One labour line of a mechanic's own: what to do and whether it is done."""

    id: int
    name: str
    norm_hours: Decimal
    done: bool


@dataclass(frozen=True)
class WorkPart:
    """A part to fit: what and how many, never its price."""

    part_number: str
    name: str
    quantity: Decimal
    supplied_by_client: bool


@dataclass(frozen=True)
class WorkshopRow:
    """An open order as its mechanic sees it: the car and the job, never the client."""

    id: int
    number: str
    status: WorkOrderStatus
    vehicle_title: str
    plate: str
    vin: str
    colour: str
    complaints: str
    works: tuple[WorkItem, ...]
    parts: tuple[WorkPart, ...]
    bay_name: str
    promised_at: datetime | None
    overdue: bool
    version: int
    """The order's version, for sending it on to the quality check."""


def is_overdue(promised_at: datetime | None, now: datetime) -> bool:
    """Past the promised time; an order promised for exactly now is not late yet."""
    return promised_at is not None and promised_at < now


def _by_promise() -> tuple[
    ColumnElement[bool],
    QueryableAttribute[datetime | None],
    QueryableAttribute[datetime],
    QueryableAttribute[int],
]:
    """Soonest promise first; orders without a promise last, oldest intake first."""
    return (
        WorkOrder.promised_at.is_(None),
        WorkOrder.promised_at,
        WorkOrder.accepted_at,
        WorkOrder.id,
    )


def list_open_orders(db: Database, actor: Actor) -> list[OrderRow]:
    """Every order still in the shop (not handed over, not cancelled), by promised time."""
    actor.require(Action.VIEW_TIMELINE)
    now = clock.now()
    with db.transaction() as session:
        query = (
            select(WorkOrder)
            .where(WorkOrder.status.in_(OPEN_STATUSES))
            .options(
                joinedload(WorkOrder.vehicle),
                joinedload(WorkOrder.client),
                joinedload(WorkOrder.bay),
                joinedload(WorkOrder.master),
            )
            .order_by(*_by_promise())
        )
        return [
            OrderRow(
                id=order.id,
                number=order.number,
                status=order.status,
                vehicle_title=order.vehicle.title,
                plate=order.vehicle.plate,
                client_id=order.client_id,
                client_name=order.client.display_name,
                accepted_at=order.accepted_at,
                promised_at=order.promised_at,
                bay_name=order.bay.name if order.bay else "",
                master_name=order.master.full_name if order.master else "",
                overdue=is_overdue(order.promised_at, now),
            )
            for order in session.scalars(query).unique()
        ]


def list_my_work(db: Database, actor: Actor) -> list[WorkshopRow]:
    """The open orders with a labour line assigned to this actor, with only his lines."""
    actor.require(Action.VIEW_OWN_WORK)
    now = clock.now()
    with db.transaction() as session:
        mine = select(LabourLine.work_order_id).where(
            LabourLine.mechanic_id == actor.id, LabourLine.approval == LineApproval.AGREED
        )
        orders = list(
            session.scalars(
                select(WorkOrder)
                .where(WorkOrder.status.in_(OPEN_STATUSES), WorkOrder.id.in_(mine))
                .options(joinedload(WorkOrder.vehicle), joinedload(WorkOrder.bay))
                .order_by(*_by_promise())
            ).unique()
        )
        works: dict[int, list[WorkItem]] = defaultdict(list)
        lines = session.scalars(
            select(LabourLine)
            .where(
                LabourLine.mechanic_id == actor.id,
                LabourLine.approval == LineApproval.AGREED,
                LabourLine.work_order_id.in_([order.id for order in orders]),
            )
            .order_by(LabourLine.position, LabourLine.id)
        )
        for line in lines:
            works[line.work_order_id].append(
                WorkItem(line.id, line.name, line.norm_hours, line.done_at is not None)
            )
        parts: dict[int, list[WorkPart]] = defaultdict(list)
        for part in session.scalars(
            select(PartLine)
            .where(
                PartLine.approval == LineApproval.AGREED,
                PartLine.work_order_id.in_([order.id for order in orders]),
            )
            .order_by(PartLine.position, PartLine.id)
        ):
            parts[part.work_order_id].append(
                WorkPart(part.part_number, part.name, part.quantity, part.supplied_by_client)
            )
        return [
            WorkshopRow(
                id=order.id,
                number=order.number,
                status=order.status,
                vehicle_title=order.vehicle.title,
                plate=order.vehicle.plate,
                vin=order.vehicle.vin or "",
                colour=order.vehicle.colour,
                complaints=order.complaints,
                works=tuple(works[order.id]),
                parts=tuple(parts[order.id]),
                bay_name=order.bay.name if order.bay else "",
                promised_at=order.promised_at,
                overdue=is_overdue(order.promised_at, now),
                version=order.version,
            )
            for order in orders
        ]


def order_status_counts(db: Database, actor: Actor) -> dict[WorkOrderStatus, int]:
    """How many open orders are in each open status (zeros included, in workflow order)."""
    actor.require(Action.VIEW_TIMELINE)
    with db.transaction() as session:
        counted: dict[WorkOrderStatus, int] = {
            status: count
            for status, count in session.execute(
                select(WorkOrder.status, func.count(WorkOrder.id))
                .where(WorkOrder.status.in_(OPEN_STATUSES))
                .group_by(WorkOrder.status)
            )
        }
    return {status: counted.get(status, 0) for status in OPEN_STATUSES}


def order_by_number(db: Database, actor: Actor, text: str) -> int | None:
    """The order a typed number or a scanned QR code (the printed documents carry the
    order's number) names, if there is one: a scanner types the number and Enter."""
    if not actor.can(Action.VIEW_TIMELINE):
        return None
    number = text.strip()
    if not number or len(number) > NUMBER_LENGTH:
        return None
    with db.transaction() as session:
        return session.scalar(select(WorkOrder.id).where(WorkOrder.number == number))
