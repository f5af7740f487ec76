"""The timeline's controls: which day or week, by bay or by mechanic, and what it all means.

Laid out like the appointment calendar's bar (◀ Today ▶, the period in bold, segmented
switches), so the two read alike. The toolbar only holds the choice; the timeline reads it
back when ``sig_changed`` fires.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from desk_app.models import WorkOrderStatus
from desk_app.services.shop_timeline import LaneKind
from desk_app.services.work_orders import OPEN_STATUSES
from desk_app.ui.formatting import local_date
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.timeline.gantt_appointments import APPOINTMENT_ACCENT
from desk_app.ui.timeline.gantt_items import OVERDUE
from desk_app.ui.timeline.gantt_scale import LOOKS, Span, first_day

ALARM_STYLE = "color: #b3261e; font-weight: 600;"


def _tool_button(text: str, name: str, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setCheckable(checkable)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def period_title(day: date, span: Span) -> str:
    """ "Monday, 23.11.2026" for a day; "23.11.2026 – 29.11.2026" for a week."""
    first = first_day(day, span)
    if span is Span.DAY:
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        return f"{name}, {local_date(day)}"
    last = first + timedelta(days=LOOKS[span].days - 1)
    return f"{local_date(first)} – {local_date(last)}"


def _chip(colour: str, border: str, text: str, dashed: bool = False) -> str:
    style = "dashed" if dashed else "solid"
    return (
        f"<span style='background:{colour}; border:1px {style} {border};'>&nbsp;&nbsp;&nbsp;"
        f"</span>&nbsp;{text}"
    )


def legend_html(statuses: tuple[WorkOrderStatus, ...] = tuple(OPEN_STATUSES)) -> str:
    """The colours of the statuses, the overdue mark and the booked visits, in one line."""
    parts = [
        _chip(status_colour(s).name(), status_colour(s).darker(135).name(), status_label(s))
        for s in statuses
    ]
    overdue = QCoreApplication.translate("ShopTimeline", "Overdue")
    parts.append(f"<span style='color:{OVERDUE.name()}'>⚠ {overdue}</span>")
    booked = QCoreApplication.translate("ShopTimeline", "Appointment")
    parts.append(_chip("#ffffff", APPOINTMENT_ACCENT.name(), booked, dashed=True))
    return "&nbsp;&nbsp;&nbsp;".join(parts)


class GanttToolbar(QWidget):
    """◀ Today ▶ and the period; Day / Week; By bay / By mechanic; a one-line summary."""

    sig_changed = Signal()
    """The user picked another period, span or kind of lane; read them back from here."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._day = today()
        self.previous_button = _tool_button("◀", "previousPeriod")
        self.previous_button.setToolTip(self.tr("The day (or week) before"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.today_button = _tool_button(self.tr("Today"), "today")
        self.today_button.clicked.connect(lambda: self._go(self._today()))
        self.next_button = _tool_button("▶", "nextPeriod")
        self.next_button.setToolTip(self.tr("The day (or week) after"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.period_label.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 0 8px;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")

        self.span_buttons = QButtonGroup(self)
        self.day_button = _tool_button(self.tr("Day"), "dayMode", checkable=True)
        self.week_button = _tool_button(self.tr("Week"), "weekMode", checkable=True)
        self.kind_buttons = QButtonGroup(self)
        self.bay_button = _tool_button(self.tr("By bay"), "byBay", checkable=True)
        self.mechanic_button = _tool_button(self.tr("By mechanic"), "byMechanic", checkable=True)
        for group, buttons in (
            (self.span_buttons, (self.day_button, self.week_button)),
            (self.kind_buttons, (self.bay_button, self.mechanic_button)),
        ):
            for button in buttons:
                group.addButton(button)
            group.buttonClicked.connect(lambda _button: self.sig_changed.emit())
        self.day_button.setChecked(True)
        self.bay_button.setChecked(True)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.previous_button, self.today_button, self.next_button):
            row.addWidget(widget)
        row.addWidget(self.period_label)
        row.addWidget(self.summary)
        row.addStretch(1)
        for widget in (self.day_button, self.week_button):
            row.addWidget(widget)
        row.addSpacing(12)
        for widget in (self.bay_button, self.mechanic_button):
            row.addWidget(widget)
        self._show_period()

    def day(self) -> date:
        return self._day

    def span(self) -> Span:
        return Span.WEEK if self.week_button.isChecked() else Span.DAY

    def kind(self) -> LaneKind:
        return LaneKind.MECHANIC if self.mechanic_button.isChecked() else LaneKind.BAY

    def show_state(self, day: date, span: Span, kind: LaneKind) -> None:
        """Show a choice made elsewhere (no ``sig_changed``: the caller knows)."""
        self._day = day
        (self.week_button if span is Span.WEEK else self.day_button).setChecked(True)
        (self.mechanic_button if kind is LaneKind.MECHANIC else self.bay_button).setChecked(True)
        self._show_period()

    def show_summary(self, text: str, alarm: bool) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ALARM_STYLE if alarm else "")

    def _step(self, direction: int) -> None:
        self._go(self._day + timedelta(days=direction * LOOKS[self.span()].days))

    def _go(self, day: date) -> None:
        self._day = day
        self._show_period()
        self.sig_changed.emit()

    def _show_period(self) -> None:
        self.period_label.setText(period_title(self._day, self.span()))
