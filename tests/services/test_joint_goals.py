"""Jointly set goals: who agrees them, when a fact may be recorded, and the outcome."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desk_app import clock
from desk_app.models import DepartmentKind, Role
from desk_app.services import joint_goals
from desk_app.services.errors import DomainError, PermissionDenied, StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.joint_goals import GoalOutcome, Terms
from tests.factories import make_staff

D = DepartmentKind
TODAY = date(2026, 11, 23)  # FIXED_NOW, a Monday
MOSCOW = ZoneInfo("Europe/Moscow")


@pytest.fixture
def people(any_db):
    names = {
        "manager": (Role.MANAGER, "Смирнова Анна Викторовна"),
        "master": (Role.MASTER, "Соколов Игорь Николаевич"),
        "parts": (Role.PARTS_CLERK, "Козлов Денис Александрович"),
        "finance": (Role.FINANCE, "Орлова Мария Петровна"),
    }
    return {key: make_staff(any_db, role, name=name) for key, (role, name) in names.items()}


def fitters(due_on: date = TODAY + timedelta(days=7), target: str = "3") -> Terms:
    return Terms(title="Обученные слесари", target=target, unit="чел.", due_on=due_on)


def agree(db, actor, terms: Terms | None = None, supplier=D.WORKSHOP, customer=D.PARTS):
    return joint_goals.agree_goal(db, actor, supplier, customer, terms or fitters(), tz=UTC)


def test_a_member_of_either_department_or_the_manager_agrees(any_db, people):
    by_master = agree(any_db, people["master"])
    assert by_master.agreed_by == "Соколов Игорь Николаевич"
    assert by_master.target == Decimal("3.00") and by_master.unit == "чел."
    assert by_master.outcome is GoalOutcome.PENDING and by_master.fact is None
    agree(any_db, people["parts"])
    agree(any_db, people["manager"], supplier=D.FINANCE, customer=D.RECEPTION)
    with pytest.raises(PermissionDenied):
        agree(any_db, people["finance"])


def test_a_goal_needs_a_title_a_positive_target_two_departments_and_a_date_ahead(any_db, people):
    bad = Terms(title=" ", target="0", unit="чел.", due_on=TODAY - timedelta(days=1))
    with pytest.raises(InvalidForm) as caught:
        agree(any_db, people["master"], bad, supplier=D.WORKSHOP, customer=D.WORKSHOP)
    assert caught.value.fields == ["customer", "title", "target", "due_on"]
    with pytest.raises(InvalidForm) as caught:
        agree(any_db, people["master"], fitters(target="-1"))
    assert caught.value.fields == ["target"]
    with pytest.raises(InvalidForm) as caught:  # departments as plain text, as Qt hands them
        agree(any_db, people["master"], fitters(), supplier="workshop", customer="workshop")
    assert caught.value.fields == ["customer"]
    today = agree(any_db, people["master"], fitters(due_on=TODAY, target="0.01"))
    assert today.target == Decimal("0.01")


def test_goals_are_listed_latest_due_first_for_everyone(any_db, people):
    early = agree(any_db, people["master"], fitters(due_on=TODAY + timedelta(days=3)))
    late = agree(any_db, people["master"], fitters(due_on=TODAY + timedelta(days=30)))
    listed = joint_goals.list_goals(any_db, people["finance"], tz=UTC)
    assert [row.id for row in listed] == [late.id, early.id]
    assert [row.may_edit for row in listed] == [False, False]
    assert all(row.may_edit for row in joint_goals.list_goals(any_db, people["parts"], tz=UTC))


def test_a_fact_is_recorded_from_the_due_date_on(any_db, people):
    goal = agree(any_db, people["master"], fitters(due_on=TODAY))
    recorded = joint_goals.record_fact(any_db, people["parts"], goal.id, goal.version, "2", tz=UTC)
    assert recorded.fact == Decimal("2.00") and recorded.outcome is GoalOutcome.MISSED
    assert recorded.fact_recorded_by == "Козлов Денис Александрович"
    assert recorded.fact_recorded_at == clock.now()


def test_before_the_due_date_only_a_met_target_is_recorded(any_db, people):
    goal = agree(any_db, people["master"], fitters(due_on=TODAY + timedelta(days=1)))
    with pytest.raises(ValidationError) as caught:
        joint_goals.record_fact(any_db, people["master"], goal.id, goal.version, "2.99", tz=UTC)
    assert caught.value.field == "fact"
    met = joint_goals.record_fact(any_db, people["master"], goal.id, goal.version, "3", tz=UTC)
    assert met.outcome is GoalOutcome.MET
    with pytest.raises(ValidationError):  # nor corrected downwards before the date
        joint_goals.record_fact(any_db, people["master"], goal.id, met.version, "1", tz=UTC)
    more = joint_goals.record_fact(any_db, people["master"], goal.id, met.version, "4", tz=UTC)
    assert more.fact == Decimal("4.00") and more.outcome is GoalOutcome.MET


def test_only_the_parties_record_a_fact_and_no_negative_one(any_db, people):
    goal = agree(any_db, people["master"], fitters(due_on=TODAY))
    with pytest.raises(PermissionDenied):
        joint_goals.record_fact(any_db, people["finance"], goal.id, goal.version, "3", tz=UTC)
    with pytest.raises(ValidationError):
        joint_goals.record_fact(any_db, people["master"], goal.id, goal.version, "-1", tz=UTC)
    by_manager = joint_goals.record_fact(
        any_db, people["manager"], goal.id, goal.version, "0", tz=UTC
    )
    assert by_manager.outcome is GoalOutcome.MISSED


@pytest.mark.parametrize(
    ("due_in_days", "fact", "outcome"),
    [
        (1, None, GoalOutcome.PENDING),
        (0, None, GoalOutcome.PENDING),  # the due day itself is not over
        (-1, None, GoalOutcome.MISSED),
        (-1, Decimal("3"), GoalOutcome.MET),  # recorded late, still judged by its value
        (0, Decimal("2.99"), GoalOutcome.MISSED),
        (5, Decimal("3"), GoalOutcome.MET),
    ],
)
def test_the_outcome(due_in_days, fact, outcome):
    due = TODAY + timedelta(days=due_in_days)
    assert joint_goals.goal_outcome(Decimal("3"), fact, due, TODAY) is outcome


def test_the_outcome_follows_the_desks_local_date(any_db, people):
    goal = agree(any_db, people["master"], fitters(due_on=TODAY))
    clock.set_source(lambda: datetime(2026, 11, 23, 22, 30, tzinfo=UTC))  # 01:30 in Moscow
    (utc,) = joint_goals.list_goals(any_db, people["master"], tz=UTC)
    (moscow,) = joint_goals.list_goals(any_db, people["master"], tz=MOSCOW)
    assert (utc.outcome, moscow.outcome) == (GoalOutcome.PENDING, GoalOutcome.MISSED)
    assert goal.id == utc.id


def test_terms_are_edited_with_the_version_until_the_fact(any_db, people):
    goal = agree(any_db, people["master"])
    later = fitters(due_on=TODAY + timedelta(days=14), target="4")
    edited = joint_goals.edit_goal(any_db, people["parts"], goal.id, goal.version, later, tz=UTC)
    assert (edited.target, edited.due_on) == (Decimal("4.00"), later.due_on)
    with pytest.raises(StaleEdit):
        joint_goals.edit_goal(any_db, people["master"], goal.id, goal.version, later, tz=UTC)
    with pytest.raises(PermissionDenied):
        joint_goals.edit_goal(any_db, people["finance"], goal.id, edited.version, later, tz=UTC)
    with pytest.raises(InvalidForm) as caught:
        past = fitters(due_on=TODAY - timedelta(days=1))
        joint_goals.edit_goal(any_db, people["master"], goal.id, edited.version, past, tz=UTC)
    assert caught.value.fields == ["due_on"]
    with pytest.raises(StaleEdit):
        joint_goals.record_fact(any_db, people["master"], goal.id, goal.version, "4", tz=UTC)
    met = joint_goals.record_fact(any_db, people["master"], goal.id, edited.version, "4", tz=UTC)
    with pytest.raises(DomainError, match="no longer change"):
        joint_goals.edit_goal(any_db, people["master"], goal.id, met.version, later, tz=UTC)


def test_a_past_due_date_may_stay_when_other_terms_change(any_db, people):
    goal = agree(any_db, people["master"], fitters(due_on=TODAY))
    clock.set_source(lambda: datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    renamed = Terms(title="Слесари с допуском", target="3", unit="чел.", due_on=TODAY)
    edited = joint_goals.edit_goal(any_db, people["master"], goal.id, goal.version, renamed, tz=UTC)
    assert edited.title == "Слесари с допуском" and edited.outcome is GoalOutcome.MISSED
