"""One order's story: every status change, answer of the client, quality check, internal
request and print, in time order, with how long the car waited after each and for whom.

"For whom" is the party the car was waiting on in that status (DOMAIN.md: departments are
each other's customers, and the history shows where the car stood still).

Beside the statuses, the order's internal requests tell which department it waited on:
per department, the spans from filing each request to its first response
(``order_requests.waited_span``), with overlapping spans merged, so that two requests to
the parts desk filed together count their common wait once. These overlap the status
stays on purpose: a car can be "in the workshop" while reception waits on finance.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select

from desk_app import clock
from desk_app.models import (
    AuditEntry,
    ClientApproval,
    DepartmentKind,
    InternalRequest,
    QualityCheck,
    Staff,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.errors import NotFound
from desk_app.services.order_requests import waited_span
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database


class WaitingOn(StrEnum):
    """Who holds the car while it is in a status."""

    MASTER = "master"
    WORKSHOP = "workshop"
    CLIENT = "client"
    PARTS = "parts"
    QUALITY = "quality"
    NOBODY = "nobody"


WAITING_ON: dict[WorkOrderStatus, WaitingOn] = {
    WorkOrderStatus.ACCEPTED: WaitingOn.MASTER,
    WorkOrderStatus.DIAGNOSIS: WaitingOn.WORKSHOP,
    WorkOrderStatus.AWAITING_APPROVAL: WaitingOn.CLIENT,
    WorkOrderStatus.AWAITING_PARTS: WaitingOn.PARTS,
    WorkOrderStatus.IN_PROGRESS: WaitingOn.WORKSHOP,
    WorkOrderStatus.QUALITY_CHECK: WaitingOn.QUALITY,
    WorkOrderStatus.READY: WaitingOn.CLIENT,
    WorkOrderStatus.HANDED_OVER: WaitingOn.NOBODY,
    WorkOrderStatus.CANCELLED: WaitingOn.NOBODY,
}


class EventKind(StrEnum):
    STATUS = "status"
    APPROVAL = "approval"
    QUALITY_PASSED = "quality_passed"
    QUALITY_FAILED = "quality_failed"
    REQUEST_FILED = "request_filed"
    REQUEST_ANSWERED = "request_answered"
    PRINTED = "printed"
    PRICE_CHANGED = "price_changed"
    PARTS_ISSUED = "parts_issued"


AUDITED: dict[str, EventKind] = {
    "printed": EventKind.PRINTED,
    "price changed": EventKind.PRICE_CHANGED,
    "discount changed": EventKind.PRICE_CHANGED,
    "line removed": EventKind.PRICE_CHANGED,
    "parts issued": EventKind.PARTS_ISSUED,
}


@dataclass(frozen=True)
class HistoryEvent:
    at: datetime
    kind: EventKind
    by: str
    """Who did it (a staff member; for an approval, who recorded it)."""
    status: WorkOrderStatus | None = None
    """For a status change: the status entered."""
    text: str = ""
    """The comment, reason, the client's name, the request's text or the document's name."""
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Stay:
    """A stretch of time in one status: how long, and who the car waited for."""

    status: WorkOrderStatus
    start: datetime
    end: datetime | None
    """None while the order is still in it."""
    duration: timedelta
    waiting_on: WaitingOn


@dataclass(frozen=True)
class OrderHistory:
    number: str
    events: tuple[HistoryEvent, ...]
    stays: tuple[Stay, ...]
    waited: dict[WaitingOn, timedelta]
    """Total time per party the car waited on, open stretch counted up to now."""
    waited_on_departments: dict[DepartmentKind, timedelta] = field(default_factory=dict)
    """Time the order waited on its requests to each department, overlaps counted once."""
    requests_per_department: dict[DepartmentKind, int] = field(default_factory=dict)
    """How many requests about the order went to each department."""


def load_history(db: Database, actor: Actor, order_id: int) -> OrderHistory:
    actor.require(Action.VIEW_TIMELINE)
    now = clock.now()
    with db.transaction() as session:
        order = session.get(WorkOrder, order_id)
        if order is None:
            raise NotFound(what="work order")
        names: dict[int, str] = {
            staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.full_name))
        }
        events: list[HistoryEvent] = []
        spans: dict[DepartmentKind, list[tuple[datetime, datetime]]] = defaultdict(list)
        changes = list(
            session.scalars(
                select(StatusChange)
                .where(StatusChange.work_order_id == order_id)
                .order_by(StatusChange.changed_at, StatusChange.id)
            )
        )
        for change in changes:
            events.append(
                HistoryEvent(
                    change.changed_at,
                    EventKind.STATUS,
                    names.get(change.changed_by_id, ""),
                    status=change.to_status,
                    text=change.comment,
                )
            )
        for approval in session.scalars(
            select(ClientApproval).where(ClientApproval.work_order_id == order_id)
        ):
            events.append(
                HistoryEvent(
                    approval.answered_at,
                    EventKind.APPROVAL,
                    names.get(approval.recorded_by_id, ""),
                    text=approval.answered_by,
                    details={"channel": approval.channel, "comment": approval.comment},
                )
            )
        for check in session.scalars(
            select(QualityCheck).where(QualityCheck.work_order_id == order_id)
        ):
            events.append(
                HistoryEvent(
                    check.checked_at,
                    EventKind.QUALITY_PASSED if check.passed else EventKind.QUALITY_FAILED,
                    names.get(check.checked_by_id, ""),
                    text=check.reason,
                )
            )
        for request in session.scalars(
            select(InternalRequest).where(InternalRequest.work_order_id == order_id)
        ):
            details: dict[str, object] = {
                "department": request.to_department.kind,
                "kind": request.kind,
            }
            spans[request.to_department.kind].append(waited_span(request, now))
            events.append(
                HistoryEvent(
                    request.created_at,
                    EventKind.REQUEST_FILED,
                    names.get(request.requester_id, ""),
                    text=request.text,
                    details=details,
                )
            )
            if request.answers:
                answer = request.answers[0]
                events.append(
                    HistoryEvent(
                        answer.answered_at,
                        EventKind.REQUEST_ANSWERED,
                        names.get(answer.answered_by_id, ""),
                        text=answer.text,
                        details={**details, "waited": answer.answered_at - request.created_at},
                    )
                )
        for entry in session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "work_order",
                AuditEntry.entity_id == order_id,
                AuditEntry.action.in_(AUDITED),
            )
        ):
            events.append(
                HistoryEvent(
                    entry.at,
                    AUDITED[entry.action],
                    names.get(entry.staff_id or 0, ""),
                    text=str(entry.details.get("document") or entry.details.get("line") or ""),
                    details=dict(entry.details),
                )
            )
        stays = _stays(order, changes, now)
        number = order.number
    # what a move stands on (an answer, a check) comes before the move made in its moment
    events.sort(key=lambda event: (event.at, event.kind is EventKind.STATUS))
    waited: dict[WaitingOn, timedelta] = defaultdict(timedelta)
    for stay in stays:
        if stay.waiting_on is not WaitingOn.NOBODY:
            waited[stay.waiting_on] += stay.duration
    return OrderHistory(
        number,
        tuple(events),
        tuple(stays),
        dict(waited),
        waited_on_departments={kind: merged_length(found) for kind, found in spans.items()},
        requests_per_department={kind: len(found) for kind, found in spans.items()},
    )


def merged_length(spans: list[tuple[datetime, datetime]]) -> timedelta:
    """The time covered by the spans, where two of them overlap or touch counted once."""
    total = timedelta()
    counted_to: datetime | None = None
    for start, stop in sorted(spans):
        if counted_to is not None:
            start = max(start, counted_to)  # the part already counted
        if stop > start:
            total += stop - start
            counted_to = stop
    return total


def _stays(order: WorkOrder, changes: list[StatusChange], now: datetime) -> list[Stay]:
    """The stretches between status changes; the first starts at intake."""
    marks = [(order.accepted_at, WorkOrderStatus.ACCEPTED)]
    marks += [(change.changed_at, change.to_status) for change in changes]
    if len(marks) > 1 and marks[1][1] is WorkOrderStatus.ACCEPTED:
        marks = marks[1:]  # the intake's own "accepted" line
    stays = []
    for index, (start, status) in enumerate(marks):
        if not status.is_open:
            break
        end = marks[index + 1][0] if index + 1 < len(marks) else None
        stays.append(
            Stay(status, start, end, max((end or now) - start, timedelta()), WAITING_ON[status])
        )
    return stays
