"""How the calendar arranges bookings: lanes, columns per person, hours shown, the client's cars."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.models import AppointmentStatus, Role
from desk_app.services.appointment_calendar import (
    booking_client,
    by_booker,
    hour_span,
    minute_of_day,
    monday_of,
    side_by_side,
)
from desk_app.services.appointments import CalendarEntry
from desk_app.services.errors import NotFound, PermissionDenied
from tests.factories import make_client, make_staff, make_vehicle

MOSCOW = ZoneInfo("Europe/Moscow")
DAY = date(2026, 11, 24)


def entry(
    entry_id: int, start: str, minutes: int, booked_by: str = "Ольга", day: date = DAY
) -> CalendarEntry:
    """A booking on ``day`` at ``start`` ("HH:MM", Moscow time)."""
    hour, minute = (int(part) for part in start.split(":"))
    starts_at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=MOSCOW)
    return CalendarEntry(
        id=entry_id,
        starts_at=starts_at.astimezone(UTC),
        ends_at=(starts_at + timedelta(minutes=minutes)).astimezone(UTC),
        client_id=1,
        client_name="Иванов Иван",
        phone="",
        vehicle_id=None,
        vehicle_title="",
        plate="",
        reason="",
        note="",
        status=AppointmentStatus.BOOKED,
        work_order_id=None,
        booked_by=booked_by,
        version=1,
    )


def lanes(entries: list[CalendarEntry]) -> dict[int, tuple[int, int, int]]:
    return {p.entry.id: (p.lane, p.lanes, p.span) for p in side_by_side(entries)}


def test_an_empty_column_has_no_blocks():
    assert side_by_side([]) == []


def test_bookings_apart_or_only_touching_take_the_whole_width():
    found = lanes([entry(1, "09:00", 60), entry(2, "10:00", 30), entry(3, "12:00", 90)])
    assert found == {1: (0, 1, 1), 2: (0, 1, 1), 3: (0, 1, 1)}


def test_overlapping_bookings_sit_side_by_side():
    found = lanes([entry(2, "09:30", 60), entry(1, "09:00", 60)])
    assert found == {1: (0, 2, 1), 2: (1, 2, 1)}


def test_a_chain_of_overlaps_shares_lanes_and_a_free_lane_is_reused():
    # 1 overlaps 2, 2 overlaps 3, but 1 ends before 3 starts: 3 takes 1's lane back
    found = lanes([entry(1, "09:00", 60), entry(2, "09:30", 90), entry(3, "10:00", 60)])
    assert found == {1: (0, 2, 1), 2: (1, 2, 1), 3: (0, 2, 1)}


def test_a_booking_stretches_over_lanes_free_during_its_time():
    # three at 9:00 need three lanes; the one at 11:00 overlaps only the long one in lane 0
    found = lanes(
        [
            entry(1, "09:00", 180),
            entry(2, "09:00", 60),
            entry(3, "09:00", 60),
            entry(4, "11:00", 30),
        ]
    )
    assert found == {1: (0, 3, 1), 2: (1, 3, 1), 3: (2, 3, 1), 4: (1, 3, 2)}


def test_a_days_bookings_are_grouped_by_who_booked_them_by_name():
    entries = [
        entry(1, "11:00", 30, "Юлия"),
        entry(2, "09:00", 30, "анна"),
        entry(3, "10:00", 30, "Юлия"),
        entry(4, "10:00", 30, "Борис"),
    ]
    grouped = by_booker(entries)
    assert [(name, [e.id for e in found]) for name, found in grouped] == [
        ("анна", [2]),
        ("Борис", [4]),
        ("Юлия", [3, 1]),
    ]
    assert by_booker([]) == []


def test_the_hours_shown_are_the_shops_widened_to_every_booking():
    assert hour_span([], MOSCOW) == (8, 20)
    assert hour_span([entry(1, "09:00", 60)], MOSCOW) == (8, 20)
    assert hour_span([entry(1, "07:30", 60), entry(2, "19:30", 45)], MOSCOW) == (7, 21)
    assert hour_span([entry(1, "19:00", 60)], MOSCOW) == (8, 20)
    assert hour_span([entry(1, "23:00", 120)], MOSCOW) == (8, 24)


def test_a_moment_is_placed_in_minutes_of_its_local_day():
    late = entry(1, "23:00", 120)
    assert minute_of_day(late.starts_at, MOSCOW, DAY) == 23 * 60
    assert minute_of_day(late.ends_at, MOSCOW, DAY) == 24 * 60  # clipped at midnight
    assert minute_of_day(late.starts_at, MOSCOW, DAY + timedelta(days=1)) == 0


def test_a_week_starts_on_monday():
    assert monday_of(date(2026, 11, 29)) == date(2026, 11, 23)
    assert monday_of(date(2026, 11, 23)) == date(2026, 11, 23)


def test_the_booking_form_gets_the_client_with_his_cars(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    client = make_client(any_db, "Смирнова", "Мария", phones=["+79261112233", "+79035550000"])
    kia = make_vehicle(any_db, client, "Kia", "Ceed", "О555ОО77")
    lada = make_vehicle(any_db, client, "Lada", "", "")
    make_vehicle(any_db, make_client(any_db, "Петров"), "BMW", "X5", "В001ВВ77")
    found = booking_client(any_db, desk, client)
    assert (found.id, found.display_name, found.phone) == (client, "Смирнова Мария", "+79261112233")
    assert [(v.id, v.title, v.plate) for v in found.vehicles] == [
        (kia, "Kia Ceed", "О555ОО77"),
        (lada, "Lada", ""),
    ]


def test_a_client_without_phone_or_cars_and_a_missing_client(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    client = make_client(any_db, company_name="ООО «Ромашка»", phones=[])
    found = booking_client(any_db, desk, client)
    assert (found.display_name, found.phone, found.vehicles) == ("ООО «Ромашка»", "", ())
    with pytest.raises(NotFound):
        booking_client(any_db, desk, 9999)


def test_only_those_who_book_see_the_booking_form(any_db):
    client = make_client(any_db)
    with pytest.raises(PermissionDenied):
        booking_client(any_db, make_staff(any_db, Role.MECHANIC), client)
