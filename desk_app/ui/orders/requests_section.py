"""The "Requests" tab of the work-order window: what was asked of the parts desk and finance
about this car, whether each link answered within its standard, and how long the car waited
on it (DOMAIN.md: tie the internal work back to the external client).

A compact table of the order's requests (a red row is overdue now, an amber one was answered
late) and, for the chosen request, its words, the latest answer and the parts clerk's word on
each item. The section reads ``order_requests`` itself when it is shown after the order
window reloaded (``set_card``), so a closed tab costs no query.

"Ask parts / finance…" emits ``sig_file_request`` with the order's number; whoever owns the
filing dialog connects to it (the section files nothing itself).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import RequestStatus
from desk_app.services.order_card import OrderCard
from desk_app.services.order_requests import OrderRequest, OrderRequestItem, order_requests
from desk_app.services.permissions import Action
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_datetime, money
from desk_app.ui.intake.fields import MUTED_STYLE, format_decimal
from desk_app.ui.labels import department_label, request_kind_label, request_status_label
from desk_app.ui.orders.texts import duration_text
from desk_app.ui.requests.queue import CLOSED_COLOUR, OVERDUE_COLOUR
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "OrderRequests"
LATE_COLOUR = QColor("#fbe8c8")
"""Pale amber: answered, but after the standard's promise. Overdue rows (the car is waiting
past the promise right now) and closed ones are coloured as in the Requests area."""


def status_text(row: OrderRequest) -> str:
    status = request_status_label(row.status)
    if row.overdue:
        return QCoreApplication.translate("OrderRequests", "{status}, overdue").format(
            status=status
        )
    if row.late and row.status is RequestStatus.ANSWERED:
        return QCoreApplication.translate("OrderRequests", "Answered late")
    if row.late:
        text = QCoreApplication.translate("OrderRequests", "{status}, answered late")
        return text.format(status=status)
    return status


def _background(row: OrderRequest) -> QColor | None:
    if row.overdue:
        return OVERDUE_COLOUR
    if row.late:
        return LATE_COLOUR
    return None if row.status.is_open else CLOSED_COLOUR


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""


def _column(header: str, text: Callable[[OrderRequest], str]) -> Column[OrderRequest]:
    return Column(header, text, context=CONTEXT, background=_background)


REQUEST_COLUMNS: list[Column[OrderRequest]] = [
    _column(QT_TRANSLATE_NOOP("OrderRequests", "Request"), lambda r: request_kind_label(r.kind)),
    _column(QT_TRANSLATE_NOOP("OrderRequests", "To"), lambda r: department_label(r.to_department)),
    _column(QT_TRANSLATE_NOOP("OrderRequests", "Status"), status_text),
    _column(QT_TRANSLATE_NOOP("OrderRequests", "Filed"), lambda r: local_datetime(r.created_at)),
    _column(QT_TRANSLATE_NOOP("OrderRequests", "Promised by"), lambda r: local_datetime(r.due_at)),
    _column(
        QT_TRANSLATE_NOOP("OrderRequests", "Answered"), lambda r: local_datetime(r.responded_at)
    ),
    _column(QT_TRANSLATE_NOOP("OrderRequests", "Car waited"), lambda r: duration_text(r.waited)),
    _column(QT_TRANSLATE_NOOP("OrderRequests", "Answer"), lambda r: _first_line(r.answer_text)),
]
ANSWER_COLUMN = len(REQUEST_COLUMNS) - 1


def quantity_text(value: Decimal) -> str:
    return format_decimal(value, 3, trim=True)


def stock_text(item: OrderRequestItem) -> str:
    if item.in_stock is None:
        return ""
    if not item.in_stock:
        return QCoreApplication.translate("OrderRequests", "No")
    if item.available is None:
        return QCoreApplication.translate("OrderRequests", "Yes")
    return QCoreApplication.translate("OrderRequests", "Yes, {count} available").format(
        count=quantity_text(item.available)
    )


def issued_text(item: OrderRequestItem) -> str:
    if item.issued_to_order:
        return local_datetime(item.issued_at)
    return (
        QCoreApplication.translate("OrderRequests", "issued, not on this order")
        if item.issued_at
        else ""
    )


def _item(header: str, text: Callable[[OrderRequestItem], str], right: bool = False) -> Column:
    return Column(header, text, align_right=right, context=CONTEXT)


ITEM_COLUMNS: list[Column[OrderRequestItem]] = [
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Part number"), lambda i: i.part_number),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Name"), lambda i: i.name),
    _item(
        QT_TRANSLATE_NOOP("OrderRequests", "Qty"),
        lambda i: format_decimal(i.quantity, 3, trim=True),
        True,
    ),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "In stock"), stock_text),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Price"), lambda i: money(i.unit_price), True),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Amount"), lambda i: money(i.amount), True),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Bin"), lambda i: i.bin),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Arrives"), lambda i: local_datetime(i.eta)),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Reserved"), lambda i: local_datetime(i.reserved_at)),
    _item(QT_TRANSLATE_NOOP("OrderRequests", "Issued to the order"), issued_text),
]
ITEM_NAME_COLUMN, PRICE_COLUMNS = 1, (4, 5)


def _table(model: RowTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class RequestsSection(QWidget):
    sig_file_request = Signal(str)
    """"Ask parts / finance…": the order's number, for the request filing dialog."""

    def __init__(self, context: AreaContext, order_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.order_id = order_id
        self.number = ""
        self.requests: list[OrderRequest] = []
        self._stale = True
        self.summary = QLabel()
        self.summary.setStyleSheet(MUTED_STYLE)
        self.file_button = QPushButton(self.tr("Ask parts / finance…"))
        self.file_button.setObjectName("fileRequest")
        self.file_button.setAutoDefault(False)
        self.file_button.setToolTip(self.tr("File a request about this car to another department"))
        self.file_button.setVisible(context.actor.can(Action.FILE_REQUEST))
        self.file_button.clicked.connect(lambda: self.sig_file_request.emit(self.number))
        self.message = error_label()

        self.model: RowTableModel[OrderRequest] = RowTableModel(REQUEST_COLUMNS, self)
        self.table = _table(self.model, "requestsTable")
        self.table.horizontalHeader().setSectionResizeMode(
            ANSWER_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.empty = QLabel(self.tr("Nobody has asked another department about this car yet."))
        self.empty.setStyleSheet(MUTED_STYLE)

        self.detail = QLabel()
        self.detail.setObjectName("requestDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_model: RowTableModel[OrderRequestItem] = RowTableModel(ITEM_COLUMNS, self)
        self.items_table = _table(self.items_model, "requestItemsTable")
        self.items_table.horizontalHeader().setSectionResizeMode(
            ITEM_NAME_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        chosen = QWidget()
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 4, 0, 0)
        chosen_layout.addWidget(self.detail)
        chosen_layout.addWidget(self.items_table, 1)
        chosen_layout.addStretch(0)  # keeps the words on top when there are no items
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chosen)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([160, 240])

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

    def set_card(self, card: OrderCard) -> None:
        """The order window reloaded: read the requests again now, or when next shown."""
        self.number = card.number
        self.file_button.setEnabled(card.status.is_open)
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        try:
            found = order_requests(self.context.db, self.context.actor, self.order_id)
        except DeskError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return
        self.message.hide()
        self.show_requests(found)

    def show_requests(self, found: list[OrderRequest]) -> None:
        chosen = self.current()
        self.requests = found
        self.model.set_rows(found)
        self.empty.setVisible(not found)
        self.splitter.setVisible(bool(found))
        self.summary.setText(self._summary(found))
        prices = all(row.prices_shown for row in found)
        for column in PRICE_COLUMNS:
            self.items_table.setColumnHidden(column, not prices)
        ids = [row.id for row in found]
        if found:
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        else:
            self._show_chosen(None)

    def current(self) -> OrderRequest | None:
        rows = self.table.selectionModel().selectedRows() if self.requests else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_chosen(self.current())

    def _show_chosen(self, row: OrderRequest | None) -> None:
        self.items_model.set_rows(row.items if row else [])
        self.items_table.setVisible(bool(row and row.items))
        self.detail.setText(self.detail_text(row) if row else "")

    def detail_text(self, row: OrderRequest) -> str:
        """The chosen request's words and its latest answer, each with who and when."""
        lines = [
            self.tr("No. {id} · {kind} · filed {moment} by {name}").format(
                id=row.id,
                kind=request_kind_label(row.kind),
                moment=local_datetime(row.created_at),
                name=row.requester,
            )
        ]
        if row.text:
            lines.append(row.text.strip())
        if row.answer_text or row.answered_by:
            head = (
                self.tr("Answer ({name}, {moment}):").format(
                    name=row.answered_by, moment=local_datetime(row.answered_at)
                )
                if row.answered_by
                else self.tr("Answer:")
            )
            lines.append(f"{head} {row.answer_text.strip()}")
        elif row.status.is_open and row.due_at is not None:
            lines.append(
                self.tr("No answer yet; promised by {moment}.").format(
                    moment=local_datetime(row.due_at)
                )
            )
        return "\n".join(lines)

    def _summary(self, found: list[OrderRequest]) -> str:
        if not found:
            return ""
        parts = [self.tr("Requests about this car: {count}").format(count=len(found))]
        overdue = sum(row.overdue for row in found)
        late = sum(row.late for row in found)
        if overdue:
            parts.append(self.tr("overdue now: {count}").format(count=overdue))
        if late:
            parts.append(self.tr("answered late: {count}").format(count=late))
        return " · ".join(parts)
