"""A message bar inside the area: a sentence and a few buttons, never a modal dialog.

Used for the draft kept from last time, the order just saved, and "discard this intake?":
the desk keeps working while the bar is there, and tests drive it like any other widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class BarKind(Enum):
    INFO = ("#e7f0fa", "#5b8fd0")
    SUCCESS = ("#e3f4e1", "#4c9a44")
    WARNING = ("#fdf1dc", "#c98a1b")


@dataclass(frozen=True)
class BarAction:
    text: str
    slot: Callable[[], object]
    name: str = ""
    """The button's object name, for tests and style."""
    enabled: bool = True
    tooltip: str = ""
    default: bool = False


class InlineBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: list[QPushButton] = []
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 4, 4, 4)
        self._row.setSpacing(6)
        self._row.addWidget(self.message, 1)
        self._row.addWidget(self.close_button)
        self.hide()

    def show_message(
        self,
        text: str,
        actions: Sequence[BarAction] = (),
        kind: BarKind = BarKind.INFO,
        closable: bool = True,
    ) -> None:
        background, border = kind.value
        self.setStyleSheet(
            f"InlineBar {{ background: {background}; border: 1px solid {border};"
            " border-radius: 4px; }"
        )
        self.message.setText(text)
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, action in enumerate(actions):
            button = QPushButton(action.text)
            button.setObjectName(action.name)
            button.setEnabled(action.enabled)
            button.setToolTip(action.tooltip)
            button.setDefault(action.default)
            button.clicked.connect(lambda _checked=False, slot=action.slot: slot())
            self._row.insertWidget(1 + index, button)
            self.buttons.append(button)
        self.close_button.setVisible(closable)
        self.show()

    def button(self, name: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.objectName() == name), None)
