"""The Timeline area: the shop at a glance for reception and the master, a mechanic's own work
for a mechanic.

Reception and the master get three views of the same open orders: the timeline (a lane per
bay or mechanic, bars from intake to promise; the master drags a bar to reassign), the
board (a column per status) and the list (sortable, filterable). Any of them opens the
order's window. A mechanic gets only his job sheet: no client, no money (the services
do not even send them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.models import WorkOrderStatus
from desk_app.services import work_orders
from desk_app.services.permissions import Action, Area
from desk_app.services.work_orders import OPEN_STATUSES
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.errors import error_text
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.orders import OrderDialog
from desk_app.ui.timeline.board import StatusBoard
from desk_app.ui.timeline.gantt_view import ShopTimelineWidget
from desk_app.ui.timeline.my_work import MyWorkPanel
from desk_app.ui.timeline.order_list import OrderList

WORK_ORDER = "work_order"
"""The record kind this area opens (``AreaWidget.show_record``)."""
TIMELINE_TAB, BOARD_TAB, LIST_TAB = range(3)


class TimelineArea(AreaWidget):
    area = Area.TIMELINE

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.shows_all_orders = context.actor.can(Action.VIEW_TIMELINE)
        self.dialogs: dict[int, OrderDialog] = {}
        """The order windows open now, by order id: opening one again raises it."""
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.summary)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self.shows_all_orders:
            self._build_shop(layout)
        else:
            self.heading.setText(self.tr("My work"))
            self.my_work = MyWorkPanel(context)
            self.my_work.sig_status_message.connect(self.sig_status_message)
            layout.addWidget(self.my_work, 1)

    def _build_shop(self, layout: QVBoxLayout) -> None:
        self.heading.setText(self.tr("Cars in the shop"))
        self.counts_bar = QHBoxLayout()
        self.counts_bar.setSpacing(6)
        self._count_labels: dict[WorkOrderStatus, QLabel] = {}
        for status in OPEN_STATUSES:
            chip = QLabel()
            chip.setObjectName(f"count_{status.value}")
            chip.setStyleSheet(
                f"background: {status_colour(status).name()}; border: 1px solid #c9ced6;"
                " border-radius: 9px; padding: 2px 10px;"
            )
            self._count_labels[status] = chip
            self.counts_bar.addWidget(chip)
        self.counts_bar.addStretch(1)
        layout.addLayout(self.counts_bar)

        self.timeline = ShopTimelineWidget(self.context)
        self.board = StatusBoard(self.context)
        self.order_list = OrderList()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(self.order_list, self.tr("List"))
        for view in (self.timeline, self.board, self.order_list):
            view.sig_open_order.connect(self.open_order)
        self.timeline.sig_status_message.connect(self.sig_status_message)
        self.board.sig_status_message.connect(self.sig_status_message)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current_view())
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Timeline")

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.shows_all_orders:
            self.my_work.refresh()
            return
        db, actor = self.context.db, self.context.actor
        try:
            rows = work_orders.list_open_orders(db, actor)
            counts = work_orders.order_status_counts(db, actor)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        for status in OPEN_STATUSES:
            self._count_labels[status].setText(f"{status_label(status)}: <b>{counts[status]}</b>")
        overdue = sum(row.overdue for row in rows)
        self.summary.setText(
            self.tr("{count} overdue").format(count=overdue) if overdue else self.tr("None overdue")
        )
        self.summary.setStyleSheet("color: #b3261e; font-weight: 600;" if overdue else "")
        self.order_list.set_rows(rows, counts)
        self._refresh_current_view()

    def _refresh_current_view(self) -> None:
        """The timeline and the board load themselves; only the one on show is reloaded."""
        current = self.tabs.currentWidget()
        if current is self.timeline:
            self.timeline.refresh()
        elif current is self.board:
            self.board.refresh()

    def shop_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def show_tab(self, index: int) -> None:
        if self.shows_all_orders:
            self.tabs.setCurrentIndex(index)

    # -- opening an order ------------------------------------------------------------------

    def open_order(self, order_id: int) -> OrderDialog | None:
        """Open the order's window beside the timeline (not modal: the shop stays in view)."""
        if not self.shows_all_orders:
            return None
        dialog = self.dialogs.get(order_id)
        if dialog is None:
            dialog = OrderDialog(self.context, order_id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_changed.connect(self.refresh)
            dialog.destroyed.connect(lambda _=None, key=order_id: self.dialogs.pop(key, None))
            self.dialogs[order_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != WORK_ORDER or not self.shows_all_orders:
            return False
        self.open_order(record_id)
        return True
