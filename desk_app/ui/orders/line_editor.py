"""Adding or changing one work or one part of an order.

A number that does not read as one is sent to the service as typed, so the service's own
message ("Enter a number.") lands beside the field; nothing typed is ever thrown away.
A work can be picked from the price list (code, name, norm hours and warranty filled in).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import LineApproval
from desk_app.services import order_lines, price_list, workshop
from desk_app.services.order_card import LabourView, OrderCard, PartView
from desk_app.services.order_lines import (
    MAX_WARRANTY_MONTHS,
    LabourInput,
    PartInput,
    new_line_approval,
)
from desk_app.services.permissions import Action
from desk_app.services.price_list import OperationRow
from desk_app.ui.area import AreaContext
from desk_app.ui.intake.fields import MUTED_STYLE, DecimalEdit
from desk_app.ui.orders.form_dialog import OrderFormDialog
from desk_app.ui.orders.line_models import Line, LineKind


def typed(edit: DecimalEdit) -> Decimal | str:
    """The number in ``edit``, or its text as typed for the service to refuse by name."""
    value = edit.value()
    return value if value is not None else edit.text()


class LineEditor(OrderFormDialog):
    def __init__(
        self,
        context: AreaContext,
        card: OrderCard,
        kind: LineKind,
        line: Line | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, card, parent)
        self.kind = kind
        self.line = line
        self._operations: dict[str, OperationRow] = {}
        adding = line is None
        work = kind is LineKind.WORK
        if work:
            title = self.tr("Add a work") if adding else self.tr("Change the work")
        else:
            title = self.tr("Add a part") if adding else self.tr("Change the part")
        self.setWindowTitle(f"{title} — {card.number}")

        self.name_edit = QLineEdit(line.name if line else "")
        self.name_edit.setObjectName("name")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if work:
            self._build_work(line if isinstance(line, LabourView) else None)
        else:
            self._build_part(line if isinstance(line, PartView) else None)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Add") if adding else self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if adding and new_line_approval(card.status) is LineApproval.PROPOSED:
            hint = QLabel(
                self.tr(
                    "The car is already in the shop: this line is proposed to the client and "
                    "costs nothing until reception records that he agreed."
                )
            )
            hint.setObjectName("proposedHint")
            hint.setWordWrap(True)
            hint.setStyleSheet(MUTED_STYLE)
            layout.addWidget(hint)
        layout.addLayout(self.form)
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.name_edit.setFocus()

    # -- the fields ------------------------------------------------------------------------

    def _build_work(self, line: LabourView | None) -> None:
        self.code_edit = QLineEdit(line.operation_code if line else "")
        self.code_edit.setObjectName("operation_code")
        self.hours_edit = DecimalEdit(2)
        self.hours_edit.setObjectName("norm_hours")
        self.rate_edit = DecimalEdit(2)
        self.rate_edit.setObjectName("rate")
        self.warranty_spin = QSpinBox()
        self.warranty_spin.setRange(0, MAX_WARRANTY_MONTHS)
        self.warranty_spin.setSuffix(self.tr(" months"))
        self.mechanic_combo: QComboBox | None = None
        if line is not None:
            self.hours_edit.set_value(line.norm_hours)
            self.rate_edit.set_value(line.rate)
            self.warranty_spin.setValue(line.warranty_months)
        else:
            self.rate_edit.set_value(self._shop_rate())
        self._offer_price_list()
        self.name_edit.setPlaceholderText(self.tr("Type to pick from the price list"))
        self.form_row(self.form, self.tr("&Work:"), self.name_edit, "name")
        self.form_row(self.form, self.tr("&Code:"), self.code_edit, "operation_code")
        self.form_row(self.form, self.tr("Norm &hours:"), self.hours_edit, "norm_hours")
        self.form_row(self.form, self.tr("&Rate per hour:"), self.rate_edit, "rate")
        self.form_row(self.form, self.tr("W&arranty:"), self.warranty_spin, "warranty_months")
        if self.context.actor.can(Action.ASSIGN_WORK):
            self.mechanic_combo = self._mechanics(line)
            self.form_row(self.form, self.tr("&Mechanic:"), self.mechanic_combo, "mechanic_id")

    def _build_part(self, line: PartView | None) -> None:
        self.number_edit = QLineEdit(line.part_number if line else "")
        self.number_edit.setObjectName("part_number")
        self.quantity_edit = DecimalEdit(3)
        self.quantity_edit.setObjectName("quantity")
        self.price_edit = DecimalEdit(2)
        self.price_edit.setObjectName("unit_price")
        self.client_box = QCheckBox(self.tr("The client brought it (not charged)"))
        if line is not None:
            self.quantity_edit.set_value(line.quantity)
            self.price_edit.set_value(line.unit_price)
            self.client_box.setChecked(line.supplied_by_client)
        else:
            self.quantity_edit.set_value(Decimal(1))
        self.form_row(self.form, self.tr("&Part:"), self.name_edit, "name")
        self.form_row(self.form, self.tr("Part &number:"), self.number_edit, "part_number")
        self.form_row(self.form, self.tr("&Quantity:"), self.quantity_edit, "quantity")
        self.form_row(self.form, self.tr("Unit pri&ce:"), self.price_edit, "unit_price")
        self.form_row(self.form, "", self.client_box, "supplied_by_client")

    def _shop_rate(self) -> Decimal | None:
        try:
            return price_list.shop_rates(self.context.db, self.context.actor).labour_rate
        except DeskError:
            return None

    def _offer_price_list(self) -> None:
        """Complete the work's name from the price list; picking one fills in the rest."""
        try:
            rows = price_list.list_operations(self.context.db, self.context.actor)
        except DeskError:
            return
        self._operations = {f"{row.code}  {row.name}": row for row in rows}
        completer = QCompleter(QStringListModel(list(self._operations), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self.pick_operation)
        self.name_edit.setCompleter(completer)

    def pick_operation(self, text: str) -> None:
        row = self._operations.get(text)
        if row is None:
            return
        self.name_edit.setText(row.name)
        self.code_edit.setText(row.code)
        self.hours_edit.set_value(row.norm_hours)
        self.warranty_spin.setValue(row.warranty_months)

    def _mechanics(self, line: LabourView | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("mechanic_id")
        combo.addItem(self.tr("Nobody yet"), None)
        try:
            mechanics = workshop.list_mechanics(self.context.db, self.context.actor)
        except DeskError:
            mechanics = []
        for mechanic in mechanics:
            combo.addItem(mechanic.full_name, mechanic.id)
        if line is not None and line.mechanic_id is not None:
            if combo.findData(line.mechanic_id) < 0:
                combo.addItem(line.mechanic_name, line.mechanic_id)
            combo.setCurrentIndex(combo.findData(line.mechanic_id))
        return combo

    # -- saving ----------------------------------------------------------------------------

    def _mechanic_id(self) -> int | None:
        if self.mechanic_combo is not None:
            return self.mechanic_combo.currentData()
        return self.line.mechanic_id if isinstance(self.line, LabourView) else None

    def _input(self) -> LabourInput | PartInput:
        if self.kind is LineKind.WORK:
            return LabourInput(
                name=self.name_edit.text(),
                norm_hours=typed(self.hours_edit),
                rate=typed(self.rate_edit),
                operation_code=self.code_edit.text(),
                mechanic_id=self._mechanic_id(),
                warranty_months=self.warranty_spin.value(),
            )
        return PartInput(
            name=self.name_edit.text(),
            quantity=typed(self.quantity_edit),
            unit_price=typed(self.price_edit),
            part_number=self.number_edit.text(),
            supplied_by_client=self.client_box.isChecked(),
        )

    def save(self) -> bool:
        db, actor, order_id, data = self.context.db, self.context.actor, self.card.id, self._input()
        work = self.kind is LineKind.WORK
        if self.line is None:
            add = order_lines.add_labour_line if work else order_lines.add_part_line
            return self.run(lambda: add(db, actor, order_id, data, expected_version=self.version))
        update = order_lines.update_labour_line if work else order_lines.update_part_line
        line_id = self.line.id
        return self.run(
            lambda: update(db, actor, order_id, line_id, data, expected_version=self.version)
        )
