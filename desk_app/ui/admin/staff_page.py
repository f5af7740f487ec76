"""The Admin area's staff list: who works here, with which roles; add, change, retire,
bring back.

A retired person cannot log in, but his name stays on the orders he signed, so people
are never deleted.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import staff
from desk_app.services.staff import StaffRow
from desk_app.ui.admin.staff_dialog import StaffDialog
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.labels import department_label, role_label
from desk_app.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel

CONTEXT = "StaffPage"
RETIRED_COLOUR = QColor("#eceef0")


def _retired(row: StaffRow) -> QColor | None:
    return None if row.active else RETIRED_COLOUR


def _status(row: StaffRow) -> str:
    if row.active:
        return QCoreApplication.translate("StaffPage", "Active")
    return QCoreApplication.translate("StaffPage", "Retired")


STAFF_COLUMNS: list[Column[StaffRow]] = [
    Column(
        QT_TRANSLATE_NOOP("StaffPage", "Name"),
        lambda r: r.full_name,
        context=CONTEXT,
        background=_retired,
    ),
    Column(
        QT_TRANSLATE_NOOP("StaffPage", "Position"),
        lambda r: r.position,
        context=CONTEXT,
        background=_retired,
    ),
    Column(
        QT_TRANSLATE_NOOP("StaffPage", "Roles"),
        lambda r: ", ".join(role_label(role) for role in r.roles),
        context=CONTEXT,
        background=_retired,
    ),
    Column(
        QT_TRANSLATE_NOOP("StaffPage", "Department"),
        lambda r: department_label(r.department) if r.department else "",
        context=CONTEXT,
        background=_retired,
    ),
    Column(
        QT_TRANSLATE_NOOP("StaffPage", "Status"),
        _status,
        sort_key=lambda r: not r.active,
        context=CONTEXT,
        background=_retired,
    ),
]


class StaffPage(QWidget):
    """The Admin area's "Staff" tab."""

    sig_status_message = Signal(str)
    """A short message for the main window's status bar (str: the translated text)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: StaffDialog | None = None

        self.model: RowTableModel[StaffRow] = RowTableModel(STAFF_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setObjectName("staffTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._edit_index)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.tr("&Add person…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setToolTip(self.tr("Change the position, roles or password"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("&Retire"))
        self.active_button.clicked.connect(self.toggle_selected)
        self.message = error_label()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._selection_changed()

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        try:
            rows = staff.list_staff(self.context.db, self.context.actor)
        except DeskError as error:
            self._show_message(error_text(error))
            return
        first_fill = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first_fill and rows:
            self.view.resizeColumnsToContents()
            for section in range(self.model.columnCount() - 1):  # the last one stretches
                self.view.setColumnWidth(section, self.view.columnWidth(section) + 16)
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def selected(self) -> StaffRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select(self, staff_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == staff_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return True
        return False

    # -- actions --------------------------------------------------------------------------

    def add_person(self) -> StaffDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> StaffDialog | None:
        person = self.selected()
        return self._open_dialog(person) if person is not None else None

    def toggle_selected(self) -> None:
        """Retire the selected person, or bring a retired one back."""
        person = self.selected()
        if person is None:
            return
        self.message.hide()
        try:
            row = staff.set_active(
                self.context.db, self.context.actor, person.id, not person.active, person.version
            )
        except DeskError as error:
            self.refresh()
            self._show_message(error_text(error))
            return
        self.refresh()
        self.select(row.id)
        text = self.tr("{name} is back at work.") if row.active else self.tr("{name} is retired.")
        self.sig_status_message.emit(text.format(name=row.full_name))

    def _open_dialog(self, person: StaffRow | None) -> StaffDialog:
        """Open the dialog without blocking (tests drive it); the list reloads on save."""
        self.message.hide()
        dialog = StaffDialog(self.context, person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog, adding=person is None))
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _saved(self, dialog: StaffDialog, adding: bool) -> None:
        row = dialog.saved
        if row is None:
            return
        self.refresh()
        self.select(row.id)
        text = self.tr("{name} was added.") if adding else self.tr("{name} was changed.")
        self.sig_status_message.emit(text.format(name=row.full_name))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_dialog(index.data(ROW_ROLE))

    def _selection_changed(self, *_: QItemSelection) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        retired = person is not None and not person.active
        self.active_button.setText(self.tr("&Bring back") if retired else self.tr("&Retire"))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
