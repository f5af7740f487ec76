"""Filing an internal request: the requester's side of the chain (DOMAIN.md, seed 003).

A request is made in advance, against the answering department's agreed standard: its
window and deadline are fixed the moment it is filed (``service_standards``), so a request
filed outside the window is visibly queued for the next one and is judged by the standard
of that day. When the master says the car waits for the parts asked for, the order moves
to "awaiting parts" in the same unit of work, so the timeline and the request never
disagree about why the car stands still.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import (
    Department,
    DepartmentKind,
    InternalRequest,
    RequestItem,
    RequestKind,
    Staff,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import audit
from desk_app.services.errors import DomainError, ValidationError
from desk_app.services.form_fields import (
    Collector,
    column_length,
    free_text,
    one_line,
    quantity,
)
from desk_app.services.order_status import apply_move, check_move
from desk_app.services.permissions import Action, Actor
from desk_app.services.requests import AUDIT_ENTITY, first_line
from desk_app.services.service_standards import promise_in_session
from desk_app.services.staff import home_department
from desk_app.store.database import Database

TEXT_LIMIT = 2000
MAX_QUANTITY = Decimal("9999999.999")
PARTS_KINDS = frozenset(kind for kind in RequestKind if kind.department is DepartmentKind.PARTS)
NEEDS_ORDER = frozenset({RequestKind.PARTS_ISSUE})
"""Kinds that make no sense without a work order: parts are issued *to* an order."""


@dataclass(frozen=True)
class ItemInput:
    part_number: str = ""
    name: str = ""
    quantity: Decimal = Decimal("1")


@dataclass(frozen=True)
class RequestInput:
    kind: RequestKind
    text: str = ""
    work_order_id: int | None = None
    items: tuple[ItemInput, ...] = ()
    needed_by: datetime | None = None
    order_waits: bool = False
    """The master says the car waits for these parts: the order moves to AWAITING_PARTS
    (only parts kinds, only with PLAN_WORKSHOP, only where order_status allows the move)."""


@dataclass(frozen=True)
class OrderRef:
    """A work order as the filing form's "work order" box shows it."""

    id: int
    number: str
    status: WorkOrderStatus
    vehicle: str
    """“Lada Granta, В456ОР199”, or whichever of the two is known."""


def filing_kinds(actor: Actor, department: DepartmentKind) -> list[RequestKind]:
    """The kinds this person may file: those another department answers (a department
    does not file requests to itself); none without ``FILE_REQUEST``."""
    if not actor.can(Action.FILE_REQUEST):
        return []
    return [kind for kind in RequestKind if kind.department is not department]


def requester_department(db: Database, actor: Actor) -> DepartmentKind:
    """The department a request of ``actor`` comes from."""
    with db.transaction() as session:
        return _department_of(session, actor)


def _department_of(session: Session, actor: Actor) -> DepartmentKind:
    staff = session.get(Staff, actor.id)
    if staff is not None and staff.department is not None:
        return staff.department.kind
    return home_department(actor.roles)


def _department_id(session: Session, kind: DepartmentKind) -> int:
    found = session.scalar(select(Department.id).where(Department.kind == kind))
    if found is None:
        raise DomainError("The shop has no {department}.", department=kind)
    return found


def file_request(db: Database, actor: Actor, data: RequestInput, tz: tzinfo) -> int:
    """File the request and return its id; every bad field is reported at once."""
    actor.require(Action.FILE_REQUEST)
    problems = Collector()
    text = ""
    with problems.check():
        text = free_text("text", data.text, TEXT_LIMIT)
    items = _clean_items(data.items, problems)
    if not text and not items and not problems.has("text") and not problems.has("items"):
        problems.add("text", "Say what you need: write the request or list the items.")
    if data.kind in NEEDS_ORDER and data.work_order_id is None:
        problems.add("work_order", "Parts are issued to a work order: choose the order.")
    if data.order_waits:
        _check_order_waits(actor, data, problems)
    now = clock.now()
    if data.needed_by is not None and data.needed_by < now:
        problems.add("needed_by", "This moment has already passed: choose a later one.")
    with db.transaction() as session:
        department = _department_of(session, actor)
        if data.kind.department is department:
            problems.add("kind", "Your own department answers these requests: ask your colleagues.")
        order = _order_for(session, data.work_order_id, problems)
        if order is not None and data.order_waits and not problems.has("order_waits"):
            _check_move_allowed(order, actor, problems)
        problems.raise_if_any()
        promise = promise_in_session(session, data.kind, now, tz)
        request = InternalRequest(
            from_department_id=_department_id(session, department),
            to_department_id=_department_id(session, data.kind.department),
            requester_id=actor.id,
            kind=data.kind,
            work_order_id=order.id if order else None,
            text=text,
            created_at=now,
            needed_by=data.needed_by,
            window_opens_at=promise.window_opens_at,
            due_at=promise.due_at,
            items=items,
        )
        session.add(request)
        session.flush()
        moved = False
        if (
            order is not None
            and data.order_waits
            and order.status is not WorkOrderStatus.AWAITING_PARTS
        ):
            label = first_line(text) or (items[0].name or items[0].part_number)
            apply_move(
                session, order, actor, WorkOrderStatus.AWAITING_PARTS, f"#{request.id}: {label}"
            )
            moved = True
        audit.record(
            session,
            actor,
            AUDIT_ENTITY,
            request.id,
            "filed",
            kind=data.kind.value,
            work_order_id=request.work_order_id,
            items=len(items),
            queued=promise.queued,
            order_waits=moved,
        )
        return request.id


def _clean_items(given: tuple[ItemInput, ...], problems: Collector) -> list[RequestItem]:
    items: list[RequestItem] = []
    for item in given:
        with problems.check():
            name, number, amount = clean_item(item.name, item.part_number, item.quantity)
            items.append(RequestItem(name=name, part_number=number, quantity=amount))
    return items


def clean_item(name: str, part_number: str, count: Decimal) -> tuple[str, str, Decimal]:
    """An item's name, part number and quantity, checked (every problem is on "items")."""
    name = one_line("items", name, column_length(RequestItem.name))
    number = one_line("items", part_number, column_length(RequestItem.part_number))
    if not name and not number:
        raise ValidationError("items", "Give each item a name or a part number.")
    amount = quantity("items", count, places=3, maximum=MAX_QUANTITY, allow_zero=False)
    return name, number, amount


def _check_order_waits(actor: Actor, data: RequestInput, problems: Collector) -> None:
    if data.kind not in PARTS_KINDS:
        problems.add("order_waits", "Only a parts request puts the car on hold for parts.")
    elif not actor.can(Action.PLAN_WORKSHOP):
        problems.add("order_waits", "Only the master decides that a car waits for parts.")
    elif data.work_order_id is None:
        problems.add("order_waits", "Choose the work order whose car waits for the parts.")


def _check_move_allowed(order: WorkOrder, actor: Actor, problems: Collector) -> None:
    """Whether the order may move to "awaiting parts" now; already there is fine."""
    if order.status is WorkOrderStatus.AWAITING_PARTS:
        return
    try:
        check_move(order, actor, WorkOrderStatus.AWAITING_PARTS)
    except DomainError as refusal:
        problems.add("order_waits", refusal.template, **refusal.params)


def _order_for(session: Session, order_id: int | None, problems: Collector) -> WorkOrder | None:
    if order_id is None:
        return None
    order = session.get(WorkOrder, order_id)
    if order is None:
        problems.add("work_order", "This work order no longer exists.")
        return None
    if not order.status.is_open:
        problems.add(
            "work_order",
            "Order {number} is closed; requests are filed for open orders.",
            number=order.number,
        )
        return None
    return order


def find_order(db: Database, actor: Actor, number: str) -> OrderRef | None:
    """The order with this number, for the filing form; "123" finds the newest "…-000123".

    A closed order is found too (the form says why it cannot be chosen).
    """
    actor.require(Action.FILE_REQUEST)
    wanted = number.strip()
    if not wanted:
        return None
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == wanted))
        if order is None and wanted.isdigit() and len(wanted) <= 6:
            order = session.scalar(
                select(WorkOrder)
                .where(WorkOrder.number.like(f"%-{int(wanted):06d}"))
                .order_by(WorkOrder.accepted_at.desc(), WorkOrder.id.desc())
                .limit(1)
            )
        if order is None:
            return None
        vehicle = order.vehicle
        title = ", ".join(part for part in (vehicle.title, vehicle.plate) if part)
        return OrderRef(order.id, order.number, order.status, title)
