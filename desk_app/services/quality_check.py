"""The master's quality check before a car is ready (a mechanic's customer is the
quality controller, DOMAIN.md).

The checklist of an order is the shop's standard points plus one point per work done.
Passing needs every point ticked and makes the car ready (reception is to call the
client); failing needs the reason, sends the car back to work and reopens the works whose
points failed, so the mechanic sees them again on his list.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app import clock
from desk_app.models import LineApproval, QualityCheck, WorkOrder, WorkOrderStatus
from desk_app.services.errors import DomainError, ValidationError
from desk_app.services.form_fields import free_text, row_to_edit
from desk_app.services.order_status import apply_move, check_move
from desk_app.services.order_touch import WHAT
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

STANDARD_POINTS: tuple[tuple[str, str], ...] = (
    ("road_test", "Road test done, no noises or pulling"),
    ("no_leaks", "No leaks under the car"),
    ("wheels", "Wheel nuts tightened to torque"),
    ("warnings", "No warning lights on the dashboard"),
    ("clean", "Seats, wheel and floor clean; covers removed"),
    ("old_parts", "Replaced parts packed for the client"),
)
"""(key, English text) of the points every car is checked on; the UI translates by key."""


@dataclass(frozen=True)
class CheckPoint:
    key: str
    """A standard point's key, or ``work:<labour line id>`` for a work's own point."""
    text: str
    """English for the standard points (translated by key in the UI); a work's name."""


def checklist(db: Database, actor: Actor, order_id: int) -> list[CheckPoint]:
    actor.require(Action.QUALITY_CHECK)
    with db.transaction() as session:
        order = session.get(WorkOrder, order_id)
        if order is None:
            return []
        works = [
            CheckPoint(f"work:{line.id}", line.name)
            for line in order.labour_lines
            if line.approval is LineApproval.AGREED
        ]
    return [CheckPoint(key, text) for key, text in STANDARD_POINTS] + works


def pass_check(
    db: Database,
    actor: Actor,
    order_id: int,
    *,
    expected_version: int,
    points: dict[str, tuple[str, bool]],
    comment: str = "",
) -> None:
    """Every point ticked: the car is ready. ``points`` maps a key to (shown text, ok)."""
    failed = [key for key, (_, ok) in points.items() if not ok]
    if failed or not points:
        raise ValidationError("points", "Tick every point to pass, or fail the check and say why.")
    _record(db, actor, order_id, expected_version, points, comment, passed=True)


def fail_check(
    db: Database,
    actor: Actor,
    order_id: int,
    *,
    expected_version: int,
    points: dict[str, tuple[str, bool]],
    reason: str,
) -> None:
    """The car goes back to work with the reason; works whose points failed are reopened."""
    text = free_text("reason", reason, 2000, required="Say what is wrong, for the mechanic.")
    _record(db, actor, order_id, expected_version, points, text, passed=False)


def _record(
    db: Database,
    actor: Actor,
    order_id: int,
    expected_version: int,
    points: dict[str, tuple[str, bool]],
    comment: str,
    *,
    passed: bool,
) -> None:
    actor.require(Action.QUALITY_CHECK)
    with db.transaction() as session:
        order = row_to_edit(session, WorkOrder, order_id, expected_version, WHAT)
        if order.status is not WorkOrderStatus.QUALITY_CHECK:
            raise DomainError(
                "Order {number} is not waiting for the quality check.", number=order.number
            )
        target = WorkOrderStatus.READY if passed else WorkOrderStatus.IN_PROGRESS
        rule = check_move(order, actor, target)
        session.add(
            QualityCheck(
                work_order_id=order.id,
                checked_by_id=actor.id,
                checked_at=clock.now(),
                passed=passed,
                reason=comment,
                items=[{"name": text, "ok": ok} for text, ok in points.values()],
            )
        )
        if not passed:
            reopen = {key for key, (_, ok) in points.items() if not ok}
            for line in order.labour_lines:
                if f"work:{line.id}" in reopen:
                    line.done_at = None
        apply_move(session, order, actor, target, comment, rule)
