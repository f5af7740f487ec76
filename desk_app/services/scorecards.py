"""Scorecards of the internal service: how each department serves the others (seed 003).

A department is judged by its internal customers, not by its boss, so everyone who may open
the Requests area may read every card. Each figure concerns the requests *received* in the
period (``created_at`` in ``[since, until)``): a request is judged once, with its speed, its
standard and its rating together, in the week it came in.

- Response time runs from filing to the first answer or rejection (``responded_at``). A
  request filed outside the department's service window waits in the queue through no fault
  of the department, so its time runs from ``window_opens_at`` instead; an answer given
  before the window opened counts as zero minutes.
- "Within the standard" means ``responded_at <= due_at``. Requests without a ``due_at``
  (no standard) are left out; an unanswered request past ``due_at`` counts as missed even
  while still open, one not yet due is not judged yet, and one withdrawn unanswered is not
  the department's to answer.
- One "not good" is never averaged away (the one-vote veto): besides the shares, each card
  carries the last "not good" answer with its comment, requester and date.

One query adds up each department's weeks (GROUP BY); medians need every value, so each
week's response times come along as one text. ``bench/bench_scorecards.py`` keeps a year
of a busy shop under 150 ms (p95) on either engine.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Integer,
    Text,
    and_,
    case,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from desk_app import clock
from desk_app.models import (
    Department,
    DepartmentKind,
    InternalRequest,
    RequestKind,
    RequestStatus,
    Staff,
)
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import Action, Actor, Area
from desk_app.store.database import Database

Moment = (
    QueryableAttribute[datetime] | QueryableAttribute[datetime | None] | ColumnElement[datetime]
)
UNIX_EPOCH_JULIAN_DAY = 2440587.5


@dataclass(frozen=True)
class NotGood:
    """A "not good" answer, shown in full so that it is read, not averaged."""

    request_id: int
    kind: RequestKind
    requester: str
    from_department: DepartmentKind
    filed_at: datetime
    rated_at: datetime | None
    """When the requester closed the request with his rating."""
    score: int | None
    comment: str


@dataclass(frozen=True)
class WeekPoint:
    """One local ISO week of a card's trend (the weeks at the period's edges are partial)."""

    monday: date
    volume: int
    median_response_minutes: float | None
    within_standard_share: float | None
    good_share: float | None

    @property
    def iso_week(self) -> tuple[int, int]:
        year, week, _ = self.monday.isocalendar()
        return year, week


@dataclass(frozen=True)
class Scorecard:
    department: DepartmentKind
    name: str
    since: datetime
    until: datetime
    volume: int
    answered: int
    median_response_minutes: float | None
    judged: int
    """Requests judged against the standard: answered or past due, with a ``due_at``."""
    within_standard: int
    rated: int
    good: int
    scored: int
    average_score: float | None
    last_not_good: NotGood | None
    trend: tuple[WeekPoint, ...]

    @property
    def not_good(self) -> int:
        return self.rated - self.good

    @property
    def within_standard_share(self) -> float | None:
        return self.within_standard / self.judged if self.judged else None

    @property
    def good_share(self) -> float | None:
        return self.good / self.rated if self.rated else None


@dataclass(slots=True)
class _Tally:
    """What one department's requests of one week (or of the whole period) add up to."""

    volume: int = 0
    minutes: list[float] = field(default_factory=list)
    judged: int = 0
    within: int = 0
    rated: int = 0
    good: int = 0
    scored: int = 0
    score_sum: int = 0

    @classmethod
    def read(cls, counts: Sequence[int | None], minutes: str | None) -> _Tally:
        """One row of ``_tally``'s query: the counts, then the response times as text."""
        volume, judged, within, rated, good, scored, score_sum = (n or 0 for n in counts)
        times = [m if m > 0 else 0.0 for m in map(float, minutes.split(","))] if minutes else []
        return cls(volume, times, judged, within, rated, good, scored, score_sum)

    @classmethod
    def of(cls, weeks: list[_Tally]) -> _Tally:
        total = cls(minutes=[minutes for week in weeks for minutes in week.minutes])
        for name in ("volume", "judged", "within", "rated", "good", "scored", "score_sum"):
            setattr(total, name, sum(getattr(week, name) for week in weeks))
        return total

    def median(self) -> float | None:
        return statistics.median(self.minutes) if self.minutes else None

    def week(self, monday: date) -> WeekPoint:
        within = self.within / self.judged if self.judged else None
        good = self.good / self.rated if self.rated else None
        return WeekPoint(monday, self.volume, self.median(), within, good)


def department_scorecard(
    db: Database,
    actor: Actor,
    department: DepartmentKind,
    since: datetime,
    until: datetime,
    tz: tzinfo,
) -> Scorecard:
    """How ``department`` answered the requests it received in ``[since, until)``."""
    return _scorecards(db, actor, since, until, tz, department)[0]


def scorecards_overview(
    db: Database, actor: Actor, since: datetime, until: datetime, tz: tzinfo
) -> list[Scorecard]:
    """A card for every department that received requests in the period, in their order."""
    return _scorecards(db, actor, since, until, tz, None)


def require_reader(actor: Actor) -> None:
    """Whoever may open the Requests area reads the cards (the weakest link too)."""
    if not actor.may_open(Area.REQUESTS):
        raise PermissionDenied(action=Action.FILE_REQUEST.value)


def epoch_seconds(dialect: str, moment: Moment) -> ColumnElement[float]:
    """Seconds since 1970 (UTC) computed by the database: floats are quick to read.

    On PostgreSQL ``date_part`` gives the float at once, where ``extract`` would build a
    ``numeric`` first (several times slower on a year of requests, same values)."""
    if dialect == "sqlite":
        return (func.julianday(moment) - UNIX_EPOCH_JULIAN_DAY) * 86400.0
    return func.date_part("epoch", moment, type_=Float)


def _mondays(since: datetime, until: datetime, tz: tzinfo) -> list[tuple[date, datetime]]:
    """The local Mondays of the weeks the period touches, with their local midnights."""
    monday = since.astimezone(tz).date()
    monday -= timedelta(days=monday.weekday())
    weeks: list[tuple[date, datetime]] = []
    while True:
        start = datetime(monday.year, monday.month, monday.day, tzinfo=tz)
        if weeks and start >= until:
            return weeks
        weeks.append((monday, start))
        monday += timedelta(days=7)


def _week_of(moment: Moment, starts: Sequence[datetime], first: int = 0) -> ColumnElement[int]:
    """The index of the week ``moment`` falls in, given the starts of the weeks after the
    first; the starts are halved at each step, so a row costs a handful of comparisons
    (and the local weeks stay right across a change of daylight saving time)."""
    if not starts:
        return literal_column(str(first), Integer)
    middle = len(starts) // 2
    return case(
        (moment < starts[middle], _week_of(moment, starts[:middle], first)),
        else_=_week_of(moment, starts[middle + 1 :], first + middle + 1),
    )


def _scorecards(
    db: Database,
    actor: Actor,
    since: datetime,
    until: datetime,
    tz: tzinfo,
    only: DepartmentKind | None,
) -> list[Scorecard]:
    require_reader(actor)
    mondays = _mondays(since, until, tz)
    week = _week_of(InternalRequest.created_at, [start for _, start in mondays[1:]])
    with db.transaction() as session:
        departments = session.execute(select(Department.id, Department.kind, Department.name))
        kinds = {id_: (kind, name) for id_, kind, name in departments}
        wanted = next((id_ for id_, (kind, _) in kinds.items() if kind == only), None)
        period = [InternalRequest.created_at >= since, InternalRequest.created_at < until]
        if wanted is not None:  # ix_internal_requests_to_created: only its rows of the period
            period.append(InternalRequest.to_department_id == wanted)
        found = _tally(session.connection(), db.engine.dialect.name, period, week, len(mondays))
        if wanted is not None and wanted not in found:
            found[wanted] = [_Tally() for _ in mondays]
        bad = _not_good(session, period)
    cards = []
    for id_, weeks in found.items():
        total = _Tally.of(weeks)
        kind, name = kinds[id_]
        cards.append(
            Scorecard(
                department=kind,
                name=name,
                since=since,
                until=until,
                volume=total.volume,
                answered=len(total.minutes),
                median_response_minutes=total.median(),
                judged=total.judged,
                within_standard=total.within,
                rated=total.rated,
                good=total.good,
                scored=total.scored,
                average_score=total.score_sum / total.scored if total.scored else None,
                last_not_good=bad.get(id_),
                trend=tuple(w.week(monday) for (monday, _), w in zip(mondays, weeks, strict=True)),
            )
        )
    order = list(DepartmentKind)
    return sorted(cards, key=lambda card: order.index(card.department))


def _tally(
    connection: Connection,
    dialect: str,
    period: list[ColumnElement[bool]],
    week: ColumnElement[int],
    weeks: int,
) -> dict[int, list[_Tally]]:
    """Each department's weeks, added up by the database in one pass over the period.

    The response times come as one text per week (each float in full), not as a row each:
    a year of a busy shop is tens of thousands of rows, and reading them one by one (and
    collecting them as garbage) costs more than the query itself."""
    request = InternalRequest
    missed = and_(request.status != RequestStatus.CANCELLED, request.due_at < clock.now())
    in_time = case((request.responded_at <= request.due_at, 1), else_=0)
    judged = case(
        (request.due_at.is_(None), None), (request.responded_at.is_not(None), in_time), (missed, 0)
    )
    good = case((request.rating_good.is_(True), 1), (request.rating_good.is_(False), 0))
    rows = (
        select(
            request.to_department_id.label("department"),
            week.label("week"),
            judged.label("within"),
            good.label("good"),
            request.rating_score.label("score"),
            _minutes_text(dialect).label("minutes"),
        )
        .where(*period)
        .subquery()
    )
    joined = func.group_concat if dialect == "sqlite" else func.string_agg
    counted = (rows.c.within, rows.c.good, rows.c.score)
    query = select(
        rows.c.department,
        rows.c.week,
        func.count(),
        *(add_up(column) for column in counted for add_up in (func.count, func.sum)),
        joined(rows.c.minutes, ","),
    ).group_by(rows.c.department, rows.c.week)
    found: dict[int, list[_Tally]] = {}
    for department, index, *counts, minutes in connection.execute(query).all():
        if department not in found:
            found[department] = [_Tally() for _ in range(weeks)]
        found[department][index] = _Tally.read(counts, minutes)
    return found


def _minutes_text(dialect: str) -> ColumnElement[str | None]:
    """An answered request's response time in minutes, as text that reads back exactly
    (SQLite: 17 digits, where a cast keeps 15; PostgreSQL: its shortest exact text)."""
    request = InternalRequest
    start: ColumnElement[datetime] = func.coalesce(request.window_opens_at, request.created_at)
    if dialect == "sqlite":
        start = func.max(request.created_at, start)  # max() of two values is SQLite's greatest()
    else:
        start = func.greatest(request.created_at, start)
    minutes = (epoch_seconds(dialect, request.responded_at) - epoch_seconds(dialect, start)) / 60.0
    text = func.printf("%!.17g", minutes) if dialect == "sqlite" else cast(minutes, Text)
    return case((request.responded_at.is_not(None), text))


def _not_good(session: Session, period: list[ColumnElement[bool]]) -> dict[int, NotGood]:
    """Each department's last "not good" of the period (by when it was rated), in full."""
    request = InternalRequest
    rated_at = func.coalesce(request.closed_at, request.created_at)
    latest = func.row_number().over(
        partition_by=request.to_department_id, order_by=(rated_at.desc(), request.id.desc())
    )
    ranked = (
        select(request.id, latest.label("rank"))
        .where(*period, request.rating_good.is_(False))
        .subquery()
    )
    origin = aliased(Department)
    query = (
        select(
            request.to_department_id,
            request.id,
            request.kind,
            Staff.full_name,
            origin.kind,
            request.created_at,
            request.closed_at,
            request.rating_score,
            request.rating_comment,
        )  # the department, then NotGood's fields in their order
        .join(ranked, ranked.c.id == request.id)
        .join(origin, origin.id == request.from_department_id)
        .join(Staff, Staff.id == request.requester_id)
        .where(ranked.c.rank == 1)
    )
    return {row[0]: NotGood(*row[1:]) for row in session.execute(query)}
