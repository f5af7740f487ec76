"""The damage diagram: the car outline in a graphics view, and marks placed on it by clicking.

Scene coordinates are the outline's own (its SVG view box), so a mark's place is stored as a
fraction of the outline's width and height and comes back in the same spot at any size, on
screen or on the printed act. The view only scales the scene to fit, keeping its proportions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QWidget,
)

from desk_app.models import DamageKind
from desk_app.resources import DIAGRAM_OUTLINE
from desk_app.services.damage import MarkData
from desk_app.ui.damage.marks import SYMBOL_SIZE, MarkItem, symbol_icon
from desk_app.ui.labels import damage_kind_label

MARGIN = SYMBOL_SIZE
"""Screen pixels kept around the outline, so a mark on its very edge is seen whole."""


class DiagramScene(QGraphicsScene):
    """The outline with its views named, and the marks in the order they were placed."""

    sig_edited = Signal()
    """Something about the marks may have changed (the widget compares and reports)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(str(DIAGRAM_OUTLINE), self)
        outline = QGraphicsSvgItem()
        outline.setSharedRenderer(self.renderer)
        outline.setZValue(0)
        self.addItem(outline)
        self.setSceneRect(self.renderer.viewBoxF())
        views = [
            ("view-right", self.tr("Right side")),
            ("view-top", self.tr("Top")),
            ("view-left", self.tr("Left side")),
            ("view-front", self.tr("Front")),
            ("view-rear", self.tr("Rear")),
        ]
        for element, text in views:
            self._add_label(element, text)
        self._marks: list[MarkItem] = []
        self._editable = True

    def _add_label(self, element: str, text: str) -> None:
        """A caption centred above one view of the outline, at a constant screen size."""
        bounds = self.renderer.transformForElement(element).mapRect(
            self.renderer.boundsOnElement(element)
        )
        label = QGraphicsSimpleTextItem(text)
        font = QFont(label.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.6)
        label.setFont(font)
        label.setBrush(QColor("#7a8591"))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        box = label.boundingRect()
        label.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() - 2))
        label.setPos(bounds.center().x(), bounds.top() - 4)
        label.setZValue(1)
        self.addItem(label)

    # -- marks -----------------------------------------------------------------------------

    def marks(self) -> list[MarkItem]:
        return list(self._marks)

    def add_mark(self, kind: DamageKind, pos: QPointF, note: str = "") -> MarkItem:
        item = MarkItem(kind, note)
        item.set_editable(self._editable)
        self.addItem(item)
        item.setPos(pos)  # after addItem, so the item clamps it to the scene
        item.sig_dragged.connect(self.sig_edited)
        self._marks.append(item)
        self.sig_edited.emit()
        return item

    def remove_marks(self, items: Sequence[MarkItem]) -> None:
        for item in list(items):
            if item in self._marks:
                self._marks.remove(item)
                self.removeItem(item)
                item.deleteLater()
        self.sig_edited.emit()

    def selected_marks(self) -> list[MarkItem]:
        return [item for item in self._marks if item.isSelected()]

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for item in self._marks:
            item.set_editable(editable)

    def is_editable(self) -> bool:
        return self._editable

    # -- plain values ----------------------------------------------------------------------

    def to_fraction(self, item: MarkItem) -> tuple[float, float]:
        area = self.sceneRect()
        x = (item.pos().x() - area.left()) / area.width()
        y = (item.pos().y() - area.top()) / area.height()
        return min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)

    def from_fraction(self, x: float, y: float) -> QPointF:
        area = self.sceneRect()
        return QPointF(area.left() + x * area.width(), area.top() + y * area.height())

    def mark_data(self) -> list[MarkData]:
        return [MarkData(item.kind, *self.to_fraction(item), item.note) for item in self._marks]

    def set_mark_data(self, marks: Sequence[MarkData]) -> None:
        """Replace every mark; positions outside the diagram are pulled onto its edge."""
        blocked = self.blockSignals(True)
        try:
            self.remove_marks(self._marks)
            for mark in marks:
                self.add_mark(mark.kind, self.from_fraction(mark.x, mark.y), mark.note)
        finally:
            self.blockSignals(blocked)
        self.sig_edited.emit()


class DiagramView(QGraphicsView):
    """Shows the whole scene at the largest size that fits; places marks where clicked."""

    sig_kind_key = Signal(int)
    """A digit key from 1 was pressed: the parameter is the 0-based index of a damage kind."""
    sig_note_requested = Signal(object)
    """The user asked to edit the note of the mark given as the parameter."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.diagram = scene
        self.current_kind: DamageKind | None = None
        self.context_menu: QMenu | None = None
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("white"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Out of the form's Tab order (the diagram is the one mouse-only part of intake);
        # once clicked, Delete, Enter, Escape and the digits act on it.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumSize(240, 180)
        self.update_cursor()

    def fit(self) -> None:
        """Scale the outline to the viewport, keeping its aspect ratio and a margin."""
        area = self.sceneRect()
        size = self.viewport().size()
        scale = min(
            (size.width() - 2 * MARGIN) / area.width(), (size.height() - 2 * MARGIN) / area.height()
        )
        self.setTransform(QTransform.fromScale(max(scale, 0.05), max(scale, 0.05)))
        self.centerOn(area.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def update_cursor(self) -> None:
        placing = self.diagram.is_editable() and self.current_kind is not None
        shape = Qt.CursorShape.CrossCursor if placing else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    def mark_at(self, pos: QPoint) -> MarkItem | None:
        """The topmost mark under a viewport position."""
        return next((item for item in self.items(pos) if isinstance(item, MarkItem)), None)

    def viewport_pos(self, item: MarkItem) -> QPoint:
        return self.mapFromScene(item.pos())

    # -- mouse and keys --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.diagram.is_editable()
            and self.current_kind is not None
            and self.mark_at(pos) is None
        ):
            where = self.mapToScene(pos)
            if self.sceneRect().contains(where):
                self.diagram.clearSelection()
                self.diagram.add_mark(self.current_kind, where).setSelected(True)
        # The new mark is under the pointer now, so holding the button drags it into place.
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.mark_at(event.position().toPoint())
        if item is not None and self.diagram.is_editable():
            self.sig_note_requested.emit(item)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        editable = self.diagram.is_editable()
        if editable and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.diagram.remove_marks(self.diagram.selected_marks())
        elif editable and key in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_F2):
            selected = self.diagram.selected_marks()
            if selected:
                self.sig_note_requested.emit(selected[-1])
        elif key == Qt.Key.Key_Escape:
            self.diagram.clearSelection()
        elif editable and Qt.Key.Key_1 <= key < Qt.Key.Key_1 + len(DamageKind):
            self.sig_kind_key.emit(key - Qt.Key.Key_1)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.mark_at(event.pos())
        if item is None or not self.diagram.is_editable():
            return
        self.diagram.clearSelection()
        item.setSelected(True)
        self.context_menu = self.menu_for(item)
        self.context_menu.popup(event.globalPos())

    def menu_for(self, item: MarkItem) -> QMenu:
        """The actions on one mark; shown with popup(), so nothing here blocks."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        note = menu.addAction(self.tr("Edit note…") if item.note else self.tr("Add note…"))
        note.setObjectName("editNote")
        note.triggered.connect(lambda: self.sig_note_requested.emit(item))
        kinds = menu.addMenu(self.tr("Kind of damage"))
        for kind in DamageKind:
            action = kinds.addAction(symbol_icon(kind), damage_kind_label(kind))
            action.setCheckable(True)
            action.setChecked(kind is item.kind)
            action.triggered.connect(lambda _=False, kind=kind: self._change_kind(item, kind))
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove"))
        remove.setObjectName("removeMark")
        remove.setShortcut(Qt.Key.Key_Delete)
        remove.triggered.connect(lambda: self.diagram.remove_marks([item]))
        return menu

    def _change_kind(self, item: MarkItem, kind: DamageKind) -> None:
        item.set_kind(kind)
        self.diagram.sig_edited.emit()
