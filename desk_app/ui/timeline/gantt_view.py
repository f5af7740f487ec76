"""The shop's timeline as one widget: a lane per bay or mechanic, each open order a bar from
intake to promise, the day's bookings on top, and a master's drag to reassign a car.

``ShopTimelineWidget`` asks ``services.shop_timeline`` for what to show and for every
reassignment; it decides only where things are drawn, and holds the state of what is
shown (period, span, lanes by bay or mechanic) that its toolbar lets the user change.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.services.errors import StaleEdit
from desk_app.services.permissions import Action
from desk_app.services.shop_timeline import (
    Lane,
    LaneKind,
    ShopTimeline,
    load_timeline,
    move_to_bay,
    move_to_mechanic,
)
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import workstation_time_zone
from desk_app.ui.timeline.gantt_frame import GanttView
from desk_app.ui.timeline.gantt_items import BarFonts, BarItem
from desk_app.ui.timeline.gantt_layout import lane_title, lay_out
from desk_app.ui.timeline.gantt_rulers import (
    axis_height,
    build_axis,
    build_lane_header,
    header_width,
)
from desk_app.ui.timeline.gantt_scale import Span, TimeScale
from desk_app.ui.timeline.gantt_toolbar import GanttToolbar, legend_html

CLOCK_TICK_MS = 60_000
MORNING_HOUR = 8
"""Where a day opens when "now" is not on it."""
NOW_AT = 0.25
"""Where "now" sits across the view when a period is opened (a share of its width)."""


class ShopTimelineWidget(QWidget):
    """The timeline of the shop with its toolbar; reload it with ``refresh``."""

    sig_open_order = Signal(int)
    """A bar was double-clicked: show that work order (int: its id)."""
    sig_status_message = Signal(str)
    """A result or an error for the status bar (str: the translated text)."""
    _sig_reload = Signal()
    """Queued: reload once the mouse event that asked for it is over (its bar is deleted)."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tz = tz or workstation_time_zone()
        self.can_drag = context.actor.can(Action.ASSIGN_WORK)
        self.toolbar = GanttToolbar(self.today, self)
        self.toolbar.sig_changed.connect(self._toolbar_changed)
        self.view = GanttView(self)
        self.view.chart.sig_bar_dropped.connect(self._dropped)
        self.view.chart.sig_open_order.connect(self.sig_open_order)
        self.legend = QLabel(legend_html())
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("color: #5f6b76;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.fonts = BarFonts.from_font(self.font())
        self.scale = TimeScale.around(self.toolbar.day(), Span.DAY, self.tz)
        self.kind = LaneKind.BAY
        self.timeline: ShopTimeline | None = None
        self._scroll_home = True
        self._sig_reload.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()

    def today(self) -> date:
        return clock.now().astimezone(self.tz).date()

    # -- what is shown --------------------------------------------------------------------

    def set_mode(self, kind: LaneKind, span: Span) -> None:
        """Lanes by bay or by mechanic, over a day or a week; reloads."""
        self._show(self.toolbar.day(), span, kind)

    def set_day(self, day: date) -> None:
        """Show the day (or the week) that holds ``day``; reloads."""
        self._show(day, self.scale.span, self.kind)

    def _toolbar_changed(self) -> None:
        self._show(self.toolbar.day(), self.toolbar.span(), self.toolbar.kind())

    def _show(self, day: date, span: Span, kind: LaneKind) -> None:
        scale = TimeScale.around(day, span, self.tz)
        self._scroll_home = self._scroll_home or scale != self.scale or kind is not self.kind
        self.scale, self.kind = scale, kind
        self.toolbar.show_state(day, span, kind)
        self.refresh()

    def refresh(self) -> None:
        """Reload the period from the service and draw it again; the scroll position stays."""
        try:
            timeline = load_timeline(
                self.context.db, self.context.actor, self.kind, self.scale.start, self.scale.end
            )
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        self.timeline = timeline
        self._draw(timeline)

    def _draw(self, timeline: ShopTimeline) -> None:
        font = self.font()
        layout = lay_out(timeline, self.scale, self.fonts.bar_height())
        self.view.chart.build(layout, self.scale, timeline.now, self.fonts, self.can_drag)
        lanes_width = header_width(layout, self.kind, font)
        build_axis(self.view.axis_scene, self.scale, timeline.now, font)
        build_lane_header(self.view.lane_scene, layout, self.kind, lanes_width, font)
        self.view.set_rulers(int(lanes_width), int(axis_height(font, self.scale.span)))
        self.view.corner.setText(
            self.tr("Bays") if self.kind is LaneKind.BAY else self.tr("Mechanics")
        )
        self._go_home()
        self.view.sync_rulers()
        self.view.reveal()
        self._summarise(timeline)

    def _summarise(self, timeline: ShopTimeline) -> None:
        cars = {bar.order_id for bar in timeline.bars}
        late = {bar.order_id for bar in timeline.bars if bar.overdue}
        parts = [self.tr("%n car(s)", "", len(cars))]
        if late:
            parts.append(self.tr("%n overdue", "", len(late)))
        if timeline.appointments:
            parts.append(self.tr("%n booked", "", len(timeline.appointments)))
        self.toolbar.show_summary(" · ".join(parts), bool(late))

    def _go_home(self) -> None:
        """On a new period: "now" in sight, else the morning; once the view has its size."""
        if not self._scroll_home or not self.view.isVisible() or self.timeline is None:
            return
        self._scroll_home = False
        scale = self.scale
        now_x = scale.x(self.timeline.now)
        if 0 <= now_x <= scale.width:
            left = now_x - self.view.viewport().width() * NOW_AT
        elif scale.span is Span.DAY:
            left = scale.x(scale.local_moment(scale.first, MORNING_HOUR)) - 10
        else:
            left = 0.0
        self.view.horizontalScrollBar().setValue(int(max(left, 0)))
        self.view.verticalScrollBar().setValue(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._go_home()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._go_home()

    def _tick(self) -> None:
        """Once a minute the red line moves on (not in the middle of a drag)."""
        if self.isVisible() and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self.refresh()

    # -- for tests and the area -----------------------------------------------------------

    def bar_items(self) -> list[BarItem]:
        return self.view.chart.bar_items()

    def lane_y(self, lane_id: int | None) -> float:
        """The middle of a lane in scene coordinates: where a bar dropped lands on it."""
        row = self.view.chart.layout.row_of(lane_id)
        if row is None:
            raise LookupError(f"no lane {lane_id!r} on the timeline")
        return row.middle

    # -- reassigning ----------------------------------------------------------------------

    def _dropped(self, item: BarItem, lane: Lane) -> None:
        bar = item.bar
        db, actor = self.context.db, self.context.actor
        try:
            if self.kind is LaneKind.BAY:
                move_to_bay(db, actor, bar.order_id, lane.id, expected_version=bar.order_version)
            else:
                move_to_mechanic(
                    db,
                    actor,
                    bar.order_id,
                    bar.lane_id,
                    lane.id,
                    expected_version=bar.order_version,
                )
        except DeskError as error:
            item.snap_back()
            self.sig_status_message.emit(error_text(error))
            if isinstance(error, StaleEdit):
                self._sig_reload.emit()  # someone else moved it: show where it is now
            return
        name = lane_title(lane, self.kind)
        if self.kind is LaneKind.BAY:
            text = self.tr("Order {number} moved to {lane}.")
        else:
            text = self.tr("Order {number}: works handed over to {lane}.")
        self.sig_status_message.emit(text.format(number=bar.number, lane=name))
        self._sig_reload.emit()
