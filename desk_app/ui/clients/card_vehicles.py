"""The Vehicles tab: the client's cars, and for the one selected its own visits, when its
next service is due, and the discount table its make falls under.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.models import MakeGroup
from desk_app.services.client_card import CardVehicle, ClientCard
from desk_app.services.discount_table import Tier
from desk_app.services.loyalty import make_group
from desk_app.ui.clients.card_tables import CardTable, column
from desk_app.ui.clients.card_texts import discount_text, km, service_due_text, yes_no
from desk_app.ui.clients.card_visits import CAR_COLUMNS, VisitsTable
from desk_app.ui.formatting import local_date
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.table_model import Column

translate = QCoreApplication.translate
"""Short, and still found by lupdate with its literal context."""


@dataclass(frozen=True)
class VehicleRow:
    car: CardVehicle
    due: Any | None
    """Its next service (``service_due.ServiceDue``), None when not known."""
    due_known: bool
    """False when this version cannot tell next services at all."""


def _due_column(row: VehicleRow) -> str:
    if not row.due_known or row.due is None:
        return ""
    text = local_date(row.due.due)
    due_km = getattr(row.due, "due_km", None)
    return f"{text} / {km(due_km)}" if due_km else text


VEHICLE_COLUMNS: list[Column[VehicleRow]] = [
    column(QT_TRANSLATE_NOOP("ClientCard", "Car"), lambda r: r.car.title),
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Year"),
        lambda r: str(r.car.year or ""),
        lambda r: r.car.year or 0,
    ),
    column(QT_TRANSLATE_NOOP("ClientCard", "Plate"), lambda r: r.car.plate),
    column(QT_TRANSLATE_NOOP("ClientCard", "VIN"), lambda r: r.car.vin),
    column(QT_TRANSLATE_NOOP("ClientCard", "Bought here"), lambda r: yes_no(r.car.bought_here)),
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Visits"),
        lambda r: str(r.car.visits),
        lambda r: r.car.visits,
        right=True,
    ),
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Last visit"),
        lambda r: local_date(r.car.last_visit),
        lambda r: r.car.last_visit.timestamp() if r.car.last_visit else 0.0,
    ),
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Last odometer"),
        lambda r: km(r.car.last_odometer_km) if r.car.last_odometer_km else "",
        lambda r: r.car.last_odometer_km or 0,
        right=True,
    ),
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Next service"),
        _due_column,
        lambda r: r.due.due.isoformat() if r.due is not None else "",
    ),
]


class VehiclesTab(QWidget):
    sig_edit = Signal(object)
    """Edit this car (object: its ``CardVehicle``)."""

    sig_add = Signal()
    """Add a car to the client."""

    sig_open_order = Signal(int)
    """Open a visit's work order (int: the order's id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: ClientCard | None = None
        self._rows: dict[int, VehicleRow] = {}
        self._tables: Mapping[MakeGroup, Sequence[Tier]] = {}
        self._extra: Decimal | None = None
        self._today = clock.now().date()
        self.can_edit = False

        self.cars: CardTable[VehicleRow] = CardTable(VEHICLE_COLUMNS, "cardVehicles")
        self.cars.selectionModel().selectionChanged.connect(self._show_selected)
        self.cars.doubleClicked.connect(lambda _index: self._edit_selected())
        self.edit_button = QPushButton(self.tr("&Edit car…"))
        self.edit_button.setObjectName("editVehicle")
        self.edit_button.clicked.connect(self._edit_selected)
        self.add_button = QPushButton(self.tr("&Add car…"))
        self.add_button.setObjectName("addVehicle")
        self.add_button.clicked.connect(self.sig_add)
        for button in (self.edit_button, self.add_button):
            button.setAutoDefault(False)

        self.title = QLabel()
        self.title.setObjectName("vehicleTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.due = QLabel()
        self.due.setObjectName("vehicleDue")
        self.discount = QLabel()
        self.discount.setObjectName("vehicleDiscount")
        self.discount.setWordWrap(True)
        self.discount_note = QLabel()
        self.discount_note.setStyleSheet(MUTED_STYLE)
        for label in (self.title, self.due, self.discount):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.visits = VisitsTable(CAR_COLUMNS, "vehicleVisits")
        self.visits.sig_open_order.connect(self.sig_open_order)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.cars, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.setSpacing(3)
        bottom_layout.addWidget(self.title)
        bottom_layout.addWidget(self.due)
        bottom_layout.addWidget(self.discount)
        bottom_layout.addWidget(self.discount_note)
        bottom_layout.addWidget(self.visits, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_card(
        self,
        card: ClientCard,
        dues: Mapping[int, Any] | None,
        tables: Mapping[MakeGroup, Sequence[Tier]],
        extra: Decimal | None,
        *,
        can_edit: bool,
        today: date,
    ) -> None:
        """Show the client's cars; the selected one stays selected if it is still his."""
        chosen = self.selected()
        self._card, self._tables, self._extra, self._today = card, tables, extra, today
        rows = [
            VehicleRow(car, (dues or {}).get(car.id), dues is not None) for car in card.vehicles
        ]
        self._rows = {row.car.id: row for row in rows}
        self.cars.set_rows(rows)
        self.can_edit = can_edit
        self.edit_button.setVisible(can_edit and bool(rows))
        self.add_button.setVisible(can_edit)
        if not self.select(chosen.id if chosen else None):
            self.cars.select_first()
        self._show_selected()

    def selected(self) -> CardVehicle | None:
        row = self.cars.selected_row()
        return row.car if row else None

    def select(self, vehicle_id: int | None) -> bool:
        for index, row in enumerate(self.cars.rows()):
            if row.car.id == vehicle_id:
                self.cars.selectRow(index)
                return True
        return False

    def _edit_selected(self) -> None:
        car = self.selected()
        if car is not None and self.can_edit:
            self.sig_edit.emit(car)

    def _show_selected(self) -> None:
        card, car = self._card, self.selected()
        if card is None or car is None:
            self.title.setText(self.tr("No car on file.") if card else "")
            for label in (self.due, self.discount, self.discount_note):
                label.clear()
            self.visits.set_rows([])
            return
        row = self._rows[car.id]
        facts = [car.title, str(car.year or ""), car.plate, car.colour]
        self.title.setText(", ".join(fact for fact in facts if fact))
        if row.due_known:
            self.due.setText(service_due_text(row.due, self._today))
        else:
            self.due.setText(self.tr("Next service: not available in this version."))
        group = make_group(car.make)
        self.discount.setText(
            discount_text(
                car.make, group, self._tables.get(group, ()), car.bought_here, self._extra
            )
        )
        self.discount_note.setText(
            translate("ClientCard", "Applies now: the client is regular.")
            if card.status.regular
            else translate("ClientCard", "Applies once the client is regular.")
        )
        self.visits.set_rows([visit for visit in card.visits if visit.vehicle_id == car.id])
