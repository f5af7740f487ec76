"""The Clients area: one search box over every client, searching as the user types.

A search runs 250 ms after the last keystroke (or at once on Enter), so typing a phone
number digit by digit does not send a query per digit. At most ``page_size`` rows are
shown; the count label says how many matched in all, so the user knows to type more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QLocale,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import clients
from desk_app.services.clients import ClientRow
from desk_app.services.permissions import Area
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import local_date
from desk_app.ui.labels import client_kind_label, phone_label
from desk_app.ui.table_model import SORT_ROLE, Column, RowTableModel

SEARCH_DELAY_MS = 250
PAGE_SIZE = 200

CONTEXT = "ClientsArea"


def _column(header: str, text: Callable[[ClientRow], str], *args: Any) -> Column[ClientRow]:
    return Column(header, text, *args, context=CONTEXT)


def _last_visit_key(row: ClientRow) -> float:
    return row.last_visit.timestamp() if row.last_visit else 0.0


COLUMNS: list[Column[ClientRow]] = [
    _column(QT_TRANSLATE_NOOP("ClientsArea", "Name"), lambda row: row.display_name),
    _column(QT_TRANSLATE_NOOP("ClientsArea", "Type"), lambda row: client_kind_label(row.kind)),
    _column(
        QT_TRANSLATE_NOOP("ClientsArea", "Phone"),
        lambda row: phone_label(row.phone),
        lambda row: row.phone,
    ),
    _column(QT_TRANSLATE_NOOP("ClientsArea", "E-mail"), lambda row: row.email),
    _column(
        QT_TRANSLATE_NOOP("ClientsArea", "Visits"),
        lambda row: str(row.visits),
        lambda row: row.visits,
        True,
    ),
    _column(
        QT_TRANSLATE_NOOP("ClientsArea", "Last visit"),
        lambda row: local_date(row.last_visit),
        _last_visit_key,
    ),
    _column(QT_TRANSLATE_NOOP("ClientsArea", "Vehicles"), lambda row: row.vehicles),
]


class ClientsArea(AreaWidget):
    area = Area.CLIENTS

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.page_size = PAGE_SIZE

        self.search_box = QLineEdit()
        self.search_box.setObjectName("clientSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search by name, phone, plate, VIN or e-mail — e.g. Иванов, 916 123, А123ВС")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self.search_timer.start)
        self.search_box.returnPressed.connect(self.run_search)

        self.model: RowTableModel[ClientRow] = RowTableModel(COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.view = QTableView()
        self.view.setObjectName("clients")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("Clients")

    def refresh(self) -> None:
        self.run_search()

    def search(self, text: str) -> bool:
        """The main window's search box: show the clients matching ``text`` here."""
        self.search_box.setText(text)
        self.run_search()
        return True

    def run_search(self) -> None:
        """Ask for the clients matching the box now (the timer calls this after typing).

        The selected client stays selected if he is still in the results: the main window
        refreshes an area each time it shows it, right after ``show_record`` selected one.
        """
        self.search_timer.stop()
        text = self.search_box.text()
        db, actor = self.context.db, self.context.actor
        try:
            rows = clients.search_clients(db, actor, text, limit=self.page_size)
            total = (
                len(rows) if len(rows) < self.page_size else clients.count_clients(db, actor, text)
            )
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        selected = self.selected_client_id()
        self.model.set_rows(rows)
        self._fit()
        if selected is not None:
            self._select(selected)
        self.count_label.setText(self._count_text(len(rows), total, text.strip()))

    def selected_client_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).id if rows else None

    def show_record(self, kind: str, record_id: int) -> bool:
        """Select the client, searching for him by name if the current results leave him out."""
        if kind != "client":
            return False
        if not self._select(record_id):
            try:
                row = clients.get_client_row(self.context.db, self.context.actor, record_id)
            except DeskError as error:
                self.sig_status_message.emit(error_text(error))
                return False
            self.search(row.display_name)
            if not self._select(record_id):
                self.model.set_rows([row, *self.model.rows()])
                self._select(record_id)
        return True

    # -- helpers --------------------------------------------------------------------------

    def _count_text(self, shown: int, total: int, text: str) -> str:
        locale = QLocale()
        if total == 0:
            if text:
                return self.tr("No client matches “{text}”").format(text=text)
            return self.tr("No clients yet")
        if shown < total:
            return self.tr("Showing {shown} of {total}").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        if text:
            return self.tr("Found: {count}").format(count=locale.toString(total))
        return self.tr("All clients: {count}").format(count=locale.toString(total))

    def _select(self, client_id: int) -> bool:
        for source_row, row in enumerate(self.model.rows()):
            if row.id == client_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.view.selectionModel().select(index, flags)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def _fit(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 320))
