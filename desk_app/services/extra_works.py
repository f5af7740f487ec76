"""Extra works found in the shop and the client's answer to them (DOMAIN.md, step 4).

The master proposes (the lines are added as proposed by ``order_lines``) and asks; the order
waits for the client. Only reception talks to the client: it records who answered, how
and when, line by line; agreed lines enter the order and its money, declined ones stay
on record uncharged, and the car goes back to work.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from desk_app import clock
from desk_app.models import (
    ApprovalChannel,
    ClientApproval,
    LabourLine,
    LineApproval,
    PartLine,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import audit
from desk_app.services.errors import DomainError, ValidationError
from desk_app.services.form_fields import Collector, column_length, free_text, one_line, row_to_edit
from desk_app.services.order_status import apply_move, check_move, pending_proposals
from desk_app.services.order_touch import WHAT, touch
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database


def ask_client(
    db: Database, actor: Actor, order_id: int, *, expected_version: int, comment: str = ""
) -> None:
    """Put the proposed lines before the client: the order waits for his approval."""
    actor.require(Action.PROPOSE_EXTRA_WORKS)
    with db.transaction() as session:
        order = row_to_edit(session, WorkOrder, order_id, expected_version, WHAT)
        if not pending_proposals(order):
            raise DomainError(
                "Add the extra works to order {number} first: there is nothing to ask about.",
                number=order.number,
            )
        rule = check_move(order, actor, WorkOrderStatus.AWAITING_APPROVAL)
        apply_move(session, order, actor, WorkOrderStatus.AWAITING_APPROVAL, comment, rule)


def record_client_answer(
    db: Database,
    actor: Actor,
    order_id: int,
    *,
    expected_version: int,
    answered_by: str,
    channel: ApprovalChannel,
    agreed_labour: Collection[int] = (),
    agreed_parts: Collection[int] = (),
    answered_at: datetime | None = None,
    comment: str = "",
) -> int:
    """The client's answer to every proposed line: those listed are agreed, the rest declined.

    If the order was waiting for this answer, the car goes back to work.
    """
    actor.require(Action.RECORD_CLIENT_APPROVAL)
    now = clock.now()
    problems = Collector()
    who = note = ""
    with problems.check():
        who = one_line(
            "answered_by",
            answered_by,
            column_length(ClientApproval.answered_by),
            required="Write who answered for the client.",
        )
    with problems.check():
        note = free_text("comment", comment, 2000)
    when = answered_at or now
    if when > now:
        problems.add("answered_at", "The answer cannot come from the future.")
    problems.raise_if_any()
    with db.transaction() as session:
        order = row_to_edit(session, WorkOrder, order_id, expected_version, WHAT)
        lines: list[LabourLine | PartLine] = [*order.labour_lines, *order.part_lines]
        proposed = [line for line in lines if line.approval is LineApproval.PROPOSED]
        if not proposed:
            raise DomainError(
                "Order {number} has no proposed works waiting for an answer.",
                number=order.number,
            )
        known_labour = {line.id for line in order.labour_lines}
        known_parts = {line.id for line in order.part_lines}
        if not set(agreed_labour) <= known_labour or not set(agreed_parts) <= known_parts:
            raise ValidationError("lines", "Some of the chosen lines are not on this order.")
        approval = ClientApproval(
            work_order_id=order.id,
            recorded_by_id=actor.id,
            recorded_at=now,
            answered_by=who,
            channel=channel,
            answered_at=when,
            comment=note,
        )
        session.add(approval)
        session.flush()
        agreed = {("labour", i) for i in agreed_labour} | {("part", i) for i in agreed_parts}
        for line in proposed:
            key = ("labour" if line in order.labour_lines else "part", line.id)
            line.approval = LineApproval.AGREED if key in agreed else LineApproval.DECLINED
            line.approval_id = approval.id
        audit.record(
            session,
            actor,
            "work_order",
            order.id,
            "client answered",
            agreed=sum(line.approval is LineApproval.AGREED for line in proposed),
            declined=sum(line.approval is LineApproval.DECLINED for line in proposed),
        )
        if order.status is WorkOrderStatus.AWAITING_APPROVAL:
            rule = check_move(order, actor, WorkOrderStatus.IN_PROGRESS)
            apply_move(session, order, actor, WorkOrderStatus.IN_PROGRESS, note, rule)
        else:
            touch(session, order)
        return approval.id
