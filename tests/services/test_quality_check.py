"""The master's quality check: pass makes the car ready, fail sends it back with the reason."""

from __future__ import annotations

import pytest

from desk_app.models import QualityCheck, Role
from desk_app.models import WorkOrderStatus as S
from desk_app.services import quality_check, workshop
from desk_app.services.errors import DomainError, PermissionDenied, ValidationError
from desk_app.services.order_card import load_order
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


def _points(shop, order, failing=()):
    return {
        point.key: (point.text, point.key not in failing)
        for point in quality_check.checklist(shop.db, shop[Role.MASTER], order)
    }


def test_the_checklist_is_the_standard_points_and_each_work(shop):
    order = shop.order(S.QUALITY_CHECK, done=True)
    points = quality_check.checklist(shop.db, shop[Role.MASTER], order)
    keys = [point.key for point in points]
    assert keys[: len(quality_check.STANDARD_POINTS)] == [
        key for key, _ in quality_check.STANDARD_POINTS
    ]
    assert [point.text for point in points[-2:]] == [
        "Замена масла ДВС",
        "Замена воздушного фильтра",
    ]


def test_pass_makes_the_car_ready_and_tells_reception(shop, fixed_clock):
    order = shop.order(S.QUALITY_CHECK, done=True)
    before = fixed_clock.replace(hour=0)
    quality_check.pass_check(
        shop.db,
        shop[Role.MASTER],
        order,
        expected_version=shop.version(order),
        points=_points(shop, order),
    )
    assert shop.status(order) is S.READY
    ready = workshop.cars_ready_since(shop.db, shop[Role.RECEPTIONIST], before)
    assert [car.order_id for car in ready] == [order]
    assert workshop.cars_ready_since(shop.db, shop[Role.MECHANIC], before) == []
    with shop.db.transaction() as session:
        check = session.query(QualityCheck).one()
        assert check.passed and check.checked_by_id == shop[Role.MASTER].id


def test_pass_needs_every_point(shop):
    order = shop.order(S.QUALITY_CHECK, done=True)
    with pytest.raises(ValidationError, match="Tick every point"):
        quality_check.pass_check(
            shop.db,
            shop[Role.MASTER],
            order,
            expected_version=shop.version(order),
            points=_points(shop, order, failing={"no_leaks"}),
        )
    assert shop.status(order) is S.QUALITY_CHECK


def test_fail_needs_a_reason_and_reopens_the_failed_works(shop):
    order = shop.order(S.QUALITY_CHECK, done=True)
    card = load_order(shop.db, shop[Role.MASTER], order)
    failed_work = f"work:{card.labour[0].id}"
    with pytest.raises(ValidationError) as missing:
        quality_check.fail_check(
            shop.db,
            shop[Role.MASTER],
            order,
            expected_version=card.version,
            points=_points(shop, order, failing={failed_work}),
            reason=" ",
        )
    assert missing.value.field == "reason"
    quality_check.fail_check(
        shop.db,
        shop[Role.MASTER],
        order,
        expected_version=card.version,
        points=_points(shop, order, failing={failed_work}),
        reason="Течь из-под пробки",
    )
    card = load_order(shop.db, shop[Role.MASTER], order)
    assert card.status is S.IN_PROGRESS
    assert [line.done for line in card.labour] == [False, True]


def test_only_the_master_checks_and_only_cars_waiting_for_it(shop):
    order = shop.order(S.QUALITY_CHECK, done=True)
    for role in (Role.RECEPTIONIST, Role.MECHANIC):
        with pytest.raises(PermissionDenied):
            quality_check.pass_check(
                shop.db,
                shop[role],
                order,
                expected_version=shop.version(order),
                points=_points(shop, order),
            )
    working = shop.order(S.IN_PROGRESS, done=True)
    with pytest.raises(DomainError, match="not waiting for the quality check"):
        quality_check.pass_check(
            shop.db,
            shop[Role.MASTER],
            working,
            expected_version=shop.version(working),
            points=_points(shop, working),
        )
