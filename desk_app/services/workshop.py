"""What a mechanic does with his own work: tick works done (DOMAIN.md: he sees the works
assigned to him and marks them done), and what reception hears when a car is ready.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from desk_app import clock
from desk_app.models import (
    LabourLine,
    LineApproval,
    Role,
    Staff,
    StaffRole,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import audit
from desk_app.services.errors import DomainError, NotFound, PermissionDenied
from desk_app.services.order_touch import touch
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

IN_WORK = (
    WorkOrderStatus.DIAGNOSIS,
    WorkOrderStatus.AWAITING_APPROVAL,
    WorkOrderStatus.AWAITING_PARTS,
    WorkOrderStatus.IN_PROGRESS,
)
"""While the car is in one of these, its works can be ticked done or undone."""


def mark_work_done(db: Database, actor: Actor, line_id: int, done: bool = True) -> None:
    """Tick a work done (or not done after all); a mechanic only his own works."""
    actor.require(Action.MARK_WORK_DONE)
    with db.transaction() as session:
        line = session.get(LabourLine, line_id)
        if line is None:
            raise NotFound(what="work")
        if line.mechanic_id != actor.id and not actor.can(Action.PLAN_WORKSHOP):
            raise PermissionDenied(action=Action.MARK_WORK_DONE.value)
        order = line.work_order
        if order.status not in IN_WORK:
            raise DomainError(
                "Works of order {number} can be ticked only while the car is in work.",
                number=order.number,
            )
        if line.approval is not LineApproval.AGREED:
            raise DomainError("The client has not agreed to this work; it is not to be done.")
        if (line.done_at is not None) != done:
            line.done_at = clock.now() if done else None
            action = "work done" if done else "work undone"
            audit.record(session, actor, "work_order", order.id, action, line=line.name)
            touch(session, order)


@dataclass(frozen=True)
class Mechanic:
    id: int
    full_name: str


def list_mechanics(db: Database, actor: Actor) -> list[Mechanic]:
    """The mechanics who work here now, by name: whom a work can be given to."""
    actor.require(Action.VIEW_TIMELINE)
    with db.transaction() as session:
        rows = session.execute(
            select(Staff.id, Staff.full_name)
            .join(StaffRole)
            .where(StaffRole.role == Role.MECHANIC, Staff.active)
            .order_by(Staff.full_name)
        )
        return [Mechanic(staff_id, name) for staff_id, name in rows]


@dataclass(frozen=True)
class ReadyCar:
    """A car that passed the quality check: reception is to call its owner."""

    order_id: int
    number: str
    vehicle_title: str
    plate: str
    client_name: str
    ready_at: datetime


def cars_ready_since(db: Database, actor: Actor, since: datetime) -> list[ReadyCar]:
    """Cars that became ready after ``since`` and are still ready, oldest first."""
    if not actor.can(Action.HAND_OVER):
        return []
    with db.transaction() as session:
        rows = session.execute(
            select(StatusChange.changed_at, WorkOrder)
            .join(WorkOrder, StatusChange.work_order_id == WorkOrder.id)
            .where(
                StatusChange.to_status == WorkOrderStatus.READY,
                StatusChange.changed_at > since,
                WorkOrder.status == WorkOrderStatus.READY,
            )
            .options(joinedload(WorkOrder.vehicle), joinedload(WorkOrder.client))
            .order_by(StatusChange.changed_at)
        ).unique()
        return [
            ReadyCar(
                order.id,
                order.number,
                order.vehicle.title,
                order.vehicle.plate,
                order.client.display_name,
                changed_at,
            )
            for changed_at, order in rows
        ]
