"""The timeline's bars of open orders, one on each lane that holds the car.

Each bar is a ``QGraphicsRectItem`` (its status stripe drawn by the fill) with two lines of
``QGraphicsSimpleTextItem``, elided once when the bar is made: Qt paints them in C++, so
hundreds of bars scroll with no Python work per frame. An order's bar moves only up and
down (its times are the order's, a drag changes who holds it, never when); where it lands
is the scene's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGradient,
    QLinearGradient,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from desk_app.models import WorkOrderStatus
from desk_app.services.shop_timeline import OrderBar
from desk_app.ui.appointments.blocks import MUTED_TEXT, NOW_LINE
from desk_app.ui.formatting import local_datetime
from desk_app.ui.labels import status_colour, status_label

if TYPE_CHECKING:
    from desk_app.ui.timeline.gantt_layout import Placed

TEXT = QColor("#1d232a")
OVERDUE = NOW_LINE
OVERDUE_TAIL = QColor("#fbe4e1")
OVERDUE_HATCH = QColor(217, 48, 37, 90)
STRIPE = 4.0
STRIPE_DARKER = 170
PADDING = 6.0
BAR_Z = 2.0
DRAGGED_Z = 20.0
OVERDUE_MARK = "⚠ "


@dataclass(frozen=True)
class BarFonts:
    """The two text lines of a bar: bold first line, smaller second; made once per build."""

    first: QFont
    second: QFont
    first_metrics: QFontMetricsF
    second_metrics: QFontMetricsF

    @classmethod
    def from_font(cls, base: QFont) -> BarFonts:
        first = QFont(base)
        first.setBold(True)
        second = QFont(base)
        second.setPointSizeF(max(base.pointSizeF() - 0.5, 7.0))
        return cls(first, second, QFontMetricsF(first), QFontMetricsF(second))

    def bar_height(self) -> float:
        lines = self.first_metrics.height() + self.second_metrics.height()
        return round(lines + 2 * PADDING - 2)


def add_text(
    parent: QGraphicsRectItem,
    lines: tuple[str, str],
    fonts: BarFonts,
    colours: tuple[QColor, QColor],
    width: float,
) -> list[QGraphicsSimpleTextItem]:
    """The two lines, elided to ``width``; none at all where there is no room to read."""
    rect = parent.rect()
    width -= STRIPE + PADDING + 3
    if width < fonts.first_metrics.averageCharWidth() * 3:
        return []
    items = []
    top = rect.top() + PADDING - 2
    styles = ((fonts.first, fonts.first_metrics), (fonts.second, fonts.second_metrics))
    for text, (font, metrics), colour in zip(lines, styles, colours, strict=True):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        if shown:
            item = QGraphicsSimpleTextItem(shown, parent)
            item.setFont(font)
            item.setBrush(colour)
            item.setPos(rect.left() + STRIPE + PADDING, top)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            items.append(item)
        top += metrics.height()
    return items


def tooltip(title: str, rows: list[tuple[str, ...]]) -> str:
    """A bold title over a table; the cells are plain text (escaped here), empty rows left out."""
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}&nbsp;</td>" for cell in row) + "</tr>"
        for row in rows
        if all(row)
    )
    return f"<b>{escape(title)}</b><table>{body}</table>"


def order_tooltip(bar: OrderBar) -> str:
    """Who and what, the status, and the two times that make the bar."""
    if bar.promised:
        promised = local_datetime(bar.end)
    else:
        promised = QCoreApplication.translate("ShopTimeline", "not set")
    if bar.overdue:
        late = QCoreApplication.translate("ShopTimeline", "overdue")
        promised = f"{OVERDUE_MARK}{promised} ({late})"
    return tooltip(
        bar.number,
        [
            (QCoreApplication.translate("ShopTimeline", "Client:"), bar.client_name),
            (
                QCoreApplication.translate("ShopTimeline", "Vehicle:"),
                f"{bar.vehicle_title} {bar.plate}".strip(),
            ),
            (QCoreApplication.translate("ShopTimeline", "Status:"), status_label(bar.status)),
            (QCoreApplication.translate("ShopTimeline", "Accepted:"), local_datetime(bar.start)),
            (QCoreApplication.translate("ShopTimeline", "Promised:"), promised),
        ],
    )


class BarItem(QGraphicsRectItem):
    """One open order on one lane; ``bar`` is what the service said about it.

    Kept to three items (the bar, its two lines) and a fourth when late; the stripe is part
    of the fill; the text is made when the bar is first in view, the tooltip and cursor on
    the first hover.
    """

    def __init__(self, placed: Placed[OrderBar], fonts: BarFonts, movable: bool) -> None:
        rect = placed.rect
        super().__init__(QRectF(0, 0, rect.width(), rect.height()))
        self.bar = placed.item
        self.home = rect.topLeft()
        """Where the bar belongs: a drag that is refused puts it back here."""
        self.setPos(self.home)
        self.setZValue(BAR_Z)
        self._dragging = False
        self._grab = 0.0
        self._dressed = False
        self._pen = _outline(self.bar.status, self.bar.overdue, self.bar.promised)
        self.setPen(self._pen)
        self.setBrush(self._fill())
        if placed.tail > 0:
            self._overdue_tail(placed.tail)
        self._fonts = fonts
        self._reach = rect.width() + placed.tail
        self._texts: list[QGraphicsSimpleTextItem] | None = None
        self._slack = 0.0
        self.setAcceptHoverEvents(True)
        if movable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    @property
    def movable(self) -> bool:
        return bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def _fill(self) -> QBrush:
        """Without a promised time the bar fades out towards its end, which is a guess."""
        if self.bar.promised:
            return _solid(self.bar.status)
        fill = status_colour(self.bar.status)
        fade = QLinearGradient(QPointF(0, 0), QPointF(max(self.rect().width(), 1.0), 0))
        stripe = min(STRIPE / max(self.rect().width(), 1.0), 0.5)
        fade.setColorAt(0.0, fill.darker(STRIPE_DARKER))
        fade.setColorAt(stripe, fill.darker(STRIPE_DARKER))
        fade.setColorAt(min(stripe + 0.0001, 1.0), fill)
        fade.setColorAt(0.5, fill)
        clear = QColor(fill)
        clear.setAlpha(30)
        fade.setColorAt(1.0, clear)
        return QBrush(fade)

    def _overdue_tail(self, width: float) -> None:
        """Red hatching from the promised time to now: how late the car is, at a glance."""
        rect = self.rect()
        tail = QGraphicsRectItem(QRectF(rect.right(), rect.top() + 3, width, rect.height() - 6))
        tail.setParentItem(self)
        tail.setPen(QPen(Qt.PenStyle.NoPen))
        tail.setBrush(_hatching())
        tail.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_text(self, view_left: float) -> None:
        """Write the bar's text the first time it comes into view (most of a busy week's
        bars are never scrolled to), and keep it at the view's left edge while the bar
        reaches past it."""
        if self._texts is None:
            number = (OVERDUE_MARK if self.bar.overdue else "") + self.bar.number
            lines = (f"{number}  {self.bar.plate}", self.bar.vehicle_title)
            colours = (TEXT, MUTED_TEXT)
            self._texts = add_text(self, lines, self._fonts, colours, self._reach)
            widest = max((text.boundingRect().width() for text in self._texts), default=0.0)
            self._slack = max(0.0, self._reach - STRIPE - PADDING - 3 - widest)
        shift = min(max(view_left - self.pos().x(), 0.0), self._slack)
        for text in self._texts:
            text.setX(STRIPE + PADDING + shift)

    def snap_back(self) -> None:
        self.setPos(self.home)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Take the press (a double click needs it); a movable bar starts a drag."""
        event.accept()
        if self.movable and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self._grab = event.scenePos().y() - self.pos().y()
            self.setZValue(DRAGGED_Z)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Up and down only: x stays, since a drag never changes the order's times."""
        scene = self.scene()
        if not self._dragging or scene is None:
            return
        lowest = scene.sceneRect().bottom() - self.rect().height()
        top = min(max(event.scenePos().y() - self._grab, 0.0), lowest)
        self.setPos(self.home.x(), top)
        scene.bar_dragged(self, top + self.rect().height() / 2)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._dragging:
            return
        self._dragging = False
        self.setZValue(BAR_Z)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        scene = self.scene()
        if scene is not None:
            scene.bar_released(self)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if scene is not None:
            scene.sig_open_order.emit(self.bar.order_id)
        event.accept()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self._dressed:
            self._dressed = True
            self.setToolTip(order_tooltip(self.bar))
            movable = Qt.CursorShape.OpenHandCursor
            self.setCursor(movable if self.movable else Qt.CursorShape.PointingHandCursor)
        pen = QPen(self._pen)
        pen.setWidthF(self._pen.widthF() + 1)
        pen.setStyle(Qt.PenStyle.SolidLine)
        self.setPen(pen)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(self._pen)


@cache
def _outline(status: WorkOrderStatus, overdue: bool, promised: bool) -> QPen:
    if overdue:
        return QPen(OVERDUE, 2)
    fill = status_colour(status)
    if not promised:
        return QPen(fill.darker(140), 1, Qt.PenStyle.DashLine)
    return QPen(fill.darker(135), 1)


@cache
def _solid(status: WorkOrderStatus) -> QBrush:
    """The status colour behind a darker stripe at the left edge; one brush for every bar
    of the status, since each bar's own coordinates start at its left edge."""
    fill = status_colour(status)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(STRIPE, 0))
    gradient.setColorAt(0.0, fill.darker(STRIPE_DARKER))
    gradient.setColorAt(0.999, fill.darker(STRIPE_DARKER))
    gradient.setColorAt(1.0, fill)
    gradient.setSpread(QGradient.Spread.PadSpread)  # past the stripe: the fill
    return QBrush(gradient)


@cache
def _hatching() -> QBrush:
    """Pale red with red diagonals, one tile made once and repeated."""
    tile = QPixmap(8, 8)
    tile.fill(OVERDUE_TAIL)
    painter = QPainter(tile)
    painter.setPen(QPen(OVERDUE_HATCH, 1))
    painter.drawLine(0, 8, 8, 0)
    painter.end()
    return QBrush(tile)
