"""When another desk saved the card (or the car) while this one was editing it.

Nothing is overwritten: the save was refused (``StaleEdit``), the form keeps what was
typed, and this panel lays what the other desk saved beside what was typed, field by
field, marking the fields the other desk changed. The user then decides: reload (their
version, dropping the input) or keep the input and save it over theirs knowingly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.form_errors import ERROR_STYLE

PANEL_STYLE = (
    "QFrame#conflictPanel { background: #fbeaea; border: 1px solid #e3a8a3; border-radius: 4px; }"
)


@dataclass(frozen=True)
class Difference:
    """One field as it was when the form opened, as the other desk saved it, as typed."""

    caption: str
    before: str
    theirs: str
    mine: str

    @property
    def changed_by_them(self) -> bool:
        return self.theirs != self.before


def differences(
    fields: Sequence[tuple[str, str, str, str]],
) -> list[Difference]:
    """The fields (caption, before, theirs, mine) where the saved and the typed differ."""
    return [Difference(*field) for field in fields if field[2] != field[3]]


class ConflictPanel(QFrame):
    sig_reload = Signal()
    """Drop the input and show what is saved now."""

    sig_keep_mine = Signal()
    """Keep the input; the next save replaces what the other desk saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved at the other desk"), self.tr("Your input")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.legend = QLabel(self.tr("Bold: changed at the other desk since you opened the card."))
        self.legend.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload (drop my input)"))
        self.reload_button.setObjectName("conflictReload")
        self.keep_button = QPushButton(self.tr("&Keep my input"))
        self.keep_button.setObjectName("conflictKeepMine")
        for button in (self.reload_button, self.keep_button):
            button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.sig_reload)
        self.keep_button.clicked.connect(self.sig_keep_mine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.legend, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.hide()

    def show_conflict(self, message: str, rows: Sequence[Difference]) -> None:
        self.message.setText(message)
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(rows):
            for col, text in enumerate((row.caption, row.theirs, row.mine)):
                item = QTableWidgetItem(text or "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if row.changed_by_them and col < 2:
                    item.setFont(bold)
                self.table.setItem(index, col, item)
        self.table.resizeRowsToContents()
        visible_rows = min(len(rows), 6)
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(i) for i in range(visible_rows))
        self.table.setFixedHeight(height)
        self.table.setVisible(bool(rows))
        self.legend.setVisible(any(row.changed_by_them for row in rows))
        self.show()

    def rows_shown(self) -> list[tuple[str, str, str]]:
        """(field, theirs, mine) as the table shows them."""

        def text(row: int, col: int) -> str:
            item = self.table.item(row, col)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]
