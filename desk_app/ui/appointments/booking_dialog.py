"""Booking a slot, usually with the client on the phone: who, which car, when, for how long, why.

The client is found with the intake's one search box (a phone, a plate, a VIN or a name);
picking a line fills in the client and his car. The dialog saves through the services
itself and stays open on a refusal, with each message beside its field and all text kept.
It is opened with ``open()``, never ``exec()``: nothing waits on it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import Appointment
from desk_app.services import appointments
from desk_app.services.appointment_calendar import BookingClient
from desk_app.services.appointments import MAX_DURATION_MINUTES, CalendarEntry
from desk_app.services.form_fields import column_length
from desk_app.ui.appointments.blocks import clock_text
from desk_app.ui.appointments.client_picker import ClientPicker
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import FormErrors, error_label

DEFAULT_MINUTES = 60
DURATION_STEP = 15
NOTE_LENGTH = column_length(Appointment.note)


class BookingDialog(QDialog):
    """Book a slot starting at ``starts_at``; prefilled with a client when booked from his card."""

    sig_booked = Signal(object)
    """The slot was booked (CalendarEntry: the new booking as the calendar shows it)."""

    def __init__(
        self,
        context: AreaContext,
        tz: tzinfo,
        starts_at: datetime,
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        vehicle_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tz = tz
        self.saved: CalendarEntry | None = None
        self.setWindowTitle(self.tr("Book an appointment"))

        self.picker = ClientPicker(context)
        self.picker.sig_picked.connect(self._picked)
        self.picker.sig_cleared.connect(self._cleared)
        self.picker.sig_error.connect(self._client_error)

        self.vehicle_combo = QComboBox()
        self.vehicle_combo.setObjectName("vehicle")
        self.vehicle_combo.setEnabled(False)
        local = starts_at.astimezone(tz)
        self.date_edit = QDateEdit(QDate(local.year, local.month, local.day))
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QTimeEdit(QTime(local.hour, local.minute))
        self.time_edit.setObjectName("time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("duration")
        self.duration_spin.setRange(DURATION_STEP, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(DURATION_STEP)
        self.duration_spin.setValue(DEFAULT_MINUTES)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.ends_label = QLabel()
        self.ends_label.setStyleSheet("color: #5f6b76;")
        for signal in (
            self.time_edit.timeChanged,
            self.duration_spin.valueChanged,
            self.date_edit.dateChanged,
        ):
            signal.connect(self._show_end)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("What the client asks for, in his words"))
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.reason_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(NOTE_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("e.g. call the day before"))

        fields = ("client_id", "vehicle_id", "starts_at", "duration_minutes", "reason", "note")
        self.field_errors = {field: error_label() for field in fields}
        self.general_error = error_label()
        self.errors = FormErrors(self.field_errors, self.general_error)

        errors = self.field_errors
        when = _row(self.date_edit, self.time_edit)
        length = _row(self.duration_spin, self.ends_label)
        form = QFormLayout()
        for text, field, buddy, parts in (
            (self.tr("C&lient:"), "client_id", self.picker, (self.picker,)),
            (self.tr("&Car:"), "vehicle_id", self.vehicle_combo, (self.vehicle_combo,)),
            (self.tr("&When:"), "starts_at", self.date_edit, (when,)),
            (self.tr("&Duration:"), "duration_minutes", self.duration_spin, (length,)),
            (self.tr("&Reason:"), "reason", self.reason_edit, (self.reason_edit,)),
            (self.tr("&Note:"), "note", self.note_edit, (self.note_edit,)),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, _stack(*parts, errors[field]))
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        buttons = QDialogButtonBox()
        self.book_button = buttons.addButton(
            self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.book_button.setObjectName("bookButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_book)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._show_end()
        if client_id is not None:
            self.picker.pick_client(client_id, vehicle_id)
        else:
            self.picker.setFocus()

    # -- the client ---------------------------------------------------------------------

    @property
    def client(self) -> BookingClient | None:
        return self.picker.client

    def _client_error(self, error: DeskError) -> None:
        """A refused search or pick is said next to the client, whatever field it names."""
        self.errors.show_text("client_id", error_text(error))

    def _picked(self, client: BookingClient, vehicle_id: int | None) -> None:
        """Offer the client's cars, the one on the picked line (or his only one) chosen."""
        self.vehicle_combo.clear()
        self.vehicle_combo.addItem(self.tr("Car not known yet"), None)
        for car in client.vehicles:
            self.vehicle_combo.addItem(" ".join(p for p in (car.title, car.plate) if p), car.id)
        self.vehicle_combo.setEnabled(True)
        chosen = self.vehicle_combo.findData(vehicle_id) if vehicle_id is not None else -1
        default = 1 if len(client.vehicles) == 1 else 0
        self.vehicle_combo.setCurrentIndex(chosen if chosen >= 0 else default)
        self.field_errors["client_id"].hide()
        self.vehicle_combo.setFocus()

    def _cleared(self) -> None:
        self.vehicle_combo.clear()
        self.vehicle_combo.setEnabled(False)

    # -- time and saving ----------------------------------------------------------------

    def starts_at(self) -> datetime:
        """The chosen local date and time as a UTC moment."""
        day, at = self.date_edit.date().toPython(), self.time_edit.time()
        local = datetime(day.year, day.month, day.day, at.hour(), at.minute(), tzinfo=self._tz)
        return local.astimezone(UTC)

    def _show_end(self) -> None:
        ends = (self.starts_at() + timedelta(minutes=self.duration_spin.value())).astimezone(
            self._tz
        )
        self.ends_label.setText(
            self.tr("until {time}").format(time=clock_text(ends.hour * 60 + ends.minute))
        )

    def try_book(self) -> None:
        self.errors.clear()
        if self.client is None:
            self.errors.show_text(
                "client_id", self.tr("Find the client first: type a phone, a plate or a name.")
            )
            self.picker.setFocus()
            return
        try:
            self.saved = appointments.book_appointment(
                self._context.db,
                self._context.actor,
                self.client.id,
                self.vehicle_combo.currentData(),
                self.starts_at(),
                self.duration_spin.value(),
                self.reason_edit.toPlainText(),
                self.note_edit.text(),
            )
        except DeskError as error:
            for problem in getattr(error, "errors", (error,)):
                self.errors.show_error(problem)
            return
        self.sig_booked.emit(self.saved)
        self.accept()


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side on one line of the form, left-aligned."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def _stack(*widgets: QWidget) -> QWidget:
    """A field with what belongs under it (its error); hidden parts take no room."""
    stack = QWidget()
    layout = QVBoxLayout(stack)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return stack
