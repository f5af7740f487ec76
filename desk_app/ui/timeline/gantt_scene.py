"""The timeline's chart: lane bands, the hour grid, the past greyed, the red "now" line,
and the bars on top.

Everything is built in one pass per load from a ``Layout``: the grid is two path items, the
backdrop a few rectangles, so the scene holds a handful of items besides the bars and its
BSP index answers "what is in this strip" quickly while scrolling. A drag is watched here:
the lane under the dragged bar is highlighted, and a drop on another lane is reported.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from desk_app.services.shop_timeline import Lane
from desk_app.ui.appointments.blocks import (
    CURRENT_DAY,
    GRID_LINE,
    HALF_HOUR_LINE,
    NOW_LINE,
    PAST,
)
from desk_app.ui.timeline.gantt_appointments import AppointmentItem
from desk_app.ui.timeline.gantt_items import BarFonts, BarItem
from desk_app.ui.timeline.gantt_layout import Layout
from desk_app.ui.timeline.gantt_scale import TimeScale

LANE_BACKGROUNDS = (QColor("#ffffff"), QColor("#f9fafb"))
APPOINTMENT_ROW = QColor("#f3f7fd")
ROW_LINE = QColor("#d5dae0")
DAY_LINE = QColor("#aeb6bf")
DROP_TARGET = QColor(26, 100, 200, 40)
NO_PEN = QPen(Qt.PenStyle.NoPen)
BACKDROP_Z, PAST_Z, GRID_Z, TARGET_Z, NOW_Z = -10.0, -8.0, -5.0, -1.0, 10.0


def shade(colour: QColor, alpha: int) -> QColor:
    see_through = QColor(colour)
    see_through.setAlpha(alpha)
    return see_through


class ChartScene(QGraphicsScene):
    """The scrolling part of the timeline."""

    sig_bar_dropped = Signal(object, object)
    """A bar was dropped on another lane (BarItem: the bar, still where it was dropped;
    Lane: the lane it was dropped on)."""

    sig_open_order = Signal(int)
    """A bar was double-clicked (int: the work order's id)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._bars: list[BarItem] = []
        self._layout = Layout((), (), (), 0.0)
        self._target: QGraphicsRectItem | None = None
        self._pinned: set[BarItem] = set()

    @property
    def layout(self) -> Layout:
        return self._layout

    def bar_items(self) -> list[BarItem]:
        return list(self._bars)

    def build(
        self,
        layout: Layout,
        scale: TimeScale,
        now: datetime,
        fonts: BarFonts,
        movable: bool,
    ) -> None:
        self._bars = []  # before clear(): PySide mishandles wrappers of deleted items
        self._pinned = set()
        self._target = None
        self.clear()
        self._layout = layout
        self.setSceneRect(0, 0, scale.width, layout.height)
        self._backdrop(layout, scale, now)
        self._grid(layout, scale)
        for placed in layout.bars:
            item = BarItem(placed, fonts, movable)
            self.addItem(item)
            self._bars.append(item)
        for appointment in layout.appointments:
            self.addItem(AppointmentItem(appointment, fonts, scale.zone))
        if 0 < scale.x(now) < scale.width:
            line = self.addLine(scale.x(now), 0, scale.x(now), layout.height, QPen(NOW_LINE, 2))
            line.setZValue(NOW_Z)
        self._target = self.addRect(QRectF(), NO_PEN, QBrush(DROP_TARGET))
        self._target.setZValue(TARGET_Z)
        self._target.hide()

    def _backdrop(self, layout: Layout, scale: TimeScale, now: datetime) -> None:
        """Lane bands, today's column in a week, and the time gone by greyed."""
        for index, row in enumerate(layout.rows):
            colour = APPOINTMENT_ROW if row.lane is None else LANE_BACKGROUNDS[index % 2]
            band = self.addRect(QRectF(0, row.top, scale.width, row.height), NO_PEN, colour)
            band.setZValue(BACKDROP_Z)
        edges = scale.day_edges()
        if len(edges) > 1:
            today = now.astimezone(scale.zone).date()
            for day, left, right in edges:
                if day == today:
                    rect = QRectF(left, 0, right - left, layout.height)
                    self.addRect(rect, NO_PEN, shade(CURRENT_DAY, 160)).setZValue(BACKDROP_Z + 1)
        past = scale.clamped_x(now)
        if past > 0:
            rect = QRectF(0, 0, past, layout.height)
            self.addRect(rect, NO_PEN, shade(PAST.darker(103), 150)).setZValue(PAST_Z)

    def _grid(self, layout: Layout, scale: TimeScale) -> None:
        look = scale.look
        height = layout.height
        minor, major, days = QPainterPath(), QPainterPath(), QPainterPath()
        for x, local in scale.marks(look.minor_minutes):
            minute = local.hour * 60 + local.minute
            path = days if minute == 0 else major if minute % look.label_minutes == 0 else minor
            path.moveTo(x, 0)
            path.lineTo(x, height)
        for row in layout.rows:
            major.moveTo(0, row.bottom - 0.5)
            major.lineTo(scale.width, row.bottom - 0.5)
        self.addPath(minor, QPen(HALF_HOUR_LINE, 1, Qt.PenStyle.DashLine)).setZValue(GRID_Z)
        self.addPath(major, QPen(GRID_LINE, 1)).setZValue(GRID_Z)
        self.addPath(days, QPen(DAY_LINE if len(scale.days()) > 1 else GRID_LINE, 1)).setZValue(
            GRID_Z
        )
        row_lines = QPainterPath()
        for row in layout.rows[:1]:  # the appointments row ends with a firmer line
            row_lines.moveTo(0, row.bottom - 0.5)
            row_lines.lineTo(scale.width, row.bottom - 0.5)
        self.addPath(row_lines, QPen(ROW_LINE, 1)).setZValue(GRID_Z)

    def reveal(self, shown: QRectF) -> None:
        """The bars in the ``shown`` part of the scene get their text, kept in sight.

        Runs when the view scrolls or is resized, not on a paint: the index finds the bars
        in view; those that were in view before get their text back in place.
        """
        tops = {item.topLevelItem() for item in self.items(shown)}  # a tail is a bar's child
        in_view = {item for item in tops if isinstance(item, BarItem)}
        for item in in_view:
            item.show_text(shown.left())
        for item in self._pinned - in_view:
            item.show_text(item.pos().x())
        self._pinned = {item for item in in_view if item.pos().x() < shown.left()}

    # -- dragging -------------------------------------------------------------------------

    def drop_lane(self, y: float) -> Lane | None:
        """The lane a bar whose middle is at ``y`` would go to (None: no lane there)."""
        row = self._layout.row_at(y)
        return row.lane if row is not None else None

    def bar_dragged(self, item: BarItem, middle: float) -> None:
        lane = self.drop_lane(middle)
        target = self._target
        if target is None:
            return
        row = self._layout.row_of(lane.id) if lane is not None else None
        if row is None or lane is None or lane.id == item.bar.lane_id:
            target.hide()
            return
        target.setRect(QRectF(0, row.top, self.sceneRect().width(), row.height))
        target.show()

    def bar_released(self, item: BarItem) -> None:
        """Report a drop on another lane; anything else puts the bar back."""
        if self._target is not None:
            self._target.hide()
        lane = self.drop_lane(item.pos().y() + item.rect().height() / 2)
        if lane is None or lane.id == item.bar.lane_id:
            item.snap_back()
            return
        self.sig_bar_dropped.emit(item, lane)
