"""The Intake area's overview: who is booked for the day, and the cars accepted lately.

The receptionist's morning view: pick a day, see its appointments with phones to call,
and below them the latest intakes. Enter or a double click on a booked appointment starts
its intake; on any other row it opens the client in the Clients area.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import AppointmentStatus, WorkOrderStatus
from desk_app.services import appointments
from desk_app.services.appointments import AppointmentRow, IntakeRow
from desk_app.services.permissions import Action
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import local_datetime
from desk_app.ui.labels import appointment_status_label, phone_label, status_colour, status_label
from desk_app.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel

CONTEXT = "IntakeArea"
RECENT_INTAKES = 50
HEADING_STYLE = "font-size: 11pt; font-weight: 600;"

ARRIVING = (AppointmentStatus.BOOKED, AppointmentStatus.NO_SHOW)
"""Appointments whose car can still be accepted (a no-show may turn up late)."""

APPOINTMENT_COLOURS: dict[AppointmentStatus, str] = {
    AppointmentStatus.ARRIVED: "#dcefd9",
    AppointmentStatus.NO_SHOW: "#f8dfd6",
    AppointmentStatus.CANCELLED: "#eeeeee",
}


def _car(title: str, plate: str) -> str:
    return " ".join(p for p in (title, plate) if p)


def _column(header: str, text: Callable[[Any], str], *args: Any, **kwargs: Any) -> Column[Any]:
    return Column(header, text, *args, context=CONTEXT, **kwargs)


def appointment_columns(tz: tzinfo) -> list[Column[AppointmentRow]]:
    """The day's table; times are shown in ``tz``, the zone the day was cut in."""

    def span(row: AppointmentRow) -> str:
        start = row.starts_at.astimezone(tz)
        end = start + timedelta(minutes=row.duration_minutes)
        short = QLocale.FormatType.ShortFormat
        first, last = (QLocale().toString(QTime(t.hour, t.minute), short) for t in (start, end))
        return f"{first}–{last}"

    def shade(row: AppointmentRow) -> QColor | None:
        colour = APPOINTMENT_COLOURS.get(row.status)
        return QColor(colour) if colour else None

    return [
        _column(
            QT_TRANSLATE_NOOP("IntakeArea", "Time"), span, lambda row: row.starts_at.timestamp()
        ),
        _column(
            QT_TRANSLATE_NOOP("IntakeArea", "Status"),
            lambda row: appointment_status_label(row.status),
            lambda row: list(AppointmentStatus).index(row.status),
            background=shade,
        ),
        _column(QT_TRANSLATE_NOOP("IntakeArea", "Client"), lambda row: row.client_name),
        _column(QT_TRANSLATE_NOOP("IntakeArea", "Phone"), lambda row: phone_label(row.phone)),
        _column(
            QT_TRANSLATE_NOOP("IntakeArea", "Vehicle"),
            lambda row: _car(row.vehicle_title, row.plate),
        ),
        _column(QT_TRANSLATE_NOOP("IntakeArea", "Reason"), lambda row: row.reason),
    ]


INTAKE_COLUMNS: list[Column[IntakeRow]] = [
    _column(QT_TRANSLATE_NOOP("IntakeArea", "Order"), lambda row: row.number),
    _column(
        QT_TRANSLATE_NOOP("IntakeArea", "Accepted"),
        lambda row: local_datetime(row.accepted_at),
        lambda row: row.accepted_at.timestamp(),
    ),
    _column(
        QT_TRANSLATE_NOOP("IntakeArea", "Status"),
        lambda row: status_label(row.status),
        lambda row: list(WorkOrderStatus).index(row.status),
        background=lambda row: status_colour(row.status),
    ),
    _column(QT_TRANSLATE_NOOP("IntakeArea", "Client"), lambda row: row.client_name),
    _column(
        QT_TRANSLATE_NOOP("IntakeArea", "Vehicle"), lambda row: _car(row.vehicle_title, row.plate)
    ),
    _column(QT_TRANSLATE_NOOP("IntakeArea", "Accepted by"), lambda row: row.accepted_by),
]


def _table(model: RowTableModel, sort_column: int, order: Qt.SortOrder) -> QTableView:
    """A read-only, row-selecting, sortable view over ``model``."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class IntakeOverview(QWidget):
    """The day's appointments above, the latest intakes below."""

    sig_status_message = Signal(str)

    sig_open_client = Signal(int)
    sig_open_order = Signal(int)
    """A recent intake was opened (int: its work order's id)."""
    """Show a client's card (int: the client's id)."""

    sig_accept_appointment = Signal(object)
    """Start the intake of a booked car (object: its ``AppointmentRow``)."""

    sig_new_intake = Signal()
    """The user asked for a new intake (the button; Ctrl+N is the area's)."""

    def __init__(self, context: AreaContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._tz = tz
        can_accept = context.actor.can(Action.ACCEPT_VEHICLE)
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("intakeDay")
        self.day_edit.setCalendarPopup(True)
        long_format = QLocale().dateFormat(QLocale.FormatType.LongFormat)
        self.day_edit.setDisplayFormat(long_format)
        widest = QLocale().toString(QDate(2026, 9, 30), long_format)  # a long weekday and month
        self.day_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 48)
        self.day_edit.setDate(self._qdate(self.today()))
        self.day_edit.dateChanged.connect(self._load_appointments)
        earlier = QPushButton(self.tr("◀ Previous day"))
        later = QPushButton(self.tr("Next day ▶"))
        today = QPushButton(self.tr("Today"))
        for button, name in ((earlier, "previousDay"), (later, "nextDay"), (today, "today")):
            button.setObjectName(name)
        earlier.clicked.connect(lambda: self.set_day(self.day() - timedelta(days=1)))
        later.clicked.connect(lambda: self.set_day(self.day() + timedelta(days=1)))
        today.clicked.connect(lambda: self.set_day(self.today()))

        self.appointments_label = QLabel()
        self.appointments_label.setStyleSheet(HEADING_STYLE)
        self.appointment_model: RowTableModel[AppointmentRow] = RowTableModel(
            appointment_columns(self._tz), self
        )
        self.appointment_view = _table(self.appointment_model, 0, Qt.SortOrder.AscendingOrder)
        self.appointment_view.setObjectName("appointments")

        self.intakes_label = QLabel(self.tr("Accepted recently"))
        self.intakes_label.setStyleSheet(HEADING_STYLE)
        self.intake_model: RowTableModel[IntakeRow] = RowTableModel(INTAKE_COLUMNS, self)
        self.intake_view = _table(self.intake_model, 1, Qt.SortOrder.DescendingOrder)
        self.intake_view.setObjectName("recentIntakes")
        self.appointment_view.activated.connect(self._appointment_activated)
        self.appointment_view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.intake_view.activated.connect(self._intake_activated)

        self.new_button = QPushButton(self.tr("New intake (Ctrl+N)"))
        self.new_button.setObjectName("newIntake")
        self.new_button.setEnabled(can_accept)
        self.new_button.clicked.connect(self.sig_new_intake)
        self.accept_button = QPushButton(self.tr("Accept the booked car (Enter)"))
        self.accept_button.setObjectName("acceptBooked")
        self.accept_button.setEnabled(False)
        self.accept_button.setVisible(can_accept)
        self.accept_button.clicked.connect(
            lambda: self._appointment_activated(self.appointment_view.currentIndex())
        )

        day_bar = QHBoxLayout()
        day_bar.addWidget(QLabel(self.tr("Day:")))
        day_bar.addWidget(self.day_edit)
        day_bar.addWidget(earlier)
        day_bar.addWidget(today)
        day_bar.addWidget(later)
        day_bar.addStretch(1)
        day_bar.addWidget(self.accept_button)
        day_bar.addWidget(self.new_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(day_bar)
        top_layout.addWidget(self.appointments_label)
        top_layout.addWidget(self.appointment_view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.intakes_label)
        bottom_layout.addWidget(self.intake_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def today(self) -> date:
        return clock.now().astimezone(self._tz).date()

    def day(self) -> date:
        return self.day_edit.date().toPython()

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(self._qdate(day))

    def refresh(self) -> None:
        self._load_appointments()
        self._load_intakes()

    # -- loading --------------------------------------------------------------------------

    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def _load_appointments(self) -> None:
        day = self.day()
        try:
            actor = self.context.actor
            rows = appointments.list_appointments(self.context.db, actor, day, self._tz)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        self.appointment_model.set_rows(rows)
        self._fit(self.appointment_view)
        when = QLocale().toString(self._qdate(day), QLocale.FormatType.LongFormat)
        if rows:
            text = self.tr("Appointments on {day} ({count})").format(day=when, count=len(rows))
        else:
            text = self.tr("No appointments on {day}").format(day=when)
        self.appointments_label.setText(text)
        self._selection_changed(self.appointment_view.currentIndex())

    def _load_intakes(self) -> None:
        try:
            rows = appointments.list_recent_intakes(
                self.context.db, self.context.actor, RECENT_INTAKES
            )
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        self.intake_model.set_rows(rows)
        self._fit(self.intake_view)
        self.intakes_label.setText(
            self.tr("Accepted recently") if rows else self.tr("No vehicles accepted yet")
        )

    @staticmethod
    def _fit(view: QTableView) -> None:
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 320))

    def set_intake_in_progress(self, in_progress: bool) -> None:
        """The button goes back to an intake being filled in, rather than a new one."""
        self.new_button.setText(
            self.tr("Continue the intake (Ctrl+N)")
            if in_progress
            else self.tr("New intake (Ctrl+N)")
        )

    def appointment_row(self, appointment_id: int) -> AppointmentRow | None:
        """The appointment among the day's rows, if the day shown has it."""
        return next((r for r in self.appointment_model.rows() if r.id == appointment_id), None)

    def _appointment_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row: AppointmentRow = index.data(ROW_ROLE)
        if row.status in ARRIVING and self.context.actor.can(Action.ACCEPT_VEHICLE):
            self.sig_accept_appointment.emit(row)
        else:
            self.sig_open_client.emit(row.client_id)

    def _intake_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_order.emit(index.data(ROW_ROLE).id)

    def _selection_changed(self, current: QModelIndex) -> None:
        row: AppointmentRow | None = current.data(ROW_ROLE) if current.isValid() else None
        self.accept_button.setEnabled(row is not None and row.status in ARRIVING)
