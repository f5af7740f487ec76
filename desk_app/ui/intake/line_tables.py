"""A small editable table of order lines (works, the client's parts), driven by the keyboard.

Tab leaves the table (the form's Tab order goes on), arrows move between cells, typing
starts editing, Delete removes the selected lines. A number cell keeps whatever was typed:
text that is not a number is marked and reported beside the table, never thrown away.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.ui.intake.fields import format_decimal, parse_decimal

BAD_CELL = QColor("#f8d7d3")
DATA_ROLE = Qt.ItemDataRole.UserRole + 10
VISIBLE_ROWS = (2, 8)
"""The table grows with its lines between these heights, then scrolls."""


@dataclass(frozen=True)
class LineColumn:
    header: str
    """English; translated in the "LineTables" context."""
    places: int | None = None
    """Decimal places of a number column; None for text."""
    trim: bool = False
    """Show a number without the zeros at its end (quantities)."""
    editable: bool = True
    width: int = 0
    """A fixed width in characters; 0 stretches."""


class LineTable(QTableWidget):
    sig_edited = Signal()
    """A cell was edited or lines were added or removed."""

    def __init__(self, columns: list[LineColumn], parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self._filling = False
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LineTables", c.header) for c in columns]
        )
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.DoubleClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        char = self.fontMetrics().horizontalAdvance("0")
        for index, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(index, column.width * char + 16)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._changed)
        self._fit_height()

    # -- lines -----------------------------------------------------------------------------

    def add_line(self, texts: list[str], data: object = None) -> int:
        """Append a line with ``texts`` per column; ``data`` rides on its first cell."""
        row = self.rowCount()
        self._filling = True
        self.insertRow(row)
        for column, spec in enumerate(self.columns):
            item = QTableWidgetItem(texts[column] if column < len(texts) else "")
            if spec.places is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not spec.editable:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(QBrush(self.palette().placeholderText().color()))
            self.setItem(row, column, item)
        self.item(row, 0).setData(DATA_ROLE, data)
        self._filling = False
        self._fit_height()
        self.sig_edited.emit()
        return row

    def remove_lines(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.removeRow(row)
        self._fit_height()
        self.sig_edited.emit()

    def clear_lines(self) -> None:
        self.setRowCount(0)
        self._fit_height()

    def data(self, row: int) -> object:
        return self.item(row, 0).data(DATA_ROLE)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        self._filling = True
        self.item(row, column).setText(text)
        self._filling = False

    def number(self, row: int, column: int) -> Decimal | None:
        return parse_decimal(self.text(row, column))

    def bad_cells(self) -> list[tuple[int, int]]:
        """(row, column) of the number cells whose text is not a number."""
        return [
            (row, column)
            for row in range(self.rowCount())
            for column, spec in enumerate(self.columns)
            if spec.places is not None
            and spec.editable
            and self.text(row, column).strip()
            and self.number(row, column) is None
        ]

    # -- behaviour -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Delete and not editing:
            rows = [index.row() for index in self.selectedIndexes()]
            if not rows and self.currentRow() >= 0:
                rows = [self.currentRow()]
            if rows:
                self.remove_lines(rows)
                return
        super().keyPressEvent(event)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        places = self.columns[item.column()].places
        if places is not None:
            value = parse_decimal(item.text())
            self._filling = True
            if value is None and item.text().strip():
                item.setBackground(BAD_CELL)
            else:
                item.setBackground(QBrush())
                if value is not None:
                    trim = self.columns[item.column()].trim
                    item.setText(format_decimal(value, places, trim=trim))
            self._filling = False
        self.sig_edited.emit()

    def _fit_height(self) -> None:
        low, high = VISIBLE_ROWS
        rows = min(max(self.rowCount(), low), high)
        frame = 2 * self.frameWidth()
        height = self.horizontalHeader().sizeHint().height() + frame
        height += rows * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())
