"""What another desk changed on an order: the differences between two loads of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from desk_app.models import LineApproval, Role
from desk_app.models import WorkOrderStatus as S
from desk_app.services import order_lines, order_status
from desk_app.services.order_card import load_order
from desk_app.services.order_compare import Aspect, Change, compare_orders
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


def test_two_loads_of_an_unchanged_order_differ_in_nothing(shop):
    order = shop.order(S.IN_PROGRESS)
    manager = shop[Role.MANAGER]
    assert (
        compare_orders(load_order(shop.db, manager, order), load_order(shop.db, manager, order))
        == []
    )


def test_only_two_loads_of_one_order_are_compared(shop):
    manager = shop[Role.MANAGER]
    first = load_order(shop.db, manager, shop.order())
    with pytest.raises(ValueError):
        compare_orders(first, load_order(shop.db, manager, shop.order()))


def test_a_handover_at_another_desk_shows_as_the_status(shop):
    order = shop.order(S.READY, done=True)
    receptionist = shop[Role.RECEPTIONIST]
    before = load_order(shop.db, receptionist, order)
    order_status.move_order(
        shop.db, receptionist, order, S.HANDED_OVER, expected_version=before.version
    )

    after = load_order(shop.db, receptionist, order)

    assert compare_orders(before, after) == [Change(Aspect.STATUS, S.READY, S.HANDED_OVER)]


def test_lines_added_removed_and_repriced_and_the_discount_and_total(shop):
    db, manager = shop.db, shop[Role.MANAGER]
    order = shop.order(S.ACCEPTED)
    before = load_order(db, manager, order)
    oil, filter_ = before.labour
    version = before.version

    order_lines.add_part_line(
        db,
        manager,
        order,
        order_lines.PartInput("Свеча зажигания", Decimal("4"), "520", part_number="BKR6E"),
        expected_version=version,
    )
    version += 1
    order_lines.remove_line(db, manager, order, labour_id=filter_.id, expected_version=version)
    version += 1
    order_lines.update_labour_line(
        db,
        manager,
        order,
        oil.id,
        order_lines.LabourInput(oil.name, oil.norm_hours, "2400", mechanic_id=oil.mechanic_id),
        expected_version=version,
    )
    version += 1
    order_lines.set_discount(db, manager, order, "5", "Постоянный клиент", expected_version=version)
    after = load_order(db, manager, order)

    changes = compare_orders(before, after)

    assert changes == [
        Change(Aspect.DISCOUNT, Decimal("0.00"), Decimal("5.00")),
        Change(Aspect.DISCOUNT_REASON, "", "Постоянный клиент"),
        Change(Aspect.WORK_REMOVED, Decimal("500.00"), None, "Замена воздушного фильтра"),
        Change(Aspect.RATE, Decimal("2000.00"), Decimal("2400.00"), "Замена масла ДВС"),
        Change(Aspect.PART_ADDED, None, Decimal("2080.00"), "Свеча зажигания"),
        Change(Aspect.TOTAL, before.money.total, after.money.total),
    ]
    # 3,000 + 500 + 450 before; (3,600 + 450 + 2,080) less 5 % after
    assert (before.money.total, after.money.total) == (Decimal("3950.00"), Decimal("5823.50"))


def test_each_field_of_a_line_and_of_the_order_is_compared(shop):
    """Edges the services reach rarely in one go: every field is looked at."""
    manager = shop[Role.MANAGER]
    before = load_order(shop.db, manager, shop.order(S.IN_PROGRESS, prepayment="1000"))
    work, part = before.labour[0], before.parts[0]
    after = replace(
        before,
        promised_at=(before.promised_at or before.accepted_at) + timedelta(hours=2),
        bay_name="Пост 2",
        master_name="Кузнецов А.",
        complaints="Стук спереди справа и слева",
        money=replace(before.money, prepayment=Decimal("1500.00")),
        labour=(
            replace(work, done=True, mechanic_name="Сидоров П.", approval=LineApproval.DECLINED),
            *before.labour[1:],
        ),
        parts=(replace(part, quantity=Decimal("2"), supplied_by_client=True, name="Фильтр"),),
    )

    aspects = [(change.aspect, change.line) for change in compare_orders(before, after)]

    assert aspects == [
        (Aspect.PROMISED_AT, ""),
        (Aspect.BAY, ""),
        (Aspect.MASTER, ""),
        (Aspect.COMPLAINTS, ""),
        (Aspect.PREPAYMENT, ""),
        (Aspect.MECHANIC, work.name),
        (Aspect.DONE, work.name),
        (Aspect.APPROVAL, work.name),
        (Aspect.NAME, "Фильтр"),
        (Aspect.QUANTITY, "Фильтр"),
        (Aspect.SUPPLIED_BY_CLIENT, "Фильтр"),
    ]
