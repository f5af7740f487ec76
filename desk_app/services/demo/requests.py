"""The internal requests between departments: each planned with its whole life, then written.

A request is filed, taken, answered and closed (or rejected, or withdrawn) at planned
moments; ``now`` decides how far it has got. Work orders plan theirs as they are written
(``order_requests``); this module adds the routine ones (expenses to reimburse on Mondays,
monthly figures for finance), makes sure every status and every desk has some, and writes
them with their items, answers and ratings.

Only people whose role may file requests file them: a mechanic has no FILE_REQUEST, so
what he needs is asked by the master on shift.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from desk_app.models import (
    DepartmentKind,
    InternalRequest,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
    Role,
)
from desk_app.services.demo.calendar import earlier, later, next_month, open_from, opening
from desk_app.services.demo.catalogue import texts, works
from desk_app.services.demo.records import Order, Part, Request
from desk_app.services.demo.shop import Shop
from desk_app.services.demo.writer import DemoStage


def rub(amount: Decimal) -> str:
    return f"{amount:,.0f}".replace(",", " ")


def parts_text(parts: Iterable[Part]) -> str:
    return ", ".join(f"{p.name} ({p.number}) × {_qty(p.quantity)}" for p in parts)


def _qty(amount: Decimal) -> str:
    return f"{amount.normalize():f}".replace(".", ",")


def _short_name(full_name: str) -> str:
    last, *given = full_name.split()
    return " ".join([last, *(f"{name[0]}." for name in given)])


def request(
    shop: Shop,
    kind: RequestKind,
    created: datetime,
    requester: int,
    to: DepartmentKind,
    text: str,
    *,
    order: Order | None = None,
    items: Sequence[Part] = (),
    needed_minutes: float | None = None,
    needed_by: datetime | None = None,
    answer: str = "",
    in_stock: bool | None = None,
    eta: datetime | None = None,
    closes: datetime | None = None,
    taken: datetime | None = None,
    reject_share: float = 0.0,
    reasons: Sequence[str] = (),
) -> Request:
    """A request with its whole life planned: taken, answered, closed (or not)."""
    rng = shop.rng
    requester = filed_by(shop, requester, created)
    taken = taken or later(created, rng.uniform(3, 30))
    answered = later(taken, rng.uniform(5, 45))
    closed = closes if closes and closes > answered else later(answered, rng.uniform(10, 240))
    fields: dict[str, Any] = {"in_stock": in_stock, "eta": eta}
    if items:
        fields["quantity"] = items[0].quantity
        fields["price"] = items[0].price
        fields["bin"] = f"{rng.choice('АБВГДЕ')}-{rng.randint(1, 24):02d}-{rng.randint(1, 5)}"
    local_eta = eta.strftime("%d.%m к %H:%M") if eta else ""
    planned = Request(
        kind=kind,
        created=created,
        requester=requester,
        from_dept=shop.department_of[requester],
        to_dept=to,
        answerer=_answerer(shop, to, created),
        text=text,
        order_id=order.id if order else None,
        needed_by=later(created, needed_minutes) if needed_minutes else needed_by,
        items=[(p.number, p.name, p.quantity) for p in items],
        taken=taken,
        answered=answered,
        closed=closed,
        answer=answer.format(bin=fields.get("bin", ""), eta=local_eta),
        answer_fields=fields,
    )
    if rng.random() < reject_share:
        planned.outcome, planned.reason = "reject", rng.choice(reasons)
    elif rng.random() < 0.03:
        planned.outcome, planned.reason = "cancel", rng.choice(texts.REQUEST_CANCEL_REASONS)
        planned.cancelled = created + (taken - created) * rng.uniform(0.2, 0.9)
    return planned


def filed_by(shop: Shop, person: int, moment: datetime) -> int:
    """Who files a request ``person`` needs: he himself when his role may file requests,
    else the master on shift (a mechanic asks his master, who files it)."""
    return person if person in shop.filers else shop.on_shift(Role.MASTER, moment)


def _answerer(shop: Shop, department: DepartmentKind, moment: datetime) -> int:
    if department is DepartmentKind.PARTS:
        return shop.staff[Role.PARTS_CLERK][0]
    if department is DepartmentKind.FINANCE:
        return shop.staff[Role.FINANCE][0]
    return shop.on_shift(Role.MASTER, moment)


def write_requests(shop: Shop) -> None:
    """Order requests planned earlier, plus the routine ones: expenses and figures."""
    rng = shop.rng
    shop.progress(DemoStage.REQUESTS)
    moment = shop.visit_time(shop.start + timedelta(days=rng.uniform(1, 14)))
    while moment < shop.shop_now:
        requester = rng.choice(shop.staff[Role.MASTER] + shop.staff[Role.RECEPTIONIST])
        what, amount = rng.choice(texts.REIMBURSE_TEXTS)
        monday = open_from(opening(moment.date() + timedelta(days=7 - moment.weekday()), shop.tz))
        shop.requests.append(request(
            shop, RequestKind.FINANCE_REIMBURSE, moment, requester, DepartmentKind.FINANCE,
            f"{what}: {rub(shop.price(amount, moment, 10))} ₽",
            needed_by=later(monday, 240),
            answer=texts.ANSWERS["finance_reimburse"][0],
            taken=later(monday, rng.uniform(30, 180)), reject_share=0.05,
            reasons=texts.REJECT_REASONS["finance"],
        ))  # fmt: skip
        moment = shop.visit_time(moment + timedelta(days=rng.uniform(7, 21)))
    month = date(shop.start.year, shop.start.month, 1)
    while (month := next_month(month)) <= shop.now.date():
        created = later(opening(month, shop.tz), rng.uniform(30, 120))
        if created > shop.shop_now:
            break
        previous = next_month(month, -1)
        name = f"{texts.MONTHS[previous.month - 1]} {previous.year}"
        done = shop.hours.get((previous.year, previous.month), {})
        figures = "; ".join(
            f"{_short_name(shop.names[m])} — {_qty(h)} н/ч" for m, h in sorted(done.items())
        )
        shop.requests.append(request(
            shop, RequestKind.INFO_FIGURES, created, shop.staff[Role.FINANCE][0],
            DepartmentKind.WORKSHOP, texts.FIGURES_TEXT.format(month=name),
            needed_minutes=3 * 660,
            answer=texts.ANSWERS["info_figures"][0].format(month=name, figures=figures or "нет"),
        ))  # fmt: skip
    _top_up_requests(shop)
    shop.requests.sort(key=lambda planned: planned.created)
    total = len(shop.requests)
    for index, planned in enumerate(shop.requests):
        if index % 200 == 0:
            shop.progress(DemoStage.REQUESTS, index / total)
        _write_request(shop, planned)
    shop.progress(DemoStage.REQUESTS, 1.0)


def _top_up_requests(shop: Shop) -> None:
    """However small the shop, every status occurs, everyone at the desk has a request
    under way and the parts and finance departments have something to answer."""
    now, staff = shop.now, shop.staff
    present = {planned.status_at(now) for planned in shop.requests}
    for status in RequestStatus:
        if status not in present:
            shop.requests.append(_forced_request(shop, status))
    under_way = [r for r in shop.requests if r.status_at(now).is_open]
    waiting = (RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.ANSWERED)
    filers = staff[Role.RECEPTIONIST] + staff[Role.MASTER] + staff[Role.FINANCE]
    for index, person in enumerate(filers):
        if all(r.requester != person for r in under_way):
            status = waiting[index % len(waiting)]
            to = DepartmentKind.WORKSHOP if person in staff[Role.FINANCE] else DepartmentKind.PARTS
            shop.requests.append(_forced_request(shop, status, requester=person, to=to))
    for department in (DepartmentKind.PARTS, DepartmentKind.FINANCE):
        if all(r.to_dept is not department for r in under_way):
            shop.requests.append(_forced_request(shop, RequestStatus.NEW, to=department))


def _forced_request(
    shop: Shop,
    status: RequestStatus,
    requester: int | None = None,
    to: DepartmentKind = DepartmentKind.PARTS,
) -> Request:
    """A question to parts (or finance) about one of today's open orders, in ``status``."""
    rng = shop.rng
    minutes = {
        RequestStatus.NEW: (10, None, None, None),
        RequestStatus.TAKEN: (45, 25, None, None),
        RequestStatus.ANSWERED: (180, 150, 120, None),
    }.get(status, (1500, 1470, 1440, 1400))
    stretch = rng.uniform(0.5, 2.0)
    created, taken, answered, closed = (
        None if m is None else earlier(shop.shop_now, m * stretch) for m in minutes
    )
    assert created is not None
    order = rng.choice(shop.open_orders) if shop.open_orders else None
    requester = requester or shop.on_shift(Role.RECEPTIONIST, created)
    about = {"number": "—", "vehicle": "—", "vin": "—"}
    if order is not None:
        vehicle = order.visit.vehicle
        about = {"number": order.number, "vehicle": vehicle.title, "vin": vehicle.vin}
    if to is DepartmentKind.FINANCE:
        amount = rub(max(order.estimate / 2 if order else Decimal(0), Decimal(3000)))
        planned = request(
            shop, RequestKind.FINANCE_PREPAYMENT, created, requester, to,
            texts.REQUEST_TEXTS["finance_prepayment"].format(amount=amount, **about),
            order=order, needed_minutes=120, answer=texts.ANSWERS["finance_prepayment"][0],
        )  # fmt: skip
    elif to is DepartmentKind.WORKSHOP:
        planned = request(
            shop, RequestKind.INFO_FIGURES, created, requester, to, texts.WEEK_FIGURES[0],
            needed_minutes=240, answer=texts.WEEK_FIGURES[1],
        )  # fmt: skip
    else:
        parts = (
            sorted((p for p in order.parts if not p.supplied), key=lambda p: p.stocked)[:2]
            if order
            else []
        )
        text = texts.REQUEST_TEXTS["parts_availability"].format(
            parts=parts_text(parts) or works.PARTS["oil_filter"].name, **about
        )
        planned = request(
            shop, RequestKind.PARTS_AVAILABILITY, created, requester, to, text, order=order,
            items=parts, needed_minutes=60, answer=texts.ANSWERS["parts_availability"][0],
            in_stock=True,
        )  # fmt: skip
    planned.taken, planned.answered, planned.closed = taken, answered, closed
    planned.outcome = {RequestStatus.REJECTED: "reject", RequestStatus.CANCELLED: "cancel"}.get(
        status, "close"
    )
    planned.reason = {
        RequestStatus.REJECTED: texts.REJECT_REASONS["parts"][0],
        RequestStatus.CANCELLED: texts.REQUEST_CANCEL_REASONS[1],
    }.get(status, "")
    if status is RequestStatus.CANCELLED:
        planned.cancelled = later(created, 10)
        planned.taken = planned.answered = planned.closed = None
    return planned


def _write_request(shop: Shop, planned: Request) -> None:
    rng, w, now = shop.rng, shop.writer, shop.now
    status = planned.status_at(now)
    taken = planned.taken if planned.taken and planned.taken <= now else None
    closed_at = {
        RequestStatus.CLOSED: planned.closed,
        RequestStatus.REJECTED: planned.answered,
        RequestStatus.CANCELLED: planned.cancelled,
    }.get(status)
    if status is RequestStatus.CANCELLED and taken and closed_at and taken > closed_at:
        taken = None
    good = score = None
    comment = ""
    if status is RequestStatus.CLOSED and rng.random() < 0.85:
        late = bool(planned.needed_by and planned.answered and planned.answered > planned.needed_by)
        if rng.random() < (0.3 if late else 0.03):
            good, score = False, rng.choice((1, 2, 2, 3))
            comment = rng.choice(texts.BAD_COMMENTS[:1] if late else texts.BAD_COMMENTS[1:])
        else:
            good, score = True, rng.choices((5, 4, 3), (60, 32, 8))[0]
            comment = rng.choice(texts.GOOD_COMMENTS)
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
        status=status,
        taken_by_id=planned.answerer if taken else None,
        taken_at=taken,
        closed_at=closed_at,
        reject_reason=planned.reason if status is RequestStatus.REJECTED else "",
        rating_good=good,
        rating_score=score,
        rating_comment=comment,
    )
    for number, name, quantity in planned.items:
        w.add(RequestItem, request_id=request_id, part_number=number, name=name, quantity=quantity)
    if status in (RequestStatus.ANSWERED, RequestStatus.CLOSED):
        fields = planned.answer_fields
        w.add(
            RequestAnswer,
            request_id=request_id,
            answered_by_id=planned.answerer,
            answered_at=planned.answered,
            text=planned.answer,
            in_stock=fields.get("in_stock"),
            quantity=fields.get("quantity"),
            price=fields.get("price"),
            bin=fields.get("bin", ""),
            eta=fields.get("eta"),
        )
