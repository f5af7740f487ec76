"""Writing a planned request as it stands now: its row, its parts with the clerk's answers,
the answer itself and the requester's rating.

The parts clerk answers line by line: in stock or not (with the supplier's ETA), how many
are on the shelf, the price the order's part line carries, and the bin the part lies in
(the same part always lies in the same bin). A reserve request's parts are put aside when
answered, an issue request's parts go to the workshop then and become the order's part
lines; parts ordered for a client are put aside when they arrive. The requester rates by
the agreed standard: a late answer is far more often "not good", and a bad rating always
says why.
"""

from __future__ import annotations

import zlib
from datetime import datetime
from decimal import Decimal
from typing import Any

from desk_app.models import (
    InternalRequest,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
    to_money,
)
from desk_app.services.demo.catalogue import texts
from desk_app.services.demo.records import Part, Request
from desk_app.services.demo.shop import Shop

BAD_WHEN_LATE = 0.45
BAD_IN_TIME = 0.03
RATED = 0.85
"""How many requesters bother to rate a closed request."""
ANSWERED = (RequestStatus.ANSWERED, RequestStatus.CLOSED)
ITEM_ANSWER = (
    "in_stock", "available", "unit_price", "eta", "reserved_at", "issued_at", "part_line_id"
)  # fmt: skip
"""Every row the writer inserts in one go has the same columns: unanswered ones are None."""


def bin_of(number: str) -> str:
    """Where a part lies on the shelves: rack, shelf, place (the same number, the same bin)."""
    code = zlib.crc32(number.encode())
    return f"{'ABCDEF'[code % 6]}-{code // 6 % 24 + 1:02d}-{code // 144 % 5 + 1}"


def write_request(shop: Shop, planned: Request) -> None:
    w, now = shop.writer, shop.now
    status = planned.status_at(now)
    taken = planned.taken if planned.taken and planned.taken <= now else None
    closed_at = {
        RequestStatus.CLOSED: planned.closed,
        RequestStatus.REJECTED: planned.answered,
        RequestStatus.CANCELLED: planned.cancelled,
    }.get(status)
    if status is RequestStatus.CANCELLED and taken and closed_at and taken > closed_at:
        taken = None
    answered = status in ANSWERED or (
        status is RequestStatus.CANCELLED
        and taken is not None
        and planned.answered is not None
        and closed_at is not None
        and planned.answered <= closed_at
    )
    responded = planned.answered if answered or status is RequestStatus.REJECTED else None
    good, score, comment = _rating(shop, planned) if status is RequestStatus.CLOSED else (None,) * 3
    request_id = w.add(
        InternalRequest,
        from_department_id=shop.departments[planned.from_dept],
        to_department_id=shop.departments[planned.to_dept],
        requester_id=planned.requester,
        kind=planned.kind,
        work_order_id=planned.order_id,
        text=planned.text,
        created_at=planned.created,
        needed_by=planned.needed_by,
        window_opens_at=planned.window_opens,
        due_at=planned.due,
        responded_at=responded,
        status=status,
        taken_by_id=planned.answerer if taken else None,
        taken_at=taken,
        closed_at=closed_at,
        reject_reason=planned.reason if status is RequestStatus.REJECTED else "",
        rating_good=good,
        rating_score=score,
        rating_comment=comment or "",
    )
    items = [_item(shop, planned, part, answered) for part in planned.parts]
    for item in items:
        w.add(RequestItem, request_id=request_id, **item)
    if answered:
        w.add(
            RequestAnswer,
            request_id=request_id,
            answered_by_id=planned.answerer,
            answered_at=planned.answered,
            text=planned.answer,
            **_summary(planned, items),
        )


def _rating(shop: Shop, planned: Request) -> tuple[bool | None, int | None, str]:
    """Most requesters rate; a late answer is often "not good", and then always says why."""
    rng = shop.rng
    if rng.random() >= RATED:
        return None, None, ""
    late = planned.late
    if rng.random() < (BAD_WHEN_LATE if late else BAD_IN_TIME):
        comments = texts.BAD_COMMENTS[planned.kind.value][0 if late else 1]
        return False, rng.choice((1, 2, 2, 3)), rng.choice(comments)
    if late:
        return True, rng.choices((5, 4, 3), (20, 50, 30))[0], rng.choice(texts.LATE_GOOD_COMMENTS)
    return True, rng.choices((5, 4, 3), (60, 32, 8))[0], rng.choice(texts.GOOD_COMMENTS)


def _item(shop: Shop, planned: Request, part: Part, answered: bool) -> dict[str, Any]:
    """A requested part and, once answered, the clerk's answer for it."""
    item: dict[str, Any] = {
        "part_number": part.number,
        "name": part.name,
        "quantity": part.quantity,
        **dict.fromkeys(ITEM_ANSWER),
        "bin": "",
    }
    if not answered:
        return item
    kind, moment = planned.kind, planned.answered
    in_stock = planned.kind is not RequestKind.PARTS_ORDER and (
        part.stocked or planned.answer_fields.get("in_stock") is not False
    )
    item["in_stock"] = in_stock
    item["unit_price"] = part.price
    if not in_stock:
        item["available"] = Decimal("0")
        item["eta"] = planned.answer_fields.get("eta")
        if kind is RequestKind.PARTS_ORDER and planned.status_at(shop.now) is RequestStatus.CLOSED:
            item["reserved_at"] = planned.closed
        return item
    item["available"] = part.quantity + shop.rng.randint(0, 8)
    item["bin"] = bin_of(part.number)
    if kind is RequestKind.PARTS_RESERVE:
        item["reserved_at"] = moment
    elif kind is RequestKind.PARTS_ISSUE:
        item["issued_at"] = moment
        item["part_line_id"] = part.line_id
    return item


def _summary(planned: Request, items: list[dict[str, Any]]) -> dict[str, Any]:
    """The answer's own fields: for parts, the lines summed up (all in stock, the total
    price, the first bin, the latest ETA)."""
    fields = planned.answer_fields
    if not items:
        return {
            "in_stock": fields.get("in_stock"),
            "quantity": None,
            "price": None,
            "bin": "",
            "eta": fields.get("eta"),
        }
    etas: list[datetime] = [item["eta"] for item in items if item.get("eta")]
    return {
        "in_stock": all(item["in_stock"] for item in items),
        "quantity": items[0]["quantity"] if len(items) == 1 else None,
        "price": to_money(sum((i["quantity"] * i["unit_price"] for i in items), Decimal(0))),
        "bin": next((item["bin"] for item in items if item.get("bin")), ""),
        "eta": max(etas) if etas else None,
    }
