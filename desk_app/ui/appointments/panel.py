"""The appointment book at the desk: the calendar, booking, and what happens to a booking.

On arrival the receptionist turns the booking into an intake with one click (or Enter, or
a double-click): the panel only says which booking through ``sig_start_intake``; the
intake form prefills itself from it and marks it arrived when the car is accepted. A
no-show or a cancellation goes through the services, which refuse a booking someone else
changed meanwhile; the panel then says so and shows the booking as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta, tzinfo
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import AppointmentStatus
from desk_app.services import appointments
from desk_app.services.appointments import CalendarEntry
from desk_app.services.errors import StaleEdit
from desk_app.services.permissions import Action
from desk_app.ui.appointments.blocks import clock_text, status_colours
from desk_app.ui.appointments.booking_dialog import BookingDialog
from desk_app.ui.appointments.calendar import AppointmentCalendar
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import ERROR_STYLE
from desk_app.ui.formatting import workstation_time_zone
from desk_app.ui.labels import appointment_status_label, phone_label

OPENING = time(9, 0)
"""Where a new booking starts on a day other than today, unless a slot was double-clicked."""
SLOT = timedelta(minutes=30)
SHORT = QLocale.FormatType.ShortFormat
PRIMARY_STYLE = (
    "QToolButton { background: #1a64c8; color: white; border: 1px solid #15509f;"
    " border-radius: 3px; padding: 3px 12px; font-weight: 600; }"
    "QToolButton:disabled { background: #9db8de; border-color: #9db8de; }"
)
CAN_ARRIVE = (AppointmentStatus.BOOKED, AppointmentStatus.NO_SHOW)
"""A client marked as a no-show may still turn up late: the intake service accepts that."""


class AppointmentsPanel(QWidget):
    """The calendar with a toolbar: book, start the intake, mark a no-show, cancel."""

    sig_start_intake = Signal(int)
    """The client of a booking has arrived: start his intake (int: the appointment id)."""
    sig_status_message = Signal(str)
    """A short notice for the status bar (str: the translated text)."""
    sig_changed = Signal()
    """A booking was made, cancelled or marked a no-show: other lists of bookings may reload."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tz = tz or workstation_time_zone()
        self.dialog: BookingDialog | None = None
        self.cancel_dialog: QInputDialog | None = None

        self.calendar = AppointmentCalendar(self.tz, self)
        self.calendar.sig_range_changed.connect(self.refresh)
        self.calendar.sig_selected.connect(self._selection_changed)
        self.calendar.sig_activated.connect(self._activated)
        self.calendar.sig_slot_activated.connect(lambda at: self.book(starts_at=at))

        self.book_action = self._action(self.tr("&Book…"), "book", self.book, "Ctrl+B")
        self.book_action.setEnabled(context.actor.can(Action.BOOK_APPOINTMENT))
        self.intake_action = self._action(
            self.tr("&Arrived → start intake"), "startIntake", self.start_intake, "Return"
        )
        self.no_show_action = self._action(self.tr("&No-show"), "noShow", self.mark_no_show)
        self.cancel_action = self._action(
            self.tr("&Cancel booking…"), "cancelBooking", self.ask_cancel, "Delete"
        )
        booking_actions = [self.intake_action, self.no_show_action, self.cancel_action]
        self.calendar.set_menu_actions(booking_actions)
        self.book_button = _button(self.book_action)
        self.book_button.setStyleSheet(PRIMARY_STYLE)
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.book_button)
        self.toolbar.addSpacing(12)
        for action in booking_actions:
            self.toolbar.addWidget(_button(action))
        self.toolbar.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet(
            "background: #f7f8fa; border: 1px solid #dfe3e8; border-radius: 4px; padding: 6px;"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.calendar, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        self._selection_changed(None)

    def _action(self, text: str, name: str, slot: Callable[[], object], keys: str = "") -> QAction:
        """An action of the toolbar and the booking's menu; "Return" is the calendar's own."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda: slot())
        if keys and keys != "Return":
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if keys:
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.iconText()} ({shown})")
        return action

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the week on the calendar; the selected booking stays selected."""
        try:
            days = appointments.list_week(
                self.context.db,
                self.context.actor,
                self.calendar.monday(),
                self.tz,
                include_cancelled=self.calendar.shows_cancelled(),
            )
        except DeskError as error:
            self._report(error)
            return
        self.calendar.set_days(days)
        self._selection_changed(self.calendar.selected_entry())

    def selected_entry(self) -> CalendarEntry | None:
        return self.calendar.selected_entry()

    def _selection_changed(self, entry: CalendarEntry | None) -> None:
        self.message.hide()
        status = entry.status if entry else None
        self.intake_action.setEnabled(status in CAN_ARRIVE)
        may_book = self.context.actor.can(Action.BOOK_APPOINTMENT)
        booked = status is AppointmentStatus.BOOKED and may_book
        started = entry is not None and entry.starts_at <= clock.now()
        self.no_show_action.setEnabled(booked and started)
        self.cancel_action.setEnabled(booked)
        self.details.setText(self._details(entry))

    def _details(self, entry: CalendarEntry | None) -> str:
        if entry is None:
            return self.tr(
                "Select a booking to see it here. Double-click an empty slot to book it; "
                "←/→ move between days, ↑/↓ between bookings."
            )
        car = " ".join(p for p in (entry.vehicle_title, entry.plate) if p)
        who = [f"<b>{escape(entry.client_name)}</b>", phone_label(entry.phone), car]
        accent = status_colours(entry.status)[1].name()
        status = escape(appointment_status_label(entry.status))
        lines = [
            " · ".join(escape(p) if i else p for i, p in enumerate(who) if p),
            f'{escape(self._when(entry))} · <b style="color:{accent}">{status}</b>',
        ]
        if entry.reason:
            lines.append(self.tr("Reason: {text}").format(text=escape(entry.reason)))
        if entry.note:
            lines.append(self.tr("Note: {text}").format(text=escape(entry.note)))
        lines.append(self.tr("Booked by {name}").format(name=escape(entry.booked_by)))
        return "<br>".join(lines)

    def _when(self, entry: CalendarEntry) -> str:
        """The slot's day and hours in the calendar's zone, e.g. "24.11.2026 14:30–16:30"."""
        start, end = (moment.astimezone(self.tz) for moment in (entry.starts_at, entry.ends_at))
        day = QLocale().toString(QDate(start.year, start.month, start.day), SHORT)
        hours = "–".join(clock_text(t.hour * 60 + t.minute) for t in (start, end))
        return f"{day} {hours}"

    # -- booking --------------------------------------------------------------------------

    def default_start(self) -> datetime:
        """The next half-hour today; on another day, the shop's usual opening time."""
        day = self.calendar.current_day()
        now = clock.now()
        if day == self.calendar.today():
            since = now - datetime(2000, 1, 1, tzinfo=UTC)
            return now + (SLOT - since % SLOT)
        return datetime.combine(day, OPENING, tzinfo=self.tz).astimezone(UTC)

    def book(
        self,
        starts_at: datetime | None = None,
        client_id: int | None = None,
        vehicle_id: int | None = None,
    ) -> BookingDialog | None:
        """Open the booking form (from a client card: with his ``client_id``); never blocks."""
        if not self.book_action.isEnabled():
            return None
        self.dialog = BookingDialog(
            self.context,
            self.tz,
            starts_at or self.default_start(),
            self,
            client_id=client_id,
            vehicle_id=vehicle_id,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.sig_booked.connect(self._booked)
        self.dialog.open()
        return self.dialog

    def _booked(self, entry: CalendarEntry) -> None:
        day = entry.starts_at.astimezone(self.tz).date()
        self.calendar.set_current_day(day)
        self.refresh()
        self.calendar.select_entry(entry.id)
        self.sig_status_message.emit(
            self.tr("Booked {client} for {when}.").format(
                client=entry.client_name, when=self._when(entry)
            )
        )
        self.sig_changed.emit()

    # -- what happens to a booking --------------------------------------------------------

    def _activated(self, appointment_id: int) -> None:
        entry = self.calendar.selected_entry()
        if entry is not None and entry.id == appointment_id and entry.status in CAN_ARRIVE:
            self.sig_start_intake.emit(appointment_id)

    def start_intake(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.status in CAN_ARRIVE:
            self.sig_start_intake.emit(entry.id)

    def mark_no_show(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self._change(
            lambda: appointments.mark_no_show(
                self.context.db, self.context.actor, entry.id, entry.version
            ),
            self.tr("{client} marked as a no-show."),
        )

    def ask_cancel(self) -> QInputDialog | None:
        """Ask for the reason (optional) in a dialog that does not block; cancel on OK."""
        entry = self.selected_entry()
        if entry is None or entry.status is not AppointmentStatus.BOOKED:
            return None
        self.cancel_dialog = QInputDialog(self)
        self.cancel_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cancel_dialog.setWindowTitle(self.tr("Cancel booking"))
        self.cancel_dialog.setLabelText(
            self.tr("Cancel the booking of {client} on {when}?\nReason (optional):").format(
                client=entry.client_name, when=self._when(entry)
            )
        )
        self.cancel_dialog.setOkButtonText(self.tr("Cancel booking"))
        self.cancel_dialog.setCancelButtonText(self.tr("Keep it"))
        self.cancel_dialog.textValueSelected.connect(lambda reason: self.cancel(entry, reason))
        self.cancel_dialog.open()
        return self.cancel_dialog

    def cancel(self, entry: CalendarEntry, reason: str = "") -> None:
        self._change(
            lambda: appointments.cancel_appointment(
                self.context.db, self.context.actor, entry.id, entry.version, reason
            ),
            self.tr("The booking of {client} is cancelled."),
        )

    def _change(self, call: Callable[[], CalendarEntry], done: str) -> None:
        """Run a change of the selected booking; show the result, or why it was refused."""
        try:
            entry = call()
        except StaleEdit as error:
            self.refresh()
            self._report(error)
            return
        except DeskError as error:
            self._report(error)
            return
        self.refresh()
        self.calendar.select_entry(entry.id)
        self.sig_status_message.emit(done.format(client=entry.client_name))
        self.sig_changed.emit()

    def _report(self, error: DeskError) -> None:
        text = error_text(error)
        self.message.setText(text)
        self.message.show()
        self.sig_status_message.emit(text)


def _button(action: QAction) -> QToolButton:
    """A framed button for a toolbar action, its text kept whole (with the "…")."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAutoRaise(False)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setText(action.text().replace("&", ""))
    button.setObjectName(action.objectName() + "Button")
    button.setMinimumHeight(28)
    return button
