"""How fast each department really answers: by its agreed standard, mostly in time, unevenly.

Every demo request is served in its department's service windows, as the database ships
them (``service_standards``): filed outside a window, it waits for the next one, and it is
taken and answered in window time after that window opens. Most answers come within the
standard, but not evenly, so the scorecards have a weakest link to show: the parts desk
(one clerk) slips on Saturdays and in the last days of a month (stocktaking); finance slips
while it closes the books at the turn of a month and now and then misses a Monday, so a
reimbursement waits a week; the masters are often late with the monthly figures.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from desk_app.models import DepartmentKind, RequestKind
from desk_app.services.demo.calendar import DAY, earlier, later, next_month
from desk_app.services.demo.records import Request
from desk_app.services.demo.shop import Shop
from desk_app.services.service_standards import Standard, promise

SHIFT_BACK_MINUTES = 240
"""How far a request that must be answered by now is moved back per try (shop time)."""
TRIES = 60


def late_share(kind: RequestKind, opens: datetime) -> float:
    """How often the department misses its standard for a request whose window opens then."""
    day = opens.date()
    month_end = day.day > (next_month(day) - DAY).day - 3
    department = kind.department
    if department is DepartmentKind.PARTS:
        return 0.4 if day.weekday() == 5 else 0.35 if month_end else 0.04
    if department is DepartmentKind.FINANCE:
        if kind is RequestKind.FINANCE_REIMBURSE:
            return 0.2
        return 0.2 if month_end or day.day <= 2 else 0.03
    return 0.35 if day.day <= 3 else 0.15


def plan_answer(shop: Shop, planned: Request, *, late: bool | None = None) -> None:
    """Fix the request's window and deadline by the standard and plan when it is taken and
    answered, in window time after the window opens; ``late`` forces the chance."""
    rng = shop.rng
    standard = shop.standards.get(planned.kind)
    made = promise(standard, planned.created, shop.holidays, shop.tz) if standard else None
    if standard is None or made is None or made.window_opens_at is None or made.due_at is None:
        planned.window_opens = planned.due = None
        planned.taken = later(planned.created, rng.uniform(3, 30))
        planned.answered = later(planned.taken, rng.uniform(5, 45))
        return
    opens = made.window_opens_at.astimezone(shop.tz)
    planned.window_opens, planned.due = opens, made.due_at.astimezone(shop.tz)
    if late is None:
        late = rng.random() < late_share(planned.kind, opens)
    allowed = standard.response_minutes
    if late:
        minutes = allowed + min(max(allowed, 20), 240) * rng.uniform(0.1, 1.5)
    else:
        minutes = allowed * rng.triangular(0.1, 1.0, 0.4)
    answer = max(2, round(minutes))
    taken = max(1, min(answer - 1, round(answer * rng.uniform(0.05, 0.6))))
    planned.taken = window_time(shop, standard, opens, taken)
    planned.answered = window_time(shop, standard, opens, answer)


def window_time(shop: Shop, standard: Standard, since: datetime, minutes: int) -> datetime:
    """The moment ``minutes`` of the standard's window time after ``since`` (a moment in a
    window), in the shop's time zone like every moment the demo plans: in the same window
    when it has room, which is most often and quick to see; else as the standard counts it
    over closed hours and days."""
    since = since.astimezone(shop.tz)
    at = since.hour * 60 + since.minute + since.second / 60
    weekday = since.weekday()
    if not shop.holidays.closed_on(since.date()):
        for window in standard.windows:
            if window.weekday == weekday and window.opens <= at and at + minutes <= window.closes:
                return since + timedelta(minutes=minutes)
    moved = dataclasses.replace(standard, response_minutes=minutes)
    due = promise(moved, since, shop.holidays, shop.tz).due_at
    return due.astimezone(shop.tz) if due else later(since, minutes)


def done_by(shop: Shop, planned: Request, moment: datetime, *, answered: bool) -> None:
    """Move a request back until it is taken (and ``answered``) in time, by ``moment``:
    the requests that must be in a given state now."""
    for _ in range(TRIES):
        plan_answer(shop, planned, late=False)
        done = planned.answered if answered else planned.taken
        if done is not None and done <= moment:
            return
        filed = earlier(planned.created, SHIFT_BACK_MINUTES)
        if planned.needed_by is not None:
            planned.needed_by -= planned.created - filed
        planned.created = filed
