"""The status machine of a work order: which moves exist, who may make each, and on what
condition (DOMAIN.md, step 4).

    accepted → diagnosis → awaiting approval → awaiting parts ⇄ in progress → quality check
    → ready → handed over; quality check → in progress (rework); any open → cancelled.

Every move is written as a ``StatusChange`` (who, when, comment) in the same transaction as
the move. The moves into "awaiting approval" and out of "quality check" are made by their
own use cases (``extra_works``, ``quality_check``), which record what the move stands on;
``move_order`` refuses them with a message that points there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import LabourLine, LineApproval, PartLine, StatusChange, WorkOrder
from desk_app.models import WorkOrderStatus as S
from desk_app.services.errors import DomainError, PermissionDenied, ValidationError
from desk_app.services.form_fields import column_length, free_text, row_to_edit
from desk_app.services.order_touch import WHAT, touch
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database


class Route(StrEnum):
    """A move made by its own use case, because it stands on a record of its own."""

    EXTRA_WORKS = "extra works"
    QUALITY_CHECK = "quality check"


ROUTE_REFUSALS = {
    Route.EXTRA_WORKS: "An order waits for the client's approval only with proposed extra "
    "works: propose them, and the order moves by itself.",
    Route.QUALITY_CHECK: "Only the quality check moves a car out of the check: pass it or "
    "fail it with the reason.",
}


@dataclass(frozen=True)
class MoveRule:
    actions: frozenset[Action]
    """Any one of these lets a person make the move."""
    via: Route | None = None
    """The use case that makes this move, if ``move_order`` may not."""
    needs_comment: str = ""
    """The message for a missing comment, when the move must say why."""


_PLAN = frozenset({Action.PLAN_WORKSHOP})
_BACK_TO_WORK = "Say why the car goes back to work."

MOVES: dict[tuple[S, S], MoveRule] = {
    (S.ACCEPTED, S.DIAGNOSIS): MoveRule(_PLAN),
    (S.ACCEPTED, S.IN_PROGRESS): MoveRule(_PLAN),
    (S.ACCEPTED, S.AWAITING_PARTS): MoveRule(_PLAN),
    (S.DIAGNOSIS, S.IN_PROGRESS): MoveRule(_PLAN),
    (S.DIAGNOSIS, S.AWAITING_PARTS): MoveRule(_PLAN),
    (S.DIAGNOSIS, S.AWAITING_APPROVAL): MoveRule(
        frozenset({Action.PROPOSE_EXTRA_WORKS}), via=Route.EXTRA_WORKS
    ),
    (S.AWAITING_APPROVAL, S.AWAITING_PARTS): MoveRule(
        frozenset({Action.PLAN_WORKSHOP, Action.RECORD_CLIENT_APPROVAL})
    ),
    (S.AWAITING_APPROVAL, S.IN_PROGRESS): MoveRule(
        frozenset({Action.PLAN_WORKSHOP, Action.RECORD_CLIENT_APPROVAL})
    ),
    (S.AWAITING_PARTS, S.IN_PROGRESS): MoveRule(_PLAN),
    (S.AWAITING_PARTS, S.AWAITING_APPROVAL): MoveRule(
        frozenset({Action.PROPOSE_EXTRA_WORKS}), via=Route.EXTRA_WORKS
    ),
    (S.IN_PROGRESS, S.AWAITING_PARTS): MoveRule(_PLAN),
    (S.IN_PROGRESS, S.AWAITING_APPROVAL): MoveRule(
        frozenset({Action.PROPOSE_EXTRA_WORKS}), via=Route.EXTRA_WORKS
    ),
    (S.IN_PROGRESS, S.QUALITY_CHECK): MoveRule(frozenset({Action.SEND_TO_QUALITY_CHECK})),
    (S.QUALITY_CHECK, S.READY): MoveRule(
        frozenset({Action.QUALITY_CHECK}), via=Route.QUALITY_CHECK
    ),
    (S.QUALITY_CHECK, S.IN_PROGRESS): MoveRule(
        frozenset({Action.QUALITY_CHECK}), via=Route.QUALITY_CHECK
    ),
    (S.READY, S.IN_PROGRESS): MoveRule(_PLAN, needs_comment=_BACK_TO_WORK),
    (S.READY, S.HANDED_OVER): MoveRule(frozenset({Action.HAND_OVER})),
    **{
        (status, S.CANCELLED): MoveRule(
            frozenset({Action.CANCEL_WORK_ORDER}),
            needs_comment="Say why the order is cancelled.",
        )
        for status in S
        if status.is_open
    },
}

COMMENT_LIMIT = 2000


def targets(source: S) -> list[S]:
    """Every status an order in ``source`` can move to, in workflow order."""
    return [target for target in S if (source, target) in MOVES]


def direct_moves(actor: Actor, source: S) -> list[S]:
    """The moves this person can make from ``source`` with a plain "move" (no form behind)."""
    return [
        target
        for target in targets(source)
        if not MOVES[source, target].via and _allowed(actor, MOVES[source, target])
    ]


def moves_now(actor: Actor, order: WorkOrder) -> list[S]:
    """The plain moves to offer on this order now: while the client's answer is awaited,
    the only way on is to record it (or to cancel), so the other moves are not offered."""
    if not order.status.is_open:
        return []
    moves = direct_moves(actor, order.status)
    if order.status is S.AWAITING_APPROVAL and pending_proposals(order):
        moves = [target for target in moves if target is S.CANCELLED]
    return moves


def _allowed(actor: Actor, rule: MoveRule) -> bool:
    return any(actor.can(action) for action in rule.actions)


def move_order(
    db: Database,
    actor: Actor,
    order_id: int,
    target: S,
    *,
    expected_version: int,
    comment: str = "",
) -> None:
    """Move the order to ``target`` if the rules allow it, recording who, when and why."""
    with db.transaction() as session:
        order = row_to_edit(session, WorkOrder, order_id, expected_version, WHAT)
        rule = check_move(order, actor, target)
        if rule.via:
            raise DomainError(ROUTE_REFUSALS[rule.via])
        apply_move(session, order, actor, target, comment, rule)


def check_move(order: WorkOrder, actor: Actor, target: S) -> MoveRule:
    """The rule of this move if it exists and the person may make it; raise why not."""
    source = order.status
    if not source.is_open:
        raise DomainError(
            "Order {number} is closed ({status}); a closed order does not move.",
            number=order.number,
            status=source,
        )
    rule = MOVES.get((source, target))
    if rule is None:
        raise DomainError(
            "An order in “{source}” cannot go to “{target}”.", source=source, target=target
        )
    if not _allowed(actor, rule):
        raise PermissionDenied(action=sorted(rule.actions)[0].value)
    _check_conditions(order, actor, target)
    return rule


def _check_conditions(order: WorkOrder, actor: Actor, target: S) -> None:
    if target is S.QUALITY_CHECK:
        if not actor.can(Action.PLAN_WORKSHOP) and not any(
            line.mechanic_id == actor.id for line in order.labour_lines
        ):
            raise DomainError(
                "Only a mechanic working on order {number} can send it to the quality check.",
                number=order.number,
            )
        left = [
            line
            for line in order.labour_lines
            if line.approval is LineApproval.AGREED and line.done_at is None
        ]
        if left:
            raise DomainError(
                "{count} of the works on order {number} are not marked done yet.",
                count=len(left),
                number=order.number,
            )
    if order.status is S.AWAITING_APPROVAL and target is not S.CANCELLED:
        waiting = pending_proposals(order)
        if waiting:
            raise DomainError(
                "The client has not answered on {count} proposed works yet: "
                "reception records his answer first.",
                count=waiting,
            )


def pending_proposals(order: WorkOrder) -> int:
    """How many proposed lines still wait for the client's answer."""
    lines: list[LabourLine | PartLine] = [*order.labour_lines, *order.part_lines]
    return sum(line.approval is LineApproval.PROPOSED for line in lines)


def apply_move(
    session: Session,
    order: WorkOrder,
    actor: Actor,
    target: S,
    comment: str,
    rule: MoveRule | None = None,
) -> None:
    """Make a checked move: the order's status, its closing time and the history line."""
    rule = rule or MOVES[order.status, target]
    limit = COMMENT_LIMIT if target is not S.CANCELLED else column_length(WorkOrder.cancel_reason)
    text = free_text("comment", comment, limit, required=rule.needs_comment or None)
    if rule.needs_comment and not text:
        raise ValidationError("comment", rule.needs_comment)
    now = clock.now()
    session.add(
        StatusChange(
            work_order=order,
            from_status=order.status,
            to_status=target,
            changed_at=now,
            changed_by_id=actor.id,
            comment=text,
        )
    )
    order.status = target
    if target is S.CANCELLED:
        order.cancel_reason = text
    if not target.is_open:
        order.closed_at = now
    touch(session, order)
