"""The open orders as a sortable table, soonest promise first, late ones tinted red, with a
filter by status: the view for finding one order among many by number, plate or client.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import WorkOrderStatus
from desk_app.services.work_orders import OPEN_STATUSES, OrderRow
from desk_app.ui.formatting import local_datetime
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.table_model import SORT_ROLE, Column, RowTableModel

OVERDUE_COLOUR = QColor("#f6d3d0")
CONTEXT = "TimelineArea"
ORDER = list(WorkOrderStatus)


def _promised(row: OrderRow) -> str:
    text = local_datetime(row.promised_at)
    return "⚠ " + text if row.overdue else text


def _promise_key(row: OrderRow) -> float:
    """Soonest first, orders without a promise last (as the service sorts them)."""
    return row.promised_at.timestamp() if row.promised_at else math.inf


def _late(row: OrderRow) -> QColor | None:
    return OVERDUE_COLOUR if row.overdue else None


def _column(
    header: str, text: Callable[[OrderRow], str], sort_key: Callable[[OrderRow], Any] | None = None
) -> Column[OrderRow]:
    """A column whose cells turn red when the order is late."""
    return Column(header, text, sort_key, context=CONTEXT, background=_late)


ORDER_COLUMNS: list[Column[OrderRow]] = [
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Order"), lambda row: row.number),
    Column(
        QT_TRANSLATE_NOOP("TimelineArea", "Status"),
        lambda row: status_label(row.status),
        lambda row: ORDER.index(row.status),
        context=CONTEXT,
        background=lambda row: status_colour(row.status),
    ),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Promised"), _promised, _promise_key),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Vehicle"), lambda row: row.vehicle_title),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Plate"), lambda row: row.plate),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Client"), lambda row: row.client_name),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Bay"), lambda row: row.bay_name),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Master"), lambda row: row.master_name),
    _column(
        QT_TRANSLATE_NOOP("TimelineArea", "Accepted"),
        lambda row: local_datetime(row.accepted_at),
        lambda row: row.accepted_at.timestamp(),
    ),
]
PROMISED_COLUMN = 2


class OrderList(QWidget):
    """The table of open orders with its status filter; Enter or a double-click opens one."""

    sig_open_order = Signal(int)
    """The work order's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OrderRow] = []
        self.model: RowTableModel[OrderRow] = RowTableModel(ORDER_COLUMNS, self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.addItem("", None)
        for status in OPEN_STATUSES:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("orders")
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PROMISED_COLUMN, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(self._open)

        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Status:")))
        filter_row.addWidget(self.status_filter)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filter_row)
        layout.addWidget(self.view)

    def set_rows(self, rows: list[OrderRow], counts: dict[WorkOrderStatus, int]) -> None:
        self._rows = rows
        self.status_filter.setItemText(
            0, self.tr("All open orders ({count})").format(count=len(rows))
        )
        for index, status in enumerate(OPEN_STATUSES, start=1):
            self.status_filter.setItemText(index, f"{status_label(status)} ({counts[status]})")
        self._apply_filter()

    def selected_status(self) -> WorkOrderStatus | None:
        value = self.status_filter.currentData()
        return WorkOrderStatus(value) if value else None

    def set_status_filter(self, status: WorkOrderStatus | None) -> None:
        """Show only orders in ``status`` (None: all open orders)."""
        index = self.status_filter.findData(status.value) if status else 0
        self.status_filter.setCurrentIndex(index)

    def _apply_filter(self) -> None:
        wanted = self.selected_status()
        self.model.set_rows([row for row in self._rows if wanted is None or row.status is wanted])
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 300))

    def _open(self, index: QModelIndex) -> None:
        proxy = self.view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        row = self.model.row_at(proxy.mapToSource(index).row())
        self.sig_open_order.emit(row.id)
