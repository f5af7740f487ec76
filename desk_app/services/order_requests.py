"""The internal requests about one work order, tied back to the car (DOMAIN.md, "The
internal customer": how long the car waited on parts, which link made the promise slip).

Each request carries what the order window shows of it: who was asked and by whom, the
promise of the answering department's standard (``due_at``, fixed at filing) and when it
answered, the latest answer, and the parts clerk's word on each item. Two judgements:

- *overdue*: still open, not answered yet, and past the standard's promise or past the
  requester's own ``needed_by``: the car is waiting on that link right now;
- *late*: answered (or rejected) after the standard's promise: that link made time slip.

How long the order waited on a request runs from its filing to the department's first
response (answer or rejection); while it is open and unanswered, up to now; a request the
requester cancelled unanswered stops counting when it was cancelled. The wait ends with the
response, not with the parts' arrival: a part promised for next week is the workshop's
"awaiting parts" stretch in the history, not the parts desk's slowness.

Prices are money, and the workshop never sees money (``work_orders.list_my_work``): a
mechanic, who may see only his own work, gets the requests about orders he works on with
every price blanked, and without the finance department's requests at all (they are the
client's money: prepayments, discounts, invoices, refunds).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app import clock
from desk_app.models import (
    DepartmentKind,
    InternalRequest,
    LabourLine,
    LineApproval,
    RequestKind,
    RequestStatus,
    Staff,
    WorkOrder,
)
from desk_app.services.errors import NotFound, PermissionDenied
from desk_app.services.permissions import Action, Actor
from desk_app.services.request_detail import ItemDetail
from desk_app.services.requests import is_late, is_overdue
from desk_app.store.database import Database


@dataclass(frozen=True)
class OrderRequestItem(ItemDetail):
    """A request's line as the order shows it; ``unit_price`` is always None for a mechanic."""

    issued_to_order: bool = False
    """The item became a part line of this order (it was issued to it)."""

    @property
    def amount(self) -> Decimal | None:
        return None if self.unit_price is None else self.quantity * self.unit_price


@dataclass(frozen=True)
class OrderRequest:
    id: int
    kind: RequestKind
    from_department: DepartmentKind
    to_department: DepartmentKind
    requester: str
    status: RequestStatus
    text: str
    created_at: datetime
    needed_by: datetime | None
    window_opens_at: datetime | None
    due_at: datetime | None
    """The answer the department's standard promised."""
    responded_at: datetime | None
    """The first answer or the rejection."""
    answer_text: str
    """The latest answer's words; for a rejected request, the reason it was refused."""
    answered_by: str
    answered_at: datetime | None
    """When the latest answer was given."""
    reject_reason: str
    items: tuple[OrderRequestItem, ...]
    overdue: bool
    late: bool
    waited: timedelta
    """How long the order has waited on this request (see the module's docstring)."""
    prices_shown: bool
    """False for a mechanic: the prices are blanked, not missing."""


def responded_at(request: InternalRequest) -> datetime | None:
    """The first response: the stored moment, else the first answer's (older rows)."""
    if request.responded_at is not None:
        return request.responded_at
    return request.answers[0].answered_at if request.answers else None


def waited_span(request: InternalRequest, now: datetime) -> tuple[datetime, datetime]:
    """(start, end) of the order's wait on a request; end == start when it never waited."""
    start = request.created_at
    end = responded_at(request)
    if end is None:
        end = now if request.status.is_open else (request.closed_at or start)
    return start, max(end, start)


def order_requests(db: Database, actor: Actor, order_id: int) -> list[OrderRequest]:
    """The requests about one order, oldest first."""
    prices_shown = actor.can(Action.VIEW_TIMELINE)
    if not prices_shown:
        actor.require(Action.VIEW_OWN_WORK)
    now = clock.now()
    with db.transaction() as session:
        order = session.get(WorkOrder, order_id)
        if order is None:
            raise NotFound(what="work order")
        if not prices_shown and not _works_on(session, actor, order_id):
            raise PermissionDenied(action=Action.VIEW_TIMELINE.value)
        query = (
            select(InternalRequest)
            .where(InternalRequest.work_order_id == order_id)
            .options(
                selectinload(InternalRequest.items),
                selectinload(InternalRequest.answers),
            )
            .order_by(InternalRequest.created_at, InternalRequest.id)
        )
        requests = list(session.scalars(query))
        if not prices_shown:
            requests = [r for r in requests if r.kind.department is not DepartmentKind.FINANCE]
        names: dict[int, str] = {
            staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.full_name))
        }
        order_lines = {line.id for line in order.part_lines}
        return [_view(r, names, order_lines, now, prices_shown) for r in requests]


def _works_on(session: Session, actor: Actor, order_id: int) -> bool:
    """The mechanic has an agreed work of his own on the order (his job sheet shows it)."""
    found = session.scalar(
        select(LabourLine.id).where(
            LabourLine.work_order_id == order_id,
            LabourLine.mechanic_id == actor.id,
            LabourLine.approval == LineApproval.AGREED,
        )
    )
    return found is not None


def _view(
    request: InternalRequest,
    names: dict[int, str],
    order_lines: set[int],
    now: datetime,
    prices_shown: bool,
) -> OrderRequest:
    latest = request.answers[-1] if request.answers else None
    rejected = request.status is RequestStatus.REJECTED and bool(request.reject_reason)
    start, end = waited_span(request, now)
    return OrderRequest(
        id=request.id,
        kind=request.kind,
        from_department=request.from_department.kind,
        to_department=request.to_department.kind,
        requester=names.get(request.requester_id, ""),
        status=request.status,
        text=request.text,
        created_at=request.created_at,
        needed_by=request.needed_by,
        window_opens_at=request.window_opens_at,
        due_at=request.due_at,
        responded_at=responded_at(request),
        answer_text=request.reject_reason if rejected or not latest else latest.text,
        answered_by=names.get(latest.answered_by_id, "") if latest else "",
        answered_at=latest.answered_at if latest else None,
        reject_reason=request.reject_reason,
        items=tuple(
            replace(
                OrderRequestItem.of(item),
                unit_price=item.unit_price if prices_shown else None,
                issued_to_order=item.part_line_id is not None and item.part_line_id in order_lines,
            )
            for item in request.items
        ),
        overdue=is_overdue(
            request.status, responded_at(request), request.due_at, request.needed_by, now
        ),
        late=is_late(responded_at(request), request.due_at),
        waited=end - start,
        prices_shown=prices_shown,
    )
