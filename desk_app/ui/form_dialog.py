"""What every small form over one record shares: it saves itself through a service, stays
open on a refusal with each message beside its field, and keeps what was typed.

A refusal's message goes under the field the service named (``ValidationError.field``;
"items.2.quantity" goes to "items"), several for one field one under another. When someone
else changed the record meanwhile (``StaleEdit``), the form says so and offers to reload it;
the window that opened it reloads, hands the form the new version, and the user sends again,
his input still there. Forms are opened with ``open()``, never ``exec()``: nothing waits on
them, and tests drive them like any widget. ``orders.form_dialog`` and ``requests.form_dialog``
name the record (an order, a request) and word the reload for it.

When the database does not answer (``store.errors.RETRYABLE_ERRORS``), the form keeps every
field, shows why with a countdown (``ui.save_retry``) and sends the same save again until it
goes through (then it closes as after any save), the user stops, or the form is closed. While
it waits, the fields are locked: the save that is retried is the one the user sent, so
nothing typed meanwhile could be dropped silently. The window's status bar is told too,
through the first parent that has a ``sig_status_message`` (the area).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
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
from desk_app.store.errors import RETRYABLE_ERRORS, StoreError
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.save_retry import SaveRetry, lock_inputs


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
        self.retry = SaveRetry(self)
        """The countdown while the database does not answer; placed by ``message_row``."""
        self.retry.sig_attempt.connect(self._save_again)
        self.retry.sig_stopped.connect(self._retry_stopped)
        self._pending: Callable[[], object] | None = None
        self._pending_error: StoreError | None = None
        self._locked: list[QWidget] = []

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
        """The general message and the reload button, to put above the form's buttons, with
        the countdown under them while the database does not answer."""
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.general_error, 1)
        line.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(line)
        column.addWidget(self.retry)
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
        """Call the service; on success say so and close, else show why and stay open.

        When the database does not answer, False is returned and ``save`` is called again
        later, closing the form (and sending ``sig_saved``) once it goes through."""
        self.clear_errors()
        try:
            save()
        except RETRYABLE_ERRORS as error:
            self._wait_to_retry(save, error)
            return False
        except DeskError as error:
            self._end_retrying()
            self._show_refusal(error)
            return False
        if self.retry.is_retrying():
            self._tell_status(self.tr("The database answers again: your input is saved."))
        self._end_retrying()
        self.sig_saved.emit()
        self.accept()
        return True

    def _show_refusal(self, error: DeskError) -> None:
        if isinstance(error, StaleEdit):
            self.show_message(None, error_text(error))
            self.reload_button.show()
        elif isinstance(error, InvalidForm):
            self.show_errors(error.errors)
        elif isinstance(error, ValidationError):
            self.show_errors([error])
        else:
            self.show_message(None, error_text(error))

    def done(self, result: int) -> None:
        """Closing the form (saved, cancelled, or its window closed) ends any retrying."""
        self._end_retrying()
        super().done(result)

    # -- while the database does not answer ---------------------------------------------------

    def is_retrying(self) -> bool:
        return self.retry.is_retrying()

    def _wait_to_retry(self, save: Callable[[], object], error: StoreError) -> None:
        first = not self.retry.is_retrying()
        self._pending, self._pending_error = save, error
        self._lock_inputs()
        self.retry.failed(
            error_text(error)
            + "\n"
            + self.tr("Your input is kept; it will be saved when the connection is back.")
        )
        self._grow()
        if first:
            self._tell_status(error_text(error))

    def _save_again(self) -> None:
        if self._pending is not None:
            self.run(self._pending)

    def _retry_stopped(self) -> None:
        error = self._pending_error
        self._end_retrying()
        if error is not None:
            self.show_message(
                None,
                error_text(error)
                + "\n"
                + self.tr(
                    "Not saved. Your input is kept: send the form again when the database is back."
                ),
            )

    def _end_retrying(self) -> None:
        self.retry.finish()
        self._pending = self._pending_error = None
        for widget in self._locked:
            widget.setEnabled(True)
        self._locked = []

    def _lock_inputs(self) -> None:
        """Lock what the user could change, but not the countdown's buttons nor the way out
        (a rejecting button): the save sent is the one retried."""
        if self._locked:
            return
        spared: set[QWidget] = set(self.retry.findChildren(QWidget))
        for box in self.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) is QDialogButtonBox.ButtonRole.RejectRole:
                    spared.add(button)
        self._locked = lock_inputs(self, spared)

    def _tell_status(self, text: str) -> None:
        """Say ``text`` in the main window's status bar, through the nearest parent that
        has a ``sig_status_message`` (an area); nothing when the form has none."""
        widget = self.parentWidget()
        while widget is not None:
            signal = getattr(widget, "sig_status_message", None)
            if isinstance(signal, SignalInstance):
                signal.emit(text)
                return
            widget = widget.parentWidget()

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
