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

Medians need every value, so the rows of the period are read once (times as epoch seconds
computed in SQL, which is cheap) and tallied in one pass; ``bench/bench_scorecards.py``
keeps this well under 200 ms on three years of a busy shop.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import ColumnElement, Float, Select, and_, case, cast, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from desk_app import clock
from desk_app.models import (
    Department,
    DepartmentKind,
    InternalRequest,
    RequestKind,
    RequestStatus,
    Staff,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import Action, Actor, Area
from desk_app.store.database import Database

Moment = (
    QueryableAttribute[datetime] | QueryableAttribute[datetime | None] | ColumnElement[datetime]
)
UNIX_EPOCH_JULIAN_DAY = 2440587.5
NOT_YET_READY = (WorkOrderStatus.READY, WorkOrderStatus.HANDED_OVER)
"""Statuses past which a car is no longer held up, whether or not the moment is known."""


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


@dataclass(frozen=True)
class LinkRow:
    """One department's part in cars handed over late (seed 004: the weakest link)."""

    department: DepartmentKind
    name: str
    cars_held_up: int
    late_requests: int
    late_hours: float
    weakest: bool = False
    """The department that held up most cars (ties: more late hours); none if no car was."""


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
    def of(cls, weeks: list[_Tally]) -> _Tally:
        total = cls()
        for week in weeks:
            total.volume += week.volume
            total.minutes += week.minutes
            total.judged += week.judged
            total.within += week.within
            total.rated += week.rated
            total.good += week.good
            total.scored += week.scored
            total.score_sum += week.score_sum
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


def _require(actor: Actor) -> None:
    if not actor.may_open(Area.REQUESTS):
        raise PermissionDenied(action=Action.FILE_REQUEST.value)


def _epoch(dialect: str, moment: Moment) -> ColumnElement[float]:
    """Seconds since 1970 (UTC) computed by the database: floats are quick to read."""
    if dialect == "sqlite":
        return (func.julianday(moment) - UNIX_EPOCH_JULIAN_DAY) * 86400.0
    return cast(func.extract("epoch", moment), Float)


def _mondays(since: datetime, until: datetime, tz: tzinfo) -> list[tuple[date, float]]:
    """The local Mondays of the weeks the period touches, with their midnights as epochs."""
    monday = since.astimezone(tz).date()
    monday -= timedelta(days=monday.weekday())
    weeks: list[tuple[date, float]] = []
    while True:
        start = datetime(monday.year, monday.month, monday.day, tzinfo=tz)
        if weeks and start >= until:
            return weeks
        weeks.append((monday, start.timestamp()))
        monday += timedelta(days=7)


def _scorecards(
    db: Database,
    actor: Actor,
    since: datetime,
    until: datetime,
    tz: tzinfo,
    only: DepartmentKind | None,
) -> list[Scorecard]:
    _require(actor)
    mondays = _mondays(since, until, tz)
    with db.transaction() as session:
        departments = session.execute(select(Department.id, Department.kind, Department.name))
        kinds = {id_: (kind, name) for id_, kind, name in departments}
        wanted = next((id_ for id_, (kind, _) in kinds.items() if kind == only), None)
        period = [InternalRequest.created_at >= since, InternalRequest.created_at < until]
        if wanted is not None:
            # "+ 0": walk the period's index, not every request the department ever had
            period.append(InternalRequest.to_department_id + 0 == wanted)
        weeks = _tally(session, db.engine.dialect.name, period, [e for _, e in mondays])
        if wanted is not None and wanted not in weeks:
            weeks[wanted] = [_Tally() for _ in mondays]
        bad = _not_good(session, period)
    cards = [
        _card(*kinds[id_], since, until, _Tally.of(tallies), bad.get(id_), mondays, tallies)
        for id_, tallies in weeks.items()
    ]
    order = list(DepartmentKind)
    return sorted(cards, key=lambda card: order.index(card.department))


def _tally(
    session: Session, dialect: str, period: list[ColumnElement[bool]], starts: list[float]
) -> dict[int, list[_Tally]]:
    """One pass over the period's requests, each added to its department's week."""
    request = InternalRequest
    start: ColumnElement[datetime] = func.coalesce(request.window_opens_at, request.created_at)
    if dialect == "sqlite":
        start = func.max(request.created_at, start)  # max() of two values is SQLite's greatest()
    else:
        start = func.greatest(request.created_at, start)
    missed = and_(request.status != RequestStatus.CANCELLED, request.due_at < clock.now())
    in_time = request.responded_at <= request.due_at
    judged = case(
        (request.due_at.is_(None), None),
        (request.responded_at.is_not(None), case((in_time, 1), else_=0)),
        (missed, 0),
    )
    query = select(
        request.to_department_id,
        _epoch(dialect, request.created_at),
        (_epoch(dialect, request.responded_at) - _epoch(dialect, start)) / 60.0,
        judged,
        request.rating_good,
        request.rating_score,
    ).where(*period)
    found: dict[int, list[_Tally]] = {}
    rows = session.connection().execute(query).all()  # no ORM: plain rows are quicker
    for department, created, minutes, within, good, score in rows:
        weeks = found.get(department)
        if weeks is None:
            weeks = found[department] = [_Tally() for _ in starts]
        week = weeks[bisect_right(starts, created) - 1]
        week.volume += 1
        if minutes is not None:
            week.minutes.append(minutes if minutes > 0 else 0.0)
        if within is not None:
            week.judged += 1
            week.within += within
        if good is not None:
            week.rated += 1
            week.good += good
        if score is not None:
            week.scored += 1
            week.score_sum += score
    return found


def _not_good(session: Session, period: list[ColumnElement[bool]]) -> dict[int, NotGood]:
    """Each department's last "not good" of the period (by when it was rated), in full."""
    request = InternalRequest
    rated_at = func.coalesce(request.closed_at, request.created_at)
    found = select(request.to_department_id, rated_at, request.id).where(
        *period, request.rating_good.is_(False)
    )
    last: dict[int, tuple[datetime, int]] = {}
    for department, moment, request_id in session.execute(found):
        last[department] = max(last.get(department, (moment, request_id)), (moment, request_id))
    if not last:
        return {}
    origin = aliased(Department)
    query = (
        select(request, origin.kind, Staff.full_name)
        .join(origin, origin.id == request.from_department_id)
        .join(Staff, Staff.id == request.requester_id)
        .where(request.id.in_([request_id for _, request_id in last.values()]))
    )
    return {
        row.to_department_id: NotGood(
            request_id=row.id,
            kind=row.kind,
            requester=requester,
            from_department=from_kind,
            filed_at=row.created_at,
            rated_at=row.closed_at,
            score=row.rating_score,
            comment=row.rating_comment,
        )
        for row, from_kind, requester in session.execute(query)
    }


def _card(
    kind: DepartmentKind,
    name: str,
    since: datetime,
    until: datetime,
    total: _Tally,
    bad: NotGood | None,
    mondays: list[tuple[date, float]],
    weeks: list[_Tally],
) -> Scorecard:
    return Scorecard(
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
        last_not_good=bad,
        trend=tuple(week.week(monday) for (monday, _), week in zip(mondays, weeks, strict=True)),
    )


def weakest_link(
    db: Database, actor: Actor, since: datetime, until: datetime, tz: tzinfo
) -> list[LinkRow]:
    """Which department's late answers held up cars promised in ``[since, until)`` (seed 002).

    A car was held up when it became ready (its first move to "ready" or "handed over", else
    its hand-over) after its promised time, or is still in work past it. A department held it
    up when one of its requests on that order was answered after its ``due_at``, or is still
    unanswered past it, and fell due before the car was ready: a request due later could not
    have kept the car. Late hours add up each such request's lateness (to now if unanswered).
    Rows: every department that received requests in the period or held up a car, worst
    first. ``tz`` is unused (the period is already in UTC) but kept like the cards' calls.
    """
    _require(actor)
    now = clock.now()
    cars: dict[DepartmentKind, set[int]] = defaultdict(set)
    late: dict[DepartmentKind, list[float]] = defaultdict(list)
    with db.transaction() as session:
        found = session.execute(_late_requests(db.engine.dialect.name, since, until, now))
        for kind, order_id, due, responded, ready, status, promised in found:
            if ready is None and status in NOT_YET_READY:
                continue  # ready or handed over at a moment nobody recorded
            car_ready = ready if ready is not None else now.timestamp()
            if car_ready > promised and due < car_ready:
                cars[kind].add(order_id)
                late[kind].append((responded or now.timestamp()) - due)
        received = select(InternalRequest.to_department_id).where(
            InternalRequest.created_at >= since, InternalRequest.created_at < until
        )
        shown = or_(Department.id.in_(received), Department.kind.in_(list(cars)))
        names = session.execute(select(Department.kind, Department.name).where(shown))
        rows = [
            LinkRow(kind, name, len(cars[kind]), len(late[kind]), sum(late[kind]) / 3600)
            for kind, name in names
        ]
    order = list(DepartmentKind)
    rows.sort(key=lambda r: (-r.cars_held_up, -r.late_hours, order.index(r.department)))
    if rows and rows[0].cars_held_up:
        rows[0] = replace(rows[0], weakest=True)
    return rows


def _late_requests(
    dialect: str, since: datetime, until: datetime, now: datetime
) -> Select[DepartmentKind, int, float, float, float, WorkOrderStatus, float]:
    """Late requests on the orders promised in the period, with when each car was ready."""
    request, order = InternalRequest, WorkOrder
    first_ready = (
        select(func.min(StatusChange.changed_at))
        .where(
            StatusChange.work_order_id == order.id,
            StatusChange.to_status.in_((WorkOrderStatus.READY, WorkOrderStatus.HANDED_OVER)),
        )
        .scalar_subquery()
    )
    handed_over = case((order.status == WorkOrderStatus.HANDED_OVER, order.closed_at))
    answered_late = request.responded_at > request.due_at
    still_late = and_(
        request.responded_at.is_(None),
        request.status != RequestStatus.CANCELLED,
        request.due_at < now,
    )
    return (
        select(
            Department.kind,
            order.id,
            _epoch(dialect, request.due_at),
            _epoch(dialect, request.responded_at),
            _epoch(dialect, func.coalesce(first_ready, handed_over)),
            order.status,
            _epoch(dialect, order.promised_at),
        )
        .join(order, order.id == request.work_order_id)
        .join(Department, Department.id == request.to_department_id)
        .where(
            order.promised_at >= since,
            order.promised_at < until,
            order.status != WorkOrderStatus.CANCELLED,
            request.due_at.is_not(None),
            or_(answered_late, still_late),
        )
    )
