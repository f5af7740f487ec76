"""The frame of the intake form: heading, message bar, two columns of sections, the Save row.

Kept apart from the form's behaviour (``form.py``) so each reads on its own: here is what
sits where; there is what happens when the receptionist types, saves or leaves.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.damage import DamageDiagram
from desk_app.ui.intake.bars import InlineBar
from desk_app.ui.intake.fields import (
    MUTED_STYLE,
    SECTION_STYLE,
    WARNING_COLOUR,
    FieldMessages,
    message_label,
)
from desk_app.ui.intake.readiness import missing_text

DAMAGE_HEIGHT = (320, 520)
"""At least tall enough to place marks precisely; taller where the screen leaves room."""
BESIDE_DAMAGE = 495
"""About the height the page gives to all but the diagram (heading, lists, money, Save)."""
LEFT_STRETCH, RIGHT_STRETCH = 11, 10


class FormPage(QWidget):
    sig_back = Signal()
    """The user went back to the day's list; the form keeps what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = message_label()
        """Messages that belong to no field (the database is locked, …)."""
        self.messages = FieldMessages(self.general)
        self.bar = InlineBar()
        self.bar.setObjectName("formBar")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.back_button = QPushButton(self.tr("◀ Day's list"))
        self.back_button.setObjectName("backToList")
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.sig_back)
        self.hint = QLabel()
        self.hint.setObjectName("saveHint")
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("cancelIntake")
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveIntake")
        self.save_button.setDefault(True)
        self.damage = DamageDiagram()
        self.damage.setObjectName("damageDiagram")
        self.damage.setFixedHeight(DAMAGE_HEIGHT[0])
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

    def damage_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Visible damage"))
        box.setStyleSheet(SECTION_STYLE)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.damage)
        message = message_label()
        layout.addWidget(message)
        self.messages.add("damage_marks", self.damage.view, message)
        return box

    def place(self, left: Iterable[QWidget], right: Iterable[QWidget]) -> None:
        """Who and what on the left, the car's state and the money on the right."""
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 4, 0)
        for widgets, stretch in ((left, LEFT_STRETCH), (right, RIGHT_STRETCH)):
            column = QVBoxLayout()
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
            columns.addLayout(column, stretch)
        page = QWidget()
        page.setLayout(columns)
        self.scroll_area.setWidget(page)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.heading, 1)
        bottom.addWidget(self.general, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.hint)
        bottom.addSpacing(12)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The diagram takes the height a large screen leaves over, within its bounds."""
        super().resizeEvent(event)
        low, high = DAMAGE_HEIGHT
        room = self.height() - BESIDE_DAMAGE
        self.damage.setFixedHeight(max(low, min(high, room)))

    def show_readiness(self, blocking_fields: list[str]) -> None:
        """Save enabled only without problems; beside it, what still needs doing."""
        self.save_button.setEnabled(not blocking_fields)
        if blocking_fields:
            self.hint.setStyleSheet(f"color: {WARNING_COLOUR};")
            self.hint.setText(missing_text(blocking_fields))
        else:
            self.hint.setStyleSheet(MUTED_STYLE)
            self.hint.setText(self.tr("Ready to save"))

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()
