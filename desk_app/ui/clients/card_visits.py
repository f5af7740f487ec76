"""Every visit of a client (or of one of his cars): date, order, car, works, parts, money.

A double-click or Enter on a visit asks to open its work order (``sig_open_order``); the
card window passes that on to whoever embeds it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from desk_app.services.client_card import CardVisit
from desk_app.ui.clients.card_tables import CardTable, column
from desk_app.ui.clients.card_texts import percent
from desk_app.ui.formatting import local_date, money, number
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.table_model import Column

LIST_SEPARATOR = "; "


def _discounted_total(visit: CardVisit) -> str:
    if visit.discount_percent:
        return f"{money(visit.total)} (−{percent(visit.discount_percent)})"
    return money(visit.total)


DATE: Column[CardVisit] = column(
    QT_TRANSLATE_NOOP("ClientCard", "Date"),
    lambda v: local_date(v.accepted_at),
    lambda v: v.accepted_at.timestamp(),
)
NUMBER: Column[CardVisit] = column(QT_TRANSLATE_NOOP("ClientCard", "Order"), lambda v: v.number)
CAR: Column[CardVisit] = column(
    QT_TRANSLATE_NOOP("ClientCard", "Car"),
    lambda v: f"{v.vehicle_title}, {v.plate}" if v.plate else v.vehicle_title,
)
ODOMETER: Column[CardVisit] = column(
    QT_TRANSLATE_NOOP("ClientCard", "Odometer, km"),
    lambda v: number(v.odometer_km) if v.odometer_km else "",
    lambda v: v.odometer_km,
    right=True,
)
WORKS: Column[CardVisit] = column(
    QT_TRANSLATE_NOOP("ClientCard", "Works"), lambda v: LIST_SEPARATOR.join(v.works)
)
PARTS: Column[CardVisit] = column(
    QT_TRANSLATE_NOOP("ClientCard", "Parts"), lambda v: LIST_SEPARATOR.join(v.parts)
)
TOTAL: Column[CardVisit] = column(
    QT_TRANSLATE_NOOP("ClientCard", "Total"),
    _discounted_total,
    lambda v: int(v.total * 100),  # exact cents: money never becomes a float
    right=True,
)
STATUS: Column[CardVisit] = column(
    QT_TRANSLATE_NOOP("ClientCard", "Status"),
    lambda v: status_label(v.status),
    lambda v: status_label(v.status),
    background=lambda v: status_colour(v.status),
)

CLIENT_COLUMNS: list[Column[CardVisit]] = [DATE, NUMBER, CAR, WORKS, PARTS, TOTAL, STATUS]
"""The Visits tab: every car of the client."""
CAR_COLUMNS: list[Column[CardVisit]] = [DATE, NUMBER, ODOMETER, WORKS, PARTS, TOTAL, STATUS]
"""One car's own history: its odometer instead of its name."""


class VisitsTable(CardTable[CardVisit]):
    sig_open_order = Signal(int)
    """Open this visit's work order (int: the order's id)."""

    def __init__(
        self, columns: list[Column[CardVisit]], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(columns, name, parent)
        self.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.doubleClicked.connect(self._open)
        self.setToolTip(self.tr("Double-click a visit to open its work order."))

    def _open(self, index: QModelIndex) -> None:
        visit = self.row_at(index)
        if visit is not None:
            self.sig_open_order.emit(visit.order_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
