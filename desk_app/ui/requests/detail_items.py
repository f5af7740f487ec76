"""The parts of a request as the detail pane lists them, with the clerk's answer per part,
and the answers' texts: what both the requester and the clerk read about one request."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.services.request_detail import AnswerDetail, ItemDetail
from desk_app.ui.formatting import local_datetime, money
from desk_app.ui.intake.fields import format_decimal
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "RequestItems"
MISSING_COLOUR = QColor("#fbe7c6")
"""A part not in stock: the car may wait for it."""


def _stock_text(item: ItemDetail) -> str:
    if item.in_stock is None:
        return ""
    if item.in_stock:
        return QCoreApplication.translate("RequestItems", "Yes")
    return QCoreApplication.translate("RequestItems", "No")


def _state_text(item: ItemDetail) -> str:
    if item.issued_at is not None:
        return QCoreApplication.translate("RequestItems", "Issued {moment}").format(
            moment=local_datetime(item.issued_at)
        )
    if item.reserved_at is not None:
        return QCoreApplication.translate("RequestItems", "Reserved {moment}").format(
            moment=local_datetime(item.reserved_at)
        )
    return ""


def _quantity(value: Decimal | None) -> str:
    return format_decimal(value, 3, trim=True)


def _background(item: ItemDetail) -> QColor | None:
    return MISSING_COLOUR if item.in_stock is False else None


def item_columns() -> list[Column[ItemDetail]]:
    def column(
        header: str, text: Callable[[ItemDetail], str], right: bool = False
    ) -> Column[ItemDetail]:
        return Column(header, text, None, right, CONTEXT, _background)

    return [
        column(QT_TRANSLATE_NOOP("RequestItems", "Part number"), lambda i: i.part_number),
        column(QT_TRANSLATE_NOOP("RequestItems", "Name"), lambda i: i.name),
        column(QT_TRANSLATE_NOOP("RequestItems", "Qty"), lambda i: _quantity(i.quantity), True),
        column(QT_TRANSLATE_NOOP("RequestItems", "In stock"), _stock_text),
        column(
            QT_TRANSLATE_NOOP("RequestItems", "Available"), lambda i: _quantity(i.available), True
        ),
        column(QT_TRANSLATE_NOOP("RequestItems", "Price"), lambda i: money(i.unit_price), True),
        column(QT_TRANSLATE_NOOP("RequestItems", "Bin"), lambda i: i.bin),
        column(QT_TRANSLATE_NOOP("RequestItems", "Arrives"), lambda i: local_datetime(i.eta)),
        column(QT_TRANSLATE_NOOP("RequestItems", "Reserved / issued"), _state_text),
    ]


NAME_COLUMN = 1
VISIBLE_ROWS = 8
"""The table grows with the parts up to this many rows, then scrolls."""


class ItemsTable(QTableView):
    """A read-only table of the request's parts; the name takes the spare width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestItems")
        self.items_model: RowTableModel[ItemDetail] = RowTableModel(item_columns(), self)
        self.setModel(self.items_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)

    def set_items(self, items: tuple[ItemDetail, ...]) -> None:
        self.items_model.set_rows(items)
        rows = min(max(len(items), 1), VISIBLE_ROWS)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        self.setFixedHeight(height + rows * self.verticalHeader().defaultSectionSize() + 2)
        answered = any(item.in_stock is not None for item in items)
        handled = any(item.reserved_at or item.issued_at for item in items)
        for column in range(3, 8):
            self.setColumnHidden(column, not answered)
        self.setColumnHidden(8, not handled)


def answers_html(answers: tuple[AnswerDetail, ...]) -> str:
    """Each answer with who gave it and when, oldest first."""
    lines = []
    for answer in answers:
        who = QCoreApplication.translate("RequestItems", "{moment}, {name}").format(
            moment=local_datetime(answer.answered_at), name=answer.answered_by
        )
        text = escape(answer.text).replace("\n", "<br>") if answer.text else ""
        extra = []
        if answer.price is not None:
            extra.append(
                QCoreApplication.translate("RequestItems", "total {amount}").format(
                    amount=money(answer.price)
                )
            )
        if answer.eta is not None:
            extra.append(
                QCoreApplication.translate("RequestItems", "arrives {moment}").format(
                    moment=local_datetime(answer.eta)
                )
            )
        tail = f" <i>({escape(', '.join(extra))})</i>" if extra else ""
        lines.append(f"<b>{escape(who)}</b>: {text}{tail}")
    return "<br>".join(lines)
