"""The damage diagram as one widget for the intake form: kind buttons, the car, a hint.

Data goes in and out as plain ``MarkData`` values, so the form hands them to the intake
service as they are and shows a saved order's marks with ``set_read_only(True)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import DamageKind
from desk_app.services.damage import MarkData
from desk_app.ui.damage.diagram import DiagramScene, DiagramView
from desk_app.ui.damage.mark_dialog import NoteEditor
from desk_app.ui.damage.marks import MarkItem, kind_letter, symbol_icon
from desk_app.ui.labels import damage_kind_label

ICON_SIZE = 18
BUTTON_STYLE = """
QToolButton { padding: 3px 8px; border: 1px solid transparent; border-radius: 4px; }
QToolButton:hover { background: palette(midlight); border-color: palette(mid); }
QToolButton:checked { background: #e3ecf7; border-color: #5b8fd0; }
"""
MUTED_STYLE = "color: palette(placeholder-text);"


class DamageDiagram(QWidget):
    """Marks of visible damage on a car outline: choose a kind, click the car."""

    sig_marks_changed = Signal(list)
    """The marks changed, by the user or through ``set_marks()``/``clear()``.

    Parameters
    ----------
    marks: list[MarkData]
        Every mark now on the diagram, in the order they were placed. Emitted only when
        this list differs from the one last reported (a drag that ends where it began is
        not a change).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = DiagramScene(self)
        self.view = DiagramView(self.scene)
        self.view.setObjectName("damageView")
        self.note_editor = NoteEditor(self.view.viewport())
        self._reported: list[MarkData] = []
        self._named_width: int | None = None

        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[DamageKind, QToolButton] = {}
        self.tool_row = QWidget()
        self.tool_row.setStyleSheet(BUTTON_STYLE)
        # Ignored: the buttons drop their names where they do not fit (see resizeEvent).
        self.tool_row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        tools = QHBoxLayout(self.tool_row)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(2)
        self.legend_row = QWidget()
        self.legend_row.hide()
        self.legend_layout = QGridLayout(self.legend_row)
        self.legend_layout.setContentsMargins(4, 2, 0, 2)
        self.legend_layout.setHorizontalSpacing(14)
        self.legend_entries: list[QWidget] = []
        for number, kind in enumerate(DamageKind, start=1):
            self.kind_buttons[kind] = self._kind_button(kind, number)
            tools.addWidget(self.kind_buttons[kind])
            self.legend_entries.append(self._legend_entry(kind))
        tools.addStretch(1)
        self._arrange_legend(len(self.legend_entries))
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED_STYLE)
        header = QHBoxLayout()
        header.addWidget(self.tool_row, 1)
        header.addWidget(self.legend_row, 1)
        header.addWidget(self.count_label)

        self.hint_label = QLabel(
            self.tr(
                "Click the car to place a mark of the chosen kind. Drag a mark to move it, "
                "double-click it to add a note, press Delete to remove it."
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(MUTED_STYLE)

        frame = QFrame()
        frame.setObjectName("damageFrame")
        frame.setStyleSheet("#damageFrame { border: 1px solid palette(mid); background: white; }")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(frame, 1)
        layout.addWidget(self.hint_label)

        self.scene.sig_edited.connect(self._report)
        self.note_editor.sig_note_changed.connect(lambda _item: self._report())
        self.view.sig_note_requested.connect(self.edit_note)
        self.view.sig_kind_key.connect(lambda index: self.set_current_kind(list(DamageKind)[index]))
        self.set_current_kind(DamageKind.SCRATCH)
        self._update_count()

    def _kind_button(self, kind: DamageKind, number: int) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"damageKind_{kind.value}")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the form's Tab order skips the row
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIcon(symbol_icon(kind, ICON_SIZE))
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setText(damage_kind_label(kind))
        button.setToolTip(
            self.tr("{kind} ({letter}): click the car to place it. Key {number}").format(
                kind=damage_kind_label(kind), letter=kind_letter(kind), number=number
            )
        )
        button.toggled.connect(lambda on: on and self.set_current_kind(kind))
        self.kind_group.addButton(button)
        return button

    def _legend_entry(self, kind: DamageKind) -> QWidget:
        entry = QWidget()
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        icon = QLabel()
        icon.setPixmap(symbol_icon(kind, ICON_SIZE - 2).pixmap(ICON_SIZE - 2, ICON_SIZE - 2))
        row.addWidget(icon)
        row.addWidget(QLabel(damage_kind_label(kind)))
        return entry

    def _arrange_legend(self, columns: int) -> None:
        for index, entry in enumerate(self.legend_entries):
            self.legend_layout.removeWidget(entry)
            self.legend_layout.addWidget(
                entry, index // columns, index % columns, Qt.AlignmentFlag.AlignLeft
            )
        self.legend_layout.setColumnStretch(len(self.legend_entries), 1)

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Where the names of the kinds do not fit, the buttons show only their symbols."""
        super().resizeEvent(event)
        if self._named_width is None:
            self._named_width = self.tool_row.sizeHint().width()
        room = self.width() - self.count_label.sizeHint().width() - 12
        named = room >= self._named_width
        columns = len(self.legend_entries) if named else (len(self.legend_entries) + 1) // 2
        self._arrange_legend(columns)
        style = Qt.ToolButtonStyle
        for button in self.kind_buttons.values():
            button.setToolButtonStyle(
                style.ToolButtonTextBesideIcon if named else style.ToolButtonIconOnly
            )

    # -- the public interface --------------------------------------------------------------

    def marks(self) -> list[MarkData]:
        """Every mark, in the order placed; x and y are fractions of the outline's size."""
        return self.scene.mark_data()

    def set_marks(self, marks: Sequence[MarkData]) -> None:
        """Show ``marks`` instead of the current ones (coordinates are clamped to [0, 1])."""
        self.note_editor.cancel()
        self.scene.set_mark_data(marks)

    def clear(self) -> None:
        self.set_marks([])

    def current_kind(self) -> DamageKind | None:
        return self.view.current_kind

    def set_current_kind(self, kind: DamageKind) -> None:
        """The kind the next click on the car places."""
        self.view.current_kind = kind
        self.kind_buttons[kind].setChecked(True)
        self.view.update_cursor()

    def is_read_only(self) -> bool:
        return not self.scene.is_editable()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only shows the marks and their notes but refuses every change by the user."""
        self.note_editor.cancel()
        self.scene.clearSelection()
        self.scene.set_editable(not read_only)
        self.tool_row.setVisible(not read_only)
        self.legend_row.setVisible(read_only)
        self.hint_label.setVisible(not read_only)
        self.view.update_cursor()

    def edit_note(self, item: MarkItem) -> None:
        """Open the note editor beside ``item`` (ignored when read-only)."""
        if self.scene.is_editable() and item in self.scene.marks():
            self.note_editor.open_for(item, self.view.viewport_pos(item))

    # -- reporting -------------------------------------------------------------------------

    def _report(self) -> None:
        editing = self.note_editor.item()
        if editing is not None and editing not in self.scene.marks():
            self.note_editor.cancel()
        marks = self.marks()
        if marks != self._reported:
            self._reported = marks
            self._update_count()
            self.sig_marks_changed.emit(marks)

    def _update_count(self) -> None:
        count = len(self._reported)
        self.count_label.setText(
            self.tr("%n mark(s)", "", count) if count else self.tr("No damage marked")
        )
