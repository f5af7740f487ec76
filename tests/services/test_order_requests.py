"""The requests about one order: what the order window shows of them, the overdue and late
judgements at their edges, how long the car waited on each, and who sees the prices."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from desk_app.models import DepartmentKind, PartLine, RequestKind, RequestStatus, Role
from desk_app.services.errors import NotFound, PermissionDenied
from desk_app.services.order_requests import order_requests
from tests.factories import make_client, make_staff, make_vehicle, make_work_order
from tests.request_factories import (
    add_request_answer,
    add_request_item,
    make_priced_order,
    make_timed_request,
)

HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)


@pytest.fixture
def shop(any_db, fixed_clock) -> SimpleNamespace:
    db = any_db
    people = SimpleNamespace(
        reception=make_staff(db, Role.RECEPTIONIST, name="Юдина Валерия Леонидовна"),
        master=make_staff(db, Role.MASTER, name="Хохлов Юрий Николаевич"),
        mechanic=make_staff(db, Role.MECHANIC, name="Зыков Вадим Вячеславович"),
        other_mechanic=make_staff(db, Role.MECHANIC, name="Лапин Олег Петрович"),
        clerk=make_staff(db, Role.PARTS_CLERK, name="Гусева Ольга Павловна"),
        finance=make_staff(db, Role.FINANCE, name="Кравец Инна Юрьевна"),
        manager=make_staff(db, Role.MANAGER, name="Орлова Анна Викторовна"),
    )
    client = make_client(db, "Петров", "Сергей")
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213")
    order = make_work_order(
        db,
        client,
        vehicle,
        people.reception.id,
        accepted_at=fixed_clock - 5 * HOUR,
        works=[("Замена тормозных колодок", people.mechanic.id)],
    )
    return SimpleNamespace(db=db, now=fixed_clock, order=order, **vars(people))


def file(shop, *, hours_ago: float = 3, **fields) -> int:
    """A request about the shop's order, filed by reception ``hours_ago`` hours ago."""
    fields.setdefault("work_order_id", shop.order)
    return make_timed_request(
        shop.db, shop.reception.id, created_at=shop.now - hours_ago * HOUR, **fields
    )


def only(shop, actor=None):
    (request,) = order_requests(shop.db, actor or shop.reception, shop.order)
    return request


def test_a_parts_request_answered_late_and_a_finance_request_still_open(shop):
    filed = shop.now - 4 * HOUR
    parts = file(
        shop,
        hours_ago=4,
        text="Колодки и диски передние на Vesta",
        due_at=filed + HOUR,
        responded_at=filed + 3 * HOUR + 20 * MINUTE,
        status=RequestStatus.ANSWERED,
    )
    add_request_item(
        shop.db,
        parts,
        "Колодки тормозные передние",
        part_number="8450108123",
        in_stock=True,
        available="4",
        unit_price="2450.00",
        bin="A-12-3",
    )
    add_request_item(
        shop.db,
        parts,
        "Диск тормозной передний",
        part_number="8450108456",
        quantity="2",
        in_stock=False,
        unit_price="3100.00",
        eta=shop.now + 48 * HOUR,
    )
    add_request_answer(
        shop.db,
        parts,
        shop.clerk.id,
        text="Колодки есть, диски под заказ",
        answered_at=filed + 3 * HOUR + 20 * MINUTE,
    )
    finance = file(
        shop,
        hours_ago=25 / 60,
        kind=RequestKind.FINANCE_PREPAYMENT,
        to_department=DepartmentKind.FINANCE,
        text="Подтвердите предоплату 5 000",
        due_at=shop.now + HOUR,
    )

    first, second = order_requests(shop.db, shop.reception, shop.order)

    assert (first.id, second.id) == (parts, finance)
    assert first.kind is RequestKind.PARTS_AVAILABILITY
    assert first.to_department is DepartmentKind.PARTS
    assert first.requester == "Юдина Валерия Леонидовна"
    assert (first.created_at, first.due_at) == (filed, filed + HOUR)
    assert first.responded_at == filed + 3 * HOUR + 20 * MINUTE
    assert (first.answer_text, first.answered_by) == (
        "Колодки есть, диски под заказ",
        "Гусева Ольга Павловна",
    )
    assert (first.late, first.overdue) == (True, False)
    assert first.waited == 3 * HOUR + 20 * MINUTE
    pads, discs = first.items
    assert (pads.in_stock, pads.available, pads.unit_price, pads.bin) == (
        True,
        Decimal("4"),
        Decimal("2450.00"),
        "A-12-3",
    )
    assert (discs.in_stock, discs.eta, discs.amount) == (
        False,
        shop.now + 48 * HOUR,
        Decimal("6200.00"),
    )
    assert first.prices_shown

    assert second.to_department is DepartmentKind.FINANCE
    assert second.status is RequestStatus.NEW
    assert (second.answer_text, second.answered_by, second.responded_at) == ("", "", None)
    assert (second.late, second.overdue) == (False, False)
    assert second.waited == 25 * MINUTE


def test_only_this_orders_requests_and_none_is_an_empty_list(shop):
    other = make_priced_order(shop.db, shop.reception.id)
    file(shop, work_order_id=other)
    file(shop, work_order_id=None)
    assert order_requests(shop.db, shop.reception, shop.order) == []


@pytest.mark.parametrize(
    ("due_in", "needed_in", "status", "responded", "overdue"),
    [
        (-MINUTE, None, RequestStatus.NEW, False, True),
        (timedelta(0), None, RequestStatus.NEW, False, False),  # due exactly now: not yet
        (HOUR, -MINUTE, RequestStatus.TAKEN, False, True),  # the requester's own wish
        (HOUR, timedelta(0), RequestStatus.TAKEN, False, False),
        (None, None, RequestStatus.NEW, False, False),  # no promise, no wish: never overdue
        (-MINUTE, None, RequestStatus.ANSWERED, True, False),  # answered: the link did its part
        (-MINUTE, None, RequestStatus.CANCELLED, False, False),  # no longer asked
    ],
)
def test_overdue_is_open_unanswered_and_past_the_promise_or_the_wish(
    shop, due_in, needed_in, status, responded, overdue
):
    file(
        shop,
        due_at=None if due_in is None else shop.now + due_in,
        needed_by=None if needed_in is None else shop.now + needed_in,
        status=status,
        responded_at=shop.now - 2 * MINUTE if responded else None,
        closed_at=shop.now - MINUTE if not status.is_open else None,
    )
    assert only(shop).overdue is overdue


@pytest.mark.parametrize(
    ("responded_after_due", "late"),
    [(MINUTE, True), (timedelta(0), False), (-MINUTE, False), (None, False)],
)
def test_late_is_a_response_after_the_standards_promise(shop, responded_after_due, late):
    due = shop.now - HOUR
    file(
        shop,
        due_at=due,
        responded_at=None if responded_after_due is None else due + responded_after_due,
        status=RequestStatus.NEW if responded_after_due is None else RequestStatus.ANSWERED,
    )
    assert only(shop).late is late


def test_an_older_row_without_responded_at_counts_its_first_answer(shop):
    request = file(shop, hours_ago=2, due_at=shop.now - 90 * MINUTE, status=RequestStatus.ANSWERED)
    add_request_answer(shop.db, request, shop.clerk.id, answered_at=shop.now - HOUR, text="Есть")
    add_request_answer(shop.db, request, shop.manager.id, answered_at=shop.now, text="Отложили")
    seen = only(shop)
    assert seen.responded_at == shop.now - HOUR
    assert seen.waited == HOUR
    assert seen.late
    assert (seen.answer_text, seen.answered_by, seen.answered_at) == (
        "Отложили",
        "Орлова Анна Викторовна",
        shop.now,
    )


def test_a_cancelled_request_stops_the_wait_when_cancelled(shop):
    file(shop, hours_ago=2, status=RequestStatus.CANCELLED, closed_at=shop.now - HOUR)
    assert only(shop).waited == HOUR


def test_a_rejection_is_the_answer_and_ends_the_wait(shop):
    file(
        shop,
        hours_ago=2,
        status=RequestStatus.REJECTED,
        responded_at=shop.now - 30 * MINUTE,
        closed_at=shop.now - 30 * MINUTE,
        reject_reason="Такой позиции нет в каталоге",
    )
    seen = only(shop)
    assert seen.answer_text == "Такой позиции нет в каталоге"
    assert seen.waited == 90 * MINUTE


def test_an_item_is_issued_to_this_order_only_by_a_line_of_this_order(shop):
    other = make_priced_order(shop.db, shop.reception.id, parts=[("1", "450.00", False)])
    with shop.db.transaction() as session:
        foreign_line = session.scalar(select(PartLine.id).where(PartLine.work_order_id == other))
        session.add(PartLine(work_order_id=shop.order, position=1, name="Колодки"))
    with shop.db.transaction() as session:
        own_line = session.scalar(select(PartLine.id).where(PartLine.work_order_id == shop.order))
    request = file(shop)
    add_request_item(shop.db, request, issued_at=shop.now, part_line_id=own_line)
    add_request_item(shop.db, request, issued_at=shop.now, part_line_id=foreign_line)
    add_request_item(shop.db, request)
    assert [item.issued_to_order for item in only(shop).items] == [True, False, False]


def test_a_mechanic_sees_his_orders_parts_requests_without_prices(shop):
    parts = file(shop, hours_ago=2, status=RequestStatus.ANSWERED, responded_at=shop.now)
    add_request_item(shop.db, parts, in_stock=True, unit_price="2450.00", bin="A-12-3")
    file(shop, hours_ago=1, kind=RequestKind.FINANCE_DISCOUNT, to_department=DepartmentKind.FINANCE)

    seen = only(shop, shop.mechanic)

    assert seen.id == parts
    assert not seen.prices_shown
    (item,) = seen.items
    assert (item.in_stock, item.bin, item.unit_price, item.amount) == (True, "A-12-3", None, None)
    with_prices = order_requests(shop.db, shop.master, shop.order)
    assert len(with_prices) == 2
    assert with_prices[0].items[0].unit_price == Decimal("2450.00")


@pytest.mark.parametrize("who", ["other_mechanic", "clerk", "finance"])
def test_who_may_not_see_the_order_may_not_see_its_requests(shop, who):
    file(shop)
    with pytest.raises(PermissionDenied):
        order_requests(shop.db, getattr(shop, who), shop.order)


def test_an_unknown_order(shop):
    with pytest.raises(NotFound):
        order_requests(shop.db, shop.manager, shop.order + 1000)
