"""The note of a damage mark, edited in a small field that floats beside the mark.

Not a modal dialog: the receptionist types a few words, presses Enter (or clicks elsewhere)
and goes on; Escape leaves the note as it was. Nothing here blocks, so tests drive it with
plain key clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.damage import MAX_NOTE_LENGTH, clean_note
from desk_app.ui.damage.marks import MarkItem, symbol_icon
from desk_app.ui.labels import damage_kind_label

EDITOR_WIDTH = 300
GAP = 18


class NoteEditor(QFrame):
    """A floating line edit for one mark's note; lives on the view's viewport."""

    sig_note_changed = Signal(object)
    """The note of the mark (the parameter) was changed and kept."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("damageNoteEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#damageNoteEditor { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(16)
        shadow.setOffset(0, 2)
        shadow.setColor(QColor(0, 0, 0, 70))
        self.setGraphicsEffect(shadow)

        self.icon = QLabel()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        heading = QHBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(self.icon)
        heading.addWidget(self.title, 1)
        self.line_edit = QLineEdit()
        self.line_edit.setObjectName("damageNote")
        self.line_edit.setMaxLength(MAX_NOTE_LENGTH)
        self.line_edit.setPlaceholderText(self.tr("e.g. 10 cm along the rear door"))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.installEventFilter(self)
        self.line_edit.editingFinished.connect(self.commit)
        self.line_edit.returnPressed.connect(self._back_to_diagram)
        hint = QLabel(self.tr("Enter to keep, Esc to cancel"))
        hint.setStyleSheet("color: palette(placeholder-text); font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.line_edit)
        layout.addWidget(hint)
        self.setFixedWidth(EDITOR_WIDTH)
        self._item: MarkItem | None = None
        self.hide()

    def item(self) -> MarkItem | None:
        """The mark being edited, or None when the editor is closed."""
        return self._item

    def open_for(self, item: MarkItem, at: QPoint) -> None:
        """Show the editor for ``item``, whose symbol is at ``at`` on the parent widget."""
        self.cancel()
        self._item = item
        self.icon.setPixmap(symbol_icon(item.kind, 18).pixmap(18, 18))
        self.title.setText(self.tr("Note: {kind}").format(kind=damage_kind_label(item.kind)))
        self.line_edit.setText(item.note)
        self.line_edit.selectAll()
        self.adjustSize()
        self.place_near(at)
        self.show()
        self.raise_()
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def place_near(self, at: QPoint) -> None:
        """Beside the mark, to its right and below, unless that leaves the parent."""
        area = self.parentWidget().rect()
        width, height = self.width(), self.height()
        x = at.x() + GAP
        if x + width > area.right():
            x = at.x() - GAP - width
        y = at.y() + GAP
        if y + height > area.bottom():
            y = at.y() - GAP - height
        self.move(max(0, min(x, area.right() - width)), max(0, min(y, area.bottom() - height)))

    def commit(self) -> None:
        """Keep the typed note (cleaned to one line) and close."""
        item, self._item = self._item, None
        if item is None:
            return
        self.hide()
        note = clean_note(self.line_edit.text())
        if note != item.note:
            item.set_note(note)
            self.sig_note_changed.emit(item)

    def cancel(self) -> None:
        """Close without touching the note."""
        self._item = None
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the line edit leaves (Enter) stop here, not on the diagram below."""
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.cancel()
            self._back_to_diagram()
            return True
        return super().eventFilter(watched, event)

    def _back_to_diagram(self) -> None:
        """After Enter or Escape the keys act on the diagram again (Delete, digits)."""
        self.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
