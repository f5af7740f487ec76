"""The intake search box's results list: its lines as a model, drawn by a delegate.

A hit takes two lines — the client's name and phone, then his car — and the fields the
search matched are bold, so the receptionist sees at once why a line is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk_app.services.client_search import IntakeHit, SearchField
from desk_app.ui.labels import phone_label

CONTEXT = "SearchResults"
NO_CAR = QT_TRANSLATE_NOOP("SearchResults", "No car on file")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING = 6
GAP = 16
AnyIndex = QModelIndex | QPersistentModelIndex


class RowKind(Enum):
    HIT = "hit"
    NEW_CLIENT = "new_client"
    NEW_VEHICLE = "new_vehicle"
    NOTE = "note"
    """A line that only informs ("no client matches"); it cannot be picked."""


@dataclass(frozen=True)
class ResultRow:
    kind: RowKind
    text: str
    """The line as one plain text (what a screen reader says; the delegate draws hits)."""
    hit: IntakeHit | None = None


class ResultModel(QAbstractListModel):
    """The lines of the results list, replaced as a whole after each search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ResultRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._rows[index.row()].kind is RowKind.NOTE:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def car_text(hit: IntakeHit) -> str:
    car = " ".join(part for part in (hit.vehicle_title, hit.plate, hit.vin) if part)
    return car or QCoreApplication.translate(CONTEXT, NO_CAR)


def hit_text(hit: IntakeHit) -> str:
    """A hit as plain text: the name and phone, then the car."""
    return f"{hit.display_name}  {phone_label(hit.phone)}\n{car_text(hit)}"


class ResultDelegate(QStyledItemDelegate):
    """Draws a hit on two lines — name and phone, then the car — the matched fields bold."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        lines = 2 if index.data(ROW_ROLE).kind is RowKind.HIT else 1
        return QSize(option.rect.width(), lines * option.fontMetrics.height() + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row: ResultRow = index.data(ROW_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        if row.hit is None:
            note = row.kind is RowKind.NOTE
            font = QFont(option.font)
            font.setItalic(note)
            painter.setFont(font)
            painter.setPen(quiet if note else text)
            painter.drawText(area, Qt.AlignmentFlag.AlignVCenter, row.text)
        else:
            self._paint_hit(painter, option.font, area, row.hit, text, quiet)
        painter.restore()

    @staticmethod
    def _paint_hit(
        painter: QPainter, font: QFont, area: QRect, hit: IntakeHit, text: QColor, quiet: QColor
    ) -> None:
        matched = hit.matched
        first = QRect(area.left(), area.top(), area.width(), QFontMetrics(font).height())
        phone = (phone_label(hit.phone), SearchField.PHONE in matched)
        phone_width = _bold_if(font, phone[1]).horizontalAdvance(phone[0])
        name = first.adjusted(0, 0, -phone_width - GAP, 0)
        _draw(painter, font, name, [(hit.display_name, SearchField.NAME in matched)], text, text)
        _draw(
            painter, font, first.adjusted(first.width() - phone_width, 0, 0, 0), [phone], text, text
        )
        car = [
            (hit.vehicle_title, SearchField.MAKE_MODEL in matched),
            (hit.plate, SearchField.PLATE in matched),
            (hit.vin, SearchField.VIN in matched),
        ]
        if hit.vehicle_id is None:
            car = [(car_text(hit), False)]
        _draw(painter, font, first.translated(0, first.height()), car, quiet, text)


def _bold_if(font: QFont, bold: bool) -> QFontMetrics:
    changed = QFont(font)
    changed.setBold(bold)
    return QFontMetrics(changed)


def _draw(
    painter: QPainter,
    font: QFont,
    rect: QRect,
    parts: list[tuple[str, bool]],
    colour: QColor,
    matched_colour: QColor,
) -> None:
    """Texts side by side in ``rect``, cut at its end; the matched ones bold."""
    x = rect.left()
    for text, matched in parts:
        if not text or x >= rect.right():
            continue
        part_font = QFont(font)
        part_font.setBold(matched)
        painter.setFont(part_font)
        painter.setPen(matched_colour if matched else colour)
        width = min(QFontMetrics(part_font).horizontalAdvance(text), rect.right() - x)
        painter.drawText(QRect(x, rect.top(), width, rect.height()), 0, text)
        x += width + GAP
