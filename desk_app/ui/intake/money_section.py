"""The estimate, the prepayment, the promised time and who accepts the car.

The estimate follows the works' total until the receptionist types one of his own (a
rounder figure, parts to come); then it stays as typed, and a link offers the works' total
again. Amounts are ``Decimal`` read from the locale's text, never floats. A regular client's
discount by the rule is offered with its reasons, ticked; the desk may untick it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import ValidationError
from desk_app.services.form_fields import amount
from desk_app.services.intake_form import IntakeForm
from desk_app.services.loyalty import DiscountAdvice
from desk_app.ui.discount_text import advice_text, percent_text, reason_text
from desk_app.ui.intake.fields import (
    MUTED_STYLE,
    DecimalEdit,
    FieldMessages,
    format_decimal,
    link_button,
)
from desk_app.ui.intake.section import FieldGrid, Section

NOT_A_NUMBER = "Enter a number."
REASON_LIMIT = 200
"""``WorkOrder.discount_reason``'s length."""


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def from_qdatetime(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class PromiseEdit(QDateTimeEdit):
    """A date and time whose parts are reached with the arrows; Tab leaves at once."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class MoneySection(Section):
    def __init__(self, accepted_by: str, messages: FieldMessages, parent: QWidget | None = None):
        super().__init__(self.tr("Estimate and promise"), messages, parent)
        self.works_total = Decimal("0.00")
        self.manual = False

        self.estimate = DecimalEdit(2)
        self.estimate.setObjectName("estimate")
        self.use_total = link_button("")
        self.use_total.setObjectName("useWorksTotal")
        self.use_total.hide()
        self.use_total.clicked.connect(self.use_works_total)
        self.prepayment = DecimalEdit(2)
        self.prepayment.setObjectName("prepayment")
        self.promised = PromiseEdit()
        self.promised.setObjectName("promisedAt")
        self.promised.setCalendarPopup(True)
        self.promised.setTimeZone(QTimeZone.systemTimeZone())
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.promised.setDisplayFormat(f"{date_format} HH:mm")
        self.accepted_by = QLabel(accepted_by)
        self.accepted_by.setObjectName("acceptedBy")
        self.advice: DiscountAdvice | None = None
        self.discount_declined = False
        self.discount = QCheckBox()
        self.discount.setObjectName("applyDiscount")
        self.discount.hide()
        self.discount.toggled.connect(self._discount_toggled)
        self.discount_why = QLabel()
        self.discount_why.setObjectName("discountWhy")
        self.discount_why.setStyleSheet(MUTED_STYLE)
        self.discount_why.setWordWrap(True)
        self.discount_why.hide()

        estimate_row = QWidget()
        row = QHBoxLayout(estimate_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.estimate, 1)
        grid = FieldGrid(messages, 4)
        grid.add(self.tr("E&stimate"), estimate_row, 0, 0, field="estimate", focus=self.estimate)
        grid.add(self.tr("Prepayment"), self.prepayment, 0, 1, field="prepayment")
        grid.add(self.tr("Promised for"), self.promised, 0, 2, field="promised_at")
        grid.add(self.tr("Accepted by"), self.accepted_by, 0, 3)
        grid.add_wide(self.use_total, 1, 0, 2)
        discount_row = QWidget()
        row = QHBoxLayout(discount_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.discount)
        row.addWidget(self.discount_why, 1)
        grid.add_wide(discount_row, 2, 0, 4)
        for column, stretch in enumerate((2, 2, 3, 2)):
            grid.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.addLayout(grid)

        self.estimate.textEdited.connect(self._estimate_typed)
        self.estimate.editingFinished.connect(lambda: self._check_amount("estimate"))
        self.prepayment.textEdited.connect(self.sig_changed)
        self.clear_on_edit(self.estimate, "estimate")
        self.clear_on_edit(self.prepayment, "prepayment")
        self.prepayment.editingFinished.connect(lambda: self._check_amount("prepayment"))
        self.promised.dateTimeChanged.connect(self._promise_changed)

    # -- the estimate ----------------------------------------------------------------------

    def set_works_total(self, total: Decimal) -> None:
        """The works' sum; it becomes the estimate unless one was typed."""
        self.works_total = total
        if not self.manual:
            self.estimate.set_value(total)
            self.messages.clear("estimate")
        self._show_use_total()

    def use_works_total(self) -> None:
        self.manual = False
        self.set_works_total(self.works_total)
        self.sig_changed.emit()

    def _estimate_typed(self, text: str) -> None:
        self.manual = bool(text.strip())
        self._show_use_total()
        self.sig_changed.emit()

    def _show_use_total(self) -> None:
        self.use_total.setText(
            self.tr("Use the works' total, {amount}").format(
                amount=format_decimal(self.works_total, 2)
            )
        )
        self.use_total.setVisible(self.manual and self.estimate.value() != self.works_total)

    def _check_amount(self, field: str) -> None:
        edit = self.estimate if field == "estimate" else self.prepayment
        try:
            if not edit.is_valid():
                raise ValidationError(field, NOT_A_NUMBER)
            amount(field, edit.value() or Decimal(0))
        except ValidationError as error:
            self.messages.show_error(error)
        else:
            self.messages.clear(field)
        self._show_use_total()

    # -- the regular client's discount -------------------------------------------------------

    def set_discount_advice(self, advice: DiscountAdvice | None) -> None:
        """What the rule gives this client now (None: no client on file to judge)."""
        before = self.values()["discount_percent"]
        self.advice = advice
        offered = advice is not None and advice.percent > 0
        self.discount.setVisible(offered)
        self.discount_why.setVisible(advice is not None and advice.status.visits > 0)
        if advice is not None:
            self.discount_why.setText(advice_text(advice))
        if offered and advice is not None:
            self.discount.setText(
                self.tr("Regular client's discount {percent}").format(
                    percent=percent_text(advice.percent)
                )
            )
            self.discount.blockSignals(True)
            self.discount.setChecked(not self.discount_declined)
            self.discount.blockSignals(False)
        if self.values()["discount_percent"] != before:
            self.sig_changed.emit()

    def _discount_toggled(self, checked: bool) -> None:
        self.discount_declined = not checked
        self.messages.clear("discount_percent")
        self.sig_changed.emit()

    def _promise_changed(self) -> None:
        self.messages.clear("promised_at")
        self.sig_changed.emit()

    def local_problems(self) -> list[tuple[str, str]]:
        return [
            (field, NOT_A_NUMBER)
            for field, edit in (("estimate", self.estimate), ("prepayment", self.prepayment))
            if not edit.is_valid()
        ]

    # -- the section's part of the form -------------------------------------------------------

    def values(self) -> dict[str, Any]:
        advice = self.advice
        applied = advice is not None and advice.percent > 0 and not self.discount_declined
        return {
            "estimate": self.estimate.value() or Decimal("0.00"),
            "prepayment": self.prepayment.value() or Decimal("0.00"),
            "promised_at": from_qdatetime(self.promised.dateTime()),
            "discount_percent": advice.percent if applied and advice else Decimal("0"),
            "discount_reason": reason_text(advice)[:REASON_LIMIT] if applied and advice else "",
        }

    def fill(self, form: IntakeForm, ui: dict[str, Any]) -> None:
        self.manual = ui.get("estimate_typed") is True
        self.discount_declined = ui.get("discount_declined") is True
        texts = ui.get("amount_text")
        if isinstance(texts, list) and len(texts) == 2 and all(isinstance(t, str) for t in texts):
            self.estimate.setText(texts[0])
            self.prepayment.setText(texts[1])
        else:
            self.estimate.set_value(form.estimate)
            self.prepayment.set_value(form.prepayment if form.prepayment else None)
        if form.promised_at is not None:
            self.promised.setDateTime(to_qdatetime(form.promised_at))
        self._show_use_total()

    def ui_state(self) -> dict[str, Any]:
        return {
            "discount_declined": self.discount_declined,
            "estimate_typed": self.manual,
            "amount_text": [self.estimate.text(), self.prepayment.text()],
        }

    def tab_chain(self) -> list[QWidget]:
        return [self.estimate, self.use_total, self.discount, self.prepayment, self.promised]
