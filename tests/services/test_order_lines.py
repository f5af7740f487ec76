"""Works, parts and money on a work order: agreed or proposed, rounding, discount, balance,
and the audit of prices changed after they were agreed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desk_app.models import AuditEntry, LineApproval, Role
from desk_app.models import WorkOrderStatus as S
from desk_app.services import order_lines
from desk_app.services.errors import DomainError, PermissionDenied, StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.order_card import load_order
from desk_app.services.order_lines import LabourInput, PartInput
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


def test_money_of_an_order(shop):
    order = shop.order(S.IN_PROGRESS, discount="5", prepayment="1000")
    money = load_order(shop.db, shop[Role.RECEPTIONIST], order).money
    # 1.5 h + 0.25 h at 2,000.00 = 3,500.00; a filter 450.00
    assert (money.labour, money.parts, money.subtotal) == (
        Decimal("3500.00"),
        Decimal("450.00"),
        Decimal("3950.00"),
    )
    assert (money.discount, money.total) == (Decimal("197.50"), Decimal("3752.50"))
    assert money.balance_due == Decimal("2752.50")


def test_each_line_is_rounded_to_the_cent_halves_away_from_zero(shop):
    order = shop.order(S.ACCEPTED)
    receptionist = shop[Role.RECEPTIONIST]
    order_lines.add_part_line(
        shop.db,
        receptionist,
        order,
        PartInput("Герметик", Decimal("0.333"), Decimal("100.05")),
        expected_version=shop.version(order),
    )
    card = load_order(shop.db, receptionist, order)
    assert card.parts[-1].amount == Decimal("33.32")  # 33.31665
    order_lines.set_discount(
        shop.db, shop[Role.MANAGER], order, "12.5", "Особые условия", expected_version=card.version
    )
    money = load_order(shop.db, receptionist, order).money
    assert money.subtotal == Decimal("3983.32")
    assert money.discount == Decimal("497.92")  # 497.915 rounds up
    assert money.total == Decimal("3485.40")


def test_a_prepayment_above_the_total_is_a_refund_due(shop):
    order = shop.order(S.ACCEPTED, prepayment="5000")
    assert load_order(shop.db, shop[Role.MANAGER], order).money.balance_due == Decimal("-1050.00")


def test_parts_brought_by_the_client_are_not_charged(shop):
    order = shop.order(S.ACCEPTED)
    order_lines.add_part_line(
        shop.db,
        shop[Role.RECEPTIONIST],
        order,
        PartInput("Колодки", "1", "3000", supplied_by_client=True),
        expected_version=shop.version(order),
    )
    card = load_order(shop.db, shop[Role.RECEPTIONIST], order)
    assert card.parts[-1].amount == Decimal("0.00")
    assert card.money.parts == Decimal("450.00")


def test_new_lines_are_agreed_at_the_desk_and_proposed_once_in_the_shop(shop):
    master = shop[Role.MASTER]
    at_desk = shop.order(S.ACCEPTED)
    in_shop = shop.order(S.DIAGNOSIS)
    work = LabourInput("Диагностика ходовой", "0.5", "2000")
    order_lines.add_labour_line(
        shop.db, master, at_desk, work, expected_version=shop.version(at_desk)
    )
    order_lines.add_labour_line(
        shop.db, master, in_shop, work, expected_version=shop.version(in_shop)
    )
    agreed = load_order(shop.db, master, at_desk)
    proposed = load_order(shop.db, master, in_shop)
    assert agreed.labour[-1].approval is LineApproval.AGREED
    assert agreed.money.labour == Decimal("4500.00")
    assert proposed.labour[-1].approval is LineApproval.PROPOSED
    assert proposed.money.labour == Decimal("3500.00")
    assert proposed.money.proposed == Decimal("1000.00")
    assert proposed.pending_proposals == 1


def test_every_bad_field_is_reported_at_once(shop):
    order = shop.order(S.ACCEPTED)
    with pytest.raises(InvalidForm) as problems:
        order_lines.add_labour_line(
            shop.db,
            shop[Role.MASTER],
            order,
            LabourInput(" ", "-1", "abc", warranty_months=500),
            expected_version=shop.version(order),
        )
    assert problems.value.fields == ["name", "norm_hours", "rate", "warranty_months"]


def test_a_price_changed_after_agreement_is_audited_with_who(shop):
    order = shop.order(S.IN_PROGRESS)
    receptionist = shop[Role.RECEPTIONIST]
    card = load_order(shop.db, receptionist, order)
    line = card.labour[0]
    order_lines.update_labour_line(
        shop.db,
        receptionist,
        order,
        line.id,
        LabourInput(line.name, line.norm_hours, "2500", mechanic_id=line.mechanic_id),
        expected_version=card.version,
    )
    with shop.db.transaction() as session:
        entry = session.query(AuditEntry).filter_by(action="price changed").one()
        assert entry.staff_id == receptionist.id
        assert entry.entity_id == order
        assert entry.details["changes"] == {"rate": ["2000.00", "2500.00"]}


def test_only_a_master_assigns_a_mechanic(shop):
    order = shop.order(S.ACCEPTED)
    card = load_order(shop.db, shop[Role.RECEPTIONIST], order)
    line = card.labour[0]
    with pytest.raises(PermissionDenied):
        order_lines.update_labour_line(
            shop.db,
            shop[Role.RECEPTIONIST],
            order,
            line.id,
            LabourInput(line.name, line.norm_hours, line.rate, mechanic_id=shop.mechanic2.id),
            expected_version=card.version,
        )


def test_a_discount_needs_its_reason_and_stays_within_100(shop):
    order = shop.order(S.ACCEPTED)
    with pytest.raises(InvalidForm) as problems:
        order_lines.set_discount(
            shop.db, shop[Role.MANAGER], order, "10", "", expected_version=shop.version(order)
        )
    assert problems.value.fields == ["discount_reason"]
    with pytest.raises(ValidationError):
        order_lines.set_discount(
            shop.db, shop[Role.MANAGER], order, "100.01", "x", expected_version=shop.version(order)
        )


def test_a_done_work_stays_on_the_order(shop):
    order = shop.order(S.IN_PROGRESS, done=True)
    card = load_order(shop.db, shop[Role.MASTER], order)
    with pytest.raises(DomainError, match="already done"):
        order_lines.remove_line(
            shop.db,
            shop[Role.MASTER],
            order,
            labour_id=card.labour[0].id,
            expected_version=card.version,
        )


def test_an_edit_on_a_changed_order_is_refused(shop):
    order = shop.order(S.ACCEPTED)
    seen = shop.version(order)
    order_lines.record_prepayment(
        shop.db, shop[Role.RECEPTIONIST], order, "500", expected_version=seen
    )
    with pytest.raises(StaleEdit):
        order_lines.add_part_line(
            shop.db, shop[Role.MASTER], order, PartInput("Лампа", "1", "90"), expected_version=seen
        )


def test_closed_orders_and_the_workshop_do_not_change_prices(shop):
    closed = shop.order(S.HANDED_OVER)
    with pytest.raises(DomainError, match="is closed"):
        order_lines.record_prepayment(
            shop.db, shop[Role.RECEPTIONIST], closed, "1", expected_version=shop.version(closed)
        )
    order = shop.order(S.ACCEPTED)
    for role in (Role.MECHANIC, Role.PARTS_CLERK, Role.FINANCE):
        with pytest.raises(PermissionDenied):
            order_lines.add_part_line(
                shop.db,
                shop[role],
                order,
                PartInput("Лампа", "1", "90"),
                expected_version=shop.version(order),
            )


def test_above_the_regular_client_rule_only_the_manager_gives_a_discount(shop):
    order = shop.order(S.ACCEPTED)
    desk = shop[Role.RECEPTIONIST]
    with pytest.raises(ValidationError) as refused:
        order_lines.set_discount(
            shop.db, desk, order, "5", "Знакомый", expected_version=shop.version(order)
        )
    assert refused.value.field == "discount_percent"
    order_lines.set_discount(
        shop.db, shop[Role.MANAGER], order, "5", "Знакомый", expected_version=shop.version(order)
    )
    order_lines.set_discount(shop.db, desk, order, "0", "", expected_version=shop.version(order))
    assert load_order(shop.db, desk, order).money.discount == Decimal("0.00")
