"""The shop's timeline: lanes, bars, reassignment by the master, and the change stamp."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.models import Role, WorkOrder
from desk_app.models import WorkOrderStatus as S
from desk_app.services import order_status, shop_timeline, workshop
from desk_app.services.errors import DomainError, PermissionDenied, StaleEdit
from desk_app.services.order_card import load_order
from desk_app.services.shop_timeline import LaneKind
from tests.factories import make_appointment
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


def _week(shop, kind, now):
    return shop_timeline.load_timeline(
        shop.db, shop[Role.MASTER], kind, now - timedelta(days=3), now + timedelta(days=4)
    )


def test_bars_by_bay_with_an_appointment(shop, fixed_clock):
    order = shop.order(S.IN_PROGRESS)
    shop.order(S.HANDED_OVER)
    make_appointment(
        shop.db, shop.client_id, shop[Role.RECEPTIONIST].id, fixed_clock + timedelta(hours=2)
    )
    timeline = _week(shop, LaneKind.BAY, fixed_clock)
    assert [lane.name for lane in timeline.lanes] == ["Пост 1", "Пост 2"]
    (bar,) = timeline.bars
    assert (bar.order_id, bar.lane_id, bar.status) == (order, shop.bays[0], S.IN_PROGRESS)
    assert bar.client_name == "Петров Сергей Иванович"
    assert bar.end - bar.start == timedelta(hours=7)
    assert len(timeline.appointments) == 1


def test_an_order_of_two_mechanics_is_on_both_lanes(shop, fixed_clock):
    order = shop.order(S.IN_PROGRESS)
    card = load_order(shop.db, shop[Role.MASTER], order)
    shop_timeline.move_to_mechanic(
        shop.db,
        shop[Role.MASTER],
        order,
        shop[Role.MECHANIC].id,
        shop.mechanic2.id,
        expected_version=card.version,
    )
    bars = _week(shop, LaneKind.MECHANIC, fixed_clock).bars
    assert {bar.lane_id for bar in bars} == {shop.mechanic2.id}
    workshop.mark_work_done(shop.db, shop.mechanic2, card.labour[0].id)
    shop_timeline.move_to_mechanic(
        shop.db,
        shop[Role.MASTER],
        order,
        shop.mechanic2.id,
        shop[Role.MECHANIC].id,
        expected_version=shop.version(order),
    )
    bars = _week(shop, LaneKind.MECHANIC, fixed_clock).bars
    assert {bar.lane_id for bar in bars} == {shop.mechanic2.id, shop[Role.MECHANIC].id}
    card = load_order(shop.db, shop[Role.MASTER], order)
    assert [line.mechanic_id for line in card.labour] == [
        shop.mechanic2.id,  # done by him, stays his
        shop[Role.MECHANIC].id,
    ]


def test_an_order_with_nothing_left_to_hand_over_says_so(shop):
    order = shop.order(S.IN_PROGRESS, done=True)
    with pytest.raises(DomainError, match="no works left"):
        shop_timeline.move_to_mechanic(
            shop.db,
            shop[Role.MASTER],
            order,
            shop[Role.MECHANIC].id,
            shop.mechanic2.id,
            expected_version=shop.version(order),
        )


def test_only_masters_reassign_and_never_with_a_stale_view(shop):
    order = shop.order(S.IN_PROGRESS)
    seen = shop.version(order)
    with pytest.raises(PermissionDenied):
        shop_timeline.move_to_bay(
            shop.db, shop[Role.RECEPTIONIST], order, shop.bays[1], expected_version=seen
        )
    shop_timeline.move_to_bay(
        shop.db, shop[Role.MASTER], order, shop.bays[1], expected_version=seen
    )
    with pytest.raises(StaleEdit):
        shop_timeline.move_to_bay(
            shop.db, shop[Role.MANAGER], order, shop.bays[0], expected_version=seen
        )
    assert load_order(shop.db, shop[Role.MASTER], order).bay_name == "Пост 2"


def test_the_stamp_changes_with_any_move(shop):
    order = shop.order(S.ACCEPTED)
    stamps = [shop_timeline.shop_stamp(shop.db)]
    shop_timeline.move_to_bay(
        shop.db, shop[Role.MASTER], order, shop.bays[1], expected_version=shop.version(order)
    )
    stamps.append(shop_timeline.shop_stamp(shop.db))
    order_status.move_order(
        shop.db, shop[Role.MASTER], order, S.DIAGNOSIS, expected_version=shop.version(order)
    )
    stamps.append(shop_timeline.shop_stamp(shop.db))
    stamps.append(shop_timeline.shop_stamp(shop.db))
    assert stamps[0] != stamps[1] != stamps[2]
    assert stamps[2] == stamps[3]


def test_a_car_promised_yesterday_and_still_here_stays_on_today(shop, fixed_clock):
    order = shop.order(S.IN_PROGRESS)
    with shop.db.transaction() as session:
        row = session.get(WorkOrder, order)
        row.accepted_at = fixed_clock - timedelta(days=3)
        row.promised_at = fixed_clock - timedelta(days=1)
    today = fixed_clock.replace(hour=0, minute=0)
    timeline = shop_timeline.load_timeline(
        shop.db, shop[Role.MASTER], LaneKind.BAY, today, today + timedelta(days=1)
    )
    assert [(bar.order_id, bar.overdue) for bar in timeline.bars] == [(order, True)]
    next_week = shop_timeline.load_timeline(
        shop.db,
        shop[Role.MASTER],
        LaneKind.BAY,
        today + timedelta(days=7),
        today + timedelta(days=14),
    )
    assert next_week.bars == ()
