"""The internal service beyond single requests: the departments' survey and their jointly
set goals (DOMAIN.md, seeds 002 and 003), written after the requests.

Two survey rounds: one closed a few months back and the current one, open and partly
filled. Each member of a department rates every other department on the nine criteria,
anonymously: a score keeps only the rater's department, and the scores of a round are
written in shuffled order, so neither their ids nor ``SurveyParticipation`` (who took part)
tie a score to a person. Every department has its own weak spots (the parts desk is hard to
reach, finance answers by its rules rather than the need), so its three weakest items mean
something; the ones that became improvement projects after the closed round have risen a
little since.

Jointly set goals: past ones judged by the facts, which for goals about requests are the
demo's own requests (the share answered within the standard), and pending future ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from desk_app.models import (
    DepartmentKind,
    JointGoal,
    RequestKind,
    RequestStatus,
    Role,
    SurveyCriterion,
    SurveyParticipation,
    SurveyRound,
    SurveyScore,
)
from desk_app.services.demo.calendar import DAY, later, next_month, opening
from desk_app.services.demo.catalogue import texts
from desk_app.services.demo.shop import Shop

D, C = DepartmentKind, SurveyCriterion
BASE_SCORE = 4.3
WEAK_SPOTS: dict[DepartmentKind, dict[SurveyCriterion, float]] = {
    D.RECEPTION: {C.UNDERSTANDING: -0.9, C.COMMUNICATION: -0.6, C.RELIABILITY: -0.4},
    D.WORKSHOP: {C.COMMUNICATION: -1.0, C.RESPONSIBILITY: -0.6, C.TANGIBLES: -0.5},
    D.PARTS: {C.ACCESSIBILITY: -1.3, C.RELIABILITY: -0.8, C.COMMUNICATION: -0.5},
    D.FINANCE: {C.ACCESSIBILITY: -1.1, C.UNDERSTANDING: -0.9, C.COURTESY: -0.4},
    D.MANAGEMENT: {C.COMMUNICATION: -0.7, C.ACCESSIBILITY: -0.6, C.UNDERSTANDING: -0.4},
}
"""How far below the rest a department's weakest items are, as its internal customers see it."""
HARSH: dict[tuple[DepartmentKind, DepartmentKind], float] = {
    (D.RECEPTION, D.PARTS): -0.3,
    (D.WORKSHOP, D.PARTS): -0.2,
    (D.WORKSHOP, D.RECEPTION): -0.2,
    (D.RECEPTION, D.FINANCE): -0.2,
}
"""(rater, rated): who suffers most from whom along the chain rates it lower."""
IMPROVED = 0.35
"""What an improvement project on one of the last round's weak items has gained since."""
ANSWERED_BY = {
    D.RECEPTION: Role.RECEPTIONIST,
    D.WORKSHOP: Role.MASTER,
    D.PARTS: Role.PARTS_CLERK,
    D.FINANCE: Role.FINANCE,
    D.MANAGEMENT: Role.MANAGER,
}
"""Who speaks for a department when it agrees a goal and judges its fact."""


def write_survey(shop: Shop) -> None:
    """A closed round four to five months back, everyone's; the current one half filled."""
    rng, today = shop.rng, shop.shop_now.date()
    manager = shop.staff[Role.MANAGER][0]
    opened = _morning(shop, today - timedelta(days=rng.randint(130, 160)))
    closed = later(opened, 15 * 660 + rng.uniform(0, 300))
    _write_round(shop, opened, closed, manager, share=0.9, lift={})
    lift = {(rated, item): IMPROVED for rated, weak in WEAK_SPOTS.items() for item in weak}
    opened = _morning(shop, today - timedelta(days=rng.randint(5, 10)))
    _write_round(shop, min(opened, shop.now), None, manager, share=0.55, lift=lift)


def _write_round(
    shop: Shop,
    opened: datetime,
    closed: datetime | None,
    manager: int,
    *,
    share: float,
    lift: dict[tuple[DepartmentKind, SurveyCriterion], float],
) -> None:
    """``share`` of the staff took part; in an open round (``closed`` None) some of them
    have rated only some departments so far."""
    rng, w = shop.rng, shop.writer
    title = texts.SURVEY_TITLE.format(month=texts.MONTHS[opened.month - 1], year=opened.year)
    round_id = w.add(
        SurveyRound, title=title, opened_at=opened, opened_by_id=manager, closed_at=closed
    )
    scores: list[dict[str, Any]] = []
    for staff_id, department in shop.department_of.items():
        if rng.random() >= share:
            continue
        others = [kind for kind in DepartmentKind if kind is not department]
        if closed is None and rng.random() < 0.5:
            others = sorted(rng.sample(others, rng.randint(1, len(others) - 1)), key=list(D).index)
        mood = rng.gauss(0, 0.3)
        for rated in others:
            w.add(SurveyParticipation, round_id=round_id, staff_id=staff_id, rated_department=rated)
            for criterion in SurveyCriterion:
                mean = (
                    BASE_SCORE
                    + WEAK_SPOTS[rated].get(criterion, 0.0)
                    + HARSH.get((department, rated), 0.0)
                    + lift.get((rated, criterion), 0.0)
                    + mood
                )
                score = min(5, max(1, round(mean + rng.gauss(0, 0.6))))
                scores.append(
                    {
                        "rater_department": department,
                        "rated_department": rated,
                        "criterion": criterion,
                        "score": score,
                    }
                )
    rng.shuffle(scores)
    for values in scores:
        w.add(SurveyScore, round_id=round_id, **values)


@dataclass(frozen=True)
class _Goal:
    key: str
    """The goal's words in ``texts.GOALS``."""
    supplier: DepartmentKind
    customer: DepartmentKind
    target: Decimal
    kind: RequestKind | None = None
    """The requests whose answers in time are the fact; None: the fact is counted by hand."""
    fact: Decimal | None = None


PAST_GOALS = (
    _Goal("availability", D.PARTS, D.RECEPTION, Decimal(95), RequestKind.PARTS_AVAILABILITY),
    _Goal("reimburse", D.FINANCE, D.RECEPTION, Decimal(100), RequestKind.FINANCE_REIMBURSE),
    _Goal("figures", D.WORKSHOP, D.FINANCE, Decimal(100), RequestKind.INFO_FIGURES),
    _Goal("invoices", D.FINANCE, D.RECEPTION, Decimal(85), RequestKind.FINANCE_INVOICE),
    _Goal("fitters", D.WORKSHOP, D.RECEPTION, Decimal(2), fact=Decimal(2)),
)
FUTURE_GOALS = (
    _Goal("availability", D.PARTS, D.RECEPTION, Decimal(95)),
    _Goal("issue", D.PARTS, D.WORKSHOP, Decimal(95)),
    _Goal("reimburse", D.FINANCE, D.RECEPTION, Decimal(100)),
    _Goal("fitters", D.WORKSHOP, D.RECEPTION, Decimal(3)),
)


def write_goals(shop: Shop) -> None:
    """Goals agreed half a year ago and judged two months ago; then the next ones, agreed
    since and due after today (the fitters by the coming 1 March)."""
    rng, today = shop.rng, shop.shop_now.date()
    month = date(today.year, today.month, 1)
    agreed = _morning(shop, next_month(month, -6))
    due = next_month(month, -2) - DAY
    for goal in PAST_GOALS:
        recorded = _morning(shop, due + DAY * rng.randint(1, 4))
        fact = goal.fact if goal.kind is None else _share_in_time(shop, goal.kind, agreed, due)
        _write_goal(shop, goal, agreed, due, fact, recorded)
    agreed = later(_morning(shop, next_month(month, -1) + DAY * 6), rng.uniform(0, 300))
    march = date(today.year + (today.month >= 3), 3, 1)
    for goal in FUTURE_GOALS:
        due = march if goal.key == "fitters" else next_month(month, 3) - DAY
        _write_goal(shop, goal, min(agreed, shop.now), due, None, None)


def _write_goal(
    shop: Shop,
    goal: _Goal,
    agreed: datetime,
    due: date,
    fact: Decimal | None,
    recorded: datetime | None,
) -> None:
    title, unit, met, missed = texts.GOALS[goal.key]
    judge = shop.staff[ANSWERED_BY[goal.customer]][0]
    comment = "" if fact is None else met if fact >= goal.target else missed
    shop.writer.add(
        JointGoal,
        title=title,
        supplier=goal.supplier,
        customer=goal.customer,
        target=goal.target,
        unit=unit,
        due_on=due,
        agreed_at=agreed,
        agreed_by_id=judge,
        fact=fact,
        fact_recorded_at=recorded if fact is not None else None,
        fact_recorded_by_id=judge if fact is not None else None,
        comment=comment,
    )


def _share_in_time(shop: Shop, kind: RequestKind, since: datetime, until: date) -> Decimal:
    """The share (%) of ``kind`` requests filed in the period that were answered (or
    refused) within the standard; nothing asked, nothing missed: 100."""
    judged = [
        r
        for r in shop.requests
        if r.kind is kind
        and since <= r.created
        and r.created.date() <= until
        and r.due is not None
        and r.answered is not None
        and r.answered <= shop.now
        and r.status_at(shop.now) is not RequestStatus.CANCELLED
    ]
    if not judged:
        return Decimal(100)
    in_time = sum(not r.late for r in judged)
    return (Decimal(100 * in_time) / len(judged)).quantize(Decimal("0.1"))


def _morning(shop: Shop, day: date) -> datetime:
    """Some time in the first working hours of ``day`` (or of the next working day)."""
    return later(opening(day, shop.tz), shop.rng.uniform(15, 120))
