"""The sums of an order as the service worked them out: labour, parts, discount with its
reason, total, prepayment and what is left to pay (or to refund), and what the proposed
extra works would add once the client agrees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services.loyalty import DiscountAdvice
from desk_app.services.order_card import OrderCard
from desk_app.ui.discount_text import advice_text, percent_text
from desk_app.ui.formatting import money
from desk_app.ui.intake.fields import MUTED_STYLE, format_decimal, link_button

FRAME_STYLE = (
    "#moneySummary { background: #f7f8fa; border: 1px solid #dfe3e8; border-radius: 6px; }"
)
PROPOSED_STYLE = "color: #8a5300; font-style: italic;"
BIG_STYLE = "font-weight: 600; font-size: 13pt;"
REFUND_STYLE = BIG_STYLE + " color: #b3261e;"
ADVICE_STYLE = "color: #1b5e20;"


class MoneySummary(QFrame):
    sig_change_discount = Signal()
    """The user asks to change the discount."""

    sig_record_prepayment = Signal()
    """The user asks to record the prepayment."""

    sig_apply_advice = Signal()
    """The user applies the regular-client discount the rule gives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moneySummary")
        self.setStyleSheet(FRAME_STYLE)
        self.amounts: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.discount_reason = QLabel()
        self.discount_reason.setObjectName("discountReason")
        self.discount_reason.setStyleSheet(MUTED_STYLE)
        self.discount_reason.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        self._grid.setVerticalSpacing(6)
        self._add_row("labour", self.tr("Labour"))
        self._add_row("parts", self.tr("Parts"))
        self._add_separator()
        self._add_row("subtotal", self.tr("Subtotal"))
        self._add_row("discount", self.tr("Discount"))
        self._grid.addWidget(self.discount_reason, self._grid.rowCount(), 0, 1, 2)
        self._add_separator()
        self._add_row("total", self.tr("Total"))
        self._add_row("prepayment", self.tr("Prepayment"))
        self._add_row("balance", self.tr("Balance due"))
        for key in ("total", "balance"):
            self.amounts[key].setStyleSheet(BIG_STYLE)
            self.captions[key].setStyleSheet("font-weight: 600;")
        self.proposed = QLabel()
        self.proposed.setObjectName("proposedAmount")
        self.proposed.setStyleSheet(PROPOSED_STYLE)
        self.proposed.setWordWrap(True)

        self.discount_button = link_button(self.tr("Change the discount…"))
        self.discount_button.setObjectName("changeDiscount")
        self.discount_button.clicked.connect(self.sig_change_discount)
        self.advice = QLabel()
        self.advice.setObjectName("discountAdvice")
        self.advice.setStyleSheet(ADVICE_STYLE)
        self.advice.setWordWrap(True)
        self.advice.hide()
        self.apply_advice = link_button("")
        self.apply_advice.setObjectName("applyAdvice")
        self.apply_advice.clicked.connect(self.sig_apply_advice)
        self.apply_advice.hide()
        self.prepayment_button = link_button(self.tr("Record a prepayment…"))
        self.prepayment_button.setObjectName("recordPrepayment")
        self.prepayment_button.clicked.connect(self.sig_record_prepayment)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self._grid)
        layout.addWidget(self.proposed)
        layout.addWidget(self.advice)
        layout.addWidget(self.apply_advice)
        layout.addSpacing(6)
        layout.addWidget(self.discount_button)
        layout.addWidget(self.prepayment_button)
        layout.addStretch(1)

    def set_advice(self, advice: DiscountAdvice | None, *, can_apply: bool) -> None:
        """What the regular-client rule gives this order, offered when it differs."""
        self.advice.setVisible(advice is not None)
        self.apply_advice.setVisible(False)
        if advice is None:
            return
        self.advice.setText(self.tr("By the rule: {why}").format(why=advice_text(advice)))
        if can_apply:
            self.apply_advice.setText(
                self.tr("Apply {percent}").format(percent=percent_text(advice.percent))
            )
            self.apply_advice.setVisible(True)

    def _add_row(self, key: str, caption: str) -> None:
        label, amount = QLabel(caption), QLabel()
        amount.setObjectName(f"money_{key}")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions[key], self.amounts[key] = label, amount
        row = self._grid.rowCount()
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(amount, row, 1)

    def _add_separator(self) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d5dbe1;")
        self._grid.addWidget(line, self._grid.rowCount(), 0, 1, 2)

    def set_card(self, card: OrderCard, *, can_discount: bool, can_take_payment: bool) -> None:
        sums = card.money
        self.amounts["labour"].setText(money(sums.labour))
        self.amounts["parts"].setText(money(sums.parts))
        self.amounts["subtotal"].setText(money(sums.subtotal))
        if card.discount_percent:
            self.captions["discount"].setText(
                self.tr("Discount {percent} %").format(
                    percent=format_decimal(card.discount_percent, 2, trim=True)
                )
            )
            self.amounts["discount"].setText("−" + money(sums.discount))
        else:
            self.captions["discount"].setText(self.tr("Discount"))
            self.amounts["discount"].setText(self.tr("none"))
        self.discount_reason.setText(card.discount_reason)
        self.discount_reason.setVisible(bool(card.discount_reason))
        self.amounts["total"].setText(money(sums.total))
        self.amounts["prepayment"].setText(money(sums.prepayment))
        refund = sums.balance_due < 0
        self.captions["balance"].setText(self.tr("To refund") if refund else self.tr("Balance due"))
        self.amounts["balance"].setText(money(-sums.balance_due if refund else sums.balance_due))
        self.amounts["balance"].setStyleSheet(REFUND_STYLE if refund else BIG_STYLE)
        self.proposed.setText(
            self.tr("Proposed extra works, not counted until the client agrees: +{amount}").format(
                amount=money(sums.proposed)
            )
        )
        self.proposed.setVisible(sums.proposed > 0)
        self.discount_button.setVisible(can_discount)
        self.prepayment_button.setVisible(can_take_payment)
