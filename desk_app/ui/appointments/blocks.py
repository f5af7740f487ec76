"""What the appointment calendar draws: the hour grid, the column headings, the booking blocks.

Plain graphics-view items in two scenes (the heading stays put while the grid scrolls);
the calendar decides what goes where and rebuilds both scenes on each change or resize,
which for a busy week is a few hundred items: far below a frame's time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QLocale, QObject, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desk_app.models import AppointmentStatus
from desk_app.services.appointment_calendar import MINUTES_PER_HOUR, Placement, minute_of_day

if TYPE_CHECKING:
    from desk_app.services.appointments import CalendarEntry
    from desk_app.ui.appointments.grid import Column

STATUS_FILL: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "#dce9f9",
    AppointmentStatus.ARRIVED: "#dcefd9",
    AppointmentStatus.NO_SHOW: "#f9ded6",
    AppointmentStatus.CANCELLED: "#eeeff1",
}
STATUS_ACCENT: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "#2f6db5",
    AppointmentStatus.ARRIVED: "#3d8b40",
    AppointmentStatus.NO_SHOW: "#c0392b",
    AppointmentStatus.CANCELLED: "#9aa1a9",
}
"""Soft fills keep dark text readable; the stripe and frame carry the status colour."""

GRID_LINE = QColor("#dfe3e8")
HALF_HOUR_LINE = QColor("#eef0f3")
AXIS_TEXT = QColor("#6b7480")
TODAY = QColor("#1a64c8")
CURRENT_DAY = QColor("#eef4fc")
PAST = QColor("#f6f7f8")
NOW_LINE = QColor("#d93025")
MUTED_TEXT = QColor("#5f6b76")
PADDING = 6.0
MIN_TEXT_CHARS = 4
STRIPE = 4.0


def status_colours(status: AppointmentStatus) -> tuple[QColor, QColor]:
    """The fill and the accent (stripe, frame, legend text) of a booking in ``status``."""
    return QColor(STATUS_FILL[status]), QColor(STATUS_ACCENT[status])


def clock_text(minute: int) -> str:
    """A time of day in the user's locale (``minute`` from midnight; 24:00 shown as 0:00)."""
    hours, minutes = divmod(minute % (24 * MINUTES_PER_HOUR), MINUTES_PER_HOUR)
    return QLocale().toString(QTime(hours, minutes), QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class Geometry:
    """Where things go: a time axis, then equal columns; y grows with the time of day."""

    axis: float
    column_width: float
    hour_height: float
    first_hour: int
    last_hour: int

    def x(self, column: int) -> float:
        return self.axis + column * self.column_width

    def y(self, minute: float) -> float:
        return (minute - self.first_hour * MINUTES_PER_HOUR) * self.hour_height / MINUTES_PER_HOUR

    def minute_at(self, y: float) -> int:
        minute = self.first_hour * MINUTES_PER_HOUR + y * MINUTES_PER_HOUR / self.hour_height
        return int(min(max(minute, self.first_hour * 60), self.last_hour * 60 - 1))

    def height(self) -> float:
        return self.y(self.last_hour * MINUTES_PER_HOUR)

    def full_width(self, columns: int) -> float:
        return self.x(columns)


class BookingBlock(QGraphicsRectItem):
    """One booking: a rounded block with a status stripe and as many lines as fit."""

    def __init__(
        self, entry: CalendarEntry, rect: QRectF, lines: Sequence[str], tooltip: str
    ) -> None:
        super().__init__(rect)
        self.entry = entry
        self.lines = tuple(lines)
        """Client, time (and status), car, reason; the first ones win when space is short."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)
        self.setZValue(2)
        self._hovered = False

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.rect()
        fill, accent = status_colours(self.entry.status)
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setPen(QPen(accent.darker(125), 2))
        else:
            painter.setPen(QPen(accent if self._hovered else accent.lighter(160), 1))
        painter.setBrush(fill.darker(108) if selected else fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()), 2, 2)
        self._paint_text(painter, rect.adjusted(STRIPE + PADDING - 2, 2, -3, -2))

    def _paint_text(self, painter: QPainter, area: QRectF) -> None:
        cancelled = self.entry.status is AppointmentStatus.CANCELLED
        base = QFont(painter.font())
        bold = QFont(base)
        bold.setBold(True)
        bold.setStrikeOut(cancelled)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        if area.width() < QFontMetricsF(base).averageCharWidth() * MIN_TEXT_CHARS:
            return  # a sliver of a busy hour: its tooltip and the details say who it is
        spacing = QFontMetricsF(base).lineSpacing()
        fit = max(1, int(area.height() // spacing))
        name, when, car, reason = (*self.lines, "", "", "", "")[:4]
        start, _, rest = when.partition("–")
        if QFontMetricsF(small).horizontalAdvance(when) > area.width():
            when = start + rest[rest.find(" ·") :] if " ·" in rest else start
        if fit == 1:
            styled = [(f"{start}  {name}", bold, None)]
        else:
            styled = [(name, bold, None), (when, small, MUTED_TEXT), (car, base, None)]
            styled.append((reason, small, MUTED_TEXT))
        painter.save()
        painter.setClipRect(area)
        top = area.top()
        text_colour = MUTED_TEXT if cancelled else QColor("#1d232a")
        for text, font, colour in [s for s in styled if s[0]][:fit]:
            painter.setFont(font)
            painter.setPen(colour or text_colour)
            metrics = QFontMetricsF(font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QPointF(area.left(), top + metrics.ascent()), shown)
            top += spacing
        painter.restore()


class HeaderScene(QGraphicsScene):
    """The column headings above the grid: a day and its count, or a person and his count."""

    def build(
        self,
        geometry: Geometry,
        columns: Sequence[Column],
        today: date,
        highlight: date | None,
    ) -> None:
        self.clear()
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() + 1)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1, 7))
        title_height = QFontMetricsF(bold).lineSpacing()
        height = title_height + QFontMetricsF(small).lineSpacing() + 14
        width = geometry.full_width(len(columns))
        self.setSceneRect(0, 0, width, height)
        self.setBackgroundBrush(QColor("#f7f8fa"))
        lines = QPainterPath()
        for index, column in enumerate(columns):
            left = geometry.x(index)
            if column.day == highlight:
                self.addRect(
                    QRectF(left, 0, geometry.column_width, height),
                    QPen(Qt.PenStyle.NoPen),
                    QBrush(CURRENT_DAY),
                )
                bar = QRectF(left, height - 3, geometry.column_width, 3)
                self.addRect(bar, QPen(Qt.PenStyle.NoPen), QBrush(TODAY))
            colour = TODAY if column.day == today and highlight is not None else None
            self._text(column.title, bold, left, 5, geometry.column_width, colour)
            self._text(column.subtitle, small, left, 7 + title_height, geometry.column_width)
            lines.moveTo(left, 0)
            lines.lineTo(left, height)
        lines.moveTo(0, height - 0.5)
        lines.lineTo(width, height - 0.5)
        self.addPath(lines, QPen(GRID_LINE, 1))

    def _text(
        self,
        text: str,
        font: QFont,
        left: float,
        top: float,
        width: float,
        colour: QColor | None = None,
    ) -> None:
        shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width - 8)
        item = QGraphicsSimpleTextItem(shown)
        item.setFont(font)
        item.setBrush(colour or QColor("#1d232a"))
        item.setPos(left + (width - item.boundingRect().width()) / 2, top)
        self.addItem(item)


class GridScene(QGraphicsScene):
    """The hours, the columns, the past greyed, the present as a red line, and the blocks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blocks: list[BookingBlock] = []

    def blocks(self) -> list[BookingBlock]:
        return list(self._blocks)

    def build(self, geometry: Geometry, columns: Sequence[Column], highlight: date | None) -> None:
        self._blocks = []  # before clear(): PySide mishandles wrappers of deleted items
        self.clear()
        width, height = geometry.full_width(len(columns)), geometry.height()
        self.setSceneRect(0, 0, width, height)
        self.setBackgroundBrush(QColor("white"))
        no_pen = QPen(Qt.PenStyle.NoPen)
        for index, column in enumerate(columns):
            if column.day == highlight:
                rect = QRectF(geometry.x(index), 0, geometry.column_width, height)
                self.addRect(rect, no_pen, QBrush(CURRENT_DAY)).setZValue(-2)
        hours, halves = QPainterPath(), QPainterPath()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        for hour in range(geometry.first_hour, geometry.last_hour + 1):
            y = geometry.y(hour * MINUTES_PER_HOUR)
            hours.moveTo(geometry.axis - 6, y)
            hours.lineTo(width, y)
            if hour < geometry.last_hour:
                half = geometry.y(hour * MINUTES_PER_HOUR + 30)
                halves.moveTo(geometry.axis, half)
                halves.lineTo(width, half)
                label = QGraphicsSimpleTextItem(clock_text(hour * MINUTES_PER_HOUR))
                label.setFont(small)
                label.setBrush(AXIS_TEXT)
                label.setPos(geometry.axis - 8 - label.boundingRect().width(), y + 2)
                self.addItem(label)
        for index in range(len(columns) + 1):
            hours.moveTo(geometry.x(index), 0)
            hours.lineTo(geometry.x(index), height)
        self.addPath(halves, QPen(HALF_HOUR_LINE, 1, Qt.PenStyle.DashLine)).setZValue(-1)
        self.addPath(hours, QPen(GRID_LINE, 1)).setZValue(-1)

    def draw_now(
        self, geometry: Geometry, columns: Sequence[Column], today: date, now_minute: int
    ) -> None:
        """Grey the time gone by and draw the present moment across today's columns."""
        no_pen = QPen(Qt.PenStyle.NoPen)
        now_y = min(max(geometry.y(now_minute), 0.0), geometry.height())
        dot_drawn = False
        for index, column in enumerate(columns):
            left = geometry.x(index) + 1
            if column.day < today:
                rect = QRectF(left, 0, geometry.column_width - 1, geometry.height())
            elif column.day == today:
                rect = QRectF(left, 0, geometry.column_width - 1, now_y)
            else:
                continue
            self.addRect(rect, no_pen, QBrush(PAST)).setZValue(-1.5)
            if column.day == today and 0 < now_y < geometry.height():
                line = QLineF(left - 1, now_y, left + geometry.column_width - 1, now_y)
                self.addLine(line, QPen(NOW_LINE, 2)).setZValue(1)
                if not dot_drawn:
                    dot = QRectF(left - 5, now_y - 4, 8, 8)
                    self.addEllipse(dot, no_pen, QBrush(NOW_LINE)).setZValue(1)
                    dot_drawn = True

    def add_block(
        self,
        placed: Placement,
        column: int,
        day: date,
        tz: tzinfo,
        geometry: Geometry,
        texts: Callable[[CalendarEntry], tuple[Sequence[str], str]],
    ) -> BookingBlock:
        entry = placed.entry
        lane_width = geometry.column_width / placed.lanes
        top = geometry.y(minute_of_day(entry.starts_at, tz, day))
        bottom = geometry.y(minute_of_day(entry.ends_at, tz, day))
        rect = QRectF(
            geometry.x(column) + placed.lane * lane_width + 3,
            top + 1,
            lane_width * placed.span - 5,
            max(bottom - top - 2, 16),
        )
        lines, tooltip = texts(entry)
        block = BookingBlock(entry, rect, lines, tooltip)
        self.addItem(block)
        self._blocks.append(block)
        return block

    def add_hint(self, text: str) -> None:
        """A grey sentence in the middle of an empty calendar."""
        item = QGraphicsSimpleTextItem(text)
        item.setBrush(MUTED_TEXT)
        box, area = item.boundingRect(), self.sceneRect()
        item.setPos(area.center().x() - box.width() / 2, area.height() / 3)
        self.addItem(item)
