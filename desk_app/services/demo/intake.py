"""What the desk notes about the car at intake: the odometer, the inspection, the damage.

The odometer grows with the car's age and use from visit to visit; the short inspection
finds a few things to watch; damage marks stay on the car and now and then a new one appears.
"""

from __future__ import annotations

from datetime import datetime

from desk_app.models import DamageKind, InspectionState
from desk_app.services.demo.catalogue import texts
from desk_app.services.demo.records import ShopVehicle
from desk_app.services.demo.shop import Shop, picker


def odometer(shop: Shop, vehicle: ShopVehicle, moment: datetime) -> int:
    """The first visit reads what the car's age suggests; later ones add what it drove."""
    rng = shop.rng
    if vehicle.last_seen is None:
        years = max((moment.date() - vehicle.built).days, 20) / 365
        km = int(years * vehicle.yearly_km * rng.uniform(0.75, 1.25))
        km = min(max(km, rng.randint(300, 3000)), rng.randint(280_000, 360_000))
    else:
        days = (moment - vehicle.last_seen).total_seconds() / 86_400
        km = vehicle.odometer + int(days * vehicle.yearly_km / 365 * rng.uniform(0.7, 1.3))
        km += rng.randint(5, 80)
    vehicle.odometer, vehicle.last_seen = km, moment
    return km


def inspection(shop: Shop) -> list[tuple[str, InspectionState, str]]:
    rng = shop.rng
    chosen = sorted(rng.sample(range(len(texts.INSPECTION)), 8))
    items = []
    for index in chosen:
        name, attention, urgent = texts.INSPECTION[index]
        roll = rng.random()
        if roll < 0.82:
            items.append((name, InspectionState.OK, ""))
        elif roll < 0.96:
            items.append((name, InspectionState.ATTENTION, attention))
        else:
            items.append((name, InspectionState.URGENT, urgent))
    return items


def damage(
    shop: Shop, vehicle: ShopVehicle, first_visit: bool
) -> list[tuple[DamageKind, float, float, str]]:
    """Marks stay on the car from visit to visit; now and then a new one appears."""
    rng = shop.rng
    if first_visit:
        count = rng.choice((1, 1, 2)) if rng.random() < 0.25 else 0
    else:
        count = int(rng.random() < 0.05)
    for _ in range(count):
        kind = DamageKind(picker(texts.DAMAGE_KINDS)(rng))
        if kind is DamageKind.MISSING:
            x, y = rng.choice((0.1, 0.9)), rng.choice((0.25, 0.75))
            remark = texts.DAMAGE_WORDS[kind.value]
        else:
            place, x, y = rng.choice(texts.DAMAGE_PLACES)
            remark = f"{texts.DAMAGE_WORDS[kind.value]}: {place}"
        jitter = rng.uniform(-0.03, 0.03)
        vehicle.marks.append((kind, round(x + jitter, 3), round(y - jitter, 3), remark))
    return vehicle.marks
