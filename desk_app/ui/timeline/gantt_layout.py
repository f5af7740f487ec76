"""Where each row and bar of the timeline goes, worked out before anything is drawn.

A lane that holds several cars at once (a bay with two lifts, a mechanic on two jobs)
stacks its overlapping bars in sub-rows, so no bar hides another and no label sits on
another; a lane grows by the sub-rows it needs. The booked appointments get a row of their
own at the top. Laid out once per load; the scenes only place what is computed here.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QRectF

from desk_app.services.shop_timeline import (
    AppointmentBar,
    Lane,
    LaneKind,
    OrderBar,
    ShopTimeline,
)
from desk_app.ui.timeline.gantt_scale import Span, TimeScale


@dataclass(frozen=True)
class Booked:
    """Appointments drawn as one bar: a single booking, or (in a week) a whole day's."""

    entries: tuple[AppointmentBar, ...]

    @property
    def start(self) -> datetime:
        return min(entry.start for entry in self.entries)

    @property
    def end(self) -> datetime:
        return max(entry.end for entry in self.entries)


T = TypeVar("T", OrderBar, Booked)
MIN_BAR_WIDTH = 6.0
BAR_GAP = 4.0
"""Horizontal room kept between two bars of one sub-row, and vertical between sub-rows."""
LANE_PADDING = 6.0


def lane_title(lane: Lane, kind: LaneKind) -> str:
    """A lane's name; the lane of orders nobody holds yet says so."""
    if lane.id is not None:
        return lane.name
    if kind is LaneKind.BAY:
        return QCoreApplication.translate("ShopTimeline", "No bay")
    return QCoreApplication.translate("ShopTimeline", "Unassigned")


@dataclass(frozen=True)
class Row:
    """A horizontal band of the chart: a lane, or the appointments (``lane`` None)."""

    lane: Lane | None
    top: float
    height: float
    count: int

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True)
class Placed(Generic[T]):
    """A bar and its rectangle in scene coordinates; ``tail`` is the overdue part past it."""

    item: T
    rect: QRectF
    tail: float = 0.0


@dataclass(frozen=True)
class Layout:
    rows: tuple[Row, ...]
    bars: tuple[Placed[OrderBar], ...]
    appointments: tuple[Placed[Booked], ...]
    height: float

    def row_at(self, y: float) -> Row | None:
        return next((row for row in self.rows if row.top <= y < row.bottom), None)

    def row_of(self, lane_id: int | None) -> Row | None:
        return next(
            (row for row in self.rows if row.lane is not None and row.lane.id == lane_id), None
        )


def lay_out(timeline: ShopTimeline, scale: TimeScale, bar_height: float) -> Layout:
    """Rows top to bottom: appointments, the lanes as the service orders them, nobody's last."""
    now_x = scale.clamped_x(timeline.now)
    lanes = sorted(timeline.lanes, key=lambda lane: lane.id is None)
    if not any(lane.id is None for lane in lanes):
        lanes.append(Lane(None, ""))  # always there to drop a car off its bay or mechanic
    rows: list[Row] = []
    bars: list[Placed[OrderBar]] = []
    appointments: list[Placed[Booked]] = []
    top = 0.0

    def add_row(
        lane: Lane | None, extents: list[Extent[T]], into: list[Placed[T]], count: int
    ) -> None:
        nonlocal top
        placed, height = _stack(extents, top, bar_height)
        rows.append(Row(lane, top, height, count))
        into.extend(placed)
        top += height

    booked = [
        _extent(group, group.start, group.end, scale, None) for group in _booked(timeline, scale)
    ]
    add_row(None, booked, appointments, len(timeline.appointments))
    by_lane: dict[int | None, list[OrderBar]] = {}
    for bar in timeline.bars:
        by_lane.setdefault(bar.lane_id, []).append(bar)
    for lane in lanes:
        extents = [
            _extent(bar, bar.start, bar.end, scale, now_x if bar.overdue else None)
            for bar in by_lane.get(lane.id, [])
        ]
        add_row(lane, extents, bars, len(extents))
    return Layout(tuple(rows), tuple(bars), tuple(appointments), top)


def _booked(timeline: ShopTimeline, scale: TimeScale) -> list[Booked]:
    """Each booking on its own in a day; a week's are grouped by day, too short otherwise."""
    if scale.span is Span.DAY:
        return [Booked((entry,)) for entry in timeline.appointments]
    days: dict[date, list[AppointmentBar]] = {}
    for entry in timeline.appointments:
        days.setdefault(entry.start.astimezone(scale.zone).date(), []).append(entry)
    return [Booked(tuple(entries)) for entries in days.values()]


@dataclass(frozen=True)
class Extent(Generic[T]):
    """A bar's horizontal extent, before it is given a sub-row."""

    item: T
    left: float
    right: float
    tail: float


def _extent(
    item: T, start: datetime, end: datetime, scale: TimeScale, tail_to: float | None
) -> Extent[T]:
    """The bar clipped to the period, at least a few pixels wide."""
    left = min(scale.clamped_x(start), scale.width - MIN_BAR_WIDTH)
    right = max(scale.clamped_x(end), left + MIN_BAR_WIDTH)
    tail = max(0.0, tail_to - right) if tail_to is not None else 0.0
    return Extent(item, left, right, tail)


def _stack(
    extents: list[Extent[T]], top: float, bar_height: float
) -> tuple[list[Placed[T]], float]:
    """Give each bar the lowest sub-row free where it starts; also returns the row's height.

    Left to right, with the sub-rows still busy in one heap (by where they end) and those
    free again in another (by number): a busy week's lane stacks in n log n.
    """
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    levels = 0
    placed: list[Placed[T]] = []
    for extent in sorted(extents, key=lambda extent: extent.left):
        while busy and busy[0][0] <= extent.left:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            level = heapq.heappop(free)
        else:
            level, levels = levels, levels + 1
        heapq.heappush(busy, (extent.right + extent.tail + BAR_GAP, level))
        y = top + LANE_PADDING + level * (bar_height + BAR_GAP)
        rect = QRectF(extent.left, y, extent.right - extent.left, bar_height)
        placed.append(Placed(extent.item, rect, extent.tail))
    levels = max(levels, 1)
    return placed, 2 * LANE_PADDING + levels * bar_height + (levels - 1) * BAR_GAP
