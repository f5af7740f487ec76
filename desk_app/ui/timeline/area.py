"""The Timeline area: every car in the shop and when it was promised, or a mechanic's own jobs.

This first version is a table (the graphics-view timeline by bay comes later). The front
desk and the master see all open orders, soonest promise first, late ones tinted red, and
how many orders wait in each status. A mechanic sees only "My work": his own lines on the
cars assigned to him, with no client data (the service does not even send it).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
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

from desk_app.errors import DeskError
from desk_app.models import WorkOrderStatus
from desk_app.services import work_orders
from desk_app.services.permissions import Action, Area
from desk_app.services.work_orders import OPEN_STATUSES, OrderRow, WorkshopRow
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import local_datetime
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.table_model import SORT_ROLE, Column, RowTableModel

OVERDUE_COLOUR = QColor("#f6d3d0")
CONTEXT = "TimelineArea"
ORDER = list(WorkOrderStatus)


def _promised(row: OrderRow | WorkshopRow) -> str:
    text = local_datetime(row.promised_at)
    return "⚠ " + text if row.overdue else text


def _promise_key(row: OrderRow | WorkshopRow) -> float:
    """Soonest first, orders without a promise last (as the service sorts them)."""
    return row.promised_at.timestamp() if row.promised_at else math.inf


def _accepted_key(row: OrderRow) -> float:
    return row.accepted_at.timestamp()


def _works(row: WorkshopRow) -> str:
    """One line per job: a tick for done, a bullet for still to do."""
    return "\n".join(("✓ " if work.done else "• ") + work.name for work in row.works)


def _late(row: OrderRow | WorkshopRow) -> QColor | None:
    return OVERDUE_COLOUR if row.overdue else None


def _status_column() -> Column[Any]:
    return Column(
        QT_TRANSLATE_NOOP("TimelineArea", "Status"),
        lambda row: status_label(row.status),
        lambda row: ORDER.index(row.status),
        context=CONTEXT,
        background=lambda row: status_colour(row.status),
    )


def _column(
    header: str, text: Callable[[Any], str], sort_key: Callable[[Any], Any] | None = None
) -> Column[Any]:
    """A column whose cells turn red when the order is late."""
    return Column(header, text, sort_key, context=CONTEXT, background=_late)


ORDER_COLUMNS: list[Column[OrderRow]] = [
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Order"), lambda row: row.number),
    _status_column(),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Promised"), _promised, _promise_key),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Vehicle"), lambda row: row.vehicle_title),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Plate"), lambda row: row.plate),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Client"), lambda row: row.client_name),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Bay"), lambda row: row.bay_name),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Master"), lambda row: row.master_name),
    _column(
        QT_TRANSLATE_NOOP("TimelineArea", "Accepted"),
        lambda row: local_datetime(row.accepted_at),
        _accepted_key,
    ),
]

WORKSHOP_COLUMNS: list[Column[WorkshopRow]] = [
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Order"), lambda row: row.number),
    _status_column(),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Promised"), _promised, _promise_key),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Bay"), lambda row: row.bay_name),
    _column(
        QT_TRANSLATE_NOOP("TimelineArea", "Vehicle"),
        lambda row: " ".join(p for p in (row.vehicle_title, row.colour) if p),
    ),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Plate"), lambda row: row.plate),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "VIN"), lambda row: row.vin),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "My works"), _works),
    _column(QT_TRANSLATE_NOOP("TimelineArea", "Complaints"), lambda row: row.complaints),
]
PROMISED_COLUMN = 2
WORKSHOP_TEXT_COLUMNS = (7, 8)
""""My works" and "Complaints": wrapped, and stretched to share the width left over."""


def _table(model: RowTableModel) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(PROMISED_COLUMN, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setMinimumSectionSize(view.fontMetrics().lineSpacing() * 2)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class TimelineArea(AreaWidget):
    area = Area.TIMELINE

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.shows_all_orders = context.actor.can(Action.VIEW_TIMELINE)
        self._all_rows: list[OrderRow] = []

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.summary = QLabel()
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.counts_bar = QHBoxLayout()
        self.counts_bar.setSpacing(6)
        self._count_labels: dict[WorkOrderStatus, QLabel] = {}

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)

        if self.shows_all_orders:
            self.model: RowTableModel = RowTableModel(ORDER_COLUMNS, self)
            self.heading.setText(self.tr("Cars in the shop"))
            top.addWidget(self.summary)
            top.addSpacing(16)
            top.addWidget(QLabel(self.tr("Status:")))
            top.addWidget(self.status_filter)
            self._build_counts()
            layout.addLayout(self.counts_bar)
            self.status_filter.currentIndexChanged.connect(self._apply_filter)
        else:
            self.model = RowTableModel(WORKSHOP_COLUMNS, self)
            self.heading.setText(self.tr("My work"))
            top.addWidget(self.summary)
            self.status_filter.hide()
        self.view = _table(self.model)
        self.view.setObjectName("orders" if self.shows_all_orders else "myWork")
        self.view.setWordWrap(True)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("Timeline")

    def refresh(self) -> None:
        try:
            if self.shows_all_orders:
                self._load_orders()
            else:
                self._load_my_work()
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))

    # -- all open orders ------------------------------------------------------------------

    def _build_counts(self) -> None:
        self.status_filter.addItem("", None)
        for status in OPEN_STATUSES:
            self.status_filter.addItem(status_label(status), status.value)
            chip = QLabel()
            chip.setObjectName(f"count_{status.value}")
            chip.setStyleSheet(
                f"background: {status_colour(status).name()}; border: 1px solid #c9ced6;"
                " border-radius: 9px; padding: 2px 10px;"
            )
            self._count_labels[status] = chip
            self.counts_bar.addWidget(chip)
        self.counts_bar.addStretch(1)

    def _load_orders(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._all_rows = work_orders.list_open_orders(db, actor)
        counts = work_orders.order_status_counts(db, actor)
        self.status_filter.setItemText(
            0, self.tr("All open orders ({count})").format(count=len(self._all_rows))
        )
        for index, status in enumerate(OPEN_STATUSES, start=1):
            label = status_label(status)
            self.status_filter.setItemText(index, f"{label} ({counts[status]})")
            self._count_labels[status].setText(f"{label}: <b>{counts[status]}</b>")
        overdue = sum(row.overdue for row in self._all_rows)
        self.summary.setText(
            self.tr("{count} overdue").format(count=overdue) if overdue else self.tr("None overdue")
        )
        self.summary.setStyleSheet("color: #b3261e; font-weight: 600;" if overdue else "")
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
        rows = [row for row in self._all_rows if wanted is None or row.status is wanted]
        self.model.set_rows(rows)
        self._fit()

    # -- a mechanic's own work ------------------------------------------------------------

    def _load_my_work(self) -> None:
        rows = work_orders.list_my_work(self.context.db, self.context.actor)
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("Cars assigned to you: {count}").format(count=len(rows))
            if rows
            else self.tr("Nothing is assigned to you right now.")
        )
        self._fit()

    def _fit(self) -> None:
        """Size columns to their text; the mechanic's two text columns share what is left."""
        header = self.view.horizontalHeader()
        if self.shows_all_orders:
            self.view.resizeColumnsToContents()
            for column in range(header.count() - 1):
                header.resizeSection(column, min(header.sectionSize(column), 300))
            return
        for column in range(header.count()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in WORKSHOP_TEXT_COLUMNS
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
