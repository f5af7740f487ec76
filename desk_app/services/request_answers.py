"""The answering department's side of an internal request: take it, answer it, put
the parts aside, or reject it with the reason (issuing them to the order: ``request_issue``).

Only the department a request is addressed to answers it (``requests.answered_departments``:
a receptionist answers nothing, a parts clerk no finance request, a manager everything), and
only while the request is open. The first answer or the rejection is the moment the
department's response time is counted to (``responded_at``); later answers add to the record
without moving it. Each ``check_*`` says why an action is refused now, so the request card
offers exactly what the service would accept (``request_detail``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import (
    DepartmentKind,
    InternalRequest,
    RequestAnswer,
    RequestItem,
    RequestStatus,
)
from desk_app.services import audit
from desk_app.services.errors import DomainError, NotFound, PermissionDenied, ValidationError
from desk_app.services.form_fields import (
    Collector,
    amount,
    column_length,
    free_text,
    one_line,
    quantity,
    row_to_edit,
)
from desk_app.services.order_money import line_amount
from desk_app.services.permissions import Actor
from desk_app.services.request_filing import MAX_QUANTITY, TEXT_LIMIT, clean_item
from desk_app.services.requests import (
    AUDIT_ENTITY,
    REQUEST,
    answered_departments,
    touch_request,
)
from desk_app.store.database import Database

REASON_LIMIT = 300


@dataclass(frozen=True)
class ItemAnswer:
    item_id: int | None
    """None: a line the clerk adds himself (an analogue, a kit the requester forgot)."""
    part_number: str = ""
    name: str = ""
    quantity: Decimal = Decimal("1")
    in_stock: bool | None = None
    available: Decimal | None = None
    unit_price: Decimal | None = None
    bin: str = ""
    eta: datetime | None = None


@dataclass(frozen=True)
class AnswerInput:
    text: str = ""
    items: tuple[ItemAnswer, ...] = ()


# -- the rules, asked by the actions below and by the request card -------------------------


def check_answerer(actor: Actor, request: InternalRequest) -> None:
    """Refuse whoever does not answer for the department the request is addressed to."""
    if request.to_department.kind not in answered_departments(actor):
        raise PermissionDenied(
            "Request {number} is addressed to {department}; you do not answer for it.",
            number=request.id,
            department=request.to_department.kind,
        )


def check_open(request: InternalRequest) -> None:
    if not request.status.is_open:
        raise DomainError(
            "Request {number} is {status}; nothing more is done on it.",
            number=request.id,
            status=request.status,
        )


def check_take(actor: Actor, request: InternalRequest) -> None:
    check_answerer(actor, request)
    check_open(request)
    if request.status is not RequestStatus.NEW:
        raise DomainError("Request {number} has already been taken.", number=request.id)


def check_answer(actor: Actor, request: InternalRequest) -> None:
    check_answerer(actor, request)
    check_open(request)


def check_reject(actor: Actor, request: InternalRequest) -> None:
    """A request is rejected instead of answered: once answered, the requester judges it."""
    check_answer(actor, request)
    if request.status is RequestStatus.ANSWERED:
        raise DomainError(
            "Request {number} is already answered; answer it again instead of rejecting it.",
            number=request.id,
        )


def check_reserve(actor: Actor, request: InternalRequest) -> list[RequestItem]:
    """The items a reservation would mark: answered in stock, not reserved or issued yet."""
    check_parts(actor, request)
    items = [
        item
        for item in request.items
        if item.in_stock and item.reserved_at is None and item.issued_at is None
    ]
    if not items:
        raise DomainError(
            "Nothing to reserve on request {number}: no item answered in stock waits for it.",
            number=request.id,
        )
    return items


def check_parts(actor: Actor, request: InternalRequest) -> None:
    """Only the parts department's requests have items to reserve and issue."""
    check_answer(actor, request)
    if request.to_department.kind is not DepartmentKind.PARTS:
        raise DomainError("Only parts are reserved and issued.")


def request_to_edit(session: Session, request_id: int, expected_version: int) -> InternalRequest:
    return row_to_edit(session, InternalRequest, request_id, expected_version, REQUEST)


def mark_responded(request: InternalRequest, actor: Actor, now: datetime) -> None:
    """The department has answered: taken by whoever answered if nobody took it first."""
    if request.taken_by_id is None:
        request.taken_by_id = actor.id
        request.taken_at = now
    if request.responded_at is None:
        request.responded_at = now


# -- the actions ---------------------------------------------------------------------------


def take_request(db: Database, actor: Actor, request_id: int, *, expected_version: int) -> None:
    """NEW → TAKEN: the requester sees who is working on it."""
    with db.transaction() as session:
        request = request_to_edit(session, request_id, expected_version)
        check_take(actor, request)
        request.status = RequestStatus.TAKEN
        request.taken_by_id = actor.id
        request.taken_at = clock.now()
        touch_request(session, request)
        audit.record(session, actor, AUDIT_ENTITY, request.id, "taken")


def answer_request(
    db: Database, actor: Actor, request_id: int, data: AnswerInput, *, expected_version: int
) -> None:
    """NEW/TAKEN/ANSWERED → ANSWERED, with the text and the items' stock, prices and dates.

    Items not named in ``data`` keep their earlier answer; an issued item no longer changes.
    """
    problems = Collector()
    text = ""
    with problems.check():
        text = free_text("text", data.text, TEXT_LIMIT)
    cleaned = [_clean_answer(item, problems) for item in data.items]
    if not text and not data.items and not problems.errors:
        problems.add("text", "Write the answer or answer the items.")
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as session:
        request = request_to_edit(session, request_id, expected_version)
        check_answer(actor, request)
        known = {item.id: item for item in request.items}
        for answer, values in zip(data.items, cleaned, strict=True):
            if answer.item_id is None:
                request.items.append(RequestItem(**values))
                continue
            item = known.get(answer.item_id)
            if item is None:
                raise NotFound(what="item")
            _update_item(item, values)
        request.status = RequestStatus.ANSWERED
        mark_responded(request, actor, now)
        session.add(_summary(request, actor, text, now))
        touch_request(session, request)
        audit.record(session, actor, AUDIT_ENTITY, request.id, "answered", items=len(data.items))


def _clean_answer(item: ItemAnswer, problems: Collector) -> dict[str, object]:
    values: dict[str, object] = {"in_stock": item.in_stock, "eta": item.eta}
    with problems.check():
        name, number, count = clean_item(item.name, item.part_number, item.quantity)
        values.update(name=name, part_number=number, quantity=count)
        if item.available is not None:
            values["available"] = quantity("items", item.available, places=3, maximum=MAX_QUANTITY)
        else:
            values["available"] = None
        values["unit_price"] = None if item.unit_price is None else amount("items", item.unit_price)
        values["bin"] = one_line("items", item.bin, column_length(RequestItem.bin))
    return values


def _update_item(item: RequestItem, values: dict[str, object]) -> None:
    changed = {field for field, value in values.items() if getattr(item, field) != value}
    if not changed:
        return
    if item.issued_at is not None:
        raise ValidationError(
            "items",
            "“{item}” is already issued to the order; it no longer changes.",
            item=item.name or item.part_number,
        )
    for field in changed:
        setattr(item, field, values[field])
    if not item.in_stock:
        item.reserved_at = None  # a reservation holds only what is on the shelf


def _summary(request: InternalRequest, actor: Actor, text: str, now: datetime) -> RequestAnswer:
    """The answer as a record: all in stock?, what it all costs, the latest arrival."""
    items = request.items
    answered = [item for item in items if item.in_stock is not None]
    priced = [item for item in items if item.unit_price is not None]
    dates = [item.eta for item in items if item.eta is not None]
    bins = {item.bin for item in items if item.bin}
    return RequestAnswer(
        request=request,
        answered_by_id=actor.id,
        answered_at=now,
        text=text,
        in_stock=all(item.in_stock for item in items) if answered else None,
        price=sum(
            (line_amount(item.quantity, item.unit_price) for item in priced if item.unit_price),
            Decimal(0),
        )
        if priced
        else None,
        bin=bins.pop() if len(bins) == 1 else "",
        eta=max(dates) if dates else None,
    )


def reject_request(
    db: Database, actor: Actor, request_id: int, reason: str, *, expected_version: int
) -> None:
    """NEW/TAKEN → REJECTED with the reason; the rejection counts as the response."""
    text = one_line("reason", reason, REASON_LIMIT, required="Say why the request is rejected.")
    now = clock.now()
    with db.transaction() as session:
        request = request_to_edit(session, request_id, expected_version)
        check_reject(actor, request)
        request.status = RequestStatus.REJECTED
        request.reject_reason = text
        request.closed_at = now
        mark_responded(request, actor, now)
        touch_request(session, request)
        audit.record(session, actor, AUDIT_ENTITY, request.id, "rejected", reason=text)


def reserve_items(db: Database, actor: Actor, request_id: int, *, expected_version: int) -> int:
    """Put the items answered in stock aside for the requester; returns how many."""
    with db.transaction() as session:
        request = request_to_edit(session, request_id, expected_version)
        items = check_reserve(actor, request)
        now = clock.now()
        for item in items:
            item.reserved_at = now
        touch_request(session, request)
        audit.record(
            session, actor, AUDIT_ENTITY, request.id, "reserved", items=[item.id for item in items]
        )
        return len(items)
