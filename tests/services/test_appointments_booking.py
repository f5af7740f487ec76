"""Booking slots, no-shows, cancellations and the week calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app import clock
from desk_app.models import AppointmentStatus, Role
from desk_app.services import appointments
from desk_app.services.errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from tests.conftest import FIXED_NOW
from tests.factories import make_client, make_staff, make_vehicle

MOSCOW = ZoneInfo("Europe/Moscow")
TOMORROW_10 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # 10:00 in Moscow


@pytest.fixture
def desk_and_car(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST, name="Ольга Приёмщица")
    client = make_client(any_db, "Смирнова", "Мария", phones=["+79261112233"])
    vehicle = make_vehicle(any_db, client, "Kia", "Ceed", "О555ОО77")
    return any_db, desk, client, vehicle


def book(db, desk, client, vehicle, starts_at=TOMORROW_10, minutes=60, reason="ТО-15000"):
    return appointments.book_appointment(db, desk, client, vehicle, starts_at, minutes, reason)


def test_a_booking_shows_on_the_calendar_with_everything_the_desk_needs(desk_and_car):
    db, desk, client, vehicle = desk_and_car
    entry = appointments.book_appointment(
        db, desk, client, vehicle, TOMORROW_10, 90, " Замена колодок 🛞 ", "  перезвонить  "
    )
    assert entry.ends_at == TOMORROW_10 + timedelta(minutes=90)
    assert (entry.client_name, entry.phone, entry.vehicle_title, entry.plate) == (
        "Смирнова Мария",
        "+79261112233",
        "Kia Ceed",
        "О555ОО77",
    )
    assert (entry.reason, entry.note, entry.booked_by) == (
        "Замена колодок 🛞",
        "перезвонить",
        "Ольга Приёмщица",
    )
    assert (entry.status, entry.version) == (AppointmentStatus.BOOKED, 1)
    # the day list of the Intake area sees it too
    [row] = appointments.list_appointments(db, desk, date(2026, 11, 24), MOSCOW)
    assert row.id == entry.id


@pytest.mark.parametrize(
    ("starts_at", "minutes", "field"),
    [
        (FIXED_NOW - timedelta(seconds=1), 60, "starts_at"),
        (datetime(2026, 11, 24, 10, 0), 60, "starts_at"),
        (TOMORROW_10, 0, "duration_minutes"),
        (TOMORROW_10, -30, "duration_minutes"),
        (TOMORROW_10, 12 * 60 + 1, "duration_minutes"),
    ],
    ids=["past", "naive", "zero", "negative", "too-long"],
)
def test_bad_times_and_durations_are_refused(desk_and_car, starts_at, minutes, field):
    db, desk, client, vehicle = desk_and_car
    with pytest.raises(ValidationError) as caught:
        book(db, desk, client, vehicle, starts_at, minutes)
    assert caught.value.field == field


def test_a_slot_starting_right_now_and_one_of_a_whole_day_are_fine(desk_and_car):
    db, desk, client, vehicle = desk_and_car
    book(db, desk, client, vehicle, FIXED_NOW, 1)
    book(db, desk, client, vehicle, TOMORROW_10, 12 * 60)


def test_every_problem_is_reported_at_once(desk_and_car):
    db, desk, _, _ = desk_and_car
    with pytest.raises(InvalidForm) as caught:
        appointments.book_appointment(
            db, desk, 9999, 9999, FIXED_NOW - timedelta(hours=1), 0, "x" * 1001, "y" * 301
        )
    assert caught.value.fields == [
        "starts_at",
        "duration_minutes",
        "reason",
        "note",
        "client_id",
        "vehicle_id",
    ]


@pytest.mark.parametrize(
    ("offset_minutes", "minutes", "overlaps"),
    [
        (-60, 60, False),  # ends exactly when the booked slot starts
        (-60, 61, True),
        (0, 10, True),
        (30, 10, True),  # inside
        (-120, 300, True),  # around
        (59, 60, True),
        (60, 60, False),  # starts exactly when the booked slot ends
        (-12 * 60 + 1, 12 * 60, True),  # the longest slot, reaching in from far before
    ],
)
def test_the_same_car_cannot_be_booked_twice_at_once(
    desk_and_car, offset_minutes, minutes, overlaps
):
    db, desk, client, vehicle = desk_and_car
    first = book(db, desk, client, vehicle, TOMORROW_10 + timedelta(hours=12), 60)
    starts_at = first.starts_at + timedelta(minutes=offset_minutes)
    if overlaps:
        with pytest.raises(ValidationError) as caught:
            book(db, desk, client, vehicle, starts_at, minutes)
        assert caught.value.field == "starts_at"
        assert caught.value.params["appointment_id"] == first.id
    else:
        book(db, desk, client, vehicle, starts_at, minutes)


def test_other_cars_and_cancelled_slots_do_not_clash(desk_and_car):
    db, desk, client, vehicle = desk_and_car
    first = book(db, desk, client, vehicle)
    other_car = make_vehicle(db, client, "Lada", "Granta", "В777ВВ77")
    book(db, desk, client, other_car)
    book(db, desk, client, None)  # booked without saying which car
    appointments.cancel_appointment(db, desk, first.id, first.version, "Передумал")
    book(db, desk, client, vehicle)


def test_a_no_show_is_marked_only_once_the_slot_has_started(desk_and_car, fixed_clock):
    db, desk, client, vehicle = desk_and_car
    entry = book(db, desk, client, vehicle)
    with pytest.raises(ValidationError):
        appointments.mark_no_show(db, desk, entry.id, entry.version)
    clock.set_source(lambda: TOMORROW_10)
    marked = appointments.mark_no_show(db, desk, entry.id, entry.version)
    assert (marked.status, marked.version) == (AppointmentStatus.NO_SHOW, 2)
    with pytest.raises(ValidationError):
        appointments.cancel_appointment(db, desk, marked.id, marked.version)


def test_changes_from_a_stale_calendar_are_refused(desk_and_car, fixed_clock):
    db, desk, client, vehicle = desk_and_car
    entry = book(db, desk, client, vehicle)
    appointments.cancel_appointment(db, desk, entry.id, entry.version)
    clock.set_source(lambda: TOMORROW_10)
    with pytest.raises(StaleEdit):
        appointments.mark_no_show(db, desk, entry.id, entry.version)
    with pytest.raises(StaleEdit):
        appointments.cancel_appointment(db, desk, entry.id, entry.version)
    with pytest.raises(NotFound):
        appointments.cancel_appointment(db, desk, 9999, 1)


def test_the_week_is_seven_local_days_with_their_slots(desk_and_car):
    db, desk, client, vehicle = desk_and_car
    monday = date(2026, 11, 23)
    sunday_late = datetime(2026, 11, 29, 20, 30, tzinfo=UTC)  # 23:30 Sunday in Moscow
    next_monday = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)  # 00:00 Monday in Moscow
    tuesday = book(db, desk, client, vehicle, TOMORROW_10)
    late = book(db, desk, client, vehicle, sunday_late, 30)
    book(db, desk, client, vehicle, next_monday, 30)
    early = book(db, desk, client, None, datetime(2026, 11, 24, 6, 0, tzinfo=UTC), 30)
    gone = book(db, desk, client, None, datetime(2026, 11, 25, 6, 0, tzinfo=UTC), 30)
    appointments.cancel_appointment(db, desk, gone.id, gone.version)

    week = appointments.list_week(db, desk, monday, MOSCOW)

    assert [day.day for day in week] == [monday + timedelta(days=n) for n in range(7)]
    assert [[e.id for e in day.entries] for day in week] == [
        [],
        [early.id, tuesday.id],
        [],
        [],
        [],
        [],
        [late.id],
    ]
    with_cancelled = appointments.list_week(db, desk, monday, MOSCOW, include_cancelled=True)
    assert [e.id for e in with_cancelled[2].entries] == [gone.id]
    assert appointments.list_week(db, desk, date(2027, 1, 4), MOSCOW)[0].entries == ()


def test_only_the_front_desk_books(desk_and_car):
    db, _, client, vehicle = desk_and_car
    mechanic = make_staff(db, Role.MECHANIC)
    with pytest.raises(PermissionDenied):
        book(db, mechanic, client, vehicle)
    with pytest.raises(PermissionDenied):
        appointments.list_week(db, mechanic, date(2026, 11, 23), MOSCOW)
    with pytest.raises(PermissionDenied):
        appointments.cancel_appointment(db, mechanic, 1, 1)
    with pytest.raises(PermissionDenied):
        appointments.mark_no_show(db, mechanic, 1, 1)
