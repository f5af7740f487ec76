"""Regular clients and their discount: the rule at its edges, and the tiers."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from desk_app.models import MakeGroup, ShopSettings, Vehicle, WorkOrderStatus
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services import loyalty
from tests.factories import make_client, make_vehicle, make_work_order


@pytest.fixture
def client(db):
    return make_client(db, "Петров", "Сергей")


def visits(db, client, manager, vehicle, *days_ago, status=WorkOrderStatus.HANDED_OVER, now):
    for days in days_ago:
        make_work_order(
            db, client, vehicle, manager.id, status=status, accepted_at=now - timedelta(days=days)
        )


@pytest.mark.parametrize(("first_visit_days_ago", "regular"), [(365, True), (366, False)])
def test_the_fourth_visit_within_365_days_makes_a_regular(
    db, manager, client, fixed_clock, first_visit_days_ago, regular
):
    car = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    visits(db, client, manager, car, first_visit_days_ago, 200, 100, now=fixed_clock)
    with db.transaction() as session:
        three = loyalty.regular_status(session, client, fixed_clock)
        with_today = loyalty.regular_status(session, client, fixed_clock, new_visit=True)
    assert not three.regular
    assert with_today.regular is regular
    assert with_today.visits == (4 if regular else 3)
    if regular:
        assert with_today.since == fixed_clock


def test_cancelled_orders_are_not_visits_and_a_wash_is(db, manager, client, fixed_clock):
    car = make_vehicle(db, client, "Kia", "Rio", "М456ОР199")
    visits(db, client, manager, car, 300, 200, now=fixed_clock)
    visits(db, client, manager, car, 50, status=WorkOrderStatus.CANCELLED, now=fixed_clock)
    visits(db, client, manager, car, 10, status=WorkOrderStatus.ACCEPTED, now=fixed_clock)
    with db.transaction() as session:
        status = loyalty.regular_status(session, client, fixed_clock)
    assert (status.regular, status.visits) == (False, 3)


@pytest.mark.parametrize(
    ("make", "group"),
    [
        ("Lada", MakeGroup.DOMESTIC),
        ("лада", MakeGroup.DOMESTIC),
        ("ВАЗ", MakeGroup.DOMESTIC),
        ("UAZ ", MakeGroup.DOMESTIC),
        ("ZAZ", MakeGroup.DOMESTIC),
        ("Kia", MakeGroup.FOREIGN),
        ("Haval", MakeGroup.FOREIGN),
    ],
)
def test_make_groups(make, group):
    assert loyalty.make_group(make) is group


@pytest.mark.parametrize(
    ("make", "value", "percent", "threshold"),
    [
        ("Lada", "4999.99", "10", "0"),
        ("Lada", "5000", "20", "5000"),
        ("Lada", "20000.01", "30", "20000"),
        ("Lada", "50000", "40", "50000"),
        ("Kia", "19999", "10", "0"),
        ("Kia", "20000", "15", "20000"),
        ("Kia", "1000000", "20", "50000"),
    ],
)
def test_the_default_tiers(db, manager, client, fixed_clock, make, value, percent, threshold):
    car = make_vehicle(db, client, make, "X", "А123ВС77")
    visits(db, client, manager, car, 300, 200, 100, 1, now=fixed_clock)
    with db.transaction() as session:
        advice = loyalty.advise(session, client, car, Decimal(value), fixed_clock)
    assert advice.percent == Decimal(percent)
    assert advice.threshold == Decimal(threshold)
    assert advice.status.regular and advice.status.visits == 4


def test_a_car_bought_here_adds_the_shops_extra(db, manager, client, fixed_clock):
    car = make_vehicle(db, client, "Kia", "Rio", "М456ОР199")
    visits(db, client, manager, car, 300, 200, 100, 1, now=fixed_clock)
    with db.transaction() as session:
        session.get(Vehicle, car).bought_here = True
        session.get(ShopSettings, SHOP_SETTINGS_ID).bought_here_percent = Decimal("7.5")
    with db.transaction() as session:
        advice = loyalty.advise(session, client, car, Decimal("25000"), fixed_clock)
    assert (advice.tier_percent, advice.bought_here_percent, advice.percent) == (
        Decimal("15"),
        Decimal("7.5"),
        Decimal("22.5"),
    )


def test_no_discount_for_a_client_who_is_not_regular(db, manager, client, fixed_clock):
    car = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    visits(db, client, manager, car, 30, now=fixed_clock)
    with db.transaction() as session:
        session.get(Vehicle, car).bought_here = True
    with db.transaction() as session:
        advice = loyalty.advise(session, client, car, Decimal("90000"), fixed_clock)
    assert advice.percent == Decimal("0")
    assert advice.bought_here_percent == Decimal("0")
    assert advice.status.visits == 1


def test_an_orders_discount_is_judged_at_its_intake_on_its_lines(db, manager, client, fixed_clock):
    car = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    visits(db, client, manager, car, 300, 200, 100, now=fixed_clock)
    order = make_work_order(db, client, car, manager.id, accepted_at=fixed_clock)
    advice = loyalty.discount_for_order(db, manager, order)
    assert advice.status.regular
    assert advice.percent == Decimal("10")  # an order with no lines yet is worth 0
