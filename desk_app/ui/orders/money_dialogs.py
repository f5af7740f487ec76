"""The order's discount (with its reason) and the prepayment taken, each a small form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import order_lines
from desk_app.services.order_card import OrderCard
from desk_app.ui.area import AreaContext
from desk_app.ui.formatting import money
from desk_app.ui.intake.fields import MUTED_STYLE, DecimalEdit
from desk_app.ui.orders.form_dialog import OrderFormDialog
from desk_app.ui.orders.line_editor import typed


class _MoneyDialog(OrderFormDialog):
    """A form of a few rows, each with its message under it, and Save / Cancel."""

    def __init__(self, context: AreaContext, card: OrderCard, parent: QWidget | None) -> None:
        super().__init__(context, card, parent)
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setStyleSheet(MUTED_STYLE)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def save(self) -> bool:
        raise NotImplementedError


class DiscountDialog(_MoneyDialog):
    def __init__(self, context: AreaContext, card: OrderCard, parent: QWidget | None = None):
        super().__init__(context, card, parent)
        self.setWindowTitle(self.tr("Discount — {number}").format(number=card.number))
        self.percent_edit = DecimalEdit(2)
        self.percent_edit.setObjectName("discount_percent")
        self.percent_edit.set_value(card.discount_percent)
        self.reason_edit = QLineEdit(card.discount_reason)
        self.reason_edit.setObjectName("discount_reason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. regular client, loyalty card"))
        self.form_row(self.form, self.tr("Discount, &%:"), self.percent_edit, "discount_percent")
        self.form_row(self.form, self.tr("&Reason:"), self.reason_edit, "discount_reason")
        self.note.setText(
            self.tr("Applies to the agreed works and parts; now {subtotal}.").format(
                subtotal=money(card.money.subtotal)
            )
        )
        self.percent_edit.setFocus()
        self.percent_edit.selectAll()

    def save(self) -> bool:
        db, actor, order_id = self.context.db, self.context.actor, self.card.id
        percent, reason = typed(self.percent_edit) or "0", self.reason_edit.text()
        return self.run(
            lambda: order_lines.set_discount(
                db, actor, order_id, percent, reason, expected_version=self.version
            )
        )


class PrepaymentDialog(_MoneyDialog):
    def __init__(self, context: AreaContext, card: OrderCard, parent: QWidget | None = None):
        super().__init__(context, card, parent)
        self.setWindowTitle(self.tr("Prepayment — {number}").format(number=card.number))
        self.amount_edit = DecimalEdit(2)
        self.amount_edit.setObjectName("prepayment")
        self.amount_edit.set_value(card.money.prepayment)
        self.form_row(self.form, self.tr("&Paid so far:"), self.amount_edit, "prepayment")
        self.note.setText(
            self.tr(
                "The whole amount the client has paid in advance (it replaces {old}); "
                "the order's total is {total}."
            ).format(old=money(card.money.prepayment), total=money(card.money.total))
        )
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def save(self) -> bool:
        db, actor, order_id = self.context.db, self.context.actor, self.card.id
        paid = typed(self.amount_edit) or "0"
        return self.run(
            lambda: order_lines.record_prepayment(
                db, actor, order_id, paid, expected_version=self.version
            )
        )
