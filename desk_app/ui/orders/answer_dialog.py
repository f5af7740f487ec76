"""Reception records the client's answer to the extra works the master proposed: who
answered, how and when, and which lines he agreed to (the rest are declined).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QLocale, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.models import ApprovalChannel, LineApproval
from desk_app.services import extra_works
from desk_app.services.order_card import LabourView, OrderCard
from desk_app.ui.area import AreaContext
from desk_app.ui.formatting import money
from desk_app.ui.intake.fields import link_button
from desk_app.ui.intake.money_section import from_qdatetime, to_qdatetime
from desk_app.ui.orders.form_dialog import OrderFormDialog
from desk_app.ui.orders.line_models import Line, LineKind
from desk_app.ui.orders.texts import channel_label

LineKey = tuple[LineKind, int]


def proposed_lines(card: OrderCard) -> list[tuple[LineKey, Line]]:
    return [
        ((LineKind.WORK if isinstance(line, LabourView) else LineKind.PART, line.id), line)
        for line in (*card.labour, *card.parts)
        if line.approval is LineApproval.PROPOSED
    ]


class AnswerDialog(OrderFormDialog):
    def __init__(self, context: AreaContext, card: OrderCard, parent: QWidget | None = None):
        super().__init__(context, card, parent)
        self.setWindowTitle(self.tr("The client's answer — {number}").format(number=card.number))
        self.line_boxes: dict[LineKey, QCheckBox] = {}
        self.lines_group = QGroupBox(self.tr("Tick what the client agreed to"))
        self._lines_layout = QVBoxLayout(self.lines_group)
        self.all_button = link_button(self.tr("All"))
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button = link_button(self.tr("None"))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.summary = QLabel()
        self.summary.setObjectName("answerSummary")

        self.who_edit = QLineEdit(card.client_name)
        self.who_edit.setObjectName("answered_by")
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channel")
        for channel in ApprovalChannel:
            self.channel_combo.addItem(channel_label(channel), channel.value)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setObjectName("answered_at")
        self.when_edit.setTimeZone(QTimeZone.systemTimeZone())
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.when_edit.setDisplayFormat(f"{date_format} HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDateTime(to_qdatetime(clock.now()))
        self._when_typed = False
        """Until the time is changed, the answer is "now" to the second, as the service has it."""
        self.when_edit.dateTimeChanged.connect(self._when_changed)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("comment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("e.g. asks to call when the car is ready"))
        self.comment_edit.setFixedHeight(70)

        form = QFormLayout()
        self.form_row(form, self.tr("&Answered by:"), self.who_edit, "answered_by")
        self.form_row(form, self.tr("&How:"), self.channel_combo, "channel")
        self.form_row(form, self.tr("&When:"), self.when_edit, "answered_at")
        self.form_row(form, self.tr("C&omment:"), self.comment_edit, "comment")

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Record the answer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines_group)
        layout.addLayout(ticks)
        layout.addWidget(self.field_error("lines"))
        layout.addLayout(form)
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._fill_lines(card, ticked=set())

    def _fill_lines(self, card: OrderCard, ticked: set[LineKey]) -> None:
        for box in self.line_boxes.values():
            box.deleteLater()
        self.line_boxes.clear()
        for key, line in proposed_lines(card):
            kind = self.tr("Work") if key[0] is LineKind.WORK else self.tr("Part")
            box = QCheckBox(
                self.tr("{kind}: {name} — {amount}").format(
                    kind=kind, name=line.name, amount=money(line.amount)
                )
            )
            box.setChecked(key in ticked)
            box.toggled.connect(self._show_summary)
            self._lines_layout.addWidget(box)
            self.line_boxes[key] = box
        self._show_summary()

    def _when_changed(self) -> None:
        self._when_typed = True

    def answered_at(self) -> datetime | None:
        return from_qdatetime(self.when_edit.dateTime()) if self._when_typed else None

    def tick_all(self, ticked: bool) -> None:
        for box in self.line_boxes.values():
            box.setChecked(ticked)

    def agreed(self) -> set[LineKey]:
        return {key for key, box in self.line_boxes.items() if box.isChecked()}

    def _show_summary(self) -> None:
        amounts = {key: line.amount for key, line in proposed_lines(self.card)}
        agreed = self.agreed()
        total = sum((amounts.get(key, Decimal(0)) for key in agreed), Decimal(0))
        self.summary.setText(
            self.tr("Agreed {count} of {all}: {amount}").format(
                count=len(agreed), all=len(self.line_boxes), amount=money(total)
            )
        )

    def order_reloaded(self, card: OrderCard) -> None:
        """The proposed lines may have changed too: list them again, ticks kept."""
        ticked = self.agreed()
        super().order_reloaded(card)
        self._fill_lines(card, ticked)

    def save(self) -> bool:
        agreed = self.agreed()
        db, actor, order_id = self.context.db, self.context.actor, self.card.id
        return self.run(
            lambda: extra_works.record_client_answer(
                db,
                actor,
                order_id,
                expected_version=self.version,
                answered_by=self.who_edit.text(),
                channel=ApprovalChannel(self.channel_combo.currentData()),
                agreed_labour=[i for kind, i in agreed if kind is LineKind.WORK],
                agreed_parts=[i for kind, i in agreed if kind is LineKind.PART],
                answered_at=self.answered_at(),
                comment=self.comment_edit.toPlainText(),
            )
        )
