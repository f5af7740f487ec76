"""What every small form over one order shares: it saves itself through a service, stays
open on a refusal with each message beside its field, and keeps what was typed.

When someone else changed the order meanwhile (``StaleEdit``), the form says so and offers
to reload the order; the order window reloads, gives the form the new version, and the
user saves again, his input still there. Forms are opened with ``open()``, never
``exec()``: nothing waits on them, and tests drive them like any widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services.errors import StaleEdit
from desk_app.services.form_fields import InvalidForm
from desk_app.services.order_card import OrderCard
from desk_app.ui.area import AreaContext
from desk_app.ui.form_errors import FormErrors, error_label


class OrderFormDialog(QDialog):
    sig_saved = Signal()
    """The service accepted the form; the order changed."""

    sig_reload_requested = Signal()
    """The user asks to see the order as it is now (after a stale edit)."""

    def __init__(self, context: AreaContext, card: OrderCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.card = card
        self.version = card.version
        """The order's version the form was filled against; a save sends it along."""
        self._field_labels: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self.general_error = error_label()
        self.general_error.setObjectName("generalError")
        self.errors = FormErrors(self._field_labels, self.general_error)
        self.reload_button = QPushButton(self.tr("Reloa&d the order"))
        self.reload_button.setObjectName("reloadOrder")
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.sig_reload_requested)

    def field_error(self, field: str, widget: QWidget | None = None) -> QLabel:
        """The label under ``field`` where its message goes; ``widget`` gets the focus."""
        label = error_label()
        label.setObjectName(f"error_{field}")
        self._field_labels[field] = label
        if widget is not None:
            self._field_widgets[field] = widget
        return label

    def form_row(self, form: QFormLayout, caption: str, widget: QWidget, field: str) -> None:
        """A field with its message line right under it (hidden while there is none)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.field_error(field, widget))
        label = QLabel(caption)
        label.setBuddy(widget)
        form.addRow(label, box)

    def message_for(self, field: str) -> str:
        """The message shown for ``field`` now ("" if none); the general one for unknown."""
        label = self._field_labels.get(field, self.general_error)
        return label.text() if label.isVisibleTo(self) else ""

    def message_row(self) -> QWidget:
        """The general message and the reload button, to put above the form's buttons."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error, 1)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def run(self, save: Callable[[], object]) -> bool:
        """Call the service; on success tell the order window and close, else show why."""
        self.errors.clear()
        self.reload_button.hide()
        try:
            save()
        except StaleEdit as error:
            self.errors.show_error(error)
            self.reload_button.show()
            return False
        except InvalidForm as form:
            for error in reversed(form.errors):
                self.errors.show_error(error)
            self._focus(form.errors[0].field)
            return False
        except DeskError as error:
            self.errors.show_error(error)
            self._focus(getattr(error, "field", ""))
            return False
        self.sig_saved.emit()
        self.accept()
        return True

    def order_reloaded(self, card: OrderCard) -> None:
        """The order window reloaded the order: save against its new version from now on."""
        self.card = card
        self.version = card.version
        self.reload_button.hide()
        self.errors.clear()
        self.errors.show_text(
            None,
            self.tr(
                "The order now shows the other changes. Your input is kept: check it and "
                "save again."
            ),
        )

    def _focus(self, field: str) -> None:
        widget = self._field_widgets.get(field)
        if widget is not None:
            widget.setFocus()
