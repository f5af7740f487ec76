"""The "Closed days" section of the Standards tab: the public holidays of every year and
the one-off days (a bridge day, an inventory) on which no department serves requests.

Each add or remove is saved at once; the service refuses a day that is closed already.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.services import service_standards
from desk_app.services.service_standards import REASON_LENGTH, ClosedDayRow
from desk_app.ui.area import AreaContext
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.formatting import workstation_time_zone
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "StandardsPage"


def day_text(row: ClosedDayRow) -> str:
    day = QDate(row.day.year, row.day.month, row.day.day)
    return QLocale().toString(day, "d MMMM" if row.every_year else "ddd d MMMM yyyy")


def _repeats(row: ClosedDayRow) -> str:
    if row.every_year:
        return QCoreApplication.translate("StandardsPage", "every year")
    return QCoreApplication.translate("StandardsPage", "once")


COLUMNS: list[Column[ClosedDayRow]] = [
    Column(QT_TRANSLATE_NOOP("StandardsPage", "Day"), day_text, context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("StandardsPage", "Repeats"), _repeats, context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("StandardsPage", "Reason"), lambda r: r.reason, context=CONTEXT),
]


class ClosedDaysBox(QGroupBox):
    """The list of closed days, a line to add one and a Remove for the selected one."""

    sig_changed = Signal()
    """A day was added or removed: deadlines shown elsewhere may move."""
    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Closed days"))
        self.context = context
        self.model: RowTableModel[ClosedDayRow] = RowTableModel(COLUMNS, self)
        self.view = QTableView()
        self.view.setObjectName("closedDaysTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        today = clock.now().astimezone(workstation_time_zone()).date()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.every_year_box = QCheckBox(self.tr("Every year"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_LENGTH + 1)  # one more: the service says why
        self.reason_edit.setPlaceholderText(self.tr("e.g. a bridge day, stocktaking"))
        self.add_button = QPushButton(self.tr("Add closed day"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reason_error, self.message = error_label(), error_label()
        self.errors = FormErrors({"reason": self.reason_error}, self.message)
        self._build_layout()
        self._update_buttons()

    def _build_layout(self) -> None:
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Date:")), 0, 0)
        date_line = QHBoxLayout()
        date_line.addWidget(self.date_edit)
        date_line.addWidget(self.every_year_box)
        date_line.addStretch(1)
        form.addLayout(date_line, 0, 1)
        form.addWidget(QLabel(self.tr("Reason:")), 1, 0)
        form.addWidget(self.reason_edit, 1, 1)
        form.addWidget(self.reason_error, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        form.addLayout(buttons, 3, 1)
        form.addWidget(self.message, 4, 0, 1, 2)
        form.setRowStretch(5, 1)
        form.setColumnStretch(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        side.addLayout(form)
        layout.addLayout(side, 2)

    def load(self) -> None:
        try:
            rows = service_standards.list_closed_days(self.context.db)
        except DeskError as error:
            self.errors.show_error(error)
            return
        self.model.set_rows(rows)
        self._update_buttons()

    def add(self) -> bool:
        self.errors.clear()
        typed = self.date_edit.date()
        day = date(typed.year(), typed.month(), typed.day())
        try:
            added = service_standards.add_closed_day(
                self.context.db,
                self.context.actor,
                day,
                self.every_year_box.isChecked(),
                self.reason_edit.text(),
            )
        except DeskError as error:
            self.errors.show_error(error)
            return False
        self.reason_edit.clear()
        self.load()
        self.select(added.id)
        self.sig_changed.emit()
        text = self.tr("{day} is a closed day now.").format(day=day_text(added))
        self.sig_status_message.emit(text)
        return True

    def remove_selected(self) -> bool:
        self.errors.clear()
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return False
        row = self.model.row_at(rows[0].row())
        try:
            service_standards.remove_closed_day(self.context.db, self.context.actor, row.id)
        except DeskError as error:
            self.errors.show_error(error)
            self.load()
            return False
        self.load()
        self.sig_changed.emit()
        text = self.tr("{day} is no longer a closed day.").format(day=day_text(row))
        self.sig_status_message.emit(text)
        return True

    def select(self, closed_day_id: int) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == closed_day_id:
                self.view.selectRow(number)
                self.view.scrollTo(self.model.index(number, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
