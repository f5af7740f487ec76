"""The weakest link of the internal chain: whose late answers held up cars (seeds 002, 004).

The scorecards judge each department on its own; this judges it by what its lateness cost
the external client. Read by the same people as the scorecards.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from sqlalchemy import Select, and_, case, func, or_, select

from desk_app import clock
from desk_app.models import (
    Department,
    DepartmentKind,
    InternalRequest,
    RequestStatus,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.permissions import Actor
from desk_app.services.scorecards import epoch_seconds, require_reader
from desk_app.store.database import Database

NOT_YET_READY = (WorkOrderStatus.READY, WorkOrderStatus.HANDED_OVER)
"""Statuses past which a car is no longer held up, whether or not the moment is known."""


@dataclass(frozen=True)
class LinkRow:
    """One department's part in cars handed over late (seed 004: the weakest link)."""

    department: DepartmentKind
    name: str
    cars_held_up: int
    late_requests: int
    late_hours: float
    weakest: bool = False
    """The department that held up most cars (ties: more late hours); none if no car was."""


def weakest_link(
    db: Database, actor: Actor, since: datetime, until: datetime, tz: tzinfo
) -> list[LinkRow]:
    """Which department's late answers held up cars promised in ``[since, until)`` (seed 002).

    A car was held up when it became ready (its first move to "ready" or "handed over", else
    its hand-over) after its promised time, or is still in work past it. A department held it
    up when one of its requests on that order was answered after its ``due_at``, or is still
    unanswered past it, and fell due before the car was ready: a request due later could not
    have kept the car. Late hours add up each such request's lateness (to now if unanswered).
    Rows: every department that received requests in the period or held up a car, worst
    first. ``tz`` is unused (the period is already in UTC) but kept like the cards' calls.
    """
    require_reader(actor)
    now = clock.now()
    cars: dict[DepartmentKind, set[int]] = defaultdict(set)
    late: dict[DepartmentKind, list[float]] = defaultdict(list)
    with db.transaction() as session:
        found = session.execute(_late_requests(db.engine.dialect.name, since, until, now))
        for kind, order_id, due, responded, ready, status, promised in found:
            if ready is None and status in NOT_YET_READY:
                continue  # ready or handed over at a moment nobody recorded
            car_ready = ready if ready is not None else now.timestamp()
            if car_ready > promised and due < car_ready:
                cars[kind].add(order_id)
                late[kind].append((responded or now.timestamp()) - due)
        received = select(InternalRequest.to_department_id).where(
            InternalRequest.created_at >= since, InternalRequest.created_at < until
        )
        shown = or_(Department.id.in_(received), Department.kind.in_(list(cars)))
        names = session.execute(select(Department.kind, Department.name).where(shown))
        rows = [
            LinkRow(kind, name, len(cars[kind]), len(late[kind]), sum(late[kind]) / 3600)
            for kind, name in names
        ]
    order = list(DepartmentKind)
    rows.sort(key=lambda r: (-r.cars_held_up, -r.late_hours, order.index(r.department)))
    if rows and rows[0].cars_held_up:
        rows[0] = replace(rows[0], weakest=True)
    return rows


def _late_requests(
    dialect: str, since: datetime, until: datetime, now: datetime
) -> Select[DepartmentKind, int, float, float, float, WorkOrderStatus, float]:
    """Late requests on the orders promised in the period, with when each car was ready."""
    request, order = InternalRequest, WorkOrder
    first_ready = (
        select(func.min(StatusChange.changed_at))
        .where(
            StatusChange.work_order_id == order.id,
            StatusChange.to_status.in_(NOT_YET_READY),
        )
        .scalar_subquery()
    )
    handed_over = case((order.status == WorkOrderStatus.HANDED_OVER, order.closed_at))
    answered_late = request.responded_at > request.due_at
    still_late = and_(
        request.responded_at.is_(None),
        request.status != RequestStatus.CANCELLED,
        request.due_at < now,
    )
    return (
        select(
            Department.kind,
            order.id,
            epoch_seconds(dialect, request.due_at),
            epoch_seconds(dialect, request.responded_at),
            epoch_seconds(dialect, func.coalesce(first_ready, handed_over)),
            order.status,
            epoch_seconds(dialect, order.promised_at),
        )
        .join(order, order.id == request.work_order_id)
        .join(Department, Department.id == request.to_department_id)
        .where(
            order.promised_at >= since,
            order.promised_at < until,
            order.status != WorkOrderStatus.CANCELLED,
            request.due_at.is_not(None),
            or_(answered_late, still_late),
        )
    )
