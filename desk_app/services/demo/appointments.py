"""The appointment book: who came by appointment lately, who did not, and the weeks ahead.

Booked visits of the last weeks are written as arrived, with their orders; a tenth as many
were missed or cancelled; and the book is filled for two weeks ahead, thinning out with
distance, as a real desk's book does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, Decimal

from desk_app.models import Appointment, AppointmentStatus, Role
from desk_app.services.demo.calendar import (
    DAY,
    ceil_half_hour,
    closing,
    floor_half_hour,
    is_workday,
    open_from,
    open_until,
    opening,
)
from desk_app.services.demo.catalogue import texts
from desk_app.services.demo.catalogue.works import Reason
from desk_app.services.demo.records import ShopVehicle
from desk_app.services.demo.shop import Shop
from desk_app.services.demo.visits import REASON_BY_MONTH, hours
from desk_app.services.demo.writer import DemoStage


def duration(codes: Iterable[str]) -> int:
    """An appointment's length: the norm-hours rounded up to half-hours, 30 min to 8 h."""
    halves = int(Decimal(str(sum(hours(c) for c in codes) * 2)).to_integral_value(ROUND_CEILING))
    return min(max(30 * halves, 30), 480)


def write_appointments(shop: Shop) -> None:
    """Who came by appointment lately, who did not, and the book for two weeks ahead."""
    rng = shop.rng
    shop.progress(DemoStage.APPOINTMENTS)
    for visit, order_id, minutes in shop.arrivals:
        starts = floor_half_hour(visit.accepted + timedelta(minutes=rng.uniform(0, 15)))
        if visit.client.created_at > starts - timedelta(hours=2):
            continue  # a new client walked in: no appointment before his card existed
        _appointment(
            shop, visit.vehicle, starts, minutes, visit.reasons, AppointmentStatus.ARRIVED, order_id
        )
    shop.progress(DemoStage.APPOINTMENTS, 0.4)
    missed = max(1, len(shop.arrivals) // 10)
    for status in (AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED):
        made = 0
        for _ in range(missed * 20):
            day = open_from(shop.now - timedelta(days=rng.uniform(1, 56))).date()
            made += _book(shop, day, status)
            if made == missed:
                break
    shop.progress(DemoStage.APPOINTMENTS, 0.6)
    per_day = max(1.0, len(shop.arrivals) / 48)
    booked_before = shop.appointments
    day = shop.now.date()
    for ahead in range(15):
        if is_workday(day):
            for _ in range(round(per_day * max(0.2, 1 - ahead / 15) * rng.uniform(0.7, 1.2))):
                _book(shop, day, AppointmentStatus.BOOKED)
        day += DAY
    for _ in range(60):
        if shop.appointments - booked_before >= 3:
            break
        _book(shop, open_from(shop.now + DAY).date(), AppointmentStatus.BOOKED)
    shop.progress(DemoStage.APPOINTMENTS, 1.0)


def _book(shop: Shop, day: date, status: AppointmentStatus) -> bool:
    """Book a random client's car on ``day``; False when the slot does not fit."""
    rng = shop.rng
    slot = opening(day, shop.tz).replace(hour=rng.randint(9, 17), minute=rng.choice((0, 30)))
    if status is AppointmentStatus.BOOKED and slot <= shop.now:
        slot = ceil_half_hour(shop.now + timedelta(minutes=30))
        if slot >= closing(slot.date(), shop.tz) - timedelta(minutes=30):
            return False
    elif status is not AppointmentStatus.BOOKED and slot > shop.now:
        return False
    vehicle = rng.choice(shop.vehicles)
    if vehicle.created_at > slot:
        return False
    reasons = [REASON_BY_MONTH[slot.month](rng)]
    ops = [code for code, _ in reasons[0].operations[:2]]
    _appointment(shop, vehicle, slot, duration(ops), reasons, status, None)
    return True


def _appointment(
    shop: Shop,
    vehicle: ShopVehicle,
    starts: datetime,
    minutes: int,
    reasons: list[Reason],
    status: AppointmentStatus,
    order_id: int | None,
) -> None:
    rng = shop.rng
    client = vehicle.owner
    booked = open_until(min(starts - timedelta(hours=rng.uniform(2, 240)), shop.now))
    created = max(client.created_at, booked)
    note = {
        AppointmentStatus.CANCELLED: texts.APPOINTMENT_CANCELLED,
        AppointmentStatus.NO_SHOW: texts.APPOINTMENT_NO_SHOW,
    }.get(status, texts.APPOINTMENT_NOTES)
    shop.writer.add(
        Appointment,
        client_id=client.id,
        vehicle_id=vehicle.id,
        starts_at=starts,
        duration_minutes=minutes,
        reason=", ".join(reason.booking for reason in reasons),
        status=status,
        work_order_id=order_id,
        booked_by_id=shop.on_shift(Role.RECEPTIONIST, created),
        created_at=created,
        note=rng.choice(note),
    )
    shop.appointments += 1
