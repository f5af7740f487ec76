"""The car: one picked from the card file (shown, with its last odometer), or a new one typed.

A new car's VIN is checked as the user leaves it, and what it decodes (make, model, year)
fills those fields when they are still empty. A plate is shown back the way it is stored
(Latin look-alikes made Cyrillic), so the desk sees what the act will print.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.services.client_search import IntakeHit
from desk_app.services.intake_form import MAX_YEAR_AHEAD, MIN_YEAR, IntakeForm, NewVehicle
from desk_app.services.permissions import Actor
from desk_app.services.validation import check_plate, check_vin, last_odometer
from desk_app.store.database import Database
from desk_app.ui.intake.fields import (
    MUTED_STYLE,
    FieldMessages,
    Pages,
    format_decimal,
    link_button,
)
from desk_app.ui.intake.picks import hit_from_dict, hit_to_dict
from desk_app.ui.intake.section import FieldGrid, Section

TEXT_FIELDS = ("make", "model", "plate", "vin", "engine_number", "colour")


def km_text(km: int | None) -> str:
    return "" if km is None else format_decimal(Decimal(km), 0)


class VehicleSection(Section):
    sig_last_km_changed = Signal(object)
    """The car changed (object: its last recorded odometer in km, or None)."""

    def __init__(
        self, db: Database, actor: Actor, messages: FieldMessages, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Car"), messages, parent)
        self._db, self._actor = db, actor
        self._hit: IntakeHit | None = None
        self.last_km: int | None = None

        self.summary = QLabel()
        self.summary.setObjectName("vehicleSummary")
        self.summary.setWordWrap(True)
        self.other_car = link_button(self.tr("Other car…"))
        self.other_car.setObjectName("otherCar")
        self.other_car.clicked.connect(lambda: self.type_new())
        picked = QWidget()
        picked_layout = QVBoxLayout(picked)
        picked_layout.setContentsMargins(4, 2, 4, 2)
        picked_layout.addWidget(self.summary)
        picked_layout.addWidget(self.other_car)

        self.edits: dict[str, QLineEdit] = {}
        for name in (*TEXT_FIELDS, "year"):
            edit = QLineEdit()
            edit.setObjectName(f"vehicle_{name}")
            edit.textEdited.connect(self.sig_changed)
            self.edits[name] = edit
        self.edits["year"].setValidator(QIntValidator(0, 9999, self))
        self.edits["year"].setMaxLength(4)
        self.edits["vin"].setMaxLength(40)
        self.edits["vin"].setPlaceholderText(self.tr("17 characters"))
        self.edits["plate"].setPlaceholderText(self.tr("А123ВС77"))
        self.decoded = QLabel()
        self.decoded.setStyleSheet(MUTED_STYLE)
        self.decoded.hide()
        grid = FieldGrid(messages, 5)
        f = "new_vehicle."
        captions = {
            "make": (self.tr("&Make"), 0, 0, 2),
            "model": (self.tr("Mo&del"), 0, 2, 2),
            "year": (self.tr("&Year"), 0, 4, 1),
            "plate": (self.tr("&Plate"), 1, 0, 1),
            "vin": (self.tr("&VIN"), 1, 1, 4),
            "engine_number": (self.tr("&Engine number"), 2, 0, 2),
            "colour": (self.tr("Colour"), 2, 2, 3),
        }
        for name, (caption, row, column, span) in captions.items():
            grid.add(caption, self.edits[name], row, column, span, field=f + name)
        grid.add_wide(self.decoded, 3)
        for column, stretch in enumerate((3, 2, 3, 2, 2)):
            grid.setColumnStretch(column, stretch)
        typed = QWidget()
        typed.setLayout(grid)

        self.pages = Pages()
        self.pages.addWidget(typed)
        self.pages.addWidget(picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.addWidget(self.pages)
        self.vehicle_message = QLabel()
        self.vehicle_message.hide()
        layout.addWidget(self.vehicle_message)
        messages.add("vehicle", self.edits["make"], self.vehicle_message)

        for name in ("vin", "plate", "year"):
            self.clear_on_edit(self.edits[name], f + name)
        self.edits["vin"].editingFinished.connect(self.check_vin)
        self.edits["plate"].editingFinished.connect(self.check_plate)
        self.edits["year"].editingFinished.connect(self.check_year)
        for name in ("make", "model", "engine_number", "colour"):
            self.watch(self.edits[name], f + name)

    # -- picking and typing ------------------------------------------------------------------

    def picked(self) -> IntakeHit | None:
        """The car on file the form works on; None while a new one is typed."""
        return self._hit if self._hit and self._hit.vehicle_id is not None else None

    def set_picked(self, hit: IntakeHit | None) -> None:
        """Show the car of ``hit``; a client without a car (or None) leaves the fields to type."""
        if hit is None or hit.vehicle_id is None:
            self._hit = None
            self.pages.setCurrentIndex(0)
            self._set_last_km(None)
        else:
            self._hit = hit
            self.pages.setCurrentIndex(1)
            self.messages.clear_prefix("new_vehicle")
            self._set_last_km(self._fetch_last_km(hit.vehicle_id))
        self.messages.clear("vehicle")
        self._show_summary()
        self.sig_changed.emit()

    def type_new(self, text: str = "", field: str = "") -> None:
        """Switch to a new car; ``text`` goes into ``field`` ("plate" or "vin") when given."""
        self.set_picked(None)
        if field in self.edits and text:
            self.edits[field].setText(text.strip())
        first = self.edits["make"] if field != "vin" else self.edits["vin"]
        first.setFocus()
        self.sig_changed.emit()

    def _fetch_last_km(self, vehicle_id: int) -> int | None:
        try:
            return last_odometer(self._db, self._actor, vehicle_id)
        except DeskError:
            return None

    def _set_last_km(self, km: int | None) -> None:
        self.last_km = km
        self.sig_last_km_changed.emit(km)

    def _show_summary(self) -> None:
        hit = self.picked()
        if hit is None:
            self.summary.clear()
            return
        parts = [f"<b>{escape(hit.vehicle_title or self.tr('Car'))}</b>"]
        if hit.plate:
            parts.append(escape(hit.plate))
        if hit.vin:
            parts.append(self.tr("VIN {vin}").format(vin=escape(hit.vin)))
        lines = [" · ".join(parts)]
        if self.last_km is None:
            lines.append(self.tr("First visit: no odometer reading on file"))
        else:
            lines.append(self.tr("Last odometer: {km} km").format(km=km_text(self.last_km)))
        self.summary.setText("<br>".join(lines))

    # -- checks as the user leaves a field ---------------------------------------------------

    def check_vin(self) -> None:
        edit = self.edits["vin"]
        result = check_vin(edit.text(), field="new_vehicle.vin")
        self.messages.show_problems("new_vehicle.vin", result.problems)
        if result.value and result.value != edit.text() and not result.errors:
            edit.setText(result.value)
        decoded = [v for v in (result.make, result.model) if v]
        filled = False
        for name, value in (("make", result.make), ("model", result.model)):
            if value and not self.edits[name].text().strip():
                self.edits[name].setText(value)
                filled = True
        if result.year and not self.edits["year"].text().strip():
            self.edits["year"].setText(str(result.year))
            filled = True
        if result.year:
            decoded.append(str(result.year))
        self.decoded.setText(
            self.tr("From the VIN: {what}").format(what=", ".join(decoded)) if decoded else ""
        )
        self.decoded.setVisible(bool(decoded))
        if filled:
            self.sig_changed.emit()

    def check_plate(self) -> None:
        edit = self.edits["plate"]
        result = check_plate(edit.text(), field="new_vehicle.plate")
        self.messages.show_problems("new_vehicle.plate", result.problems)
        if result.value and result.value != edit.text() and not result.errors:
            edit.setText(result.value)
            self.sig_changed.emit()

    def check_year(self) -> None:
        year = self._year()
        last = clock.now().year + MAX_YEAR_AHEAD
        if year is not None and not MIN_YEAR <= year <= last:
            self.messages.show(
                "new_vehicle.year",
                self.tr("The year of manufacture is from {first} to {last}.").format(
                    first=MIN_YEAR, last=last
                ),
            )
        else:
            self.messages.clear("new_vehicle.year")

    def _year(self) -> int | None:
        text = self.edits["year"].text().strip()
        return int(text) if text.isdecimal() else None

    # -- the section's part of the form -------------------------------------------------------

    def values(self) -> dict[str, Any]:
        hit = self.picked()
        if hit is not None:
            return {"vehicle_id": hit.vehicle_id, "new_vehicle": None}
        texts = {name: self.edits[name].text() for name in TEXT_FIELDS}
        year = self._year()
        if not any(text.strip() for text in texts.values()) and year is None:
            return {"vehicle_id": None, "new_vehicle": None}
        return {"vehicle_id": None, "new_vehicle": NewVehicle(year=year, **texts)}

    def fill(self, form: IntakeForm, ui: dict[str, Any]) -> None:
        vehicle = form.new_vehicle or NewVehicle()
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(vehicle, name))
        self.edits["year"].setText(str(vehicle.year) if vehicle.year else "")
        self.decoded.hide()
        hit = hit_from_dict(ui.get("vehicle_hit"))
        if form.vehicle_id is not None and hit is not None and hit.vehicle_id == form.vehicle_id:
            self.set_picked(hit)
        else:
            self.set_picked(None)

    def ui_state(self) -> dict[str, Any]:
        hit = self.picked()
        return {"vehicle_hit": hit_to_dict(hit)} if hit else {}

    def tab_chain(self) -> list[QWidget]:
        names = ("make", "model", "year", "plate", "vin", "engine_number", "colour")
        return [self.other_car, *(self.edits[name] for name in names)]
