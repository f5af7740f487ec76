"""The day's appointments (in the desk's time zone) and the latest intakes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.models import AppointmentStatus, Role, WorkOrderStatus
from desk_app.services import appointments
from desk_app.services.errors import PermissionDenied
from tests.factories import make_appointment, make_client, make_staff, make_vehicle, make_work_order

MOSCOW = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_a_local_day_includes_its_midnight_and_not_the_next(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    client = make_client(any_db)
    starts = {
        "before": utc(2026, 11, 22, 20, 59, 59),  # 23:59:59 on the 22nd in Moscow
        "midnight": utc(2026, 11, 22, 21, 0),  # 00:00 on the 23rd in Moscow
        "late": utc(2026, 11, 23, 20, 59),  # 23:59 on the 23rd
        "next": utc(2026, 11, 23, 21, 0),  # 00:00 on the 24th
    }
    ids = {name: make_appointment(any_db, client, desk.id, at) for name, at in starts.items()}

    rows = appointments.list_appointments(any_db, desk, date(2026, 11, 23), MOSCOW)

    assert [row.id for row in rows] == [ids["midnight"], ids["late"]]
    in_utc = appointments.list_appointments(any_db, desk, date(2026, 11, 23), UTC)
    assert [row.id for row in in_utc] == [ids["late"], ids["next"]]


def test_a_day_when_clocks_change_is_23_hours_long():
    start, end = appointments.local_day_bounds(date(2026, 3, 29), BERLIN)
    assert (start, end - start) == (utc(2026, 3, 28, 23), timedelta(hours=23))


def test_rows_show_client_phone_car_and_status(db, manager):
    client = make_client(db, "Смирнова", "Мария", phones=["+79261112233", "+74950000000"])
    vehicle = make_vehicle(db, client, "Kia", "Ceed", "О555ОО77")
    make_appointment(
        db,
        client,
        manager.id,
        utc(2026, 11, 23, 12),
        vehicle_id=vehicle,
        reason="Замена колодок",
        status=AppointmentStatus.ARRIVED,
    )
    bare = make_client(db, "Орлов", "Денис", phones=[])
    make_appointment(db, bare, manager.id, utc(2026, 11, 23, 7), reason="Диагностика")

    first, second = appointments.list_appointments(db, manager, date(2026, 11, 23), UTC)

    assert (first.client_name, first.phone, first.vehicle_title, first.plate) == (
        "Орлов Денис",
        "",
        "",
        "",
    )
    assert (second.client_name, second.phone) == ("Смирнова Мария", "+79261112233")
    assert (second.vehicle_title, second.plate) == ("Kia Ceed", "О555ОО77")
    assert (second.reason, second.status) == ("Замена колодок", AppointmentStatus.ARRIVED)


def test_recent_intakes_newest_first_with_who_accepted(db, manager, make_actor, fixed_clock):
    desk = make_actor(Role.RECEPTIONIST, name="Ольга Соколова")
    client = make_client(db, "Волков", "Андрей")
    vehicle = make_vehicle(db, client, "Lada", "Granta", "Х111ХХ99")
    older = make_work_order(
        db, client, vehicle, manager.id, accepted_at=fixed_clock - timedelta(days=1)
    )
    newer = make_work_order(
        db,
        client,
        vehicle,
        desk.id,
        accepted_at=fixed_clock,
        status=WorkOrderStatus.HANDED_OVER,
    )

    rows = appointments.list_recent_intakes(db, desk)

    assert [row.id for row in rows] == [newer, older]
    assert (rows[0].accepted_by, rows[0].status) == ("Ольга Соколова", WorkOrderStatus.HANDED_OVER)
    assert (rows[0].client_name, rows[0].vehicle_title, rows[0].plate) == (
        "Волков Андрей",
        "Lada Granta",
        "Х111ХХ99",
    )
    assert [row.id for row in appointments.list_recent_intakes(db, desk, limit=1)] == [newer]


def test_empty_day_and_no_intakes(db, manager):
    assert appointments.list_appointments(db, manager, date(2026, 11, 23), MOSCOW) == []
    assert appointments.list_recent_intakes(db, manager) == []


@pytest.mark.parametrize("role", [Role.MECHANIC, Role.PARTS_CLERK, Role.FINANCE])
def test_only_the_front_desk_sees_bookings_and_intakes(db, make_actor, role):
    actor = make_actor(role)
    with pytest.raises(PermissionDenied):
        appointments.list_appointments(db, actor, date(2026, 11, 23), MOSCOW)
    with pytest.raises(PermissionDenied):
        appointments.list_recent_intakes(db, actor)
