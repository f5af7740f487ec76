"""Internal requests between departments: the queues each person works from.

A request goes from one department to another (reception → parts, reception → finance,
finance → service...). A person sees two queues: the requests addressed to the
departments he answers for ("incoming"), and the ones he filed himself ("outgoing").
``newest_incoming_id`` and ``incoming_since`` tell him what has just arrived.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from desk_app import clock
from desk_app.models import (
    Department,
    DepartmentKind,
    InternalRequest,
    RequestKind,
    RequestStatus,
    Role,
    Staff,
    Vehicle,
    WorkOrder,
)
from desk_app.services.form_fields import flush_versioned
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

REQUEST = "request"
"""What a stale edit or a missing row of a request is called in messages."""
AUDIT_ENTITY = "internal_request"
"""The ``AuditEntry.entity`` of a request's steps (filed, taken, answered, ...)."""
OPEN_STATUSES = tuple(status for status in RequestStatus if status.is_open)

ANSWERING: dict[Action, DepartmentKind] = {
    Action.ANSWER_PARTS_REQUESTS: DepartmentKind.PARTS,
    Action.ANSWER_FINANCE_REQUESTS: DepartmentKind.FINANCE,
    Action.ANSWER_SERVICE_REQUESTS: DepartmentKind.WORKSHOP,
}
"""Which department's requests each answering permission covers."""

_FromDepartment = aliased(Department, name="from_department")
_ToDepartment = aliased(Department, name="to_department")


@dataclass(frozen=True)
class RequestRow:
    """One line of a request queue."""

    id: int
    created_at: datetime
    from_department: DepartmentKind
    to_department: DepartmentKind
    kind: RequestKind
    work_order_number: str | None
    vehicle_title: str | None
    vehicle_plate: str | None
    requester: str
    text: str
    """The first line of the request's text: the queue shows one line per request."""
    needed_by: datetime | None
    status: RequestStatus
    overdue: bool
    rating_good: bool | None
    rating_score: int | None
    due_at: datetime | None = None
    """The answer promised by the agreed standard, fixed at filing (None: no standard)."""
    responded_at: datetime | None = None
    """The first answer or the rejection."""

    @property
    def vehicle(self) -> str:
        """“Lada Vesta, А123ВС77”, or whichever of the two is known."""
        return ", ".join(part for part in (self.vehicle_title, self.vehicle_plate) if part)


def answered_departments(actor: Actor) -> frozenset[DepartmentKind]:
    """The departments whose incoming requests this person answers (a manager: all)."""
    if Role.MANAGER in actor.roles:
        return frozenset(DepartmentKind)
    return frozenset(kind for action, kind in ANSWERING.items() if actor.can(action))


def is_overdue(
    status: RequestStatus,
    responded_at: datetime | None,
    due_at: datetime | None,
    needed_by: datetime | None,
    now: datetime,
) -> bool:
    """Open, not yet answered, and past the standard's deadline or the requester's wish.

    Once the department has responded the ball is in the requester's court: the request
    may stay open for his rating without counting against the department.
    """
    if not status.is_open or responded_at is not None:
        return False
    return any(deadline is not None and deadline < now for deadline in (due_at, needed_by))


def is_late(responded_at: datetime | None, due_at: datetime | None) -> bool:
    """Responded after the standard's promise (a response exactly on time is not late)."""
    return responded_at is not None and due_at is not None and responded_at > due_at


def first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0].strip() if lines else ""


def list_requests(
    db: Database,
    actor: Actor,
    *,
    incoming: bool,
    open_only: bool = True,
    limit: int = 500,
) -> list[RequestRow]:
    """A queue, most urgent first: by ``needed_by`` (requests without one last), then age.

    When there are more than ``limit`` requests, open ones are kept before closed ones
    and newer before older, so "show closed" still shows everything that is open.
    """
    if incoming:
        departments = answered_departments(actor)
        if not departments:
            actor.require(Action.ANSWER_PARTS_REQUESTS)
    else:
        actor.require(Action.FILE_REQUEST)
    query = _queue_query()
    if incoming:
        query = query.where(_ToDepartment.kind.in_(sorted(departments)))
    else:
        query = query.where(InternalRequest.requester_id == actor.id)
    if open_only:
        query = query.where(InternalRequest.status.in_(OPEN_STATUSES))
    is_closed = case((InternalRequest.status.in_(OPEN_STATUSES), 0), else_=1)
    query = query.order_by(
        is_closed, InternalRequest.created_at.desc(), InternalRequest.id.desc()
    ).limit(limit)
    now = clock.now()
    with db.transaction() as session:
        rows = [_row(values, now) for values in session.execute(query)]
    far_future = datetime.max.replace(tzinfo=now.tzinfo)
    rows.sort(key=lambda row: (row.needed_by or far_future, row.created_at, row.id))
    return rows


def newest_incoming_id(db: Database, actor: Actor) -> int:
    """The highest request id addressed to the departments ``actor`` answers (0: none).

    The arrival watch remembers it and later asks ``incoming_since``; a person who answers
    for no department has no arrivals, so 0 rather than a refusal (the watch runs for all).
    """
    departments = answered_departments(actor)
    if not departments:
        return 0
    query = (
        select(func.max(InternalRequest.id))
        .join(_ToDepartment, InternalRequest.to_department_id == _ToDepartment.id)
        .where(_ToDepartment.kind.in_(sorted(departments)))
    )
    with db.transaction() as session:
        return session.scalar(query) or 0


def incoming_since(db: Database, actor: Actor, after_id: int) -> list[RequestRow]:
    """Open requests to ``actor``'s departments filed after ``after_id`` by somebody else,
    oldest first: what the parts clerk is told has just arrived."""
    departments = answered_departments(actor)
    if not departments:
        return []
    query = (
        _queue_query()
        .where(
            _ToDepartment.kind.in_(sorted(departments)),
            InternalRequest.id > after_id,
            InternalRequest.requester_id != actor.id,
            InternalRequest.status.in_(OPEN_STATUSES),
        )
        .order_by(InternalRequest.id)
    )
    now = clock.now()
    with db.transaction() as session:
        return [_row(values, now) for values in session.execute(query)]


def _queue_query() -> Select:
    return (
        select(
            InternalRequest.id,
            InternalRequest.created_at,
            _FromDepartment.kind,
            _ToDepartment.kind,
            InternalRequest.kind,
            WorkOrder.number,
            Vehicle.make,
            Vehicle.model,
            Vehicle.plate,
            Staff.full_name,
            InternalRequest.text,
            InternalRequest.needed_by,
            InternalRequest.status,
            InternalRequest.rating_good,
            InternalRequest.rating_score,
            InternalRequest.due_at,
            InternalRequest.responded_at,
        )
        .join(_FromDepartment, InternalRequest.from_department_id == _FromDepartment.id)
        .join(_ToDepartment, InternalRequest.to_department_id == _ToDepartment.id)
        .join(Staff, InternalRequest.requester_id == Staff.id)
        .outerjoin(WorkOrder, InternalRequest.work_order_id == WorkOrder.id)
        .outerjoin(Vehicle, WorkOrder.vehicle_id == Vehicle.id)
    )


def _row(values: tuple, now: datetime) -> RequestRow:
    (
        request_id,
        created_at,
        from_kind,
        to_kind,
        kind,
        number,
        make,
        model,
        plate,
        requester,
        text,
        needed_by,
        status,
        rating_good,
        rating_score,
        due_at,
        responded_at,
    ) = values
    title = " ".join(part for part in (make, model) if part) or None
    return RequestRow(
        id=request_id,
        created_at=created_at,
        from_department=from_kind,
        to_department=to_kind,
        kind=kind,
        work_order_number=number,
        vehicle_title=title,
        vehicle_plate=plate or None,
        requester=requester,
        text=first_line(text),
        needed_by=needed_by,
        status=status,
        overdue=is_overdue(status, responded_at, due_at, needed_by, now),
        rating_good=rating_good,
        rating_score=rating_score,
        due_at=due_at,
        responded_at=responded_at,
    )


def touch_request(session: Session, request: InternalRequest) -> None:
    """Write the request's row again so its version moves even when only its items changed
    (a reservation, an issue): other desks' open forms then see they are stale."""
    flag_modified(request, "status")
    flush_versioned(session, REQUEST)
