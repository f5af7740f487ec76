"""The marks on the damage diagram: one symbol per kind of damage, and the item that shows it.

Each kind has its own shape, colour and letter, so the marks stay apart on screen, for the
colour-blind, and on an act printed in black and white. The same drawing makes the icons of
the kind buttons, so the legend always matches the marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from math import cos, pi, sin

from PySide6.QtCore import QT_TRANSLATE_NOOP3, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desk_app.models import DamageKind
from desk_app.ui.labels import damage_kind_label

CONTEXT = "DamageMarks"
SYMBOL_SIZE = 24.0
"""The symbol's size in screen pixels, whatever the zoom: marks stay legible when small."""
HALO = 5.0


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
    DIAMOND = auto()
    HEXAGON = auto()
    DASHED_CIRCLE = auto()


@dataclass(frozen=True)
class MarkStyle:
    shape: Shape
    colour: str
    letter: str
    """English source of the letter; translated with the kind's value as disambiguation."""


MARK_STYLES: dict[DamageKind, MarkStyle] = {
    DamageKind.SCRATCH: MarkStyle(
        Shape.CIRCLE, "#d9480f", QT_TRANSLATE_NOOP3("DamageMarks", "S", "scratch")
    ),
    DamageKind.DENT: MarkStyle(
        Shape.SQUARE, "#1864ab", QT_TRANSLATE_NOOP3("DamageMarks", "D", "dent")
    ),
    DamageKind.CHIP: MarkStyle(
        Shape.TRIANGLE, "#2b8a3e", QT_TRANSLATE_NOOP3("DamageMarks", "C", "chip")
    ),
    DamageKind.CRACK: MarkStyle(
        Shape.DIAMOND, "#c2255c", QT_TRANSLATE_NOOP3("DamageMarks", "K", "crack")
    ),
    DamageKind.RUST: MarkStyle(
        Shape.HEXAGON, "#8a5a19", QT_TRANSLATE_NOOP3("DamageMarks", "R", "rust")
    ),
    DamageKind.MISSING: MarkStyle(
        Shape.DASHED_CIRCLE, "#6741d9", QT_TRANSLATE_NOOP3("DamageMarks", "M", "missing")
    ),
}


def kind_letter(kind: DamageKind) -> str:
    """The letter printed in the kind's symbol, in the user's language."""
    return QCoreApplication.translate(CONTEXT, MARK_STYLES[kind].letter, kind.value)


def symbol_path(shape: Shape, centre: QPointF, size: float) -> QPainterPath:
    """The outline of ``shape`` fitting a ``size`` square around ``centre``."""
    path = QPainterPath()
    r = size / 2
    if shape in (Shape.CIRCLE, Shape.DASHED_CIRCLE):
        path.addEllipse(centre, r, r)
    elif shape is Shape.SQUARE:
        side = r * 0.9
        path.addRoundedRect(QRectF(centre.x() - side, centre.y() - side, 2 * side, 2 * side), 3, 3)
    else:
        corners, turn, scale = {
            Shape.TRIANGLE: (3, -pi / 2, 1.2),
            Shape.DIAMOND: (4, -pi / 2, 1.12),
            Shape.HEXAGON: (6, 0.0, 1.02),
        }[shape]
        # The triangle's centre of mass is low; lift it so the letter sits in the middle.
        lift = r * 0.22 if shape is Shape.TRIANGLE else 0.0
        points = [
            QPointF(
                centre.x() + r * scale * cos(turn + 2 * pi * i / corners),
                centre.y() + lift + r * scale * sin(turn + 2 * pi * i / corners),
            )
            for i in range(corners)
        ]
        path.addPolygon(QPolygonF([*points, points[0]]))
    return path


def draw_symbol(painter: QPainter, kind: DamageKind, centre: QPointF, size: float) -> None:
    """Paint the kind's symbol with its letter, a white halo keeping it clear of the lines."""
    style = MARK_STYLES[kind]
    colour = QColor(style.colour)
    path = symbol_path(style.shape, centre, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), size / 6, Qt.PenStyle.SolidLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    outline = QPen(colour.darker(125), max(1.0, size / 14))
    hollow = style.shape is Shape.DASHED_CIRCLE
    if hollow:
        outline = QPen(colour, max(1.5, size / 10), Qt.PenStyle.DashLine)
        outline.setDashPattern([2.0, 1.5])
    painter.setPen(outline)
    painter.setBrush(QColor("white") if hollow else colour)
    painter.drawPath(path)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(7, round(size * 0.5)))
    painter.setFont(font)
    painter.setPen(colour if hollow else QColor("white"))
    text_box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
    if style.shape is Shape.TRIANGLE:
        text_box.translate(0, size * 0.12)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, kind_letter(kind))
    painter.restore()


def symbol_icon(kind: DamageKind, size: int = 20) -> QIcon:
    """An icon of the kind's symbol, sharp on high-density screens."""
    ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_symbol(painter, kind, QPointF(size / 2, size / 2), size - 2)
    painter.end()
    return QIcon(pixmap)


class MarkItem(QGraphicsObject):
    """One damage mark: drawn at a constant screen size, moved by dragging within the scene."""

    sig_dragged = Signal()
    """The user let go of the mark after moving it (not emitted while it moves)."""

    def __init__(self, kind: DamageKind, note: str = "") -> None:
        super().__init__()
        self._kind = kind
        self._note = note
        self._hovered = False
        self._press_pos: QPointF | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.set_editable(True)
        self._update_tooltip()

    @property
    def kind(self) -> DamageKind:
        return self._kind

    @property
    def note(self) -> str:
        return self._note

    def set_kind(self, kind: DamageKind) -> None:
        self._kind = kind
        self._update_tooltip()
        self.update()

    def set_note(self, note: str) -> None:
        self._note = note
        self._update_tooltip()
        self.update()

    def set_editable(self, editable: bool) -> None:
        """Editable marks can be selected and dragged; read-only ones only show their note."""
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlag(flags.ItemIsSelectable, editable)
        self.setFlag(flags.ItemIsMovable, editable)
        if editable:
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.setSelected(False)
            self.unsetCursor()

    def _update_tooltip(self) -> None:
        label = damage_kind_label(self._kind)
        self.setToolTip(f"{label}: {self._note}" if self._note else label)

    # -- drawing ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        r = SYMBOL_SIZE / 2 + HALO + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), SYMBOL_SIZE / 2 + 2, SYMBOL_SIZE / 2 + 2)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected() or self._hovered:
            highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
            ring = QColor(highlight)
            ring.setAlpha(70 if self.isSelected() else 35)
            painter.setPen(QPen(highlight, 2) if self.isSelected() else Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(ring))
            painter.drawEllipse(QPointF(0, 0), SYMBOL_SIZE / 2 + HALO, SYMBOL_SIZE / 2 + HALO)
        draw_symbol(painter, self._kind, QPointF(0, 0), SYMBOL_SIZE)
        if self._note:
            # A small dot says "there is a note" before anyone hovers.
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QColor("#343a40"))
            painter.drawEllipse(QPointF(SYMBOL_SIZE * 0.42, -SYMBOL_SIZE * 0.42), 3.5, 3.5)

    # -- behaviour -------------------------------------------------------------------------

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        scene = self.scene()
        if change is QGraphicsItem.GraphicsItemChange.ItemPositionChange and scene is not None:
            area = scene.sceneRect()
            assert isinstance(value, QPointF)
            return QPointF(
                min(max(value.x(), area.left()), area.right()),
                min(max(value.y(), area.top()), area.bottom()),
            )
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press_pos is not None and self._press_pos != self.pos():
            self.sig_dragged.emit()
        self._press_pos = None
