"""Writing the work orders: each planned visit becomes an order with its lines and history.

Orders are written in the order the cars came, numbered per year. Each gets its bay and
mechanic (a free one if any), the works and parts priced as they were then, the regulars'
discount, what the desk noted at ``intake``, and its status history; then the internal
requests it makes are planned (``order_requests``).
"""

from __future__ import annotations

import bisect
import random
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import NamedTuple

from desk_app.models import (
    DamageMark,
    InspectionItem,
    InspectionState,
    LabourLine,
    LineApproval,
    PartLine,
    Role,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
    to_money,
)
from desk_app.services.demo import intake, order_requests
from desk_app.services.demo import order_review as review
from desk_app.services.demo.appointments import duration
from desk_app.services.demo.calendar import DAY, ceil_half_hour, later, working_minutes
from desk_app.services.demo.catalogue import texts, works
from desk_app.services.demo.records import Order, Part, ShopVehicle, Visit
from desk_app.services.demo.shop import Shop, lower_first, picker
from desk_app.services.demo.visits import hours, part_key, plan_visits
from desk_app.services.demo.writer import DemoStage

W = WorkOrderStatus
BOOKING_HISTORY = timedelta(days=56)
"""How far back the appointment book is kept."""


class _Roster:
    """Which bay or mechanic is busy when: a stretch of work goes to a free one if any."""

    def __init__(self, ids: Iterable[int]) -> None:
        self.busy: dict[int, list[tuple[datetime, datetime]]] = {i: [] for i in ids}

    def take(
        self, candidates: Sequence[int], start: datetime, end: datetime, rng: random.Random
    ) -> int:
        free = [c for c in candidates if all(e <= start or s >= end for s, e in self.busy[c])]
        if free:
            chosen = rng.choice(free)
        else:
            chosen = min(candidates, key=lambda c: sum(1 for _, e in self.busy[c] if e > start))
        self.busy[chosen].append((start, end))
        return chosen

    def forget_before(self, moment: datetime) -> None:
        for key, stretches in self.busy.items():
            self.busy[key] = [(s, e) for s, e in stretches if e >= moment]


class _Workshop(NamedTuple):
    bays: _Roster
    mechanics: _Roster
    general: list[int]
    """The mechanics without a speciality: the works of mixed skills go to them."""


def write_work_orders(shop: Shop) -> None:
    plan_visits(shop)
    general = [m for m in shop.staff[Role.MECHANIC] if m not in shop.specialists.values()]
    workshop = _Workshop(
        _Roster(shop.bays), _Roster(shop.staff[Role.MECHANIC]), general or shop.staff[Role.MECHANIC]
    )
    running: dict[int, int] = defaultdict(int)
    total = len(shop.visits)
    for index, visit in enumerate(shop.visits):
        if index % 100 == 0:
            shop.progress(DemoStage.WORK_ORDERS, 0.1 + 0.9 * index / total)
            workshop.bays.forget_before(visit.accepted - DAY)
            workshop.mechanics.forget_before(visit.accepted - DAY)
        year = visit.accepted.year
        running[year] += 1
        _write_order(shop, workshop, visit, f"{year % 100:02d}-{running[year]:06d}")
    shop.progress(DemoStage.WORK_ORDERS, 1.0)


def _write_order(shop: Shop, workshop: _Workshop, visit: Visit, number: str) -> None:
    rng, w = shop.rng, shop.writer
    vehicle, client, status = visit.vehicle, visit.client, visit.status
    tier = vehicle.model.tier
    desk = shop.on_shift(Role.RECEPTIONIST, visit.accepted)
    master = shop.on_shift(Role.MASTER, visit.accepted)
    accepted_by = desk if rng.random() < 0.9 else master
    extras = review.extras_approval(visit)
    codes = visit.ops + (visit.extras if extras else [])
    mechanic = bay = None
    if stretch := _occupancy(shop, visit):
        skills = {works.OPERATIONS[code].skill for code in codes}
        only = next(iter(skills)) if len(skills) == 1 else ""
        team = [shop.specialists[only]] if only in shop.specialists else workshop.general
        mechanic = workshop.mechanics.take(team, *stretch, rng)
        if not status.is_open:
            bay = workshop.bays.take(shop.bays, *stretch, rng)
    bay = visit.bay if status.is_open else bay
    rate = shop.price(works.RATE_NOW[tier], visit.accepted, 50)
    labour = _labour(shop, visit, codes, mechanic)
    parts = _parts(shop, vehicle, codes, visit.accepted)
    requested = set(visit.ops)
    estimate = sum(
        (Decimal(works.OPERATIONS[c].hours) * rate for c in visit.ops), Decimal("0")
    ) + sum(
        (p.quantity * p.price for p in parts if p.ops & requested and not p.supplied),
        Decimal("0"),
    )
    estimate = to_money((estimate / 100).to_integral_value(ROUND_CEILING) * 100)
    planned = 60 + 72 * sum(hours(c) for c in visit.ops) + (480 if visit.parts_wait else 0)
    promised = ceil_half_hour(later(visit.accepted, planned))
    prepayment = Decimal("0")
    if visit.parts_wait and estimate >= 10_000 and rng.random() < 0.7:
        prepayment = (estimate / 2 / 1000).to_integral_value() * 1000
    percent, why = _discount(shop, visit, estimate, promised)
    first_visit = vehicle.last_seen is None
    odometer = intake.odometer(shop, vehicle, visit.accepted)
    complaints = "\n".join(
        rng.choice(reason.complaints).format(km=max(15, round(odometer / 15_000) * 15))
        for reason in visit.reasons
    )
    inspection = intake.inspection(shop)
    note = ""
    if status is W.HANDED_OVER:
        if "ТО-01" in codes:
            due = f"{odometer + texts.NEXT_SERVICE_KM:,}".replace(",", " ")
            note = f"Следующее ТО при пробеге {due} км или через 12 месяцев"
        elif watch := [name for name, state, _ in inspection if state is not InspectionState.OK]:
            note = f"При следующем визите проверить: {lower_first(watch[0])}"
    order_id = w.add(
        WorkOrder,
        number=number,
        client_id=client.id,
        vehicle_id=vehicle.id,
        status=status,
        accepted_at=visit.accepted,
        accepted_by_id=accepted_by,
        master_id=master,
        bay_id=bay,
        promised_at=promised,
        closed_at=None if status.is_open else visit.events[-1].at,
        odometer_km=odometer,
        fuel_level=picker(texts.FUEL_LEVELS)(rng),
        complaints=complaints,
        completeness=[name for name, share in texts.COMPLETENESS if rng.random() * 100 < share],
        estimate=estimate,
        prepayment=to_money(prepayment),
        discount_percent=Decimal(percent),
        discount_reason=texts.DISCOUNT_REASONS.get(why, ""),
        cancel_reason=visit.events[-1].comment if status is W.CANCELLED else "",
        next_visit_note=note,
    )
    approval_id = review.write_approval(shop, order_id, visit)
    review.write_quality_checks(shop, order_id, visit, master)
    extra_codes = set(visit.extras) if extras else set()
    people = {"desk": desk, "master": master, "mechanic": mechanic or master}
    previous: WorkOrderStatus | None = None
    for event in visit.events:
        who = accepted_by if previous is None else people[event.who]
        if event.who == "desk" and previous is not None:
            who = shop.on_shift(Role.RECEPTIONIST, event.at)
        w.add(
            StatusChange,
            work_order_id=order_id,
            from_status=previous,
            to_status=event.status,
            changed_at=event.at,
            changed_by_id=who,
            comment=event.comment,
        )
        previous = event.status
    for position, (code, norm, done, by) in enumerate(labour, 1):
        op = works.OPERATIONS[code]
        w.add(
            LabourLine,
            work_order_id=order_id,
            position=position,
            operation_code=code,
            name=op.name,
            norm_hours=norm,
            rate=rate,
            mechanic_id=by,
            done_at=done,
            warranty_months=op.warranty_months,
            **_approval(code in extra_codes, extras, approval_id),
        )
        if done is not None and by is not None:
            shop.hours[(done.year, done.month)][by] += norm
    for position, part in enumerate(parts, 1):
        part.line_id = w.add(
            PartLine,
            work_order_id=order_id,
            position=position,
            part_number=part.number,
            name=part.name,
            quantity=part.quantity,
            unit_price=Decimal("0.00") if part.supplied else part.price,
            supplied_by_client=part.supplied,
            **_approval(bool(part.ops) and part.ops <= extra_codes, extras, approval_id),
        )
    for name, state, remark in inspection:
        w.add(InspectionItem, work_order_id=order_id, name=name, state=state, note=remark)
    for kind, x, y, remark in intake.damage(shop, vehicle, first_visit):
        w.add(DamageMark, work_order_id=order_id, kind=kind, x=x, y=y, note=remark)
    order = Order(order_id, number, visit, desk, master, parts, estimate, prepayment, percent, why)
    order_requests.plan_requests(shop, order)
    if visit.booked and visit.accepted >= shop.now - BOOKING_HISTORY:
        shop.arrivals.append((visit, order_id, duration(visit.ops)))
    if status.is_open:
        shop.open_orders.append(order)
    elif status is W.HANDED_OVER:
        shop.handed_over.append((order_id, client.id, visit.events[-1].at))


def _approval(
    extra: bool, extras: LineApproval | None, approval_id: int | None
) -> dict[str, object]:
    """A line's standing with the client: only extra works were ever asked about."""
    if extra and extras is not None:
        return {"approval": extras, "approval_id": approval_id}
    return {"approval": LineApproval.AGREED, "approval_id": None}


def _occupancy(shop: Shop, visit: Visit) -> tuple[datetime, datetime] | None:
    """When the car stands on a bay with its mechanic: from diagnosis or the start of the
    work to the end of the work; an order still in the shop holds it until now."""
    events, status = visit.events, visit.status
    diagnosed = visit.first(W.DIAGNOSIS, events)
    if diagnosed is None:
        return None
    if status in (W.DIAGNOSIS, W.AWAITING_APPROVAL):
        return diagnosed, shop.now + timedelta(hours=1)
    if status is W.AWAITING_PARTS:
        start, end = visit.first(W.IN_PROGRESS), visit.first(W.READY)
        return (start, end) if start and end else None
    start = visit.first(W.IN_PROGRESS, events) or diagnosed
    end = visit.first(W.READY, events) or visit.first(W.READY) or start + timedelta(hours=1)
    if status in (W.IN_PROGRESS, W.QUALITY_CHECK):
        end = max(end, shop.now + timedelta(minutes=30))
    return start, end


def _labour(
    shop: Shop, visit: Visit, codes: list[str], mechanic: int | None
) -> list[tuple[str, Decimal, datetime | None, int | None]]:
    """Each work with its norm-hours, when it was done (if yet) and by whom."""
    events, status = visit.events, visit.status
    after = [i + 1 for i, e in enumerate(events[:-1]) if e.status is W.DIAGNOSIS]
    diagnosed = events[after[0]].at if after else None
    started = visit.first(W.IN_PROGRESS, events)
    finished = visit.first(W.QUALITY_CHECK, events)
    if started is not None and finished is None and status is W.IN_PROGRESS:
        finished = visit.first(W.QUALITY_CHECK)
    total = sum(
        (Decimal(works.OPERATIONS[c].hours) for c in codes if not c.startswith("ДГ")),
        Decimal("0"),
    )
    lines = []
    so_far = Decimal("0")
    for code in codes:
        op = works.OPERATIONS[code]
        norm = Decimal(op.hours)
        done: datetime | None = None
        if code.startswith("ДГ"):
            done = diagnosed
        else:
            so_far += norm
            if started and finished and status is not W.CANCELLED and total:
                share = float(so_far / total)
                done = later(started, working_minutes(started, finished) * share)
        if done is not None and done > shop.now:
            done = None
        by = (shop.specialists.get(op.skill) or mechanic) if mechanic else None
        lines.append((code, norm, done, by))
    if status is W.IN_PROGRESS and lines and all(line[2] for line in lines):
        lines[-1] = (*lines[-1][:2], None, lines[-1][3])
    return lines


def _parts(shop: Shop, vehicle: ShopVehicle, codes: list[str], moment: datetime) -> list[Part]:
    """The parts of these works, merged by part, priced as they were then."""
    tier = vehicle.model.tier
    merged: dict[str, Part] = {}
    for code in codes:
        for raw_key, amount in works.OPERATIONS[code].parts:
            key = part_key(raw_key, tier)
            quantity = Decimal(works.OIL_LITRES[tier] if amount == "oil" else amount)
            if key in merged:
                merged[key].quantity += quantity
                merged[key].ops.add(code)
                continue
            part = works.PARTS[key]
            price = shop.price(
                Decimal(part.price) * works.TIER_PRICE_PERCENT[tier] / 100, moment, 10
            )
            number = _part_number(shop, vehicle, key)
            merged[key] = Part(key, number, part.name, quantity, price, part.stocked, {code})
    lines = list(merged.values())
    if lines and shop.rng.random() < 0.06:
        shop.rng.choice(lines).supplied = True
    return lines


def _part_number(shop: Shop, vehicle: ShopVehicle, key: str) -> str:
    """The make's catalogue number, or a steady aftermarket one for this model."""
    cache_key = (vehicle.make, vehicle.model.name, key)
    if cache_key not in shop.part_numbers:
        part = works.PARTS[key]
        number = part.numbers.get(vehicle.make)
        if number is None:
            local = random.Random(zlib.crc32("|".join(cache_key).encode()))
            shape = "".join(
                local.choice("0123456789") if ch == "#" else
                local.choice("ABCDEFGHKLMNPRSTUVWXYZ") if ch == "@" else ch
                for ch in part.pattern
            )  # fmt: skip
            number = f"{part.brand} {shape}"
        shop.part_numbers[cache_key] = number
    return shop.part_numbers[cache_key]


def _discount(shop: Shop, visit: Visit, estimate: Decimal, promised: datetime) -> tuple[int, str]:
    """Regulars (4+ visits in the year before) get the graded discount; late cars, a gift."""
    visits = visit.client.visits
    since = bisect.bisect_left(visits, visit.accepted - timedelta(days=365))
    regular = bisect.bisect_left(visits, visit.accepted) - since >= 4
    domestic = visit.vehicle.model.tier == 0
    bought = visit.vehicle.bought_here
    if regular:
        steps = (
            ((10_000, 10), (30_000, 20), (60_000, 30)) if domestic else ((20_000, 10), (50_000, 15))
        )
        percent = next((p for limit, p in steps if estimate < limit), 40 if domestic else 20)
        if bought:
            return min(percent + 5, 40 if domestic else 20), "regular_bought"
        return percent, "regular"
    if bought:
        return 5, "bought"
    ready = visit.first(W.READY, visit.events)
    if ready and ready > promised + timedelta(hours=2) and shop.rng.random() < 0.3:
        return shop.rng.choice((5, 10)), "delay"
    return 0, ""
