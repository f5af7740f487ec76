"""What every small form over one record shares: it saves itself through a service, stays
open on a refusal with each message beside its field, and keeps what was typed.

A refusal's message goes under the field the service named (``ValidationError.field``;
"items.2.quantity" goes to "items"), several for one field one under another. When someone
else changed the record meanwhile (``StaleEdit``), the form says so and offers to reload it;
the window that opened it reloads, hands the form the new version, and the user sends again,
his input still there. Forms are opened with ``open()``, never ``exec()``: nothing waits on
them, and tests drive them like any widget. ``orders.form_dialog`` and ``requests.form_dialog``
name the record (an order, a request) and word the reload for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services.errors import StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import FormErrors, error_label


class FormDialog(QDialog):
    sig_saved = Signal()
    """The service accepted the form; the record changed."""

    sig_reload_requested = Signal()
    """The user asks to see the record as it is now (after a stale edit)."""

    def __init__(self, context: AreaContext, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.version = version
        """The record's version the form was filled against; a save sends it along."""
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general_error = error_label()
        self.general_error.setObjectName("generalError")
        self.errors = FormErrors(self._labels, self.general_error)
        self.reload_button = QPushButton()
        """Captioned and named by the subclass, which knows what is reloaded."""
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.sig_reload_requested)

    # -- building the form -----------------------------------------------------------------

    def field_error(self, field: str, widget: QWidget | None = None) -> QLabel:
        """The label where ``field``'s message goes; ``widget`` gets the focus then."""
        label = error_label()
        label.setObjectName(f"error_{field}")
        self._labels[field] = label
        if widget is not None:
            self._widgets[field] = widget
        return label

    def form_row(
        self,
        form: QFormLayout,
        caption: str,
        widget: QWidget,
        field: str,
        focus: QWidget | None = None,
    ) -> QLabel:
        """A field with its message line right under it (hidden while there is none);
        ``focus`` is the part of ``widget`` that takes the focus. Returns the caption."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.field_error(field, focus or widget))
        label = QLabel(caption)
        label.setBuddy(focus or widget)
        form.addRow(label, box)
        return label

    def message_row(self) -> QWidget:
        """The general message and the reload button, to put above the form's buttons."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error, 1)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def button_box(
        self, caption: str, name: str, on_accept: Callable[[], object], back: str = ""
    ) -> tuple[QDialogButtonBox, QPushButton]:
        """The form's buttons: ``caption`` sends it (``on_accept``), and ``back`` (or Cancel
        when empty) closes it; returns the box and the sending button."""
        buttons = QDialogButtonBox()
        send = buttons.addButton(caption, QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName(name)
        if back:
            buttons.addButton(back, QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(on_accept)
        buttons.rejected.connect(self.reject)
        return buttons, send

    # -- messages --------------------------------------------------------------------------

    def message_for(self, field: str) -> str:
        """The message shown for ``field`` now ("" if none); the general one for unknown."""
        label = self._labels.get(field, self.general_error)
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        self.errors.clear()
        self.reload_button.hide()

    def show_message(self, field: str | None, text: str) -> None:
        """``text`` under ``field`` (or its first part), else in the general line; the
        field gets the focus."""
        name = self._field_of(field or "")
        label = self._labels.get(name, self.general_error)
        if label is self.general_error and field:
            name = ""
        label.setText(text)
        label.show()
        self._grow()
        widget = self._widgets.get(name)
        if widget is not None:
            widget.setFocus()

    def show_errors(self, errors: Sequence[ValidationError]) -> None:
        """Every message beside its field (a field's several ones one under another); the
        first field gets the focus."""
        texts: dict[str, list[str]] = {}
        for error in errors:
            texts.setdefault(self._field_of(error.field), []).append(error_text(error))
        for field in reversed(list(texts)):
            self.show_message(field, "\n".join(texts[field]))

    # -- saving ----------------------------------------------------------------------------

    def run(self, save: Callable[[], object]) -> bool:
        """Call the service; on success say so and close, else show why and stay open."""
        self.clear_errors()
        try:
            save()
        except StaleEdit as error:
            self.show_message(None, error_text(error))
            self.reload_button.show()
            return False
        except InvalidForm as form:
            self.show_errors(form.errors)
            return False
        except ValidationError as error:
            self.show_errors([error])
            return False
        except DeskError as error:
            self.show_message(None, error_text(error))
            return False
        self.sig_saved.emit()
        self.accept()
        return True

    def reloaded(self, version: int, text: str) -> None:
        """The record was reloaded: send against ``version`` from now on, and say ``text``."""
        self.version = version
        self.clear_errors()
        self.show_message(None, text)

    def _grow(self) -> None:
        """Make room for a message just shown; never shrink what the user sized."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = max(self.width(), layout.totalMinimumSize().width())
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalMinimumSize().height()
        if height > self.height() or width > self.width():
            self.resize(width, max(self.height(), height))

    def _field_of(self, field: str) -> str:
        """The registered field ``field`` belongs to: itself or its first part."""
        if field in self._labels:
            return field
        return field.split(".", 1)[0]
