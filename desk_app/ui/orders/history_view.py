"""An order's history drawn as a vertical timeline: a dot per event on one rail, with the
time, who and what beside it; between status changes, how long the car stood and who it
waited for; on top, the total waiting per party, so where the car stood still shows first,
and under it how long the order waited on each department's answers to its requests (which
link of the chain made the promise slip).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import DepartmentKind
from desk_app.services.order_history import OrderHistory, WaitingOn
from desk_app.ui.formatting import local_datetime
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.orders.history_story import StoryLine, department_waits, story
from desk_app.ui.orders.texts import duration_text, party_label

RAIL_X = 14
GUTTER = 34
DOT_RADIUS = 6
DOT_Y = 10
RAIL_COLOUR = QColor("#c3c9d1")
CHIP_STYLE = (
    "background: #f3f4f6; border: 1px solid #d5dbe1; border-radius: 9px; padding: 2px 10px;"
)


class RailRow(QWidget):
    """One line of the history with its piece of the rail (and its dot) painted on the left."""

    def __init__(self, line: StoryLine, *, first: bool, last: bool) -> None:
        super().__init__()
        self.line = line
        self._first, self._last = first, last
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GUTTER, 2, 8, 10 if line.dot else 6)
        layout.setSpacing(1)
        if line.dot is None:
            self.title = self._label(line.title, "color: #5f6b76; font-style: italic;")
            if line.ongoing:
                self.title.setStyleSheet("color: #8a5300; font-style: italic; font-weight: 600;")
            layout.addWidget(self.title)
            return
        self.meta = self._label(line.meta, MUTED_STYLE)
        self.title = self._label(line.title, "font-weight: 600;")
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        if line.body:
            self.body = self._label(line.body, "")
            layout.addWidget(self.body)

    @staticmethod
    def _label(text: str, style: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(style)
        return label

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = self.line.dot
        centre_y = DOT_Y + 2 if dot else 0
        pen = QPen(RAIL_COLOUR, 2)
        if dot is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        top = centre_y if self._first else 0
        bottom = centre_y if self._last else self.height()
        if bottom > top:
            painter.drawLine(QPointF(RAIL_X, top), QPointF(RAIL_X, bottom))
        if dot is not None:
            painter.setPen(QPen(dot.darker(130), 1.5))
            painter.setBrush(dot)
            painter.drawEllipse(QPointF(RAIL_X, centre_y), DOT_RADIUS, DOT_RADIUS)
        painter.end()


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_title = QLabel(self.tr("Waited in all:"))
        self.summary_title.setStyleSheet("font-weight: 600;")
        self.chips: dict[WaitingOn, QLabel] = {}
        self._summary = QHBoxLayout()
        self._summary.setContentsMargins(0, 0, 0, 0)
        self._summary.addWidget(self.summary_title)
        self._summary.addStretch(1)
        self.requests_title = QLabel(self.tr("Waited on requests:"))
        self.requests_title.setStyleSheet("font-weight: 600;")
        self.department_chips: dict[DepartmentKind, QLabel] = {}
        self._requests_summary = QHBoxLayout()
        self._requests_summary.setContentsMargins(0, 0, 0, 0)
        self._requests_summary.addWidget(self.requests_title)
        self._requests_summary.addStretch(1)

        self.rows: list[RailRow] = []
        self._column_widget = QWidget()
        self._column_widget.setObjectName("historyRail")
        self._column_widget.setStyleSheet("#historyRail { background: palette(base); }")
        self._column = QVBoxLayout(self._column_widget)
        self._column.setContentsMargins(4, 8, 4, 8)
        self._column.setSpacing(0)
        self._column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self._column_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._follow_end = True
        """Keep the latest events in view while the rows settle, until the user scrolls."""
        bar = self.scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_end_in_view)
        bar.actionTriggered.connect(self._user_scrolled)
        self.empty = QLabel(self.tr("Nothing has happened to this order yet."))
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(self._summary)
        layout.addLayout(self._requests_summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)

    def set_history(self, history: OrderHistory) -> None:
        self._show_summary(history)
        for row in self.rows:
            self._column.removeWidget(row)
            row.deleteLater()
        lines = story(history, local_datetime)
        self.rows = [
            RailRow(line, first=index == 0, last=index == len(lines) - 1)
            for index, line in enumerate(lines)
        ]
        for index, row in enumerate(self.rows):
            self._column.insertWidget(index, row)
        self.empty.setVisible(not self.rows)
        self._follow_end = True

    def _keep_end_in_view(self, _low: int, high: int) -> None:
        if self._follow_end:
            self.scroll.verticalScrollBar().setValue(high)

    def _user_scrolled(self, _action: int) -> None:
        self._follow_end = False

    def _show_summary(self, history: OrderHistory) -> None:
        for chip in self.chips.values():
            self._summary.removeWidget(chip)
            chip.deleteLater()
        self.chips.clear()
        position = 1
        longest_first = sorted(history.waited.items(), key=lambda item: -item[1])
        for party, waited in longest_first:
            if not waited:
                continue
            chip = QLabel(
                self.tr("{party}: {duration}").format(
                    party=party_label(party), duration=duration_text(waited)
                )
            )
            chip.setObjectName(f"waited_{party.value}")
            chip.setStyleSheet(CHIP_STYLE)
            self._summary.insertWidget(position, chip)
            self.chips[party] = chip
            position += 1
        self.summary_title.setVisible(bool(self.chips))
        self._show_department_waits(history)

    def _show_department_waits(self, history: OrderHistory) -> None:
        for chip in self.department_chips.values():
            self._requests_summary.removeWidget(chip)
            chip.deleteLater()
        self.department_chips.clear()
        for position, (department, text) in enumerate(department_waits(history), start=1):
            chip = QLabel(text)
            chip.setObjectName(f"waited_on_{department.value}")
            chip.setStyleSheet(CHIP_STYLE)
            self._requests_summary.insertWidget(position, chip)
            self.department_chips[department] = chip
        self.requests_title.setVisible(bool(self.department_chips))
        # both rows' chips start at one edge
        width = max(self.summary_title.sizeHint().width(), self.requests_title.sizeHint().width())
        for title in (self.summary_title, self.requests_title):
            title.setMinimumWidth(width)

    def texts(self) -> list[str]:
        """Every line as read, top to bottom (for tests and accessibility checks)."""
        return [
            "\n".join(part for part in (row.line.title, row.line.meta, row.line.body) if part)
            for row in self.rows
        ]
