"""The internal requests between departments: each planned with its whole life, then written.

A request is filed, taken, answered and closed (or rejected, or withdrawn) at planned
moments; ``now`` decides how far it has got. It is taken and answered in the answering
department's service windows, by its agreed standard (``pace``). Work orders plan theirs as
they are written (``order_requests``); this module adds the routine ones (expenses that
finance reimburses on Mondays, monthly figures for finance), makes sure every status and
every desk has some, and has them written (``request_rows``).

Only people whose role may file requests file them: a mechanic has no FILE_REQUEST, so
what he needs is asked by the master on shift.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal

from desk_app.models import DepartmentKind, RequestKind, RequestStatus, Role
from desk_app.services.demo import pace
from desk_app.services.demo.calendar import earlier, later, next_month, opening
from desk_app.services.demo.catalogue import texts, works
from desk_app.services.demo.records import Order, Part, Request
from desk_app.services.demo.request_rows import bin_of, write_request
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
    reject_share: float = 0.0,
    reasons: Sequence[str] = (),
) -> Request:
    """A request with its whole life planned: taken and answered in its department's
    windows by its standard (``pace``), closed (or rejected, or withdrawn)."""
    rng = shop.rng
    requester = filed_by(shop, requester, created)
    planned = Request(
        kind=kind,
        created=created,
        requester=requester,
        from_dept=shop.department_of[requester],
        to_dept=to,
        answerer=0,
        text=text,
        order_id=order.id if order else None,
        needed_by=later(created, needed_minutes) if needed_minutes else needed_by,
        parts=list(items),
    )
    pace.plan_answer(shop, planned)
    answered = planned.answered
    assert answered is not None and planned.taken is not None
    planned.answerer = _answerer(shop, to, planned.taken)
    if eta is not None and eta < answered:
        eta = later(answered, rng.uniform(60, 600))
    closed = later(answered, rng.uniform(10, 240))
    planned.closed = closes if closes and closes > answered else closed
    planned.answer_fields = {"in_stock": in_stock, "eta": eta}
    shelves = ", ".join(dict.fromkeys(bin_of(p.number) for p in items)) or "—"
    local_eta = eta.strftime("%d.%m к %H:%M") if eta else "уточняется"
    planned.answer = answer.format(bin=shelves, eta=local_eta)
    if rng.random() < reject_share:
        planned.outcome, planned.reason = "reject", rng.choice(reasons)
    elif rng.random() < 0.03:
        planned.outcome, planned.reason = "cancel", rng.choice(texts.REQUEST_CANCEL_REASONS)
        planned.cancelled = created + (planned.taken - created) * rng.uniform(0.2, 0.9)
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
        shop.requests.append(request(
            shop, RequestKind.FINANCE_REIMBURSE, moment, requester, DepartmentKind.FINANCE,
            f"{what}: {rub(shop.price(amount, moment, 10))} ₽",
            answer=texts.ANSWERS["finance_reimburse"][0], reject_share=0.05,
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
        write_request(shop, planned)
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
    minutes = {RequestStatus.NEW: 10, RequestStatus.TAKEN: 45, RequestStatus.ANSWERED: 180}
    created = earlier(shop.shop_now, minutes.get(status, 1500) * rng.uniform(0.5, 2.0))
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
    planned.outcome = {RequestStatus.REJECTED: "reject", RequestStatus.CANCELLED: "cancel"}.get(
        status, "close"
    )
    planned.reason = {
        RequestStatus.REJECTED: texts.REJECT_REASONS["parts"][0],
        RequestStatus.CANCELLED: texts.REQUEST_CANCEL_REASONS[1],
    }.get(status, "")
    _bring_to(shop, planned, status)
    return planned


def _bring_to(shop: Shop, planned: Request, status: RequestStatus) -> None:
    """Time a forced request so that it stands in ``status`` now, answered (if at all) in
    its window and in time: moved back when its window has not had room for that yet."""
    if status in (RequestStatus.NEW, RequestStatus.CANCELLED):
        planned.taken = planned.answered = planned.closed = None
        if status is RequestStatus.CANCELLED:
            planned.cancelled = later(planned.created, 10)
        return
    pace.done_by(shop, planned, shop.shop_now, answered=status is not RequestStatus.TAKEN)
    if status is RequestStatus.TAKEN:
        planned.answered = planned.closed = None
    elif status is RequestStatus.ANSWERED:
        planned.closed = None
    else:
        assert planned.answered is not None
        planned.closed = min(later(planned.answered, shop.rng.uniform(10, 240)), shop.shop_now)
