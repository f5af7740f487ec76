"""One request as its card shows it: what was asked, the answers, the deadlines, and what
the person looking at it may do now.

The actions offered are decided by the same checks the actions run
(``request_answers.check_*``, ``request_issue``, ``request_closing``), so the card never offers a
button the service would refuse, nor hides one it would accept. Whoever sees the request
in a queue may open it (``request_print.may_see``); the client is not read: the parts
clerk sees the car, not its owner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Self

from sqlalchemy.orm import joinedload, selectinload

from desk_app import clock
from desk_app.models import (
    DepartmentKind,
    InternalRequest,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
    Staff,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import request_answers as answers
from desk_app.services import request_closing as closing
from desk_app.services import request_issue
from desk_app.services.errors import DomainError
from desk_app.services.permissions import Actor
from desk_app.services.request_print import request_to_see, require_a_queue
from desk_app.services.requests import is_late, is_overdue
from desk_app.store.database import Database


class RequestAction(StrEnum):
    TAKE = "take"
    ANSWER = "answer"
    RESERVE = "reserve"
    ISSUE = "issue"
    REJECT = "reject"
    CANCEL = "cancel"
    CLOSE = "close"


@dataclass(frozen=True)
class ItemDetail:
    """One line of a request with the answering department's word on it."""

    id: int
    part_number: str
    name: str
    quantity: Decimal
    in_stock: bool | None
    """None until answered."""
    available: Decimal | None
    unit_price: Decimal | None
    """None until priced."""
    bin: str
    eta: datetime | None
    reserved_at: datetime | None
    issued_at: datetime | None

    @classmethod
    def of(cls, item: RequestItem) -> Self:
        return cls(
            id=item.id,
            part_number=item.part_number,
            name=item.name,
            quantity=item.quantity,
            in_stock=item.in_stock,
            available=item.available,
            unit_price=item.unit_price,
            bin=item.bin,
            eta=item.eta,
            reserved_at=item.reserved_at,
            issued_at=item.issued_at,
        )


@dataclass(frozen=True)
class AnswerDetail:
    answered_at: datetime
    answered_by: str
    text: str
    in_stock: bool | None = None
    price: Decimal | None = None
    """What the answered items cost together (quantity × price)."""
    eta: datetime | None = None


@dataclass(frozen=True)
class VehicleDetail:
    make: str
    model: str
    year: int | None
    vin: str
    plate: str

    @property
    def title(self) -> str:
        return Vehicle.compose_title(self.make, self.model)


@dataclass(frozen=True)
class RequestDetail:
    id: int
    version: int
    kind: RequestKind
    status: RequestStatus
    from_department: DepartmentKind
    to_department: DepartmentKind
    requester: str
    requester_id: int
    created_at: datetime
    needed_by: datetime | None
    window_opens_at: datetime | None
    due_at: datetime | None
    responded_at: datetime | None
    taken_by: str
    taken_at: datetime | None
    closed_at: datetime | None
    reject_reason: str
    text: str
    work_order_id: int | None
    work_order_number: str | None
    work_order_status: WorkOrderStatus | None
    vehicle: VehicleDetail | None
    items: tuple[ItemDetail, ...]
    answers: tuple[AnswerDetail, ...]
    rating_good: bool | None
    rating_score: int | None
    rating_comment: str
    overdue: bool
    """Open, not yet responded, and past ``due_at`` or past ``needed_by``."""
    late: bool
    """Responded after ``due_at``: the department missed its agreed standard."""
    actions: frozenset[RequestAction]
    """What the person who asked may do with it now."""

    @property
    def queued(self) -> bool:
        """Filed outside the department's window: it waited for the next one."""
        return self.window_opens_at is not None and self.window_opens_at > self.created_at


CHECKS: dict[RequestAction, Callable[[Actor, InternalRequest], object]] = {
    RequestAction.TAKE: answers.check_take,
    RequestAction.ANSWER: answers.check_answer,
    RequestAction.RESERVE: answers.check_reserve,
    RequestAction.ISSUE: request_issue.check_issue,
    RequestAction.REJECT: answers.check_reject,
    RequestAction.CANCEL: closing.check_cancel,
    RequestAction.CLOSE: closing.check_close,
}


def actions_for(actor: Actor, request: InternalRequest) -> frozenset[RequestAction]:
    """Every action whose check lets ``actor`` make it on ``request`` now."""
    allowed = set()
    for action, check in CHECKS.items():
        try:
            check(actor, request)
        except DomainError:
            continue
        allowed.add(action)
    return frozenset(allowed)


def request_detail(db: Database, actor: Actor, request_id: int) -> RequestDetail:
    """The card of request ``request_id``; ``PermissionDenied`` unless it is in a queue
    of ``actor`` (he filed it, or answers for the department it is addressed to)."""
    require_a_queue(actor)
    with db.transaction() as session:
        request = request_to_see(
            session,
            actor,
            request_id,
            [
                selectinload(InternalRequest.items),
                selectinload(InternalRequest.answers).joinedload(RequestAnswer.answered_by),
                joinedload(InternalRequest.from_department),
                joinedload(InternalRequest.to_department),
                joinedload(InternalRequest.requester),
                joinedload(InternalRequest.work_order).joinedload(WorkOrder.vehicle),
            ],
        )
        taken_by = session.get(Staff, request.taken_by_id) if request.taken_by_id else None
        order = request.work_order
        return RequestDetail(
            id=request.id,
            version=request.version,
            kind=request.kind,
            status=request.status,
            from_department=request.from_department.kind,
            to_department=request.to_department.kind,
            requester=request.requester.full_name,
            requester_id=request.requester_id,
            created_at=request.created_at,
            needed_by=request.needed_by,
            window_opens_at=request.window_opens_at,
            due_at=request.due_at,
            responded_at=request.responded_at,
            taken_by=taken_by.full_name if taken_by else "",
            taken_at=request.taken_at,
            closed_at=request.closed_at,
            reject_reason=request.reject_reason,
            text=request.text,
            work_order_id=request.work_order_id,
            work_order_number=order.number if order else None,
            work_order_status=order.status if order else None,
            vehicle=_vehicle(order),
            items=tuple(ItemDetail.of(item) for item in request.items),
            answers=tuple(
                AnswerDetail(
                    answered_at=answer.answered_at,
                    answered_by=answer.answered_by.full_name,
                    text=answer.text,
                    in_stock=answer.in_stock,
                    price=answer.price,
                    eta=answer.eta,
                )
                for answer in request.answers
            ),
            rating_good=request.rating_good,
            rating_score=request.rating_score,
            rating_comment=request.rating_comment,
            overdue=is_overdue(
                request.status,
                request.responded_at,
                request.due_at,
                request.needed_by,
                clock.now(),
            ),
            late=is_late(request.responded_at, request.due_at),
            actions=actions_for(actor, request),
        )


def _vehicle(order: WorkOrder | None) -> VehicleDetail | None:
    if order is None:
        return None
    vehicle = order.vehicle
    return VehicleDetail(
        make=vehicle.make,
        model=vehicle.model,
        year=vehicle.year,
        vin=vehicle.vin or "",
        plate=vehicle.plate,
    )
