"""What another desk changed on the order meanwhile, laid out before the user decides.

Opened from the order window when a save was refused as stale: one row per difference
(``order_compare.compare_orders``) with the value as this window loaded it and the value
saved now. Nothing is saved from here; "Reload the order" shows the order as saved, and
"Close" goes back to the window as it was, the user's input kept.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import LineApproval
from desk_app.services.order_card import OrderCard
from desk_app.services.order_compare import Aspect, Change, compare_orders
from desk_app.ui.formatting import local_datetime, money, number
from desk_app.ui.labels import enum_label
from desk_app.ui.orders.texts import approval_label
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "OrderCompare"
ADDED, REMOVED = QColor("#e6f4ea"), QColor("#fbeaea")

CAPTION: dict[Aspect, str] = {
    Aspect.STATUS: QT_TRANSLATE_NOOP("OrderCompare", "Status"),
    Aspect.PROMISED_AT: QT_TRANSLATE_NOOP("OrderCompare", "Promised for"),
    Aspect.BAY: QT_TRANSLATE_NOOP("OrderCompare", "Bay"),
    Aspect.MASTER: QT_TRANSLATE_NOOP("OrderCompare", "Master"),
    Aspect.COMPLAINTS: QT_TRANSLATE_NOOP("OrderCompare", "Complaints"),
    Aspect.DISCOUNT: QT_TRANSLATE_NOOP("OrderCompare", "Discount, %"),
    Aspect.DISCOUNT_REASON: QT_TRANSLATE_NOOP("OrderCompare", "Reason for the discount"),
    Aspect.PREPAYMENT: QT_TRANSLATE_NOOP("OrderCompare", "Prepayment"),
    Aspect.WORK_ADDED: QT_TRANSLATE_NOOP("OrderCompare", "Work added: {line}"),
    Aspect.WORK_REMOVED: QT_TRANSLATE_NOOP("OrderCompare", "Work removed: {line}"),
    Aspect.PART_ADDED: QT_TRANSLATE_NOOP("OrderCompare", "Part added: {line}"),
    Aspect.PART_REMOVED: QT_TRANSLATE_NOOP("OrderCompare", "Part removed: {line}"),
    Aspect.NAME: QT_TRANSLATE_NOOP("OrderCompare", "{line}: name"),
    Aspect.NORM_HOURS: QT_TRANSLATE_NOOP("OrderCompare", "{line}: norm hours"),
    Aspect.RATE: QT_TRANSLATE_NOOP("OrderCompare", "{line}: rate"),
    Aspect.MECHANIC: QT_TRANSLATE_NOOP("OrderCompare", "{line}: mechanic"),
    Aspect.DONE: QT_TRANSLATE_NOOP("OrderCompare", "{line}: done"),
    Aspect.QUANTITY: QT_TRANSLATE_NOOP("OrderCompare", "{line}: quantity"),
    Aspect.UNIT_PRICE: QT_TRANSLATE_NOOP("OrderCompare", "{line}: price"),
    Aspect.SUPPLIED_BY_CLIENT: QT_TRANSLATE_NOOP("OrderCompare", "{line}: client's own part"),
    Aspect.APPROVAL: QT_TRANSLATE_NOOP("OrderCompare", "{line}: client's answer"),
    Aspect.TOTAL: QT_TRANSLATE_NOOP("OrderCompare", "Total"),
}

_MONEY = {
    Aspect.PREPAYMENT,
    Aspect.RATE,
    Aspect.UNIT_PRICE,
    Aspect.TOTAL,
    Aspect.WORK_ADDED,
    Aspect.WORK_REMOVED,
    Aspect.PART_ADDED,
    Aspect.PART_REMOVED,
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def caption(change: Change) -> str:
    return _translate(CAPTION[change.aspect]).format(line=change.line)


def value_text(change: Change, value: object) -> str:
    """One side of a change in the user's words: money, hours, local time, labels."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _translate("yes") if value else _translate("no")
    if isinstance(value, Decimal):
        if change.aspect in _MONEY:
            return money(value)
        return number(value, 0 if value == value.to_integral_value() else 2)
    if isinstance(value, datetime):
        return local_datetime(value)
    if isinstance(value, LineApproval):
        return approval_label(value)
    if isinstance(value, StrEnum):
        return enum_label(value)
    return str(value)


def _background(change: Change) -> QColor | None:
    if change.before is None:
        return ADDED
    if change.after is None:
        return REMOVED
    return None


COLUMNS: list[Column[Change]] = [
    Column(QT_TRANSLATE_NOOP("OrderCompare", "What"), caption, context=CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("OrderCompare", "When you opened it"),
        lambda change: value_text(change, change.before),
        context=CONTEXT,
        background=_background,
    ),
    Column(
        QT_TRANSLATE_NOOP("OrderCompare", "Saved now"),
        lambda change: value_text(change, change.after),
        context=CONTEXT,
        background=_background,
    ),
]


class CompareDialog(QDialog):
    sig_reload = Signal()
    """Show the order as saved now."""

    def __init__(
        self, before: OrderCard, after: OrderCard, message: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order {number}: what changed").format(number=after.number))
        self.changes = compare_orders(before, after)
        self.message = QLabel(message)
        self.message.setObjectName("compareMessage")
        self.message.setWordWrap(True)
        self.model: RowTableModel[Change] = RowTableModel(COLUMNS, self)
        self.model.set_rows(self.changes)
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(self.changes))
        self.nothing = QLabel(
            self.tr(
                "The works, parts, money and status are as you saw them: another desk saved "
                "something this window does not show (a note, a print, a request)."
            )
        )
        self.nothing.setWordWrap(True)
        self.nothing.setVisible(not self.changes)
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(
            self.tr("&Reload the order"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setObjectName("compareReload")
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("compareClose")
        buttons.accepted.connect(self._reload)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(buttons)
        rows_height = self.table.verticalHeader().defaultSectionSize() * min(len(self.changes), 12)
        self.resize(680, 130 + rows_height)
        self.reload_button.setDefault(True)
        self.reload_button.setFocus()

    def rows_shown(self) -> list[tuple[str, str, str]]:
        """(what, when opened, saved now) as the table shows them."""

        def text(row: int, col: int) -> str:
            return str(self.model.data(self.model.index(row, col)))

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.model.rowCount())]

    def _reload(self) -> None:
        self.sig_reload.emit()
        self.accept()
