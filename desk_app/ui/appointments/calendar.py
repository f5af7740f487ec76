"""The appointment calendar: a day or a week of booked slots, with navigation.

A week has a column per day; a day has a column per person who booked (the one who meets
the car). Rows are the hours the shop works, widened to any booking outside them; each
booking is a block as tall as its slot, tinted by its status, and bookings that share time
sit side by side. The owner loads the week asked for by ``sig_range_changed`` and hands it
over with ``set_days``; the calendar only shows, selects and navigates.

Keys in the grid: ←/→ the previous/next day (the week view follows into the next week),
↑/↓ the previous/next booking of the day, PgUp/PgDn a week (or a day) back or forward,
Home today, Enter start the intake of the selected booking, Menu its actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from html import escape

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.models import AppointmentStatus
from desk_app.services.appointment_calendar import MINUTES_PER_HOUR, by_booker, monday_of
from desk_app.services.appointments import CalendarDay, CalendarEntry
from desk_app.ui.appointments.blocks import BookingBlock, clock_text, status_colours
from desk_app.ui.appointments.grid import CalendarGrid, Column
from desk_app.ui.labels import appointment_status_label, phone_label

SLOT_MINUTES = 30
CLOCK_TICK_MS = 60_000
WEEK = 7


class CalendarMode(StrEnum):
    DAY = "day"
    WEEK = "week"


class AppointmentCalendar(QWidget):
    """Day/week calendar of bookings with previous/next/today navigation."""

    sig_range_changed = Signal(object)
    """The week starting on the given Monday (date) must be (re)loaded and given to set_days."""
    sig_selected = Signal(object)
    """The selected booking changed (CalendarEntry, or None when nothing is selected)."""
    sig_activated = Signal(int)
    """A booking was double-clicked or Enter was pressed on it (int: appointment id)."""
    sig_slot_activated = Signal(object)
    """An empty slot was double-clicked (datetime in the calendar's zone: its half-hour)."""

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._mode = CalendarMode.WEEK
        self._current = self.today()
        self._days: dict[date, tuple[CalendarEntry, ...]] = {}
        self._wanted_minute: int | None = None
        self._scroll_pending = True
        self._menu_actions: list[QAction] = []
        self.menu: QMenu | None = None

        self.previous_button = _tool_button("◀", "previousPeriod")
        self.previous_button.setToolTip(self.tr("The week (or day) before (PgUp)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = _tool_button(self.tr("&Today"), "today")
        self.today_button.setToolTip(self.tr("Back to today (Home)"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = _tool_button("▶", "nextPeriod")
        self.next_button.setToolTip(self.tr("The week (or day) after (PgDown)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.range_label = QLabel()
        self.range_label.setObjectName("rangeLabel")
        self.range_label.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 0 8px;")
        self.day_button = _tool_button(self.tr("&Day"), "dayMode")
        self.week_button = _tool_button(self.tr("&Week"), "weekMode")
        self.mode_group = QButtonGroup(self)
        for button, mode in (
            (self.day_button, CalendarMode.DAY),
            (self.week_button, CalendarMode.WEEK),
        ):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, mode=mode: self.set_mode(mode))
            self.mode_group.addButton(button)
        self.week_button.setChecked(True)
        self.cancelled_box = QCheckBox(self.tr("Show &cancelled"))
        self.cancelled_box.setObjectName("showCancelled")
        self.cancelled_box.toggled.connect(lambda: self.sig_range_changed.emit(self.monday()))
        self.legend = QLabel()
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        nav = QHBoxLayout()
        nav.setSpacing(4)
        for widget in (self.previous_button, self.today_button, self.next_button):
            nav.addWidget(widget)
        nav.addWidget(self.range_label)
        nav.addStretch(1)
        nav.addWidget(self.legend)
        nav.addSpacing(12)
        nav.addWidget(self.cancelled_box)
        nav.addSpacing(12)
        nav.addWidget(self.day_button)
        nav.addWidget(self.week_button)

        self.grid = CalendarGrid(tz, self)
        self.grid.key_handler = self.key_pressed
        self.grid.sig_selected.connect(self.sig_selected)
        self.grid.sig_pressed.connect(self._pressed)
        self.grid.sig_menu_requested.connect(self.show_menu)
        frame = QFrame()
        frame.setObjectName("calendarFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(1, 1, 1, 1)
        inside.addWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addWidget(frame, 1)
        self.setFocusProxy(self.grid)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self._rebuild()

    def _tick(self) -> None:
        """Move the red line of the present (and grey what has passed) once a minute."""
        if any(c.day >= self.today() for c in self.grid.columns()) and self.isVisible():
            self._rebuild()

    # -- where the calendar is ------------------------------------------------------------

    def today(self) -> date:
        return clock.now().astimezone(self.tz).date()

    def mode(self) -> CalendarMode:
        return self._mode

    def current_day(self) -> date:
        """The day the keyboard is on: the day shown (day view) or tinted (week view)."""
        return self._current

    def monday(self) -> date:
        return monday_of(self._current)

    def shows_cancelled(self) -> bool:
        return self.cancelled_box.isChecked()

    def set_mode(self, mode: CalendarMode) -> None:
        self._mode = mode
        self._scroll_pending = True
        (self.day_button if mode is CalendarMode.DAY else self.week_button).setChecked(True)
        self._rebuild()

    def set_current_day(self, day: date) -> None:
        """Move to ``day``; asks for another week through ``sig_range_changed`` when needed."""
        old_monday, old_day = self.monday(), self._current
        self._current = day
        new_week = self.monday() != old_monday
        self._scroll_pending = new_week or (self._mode is CalendarMode.DAY and day != old_day)
        if new_week:
            self._show_range()
            self.sig_range_changed.emit(self.monday())
        else:
            self._rebuild()

    def step(self, direction: int) -> None:
        """A period back (-1) or forward (+1): a week in the week view, a day in the day view."""
        days = WEEK if self._mode is CalendarMode.WEEK else 1
        self.set_current_day(self._current + timedelta(days=days * direction))

    def go_today(self) -> None:
        self.set_current_day(self.today())

    def _show_range(self) -> None:
        locale = QLocale()
        if self._mode is CalendarMode.DAY:
            text = locale.toString(_qdate(self._current), QLocale.FormatType.LongFormat)
            if self._current == self.today():
                text = self.tr("{day} (today)").format(day=text)
        else:
            first, last = self.monday(), self.monday() + timedelta(days=WEEK - 1)
            start_format = "d MMMM" if first.year == last.year else "d MMMM yyyy"
            text = "{first} – {last}".format(
                first=locale.toString(_qdate(first), start_format),
                last=locale.toString(_qdate(last), "d MMMM yyyy"),
            )
        self.range_label.setText(text)

    # -- what is shown --------------------------------------------------------------------

    def set_days(self, days: Sequence[CalendarDay]) -> None:
        """Show a loaded week (``appointments.list_week``); the selection is kept by id."""
        self._days = {day.day: day.entries for day in days}
        self._rebuild()

    def entries(self) -> list[CalendarEntry]:
        """The bookings shown now, in time order."""
        return sorted((e for c in self.grid.columns() for e in c.entries), key=_time_order)

    def blocks(self) -> list[BookingBlock]:
        return self.grid.blocks()

    def block_for(self, appointment_id: int) -> BookingBlock | None:
        return self.grid.block_for(appointment_id)

    def _columns(self) -> list[Column]:
        if self._mode is CalendarMode.WEEK:
            days = [self.monday() + timedelta(days=i) for i in range(WEEK)]
            return [
                Column(day, QLocale().toString(_qdate(day), "ddd d"), self._count(found), found)
                for day in days
                for found in [self._days.get(day, ())]
            ]
        people = by_booker(self._days.get(self._current, ())) or [(self.tr("No bookings"), ())]
        return [
            Column(self._current, name or self.tr("Unknown"), self._count(found), found)
            for name, found in people
        ]

    def _count(self, entries: Sequence[CalendarEntry]) -> str:
        active = sum(e.status is not AppointmentStatus.CANCELLED for e in entries)
        return self.tr("%n booking(s)", "", active) if active else "—"

    def _rebuild(self) -> None:
        selected = self.grid.selected_entry()
        self._show_range()
        columns = self._columns()
        self.grid.show_columns(
            columns,
            highlight=self._current if self._mode is CalendarMode.WEEK else None,
            today=self.today(),
            now_minute=self._minute(clock.now()),
            texts=self._texts,
            hint=self.tr("No bookings. Press “Book…” or double-click a free slot."),
        )
        shown = [e for c in columns for e in c.entries]
        self._show_legend(shown)
        if self._scroll_pending and self._days:
            self._scroll_pending = False
            self.grid.scroll_to(self._first_minute(shown))
        if self._wanted_minute is not None:
            self._select_nearest(self._wanted_minute)
        else:
            self.grid.select(selected.id if selected else None)
        self._wanted_minute = None

    def _first_minute(self, entries: Sequence[CalendarEntry]) -> int:
        """Where the eye should start: the first booking, or now if that is earlier today."""
        minutes = [self._minute(e.starts_at) for e in entries]
        if any(c.day == self.today() for c in self.grid.columns()):
            minutes.append(self._minute(clock.now()))
        return min(minutes, default=0)

    def _minute(self, moment: datetime) -> int:
        local = moment.astimezone(self.tz)
        return local.hour * MINUTES_PER_HOUR + local.minute

    def _texts(self, entry: CalendarEntry) -> tuple[tuple[str, ...], str]:
        """A block's lines (client, time and status, car, reason) and its tooltip."""
        when = "–".join(clock_text(self._minute(t)) for t in (entry.starts_at, entry.ends_at))
        if entry.status is not AppointmentStatus.BOOKED:
            when += " · " + appointment_status_label(entry.status)
        car = " ".join(p for p in (entry.vehicle_title, entry.plate) if p)
        details = [
            f"<b>{escape(entry.client_name)}</b>",
            escape(when),
            escape(phone_label(entry.phone)),
            escape(car),
            escape(entry.reason),
            f"<i>{escape(entry.note)}</i>" if entry.note else "",
            escape(self.tr("Booked by {name}").format(name=entry.booked_by)),
        ]
        return (entry.client_name, when, car, entry.reason), "<br>".join(d for d in details if d)

    def _show_legend(self, entries: Sequence[CalendarEntry]) -> None:
        """Each status in its colours with how many bookings are in it: a legend and a tally."""
        chips = []
        for status in AppointmentStatus:
            if status is AppointmentStatus.CANCELLED and not self.shows_cancelled():
                continue
            fill, accent = status_colours(status)
            count = sum(e.status is status for e in entries)
            chips.append(
                f'<span style="background:{fill.name()}; color:{accent.darker(140).name()};">'
                f"&nbsp;{escape(appointment_status_label(status))}: <b>{count}</b>&nbsp;</span>"
            )
        self.legend.setText("&nbsp; ".join(chips))

    # -- selection and keys ---------------------------------------------------------------

    def selected_entry(self) -> CalendarEntry | None:
        return self.grid.selected_entry()

    def select_entry(self, appointment_id: int | None) -> None:
        """Select a booking; in the week view the keyboard's day follows it."""
        block = self.block_for(appointment_id) if appointment_id is not None else None
        day = block.entry.starts_at.astimezone(self.tz).date() if block else None
        if day is not None and day != self._current and self._mode is CalendarMode.WEEK:
            self._current = day
            self._rebuild()
        self.grid.select(appointment_id if block else None)

    def _day_entries(self) -> list[CalendarEntry]:
        shown = {block.entry.id for block in self.blocks()}
        return [
            e for e in sorted(self._days.get(self._current, ()), key=_time_order) if e.id in shown
        ]

    def _select_nearest(self, minute: int) -> None:
        entries = self._day_entries()
        nearest = min(entries, key=lambda e: abs(self._minute(e.starts_at) - minute), default=None)
        self.grid.select(nearest.id if nearest else None)

    def _step_booking(self, direction: int) -> None:
        ids = [entry.id for entry in self._day_entries()]
        if not ids:
            return
        selected = self.selected_entry()
        if selected is None or selected.id not in ids:
            index = 0 if direction > 0 else len(ids) - 1
        else:
            index = min(max(ids.index(selected.id) + direction, 0), len(ids) - 1)
        self.grid.select(ids[index])

    def key_pressed(self, event: QKeyEvent) -> bool:
        """The grid's keys (see the module's docstring); False for keys it leaves alone."""
        key = event.key()
        selected = self.selected_entry()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._wanted_minute = self._minute(selected.starts_at) if selected else 0
            self.set_current_day(
                self._current + timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
            )
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_booking(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Home:
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected is not None:
            self.sig_activated.emit(selected.id)
        elif key == Qt.Key.Key_Menu and selected is not None:
            self.show_menu(self.grid.menu_position())
        else:
            return False
        return True

    # -- the mouse ------------------------------------------------------------------------

    def _pressed(self, column: int, minute: int, block: BookingBlock | None, double: bool) -> None:
        if column < 0:
            return
        day = self.grid.columns()[column].day
        if double and block is not None:
            self.sig_activated.emit(block.entry.id)
        elif double:
            start = datetime.combine(day, time(), tzinfo=self.tz)
            self.sig_slot_activated.emit(start + timedelta(minutes=minute - minute % SLOT_MINUTES))
        elif day != self._current and self._mode is CalendarMode.WEEK:
            self._current = day
            self._rebuild()

    def set_menu_actions(self, actions: Sequence[QAction]) -> None:
        """The actions offered by a right click (or the Menu key) on a booking."""
        self._menu_actions = list(actions)

    def show_menu(self, where: QPoint) -> None:
        if not self._menu_actions:
            return
        self.menu = QMenu(self)
        self.menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu.addActions(self._menu_actions)
        self.menu.popup(where)


def _tool_button(text: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setMinimumWidth(32)
    return button


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _time_order(entry: CalendarEntry) -> tuple[datetime, int]:
    return entry.starts_at, entry.id
