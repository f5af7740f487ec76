"""The status machine: every move from every status, by every role, allowed or refused."""

from __future__ import annotations

import pytest

from desk_app.models import Role, StatusChange, WorkOrder
from desk_app.models import WorkOrderStatus as S
from desk_app.services import order_status
from desk_app.services.errors import (
    DomainError,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from desk_app.services.order_card import load_order
from desk_app.services.order_status import move_order
from tests.workshop_shop import build_workshop

R, M, K, P, F, X = (
    Role.RECEPTIONIST,
    Role.MASTER,
    Role.MECHANIC,
    Role.PARTS_CLERK,
    Role.FINANCE,
    Role.MANAGER,
)

DIRECT: dict[tuple[S, S], set[Role]] = {
    (S.ACCEPTED, S.DIAGNOSIS): {M, X},
    (S.ACCEPTED, S.AWAITING_PARTS): {M, X},
    (S.ACCEPTED, S.IN_PROGRESS): {M, X},
    (S.DIAGNOSIS, S.AWAITING_PARTS): {M, X},
    (S.DIAGNOSIS, S.IN_PROGRESS): {M, X},
    (S.AWAITING_APPROVAL, S.AWAITING_PARTS): {R, M, X},
    (S.AWAITING_APPROVAL, S.IN_PROGRESS): {R, M, X},
    (S.AWAITING_PARTS, S.IN_PROGRESS): {M, X},
    (S.IN_PROGRESS, S.AWAITING_PARTS): {M, X},
    (S.IN_PROGRESS, S.QUALITY_CHECK): {M, K, X},
    (S.READY, S.IN_PROGRESS): {M, X},
    (S.READY, S.HANDED_OVER): {R, X},
    **{(s, S.CANCELLED): {R, M, X} for s in S if s.is_open},
}
"""The moves a plain "move" makes, and who may make them."""

ROUTED: set[tuple[S, S]] = {
    (S.DIAGNOSIS, S.AWAITING_APPROVAL),
    (S.IN_PROGRESS, S.AWAITING_APPROVAL),
    (S.AWAITING_PARTS, S.AWAITING_APPROVAL),
    (S.QUALITY_CHECK, S.READY),
    (S.QUALITY_CHECK, S.IN_PROGRESS),
}
"""Moves that exist but are made by their own use case (extra works, quality check)."""


@pytest.fixture
def shop(db):
    return build_workshop(db)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("source", list(S))
def test_every_move_from_every_status_by_every_role(shop, source, role):
    actor = shop[role]
    for target in S:
        order = shop.order(source, done=True)
        version = shop.version(order)
        allowed = role in DIRECT.get((source, target), set())
        try:
            move_order(shop.db, actor, order, target, expected_version=version, comment="Причина")
        except PermissionDenied:
            assert not allowed, f"{role} refused {source} → {target}"
            assert (source, target) in DIRECT or (source, target) in ROUTED
        except DomainError as refusal:
            assert not allowed, f"{role} refused {source} → {target}: {refusal.message}"
        else:
            assert allowed, f"{role} made {source} → {target}"
            assert shop.status(order) is target
            continue
        assert shop.status(order) is source


def test_a_move_is_recorded_with_who_when_and_why(shop, fixed_clock):
    order = shop.order(S.ACCEPTED)
    master = shop[M]
    move_order(
        shop.db, master, order, S.DIAGNOSIS, expected_version=shop.version(order), comment="Стук"
    )
    with shop.db.transaction() as session:
        change = session.query(StatusChange).filter_by(work_order_id=order).all()[-1]
        assert (change.from_status, change.to_status) == (S.ACCEPTED, S.DIAGNOSIS)
        assert (change.changed_by_id, change.changed_at, change.comment) == (
            master.id,
            fixed_clock,
            "Стук",
        )


def test_a_forbidden_move_says_why(shop):
    order = shop.order(S.ACCEPTED)
    with pytest.raises(DomainError) as refusal:
        move_order(shop.db, shop[X], order, S.READY, expected_version=shop.version(order))
    assert refusal.value.params == {"source": S.ACCEPTED, "target": S.READY}
    assert "cannot go to" in refusal.value.message


def test_quality_check_only_when_every_work_is_done(shop):
    order = shop.order(S.IN_PROGRESS, done=False)
    with pytest.raises(DomainError, match="2 of the works"):
        move_order(shop.db, shop[K], order, S.QUALITY_CHECK, expected_version=shop.version(order))


def test_a_mechanic_sends_only_his_own_cars(shop):
    order = shop.order(S.IN_PROGRESS, done=True, mechanic=shop.mechanic2)
    with pytest.raises(DomainError, match="Only a mechanic working on order"):
        move_order(shop.db, shop[K], order, S.QUALITY_CHECK, expected_version=shop.version(order))
    move_order(
        shop.db, shop.mechanic2, order, S.QUALITY_CHECK, expected_version=shop.version(order)
    )
    assert shop.status(order) is S.QUALITY_CHECK


def test_proposed_works_keep_the_order_waiting_for_the_client(shop):
    order = shop.order(S.AWAITING_APPROVAL, proposed=True)
    with pytest.raises(DomainError, match="has not answered on 1 proposed"):
        move_order(shop.db, shop[M], order, S.IN_PROGRESS, expected_version=shop.version(order))
    move_order(
        shop.db, shop[R], order, S.CANCELLED, expected_version=shop.version(order), comment="Отказ"
    )
    assert shop.status(order) is S.CANCELLED


@pytest.mark.parametrize(
    ("source", "target"), [(S.IN_PROGRESS, S.CANCELLED), (S.READY, S.IN_PROGRESS)]
)
def test_moves_that_need_a_reason_refuse_without_one(shop, source, target):
    order = shop.order(source)
    with pytest.raises(ValidationError) as missing:
        move_order(shop.db, shop[X], order, target, expected_version=shop.version(order))
    assert missing.value.field == "comment"
    assert shop.status(order) is source


def test_cancelling_keeps_the_reason_and_closes_the_order(shop, fixed_clock):
    order = shop.order(S.DIAGNOSIS)
    move_order(
        shop.db, shop[R], order, S.CANCELLED, expected_version=shop.version(order), comment="Продал"
    )
    with shop.db.transaction() as session:
        row = session.get(WorkOrder, order)
        assert (row.cancel_reason, row.closed_at) == ("Продал", fixed_clock)


def test_a_closed_order_does_not_move(shop):
    order = shop.order(S.HANDED_OVER)
    with pytest.raises(DomainError, match="is closed"):
        move_order(shop.db, shop[X], order, S.IN_PROGRESS, expected_version=shop.version(order))


def test_two_desks_cannot_both_hand_over_one_car(shop):
    order = shop.order(S.READY)
    seen = shop.version(order)
    move_order(shop.db, shop[R], order, S.HANDED_OVER, expected_version=seen)
    with pytest.raises(StaleEdit):
        move_order(shop.db, shop[X], order, S.HANDED_OVER, expected_version=seen)
    with shop.db.transaction() as session:
        moves = session.query(StatusChange).filter_by(to_status=S.HANDED_OVER).count()
    assert moves == 1


def test_direct_moves_offer_only_what_the_person_may_do(shop):
    assert order_status.direct_moves(shop[R], S.READY) == [S.HANDED_OVER, S.CANCELLED]
    assert order_status.direct_moves(shop[K], S.IN_PROGRESS) == [S.QUALITY_CHECK]
    assert order_status.direct_moves(shop[P], S.IN_PROGRESS) == []
    assert S.READY not in order_status.direct_moves(shop[X], S.QUALITY_CHECK)


def test_the_table_matches_the_trade():
    """Every move of the machine is listed above, and nothing else."""
    assert set(order_status.MOVES) == set(DIRECT) | ROUTED


def test_while_the_client_is_asked_only_his_answer_or_a_cancel_moves_the_order(shop):
    asked = shop.order(S.AWAITING_APPROVAL, proposed=True)
    answered = shop.order(S.AWAITING_APPROVAL)
    assert load_order(shop.db, shop[R], asked).moves == (S.CANCELLED,)
    assert load_order(shop.db, shop[R], answered).moves == (
        S.AWAITING_PARTS,
        S.IN_PROGRESS,
        S.CANCELLED,
    )
    assert load_order(shop.db, shop[R], shop.order(S.HANDED_OVER)).moves == ()
