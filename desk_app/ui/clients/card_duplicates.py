"""The warning that another card holds the same phone or VIN: the same person entered twice.

It names the other card and what both share, and offers to open it or to merge the two;
"Merge…" is shown only to those who may merge cards.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services.client_editing import Duplicate
from desk_app.ui.intake.fields import link_button
from desk_app.ui.labels import phone_label

BANNER_STYLE = (
    "QFrame#duplicateBanner { background: #fdf3dc; border: 1px solid #e0c27a; border-radius: 4px; }"
)
MAX_SHOWN = 3


class DuplicateBanner(QFrame):
    sig_open_client = Signal(int)
    """Open the other card (int: its client id)."""

    sig_merge = Signal(int)
    """Merge the other card with this one (int: its client id)."""

    def __init__(self, *, can_merge: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.can_merge = can_merge
        self.duplicates: list[Duplicate] = []
        self._texts: list[QLabel] = []
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(8, 4, 8, 4)
        self._rows.setSpacing(2)
        self.hide()

    def set_duplicates(self, duplicates: Sequence[Duplicate]) -> None:
        """Show one line per other card (the first few); hide when there is none."""
        self.duplicates = list(duplicates)
        self._texts = []
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for duplicate in self.duplicates[:MAX_SHOWN]:
            self._rows.addWidget(self._row(duplicate))
        self.setVisible(bool(self.duplicates))

    def _row(self, duplicate: Duplicate) -> QWidget:
        shared = ", ".join(
            phone_label(value) if value.startswith("+") else value for value in duplicate.shared
        )
        text = QLabel(
            self.tr("Possibly the same client: {name} also has {shared}.").format(
                name=duplicate.display_name, shared=shared
            )
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self._texts.append(text)
        open_link = link_button(self.tr("Open that card"))
        open_link.setObjectName(f"openDuplicate{duplicate.client_id}")
        open_link.clicked.connect(lambda: self.sig_open_client.emit(duplicate.client_id))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(open_link)
        if self.can_merge:
            merge_link = link_button(self.tr("Merge…"))
            merge_link.setObjectName(f"mergeDuplicate{duplicate.client_id}")
            merge_link.clicked.connect(lambda: self.sig_merge.emit(duplicate.client_id))
            layout.addWidget(merge_link)
        return row

    def text(self) -> str:
        """What the banner says, for tests and screen readers."""
        return " ".join(label.text() for label in self._texts)
