"""Extra works: proposed by the master, answered by the client through reception only."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from desk_app.models import ApprovalChannel, ClientApproval, LineApproval, Role
from desk_app.models import WorkOrderStatus as S
from desk_app.services import extra_works, order_lines
from desk_app.services.errors import DomainError, PermissionDenied, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.order_card import load_order
from desk_app.services.order_lines import LabourInput, PartInput
from desk_app.services.order_money import order_totals
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


@pytest.fixture
def asked(shop):
    """An order in diagnosis with a proposed work and part, put to the client."""
    master = shop[Role.MASTER]
    order = shop.order(S.DIAGNOSIS)
    work = order_lines.add_labour_line(
        shop.db,
        master,
        order,
        LabourInput("Замена колодок", "1", "2000"),
        expected_version=shop.version(order),
    )
    part = order_lines.add_part_line(
        shop.db,
        master,
        order,
        PartInput("Колодки передние", "1", "3100"),
        expected_version=shop.version(order),
    )
    extra_works.ask_client(shop.db, master, order, expected_version=shop.version(order))
    return order, work, part


def test_asking_moves_the_order_to_wait_for_the_client(shop, asked):
    order, _, _ = asked
    assert shop.status(order) is S.AWAITING_APPROVAL


def test_asking_needs_something_to_ask_about(shop):
    order = shop.order(S.DIAGNOSIS)
    with pytest.raises(DomainError, match="nothing to ask about"):
        extra_works.ask_client(
            shop.db, shop[Role.MASTER], order, expected_version=shop.version(order)
        )


def test_the_answer_is_recorded_line_by_line_and_the_car_goes_back_to_work(
    shop, asked, fixed_clock
):
    order, work, _ = asked
    receptionist = shop[Role.RECEPTIONIST]
    called = fixed_clock - timedelta(minutes=10)
    extra_works.record_client_answer(
        shop.db,
        receptionist,
        order,
        expected_version=shop.version(order),
        answered_by="Петров С. И., владелец",
        channel=ApprovalChannel.PHONE,
        agreed_labour=[work],
        answered_at=called,
    )
    card = load_order(shop.db, receptionist, order)
    assert card.status is S.IN_PROGRESS
    assert card.labour[-1].approval is LineApproval.AGREED
    assert card.parts[-1].approval is LineApproval.DECLINED
    assert card.money.labour == Decimal("5500.00")  # 3,500.00 + the agreed 2,000.00
    assert card.money.parts == Decimal("450.00")  # the declined pads are not charged
    with shop.db.transaction() as session:
        approval = session.query(ClientApproval).one()
        assert (approval.answered_by, approval.channel, approval.answered_at) == (
            "Петров С. И., владелец",
            ApprovalChannel.PHONE,
            called,
        )
        assert approval.recorded_by_id == receptionist.id
        totals = order_totals(session, [order])
    assert totals[order] == card.money.total


def test_only_reception_records_the_answer(shop, asked):
    order, work, _ = asked
    for role in (Role.MASTER, Role.MECHANIC, Role.PARTS_CLERK):
        with pytest.raises(PermissionDenied):
            extra_works.record_client_answer(
                shop.db,
                shop[role],
                order,
                expected_version=shop.version(order),
                answered_by="Владелец",
                channel=ApprovalChannel.PHONE,
                agreed_labour=[work],
            )


def test_an_answer_needs_who_gave_it_and_not_from_the_future(shop, asked, fixed_clock):
    order, _, _ = asked
    with pytest.raises(InvalidForm) as problems:
        extra_works.record_client_answer(
            shop.db,
            shop[Role.RECEPTIONIST],
            order,
            expected_version=shop.version(order),
            answered_by="  ",
            channel=ApprovalChannel.PHONE,
            answered_at=fixed_clock + timedelta(minutes=1),
        )
    assert problems.value.fields == ["answered_by", "answered_at"]


def test_lines_of_another_order_are_refused(shop, asked):
    order, _, _ = asked
    other = shop.order(S.ACCEPTED)
    foreign = load_order(shop.db, shop[Role.MASTER], other).labour[0].id
    with pytest.raises(ValidationError):
        extra_works.record_client_answer(
            shop.db,
            shop[Role.RECEPTIONIST],
            order,
            expected_version=shop.version(order),
            answered_by="Владелец",
            channel=ApprovalChannel.PHONE,
            agreed_labour=[foreign],
        )
