"""What the client asks to be done, and the parts he brought with him.

A work is picked from the price list by typing its code or name (a completer over
``price_list.search_operations``) or typed as free text; Enter adds it, so a list of works
is typed without leaving the keyboard. Its hours and rate can be changed in the table, and
the amount follows. The client's own parts are recorded on the order but not charged.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.services import price_list
from desk_app.services.errors import ValidationError
from desk_app.services.intake_form import ClientPart, IntakeForm, WorkItem
from desk_app.services.permissions import Actor
from desk_app.services.price_list import OperationRow
from desk_app.store.database import Database
from desk_app.ui.intake.fields import (
    MUTED_STYLE,
    FieldMessages,
    format_decimal,
    link_button,
    message_label,
)
from desk_app.ui.intake.line_tables import LineColumn, LineTable
from desk_app.ui.intake.section import Section

CODE, NAME, HOURS, RATE, AMOUNT = range(5)
WORK_COLUMNS = [
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Code"), editable=False, width=8),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Work")),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Hours"), places=2, width=6),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Rate"), places=2, width=9),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Amount"), places=2, editable=False, width=10),
]
PART_NAME, PART_NUMBER, QUANTITY = range(3)
PART_COLUMNS = [
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Part")),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Part number"), width=14),
    LineColumn(QT_TRANSLATE_NOOP("LineTables", "Qty"), places=3, trim=True, width=7),
]
OPERATION_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_A_NUMBER = "Enter a number."


def _under_table(remove: QWidget, right: QWidget | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(remove)
    row.addStretch(1)
    if right is not None:
        row.addWidget(right)
    return row


class WorksSection(Section):
    """Requested works (with their total) and the client's parts, in one group."""

    sig_total_changed = Signal(object)
    """The works' total changed (object: the ``Decimal`` sum of hours × rate)."""

    def __init__(
        self, db: Database, actor: Actor, messages: FieldMessages, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Works and the client's parts"), messages, parent)
        self._db, self._actor = db, actor
        self.labour_rate = Decimal("0.00")

        self.work_adder = QLineEdit()
        self.work_adder.setObjectName("workAdder")
        self.work_adder.setPlaceholderText(
            self.tr("Add a work: type a code or a name from the price list, or any text; Enter")
        )
        self.operations = QStandardItemModel(self)
        self.completer = QCompleter(self.operations, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # The box is the completer's widget, not its owner (setCompleter): a picked
        # operation becomes a line, not text written back into the box.
        self.completer.setWidget(self.work_adder)
        self.work_adder.textEdited.connect(self._search_operations)
        self.work_adder.returnPressed.connect(self._add_typed_work)
        self.completer.activated[QModelIndex].connect(self._add_operation)
        self.works = LineTable(WORK_COLUMNS)
        self.works.setObjectName("works")
        self.works.sig_edited.connect(self._works_edited)
        remove_work = link_button(self.tr("Remove the selected work (Del)"))
        remove_work.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove_work.clicked.connect(lambda: self._remove_selected(self.works))
        self.total = QLabel()
        self.total.setObjectName("worksTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        works_message = message_label()
        messages.add("works", self.works, works_message, row_name=self._work_name)

        self.part_adder = QLineEdit()
        self.part_adder.setObjectName("partAdder")
        self.part_adder.setPlaceholderText(
            self.tr("Add a part the client brought: its name; Enter")
        )
        self.part_adder.returnPressed.connect(self._add_part)
        self.parts = LineTable(PART_COLUMNS)
        self.parts.setObjectName("clientParts")
        self.parts.sig_edited.connect(self._parts_edited)
        remove_part = link_button(self.tr("Remove the selected part (Del)"))
        remove_part.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove_part.clicked.connect(lambda: self._remove_selected(self.parts))
        parts_message = message_label()
        messages.add("client_parts", self.parts, parts_message, row_name=self._part_name)
        parts_caption = QLabel(self.tr("Parts supplied by the client (not charged)"))
        parts_caption.setStyleSheet(MUTED_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addWidget(self.work_adder)
        layout.addWidget(self.works)
        layout.addLayout(_under_table(remove_work, self.total))
        layout.addWidget(works_message)
        layout.addSpacing(4)
        layout.addWidget(parts_caption)
        layout.addWidget(self.part_adder)
        layout.addWidget(self.parts)
        layout.addLayout(_under_table(remove_part))
        layout.addWidget(parts_message)
        self._works_edited()

    def _work_name(self, index: int) -> str:
        return self.tr("Work {number}").format(number=index + 1)

    def _part_name(self, index: int) -> str:
        return self.tr("Part {number}").format(number=index + 1)

    # -- adding lines ------------------------------------------------------------------------

    def _search_operations(self, text: str) -> None:
        try:
            rows = price_list.search_operations(self._db, self._actor, text)
        except DeskError:
            rows = []
        self.operations.clear()
        for row in rows:
            hours = format_decimal(row.norm_hours, 2)
            item = QStandardItem(
                self.tr("{code}  {name} — {hours} h").format(
                    code=row.code, name=row.name, hours=hours
                )
            )
            item.setData(row, OPERATION_ROLE)
            self.operations.appendRow(item)
        if rows and text.strip():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def add_operation(self, operation: OperationRow) -> int:
        """Add a line from the price list at the shop's rate; returns its row."""
        return self.works.add_line(
            [
                operation.code,
                operation.name,
                format_decimal(operation.norm_hours, 2),
                format_decimal(self.labour_rate, 2),
                "",
            ],
            operation.id,
        )

    def add_free_work(self, name: str) -> int:
        return self.works.add_line(
            ["", name.strip(), "", format_decimal(self.labour_rate, 2), ""], None
        )

    def _add_operation(self, index: QModelIndex) -> None:
        operation = index.data(OPERATION_ROLE)
        if isinstance(operation, OperationRow):
            self.add_operation(operation)
            self.work_adder.clear()

    def _add_typed_work(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's activated() adds the highlighted operation
        popup.hide()
        if self.work_adder.text().strip():
            self.add_free_work(self.work_adder.text())
            self.work_adder.clear()

    def _add_part(self) -> None:
        name = self.part_adder.text().strip()
        if name:
            self.parts.add_line([name, "", "1"])
            self.part_adder.clear()

    def _remove_selected(self, table: LineTable) -> None:
        rows = [index.row() for index in table.selectedIndexes()]
        table.remove_lines(rows or ([table.currentRow()] if table.currentRow() >= 0 else []))

    # -- keeping amounts and messages current ------------------------------------------------

    def works_total(self) -> Decimal:
        total = Decimal("0.00")
        for row in range(self.works.rowCount()):
            hours, rate = self.works.number(row, HOURS), self.works.number(row, RATE)
            if hours is not None and rate is not None:
                total += hours * rate
        return total.quantize(Decimal("0.01"))

    def _works_edited(self) -> None:
        hours_sum = Decimal(0)
        for row in range(self.works.rowCount()):
            hours, rate = self.works.number(row, HOURS), self.works.number(row, RATE)
            amount = hours * rate if hours is not None and rate is not None else None
            self.works.set_text(row, AMOUNT, format_decimal(amount, 2))
            hours_sum += hours or 0
        total = self.works_total()
        self.total.setText(
            self.tr("Total: {hours} h, {amount}").format(
                hours=format_decimal(hours_sum, 2), amount=format_decimal(total, 2)
            )
            if self.works.rowCount()
            else self.tr("No works yet")
        )
        self.messages.clear_prefix("works")
        self._show_bad_cells()
        self.sig_total_changed.emit(total)
        self.sig_changed.emit()

    def _parts_edited(self) -> None:
        self.messages.clear_prefix("client_parts")
        self._show_bad_cells()
        self.sig_changed.emit()

    def _show_bad_cells(self) -> None:
        for field, template in self.local_problems():
            self.messages.show_error(ValidationError(field, template))

    def local_problems(self) -> list[tuple[str, str]]:
        names = {HOURS: "norm_hours", RATE: "rate", QUANTITY: "quantity"}
        problems = [
            (f"works.{row}.{names[column]}", NOT_A_NUMBER) for row, column in self.works.bad_cells()
        ]
        problems += [
            (f"client_parts.{row}.quantity", NOT_A_NUMBER)
            for row, _column in self.parts.bad_cells()
        ]
        return problems

    # -- the section's part of the form -------------------------------------------------------

    def values(self) -> dict[str, Any]:
        works = tuple(
            WorkItem(
                name=self.works.text(row, NAME),
                norm_hours=self.works.number(row, HOURS) or Decimal("0"),
                rate=self.works.number(row, RATE) or Decimal("0.00"),
                operation_id=self.works.data(row),  # type: ignore[arg-type]
            )
            for row in range(self.works.rowCount())
        )
        parts = tuple(
            ClientPart(
                name=self.parts.text(row, PART_NAME),
                part_number=self.parts.text(row, PART_NUMBER),
                quantity=self.parts.number(row, QUANTITY) or Decimal("1"),
            )
            for row in range(self.parts.rowCount())
        )
        return {"works": works, "client_parts": parts}

    def fill(self, form: IntakeForm, ui: dict[str, Any]) -> None:
        self.works.clear_lines()
        self.parts.clear_lines()
        texts = ui.get("works_text")
        typed = texts if isinstance(texts, list) and len(texts) == len(form.works) else None
        for row, work in enumerate(form.works):
            cells = [
                "",
                work.name,
                format_decimal(work.norm_hours, 2),
                format_decimal(work.rate, 2),
                "",
            ]
            if typed and isinstance(typed[row], list) and len(typed[row]) == 4:
                cells[:4] = [str(text) for text in typed[row]]
            self.works.add_line(cells, work.operation_id)
        part_texts = ui.get("parts_text")
        typed = part_texts if isinstance(part_texts, list) else []
        for row, part in enumerate(form.client_parts):
            cells = [part.name, part.part_number, format_decimal(part.quantity, 3, trim=True)]
            if row < len(typed) and isinstance(typed[row], list) and len(typed[row]) == 3:
                cells = [str(text) for text in typed[row]]
            self.parts.add_line(cells)
        self.work_adder.clear()
        self.part_adder.clear()
        self._works_edited()

    def ui_state(self) -> dict[str, Any]:
        return {
            "works_text": [
                [self.works.text(row, column) for column in (CODE, NAME, HOURS, RATE)]
                for row in range(self.works.rowCount())
            ],
            "parts_text": [
                [self.parts.text(row, column) for column in (PART_NAME, PART_NUMBER, QUANTITY)]
                for row in range(self.parts.rowCount())
            ],
        }

    def tab_chain(self) -> list[QWidget]:
        return [self.work_adder, self.works, self.part_adder, self.parts]
