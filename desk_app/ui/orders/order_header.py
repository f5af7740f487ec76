"""The top of the work-order window: the number and status, the car, the client, when it
was accepted and promised (late in red), the bay and the master, and what the client said.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services.order_card import OrderCard
from desk_app.ui.formatting import local_datetime, number
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.labels import phone_label, status_colour, status_label

OVERDUE_STYLE = "color: #b3261e; font-weight: 600;"
CHIP_STYLE = (
    "background: {colour}; border: 1px solid {border}; border-radius: 10px;"
    " padding: 3px 12px; font-weight: 600;"
)


def _value() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OrderHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLabel()
        self.number.setObjectName("orderNumber")
        self.number.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.vehicle = QLabel()
        self.vehicle.setStyleSheet("font-size: 12pt;")
        self.vehicle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.status_chip)
        top.addSpacing(12)
        top.addWidget(self.vehicle)
        top.addStretch(1)

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        fields = (
            ("plate", self.tr("Plate"), 0, 0),
            ("vin", self.tr("VIN"), 1, 0),
            ("odometer", self.tr("Odometer"), 2, 0),
            ("client", self.tr("Client"), 0, 1),
            ("phone", self.tr("Phone"), 1, 1),
            ("accepted", self.tr("Accepted"), 2, 1),
            ("promised", self.tr("Promised"), 0, 2),
            ("bay", self.tr("Bay"), 1, 2),
            ("master", self.tr("Master"), 2, 2),
        )
        for key, caption, row, column in fields:
            label = QLabel(caption)
            label.setStyleSheet(MUTED_STYLE)
            value = _value()
            value.setObjectName(f"header_{key}")
            self.values[key] = value
            grid.addWidget(label, row, column * 2)
            grid.addWidget(value, row, column * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        self.complaints = _value()
        self.complaints.setObjectName("header_complaints")
        self.complaints.setWordWrap(True)
        self.cancel_reason = _value()
        self.cancel_reason.setObjectName("header_cancel_reason")
        self.cancel_reason.setWordWrap(True)
        self.cancel_reason.setStyleSheet(OVERDUE_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.complaints)
        layout.addWidget(self.cancel_reason)

    def set_card(self, card: OrderCard) -> None:
        self.number.setText(self.tr("Order {number}").format(number=card.number))
        colour = status_colour(card.status)
        self.status_chip.setText(status_label(card.status))
        self.status_chip.setStyleSheet(
            CHIP_STYLE.format(colour=colour.name(), border=colour.darker(125).name())
        )
        self.vehicle.setText(card.vehicle_title)
        dash = "—"
        values = self.values
        values["plate"].setText(card.plate or dash)
        values["vin"].setText(card.vin or dash)
        values["odometer"].setText(
            self.tr("{km} km").format(km=number(card.odometer_km)) if card.odometer_km else dash
        )
        values["client"].setText(card.client_name)
        values["phone"].setText(phone_label(card.client_phone) or dash)
        values["accepted"].setText(
            self.tr("{when}, {who}").format(
                when=local_datetime(card.accepted_at), who=card.accepted_by
            )
        )
        promised = local_datetime(card.promised_at) or self.tr("not promised")
        if card.overdue:
            promised = self.tr("{when} — overdue").format(when=promised)
        values["promised"].setText(promised)
        values["promised"].setStyleSheet(OVERDUE_STYLE if card.overdue else "")
        values["bay"].setText(card.bay_name or self.tr("not on a bay"))
        values["master"].setText(card.master_name or dash)
        self.complaints.setText(
            self.tr("The client says: {text}").format(text=card.complaints)
            if card.complaints
            else ""
        )
        self.complaints.setVisible(bool(card.complaints))
        self.cancel_reason.setText(
            self.tr("Cancelled: {reason}").format(reason=card.cancel_reason)
            if card.cancel_reason
            else ""
        )
        self.cancel_reason.setVisible(bool(card.cancel_reason))
