"""The departments' agreed standards and the deadlines they give (DOMAIN.md, seed 003).

Each request kind has a response time counted in *window time*: only the minutes inside the
answering department's service windows run, on days the shop is open. So a request filed
at 18:55 with 15 minutes to answer, in a window that closes at 19:00, is due at 09:10 the
next working morning; a reimbursement filed on a Tuesday waits for Monday's window. Windows
are in the shop's local time (``tz``), so a deadline crosses daylight-saving changes and
weekends the way the people at the counter see them.

The deadline is fixed when the request is filed (``InternalRequest.due_at``): the standard
of that day judges it, whatever the manager agrees later.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk_app.models import ClosedDay, RequestKind, ServiceStandard, ServiceWindow
from desk_app.models.service_standard import MINUTES_PER_DAY
from desk_app.services.errors import DomainError, NotFound, ValidationError
from desk_app.services.form_fields import flush_versioned, row_to_edit
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

SEARCH_DAYS = 400
"""How far ahead a deadline is looked for; a standard with no window in a year has none."""
WHAT = "service standard"
REASON_LENGTH = 120


@dataclass(frozen=True, order=True)
class Window:
    """A weekly service window: weekday 0 is Monday; minutes after local midnight."""

    weekday: int
    opens: int
    closes: int


@dataclass(frozen=True)
class Standard:
    """One request kind's agreed standard, as the services use it."""

    kind: RequestKind
    response_minutes: int
    windows: tuple[Window, ...]
    id: int = 0
    version: int = 0


@dataclass(frozen=True)
class Holidays:
    """The days the shop is closed: one-off dates and (month, day) pairs of every year."""

    dates: frozenset[date] = frozenset()
    yearly: frozenset[tuple[int, int]] = frozenset()

    def closed_on(self, day: date) -> bool:
        return day in self.dates or (day.month, day.day) in self.yearly


@dataclass(frozen=True)
class Promise:
    """When a request filed now will be served: the window it waits for and its deadline."""

    filed_at: datetime
    window_opens_at: datetime | None
    """The moment its window opens: ``filed_at`` when filed inside a window."""
    due_at: datetime | None
    """None when the standard has no window at all within ``SEARCH_DAYS``."""

    @property
    def queued(self) -> bool:
        """Filed outside the window: it waits in the queue for the next one."""
        return self.window_opens_at is not None and self.window_opens_at > self.filed_at


@dataclass(frozen=True)
class ClosedDayRow:
    id: int
    day: date
    every_year: bool
    reason: str


def promise(standard: Standard, filed_at: datetime, holidays: Holidays, tz: tzinfo) -> Promise:
    """The window and the deadline of a request of ``standard`` filed at ``filed_at``."""
    remaining = timedelta(minutes=standard.response_minutes)
    opened: datetime | None = None
    for start, end in _open_spans(standard.windows, filed_at, holidays, tz):
        if opened is None:
            opened = start
        if remaining <= end - start:
            return Promise(filed_at, opened, start + remaining)
        remaining -= end - start
    return Promise(filed_at, opened, None)


def _open_spans(
    windows: Sequence[Window], since: datetime, holidays: Holidays, tz: tzinfo
) -> Iterable[tuple[datetime, datetime]]:
    """The stretches of window time from ``since`` on, in order, as UTC-aware moments.

    In UTC, because two moments of one ``ZoneInfo`` subtract and add as wall-clock time:
    a window over a daylight-saving change would count 24 hours on a 23-hour day."""
    by_weekday: dict[int, list[Window]] = {}
    for window in sorted(windows):
        by_weekday.setdefault(window.weekday, []).append(window)
    if not by_weekday:
        return
    since = since.astimezone(UTC)
    first_day = since.astimezone(tz).date()
    for offset in range(SEARCH_DAYS):
        day = first_day + timedelta(days=offset)
        if holidays.closed_on(day):
            continue
        for window in by_weekday.get(day.weekday(), ()):
            start = max(_at(day, window.opens, tz), since)
            end = _at(day, window.closes, tz)
            if start < end:
                yield start, end


def _at(day: date, minutes: int, tz: tzinfo) -> datetime:
    """The local moment ``minutes`` after the day's midnight (24:00 is the next midnight),
    in UTC."""
    if minutes >= MINUTES_PER_DAY:
        local = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
    else:
        local = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=tz)
    return local.astimezone(UTC)


def standard_of(row: ServiceStandard) -> Standard:
    return Standard(
        kind=row.kind,
        response_minutes=row.response_minutes,
        windows=tuple(Window(w.weekday, w.opens, w.closes) for w in row.windows),
        id=row.id,
        version=row.version,
    )


def load_standards(session: Session) -> dict[RequestKind, Standard]:
    """Every kind's standard; a kind nobody agreed one for is missing."""
    return {row.kind: standard_of(row) for row in session.scalars(select(ServiceStandard))}


def load_holidays(session: Session) -> Holidays:
    dates: set[date] = set()
    yearly: set[tuple[int, int]] = set()
    for row in session.scalars(select(ClosedDay)):
        if row.every_year:
            yearly.add((row.day.month, row.day.day))
        else:
            dates.add(row.day)
    return Holidays(frozenset(dates), frozenset(yearly))


def promise_in_session(
    session: Session, kind: RequestKind, filed_at: datetime, tz: tzinfo
) -> Promise:
    """The promise for a request being filed in this unit of work (no standard: none)."""
    standard = load_standards(session).get(kind)
    if standard is None:
        return Promise(filed_at, None, None)
    return promise(standard, filed_at, load_holidays(session), tz)


def promise_for(db: Database, kind: RequestKind, filed_at: datetime, tz: tzinfo) -> Promise:
    """What the filing form shows before the request is sent: when it will be answered."""
    with db.transaction() as session:
        return promise_in_session(session, kind, filed_at, tz)


def list_standards(db: Database) -> list[Standard]:
    """Every request kind with its standard (kinds without one: no windows, 0 minutes)."""
    with db.transaction() as session:
        known = load_standards(session)
    return [known.get(kind, Standard(kind, 0, ())) for kind in RequestKind]


def save_standard(
    db: Database,
    actor: Actor,
    kind: RequestKind,
    response_minutes: int,
    windows: Iterable[Window],
    *,
    expected_version: int,
) -> Standard:
    """Agree a kind's standard; ``expected_version`` 0 creates it. Checked: the response
    time is 0 to 30 days of window time, windows lie inside a day and do not overlap."""
    actor.require(Action.MANAGE_SETTINGS)
    if not 0 <= response_minutes <= 30 * MINUTES_PER_DAY:
        raise ValidationError(
            "response_minutes", "The response time must be between 0 minutes and 30 days."
        )
    cleaned = sorted(set(windows))
    _check_windows(cleaned)
    with db.transaction() as session:
        row = session.scalar(select(ServiceStandard).where(ServiceStandard.kind == kind))
        if row is None:
            if expected_version:
                raise NotFound(what=WHAT)
            row = ServiceStandard(kind=kind, response_minutes=response_minutes)
            session.add(row)
        else:
            row = row_to_edit(session, ServiceStandard, row.id, expected_version, WHAT)
            row.response_minutes = response_minutes
            # new windows alone do not update this row: without it the version stays and
            # another desk's save over the same version would not be seen as stale
            flag_modified(row, "response_minutes")
        row.windows = [
            ServiceWindow(weekday=w.weekday, opens=w.opens, closes=w.closes) for w in cleaned
        ]
        flush_versioned(session, WHAT)
        return standard_of(row)


def _check_windows(windows: Sequence[Window]) -> None:
    for window in windows:
        if not 0 <= window.weekday <= 6:
            raise ValidationError("windows", "A window's day must be Monday to Sunday.")
        if not 0 <= window.opens < window.closes <= MINUTES_PER_DAY:
            raise ValidationError("windows", "A window must close after it opens, within one day.")
    for earlier, later in itertools.pairwise(windows):
        if earlier.weekday == later.weekday and later.opens < earlier.closes:
            raise ValidationError("windows", "Two windows of one day overlap.")


def list_closed_days(db: Database) -> list[ClosedDayRow]:
    """Every closed day, the yearly ones first by month and day, then the dated ones."""
    with db.transaction() as session:
        rows = [
            ClosedDayRow(row.id, row.day, row.every_year, row.reason)
            for row in session.scalars(select(ClosedDay))
        ]
    return sorted(
        rows,
        key=lambda r: (
            not r.every_year,
            (r.day.month, r.day.day) if r.every_year else r.day.toordinal(),
            r.day,
        ),
    )


def add_closed_day(
    db: Database, actor: Actor, day: date, every_year: bool, reason: str
) -> ClosedDayRow:
    actor.require(Action.MANAGE_SETTINGS)
    reason = reason.strip()
    if len(reason) > REASON_LENGTH:
        raise ValidationError(
            "reason", "Keep the reason under {limit} characters.", limit=REASON_LENGTH
        )
    stored = date(2000, day.month, day.day) if every_year else day
    with db.transaction() as session:
        for row in session.scalars(select(ClosedDay)):
            same = (row.day.month, row.day.day) == (day.month, day.day)
            if row.day == stored or (same and (row.every_year or every_year)):
                raise DomainError("{day} is already a closed day.", day=day.strftime("%d.%m"))
        row = ClosedDay(day=stored, every_year=every_year, reason=reason)
        session.add(row)
        session.flush()
        return ClosedDayRow(row.id, row.day, row.every_year, row.reason)


def remove_closed_day(db: Database, actor: Actor, closed_day_id: int) -> None:
    actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        row = session.get(ClosedDay, closed_day_id)
        if row is None:
            raise NotFound(what="closed day")
        session.delete(row)
