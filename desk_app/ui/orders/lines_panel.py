"""The "Works and parts" tab: the order's works and parts, each with add, change and remove
for those who may change prices, and the money summary beside them.

The panel only asks (its signals); the order window opens the forms, calls the services
and gives the panel the reloaded order.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.order_card import OrderCard
from desk_app.ui.orders.line_models import NAME_COLUMN, Line, LineKind, LineModel
from desk_app.ui.orders.money_summary import MoneySummary


class LineTableView(QTableView):
    """A read-only table of lines; Enter changes the current line, Delete removes it."""

    sig_edit = Signal()
    sig_delete = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_edit.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.sig_delete.emit()
            return
        super().keyPressEvent(event)


class LineSection(QWidget):
    """A heading with its buttons, and the table of one kind of line."""

    def __init__(self, kind: LineKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        work = kind is LineKind.WORK
        self.heading = QLabel(self.tr("Works") if work else self.tr("Parts"))
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.add_button = QPushButton(self.tr("&Add a work…") if work else self.tr("Add a &part…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setToolTip(self.tr("Tick the chosen work done, or not done after all"))
        self.done_button.hide()
        for button, name in (
            (self.add_button, "add"),
            (self.edit_button, "edit"),
            (self.remove_button, "remove"),
            (self.done_button, "done"),
        ):
            button.setObjectName(f"{name}_{kind.value}")
            button.setAutoDefault(False)
        self.model = LineModel(kind)
        self.table = LineTableView()
        self.table.setObjectName(f"{kind.value}_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.done_button)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_lines(self, lines: tuple[Line, ...], editable: bool, can_tick: bool = False) -> None:
        chosen = self.selected()
        self.model.set_rows(lines)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(editable)
        self.done_button.setVisible(can_tick)
        if chosen is not None:
            self.select(chosen.id)
        self._selection_changed()

    def select(self, line_id: int) -> None:
        for row, line in enumerate(self.model.rows()):
            if line.id == line_id:
                self.table.selectRow(row)
                return

    def selected(self) -> Line | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        line = self.selected()
        self.edit_button.setEnabled(line is not None)
        self.remove_button.setEnabled(line is not None)
        done = getattr(line, "done", False)
        self.done_button.setEnabled(line is not None)
        self.done_button.setText(self.tr("Not &done") if done else self.tr("Mark &done"))


class LinesPanel(QWidget):
    sig_add = Signal(object)
    """Add a line (LineKind: a work or a part)."""

    sig_edit = Signal(object, object)
    """Change a line (LineKind, the line's view)."""

    sig_remove = Signal(object, object)
    """Remove a line (LineKind, the line's view)."""

    sig_toggle_done = Signal(object)
    """Tick a work done or not done (its ``LabourView``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = {kind: LineSection(kind) for kind in LineKind}
        self.money = MoneySummary()
        self.money.setMinimumWidth(290)
        self.money.setMaximumWidth(340)
        self._editable = False
        for kind, section in self.sections.items():
            section.add_button.clicked.connect(lambda _=False, k=kind: self.sig_add.emit(k))
            section.edit_button.clicked.connect(lambda _=False, k=kind: self._edit(k))
            section.remove_button.clicked.connect(lambda _=False, k=kind: self._remove(k))
            section.table.sig_edit.connect(lambda k=kind: self._edit(k))
            section.table.sig_delete.connect(lambda k=kind: self._remove(k))
            section.table.doubleClicked.connect(lambda _i, k=kind: self._edit(k))
        works = self.sections[LineKind.WORK]
        works.done_button.clicked.connect(
            lambda: (line := works.selected()) is not None and self.sig_toggle_done.emit(line)
        )

        self._tables = QVBoxLayout()
        self._tables.setContentsMargins(0, 0, 0, 0)
        self._tables.addWidget(self.sections[LineKind.WORK])
        self._tables.addSpacing(8)
        self._tables.addWidget(self.sections[LineKind.PART])
        layout = QHBoxLayout(self)
        layout.addLayout(self._tables, 1)
        layout.addWidget(self.money)

    def set_card(
        self,
        card: OrderCard,
        *,
        can_edit: bool,
        can_discount: bool,
        can_take_payment: bool,
        can_tick: bool = False,
    ) -> None:
        self._editable = can_edit
        self.sections[LineKind.WORK].set_lines(card.labour, can_edit, can_tick)
        self.sections[LineKind.PART].set_lines(card.parts, can_edit)
        for section, lines in ((LineKind.WORK, card.labour), (LineKind.PART, card.parts)):
            # each table takes room by its lines, so neither scrolls while the other is empty
            self._tables.setStretchFactor(self.sections[section], max(len(lines), 2) + 2)
        self.money.set_card(card, can_discount=can_discount, can_take_payment=can_take_payment)

    def table(self, kind: LineKind) -> QTableView:
        return self.sections[kind].table

    def _edit(self, kind: LineKind, _index: QModelIndex | None = None) -> None:
        line = self.sections[kind].selected()
        if self._editable and line is not None:
            self.sig_edit.emit(kind, line)

    def _remove(self, kind: LineKind) -> None:
        line = self.sections[kind].selected()
        if self._editable and line is not None:
            self.sig_remove.emit(kind, line)
