"""The shop's hours: open 9:00–20:00 in its own time zone, closed on Sundays and New Year.

Every planned moment of the demo (intake, diagnosis, work, handover, answers) is counted in
working minutes, so nothing happens at night and a long job carries over to the next day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

OPEN_AT, CLOSE_AT = time(9, 0), time(20, 0)
DAY = timedelta(days=1)


def is_workday(day: date) -> bool:
    return day.weekday() != 6 and (day.month, day.day) not in ((1, 1), (1, 2))


def opening(day: date, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, OPEN_AT, tzinfo=tz)


def closing(day: date, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, CLOSE_AT, tzinfo=tz)


def open_from(moment: datetime) -> datetime:
    """The first moment at or after ``moment`` when the shop is open."""
    day, tz = moment.date(), moment.tzinfo
    if is_workday(day) and moment < closing(day, tz):
        return max(moment, opening(day, tz))
    day += DAY
    while not is_workday(day):
        day += DAY
    return opening(day, tz)


def open_until(moment: datetime) -> datetime:
    """The last moment at or before ``moment`` when the shop is open."""
    day, tz = moment.date(), moment.tzinfo
    if is_workday(day) and moment > opening(day, tz):
        return min(moment, closing(day, tz))
    day -= DAY
    while not is_workday(day):
        day -= DAY
    return closing(day, tz)


def later(moment: datetime, minutes: float) -> datetime:
    """``minutes`` of the shop's working time after ``moment``."""
    current = open_from(moment)
    while True:
        room = (closing(current.date(), current.tzinfo) - current).total_seconds() / 60
        if minutes <= room:
            return current + timedelta(minutes=minutes)
        minutes -= room
        current = open_from(closing(current.date(), current.tzinfo) + timedelta(seconds=1))


def earlier(moment: datetime, minutes: float) -> datetime:
    """``minutes`` of the shop's working time before ``moment``."""
    current = open_until(moment)
    while True:
        room = (current - opening(current.date(), current.tzinfo)).total_seconds() / 60
        if minutes <= room:
            return current - timedelta(minutes=minutes)
        minutes -= room
        current = open_until(opening(current.date(), current.tzinfo) - timedelta(seconds=1))


def working_minutes(start: datetime, end: datetime) -> float:
    """How many minutes the shop is open between two moments."""
    total = 0.0
    current = open_from(start)
    while current < end:
        day_end = closing(current.date(), current.tzinfo)
        total += (min(day_end, end) - current).total_seconds() / 60
        current = open_from(day_end + timedelta(seconds=1))
    return total


def ceil_half_hour(moment: datetime) -> datetime:
    extra = (30 - moment.minute % 30) % 30
    return (moment + timedelta(minutes=extra)).replace(second=0, microsecond=0)


def floor_half_hour(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 30, second=0, microsecond=0)


def next_month(month: date, step: int = 1) -> date:
    """The first day of the month ``step`` months after the one of ``month``."""
    index = month.year * 12 + month.month - 1 + step
    return date(index // 12, index % 12 + 1, 1)
