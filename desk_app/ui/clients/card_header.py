"""The top of the client card: who he is, whether he is regular and why, what discount his
cars get, what he has spent here, and how to reach him — what the desk needs at a glance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import MakeGroup
from desk_app.services.client_card import ClientCard
from desk_app.services.discount_table import Tier
from desk_app.services.loyalty import make_group
from desk_app.ui.clients.card_texts import group_label, regular_text, tier_range
from desk_app.ui.formatting import local_date, money
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.labels import client_kind_label, phone_label

CHIP_STYLE = "QLabel {{ background: {background}; color: {colour}; border-radius: 9px; padding: 2px 10px; font-weight: 600; }}"  # noqa: E501
REGULAR_CHIP = CHIP_STYLE.format(background="#dcefd9", colour="#1e5b26")
NOT_REGULAR_CHIP = CHIP_STYLE.format(background="#e9ebee", colour="#3c4043")
ERASED_CHIP = CHIP_STYLE.format(background="#f8dfd6", colour="#8c1d18")
NAME_STYLE = "font-size: 16pt; font-weight: 600;"
BIG_STYLE = "font-size: 13pt; font-weight: 600;"


class CardHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setStyleSheet(NAME_STYLE)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel()
        self.kind.setStyleSheet(MUTED_STYLE)
        self.badge = QLabel()
        self.badge.setObjectName("regularBadge")
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.why = QLabel()
        self.why.setObjectName("regularWhy")
        self.discount = QLabel()
        self.discount.setObjectName("headerDiscount")
        self.discount.setWordWrap(True)
        self.phones = QLabel()
        self.phones.setObjectName("headerPhones")
        self.phones.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.spent_caption = QLabel(self.tr("Spent here"))
        self.spent_caption.setStyleSheet(MUTED_STYLE)
        self.spent = QLabel()
        self.spent.setObjectName("totalSpent")
        self.spent.setStyleSheet(BIG_STYLE)
        self.visits = QLabel()
        self.visits.setStyleSheet(MUTED_STYLE)
        for label in (self.spent_caption, self.spent, self.visits):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.name, self.why, self.discount, self.phones):
            label.setTextFormat(Qt.TextFormat.PlainText)

        title = QHBoxLayout()
        title.setSpacing(10)
        title.addWidget(self.name)
        title.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignBottom)
        title.addStretch(1)
        status = QHBoxLayout()
        status.setSpacing(8)
        status.addWidget(self.badge)
        status.addWidget(self.why, 1)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addLayout(title)
        left.addLayout(status)
        left.addWidget(self.discount)
        left.addWidget(self.phones)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.spent_caption)
        right.addWidget(self.spent)
        right.addWidget(self.visits)
        right.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

    def set_card(self, card: ClientCard, tables: Mapping[MakeGroup, Sequence[Tier]]) -> None:
        """Show ``card``; ``tables`` holds the discount rows of the groups of his cars."""
        self.name.setText(card.display_name)
        self.kind.setText(client_kind_label(card.kind))
        self.spent.setText(money(card.total_spent))
        self.visits.setText(self.tr("{count} visits in all").format(count=len(card.visits)))
        if card.anonymised_at is not None:
            self.badge.setText(self.tr("Personal data erased"))
            self.badge.setStyleSheet(ERASED_CHIP)
            self.why.setText(
                self.tr("Erased on {date} at the client's request; the orders are kept.").format(
                    date=local_date(card.anonymised_at)
                )
            )
            self.discount.hide()
            self.phones.hide()
            return
        regular = card.status.regular
        self.badge.setText(self.tr("Regular client") if regular else self.tr("Not regular"))
        self.badge.setStyleSheet(REGULAR_CHIP if regular else NOT_REGULAR_CHIP)
        self.why.setText(regular_text(card.status))
        self.discount.setText(self._discount(card, tables))
        self.discount.show()
        phones = [phone_label(number) for number in card.phones]
        self.phones.setText(" · ".join(phones) if phones else self.tr("No phone on file"))
        self.phones.show()

    def _discount(self, card: ClientCard, tables: Mapping[MakeGroup, Sequence[Tier]]) -> str:
        """One line: which discount each car gets now (by order value), or none yet."""
        if not card.status.regular:
            return self.tr("No regular client's discount yet.")
        if not card.vehicles:
            return self.tr("Discount by the car's make and the order value; no car on file.")
        parts = []
        for car in card.vehicles:
            group = make_group(car.make)
            text = self.tr("{car}: {range} by order value ({group})").format(
                car=car.title, range=tier_range(tables.get(group, ())), group=group_label(group)
            )
            if car.bought_here:
                text += self.tr(", bought here")
            parts.append(text)
        return self.tr("Discount: {cars}").format(cars="; ".join(parts))
