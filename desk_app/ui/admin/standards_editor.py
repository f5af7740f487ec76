"""The service standards in words ("Mon–Fri 09:00–19:00, Sat 10:00–16:00", "1 h 30 min")
and the small editor of a kind's weekly windows.

An editor row is one opening time on several days (the way a department publishes its
hours), so the editor splits it into one ``Window`` per ticked day for the service, and
groups the saved windows back into rows when it shows them. Times are typed as hh:mm in
an editable list, since a window may close at 24:00, which no ``QTimeEdit`` shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.service_standard import MINUTES_PER_DAY
from desk_app.services.service_standards import Window

CONTEXT = "StandardsPage"
DAY_NAMES = (
    QT_TRANSLATE_NOOP("StandardsPage", "Mon"),
    QT_TRANSLATE_NOOP("StandardsPage", "Tue"),
    QT_TRANSLATE_NOOP("StandardsPage", "Wed"),
    QT_TRANSLATE_NOOP("StandardsPage", "Thu"),
    QT_TRANSLATE_NOOP("StandardsPage", "Fri"),
    QT_TRANSLATE_NOOP("StandardsPage", "Sat"),
    QT_TRANSLATE_NOOP("StandardsPage", "Sun"),
)
WORKING_WEEK = (0, 1, 2, 3, 4)
OFFICE_OPENS, OFFICE_CLOSES = 9 * 60, 18 * 60
TIME_STEP = 30
DAY_BUTTON_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 3px 2px;"
    " background: palette(base); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
)
TIME_PATTERN = r"^\s*(\d{1,2}):?(\d{2})\s*$"


def day_name(weekday: int) -> str:
    return QCoreApplication.translate("StandardsPage", DAY_NAMES[weekday])


def clock_text(minutes: int) -> str:
    """Minutes after midnight as hh:mm; the end of the day is 24:00."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_clock(text: str) -> int | None:
    """hh:mm as minutes after midnight (up to 24:00), or None when it is no time of day."""
    match = QRegularExpression(TIME_PATTERN).match(text)
    if not match.hasMatch():
        return None
    hours, minutes = int(match.captured(1)), int(match.captured(2))
    if minutes > 59 or hours * 60 + minutes > MINUTES_PER_DAY:
        return None
    return hours * 60 + minutes


def response_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("StandardsPage", "{minutes} min").format(minutes=rest)
    if not rest:
        return QCoreApplication.translate("StandardsPage", "{hours} h").format(hours=hours)
    text = QCoreApplication.translate("StandardsPage", "{hours} h {minutes} min")
    return text.format(hours=hours, minutes=rest)


def days_text(days: Sequence[int]) -> str:
    """Weekdays as runs: three or more in a row become "Mon–Fri"."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{day_name(run[0])}–{day_name(run[-1])}")
        else:
            parts.extend(day_name(day) for day in run)
    return ", ".join(parts)


def grouped(windows: Iterable[Window]) -> list[tuple[list[int], tuple[tuple[int, int], ...]]]:
    """Days that share the same hours, in weekday order: ([0..4], ((540, 1140),)), ..."""
    hours: dict[int, list[tuple[int, int]]] = {}
    for window in sorted(windows):
        hours.setdefault(window.weekday, []).append((window.opens, window.closes))
    groups: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for day, spans in sorted(hours.items()):
        groups.setdefault(tuple(spans), []).append(day)
    return [(days, spans) for spans, days in groups.items()]


def windows_text(windows: Sequence[Window]) -> str:
    if not windows:
        return QCoreApplication.translate("StandardsPage", "no window: never served")
    parts = []
    for days, spans in grouped(windows):
        times = [f"{clock_text(opens)}–{clock_text(closes)}" for opens, closes in spans]
        joined = times[0]
        for more in times[1:]:
            both = QCoreApplication.translate("StandardsPage", "{first} and {second}")
            joined = both.format(first=joined, second=more)
        parts.append(f"{days_text(days)} {joined}")
    return ", ".join(parts)


class TimeBox(QComboBox):
    """An hh:mm time typed or picked from the half hours, 00:00 to 24:00."""

    def __init__(self, minutes: int) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems([clock_text(m) for m in range(0, MINUTES_PER_DAY + 1, TIME_STEP)])
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,2}:?\d{0,2}$"), self)
        )
        self.setMaxVisibleItems(12)
        self.setMinimumContentsLength(5)
        self.setCurrentText(clock_text(minutes))

    def minutes(self) -> int | None:
        return parse_clock(self.currentText())


class WindowRow(QWidget):
    """One line of the editor: the days it holds on, opens, closes, and its Remove."""

    sig_edited = Signal()
    sig_remove = Signal(QWidget)
    """The row asks to be removed (QWidget: itself)."""

    def __init__(self, days: Iterable[int], opens: int, closes: int) -> None:
        super().__init__()
        chosen = set(days)
        self.day_buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for weekday in range(7):
            button = QToolButton()
            button.setText(day_name(weekday))
            button.setCheckable(True)
            button.setChecked(weekday in chosen)
            button.setFixedWidth(36)
            button.setStyleSheet(DAY_BUTTON_STYLE)
            button.toggled.connect(self.sig_edited)
            self.day_buttons.append(button)
            layout.addWidget(button)
        layout.addSpacing(8)
        self.opens_box, self.closes_box = TimeBox(opens), TimeBox(closes)
        self.opens_box.setToolTip(self.tr("Opens"))
        self.closes_box.setToolTip(self.tr("Closes"))
        layout.addWidget(self.opens_box)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.closes_box)
        for box in (self.opens_box, self.closes_box):
            box.currentTextChanged.connect(self.sig_edited)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.sig_remove.emit(self))
        layout.addSpacing(4)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)

    def days(self) -> list[int]:
        return [day for day, button in enumerate(self.day_buttons) if button.isChecked()]


class WindowsEditor(QWidget):
    """The weekly windows of one kind, a row per opening time; ``read`` gives the service's
    windows or the reason the rows cannot be read."""

    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WindowRow] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        self.empty_label = QLabel(self.tr("No windows: requests of this kind are never served."))
        self.add_button = QPushButton(self.tr("Add window"))
        self.add_button.clicked.connect(lambda: self.add_row([0], OFFICE_OPENS, OFFICE_CLOSES))
        self.week_button = QPushButton(self.tr("Add Mon–Fri 09:00–18:00"))
        self.week_button.setToolTip(self.tr("The usual working week in one row"))
        self.week_button.clicked.connect(
            lambda: self.add_row(WORKING_WEEK, OFFICE_OPENS, OFFICE_CLOSES)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.week_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

    def set_windows(self, windows: Sequence[Window]) -> None:
        """Show saved windows, one row per opening time shared by several days."""
        for row in list(self.rows):
            self._drop(row)
        rows: dict[tuple[int, int], list[int]] = {}
        for window in sorted(windows):
            rows.setdefault((window.opens, window.closes), []).append(window.weekday)
        for (opens, closes), days in sorted(rows.items(), key=lambda item: (item[1], item[0])):
            self._append(WindowRow(days, opens, closes))
        self.empty_label.setVisible(not self.rows)

    def add_row(self, days: Iterable[int], opens: int, closes: int) -> WindowRow:
        row = WindowRow(days, opens, closes)
        self._append(row)
        self.empty_label.hide()
        row.opens_box.setFocus()
        self.sig_edited.emit()
        return row

    def remove_row(self, row: QWidget) -> None:
        if isinstance(row, WindowRow) and row in self.rows:
            self._drop(row)
            self.empty_label.setVisible(not self.rows)
            self.sig_edited.emit()

    def read(self) -> tuple[list[Window], str | None]:
        """The windows as typed, or the reason (translated) they cannot be read."""
        windows: list[Window] = []
        for row in self.rows:
            opens, closes = row.opens_box.minutes(), row.closes_box.minutes()
            if opens is None or closes is None:
                return [], self.tr("Type the times as hh:mm, from 00:00 to 24:00.")
            if not row.days():
                return [], self.tr("Tick the days of every window.")
            windows.extend(Window(day, opens, closes) for day in row.days())
        return windows, None

    def _append(self, row: WindowRow) -> None:
        row.sig_edited.connect(self.sig_edited)
        row.sig_remove.connect(self.remove_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)

    def _drop(self, row: WindowRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
