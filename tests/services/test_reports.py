"""The shop summary and the money rule it sums, on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desk_app import clock
from desk_app.models import DepartmentKind, RequestStatus, Role, WorkOrderStatus
from desk_app.services import order_money
from desk_app.services.errors import PermissionDenied
from desk_app.services.reports import periods, shop_summary
from desk_app.store.database import Database
from tests.request_factories import make_person, make_priced_order, make_request

MOSCOW = ZoneInfo("Europe/Moscow")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def boss(any_db: Database):
    return make_person(any_db, Role.MANAGER, name="Смирнова Анна")


def total_of(db: Database, order_id: int) -> Decimal:
    with db.transaction() as session:
        return order_money.order_totals(session, [order_id])[order_id]


# -- the money rule ----------------------------------------------------------------------

MONEY_CASES = [
    pytest.param([("1.5", "1200.00")], [("2", "450.50", False)], "0", "2701.00", id="no-discount"),
    pytest.param([("1.5", "1200.00")], [("2", "450.50", False)], "100", "0.00", id="full-discount"),
    pytest.param(
        [("1", "1000.00")], [("1", "30000.00", True)], "0", "1000.00", id="client-parts-free"
    ),
    pytest.param([("0.25", "10.10")], [], "0", "2.53", id="labour-line-half-up"),
    pytest.param([], [("1.5", "0.03", False)], "0", "0.05", id="part-line-half-up"),
    pytest.param([], [("0.333", "10.50", False)], "0", "3.50", id="three-decimal-quantity"),
    pytest.param([("1", "10.10")], [], "5", "9.59", id="discount-half-up"),
    pytest.param([("1", "100.04")], [], "12.5", "87.53", id="fractional-percent"),
    pytest.param(
        [("2.4", "1850.00"), ("0.3", "1850.00")],
        [("4.5", "612.37", False), ("1", "5400.00", True), ("2", "199.99", False)],
        "15",
        "6928.05",
        id="a-real-order",
    ),
    pytest.param([], [], "10", "0.00", id="no-lines"),
]


@pytest.mark.parametrize(("labour", "parts", "discount", "expected"), MONEY_CASES)
def test_the_money_rule_in_sql_and_in_memory(any_db, boss, labour, parts, discount, expected):
    order = make_priced_order(
        any_db, boss.id, labour=labour, parts=parts, discount_percent=discount
    )
    amounts = [order_money.line_amount(Decimal(h), Decimal(r)) for h, r in labour] + [
        order_money.line_amount(Decimal(q), Decimal(p)) for q, p, supplied in parts if not supplied
    ]

    assert total_of(any_db, order) == Decimal(expected)
    assert order_money.order_total(amounts, Decimal(discount)) == Decimal(expected)


def test_order_totals_of_nothing_is_empty(any_db):
    with any_db.transaction() as session:
        assert order_money.order_totals(session, []) == {}


# -- periods -----------------------------------------------------------------------------


def test_periods_are_local_days_and_months():
    now = datetime(2026, 11, 30, 22, 0, tzinfo=UTC)  # already 1 December in Moscow
    bounds = periods(now, MOSCOW)
    assert bounds.month == date(2026, 12, 1)
    assert bounds.last_month == date(2026, 11, 1)
    assert bounds.today_start == datetime(2026, 11, 30, 21, 0, tzinfo=UTC)
    assert bounds.tomorrow_start == datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
    assert bounds.month_start == datetime(2026, 11, 30, 21, 0, tzinfo=UTC)
    assert bounds.next_month_start == datetime(2026, 12, 31, 21, 0, tzinfo=UTC)
    assert bounds.last_month_start == datetime(2026, 10, 31, 21, 0, tzinfo=UTC)


def test_periods_across_a_daylight_saving_change():
    bounds = periods(datetime(2026, 11, 23, 9, 30, tzinfo=UTC), NEW_YORK)
    assert bounds.month_start == datetime(2026, 11, 1, 4, 0, tzinfo=UTC)  # still EDT
    assert bounds.next_month_start == datetime(2026, 12, 1, 5, 0, tzinfo=UTC)  # EST
    assert bounds.last_month_start == datetime(2026, 10, 1, 4, 0, tzinfo=UTC)


def test_january_looks_back_to_december():
    bounds = periods(datetime(2027, 1, 10, 12, 0, tzinfo=UTC), MOSCOW)
    assert (bounds.month, bounds.last_month) == (date(2027, 1, 1), date(2026, 12, 1))


# -- the summary -------------------------------------------------------------------------


def test_revenue_and_acceptance_follow_local_month_boundaries(any_db, boss):
    now = datetime(2026, 11, 30, 22, 0, tzinfo=UTC)  # 01:00 on 1 December in Moscow
    clock.set_source(lambda: now)

    def handed_over(closed_at: datetime, rate: str) -> int:
        return make_priced_order(
            any_db,
            boss.id,
            labour=[("1", rate)],
            accepted_at=closed_at - timedelta(hours=3),
            closed_at=closed_at,
        )

    handed_over(datetime(2026, 11, 30, 21, 30, tzinfo=UTC), "100.00")  # 00:30 on 1 Dec
    handed_over(datetime(2026, 11, 30, 20, 59, tzinfo=UTC), "20.00")  # 23:59 on 30 Nov
    handed_over(datetime(2026, 10, 31, 21, 0, tzinfo=UTC), "3.00")  # 00:00 on 1 Nov
    handed_over(datetime(2026, 10, 31, 20, 59, tzinfo=UTC), "4000.00")  # October: neither
    make_priced_order(
        any_db,
        boss.id,
        labour=[("1", "50000.00")],
        status=WorkOrderStatus.READY,
        accepted_at=now - timedelta(minutes=10),
    )

    summary = shop_summary(any_db, boss, MOSCOW)

    assert summary.revenue_this_month == Decimal("100.00")
    assert summary.revenue_last_month == Decimal("23.00")
    assert (summary.handed_over_this_month, summary.handed_over_last_month) == (1, 2)
    assert summary.accepted_today == 1  # the READY one, at 00:50 local
    assert summary.accepted_this_month == 1
    assert summary.periods.month == date(2026, 12, 1)


def test_revenue_applies_the_money_rule_per_order(any_db, boss):
    for labour, parts, discount in [
        ([("1", "10.10")], [], "5"),
        ([("0.25", "10.10")], [("1", "999.00", True)], "0"),
        ([("2", "1500.00")], [], "100"),
    ]:
        make_priced_order(any_db, boss.id, labour=labour, parts=parts, discount_percent=discount)

    summary = shop_summary(any_db, boss, MOSCOW)

    assert summary.revenue_this_month == Decimal("9.59") + Decimal("2.53")
    assert isinstance(summary.revenue_this_month, Decimal)


def test_open_orders_by_status_lists_every_open_status(any_db, boss):
    for status in (
        WorkOrderStatus.ACCEPTED,
        WorkOrderStatus.IN_PROGRESS,
        WorkOrderStatus.IN_PROGRESS,
        WorkOrderStatus.HANDED_OVER,
        WorkOrderStatus.CANCELLED,
    ):
        make_priced_order(any_db, boss.id, status=status)

    summary = shop_summary(any_db, boss, MOSCOW)

    assert list(summary.open_orders) == [s for s in WorkOrderStatus if s.is_open]
    assert summary.open_orders[WorkOrderStatus.ACCEPTED] == 1
    assert summary.open_orders[WorkOrderStatus.IN_PROGRESS] == 2
    assert summary.open_orders[WorkOrderStatus.READY] == 0
    assert summary.open_orders_total == 3


def test_average_turnaround_over_the_last_ninety_days(any_db, boss):
    now = clock.now()
    for hours, days_ago in [(2, 1), (4, 30), (100, 91)]:
        closed = now - timedelta(days=days_ago)
        make_priced_order(
            any_db, boss.id, accepted_at=closed - timedelta(hours=hours), closed_at=closed
        )

    summary = shop_summary(any_db, boss, MOSCOW)

    assert summary.average_turnaround_hours == pytest.approx(3.0)
    assert summary.turnaround_orders == 2


def test_an_empty_shop_has_zeros(any_db, boss):
    summary = shop_summary(any_db, boss, MOSCOW)
    assert summary.open_orders_total == 0
    assert (summary.accepted_today, summary.accepted_this_month) == (0, 0)
    assert summary.revenue_this_month == summary.revenue_last_month == Decimal("0.00")
    assert summary.average_turnaround_hours is None
    assert [row.department for row in summary.requests] == [
        DepartmentKind.PARTS,
        DepartmentKind.FINANCE,
    ]
    assert all(row.open == row.rated == 0 for row in summary.requests)
    assert summary.requests[0].good_share is None


def test_requests_per_department_open_overdue_and_good_share(any_db, boss):
    now = clock.now()
    filer = make_person(any_db, Role.RECEPTIONIST, name="Петров Олег").id
    make_request(any_db, filer, needed_by=now - timedelta(hours=1))
    make_request(any_db, filer, needed_by=now + timedelta(hours=1))
    make_request(any_db, filer)

    def rated(good: bool, days_ago: int, to=DepartmentKind.PARTS) -> None:
        make_request(
            any_db,
            filer,
            to_department=to,
            status=RequestStatus.CLOSED,
            needed_by=now - timedelta(days=days_ago + 1),
            closed_at=now - timedelta(days=days_ago),
            rating_good=good,
        )

    rated(True, 1)
    rated(True, 10)
    rated(True, 20)
    rated(False, 30)
    rated(False, 120)  # too old to count
    rated(False, 2, to=DepartmentKind.WORKSHOP)

    rows = {row.department: row for row in shop_summary(any_db, boss, MOSCOW).requests}

    parts = rows[DepartmentKind.PARTS]
    assert (parts.open, parts.overdue, parts.rated, parts.good) == (3, 1, 4, 3)
    assert parts.good_share == pytest.approx(0.75)
    assert rows[DepartmentKind.FINANCE].open == 0
    assert rows[DepartmentKind.WORKSHOP].good_share == 0.0
    assert DepartmentKind.RECEPTION not in rows


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.MECHANIC, Role.PARTS_CLERK])
def test_reports_are_refused_without_view_reports(any_db, role):
    with pytest.raises(PermissionDenied):
        shop_summary(any_db, make_person(any_db, role), MOSCOW)


def test_finance_may_read_reports(any_db):
    summary = shop_summary(any_db, make_person(any_db, Role.FINANCE), MOSCOW)
    assert summary.open_orders_total == 0
