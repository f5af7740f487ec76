"""Cards painted in a list: what the status board and the mechanic's "My work" show.

A ``CardList`` is a ``QListView`` over a ``CardModel`` whose ``CardDelegate`` paints each
card, so a busy day is a few hundred painted rectangles, not a few hundred widgets.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desk_app.ui.appointments.blocks import clock_text
from desk_app.ui.formatting import local_date

CONTEXT = "StatusBoard"
NO_PROMISE = QT_TRANSLATE_NOOP("StatusBoard", "No promised time")
COLUMN_MIN_WIDTH = 160
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT = QColor("#1d232a")
QUIET = QColor("#5f6b76")
LATE = QColor("#b3261e")
BORDER = QColor("#d5dae1")
HOVER = QColor("#f5f9ff")
MARGIN_X, MARGIN_Y = 6, 4
"""Around a card inside its row of the list: the column's grey shows between cards."""
PAD, STRIPE, GAP, RADIUS = 7, 4, 1, 5.0
Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


def due_text(promised_at: datetime | None, now: datetime, zone: tzinfo) -> str:
    """When the car is promised, as the desk says it: "today 16:30", "tomorrow 9:00", a date."""
    if promised_at is None:
        return QCoreApplication.translate(CONTEXT, NO_PROMISE)
    local = promised_at.astimezone(zone)
    time = clock_text(local.hour * 60 + local.minute)
    days = (local.date() - now.astimezone(zone).date()).days
    if days == 0:
        return QCoreApplication.translate("StatusBoard", "today {time}").format(time=time)
    if days == 1:
        return QCoreApplication.translate("StatusBoard", "tomorrow {time}").format(time=time)
    return f"{local_date(local.date())} {time}"


@dataclass(frozen=True)
class Card:
    """What a card says, already in words and colours: the delegate only lays it out."""

    title: str
    corner: str
    lines: tuple[str, ...]
    due: str
    """When the car is promised ("today 16:30"); drawn after a clock, or red after ⚠."""
    late: bool
    footer: str
    accent: QColor
    corner_fill: QColor | None = None
    """Draw ``corner`` as a chip on this colour (a status) instead of as quiet text."""

    @property
    def text(self) -> str:
        """The card as plain text: for screen readers, tooltips and tests."""
        due = QCoreApplication.translate("StatusBoard", "Due {when}").format(when=self.due)
        parts = (f"{self.title}  {self.corner}", *self.lines, due, self.footer)
        return "\n".join(part for part in parts if part)


class CardModel(QAbstractListModel, Generic[Row]):
    """Rows from a service and their cards, replaced as a whole on each refresh."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cards: list[Card] = []

    def set_rows(self, rows: Sequence[Row], card: Callable[[Row], Card]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cards = [card(row) for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def find(self, match: Callable[[Row], bool]) -> QModelIndex:
        """The first row that matches (an invalid index if none does)."""
        for number, row in enumerate(self._rows):
            if match(row):
                return self.index(number, 0)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cards[index.row()].text
        if role == CARD_ROLE:
            return self._cards[index.row()]
        if role == ROW_ROLE:
            return self._rows[index.row()]
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints a card: a white box with a status stripe, the title and corner, then the lines."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        card: Card = index.data(CARD_ROLE)
        lines = 2 + len(card.lines) + bool(card.footer)
        height = lines * option.fontMetrics.height() + (lines - 1) * GAP
        return QSize(COLUMN_MIN_WIDTH // 2, height + 2 * (PAD + MARGIN_Y))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card: Card = index.data(CARD_ROLE)
        box = QRectF(option.rect).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        box.adjust(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(box, RADIUS, RADIUS)
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(path, HOVER if state & QStyle.StateFlag.State_MouseOver else Qt.white)
        painter.save()
        painter.setClipPath(path)
        stripe = LATE if card.late else card.accent
        painter.fillRect(QRectF(box.left(), box.top(), STRIPE, box.height()), stripe)
        painter.restore()
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
        else:
            painter.setPen(QPen(BORDER, 1))
        painter.drawPath(path)

        area = box.adjusted(STRIPE + PAD, PAD, -PAD, -PAD)
        step = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        line = QRectF(area.left(), area.top(), area.width(), step)
        corner = _paint_corner(painter, option.font, card, line)
        _text(painter, bold, TEXT, line.adjusted(0, 0, -corner, 0), card.title)
        for text in card.lines:
            line.translate(0, step + GAP)
            _text(painter, option.font, TEXT, line, text)
        line.translate(0, step + GAP)
        if card.late:
            _text(painter, bold, LATE, line, "⚠ " + card.due)
        else:
            _paint_clock(painter, line.left() + step / 2, line.center().y(), step * 0.32)
            _text(painter, option.font, QUIET, line.adjusted(step + 2, 0, 0, 0), card.due)
        if card.footer:
            line.translate(0, step + GAP)
            _text(painter, option.font, QUIET, line, card.footer)
        painter.restore()


def _text(painter: QPainter, font: QFont, colour: QColor, rect: QRectF, text: str) -> None:
    """One line of a card, cut with "…" where the card ends."""
    painter.setFont(font)
    painter.setPen(colour)
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)


def _paint_clock(painter: QPainter, x: float, y: float, radius: float) -> None:
    """A small clock face before the promised time: the word "due" without its width."""
    painter.setPen(QPen(QUIET, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(x, y), radius, radius)
    painter.drawLine(QPointF(x, y), QPointF(x, y - radius * 0.65))
    painter.drawLine(QPointF(x, y), QPointF(x + radius * 0.5, y))


def _paint_corner(painter: QPainter, font: QFont, card: Card, line: QRectF) -> float:
    """The corner text at the line's right end (a chip if it has a fill); the width it took."""
    if not card.corner:
        return 0.0
    small = QFont(font)
    if card.corner_fill is not None:
        small.setPointSizeF(font.pointSizeF() * 0.9)
    metrics = QFontMetricsF(small)
    width = min(math.ceil(metrics.horizontalAdvance(card.corner)) + 14, line.width() / 2)
    rect = QRectF(line.right() - width, line.top(), width, line.height())
    if card.corner_fill is not None:
        chip = QPainterPath()
        chip.addRoundedRect(rect.adjusted(0, 1, 0, -1), 8, 8)
        painter.fillPath(chip, card.corner_fill)
        rect.adjust(6, 0, -6, 0)
    painter.setFont(small)
    painter.setPen(TEXT if card.corner_fill is not None else QUIET)
    elided = metrics.elidedText(card.corner, Qt.TextElideMode.ElideRight, rect.width() + 1)
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
    return width + 8


class CardList(QListView):
    """A list of cards on the column's grey; it says so when it has none."""

    def __init__(self, model: CardModel, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QUIET)
            painter.drawText(
                self.viewport().rect().adjusted(8, 18, -8, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.empty_text,
            )
            painter.end()
