"""The timeline's time axis: which instants a day or a week covers, and where they fall.

Days are cut at the workstation's local midnight. A position is the time elapsed since the
period's start, so a day with a daylight-saving change is 23 or 25 hours wide and the hour
marks (local clock time, found by walking the period in quarter hours) still sit over the
bars they label.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import cached_property

from PySide6.QtCore import QLocale

HOUR = 3600.0
STEP = timedelta(minutes=15)
"""The finest grid step; every time zone's offset is a multiple of it."""


class Span(StrEnum):
    """How much time the timeline shows at once."""

    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True)
class SpanLook:
    """How a span is drawn: pixels per hour and the grid's steps (minutes of the day)."""

    days: int
    hour_width: float
    label_minutes: int
    """Labelled lines on the axis."""
    minor_minutes: int
    """Faint lines between them."""


LOOKS: dict[Span, SpanLook] = {
    Span.DAY: SpanLook(days=1, hour_width=110.0, label_minutes=60, minor_minutes=30),
    Span.WEEK: SpanLook(days=7, hour_width=12.0, label_minutes=360, minor_minutes=120),
}


def first_day(day: date, span: Span) -> date:
    """The first day shown for ``day``: the day itself, or the first day of its week."""
    if span is Span.DAY:
        return day
    week_starts = QLocale().firstDayOfWeek().value  # Monday is 1, as in isoweekday()
    return day - timedelta(days=(day.isoweekday() - week_starts) % 7)


@dataclass(frozen=True)
class TimeScale:
    """Maps moments of a period (stored UTC) to x in scene pixels."""

    first: date
    span: Span
    zone: tzinfo

    @classmethod
    def around(cls, day: date, span: Span, zone: tzinfo) -> TimeScale:
        """The period of ``span`` that holds ``day``."""
        return cls(first_day(day, span), span, zone)

    @property
    def look(self) -> SpanLook:
        return LOOKS[self.span]

    def midnight(self, offset_days: int) -> datetime:
        """The local midnight ``offset_days`` after the first day, as a UTC moment."""
        day = self.first + timedelta(days=offset_days)
        return datetime.combine(day, time(), self.zone).astimezone(UTC)

    @cached_property
    def start(self) -> datetime:
        return self.midnight(0)

    @cached_property
    def end(self) -> datetime:
        return self.midnight(self.look.days)

    @cached_property
    def width(self) -> float:
        return self.x(self.end)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=offset) for offset in range(self.look.days)]

    def x(self, moment: datetime) -> float:
        return (moment - self.start).total_seconds() / HOUR * self.look.hour_width

    def clamped_x(self, moment: datetime) -> float:
        return min(max(self.x(moment), 0.0), self.width)

    def day_edges(self) -> list[tuple[date, float, float]]:
        """Each day with the x where it starts and ends."""
        return [
            (day, self.x(self.midnight(index)), self.x(self.midnight(index + 1)))
            for index, day in enumerate(self.days())
        ]

    def marks(self, every_minutes: int) -> Iterator[tuple[float, datetime]]:
        """The x and local time of each clock time that is a multiple of ``every_minutes``."""
        moment = self.start
        end = self.end
        while moment < end:
            local = moment.astimezone(self.zone)
            if (local.hour * 60 + local.minute) % every_minutes == 0:
                yield self.x(moment), local
            moment += STEP

    def local_moment(self, day: date, hour: int) -> datetime:
        """``hour`` o'clock on ``day`` in the workstation's zone, as a UTC moment."""
        return datetime.combine(day, time(hour), self.zone).astimezone(UTC)
