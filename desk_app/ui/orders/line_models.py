"""The works and parts of an order as table models, with where each line stands with the
client drawn on it: proposed lines in italics with a "proposed" tag (they cost nothing
yet), declined ones struck through and greyed (kept on record, never charged).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.models import LineApproval
from desk_app.services.order_card import LabourView, PartView
from desk_app.ui.formatting import money
from desk_app.ui.intake.fields import format_decimal
from desk_app.ui.orders.texts import approval_label
from desk_app.ui.table_model import AnyIndex, Column, RowTableModel

CONTEXT = "OrderLines"
PROPOSED_BACKGROUND = QColor("#fdf3e1")
DECLINED_TEXT = QColor("#8a9099")

Line = LabourView | PartView


class LineKind(Enum):
    WORK = "work"
    PART = "part"


def _tag(line: Line) -> str:
    """Empty for an agreed line: only what differs from the usual is written."""
    return "" if line.approval is LineApproval.AGREED else approval_label(line.approval)


def _client_part() -> str:
    return QCoreApplication.translate("OrderLines", "the client")


def _column(header: str, text: Any, *, right: bool = False) -> Column[Any]:
    return Column(header, text, align_right=right, context=CONTEXT)


WORK_COLUMNS: list[Column[LabourView]] = [
    _column(QT_TRANSLATE_NOOP("OrderLines", "Code"), lambda w: w.operation_code),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Work"), lambda w: w.name),
    _column(
        QT_TRANSLATE_NOOP("OrderLines", "Hours"),
        lambda w: format_decimal(w.norm_hours, 2, trim=True),
        right=True,
    ),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Rate"), lambda w: money(w.rate), right=True),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Amount"), lambda w: money(w.amount), right=True),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Mechanic"), lambda w: w.mechanic_name),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Done"), lambda w: "✓" if w.done else ""),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Answer"), _tag),
]

PART_COLUMNS: list[Column[PartView]] = [
    _column(QT_TRANSLATE_NOOP("OrderLines", "Part number"), lambda p: p.part_number),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Part"), lambda p: p.name),
    _column(
        QT_TRANSLATE_NOOP("OrderLines", "Qty"),
        lambda p: format_decimal(p.quantity, 3, trim=True),
        right=True,
    ),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Price"), lambda p: money(p.unit_price), right=True),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Amount"), lambda p: money(p.amount), right=True),
    _column(
        QT_TRANSLATE_NOOP("OrderLines", "Supplied by"),
        lambda p: _client_part() if p.supplied_by_client else "",
    ),
    _column(QT_TRANSLATE_NOOP("OrderLines", "Answer"), _tag),
]
NAME_COLUMN = 1


class LineModel(RowTableModel[Any]):
    """Rows of one kind of line; fonts and colours say where each stands with the client."""

    def __init__(self, kind: LineKind) -> None:
        super().__init__(WORK_COLUMNS if kind is LineKind.WORK else PART_COLUMNS)
        self.kind = kind

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: Line = self.row_at(index.row())
        approval = line.approval
        if role == Qt.ItemDataRole.FontRole and approval is not LineApproval.AGREED:
            font = QFont()
            font.setItalic(approval is LineApproval.PROPOSED)
            font.setStrikeOut(approval is LineApproval.DECLINED)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and approval is LineApproval.DECLINED:
            return QBrush(DECLINED_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and approval is LineApproval.PROPOSED:
            return QBrush(PROPOSED_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME_COLUMN:
            return line.name
        return super().data(index, role)
