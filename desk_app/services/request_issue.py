"""Issuing a request's parts to its work order: the parts clerk's answer becomes the order's
part lines, so the client's bill shows what the counter handed out.

Only what was answered in stock and priced is issued, each item once (it keeps its line),
and only to an open order (``check_issue``; the request card asks it too, through
``request_detail``). Who may issue is who answers the request (``request_answers``).
"""

from __future__ import annotations

from desk_app import clock
from desk_app.models import InternalRequest, PartLine, RequestItem, RequestStatus
from desk_app.services import audit
from desk_app.services.errors import DomainError
from desk_app.services.order_lines import new_line_approval
from desk_app.services.order_touch import touch
from desk_app.services.permissions import Actor
from desk_app.services.request_answers import check_parts, mark_responded, request_to_edit
from desk_app.services.requests import AUDIT_ENTITY, touch_request
from desk_app.store.database import Database


def check_issue(actor: Actor, request: InternalRequest) -> list[RequestItem]:
    """The items an issue would put on the order: every one in stock and not issued yet,
    each with its price (an unpriced part would reach the client's bill at zero)."""
    check_parts(actor, request)
    order = request.work_order
    if order is None:
        raise DomainError(
            "Request {number} has no work order to issue the parts to.", number=request.id
        )
    if not order.status.is_open:
        raise DomainError("Order {order} is closed; no parts are issued to it.", order=order.number)
    items = [item for item in request.items if item.in_stock and item.issued_at is None]
    if not items:
        raise DomainError(
            "Nothing to issue on request {number}: no item is answered in stock, "
            "or all of them are issued already.",
            number=request.id,
        )
    for item in items:
        if item.unit_price is None:
            raise DomainError(
                "“{item}” has no price yet: answer with its price before issuing it.",
                item=item.name or item.part_number,
            )
    return items


def issue_to_order(db: Database, actor: Actor, request_id: int, *, expected_version: int) -> int:
    """Issue the items in stock to the request's work order as its part lines; returns
    how many. Agreed while the car is only accepted, proposed to the client afterwards
    (``order_lines.new_line_approval``). An item is issued once: it keeps its line."""
    with db.transaction() as session:
        request = request_to_edit(session, request_id, expected_version)
        items = check_issue(actor, request)
        order = request.work_order
        assert order is not None  # check_issue refuses a request without one
        now = clock.now()
        approval = new_line_approval(order.status)
        for item in items:
            assert item.unit_price is not None  # check_issue refuses unpriced items
            line = PartLine(
                position=len(order.part_lines) + 1,
                part_number=item.part_number,
                name=item.name or item.part_number,
                quantity=item.quantity,
                unit_price=item.unit_price,
                approval=approval,
            )
            order.part_lines.append(line)
            session.flush()
            item.part_line_id = line.id
            item.issued_at = now
        if request.status is not RequestStatus.ANSWERED:
            request.status = RequestStatus.ANSWERED
        mark_responded(request, actor, now)
        touch_request(session, request)
        touch(session, order)
        audit.record(
            session,
            actor,
            "work_order",
            order.id,
            "parts issued",
            request=request.id,
            line="; ".join(item.name or item.part_number for item in items),
            parts=[
                {"part_number": item.part_number, "quantity": str(item.quantity)} for item in items
            ],
        )
        audit.record(session, actor, AUDIT_ENTITY, request.id, "issued", work_order=order.number)
        return len(items)
