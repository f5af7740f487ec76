"""The parts a request asks for: part number, name and quantity, lines added and removed.

Blank lines are skipped; a quantity left empty is one piece. A quantity that does not read
as a number is kept as typed and named by its line, for the form to say beside the table.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.services.request_filing import ItemInput
from desk_app.ui.intake.line_tables import LineColumn, LineTable

PART_NUMBER, NAME, QUANTITY = 0, 1, 2
ITEM_COLUMNS = [
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Part number"), width=16),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Name")),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Qty"), places=3, trim=True, width=7),
]


class ItemEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = LineTable(ITEM_COLUMNS)
        self.table.setObjectName("items")
        self.add_button = QPushButton(self.tr("&Add a part"))
        self.add_button.setObjectName("addItem")
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("removeItem")
        self.remove_button.clicked.connect(self.remove_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_item(self, focus: bool = True) -> int:
        row = self.table.add_line(["", "", "1"])
        if focus:
            self.table.setCurrentCell(row, NAME)
            self.table.setFocus()
        return row

    def remove_item(self) -> None:
        rows = [index.row() for index in self.table.selectedIndexes()]
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        self.table.remove_lines(rows)

    def _filled(self) -> list[int]:
        """The lines that say something (a part number, a name or another quantity)."""
        return [
            row
            for row in range(self.table.rowCount())
            if self.table.text(row, PART_NUMBER).strip()
            or self.table.text(row, NAME).strip()
            or self.table.text(row, QUANTITY).strip() not in ("", "1")
        ]

    def bad_line(self) -> int | None:
        """The first line (counted from 1) whose quantity is not a number, if any."""
        for row in self._filled():
            typed = self.table.text(row, QUANTITY).strip()
            if typed and self.table.number(row, QUANTITY) is None:
                return row + 1
        return None

    def inputs(self) -> tuple[ItemInput, ...]:
        """The parts typed, for the service (call ``bad_line`` first)."""
        found = []
        for row in self._filled():
            quantity = self.table.number(row, QUANTITY)
            found.append(
                ItemInput(
                    part_number=self.table.text(row, PART_NUMBER),
                    name=self.table.text(row, NAME),
                    quantity=Decimal("1") if quantity is None else quantity,
                )
            )
        return tuple(found)
