"""The read-only tables of the client card: one way to declare a column and build a view.

Each tab's rows come straight from ``client_card.load_card`` (or the reminders service);
the views sort by the columns' keys, and a cell too long for its column shows whole in
its tooltip (a visit's works, a request's text).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.ui.table_model import ROW_ROLE, SORT_ROLE, AnyIndex, Column, Row, RowTableModel

CONTEXT = "ClientCard"
MAX_COLUMN_WIDTH = 240


def column(
    header: str,
    text: Callable[[Row], str],
    sort_key: Callable[[Row], Any] | None = None,
    *,
    right: bool = False,
    background: Callable[[Row], Any] | None = None,
) -> Column[Row]:
    """A column whose header is translated under "ClientCard" (mark it with
    ``QT_TRANSLATE_NOOP("ClientCard", ...)``)."""
    return Column(header, text, sort_key, right, CONTEXT, background)


class CardTableModel(RowTableModel[Row], Generic[Row]):
    """A ``RowTableModel`` whose cells show their whole text as a tooltip."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return text if text else None
        return super().data(index, role)


class CardTable(QTableView, Generic[Row]):
    """A sortable, read-only, row-selecting view over a ``CardTableModel``."""

    def __init__(
        self, columns: list[Column[Row]], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rows_model: CardTableModel[Row] = CardTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.rows_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_rows(self, rows: list[Row]) -> None:
        """Show ``rows``, keep the sort the user chose, and fit the columns to them."""
        self.rows_model.set_rows(rows)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for section in range(header.count() - 1):
            header.resizeSection(section, min(header.sectionSize(section), MAX_COLUMN_WIDTH))

    def rows(self) -> list[Row]:
        """The rows in the order shown."""
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    def row_at(self, index: AnyIndex) -> Row | None:
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_row(self) -> Row | None:
        rows = self.selectionModel().selectedRows()
        return self.row_at(rows[0]) if rows else None

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.selectRow(0)
