"""The internal requests a work order makes as its life goes, planned as it is written.

To parts: is it in stock, order it for the client, reserve it, issue it to the workshop.
To finance: confirm a prepayment, approve a big discount, invoice a company, refund a
cancelled order's prepayment. A request of a cancelled order still open at the cancel is
withdrawn then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desk_app.models import DepartmentKind, RequestKind, WorkOrderStatus
from desk_app.services.demo.calendar import later
from desk_app.services.demo.catalogue import texts
from desk_app.services.demo.records import Order, Request
from desk_app.services.demo.requests import parts_text, request, rub
from desk_app.services.demo.shop import Shop, lower_first

W = WorkOrderStatus


def plan_requests(shop: Shop, order: Order) -> None:
    """The requests an order makes between departments, as its life goes."""
    rng, visit = shop.rng, order.visit
    events = visit.events

    def when(status: WorkOrderStatus) -> datetime | None:
        return visit.first(status, events) or visit.first(status)

    charged = [p for p in order.parts if not p.supplied]
    about = {"number": order.number, "vehicle": visit.vehicle.title, "vin": visit.vehicle.vin}
    asks = texts.REQUEST_TEXTS
    made: list[Request] = []
    if charged and rng.random() < 0.12:
        asked = rng.sample(charged, min(len(charged), rng.choice((1, 1, 2))))
        in_stock = all(p.stocked for p in asked) or rng.random() < 0.3
        created = later(visit.accepted, rng.uniform(2, 25))
        eta = later(created, rng.uniform(480, 2400))
        answer = texts.ANSWERS["parts_availability"][0 if in_stock else 1]
        made.append(request(
            shop, RequestKind.PARTS_AVAILABILITY, created, order.desk, DepartmentKind.PARTS,
            asks["parts_availability"].format(parts=parts_text(asked), **about),
            order=order, items=asked, needed_minutes=60, answer=answer, in_stock=in_stock,
            eta=None if in_stock else eta,
        ))  # fmt: skip
    ordered = when(W.AWAITING_PARTS)
    if ordered is not None and charged:
        wanted = [p for p in charged if not p.stocked] or charged[:1]
        arrived = next(
            (e.at for e in visit.plan if e.status is W.IN_PROGRESS and e.at > ordered), None
        )
        who = next(e.who for e in visit.plan if e.status is W.AWAITING_PARTS)
        requester = order.desk if who == "desk" else order.master
        made.append(request(
            shop, RequestKind.PARTS_ORDER, later(ordered, rng.uniform(3, 20)), requester,
            DepartmentKind.PARTS,
            asks["parts_order"].format(parts=parts_text(wanted), **about),
            order=order, items=wanted, answer=texts.ANSWERS["parts_order"][0], in_stock=False,
            eta=arrived or later(ordered, rng.uniform(960, 2880)), closes=arrived,
            reject_share=0.04, reasons=texts.REJECT_REASONS["parts"],
        ))  # fmt: skip
    if charged and rng.random() < 0.06:
        made.append(request(
            shop, RequestKind.PARTS_RESERVE, later(visit.accepted, rng.uniform(5, 30)),
            order.desk, DepartmentKind.PARTS,
            asks["parts_reserve"].format(parts=parts_text(charged), **about),
            order=order, items=charged, answer=texts.ANSWERS["parts_reserve"][0], in_stock=True,
        ))  # fmt: skip
    started = when(W.IN_PROGRESS)
    if started is not None and charged and rng.random() < 0.1:
        made.append(request(
            shop, RequestKind.PARTS_ISSUE, started, order.master, DepartmentKind.PARTS,
            asks["parts_issue"].format(parts=parts_text(charged), **about),
            order=order, items=charged, needed_minutes=30,
            answer=texts.ANSWERS["parts_issue"][0], in_stock=True,
        ))  # fmt: skip
    _plan_finance_requests(shop, order, when, about, made)
    cancelled = events[-1].at if visit.status is W.CANCELLED else None
    for planned in made:
        if planned.created > shop.now:
            continue
        if (
            cancelled
            and planned.created < cancelled
            and (planned.closed is None or planned.closed > cancelled)
        ):
            planned.outcome, planned.cancelled = "cancel", max(cancelled, planned.created)
            planned.reason = texts.REQUEST_CANCEL_REASONS[0]
        shop.requests.append(planned)


def _plan_finance_requests(
    shop: Shop,
    order: Order,
    when: Callable[[WorkOrderStatus], datetime | None],
    about: dict[str, str],
    made: list[Request],
) -> None:
    rng, visit = shop.rng, order.visit
    finance = DepartmentKind.FINANCE
    asks = texts.REQUEST_TEXTS
    if order.prepayment:
        made.append(request(
            shop, RequestKind.FINANCE_PREPAYMENT, later(visit.accepted, rng.uniform(10, 60)),
            order.desk, finance,
            asks["finance_prepayment"].format(amount=rub(order.prepayment), **about),
            order=order, needed_minutes=120,
            answer=rng.choice(texts.ANSWERS["finance_prepayment"]),
        ))  # fmt: skip
    if order.percent >= 30 or order.why == "delay":
        why = lower_first(texts.DISCOUNT_REASONS[order.why])
        made.append(request(
            shop, RequestKind.FINANCE_DISCOUNT, later(visit.accepted, rng.uniform(15, 120)),
            order.desk, finance,
            asks["finance_discount"].format(percent=order.percent, why=why, **about),
            order=order, needed_minutes=240, answer=rng.choice(texts.ANSWERS["finance_discount"]),
            reject_share=0.12, reasons=texts.REJECT_REASONS["finance_discount"],
        ))  # fmt: skip
    ready = when(W.READY)
    if visit.client.company and ready is not None and rng.random() < 0.8:
        invoice = texts.ANSWERS["finance_invoice"][0].format(invoice=order.id)
        made.append(request(
            shop, RequestKind.FINANCE_INVOICE, later(ready, rng.uniform(5, 60)), order.desk,
            finance,
            asks["finance_invoice"].format(
                company=visit.client.name, inn=visit.client.tax_id, **about
            ),
            order=order, needed_minutes=660, answer=invoice,
        ))  # fmt: skip
    if visit.status is W.CANCELLED and order.prepayment:
        made.append(request(
            shop, RequestKind.FINANCE_REFUND, later(visit.events[-1].at, rng.uniform(10, 60)),
            order.desk, finance,
            asks["finance_refund"].format(amount=rub(order.prepayment), **about),
            order=order, needed_minutes=660, answer=texts.ANSWERS["finance_refund"][0],
            reject_share=0.05, reasons=texts.REJECT_REASONS["finance"],
        ))  # fmt: skip
