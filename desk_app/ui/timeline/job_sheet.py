"""The job sheet of one car on a mechanic's screen: the car, the complaints word for word,
his works to tick, the parts to fit (never their prices) and the way to the quality check.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.work_orders import WorkItem, WorkPart, WorkshopRow
from desk_app.ui.formatting import local_datetime, number
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.timeline.cards import LATE, QUIET

CONTEXT = "MyWork"
BROUGHT = QT_TRANSLATE_NOOP("MyWork", "Brought by the client")
STORE = QT_TRANSLATE_NOOP("MyWork", "From the store")
CAPTION_STYLE = f"color: {QUIET.name()}; font-weight: 600;"


def quantity_text(quantity: Decimal) -> str:
    """Whole pieces without decimals, litres and metres with two."""
    whole = quantity == quantity.to_integral_value()
    return number(quantity, 0 if whole else 2)


PART_COLUMNS: list[Column[WorkPart]] = [
    Column(QT_TRANSLATE_NOOP("MyWork", "Part number"), lambda p: p.part_number, context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("MyWork", "Part"), lambda p: p.name, context=CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("MyWork", "Quantity"),
        lambda p: quantity_text(p.quantity),
        align_right=True,
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("MyWork", "Source"),
        lambda p: QCoreApplication.translate(CONTEXT, BROUGHT if p.supplied_by_client else STORE),
        context=CONTEXT,
    ),
]


PART_NAME_COLUMN = 1


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(CAPTION_STYLE)
    return label


class JobSheet(QWidget):
    """The chosen car's job: the car, the complaints word for word, his works, the parts."""

    sig_work_ticked = Signal(int, bool)
    """A work was ticked (int: labour line id; bool: done)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobSheet")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.order_id: int | None = None
        self._boxes: dict[int, QCheckBox] = {}
        self.title = QLabel()
        self.title.setObjectName("jobTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.status_chip = QLabel()
        self.facts: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(28)
        facts.setVerticalSpacing(2)
        names = {
            "plate": self.tr("Plate"),
            "vin": self.tr("VIN"),
            "colour": self.tr("Colour"),
            "bay": self.tr("Bay"),
            "promised": self.tr("Promised"),
        }
        for column, (key, caption) in enumerate(names.items()):
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-size: 10pt;")
            facts.addWidget(_caption(caption), 0, column)
            facts.addWidget(value, 1, column)
            self.facts[key] = value
        facts.setColumnStretch(len(names), 1)
        self.complaints = QLabel()
        self.complaints.setObjectName("complaints")
        self.complaints.setTextFormat(Qt.TextFormat.PlainText)
        self.complaints.setWordWrap(True)
        self.complaints.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.complaints.setStyleSheet(
            "background: #f7f8fa; border: 1px solid #e1e5ea; border-radius: 4px; padding: 8px;"
            " font-size: 10pt;"
        )
        self.works = QVBoxLayout()
        self.works.setSpacing(4)
        self.parts_model: RowTableModel[WorkPart] = RowTableModel(PART_COLUMNS, self)
        self.parts = QTableView()
        self.parts.setObjectName("parts")
        self.parts.setModel(self.parts_model)
        self.parts.verticalHeader().hide()
        self.parts.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.parts.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.parts.horizontalHeader().setHighlightSections(False)
        self.parts.setShowGrid(False)
        self.parts.setAlternatingRowColors(True)
        self.parts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.parts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.parts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_parts = QLabel(self.tr("No parts to fit on this car."))
        self.no_parts.setStyleSheet(f"color: {QUIET.name()};")

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(facts)
        for caption, part in (
            (self.tr("Complaints (the client's words)"), self.complaints),
            (self.tr("My works"), self.works),
            (self.tr("Parts to fit"), self.parts),
        ):
            layout.addSpacing(10)
            layout.addWidget(_caption(caption))
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        layout.addWidget(self.no_parts)
        layout.addStretch(1)

    def show_row(self, row: WorkshopRow, can_tick: bool) -> None:
        self.order_id = row.id
        self.title.setText(f"{row.number} · {row.vehicle_title}")
        self.status_chip.setText(status_label(row.status))
        self.status_chip.setStyleSheet(
            f"background: {status_colour(row.status).name()}; border: 1px solid #c9ced6;"
            " border-radius: 9px; padding: 2px 10px;"
        )
        promised = local_datetime(row.promised_at) or self.tr("Not promised")
        self.facts["promised"].setText(f"⚠ {promised}" if row.overdue else promised)
        self.facts["promised"].setStyleSheet(
            f"font-size: 10pt; color: {LATE.name()}; font-weight: 600;"
            if row.overdue
            else "font-size: 10pt;"
        )
        for key, text in (
            ("plate", row.plate),
            ("vin", row.vin),
            ("colour", row.colour),
            ("bay", row.bay_name),
        ):
            self.facts[key].setText(text or "—")
        self.complaints.setText(row.complaints or self.tr("No complaints written down."))
        self._show_works(row.works, can_tick)
        self.parts_model.set_rows(row.parts)
        self.parts.setVisible(bool(row.parts))
        self.no_parts.setVisible(not row.parts)
        self.parts.resizeColumnsToContents()
        header = self.parts.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, header.sectionSize(column) + 24)
        header.setSectionResizeMode(PART_NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        rows_height = sum(self.parts.rowHeight(r) for r in range(len(row.parts)))
        self.parts.setFixedHeight(self.parts.horizontalHeader().height() + rows_height + 4)

    def work_boxes(self) -> list[QCheckBox]:
        """The tick boxes of the works shown, top to bottom."""
        return list(self._boxes.values())

    def _show_works(self, works: tuple[WorkItem, ...], can_tick: bool) -> None:
        """Tick boxes for his works; the same works only change state, so focus stays put."""
        if [work.id for work in works] != list(self._boxes):
            while self.works.count():
                old = self.works.takeAt(0).widget()
                old.hide()
                old.deleteLater()
            self._boxes = {}
            for work in works:
                box = QCheckBox(work.name.replace("&", "&&"))  # a name, not a shortcut
                box.setObjectName(f"work_{work.id}")
                box.setStyleSheet("font-size: 10pt;")
                box.toggled.connect(lambda done, i=work.id: self.sig_work_ticked.emit(i, done))
                hours = QLabel(self.tr("{hours} h").format(hours=number(work.norm_hours, 1)))
                hours.setStyleSheet(f"color: {QUIET.name()};")
                line = QWidget()
                row = QHBoxLayout(line)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(box, 1)
                row.addWidget(hours)
                self.works.addWidget(line)
                self._boxes[work.id] = box
        for work in works:
            box = self._boxes[work.id]
            box.blockSignals(True)
            box.setChecked(work.done)
            box.blockSignals(False)
            box.setEnabled(can_tick)
