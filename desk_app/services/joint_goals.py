"""Jointly set goals (DOMAIN.md, seed 003): a target two departments agree in advance,
a quantity by a date ("3 trained fitters by 1 March"), judged by the fact, not by a boss.

Who: the manager, or a member of either of the two departments, agrees a goal, edits its
terms and records its fact. Everyone may read the goals: they are the shop's promises.

When a fact may be recorded: on or after the due date; earlier only if it already meets
the target (the supplier may report success early, never failure). The fact is what
stood on the due date, whenever it is typed in; it may be corrected by the same rule.
Once a fact is recorded the terms (target, unit, due date) no longer change.

The outcome, on the desk's local date:
- met: a fact at or above the target;
- missed: a fact below the target, or no fact after the due date has passed (a fact
  recorded later still turns it into met or missed by its value);
- pending: no fact, and the due date has not passed (the due day itself still counts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk_app import clock
from desk_app.models import DepartmentKind, JointGoal, Staff
from desk_app.services import audit
from desk_app.services.errors import DomainError, PermissionDenied, ValidationError
from desk_app.services.form_fields import (
    Collector,
    column_length,
    flush_versioned,
    free_text,
    one_line,
    quantity,
    row_to_edit,
)
from desk_app.services.permissions import Action, Actor
from desk_app.services.service_due import desk_zone
from desk_app.services.survey import member_department
from desk_app.store.database import Database

MAX_QUANTITY = Decimal("9999999999.99")
"""The largest value the NUMERIC(12, 2) columns hold."""
MAX_COMMENT = 2000
AGREE_ACTION = "agree or judge a goal of departments other than your own"
"""What ``PermissionDenied`` names when a person outside both departments tries."""


class GoalOutcome(StrEnum):
    PENDING = "pending"
    MET = "met"
    MISSED = "missed"


@dataclass(frozen=True)
class GoalRow:
    id: int
    title: str
    supplier: DepartmentKind
    customer: DepartmentKind
    target: Decimal
    unit: str
    due_on: date
    agreed_at: datetime
    agreed_by: str
    fact: Decimal | None
    fact_recorded_at: datetime | None
    fact_recorded_by: str | None
    comment: str
    outcome: GoalOutcome
    may_edit: bool
    """Whether the person who asked may edit the goal and record its fact."""
    version: int


def goal_outcome(target: Decimal, fact: Decimal | None, due_on: date, today: date) -> GoalOutcome:
    """Met, missed or pending, as the module's docstring says."""
    if fact is not None:
        return GoalOutcome.MET if fact >= target else GoalOutcome.MISSED
    return GoalOutcome.MISSED if today > due_on else GoalOutcome.PENDING


def _today(tz: tzinfo | None) -> date:
    return clock.now().astimezone(desk_zone(tz)).date()


def _may_edit(
    session: Session, actor: Actor, supplier: DepartmentKind, customer: DepartmentKind
) -> bool:
    if actor.can(Action.MANAGE_SETTINGS):
        return True
    return member_department(session, actor) in (supplier, customer)


def _require_party(
    session: Session, actor: Actor, supplier: DepartmentKind, customer: DepartmentKind
) -> None:
    if not _may_edit(session, actor, supplier, customer):
        raise PermissionDenied(action=AGREE_ACTION)


_AgreedBy = aliased(Staff, name="agreed_by")
_RecordedBy = aliased(Staff, name="recorded_by")


def list_goals(db: Database, actor: Actor, *, tz: tzinfo | None = None) -> list[GoalRow]:
    """Every goal with its outcome, the latest due date first."""
    today = _today(tz)
    query = (
        select(JointGoal, _AgreedBy.full_name, _RecordedBy.full_name)
        .join(_AgreedBy, JointGoal.agreed_by_id == _AgreedBy.id)
        .outerjoin(_RecordedBy, JointGoal.fact_recorded_by_id == _RecordedBy.id)
        .order_by(JointGoal.due_on.desc(), JointGoal.id.desc())
    )
    with db.transaction() as session:
        manager = actor.can(Action.MANAGE_SETTINGS)
        own = None if manager else member_department(session, actor)
        return [
            _row(
                goal,
                agreed_by,
                recorded_by,
                today,
                manager or own in (goal.supplier, goal.customer),
            )
            for goal, agreed_by, recorded_by in session.execute(query)
        ]


def _row(
    goal: JointGoal, agreed_by: str, recorded_by: str | None, today: date, may_edit: bool
) -> GoalRow:
    return GoalRow(
        id=goal.id,
        title=goal.title,
        supplier=goal.supplier,
        customer=goal.customer,
        target=goal.target,
        unit=goal.unit,
        due_on=goal.due_on,
        agreed_at=goal.agreed_at,
        agreed_by=agreed_by,
        fact=goal.fact,
        fact_recorded_at=goal.fact_recorded_at,
        fact_recorded_by=recorded_by,
        comment=goal.comment,
        outcome=goal_outcome(goal.target, goal.fact, goal.due_on, today),
        may_edit=may_edit,
        version=goal.version,
    )


def _load_row(session: Session, goal: JointGoal, today: date) -> GoalRow:
    """The row of a goal just saved by a party to it."""
    agreed_by = session.get(Staff, goal.agreed_by_id)
    recorded_by = session.get(Staff, goal.fact_recorded_by_id) if goal.fact_recorded_by_id else None
    assert agreed_by is not None
    return _row(
        goal, agreed_by.full_name, recorded_by.full_name if recorded_by else None, today, True
    )


@dataclass(frozen=True)
class Terms:
    """What two departments agree on, as typed in the goal's form."""

    title: str
    target: Decimal | int | str
    unit: str
    due_on: date
    comment: str = ""


def _checked(problems: Collector, terms: Terms) -> Terms:
    """The terms cleaned; problems go to ``problems`` (the caller raises them)."""
    checks: dict[str, Callable[[], Any]] = {
        "title": lambda: one_line(
            "title",
            terms.title,
            column_length(JointGoal.title),
            required="Say what is to be achieved, e.g. “trained fitters”.",
        ),
        "target": lambda: quantity(
            "target", terms.target, places=2, maximum=MAX_QUANTITY, allow_zero=False
        ),
        "unit": lambda: one_line("unit", terms.unit, column_length(JointGoal.unit)),
        "comment": lambda: free_text("comment", terms.comment, MAX_COMMENT),
    }
    values: dict[str, Any] = {"due_on": terms.due_on}
    for field, check in checks.items():
        with problems.check():
            values[field] = check()
    return Terms(**values) if not problems.errors else terms


def _check_due(problems: Collector, due_on: date, today: date) -> None:
    if due_on < today:
        problems.add("due_on", "A goal is agreed in advance: choose today or a later date.")


def agree_goal(
    db: Database,
    actor: Actor,
    supplier: DepartmentKind,
    customer: DepartmentKind,
    terms: Terms,
    *,
    tz: tzinfo | None = None,
) -> GoalRow:
    """Record a goal that ``supplier`` promised ``customer``."""
    today = _today(tz)
    supplier, customer = DepartmentKind(supplier), DepartmentKind(customer)
    problems = Collector()
    if supplier is customer:
        problems.add("customer", "A goal is agreed between two different departments.")
    clean = _checked(problems, terms)
    _check_due(problems, terms.due_on, today)
    with db.transaction() as session:
        _require_party(session, actor, supplier, customer)
        problems.raise_if_any()
        goal = JointGoal(
            title=clean.title,
            supplier=supplier,
            customer=customer,
            target=Decimal(clean.target),
            unit=clean.unit,
            due_on=clean.due_on,
            agreed_at=clock.now(),
            agreed_by_id=actor.id,
            comment=clean.comment,
        )
        session.add(goal)
        session.flush()
        audit.record(session, actor, "joint_goal", goal.id, "agree", title=goal.title)
        return _load_row(session, goal, today)


def edit_goal(
    db: Database,
    actor: Actor,
    goal_id: int,
    expected_version: int,
    terms: Terms,
    *,
    tz: tzinfo | None = None,
) -> GoalRow:
    """Change a goal's terms until its fact is recorded; a new due date is never past."""
    today = _today(tz)
    problems = Collector()
    clean = _checked(problems, terms)
    with db.transaction() as session:
        goal = row_to_edit(session, JointGoal, goal_id, expected_version, "goal")
        _require_party(session, actor, goal.supplier, goal.customer)
        if goal.fact is not None:
            raise DomainError("The fact of this goal is recorded: its terms no longer change.")
        if terms.due_on != goal.due_on:
            _check_due(problems, terms.due_on, today)
        problems.raise_if_any()
        goal.title, goal.target, goal.unit = clean.title, Decimal(clean.target), clean.unit
        goal.due_on, goal.comment = clean.due_on, clean.comment
        flush_versioned(session, "goal")
        audit.record(session, actor, "joint_goal", goal.id, "edit", title=goal.title)
        return _load_row(session, goal, today)


def record_fact(
    db: Database,
    actor: Actor,
    goal_id: int,
    expected_version: int,
    fact: Decimal | int | str,
    *,
    tz: tzinfo | None = None,
) -> GoalRow:
    """Record (or correct) what was achieved; before the due date only a met target."""
    today = _today(tz)
    value = quantity("fact", fact, places=2, maximum=MAX_QUANTITY)
    with db.transaction() as session:
        goal = row_to_edit(session, JointGoal, goal_id, expected_version, "goal")
        _require_party(session, actor, goal.supplier, goal.customer)
        if today < goal.due_on and value < goal.target:
            raise ValidationError(
                "fact",
                "The goal is due on {due}: before then only a fact that meets the target "
                "({target}) can be recorded.",
                due=goal.due_on,
                target=goal.target,
            )
        goal.fact = value
        goal.fact_recorded_at = clock.now()
        goal.fact_recorded_by_id = actor.id
        flush_versioned(session, "goal")
        audit.record(session, actor, "joint_goal", goal.id, "fact", fact=str(value))
        return _load_row(session, goal, today)
