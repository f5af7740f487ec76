"""Messages shown next to the field that caused them, as forms in this app do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desk_app.services.errors import ValidationError
from desk_app.ui.errors import error_text

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FormErrors:
    """One error label per field name; a ``ValidationError`` goes to the label of its field."""

    def __init__(self, labels: dict[str, QLabel], fallback: QLabel) -> None:
        self._labels = labels
        self._fallback = fallback

    def clear(self) -> None:
        for label in (*self._labels.values(), self._fallback):
            label.clear()
            label.hide()

    def show_text(self, field: str | None, text: str) -> None:
        label = self._labels.get(field or "", self._fallback)
        label.setText(text)
        label.show()

    def show_error(self, error: Exception) -> None:
        field = error.field if isinstance(error, ValidationError) else None
        self.show_text(field, error_text(error))
