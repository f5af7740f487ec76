"""The status board: a column per open status, each car in the shop a card in its column.

Each column is a ``QListView`` over a ``CardModel`` whose ``CardDelegate`` paints the
cards, so a busy day is a few hundred painted rectangles, not a few hundred widgets. The
card and its painter are shared with the mechanic's "My work" list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import WorkOrderStatus
from desk_app.services import work_orders
from desk_app.services.work_orders import OPEN_STATUSES, OrderRow
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import workstation_time_zone
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.timeline.cards import (
    COLUMN_MIN_WIDTH,
    LATE,
    ROW_ROLE,
    Card,
    CardList,
    CardModel,
    due_text,
)


def is_todays_order(
    accepted_at: datetime, promised_at: datetime | None, now: datetime, zone: tzinfo
) -> bool:
    """Accepted today or promised for today, "today" being the desk's own calendar day."""
    today = now.astimezone(zone).date()
    return accepted_at.astimezone(zone).date() == today or (
        promised_at is not None and promised_at.astimezone(zone).date() == today
    )


def order_card(row: OrderRow, now: datetime, zone: tzinfo) -> Card:
    """An open order's card: who and what on top, when it is due, where and with whom."""
    place = " · ".join(part for part in (row.bay_name, row.master_name) if part)
    return Card(
        title=row.number,
        corner="",
        lines=(row.vehicle_title, row.plate, row.client_name),
        due=due_text(row.promised_at, now, zone),
        late=row.overdue,
        footer=place or QCoreApplication.translate("StatusBoard", "No bay yet"),
        accent=status_colour(row.status).darker(135),
    )


class StatusColumn(QFrame):
    """One status: its name and count on top, its cards below."""

    def __init__(self, status: WorkOrderStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"column_{status.value}")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setStyleSheet(
            f"#column_{status.value} {{ background: #eef0f3; border: 1px solid #d5dae1;"
            " border-radius: 6px; }"
        )
        header = QFrame(self)
        header.setObjectName("header")
        header.setStyleSheet(
            f"#header {{ background: {status_colour(status).name()};"
            " border: none; border-bottom: 1px solid #d5dae1;"
            " border-top-left-radius: 6px; border-top-right-radius: 6px; }"
        )
        self.name_label = QLabel(status_label(status))
        self.name_label.setToolTip(status_label(status))
        self.name_label.setStyleSheet("font-weight: 600; color: #1d2a36;")
        self.count_label = QLabel("0")
        self.count_label.setObjectName("count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setMinimumWidth(26)
        self.count_label.setStyleSheet(
            "background: rgba(255, 255, 255, 0.75); border-radius: 9px;"
            " padding: 1px 7px; font-weight: 600; color: #1d2a36;"
        )
        top = QHBoxLayout(header)
        top.setContentsMargins(10, 7, 8, 7)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)

        self.model: CardModel[OrderRow] = CardModel(self)
        self.view = CardList(self.model, QCoreApplication.translate("StatusBoard", "No cars"), self)
        self.view.setObjectName(f"cards_{status.value}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[OrderRow], card: Callable[[OrderRow], Card]) -> None:
        self.model.set_rows(rows, card)
        self.count_label.setText(str(len(rows)))


class StatusBoard(QWidget):
    """Every open order as a card in its status's column, for the desk and the master."""

    sig_open_order = Signal(int)
    """The user asked to open an order (int: the work order's id): double-click or Enter."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: translated text), e.g. why loading failed."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, zone: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = zone or workstation_time_zone()
        self._rows: list[OrderRow] = []
        self._now = clock.now()

        heading = QLabel(self.tr("Status board"))
        heading.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.all_button = self._filter_button(self.tr("All open orders"), "showAll")
        self.today_button = self._filter_button(self.tr("Today's orders"), "showToday")
        self.today_button.setToolTip(self.tr("Cars accepted today or promised for today"))
        self.all_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.today_button)
        group.buttonToggled.connect(self._show)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.all_button)
        top.addWidget(self.today_button)
        top.setSpacing(0)

        self.columns: dict[WorkOrderStatus, StatusColumn] = {}
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for status in OPEN_STATUSES:
            column = StatusColumn(status, strip)
            column.view.activated.connect(self._activated)
            column.view.pressed.connect(lambda _i, s=status: self._select_only(s))
            self.columns[status] = column
            row.addWidget(column, 1)
        scroller = QScrollArea()
        scroller.setWidget(strip)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroller, 1)

    def _filter_button(self, text: str, name: str) -> QPushButton:
        """One half of the all/today switch, drawn as a segmented control."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setCheckable(True)
        left = name == "showAll"
        corners = (
            "border-top-left-radius: 4px; border-bottom-left-radius: 4px;"
            if left
            else "border-top-right-radius: 4px; border-bottom-right-radius: 4px; border-left: none;"
        )
        button.setStyleSheet(
            "QPushButton { border: 1px solid #b9c1cb; background: white; padding: 4px 12px;"
            f" {corners} }}"
            " QPushButton:checked { background: #3d7ab8; color: white; border-color: #3d7ab8; }"
        )
        return button

    # -- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the open orders; the selected card stays selected if its order is still open."""
        try:
            self._rows = work_orders.list_open_orders(self.context.db, self.context.actor)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        self._show()

    @property
    def today_only(self) -> bool:
        return self.today_button.isChecked()

    def set_today_only(self, today: bool) -> None:
        (self.today_button if today else self.all_button).setChecked(True)

    def orders_in(self, status: WorkOrderStatus) -> list[OrderRow]:
        """The orders the board shows in ``status``'s column, top to bottom."""
        return self.columns[status].model.rows()

    def selected_order_id(self) -> int | None:
        for column in self.columns.values():
            for index in column.view.selectionModel().selectedIndexes():
                return index.data(ROW_ROLE).id
        return None

    def select_order(self, order_id: int) -> bool:
        """Select and show an order's card; False if the board does not show it."""
        for status, column in self.columns.items():
            index = column.model.find(lambda row: row.id == order_id)
            if index.isValid():
                self._select_only(status)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                return True
        return False

    def _show(self) -> None:
        selected = self.selected_order_id()
        self._now = clock.now()
        rows = self._rows
        if self.today_only:
            rows = [
                row
                for row in rows
                if is_todays_order(row.accepted_at, row.promised_at, self._now, self.zone)
            ]
        bars = [column.view.verticalScrollBar() for column in self.columns.values()]
        where = [bar.value() for bar in bars]
        for status, column in self.columns.items():
            column.set_rows([row for row in rows if row.status is status], self._card)
        if selected is not None:
            self.select_order(selected)
        for bar, value in zip(bars, where, strict=True):
            bar.setValue(value)  # a refresh must not scroll to the selected card
        overdue = sum(row.overdue for row in rows)
        text = self.tr("Cars: {count}").format(count=len(rows))
        if overdue:
            late = self.tr("Overdue: {count}").format(count=overdue)
            text += f' · <span style="color: {LATE.name()}; font-weight: 600;">⚠ {late}</span>'
        self.summary.setText(text)

    def _card(self, row: OrderRow) -> Card:
        return order_card(row, self._now, self.zone)

    # -- choosing a card ------------------------------------------------------------------

    def _select_only(self, status: WorkOrderStatus) -> None:
        """One selected card on the whole board: picking one in a column clears the others."""
        for other, column in self.columns.items():
            if other is not status:
                column.view.clearSelection()
                column.view.setCurrentIndex(QModelIndex())

    def _activated(self, index: QModelIndex) -> None:
        self.sig_open_order.emit(index.data(ROW_ROLE).id)
