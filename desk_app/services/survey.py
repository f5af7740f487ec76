"""The survey of internal service (DOMAIN.md, seed 002): each department rates the others.

The manager opens a round and closes it; while it is open every person rates each other
department once on the nine criteria, 1 to 5. Scores keep only the rater's department:
who took part is stored apart, so nobody can rate twice and nobody can tell who gave what.

Results are shown only for a closed round. Live results would betray a person: whoever
sees the means move just after a colleague says "I have rated you" learns his scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import (
    DepartmentKind,
    Staff,
    SurveyCriterion,
    SurveyParticipation,
    SurveyRound,
    SurveyScore,
)
from desk_app.services import audit
from desk_app.services.errors import DomainError, NotFound, ValidationError
from desk_app.services.form_fields import (
    Collector,
    column_length,
    flush_versioned,
    one_line,
    row_to_edit,
    to_places,
)
from desk_app.services.permissions import Action, Actor
from desk_app.services.staff import home_department
from desk_app.store.database import Database

CRITERIA = tuple(SurveyCriterion)
LOWEST, HIGHEST = 1, 5
WEAKEST_COUNT = 3
MIN_GROUP = 3
"""The fewest people of one department whose scores may be shown as a group of their own."""


@dataclass(frozen=True)
class RoundInfo:
    id: int
    title: str
    opened_at: datetime
    closed_at: datetime | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class SurveyForm:
    """What a person may do in the survey now."""

    round: RoundInfo | None
    """The open round, if there is one."""
    department: DepartmentKind
    to_rate: tuple[DepartmentKind, ...]
    """The departments he has not rated yet in the open round (never his own)."""
    rated: tuple[DepartmentKind, ...]


@dataclass(frozen=True)
class Means:
    """Mean scores of a group of raters, per criterion, rounded to two decimals."""

    raters: int
    by_criterion: Mapping[SurveyCriterion, Decimal]


@dataclass(frozen=True)
class DepartmentResult:
    rated: DepartmentKind
    overall: Means
    weakest: tuple[SurveyCriterion, ...]
    """The three criteria with the lowest means: the improvement projects (seed 002)."""
    by_rater: Mapping[DepartmentKind, Means]
    """Only groups of at least ``MIN_GROUP`` people; see ``survey_results``."""
    hidden_raters: int
    """People whose department's scores are not shown apart, to keep them anonymous."""


@dataclass(frozen=True)
class SurveyResults:
    round: RoundInfo
    departments: tuple[DepartmentResult, ...]


def member_department(session: Session, actor: Actor) -> DepartmentKind:
    """The department a person belongs to: his staff record's, or that of his first role."""
    staff = session.get(Staff, actor.id)
    if staff is None:
        raise NotFound(what="staff member")
    if staff.department is not None:
        return staff.department.kind
    return home_department(staff.roles or actor.roles)


def _info(survey_round: SurveyRound) -> RoundInfo:
    return RoundInfo(
        id=survey_round.id,
        title=survey_round.title,
        opened_at=survey_round.opened_at,
        closed_at=survey_round.closed_at,
        version=survey_round.version,
    )


def _open_round(session: Session) -> SurveyRound | None:
    query = select(SurveyRound).where(SurveyRound.closed_at.is_(None)).order_by(SurveyRound.id)
    return session.scalars(query).first()


def open_round(db: Database, actor: Actor, title: str) -> RoundInfo:
    """Start a round; only one round is open at a time."""
    actor.require(Action.MANAGE_SETTINGS)
    clean = one_line(
        "title",
        title,
        column_length(SurveyRound.title),
        required="Name the round, e.g. “Autumn 2026”.",
    )
    with db.transaction() as session:
        current = _open_round(session)
        if current is not None:
            raise DomainError(
                "The round “{title}” is still open: close it before opening another.",
                title=current.title,
            )
        survey_round = SurveyRound(title=clean, opened_at=clock.now(), opened_by_id=actor.id)
        session.add(survey_round)
        session.flush()
        audit.record(session, actor, "survey_round", survey_round.id, "open", title=clean)
        return _info(survey_round)


def close_round(db: Database, actor: Actor, round_id: int, expected_version: int) -> RoundInfo:
    """End a round: no more ratings, and its results can be read."""
    actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        survey_round = row_to_edit(session, SurveyRound, round_id, expected_version, "survey round")
        if survey_round.closed_at is not None:
            raise DomainError("The round “{title}” is already closed.", title=survey_round.title)
        survey_round.closed_at = clock.now()
        flush_versioned(session, "survey round")
        audit.record(session, actor, "survey_round", survey_round.id, "close")
        return _info(survey_round)


def list_rounds(db: Database, actor: Actor) -> list[RoundInfo]:
    """Every round, newest first; anyone may see which rounds there were."""
    with db.transaction() as session:
        query = select(SurveyRound).order_by(SurveyRound.opened_at.desc(), SurveyRound.id.desc())
        return [_info(survey_round) for survey_round in session.scalars(query)]


def survey_form(db: Database, actor: Actor) -> SurveyForm:
    with db.transaction() as session:
        own = member_department(session, actor)
        current = _open_round(session)
        others = tuple(kind for kind in DepartmentKind if kind is not own)
        if current is None:
            return SurveyForm(round=None, department=own, to_rate=(), rated=())
        done = set(
            session.scalars(
                select(SurveyParticipation.rated_department).where(
                    SurveyParticipation.round_id == current.id,
                    SurveyParticipation.staff_id == actor.id,
                )
            )
        )
        return SurveyForm(
            round=_info(current),
            department=own,
            to_rate=tuple(kind for kind in others if kind not in done),
            rated=tuple(kind for kind in others if kind in done),
        )


def _checked_scores(scores: Mapping[SurveyCriterion, int]) -> dict[SurveyCriterion, int]:
    """All nine criteria, each a whole number from 1 to 5; every problem reported at once."""
    problems = Collector()
    for key in scores:
        if key not in CRITERIA:
            problems.add("scores", "“{criterion}” is not a criterion of the survey.", criterion=key)
    checked: dict[SurveyCriterion, int] = {}
    for criterion in CRITERIA:
        score = scores.get(criterion)
        if score is None:
            problems.add(criterion.value, "Give this criterion a score.")
        elif (
            isinstance(score, bool) or not isinstance(score, int) or not LOWEST <= score <= HIGHEST
        ):
            problems.add(
                criterion.value, "A score is from {low} to {high}.", low=LOWEST, high=HIGHEST
            )
        else:
            checked[criterion] = score
    problems.raise_if_any()
    return checked


def submit_ratings(
    db: Database,
    actor: Actor,
    round_id: int,
    rated: DepartmentKind,
    scores: Mapping[SurveyCriterion, int],
) -> None:
    """Rate one department in the open round: once per person, never one's own department.

    The scores are stored with the rater's department only; his name goes to a separate
    participation record that says he has rated ``rated``, not how.
    """
    checked = _checked_scores(scores)
    rated = DepartmentKind(rated)  # a Qt combo box hands back the plain text
    with db.transaction() as session:
        survey_round = session.get(SurveyRound, round_id)
        if survey_round is None:
            raise NotFound(what="survey round")
        if survey_round.closed_at is not None:
            raise DomainError(
                "The round “{title}” is closed: ratings are no longer taken.",
                title=survey_round.title,
            )
        own = member_department(session, actor)
        if rated is own:
            raise ValidationError("rated_department", "You cannot rate your own department.")
        session.add(
            SurveyParticipation(round_id=round_id, staff_id=actor.id, rated_department=rated)
        )
        try:
            session.flush()
        except IntegrityError:  # he rated it already, perhaps from another window just now
            raise DomainError(
                "You have already rated {department} in this round.", department=rated
            ) from None
        session.add_all(
            SurveyScore(
                round_id=round_id,
                rater_department=own,
                rated_department=rated,
                criterion=criterion,
                score=score,
            )
            for criterion, score in checked.items()
        )


Sums = dict[SurveyCriterion, tuple[int, int]]
"""Per criterion: (sum of scores, number of scores)."""


def _means(sums: Sums) -> Means:
    return Means(
        raters=max((count for _, count in sums.values()), default=0),
        by_criterion={
            criterion: to_places(Decimal(total) / Decimal(count), 2)
            for criterion, (total, count) in sums.items()
        },
    )


def weakest(sums: Sums) -> tuple[SurveyCriterion, ...]:
    """The three criteria with the lowest exact means; ties go to the one listed first in
    ``SurveyCriterion`` (competence before accessibility, and so on)."""
    ordered = sorted(sums, key=lambda c: (Fraction(sums[c][0], sums[c][1]), CRITERIA.index(c)))
    return tuple(ordered[:WEAKEST_COUNT])


def survey_results(db: Database, actor: Actor, round_id: int) -> SurveyResults:
    """The closed round's means per rated department, with its three weakest criteria.

    A department's member sees his own department's results; the manager sees all.
    Anonymity: a rater department's scores are shown apart only when at least
    ``MIN_GROUP`` of its people rated that department. If the departments left out add up
    to one or two people while some are shown, no breakdown is shown at all for that
    rated department: the total minus the shown groups would give their scores away.
    The overall means are always shown: they are what the department must improve.
    """
    with db.transaction() as session:
        survey_round = session.get(SurveyRound, round_id)
        if survey_round is None:
            raise NotFound(what="survey round")
        if survey_round.closed_at is None:
            raise DomainError(
                "The results of “{title}” are shown once the round is closed.",
                title=survey_round.title,
            )
        query = select(
            SurveyScore.rater_department,
            SurveyScore.rated_department,
            SurveyScore.criterion,
            func.sum(SurveyScore.score),
            func.count(SurveyScore.id),
        ).where(SurveyScore.round_id == round_id)
        if not actor.can(Action.MANAGE_SETTINGS):
            query = query.where(SurveyScore.rated_department == member_department(session, actor))
        query = query.group_by(
            SurveyScore.rater_department, SurveyScore.rated_department, SurveyScore.criterion
        )
        groups: dict[DepartmentKind, dict[DepartmentKind, Sums]] = defaultdict(
            lambda: defaultdict(dict)
        )
        for rater, rated, criterion, total, count in session.execute(query):
            groups[rated][rater][criterion] = (int(total), int(count))
        info = _info(survey_round)
    return SurveyResults(
        round=info,
        departments=tuple(
            _department_result(rated, groups[rated]) for rated in DepartmentKind if rated in groups
        ),
    )


def _department_result(
    rated: DepartmentKind, by_rater: dict[DepartmentKind, Sums]
) -> DepartmentResult:
    groups = by_rater.values()  # every rating holds all nine criteria
    overall: Sums = {
        c: (sum(g[c][0] for g in groups), sum(g[c][1] for g in groups)) for c in CRITERIA
    }
    means = {rater: _means(sums) for rater, sums in by_rater.items()}
    shown = {r: means[r] for r in DepartmentKind if r in means and means[r].raters >= MIN_GROUP}
    hidden = sum(group.raters for rater, group in means.items() if rater not in shown)
    if shown and 0 < hidden < MIN_GROUP:
        shown, hidden = {}, sum(group.raters for group in means.values())
    return DepartmentResult(
        rated=rated,
        overall=_means(overall),
        weakest=weakest(overall),
        by_rater=shown,
        hidden_raters=hidden,
    )
