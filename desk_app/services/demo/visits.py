"""Planning each visit's whole life before its work order is written.

A visit's plan runs from intake through diagnosis, the client's approval of extra works,
waiting for parts, the work, the quality check and the handover, in the shop's working
hours; its events are the part of the plan already lived by now. However small the shop,
today's workshop gets an order in every status, and a few cars stand on the bays.
"""

from __future__ import annotations

import bisect
from collections import Counter
from datetime import datetime, timedelta

from desk_app.models import WorkOrderStatus
from desk_app.services.demo.calendar import earlier, later
from desk_app.services.demo.catalogue import texts, works
from desk_app.services.demo.records import Event, ShopVehicle, Visit
from desk_app.services.demo.shop import Pick, Shop, lower_first
from desk_app.services.demo.writer import DemoStage

W = WorkOrderStatus

FORCED_AGO: dict[WorkOrderStatus, tuple[float, float]] = {
    W.ACCEPTED: (5, 40),
    W.DIAGNOSIS: (30, 90),
    W.AWAITING_APPROVAL: (90, 240),
    W.AWAITING_PARTS: (300, 2400),
    W.IN_PROGRESS: (150, 420),
    W.QUALITY_CHECK: (240, 600),
    W.READY: (300, 900),
}
"""How many working minutes ago an order that must be in each open status was accepted."""

REASON_BY_MONTH = {
    month: Pick((r, r.weight * (4 if month in r.months else 1)) for r in works.REASONS)
    for month in range(1, 13)
}
"""Why cars come in, by month: a reason is four times as common in its own months."""


def hours(code: str) -> float:
    return float(works.OPERATIONS[code].hours)


def part_key(key: str, tier: int) -> str:
    """Some parts (engine oil) differ by the car's class: ``oil`` → ``oil_1``."""
    tiered = f"{key}_{tier}"
    return tiered if tiered in works.PARTS else key


def plan_visits(shop: Shop) -> None:
    """Every visit of every car, planned, in the order the cars came."""
    shop.progress(DemoStage.WORK_ORDERS)
    for index, vehicle in enumerate(shop.vehicles):
        if index % 200 == 0:
            shop.progress(DemoStage.WORK_ORDERS, 0.1 * index / len(shop.vehicles))
        for moment in vehicle.visits:
            shop.visits.append(_new_visit(shop, vehicle, moment))
    _top_up(shop)
    shop.visits.sort(key=lambda visit: visit.accepted)
    _place_cars_today(shop)
    shop.progress(DemoStage.WORK_ORDERS, 0.1)


def _place_cars_today(shop: Shop) -> None:
    """One car per bay today, the work in hand first; the others wait in the yard."""
    free = shop.rng.sample(shop.bays, len(shop.bays))
    for status in (W.IN_PROGRESS, W.QUALITY_CHECK, W.AWAITING_APPROVAL, W.DIAGNOSIS, W.READY):
        for visit in shop.visits:
            if visit.status is status and free:
                visit.bay = free.pop()


def _new_visit(
    shop: Shop, vehicle: ShopVehicle, moment: datetime, forced: WorkOrderStatus | None = None
) -> Visit:
    """What the car comes for, what diagnosis finds, and how its order will go."""
    rng = shop.rng
    reasons = [REASON_BY_MONTH[moment.month](rng)]
    if rng.random() < 0.2:
        second = REASON_BY_MONTH[moment.month](rng)
        if second is not reasons[0]:
            reasons.append(second)
    ops: list[str] = []
    for reason in reasons:
        for position, (code, chance) in enumerate(reason.operations):
            if (position == 0 or rng.random() * 100 < chance) and code not in ops:
                ops.append(code)
    pool = list(dict.fromkeys(c for r in reasons for c in r.extras if c not in ops))
    searching = any(r.key in ("suspension", "engine", "electrics", "trip") for r in reasons)
    extras: list[str] = []
    if forced is W.AWAITING_APPROVAL or (pool and rng.random() < (0.45 if searching else 0.2)):
        pool = pool or [c for c in ("ТМ-01", "ПР-01", "ХЧ-07") if c not in ops]
        extras = rng.sample(pool, min(len(pool), rng.choice((1, 1, 2))))
    if forced is W.AWAITING_PARTS and "ТМ-03" not in ops:
        ops.append("ТМ-03")
    tier = vehicle.model.tier
    parts = [
        works.PARTS[part_key(k, tier)] for c in ops + extras for k, _ in works.OPERATIONS[c].parts
    ]
    waits = any(not part.stocked for part in parts) and rng.random() < (0.3 if tier == 0 else 0.65)
    visit = Visit(moment, vehicle.owner, vehicle, reasons, ops, extras, forced=forced)
    if forced is W.AWAITING_PARTS or waits:
        long_wait = rng.random() < 0.1
        visit.parts_wait = rng.uniform(2000, 4500) if long_wait else rng.uniform(120, 1800)
    if forced is None and rng.random() < 0.025:
        stages = [(W.ACCEPTED, 1), (W.DIAGNOSIS, 4)]
        stages += [(W.AWAITING_APPROVAL, 4)] if extras else []
        stages += [(W.AWAITING_PARTS, 2)] if visit.parts_wait else []
        visit.cancel_at = Pick(stages)(rng)
    visit.rework = forced is None and visit.cancel_at is None and rng.random() < 0.03
    visit.booked = rng.random() < 0.5
    visit.plan = _timeline(shop, visit)
    visit.events = _past(shop, visit)
    return visit


def _timeline(shop: Shop, visit: Visit) -> list[Event]:
    """The order's whole life from intake to handover, in the shop's working hours."""
    rng = shop.rng
    moment = visit.accepted
    plan = [Event(W.ACCEPTED, moment, "desk")]

    def cancel(at: datetime) -> list[Event]:
        plan.append(Event(W.CANCELLED, at, "desk", rng.choice(texts.CANCEL_REASONS)))
        return plan

    if visit.cancel_at is W.ACCEPTED:
        return cancel(later(moment, rng.uniform(15, 90)))
    moment = later(moment, rng.uniform(10, 50))
    plan.append(Event(W.DIAGNOSIS, moment, "master"))
    codes = visit.ops + visit.extras
    diagnosis = sum(hours(c) for c in codes if c.startswith("ДГ"))
    moment = later(moment, rng.uniform(10, 30) + 60 * diagnosis * rng.uniform(0.8, 1.4))
    if visit.cancel_at is W.DIAGNOSIS:
        return cancel(later(moment, rng.uniform(20, 120)))
    approved = ""
    if visit.extras:
        found = ", ".join(lower_first(works.OPERATIONS[c].name) for c in visit.extras)
        comment = f"Найдено при диагностике, нужно согласие клиента: {found}"
        plan.append(Event(W.AWAITING_APPROVAL, moment, "master", comment))
        moment = later(moment, rng.uniform(20, 300))
        if visit.cancel_at is W.AWAITING_APPROVAL:
            return cancel(moment)
        approved = rng.choice(texts.APPROVED)
    if visit.parts_wait:
        comment = f"{approved}; ждём запчасти" if approved else "Запчасти заказаны"
        plan.append(Event(W.AWAITING_PARTS, moment, "desk" if approved else "master", comment))
        moment = later(moment, visit.parts_wait)
        if visit.cancel_at is W.AWAITING_PARTS:
            return cancel(moment)
        plan.append(Event(W.IN_PROGRESS, moment, "master", "Запчасти получены"))
    else:
        plan.append(Event(W.IN_PROGRESS, moment, "desk" if approved else "master", approved))
    work = sum(hours(c) for c in codes if not c.startswith("ДГ"))
    moment = later(moment, 10 + 60 * work * rng.uniform(0.7, 1.3))
    plan.append(Event(W.QUALITY_CHECK, moment, "mechanic"))
    if visit.rework:
        moment = later(moment, rng.uniform(10, 30))
        plan.append(Event(W.IN_PROGRESS, moment, "master", rng.choice(texts.QC_FAILURES)))
        moment = later(moment, rng.uniform(30, 90))
        plan.append(Event(W.QUALITY_CHECK, moment, "mechanic"))
    moment = later(moment, rng.uniform(10, 40))
    plan.append(Event(W.READY, moment, "master", rng.choice(("", "Проверено, замечаний нет"))))
    same_day = rng.random() < 0.75  # most owners come the evening they are called
    moment = later(moment, rng.uniform(20, 240) if same_day else rng.uniform(300, 900))
    plan.append(Event(W.HANDED_OVER, moment, "desk", rng.choice(texts.HANDOVER_NOTES)))
    return plan


def _past(shop: Shop, visit: Visit) -> list[Event]:
    """The part of the plan already lived; a forced order stops at its status in time."""
    if visit.forced is None:
        return [event for event in visit.plan if event.at <= shop.now]
    cut = next(i for i, e in enumerate(visit.plan) if e.status is visit.forced)
    events = visit.plan[: cut + 1]
    limit = min(shop.shop_now, shop.now) - timedelta(minutes=2)
    span = events[-1].at - visit.accepted
    if events[-1].at > limit and span > timedelta():
        scale = max(limit - visit.accepted, timedelta()) / span
        events = [e._replace(at=visit.accepted + (e.at - visit.accepted) * scale) for e in events]
    return events


def _top_up(shop: Shop) -> None:
    """However small the shop, today's workshop has an order in every open status."""
    rng = shop.rng
    counts = Counter(visit.status for visit in shop.visits)
    month_ago = shop.now - timedelta(days=30)
    old_cars = [v for v in shop.vehicles if v.created_at < month_ago] or shop.vehicles
    minimum = 1
    for status, (low, high) in FORCED_AGO.items():
        for _ in range(minimum - counts[status]):
            vehicle = rng.choice(old_cars)
            accepted = earlier(shop.shop_now, rng.uniform(low, high))
            bisect.insort(vehicle.owner.visits, accepted)
            shop.visits.append(_new_visit(shop, vehicle, accepted, forced=status))
    for status in (W.CANCELLED, W.HANDED_OVER):
        handed_over = [v for v in shop.visits if v.status is W.HANDED_OVER]
        if any(v.status is status for v in shop.visits):
            continue
        if status is W.CANCELLED and len(handed_over) > 1:
            visit = rng.choice(handed_over)
        else:
            vehicle = rng.choice(old_cars)
            accepted = earlier(shop.shop_now, rng.uniform(3000, 6000))
            bisect.insort(vehicle.owner.visits, accepted)
            visit = _new_visit(shop, vehicle, accepted)
            shop.visits.append(visit)
        visit.parts_wait, visit.rework = 0.0, False
        visit.cancel_at = W.DIAGNOSIS if status is W.CANCELLED else None
        visit.plan = _timeline(shop, visit)
        visit.events = _past(shop, visit)
