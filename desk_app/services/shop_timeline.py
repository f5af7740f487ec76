"""The shop's timeline: a lane per bay or per mechanic, every open order as a bar from its
intake to its promised time, the day's appointments beside them, and the master's
reassignment by dragging a bar to another lane.

A bar on a mechanic's lane stands for that mechanic's works on the order, so an order with
two mechanics has a bar on each lane; dragging it hands over only the works not yet done.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    Bay,
    Client,
    LabourLine,
    LineApproval,
    Role,
    Staff,
    StaffRole,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import audit
from desk_app.services.errors import DomainError, NotFound
from desk_app.services.form_fields import row_to_edit
from desk_app.services.order_touch import WHAT, touch
from desk_app.services.permissions import Action, Actor
from desk_app.services.work_orders import OPEN_STATUSES, is_overdue
from desk_app.store.database import Database

UNPROMISED_LENGTH = timedelta(hours=1)
"""How long a bar without a promised time is drawn past now (at least)."""


class LaneKind(StrEnum):
    BAY = "bay"
    MECHANIC = "mechanic"


@dataclass(frozen=True)
class Lane:
    """A row of the timeline; ``id`` None is the lane of orders nobody has yet."""

    id: int | None
    name: str


@dataclass(frozen=True)
class OrderBar:
    order_id: int
    order_version: int
    lane_id: int | None
    number: str
    status: WorkOrderStatus
    vehicle_title: str
    plate: str
    client_name: str
    start: datetime
    end: datetime
    promised: bool
    """False when the order has no promised time: ``end`` is then only a guess."""
    overdue: bool


@dataclass(frozen=True)
class AppointmentBar:
    appointment_id: int
    start: datetime
    end: datetime
    client_name: str
    vehicle_title: str
    reason: str


@dataclass(frozen=True)
class ShopTimeline:
    kind: LaneKind
    start: datetime
    end: datetime
    now: datetime
    lanes: tuple[Lane, ...]
    bars: tuple[OrderBar, ...]
    appointments: tuple[AppointmentBar, ...]


def load_timeline(
    db: Database, actor: Actor, kind: LaneKind, start: datetime, end: datetime
) -> ShopTimeline:
    """The open orders whose bars cross [start, end), on lanes of ``kind``."""
    actor.require(Action.VIEW_TIMELINE)
    now = clock.now()
    with db.transaction() as session:
        in_shop = [WorkOrder.status.in_(OPEN_STATUSES), WorkOrder.accepted_at < end]
        if start > now:  # a future period: only the cars promised for it or later
            in_shop.append(func.coalesce(WorkOrder.promised_at, now + UNPROMISED_LENGTH) >= start)
        # columns, not objects: a busy week is hundreds of orders, read on every change
        orders = session.execute(
            select(
                WorkOrder.id,
                WorkOrder.version,
                WorkOrder.number,
                WorkOrder.status,
                WorkOrder.bay_id,
                WorkOrder.accepted_at,
                WorkOrder.promised_at,
                Vehicle.make,
                Vehicle.model,
                Vehicle.plate,
                Client.kind,
                Client.company_name,
                Client.last_name,
                Client.first_name,
                Client.middle_name,
            )
            .join(Vehicle, WorkOrder.vehicle_id == Vehicle.id)
            .join(Client, WorkOrder.client_id == Client.id)
            .where(*in_shop)
            .order_by(WorkOrder.accepted_at, WorkOrder.id)
        ).all()
        if kind is LaneKind.BAY:
            lanes = [
                Lane(bay.id, bay.name)
                for bay in session.scalars(select(Bay).where(Bay.active).order_by(Bay.name))
            ]
            lane_ids: dict[int, list[int | None]] = {order.id: [order.bay_id] for order in orders}
        else:
            lanes = [
                Lane(staff.id, staff.full_name)
                for staff in session.scalars(
                    select(Staff)
                    .join(StaffRole)
                    .where(StaffRole.role == Role.MECHANIC, Staff.active)
                    .order_by(Staff.full_name)
                )
            ]
            lane_ids = _mechanics_by_order(session, [order.id for order in orders])
        bars = [
            _bar(order, lane_id, now)
            for order in orders
            for lane_id in lane_ids.get(order.id) or [None]
        ]
        known = {lane.id for lane in lanes}
        for bar in bars:
            if bar.lane_id not in known:  # a retired bay or mechanic still holds a car
                lanes.append(Lane(bar.lane_id, _lane_name(session, kind, bar.lane_id)))
                known.add(bar.lane_id)
        appointments = _appointments(session, start, end)
    return ShopTimeline(kind, start, end, now, tuple(lanes), tuple(bars), tuple(appointments))


def _mechanics_by_order(session: Session, order_ids: list[int]) -> dict[int, list[int | None]]:
    lanes: dict[int, list[int | None]] = defaultdict(list)
    if not order_ids:
        return lanes
    rows = session.execute(
        select(LabourLine.work_order_id, LabourLine.mechanic_id)
        .where(
            LabourLine.work_order_id.in_(order_ids),
            LabourLine.approval == LineApproval.AGREED,
            LabourLine.mechanic_id.is_not(None),
        )
        .distinct()
        .order_by(LabourLine.work_order_id, LabourLine.mechanic_id)
    )
    for order_id, mechanic_id in rows:
        lanes[order_id].append(mechanic_id)
    return lanes


def _lane_name(session: Session, kind: LaneKind, lane_id: int | None) -> str:
    if lane_id is None:
        return ""
    if kind is LaneKind.BAY:
        bay = session.get(Bay, lane_id)
        return bay.name if bay else ""
    staff = session.get(Staff, lane_id)
    return staff.full_name if staff else ""


def _bar(order: Any, lane_id: int | None, now: datetime) -> OrderBar:
    promised = order.promised_at
    end = promised if promised else max(now, order.accepted_at) + UNPROMISED_LENGTH
    return OrderBar(
        order_id=order.id,
        order_version=order.version,
        lane_id=lane_id,
        number=order.number,
        status=order.status,
        vehicle_title=Vehicle.compose_title(order.make, order.model),
        plate=order.plate,
        client_name=Client.compose_name(
            order.kind, order.company_name, order.last_name, order.first_name, order.middle_name
        ),
        start=order.accepted_at,
        end=max(end, order.accepted_at),
        promised=promised is not None,
        overdue=is_overdue(promised, now),
    )


def _appointments(session: Session, start: datetime, end: datetime) -> list[AppointmentBar]:
    rows = session.scalars(
        select(Appointment)
        .where(
            Appointment.status == AppointmentStatus.BOOKED,
            Appointment.starts_at >= start,
            Appointment.starts_at < end,
        )
        .options(joinedload(Appointment.client), joinedload(Appointment.vehicle))
        .order_by(Appointment.starts_at, Appointment.id)
    )
    return [
        AppointmentBar(
            appointment_id=row.id,
            start=row.starts_at,
            end=row.starts_at + timedelta(minutes=row.duration_minutes),
            client_name=row.client.display_name,
            vehicle_title=row.vehicle.title if row.vehicle else "",
            reason=row.reason,
        )
        for row in rows.unique()
    ]


def move_to_bay(
    db: Database, actor: Actor, order_id: int, bay_id: int | None, *, expected_version: int
) -> None:
    """Put the car on another bay (None: off the bays)."""
    actor.require(Action.ASSIGN_WORK)
    with db.transaction() as session:
        order = row_to_edit(session, WorkOrder, order_id, expected_version, WHAT)
        _require_open(order)
        if bay_id is not None:
            bay = session.get(Bay, bay_id)
            if bay is None or not bay.active:
                raise NotFound(what="bay")
        order.bay_id = bay_id
        audit.record(session, actor, "work_order", order.id, "bay changed", bay=bay_id)
        touch(session, order)


def move_to_mechanic(
    db: Database,
    actor: Actor,
    order_id: int,
    from_mechanic_id: int | None,
    to_mechanic_id: int | None,
    *,
    expected_version: int,
) -> None:
    """Hand the works of one mechanic on this order (None: the unassigned ones) to another.

    Works already done stay with whoever did them: the record of who did what is kept.
    """
    actor.require(Action.ASSIGN_WORK)
    with db.transaction() as session:
        order = row_to_edit(session, WorkOrder, order_id, expected_version, WHAT)
        _require_open(order)
        if to_mechanic_id is not None:
            mechanic = session.get(Staff, to_mechanic_id)
            if mechanic is None or not mechanic.active or Role.MECHANIC not in mechanic.roles:
                raise NotFound(what="mechanic")
        lines = [
            line
            for line in order.labour_lines
            if line.mechanic_id == from_mechanic_id
            and line.done_at is None
            and line.approval is LineApproval.AGREED
        ]
        if not lines:
            raise DomainError(
                "Order {number} has no works left to hand over: add works to it first, "
                "or pick a bar with works still to do.",
                number=order.number,
            )
        for line in lines:
            line.mechanic_id = to_mechanic_id
        audit.record(
            session, actor, "work_order", order.id, "works reassigned", mechanic=to_mechanic_id
        )
        touch(session, order)


def _require_open(order: WorkOrder) -> None:
    if not order.status.is_open:
        raise DomainError(
            "Order {number} is closed; a closed order cannot be reassigned.", number=order.number
        )


def shop_stamp(db: Database) -> tuple[int, ...]:
    """A cheap fingerprint of what the timeline and board show; it changes with any move.

    Polled every second or so by open windows; it reads two indexed aggregates.
    """
    now = clock.now()
    with db.transaction() as session:
        orders = session.execute(
            select(
                func.count(WorkOrder.id),
                func.coalesce(func.sum(WorkOrder.version), 0),
                func.coalesce(func.max(WorkOrder.id), 0),
            ).where(WorkOrder.status.in_(OPEN_STATUSES))
        ).one()
        appointments = session.execute(
            select(
                func.count(Appointment.id),
                func.coalesce(func.sum(Appointment.version), 0),
            ).where(Appointment.starts_at >= now - timedelta(days=1))
        ).one()
    return (*(int(value) for value in orders), *(int(value) for value in appointments))
