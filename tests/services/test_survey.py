"""The survey of internal service: rounds, anonymous ratings and the three weakest criteria."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, inspect, select

from desk_app.models import (
    DepartmentKind,
    Role,
    Staff,
    SurveyCriterion,
    SurveyParticipation,
    SurveyScore,
)
from desk_app.services import survey
from desk_app.services.errors import (
    DomainError,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from desk_app.services.form_fields import InvalidForm
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from tests.factories import make_staff

C = SurveyCriterion
D = DepartmentKind


def all_scores(score: int = 4, **changed: int) -> dict[SurveyCriterion, int]:
    scores = dict.fromkeys(SurveyCriterion, score)
    scores.update({SurveyCriterion(name): value for name, value in changed.items()})
    return scores


@pytest.fixture
def people(any_db: Database) -> dict[str, Actor]:
    names = {
        "manager": (Role.MANAGER, "Смирнова Анна Викторовна"),
        "reception": (Role.RECEPTIONIST, "Петров Олег Игоревич"),
        "reception2": (Role.RECEPTIONIST, "Волкова Екатерина Сергеевна"),
        "reception3": (Role.RECEPTIONIST, "Зайцев Артём Павлович"),
        "parts": (Role.PARTS_CLERK, "Козлов Денис Александрович"),
        "finance": (Role.FINANCE, "Орлова Мария Петровна"),
        "master": (Role.MASTER, "Соколов Игорь Николаевич"),
    }
    return {key: make_staff(any_db, role, name=name) for key, (role, name) in names.items()}


@pytest.fixture
def round_id(any_db: Database, people: dict[str, Actor]) -> int:
    return survey.open_round(any_db, people["manager"], "Осень 2026").id


def close(db: Database, people: dict[str, Actor], round_id: int) -> None:
    current = survey.survey_form(db, people["manager"]).round
    assert current is not None and current.id == round_id
    survey.close_round(db, people["manager"], round_id, current.version)


# --- rounds -------------------------------------------------------------------------------


def test_only_the_manager_opens_a_round(any_db, people):
    with pytest.raises(PermissionDenied):
        survey.open_round(any_db, people["reception"], "Осень 2026")
    opened = survey.open_round(any_db, people["manager"], "  Осень   2026 ")
    assert opened.title == "Осень 2026" and opened.is_open


def test_a_round_needs_a_title(any_db, people):
    with pytest.raises(ValidationError) as caught:
        survey.open_round(any_db, people["manager"], "   ")
    assert caught.value.field == "title"


def test_only_one_round_is_open_at_a_time(any_db, people, round_id):
    with pytest.raises(DomainError, match="still open"):
        survey.open_round(any_db, people["manager"], "Зима 2026")
    close(any_db, people, round_id)
    again = survey.open_round(any_db, people["manager"], "Зима 2026")
    assert [r.title for r in survey.list_rounds(any_db, people["reception"])] == [
        "Зима 2026",
        "Осень 2026",
    ]
    assert again.is_open


def test_closing_checks_the_version_and_happens_once(any_db, people, round_id):
    form = survey.survey_form(any_db, people["manager"])
    assert form.round is not None
    with pytest.raises(PermissionDenied):
        survey.close_round(any_db, people["parts"], round_id, form.round.version)
    with pytest.raises(StaleEdit):
        survey.close_round(any_db, people["manager"], round_id, form.round.version + 1)
    closed = survey.close_round(any_db, people["manager"], round_id, form.round.version)
    assert not closed.is_open
    with pytest.raises(DomainError, match="already closed"):
        survey.close_round(any_db, people["manager"], round_id, closed.version)


# --- the form and the ratings --------------------------------------------------------------


def test_the_form_offers_every_department_but_ones_own(any_db, people):
    empty = survey.survey_form(any_db, people["parts"])
    assert empty.round is None and empty.to_rate == () and empty.department is D.PARTS
    round_id = survey.open_round(any_db, people["manager"], "Осень 2026").id
    form = survey.survey_form(any_db, people["parts"])
    assert form.to_rate == (D.RECEPTION, D.WORKSHOP, D.FINANCE, D.MANAGEMENT)
    survey.submit_ratings(any_db, people["parts"], round_id, D.FINANCE, all_scores())
    form = survey.survey_form(any_db, people["parts"])
    assert form.to_rate == (D.RECEPTION, D.WORKSHOP, D.MANAGEMENT)
    assert form.rated == (D.FINANCE,)


def test_without_a_department_the_first_role_decides(any_db, people):
    with any_db.transaction() as session:
        staff = session.get(Staff, people["master"].id)
        assert staff is not None
        staff.department = None
    assert survey.survey_form(any_db, people["master"]).department is D.WORKSHOP


def test_a_department_is_rated_once_per_person_and_round(any_db, people, round_id):
    survey.submit_ratings(any_db, people["reception"], round_id, D.PARTS, all_scores())
    with pytest.raises(DomainError, match="already rated"):
        survey.submit_ratings(any_db, people["reception"], round_id, D.PARTS, all_scores(5))
    # a colleague of the same department still may
    survey.submit_ratings(any_db, people["reception2"], round_id, D.PARTS, all_scores())
    with any_db.transaction() as session:
        assert session.scalar(select(func.count(SurveyScore.id))) == 18


def test_nobody_rates_his_own_department(any_db, people, round_id):
    with pytest.raises(ValidationError) as caught:
        survey.submit_ratings(any_db, people["parts"], round_id, D.PARTS, all_scores())
    assert caught.value.field == "rated_department"
    with pytest.raises(ValidationError):  # as a combo box hands it over: plain text
        survey.submit_ratings(any_db, people["parts"], round_id, "parts", all_scores())  # type: ignore[arg-type]


def test_all_nine_criteria_from_one_to_five_are_required(any_db, people, round_id):
    incomplete = all_scores()
    del incomplete[C.COURTESY], incomplete[C.TANGIBLES]
    with pytest.raises(InvalidForm) as caught:
        survey.submit_ratings(any_db, people["parts"], round_id, D.FINANCE, incomplete)
    assert caught.value.fields == ["courtesy", "tangibles"]
    for wrong in (0, 6, True):
        with pytest.raises(InvalidForm) as caught:
            survey.submit_ratings(
                any_db, people["parts"], round_id, D.FINANCE, all_scores(safety=wrong)
            )
        assert caught.value.fields == ["safety"]
    # nothing was kept, so the person may still rate
    assert D.FINANCE in survey.survey_form(any_db, people["parts"]).to_rate
    survey.submit_ratings(any_db, people["parts"], round_id, D.FINANCE, all_scores(1, safety=5))


def test_a_closed_or_unknown_round_takes_no_ratings(any_db, people, round_id):
    close(any_db, people, round_id)
    with pytest.raises(DomainError, match="closed"):
        survey.submit_ratings(any_db, people["parts"], round_id, D.FINANCE, all_scores())
    with pytest.raises(NotFound):
        survey.submit_ratings(any_db, people["parts"], round_id + 99, D.FINANCE, all_scores())


# --- anonymity -------------------------------------------------------------------------------


def test_scores_carry_the_department_not_the_person(any_db, people, round_id):
    columns = {column.key for column in inspect(SurveyScore).columns}
    assert not any("staff" in name for name in columns)
    survey.submit_ratings(any_db, people["reception"], round_id, D.PARTS, all_scores(2))
    with any_db.transaction() as session:
        stored = session.execute(
            select(SurveyScore.rater_department, SurveyScore.rated_department).distinct()
        ).all()
        taken = session.execute(
            select(SurveyParticipation.staff_id, SurveyParticipation.rated_department)
        ).all()
    assert stored == [(D.RECEPTION, D.PARTS)]
    assert taken == [(people["reception"].id, D.PARTS)]


def rate(db, people, round_id, who, rated, scores):
    for key in who:
        survey.submit_ratings(db, people[key], round_id, rated, scores)


def test_a_rater_department_is_shown_apart_from_three_people(any_db, people, round_id):
    rate(any_db, people, round_id, ["reception", "reception2"], D.PARTS, all_scores(2))
    rate(any_db, people, round_id, ["reception3"], D.PARTS, all_scores(3))
    rate(any_db, people, round_id, ["reception", "reception2"], D.FINANCE, all_scores(4))
    close(any_db, people, round_id)
    results = survey.survey_results(any_db, people["manager"], round_id)
    parts, finance = results.departments
    assert parts.rated is D.PARTS and parts.overall.raters == 3
    assert parts.overall.by_criterion[C.COMPETENCE] == Decimal("2.33")
    assert list(parts.by_rater) == [D.RECEPTION] and parts.hidden_raters == 0
    assert parts.by_rater[D.RECEPTION].raters == 3
    assert finance.overall.raters == 2 and finance.by_rater == {}
    assert finance.hidden_raters == 2


def test_no_breakdown_when_the_rest_could_be_worked_out(any_db, people, round_id):
    """Three receptionists shown and one master hidden: total minus reception = the master."""
    rate(any_db, people, round_id, ["reception", "reception2", "reception3"], D.PARTS, all_scores())
    rate(any_db, people, round_id, ["master"], D.PARTS, all_scores(1))
    close(any_db, people, round_id)
    (parts,) = survey.survey_results(any_db, people["manager"], round_id).departments
    assert parts.overall.raters == 4
    assert parts.by_rater == {} and parts.hidden_raters == 4


def test_the_three_weakest_criteria_ties_in_the_order_of_the_criteria(any_db, people, round_id):
    low = {"courtesy": 2, "safety": 2, "tangibles": 2, "communication": 2, "reliability": 3}
    rate(any_db, people, round_id, ["reception"], D.PARTS, all_scores(5, **low))
    rate(any_db, people, round_id, ["finance"], D.PARTS, all_scores(5, **(low | {"tangibles": 1})))
    close(any_db, people, round_id)
    (parts,) = survey.survey_results(any_db, people["manager"], round_id).departments
    # tangibles 1.5 is lowest; courtesy, safety, communication tie at 2: the first two count
    assert parts.weakest == (C.TANGIBLES, C.COURTESY, C.SAFETY)
    assert parts.overall.by_criterion[C.RELIABILITY] == Decimal("3.00")


def test_weakest_compares_exact_means_not_rounded_ones():
    sums = {c: (5, 1) for c in SurveyCriterion}
    sums[C.COMPETENCE] = (2000, 1000)  # 2.000
    sums[C.TANGIBLES] = (1999, 1000)  # 1.999, rounds to 2.00 too
    sums[C.SAFETY] = (2001, 1000)
    assert survey.weakest(sums) == (C.TANGIBLES, C.COMPETENCE, C.SAFETY)


# --- who sees what ---------------------------------------------------------------------------


def test_a_member_sees_his_department_the_manager_all(any_db, people, round_id):
    rate(any_db, people, round_id, ["reception"], D.PARTS, all_scores(3))
    rate(any_db, people, round_id, ["reception"], D.FINANCE, all_scores(4))
    rate(any_db, people, round_id, ["parts"], D.RECEPTION, all_scores(5))
    close(any_db, people, round_id)

    def rated(key: str) -> list[DepartmentKind]:
        results = survey.survey_results(any_db, people[key], round_id)
        return [result.rated for result in results.departments]

    assert rated("manager") == [D.RECEPTION, D.PARTS, D.FINANCE]
    assert rated("parts") == [D.PARTS]
    assert rated("reception2") == [D.RECEPTION]
    assert rated("master") == []


def test_results_wait_for_the_round_to_close(any_db, people, round_id):
    rate(any_db, people, round_id, ["reception"], D.PARTS, all_scores(3))
    with pytest.raises(DomainError, match="once the round is closed"):
        survey.survey_results(any_db, people["manager"], round_id)
    with pytest.raises(NotFound):
        survey.survey_results(any_db, people["manager"], round_id + 99)
