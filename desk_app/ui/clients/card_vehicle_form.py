"""Editing one of the client's cars, or adding one: checked as at intake, by the service.

A VIN already on another card is refused by the service; the form then names that card
and offers to open it or merge the two (the same person entered twice). A car another
desk saved meanwhile is laid beside what was typed, as the client's details are.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import client_card, client_editing
from desk_app.services.client_card import CardVehicle
from desk_app.services.errors import StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.intake_form import NewVehicle
from desk_app.services.permissions import Action
from desk_app.services.validation import check_vin
from desk_app.ui.area import AreaContext
from desk_app.ui.clients.card_conflict import ConflictPanel, differences
from desk_app.ui.clients.card_duplicates import DuplicateBanner
from desk_app.ui.clients.card_texts import yes_no
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.intake.fields import FieldMessages, message_label

TEXTS = ("make", "model", "plate", "vin", "engine_number", "colour")


class VehicleFormDialog(QDialog):
    sig_saved = Signal()
    """The car was saved (the card reloads)."""

    sig_open_client = Signal(int)
    """Open the card that already has this VIN (int: its client id)."""

    sig_merge = Signal(int)
    """Merge that card with this one (int: its client id)."""

    def __init__(
        self,
        context: AreaContext,
        client_id: int,
        vehicle: CardVehicle | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.vehicle = vehicle
        self._fresh: CardVehicle | None = None
        self.setWindowTitle(self.tr("Edit the car") if vehicle else self.tr("Add a car"))
        self.general = error_label()
        self.general.setObjectName("vehicleMessage")
        self.messages = FieldMessages(self.general)
        captions = {
            "make": self.tr("Make"),
            "model": self.tr("Model"),
            "year": self.tr("Year"),
            "plate": self.tr("Plate"),
            "vin": self.tr("VIN"),
            "engine_number": self.tr("Engine number"),
            "colour": self.tr("Colour"),
        }
        self.captions = captions
        self.edits = {name: QLineEdit() for name in captions}
        self.edits["year"].setValidator(QIntValidator(0, 9999, self))
        self.edits["year"].setMaxLength(4)
        self.edits["vin"].setMaxLength(40)
        self.edits["vin"].editingFinished.connect(self.check_vin)
        self.bought_here = QCheckBox(self.tr("Bought at this station"))
        self.bought_here.setObjectName("vehicle_bought_here")
        grid = QGridLayout()
        for index, (name, text) in enumerate(captions.items()):
            edit = self.edits[name]
            edit.setObjectName(f"vehicle_{name}")
            edit.textEdited.connect(lambda _text, name=name: self.messages.clear(name))
            label = QLabel(text)
            label.setBuddy(edit)
            message = message_label()
            message.setObjectName(f"error_{name}")
            self.messages.add(name, edit, message, caption=text)
            row, col = divmod(index, 2)
            grid.addWidget(label, row * 3, col)
            grid.addWidget(edit, row * 3 + 1, col)
            grid.addWidget(message, row * 3 + 2, col)
        grid.addWidget(self.bought_here, 12, 0, 1, 2)
        self.banner = DuplicateBanner(can_merge=context.actor.can(Action.MERGE_CLIENTS))
        self.banner.sig_open_client.connect(self._open_other)
        self.banner.sig_merge.connect(self._merge_other)
        self.conflict = ConflictPanel()
        self.conflict.sig_reload.connect(self.take_saved)
        self.conflict.sig_keep_mine.connect(self.keep_mine)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveVehicle")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict)
        layout.addLayout(grid)
        layout.addWidget(self.banner)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if vehicle is not None:
            self.fill(vehicle)
            self.bought_here.setChecked(vehicle.bought_here)

    def fill(self, vehicle: CardVehicle) -> None:
        for name in TEXTS:
            self.edits[name].setText(getattr(vehicle, name))
        self.edits["year"].setText(str(vehicle.year or ""))

    def typed(self) -> NewVehicle:
        year = self.edits["year"].text().strip()
        return NewVehicle(
            **{name: self.edits[name].text() for name in TEXTS},
            year=int(year) if year.isdigit() else None,
        )

    def check_vin(self) -> None:
        """As the user leaves the VIN: its problems under it, and any card that has it."""
        result = check_vin(self.edits["vin"].text(), field="vin")
        self.messages.show_problems("vin", result.problems)
        self.find_duplicates(result.value if not result.errors else "")

    def find_duplicates(self, vin: str) -> None:
        """Name the cards that already hold ``vin`` (cleaned) in the banner."""
        if not vin:
            self.banner.set_duplicates([])
            return
        try:
            found = client_editing.possible_duplicates(
                self.context.db, self.context.actor, (), [vin], exclude_client_id=self.client_id
            )
        except DeskError as error:
            self.messages.show("", error_text(error))
            return
        self.banner.set_duplicates(found)

    def save(self) -> bool:
        self.messages.clear_all()
        db, actor, data = self.context.db, self.context.actor, self.typed()
        bought_here = self.bought_here.isChecked()
        try:
            if self.vehicle is None:
                client_editing.add_vehicle(db, actor, self.client_id, data, bought_here=bought_here)
            else:
                client_editing.update_vehicle(
                    db,
                    actor,
                    self.vehicle.id,
                    data,
                    bought_here=bought_here,
                    expected_version=self.vehicle.version,
                )
        except StaleEdit as error:
            self._show_conflict(error)
            return False
        except InvalidForm as errors:
            for problem in errors.errors:
                self.messages.show_error(problem)
            self._focus_first()
            return False
        except ValidationError as error:
            self.messages.show_error(error)
            if error.field == "vin":
                self.find_duplicates(check_vin(self.edits["vin"].text()).value)
            self._focus_first()
            return False
        except DeskError as error:
            self.messages.show("", error_text(error))
            return False
        self.sig_saved.emit()
        self.accept()
        return True

    def _focus_first(self) -> None:
        fields = self.messages.error_fields()
        widget = self.messages.widget(fields[0]) if fields else None
        if widget is not None:
            widget.setFocus()

    def _values(self, vehicle: CardVehicle) -> dict[str, str]:
        values = {name: getattr(vehicle, name) for name in TEXTS}
        return {**values, "year": str(vehicle.year or ""), "bought": yes_no(vehicle.bought_here)}

    def _show_conflict(self, error: StaleEdit) -> None:
        assert self.vehicle is not None
        try:
            card = client_card.load_card(self.context.db, self.context.actor, self.client_id)
        except DeskError as failure:
            self.messages.show("", error_text(failure))
            return
        fresh = next((car for car in card.vehicles if car.id == self.vehicle.id), None)
        if fresh is None:
            self.messages.show("", self.tr("This car is no longer on the client's card."))
            return
        self._fresh = fresh
        data = self.typed()
        mine = {name: " ".join(getattr(data, name).split()) for name in TEXTS}
        mine |= {"year": str(data.year or ""), "bought": yes_no(self.bought_here.isChecked())}
        before, theirs = self._values(self.vehicle), self._values(fresh)
        captions = {**self.captions, "bought": self.bought_here.text()}
        rows = differences([(captions[n], before[n], theirs[n], mine[n]) for n in captions])
        self.conflict.show_conflict(error_text(error), rows)

    def take_saved(self) -> None:
        """Drop the input: the form shows the car as saved now."""
        if self._fresh is not None:
            self.vehicle = self._fresh
            self.fill(self._fresh)
            self.bought_here.setChecked(self._fresh.bought_here)
        self.conflict.hide()

    def keep_mine(self) -> None:
        """Save the input over the other desk's version with the next "Save"."""
        if self._fresh is not None:
            self.vehicle = self._fresh
        self.conflict.hide()
        self.messages.show(
            "", self.tr("Your input is kept. Save to replace what the other desk saved.")
        )

    def _open_other(self, client_id: int) -> None:
        self.reject()
        self.sig_open_client.emit(client_id)

    def _merge_other(self, client_id: int) -> None:
        self.reject()
        self.sig_merge.emit(client_id)
