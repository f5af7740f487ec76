"""What each section of the intake form is: a titled group that fills and reads its part.

A section reads its share of ``IntakeForm`` from its widgets (``values``), shows a form's
values (``fill``), tells the form that something changed (``sig_changed``) and lists its
widgets in Tab order (``tab_chain``). Values an ``IntakeForm`` cannot hold as typed (an
odometer reading with a typo, a table cell that is not a number) travel in ``ui_state`` so
a draft gives back exactly what was on the screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QSpacerItem, QWidget

from desk_app.services.intake_form import IntakeForm
from desk_app.ui.intake.fields import SECTION_STYLE, FieldMessages, message_label

CAPTION_STYLE = "color: palette(window-text);"
LAST_ROW = 99
MESSAGE_MIN_WIDTH = 380


class Section(QGroupBox):
    sig_changed = Signal()
    """The user changed a value of this section (or ``fill`` did)."""

    sig_left = Signal(str)
    """The user left a field that the whole form's check looks at (str: the field's name)."""

    def __init__(self, title: str, messages: FieldMessages, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.messages = messages
        self.setStyleSheet(SECTION_STYLE)

    def watch(self, edit: QLineEdit, field: str) -> None:
        """Check ``field`` with the whole form's rules each time the user leaves ``edit``."""
        self.clear_on_edit(edit, field)
        edit.editingFinished.connect(lambda: self.sig_left.emit(field))

    def clear_on_edit(self, edit: QLineEdit, field: str) -> None:
        """A message goes away while its field is being corrected; leaving checks it again."""
        edit.textEdited.connect(lambda _text: self.messages.clear(field))

    def values(self) -> dict[str, Any]:
        """This section's fields of ``IntakeForm``, as keyword arguments."""
        raise NotImplementedError

    def fill(self, form: IntakeForm, ui: dict[str, Any]) -> None:
        """Show ``form``'s values; ``ui`` is what ``ui_state`` kept (empty for a new form)."""
        raise NotImplementedError

    def ui_state(self) -> dict[str, Any]:
        return {}

    def tab_chain(self) -> list[QWidget]:
        raise NotImplementedError

    def local_problems(self) -> list[tuple[str, str]]:
        """(field, English template) of what the section itself knows is wrong (not a number…)."""
        return []


class FieldGrid(QGridLayout):
    """Fields with their caption above, in a grid; a line for messages under each row.

    Captions above keep the form narrow enough for two columns at 1280 pixels; the messages
    of a row's fields share the full width under that row, each named by its caption.
    """

    def __init__(self, messages: FieldMessages, columns: int) -> None:
        super().__init__()
        self.messages = messages
        self.columns = columns
        self.row_labels: dict[int, QLabel] = {}
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(1)
        self.setContentsMargins(4, 2, 4, 2)
        # Height the wrapped messages were estimated to need beyond their lines goes here,
        # below the fields, instead of opening gaps between the rows.
        self.addItem(QSpacerItem(0, 0), LAST_ROW, 0)
        self.setRowStretch(LAST_ROW, 1)

    def add(
        self,
        caption: str,
        widget: QWidget,
        row: int,
        column: int,
        span: int = 1,
        field: str = "",
        focus: QWidget | None = None,
    ) -> QLabel:
        """Put ``widget`` at grid ``row`` (three layout rows each); returns the row's message
        label. With ``field``, that field's messages go there and ``focus`` (or ``widget``)
        is focused for it."""
        label = QLabel(caption)
        label.setStyleSheet(CAPTION_STYLE)
        label.setBuddy(focus or widget)
        self.addWidget(label, row * 3, column, 1, span, Qt.AlignmentFlag.AlignBottom)
        self.addWidget(widget, row * 3 + 1, column, 1, span)
        message = self.row_labels.get(row)
        if message is None:
            message = self.row_labels[row] = message_label()
            # Wrapped text is sized for the narrowest width it may get: keep that wide,
            # or the section reserves room for a message broken into a dozen lines.
            message.setMinimumWidth(MESSAGE_MIN_WIDTH)
            self.addWidget(message, row * 3 + 2, 0, 1, self.columns)
        if field:
            self.messages.add(field, focus or widget, message, caption=caption)
        return message

    def add_wide(self, widget: QWidget, row: int, column: int = 0, span: int = 0) -> None:
        """A widget without caption (a check box, a link) on its own grid row."""
        self.addWidget(widget, row * 3 + 1, column, 1, span or self.columns)
