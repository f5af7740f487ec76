"""Odometer checks: whole kilometres within reason, and a rollback that must be confirmed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app import clock
from desk_app.models import Role, WorkOrder
from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.services.validation import (
    MAX_ODOMETER_KM,
    Severity,
    check_odometer,
    check_plate,
    last_odometer,
    raise_first_error,
)
from tests.factories import make_client, make_vehicle, make_work_order


@pytest.mark.parametrize(
    ("typed", "km"), [(0, 0), (85_000, 85_000), ("123 456", 123_456), (" 0042 ", 42)]
)
def test_readings_in_whole_kilometres_pass(typed, km):
    result = check_odometer(typed)
    assert (result.value, result.problems, result.ok) == (km, (), True)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        (-1, "negative"),
        ("-5", "negative"),
        (MAX_ODOMETER_KM + 1, "more than any car"),
        ("9" * 100_000, "more than any car"),
        ("", "Enter the odometer reading"),
        ("12.5", "whole number"),
        ("85 000 км", "whole number"),
        ("😀", "whole number"),
    ],
)
def test_bad_readings_are_errors(typed, words):
    result = check_odometer(typed)
    assert result.value is None
    (problem,) = result.errors
    assert problem.field == "odometer_km"
    assert words in problem.message
    assert len(problem.message) < 200  # an enormous text is not repeated whole


def test_the_maximum_itself_is_allowed():
    assert check_odometer(MAX_ODOMETER_KM).ok


def test_an_equal_or_higher_reading_than_the_last_one_is_fine():
    assert check_odometer(85_000, last_km=85_000).problems == ()
    assert check_odometer(90_000, last_km=85_000).problems == ()


def test_a_rollback_blocks_saving_until_it_is_confirmed():
    result = check_odometer(60_000, last_km=85_000)
    assert result.needs_confirmation
    assert not result.ok
    (problem,) = result.problems
    assert problem.severity is Severity.WARNING
    assert problem.needs_confirmation
    assert problem.params == {"value": 60_000, "last": 85_000}
    with pytest.raises(ValidationError) as raised:
        raise_first_error(result)
    assert raised.value.field == "odometer_km"

    confirmed = check_odometer(60_000, last_km=85_000, confirmed=True)
    assert confirmed.ok
    assert confirmed.needs_confirmation  # the form keeps showing the confirmed warning
    assert [p.severity for p in confirmed.warnings] == [Severity.WARNING]
    raise_first_error(confirmed)


def test_raise_first_error_takes_the_first_blocking_problem_in_order():
    foreign = check_plate("B-MW 1234")  # a warning only
    with pytest.raises(ValidationError) as raised:
        raise_first_error(foreign, check_odometer(-1), check_odometer(1, last_km=5))
    assert raised.value.template == "The odometer reading cannot be negative."


def _order_with_reading(db, vehicle_id, client_id, actor_id, km, hours_ago):
    order_id = make_work_order(
        db,
        client_id,
        vehicle_id,
        actor_id,
        accepted_at=clock.now() - timedelta(hours=hours_ago),
    )
    with db.transaction() as session:
        session.get(WorkOrder, order_id).odometer_km = km


def test_last_odometer_reads_the_latest_work_order_of_that_vehicle(db, make_actor):
    receptionist = make_actor(Role.RECEPTIONIST)
    client = make_client(db)
    car = make_vehicle(db, client)
    other_car = make_vehicle(db, client, plate="В456ОР77")
    assert last_odometer(db, receptionist, car) is None

    _order_with_reading(db, car, client, receptionist.id, 90_000, hours_ago=48)
    _order_with_reading(db, car, client, receptionist.id, 85_000, hours_ago=24)
    _order_with_reading(db, other_car, client, receptionist.id, 150_000, hours_ago=1)
    assert last_odometer(db, receptionist, car) == 85_000  # the latest, not the highest
    assert last_odometer(db, receptionist, other_car) == 150_000


def test_last_odometer_needs_the_right_to_accept_vehicles(db, make_actor):
    mechanic = make_actor(Role.MECHANIC)
    with pytest.raises(PermissionDenied):
        last_odometer(db, mechanic, 1)
