"""The calendar's grid: column headings that stay put above hours that scroll.

Two graphics views share one geometry: the heading view above, the grid below (its
horizontal scrolling drives the heading's). The grid fits the viewport — taller hours when
there is room, a scroll bar when there is not — and is laid out again on every resize.
What a column holds and what a click means is the calendar's business; the grid reports
clicks, keys and right clicks with the column and the time under the pointer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QVBoxLayout, QWidget

from desk_app.services.appointment_calendar import MINUTES_PER_HOUR, hour_span, side_by_side
from desk_app.services.appointments import CalendarEntry
from desk_app.ui.appointments.blocks import (
    BookingBlock,
    Geometry,
    GridScene,
    HeaderScene,
    clock_text,
)

MIN_COLUMN_WIDTH = 120
MIN_HOUR_LINES = 3.0
"""An hour is at least three lines of text tall, so a one-hour booking shows its car."""
SCROLL_MARGIN = 24
SLOT_BEFORE = 30
"""Minutes shown above the first booking when a day or week is opened."""

BlockTexts = Callable[[CalendarEntry], tuple[Sequence[str], str]]


@dataclass(frozen=True)
class Column:
    """One column of the grid: the day it shows, its heading and its bookings."""

    day: date
    title: str
    subtitle: str
    entries: tuple[CalendarEntry, ...]


class GridView(QGraphicsView):
    """The scrolling part; tells its ``CalendarGrid`` about resizes, clicks and keys."""

    def __init__(self, owner: CalendarGrid) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setObjectName("calendarGrid")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def block_at(self, pos: QPoint) -> BookingBlock | None:
        return next((i for i in self.items(pos) if isinstance(i, BookingBlock)), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._owner.relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        block = self.block_at(pos)
        if block is None:
            self.scene().clearSelection()
        super().mousePressEvent(event)
        self._owner.pressed(pos, block, double=False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._owner.pressed(pos, self.block_at(pos), double=True)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handler = self._owner.key_handler
        if handler is None or not handler(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        block = self.block_at(event.pos())
        if block is not None:
            self._owner.select(block.entry.id)
            self._owner.sig_menu_requested.emit(event.globalPos())


class CalendarGrid(QWidget):
    """Headings and hours for a list of columns; booking blocks laid side by side."""

    sig_selected = Signal(object)
    """The selected booking changed (CalendarEntry, or None)."""
    sig_pressed = Signal(int, int, object, bool)
    """A click: column index (-1 on the time axis), minute of the day, the BookingBlock under
    the pointer (or None), and whether it was a double click."""
    sig_menu_requested = Signal(QPoint)
    """A right click (or the Menu key) on the selected booking (QPoint: global position)."""

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._columns: list[Column] = []
        self._highlight: date | None = None
        self._today = date.min
        self._now_minute = 0
        self._texts: BlockTexts = lambda entry: ((entry.client_name,), "")
        self._hint = ""
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        """Called with each key pressed in the grid; True when it handled the key."""
        self.geometry_: Geometry | None = None

        self.header_scene = HeaderScene(self)
        self.header = QGraphicsView(self.header_scene, self)
        self.header.setObjectName("calendarHeader")
        self.header.setFrameShape(QFrame.Shape.NoFrame)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.header.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.header.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scene = GridScene(self)
        self.view = GridView(self)
        self.view.setScene(self.scene)
        self.view.horizontalScrollBar().valueChanged.connect(
            self.header.horizontalScrollBar().setValue
        )
        self.scene.selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def show_columns(
        self,
        columns: Sequence[Column],
        *,
        highlight: date | None,
        today: date,
        now_minute: int,
        texts: BlockTexts,
        hint: str,
    ) -> None:
        """Draw ``columns``; ``highlight`` is the day to tint, ``hint`` what an empty grid says."""
        self._columns = list(columns)
        self._highlight, self._today, self._now_minute = highlight, today, now_minute
        self._texts, self._hint = texts, hint
        self.relayout()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def relayout(self) -> None:
        """Fit the columns to the viewport and draw everything again; the selection stays."""
        if not self._columns:
            return
        selected = self.selected_entry()
        scroll = self.view.verticalScrollBar().value()
        geometry = self._fit()
        self.geometry_ = geometry
        self.header_scene.build(geometry, self._columns, self._today, self._highlight)
        self.header.setFixedHeight(int(self.header_scene.sceneRect().height()))
        blocked = self.scene.blockSignals(True)
        try:
            self.scene.build(geometry, self._columns, self._highlight)
            self.scene.draw_now(geometry, self._columns, self._today, self._now_minute)
            for index, column in enumerate(self._columns):
                for placed in side_by_side(column.entries):
                    self.scene.add_block(placed, index, column.day, self.tz, geometry, self._texts)
            if not any(column.entries for column in self._columns):
                self.scene.add_hint(self._hint)
            if selected is not None and (block := self.block_for(selected.id)) is not None:
                block.setSelected(True)
        finally:
            self.scene.blockSignals(blocked)
        self.view.verticalScrollBar().setValue(scroll)

    def scroll_to(self, minute: int) -> None:
        """Scroll so that ``minute`` of the day is near the top (as far as the grid goes)."""
        if self.geometry_ is not None:
            top = self.geometry_.y(minute - SLOT_BEFORE)
            self.view.verticalScrollBar().setValue(int(max(top, 0)))

    def _fit(self) -> Geometry:
        first, last = hour_span([e for c in self._columns for e in c.entries], self.tz)
        metrics = self.fontMetrics()
        room = self.view.maximumViewportSize()
        hours = last - first
        hour_height = max(48.0, MIN_HOUR_LINES * metrics.lineSpacing(), (room.height() - 1) / hours)
        width = room.width() - 1
        if hour_height * hours > room.height():
            width -= self.view.verticalScrollBar().sizeHint().width()
        labels = (clock_text(hour * MINUTES_PER_HOUR) for hour in (0, 12, 23))
        axis = max(metrics.horizontalAdvance(label) for label in labels) + 18.0
        column_width = max(MIN_COLUMN_WIDTH, (width - axis) / len(self._columns))
        return Geometry(axis, column_width, hour_height, first, last)

    # -- blocks and selection -------------------------------------------------------------

    def blocks(self) -> list[BookingBlock]:
        return self.scene.blocks()

    def block_for(self, appointment_id: int) -> BookingBlock | None:
        return next((b for b in self.blocks() if b.entry.id == appointment_id), None)

    def selected_entry(self) -> CalendarEntry | None:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, BookingBlock)]
        return selected[0].entry if selected else None

    def _selection_changed(self) -> None:
        self.sig_selected.emit(self.selected_entry())

    def select(self, appointment_id: int | None) -> None:
        """Select the booking's block (None: nothing) and scroll it into view."""
        block = self.block_for(appointment_id) if appointment_id is not None else None
        blocked = self.scene.blockSignals(True)
        try:
            self.scene.clearSelection()
            if block is not None:
                block.setSelected(True)
                self.view.ensureVisible(block, 0, SCROLL_MARGIN)
        finally:
            self.scene.blockSignals(blocked)
        self.sig_selected.emit(self.selected_entry())

    def menu_position(self) -> QPoint:
        """Where a menu for the selected booking opens when asked from the keyboard."""
        selected = self.selected_entry()
        block = self.block_for(selected.id) if selected else None
        if block is None:
            return self.view.viewport().mapToGlobal(QPoint(0, 0))
        centre = self.view.mapFromScene(block.sceneBoundingRect().center())
        return self.view.viewport().mapToGlobal(centre)

    def pressed(self, pos: QPoint, block: BookingBlock | None, *, double: bool) -> None:
        where = self.view.mapToScene(pos)
        geometry = self.geometry_
        if geometry is None:
            return
        index = int((where.x() - geometry.axis) // geometry.column_width)
        if where.x() < geometry.axis or index >= len(self._columns):
            index = -1
        self.sig_pressed.emit(index, geometry.minute_at(where.y()), block, double)
