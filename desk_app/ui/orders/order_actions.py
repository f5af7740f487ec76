"""The buttons of what this person may do with the order now: its status moves (as the
service lists them), asking the client about extra works, recording his answer, and the
quality check. What a person cannot do is not shown at all; the services refuse anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desk_app.models import WorkOrderStatus
from desk_app.services.order_card import OrderCard
from desk_app.services.order_status import MOVES
from desk_app.services.permissions import Action, Actor
from desk_app.ui.orders.texts import move_button

CANCEL_STYLE = "QPushButton { color: #b3261e; }"
MAIN_STYLE = "QPushButton { font-weight: 600; }"


class OrderActions(QWidget):
    sig_move = Signal(object)
    """Move the order (WorkOrderStatus: the status to move to)."""

    sig_ask_client = Signal()
    sig_record_answer = Signal()
    sig_quality_check = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self.move_buttons: dict[WorkOrderStatus, QPushButton] = {}
        self.ask_button = self._button(self.tr("Ask the client…"), "askClient")
        self.ask_button.clicked.connect(self.sig_ask_client)
        self.answer_button = self._button(self.tr("Record client's answer…"), "recordAnswer")
        self.answer_button.clicked.connect(self.sig_record_answer)
        self.quality_button = self._button(self.tr("Quality check…"), "qualityCheck")
        self.quality_button.clicked.connect(self.sig_quality_check)
        for button in (self.answer_button, self.quality_button):
            button.setStyleSheet(MAIN_STYLE)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def set_card(self, card: OrderCard) -> None:
        """Lay the buttons out anew for the order as it is now."""
        while self._layout.count():
            self._layout.takeAt(0)
        for button in self.move_buttons.values():
            button.hide()
            button.deleteLater()
        self.move_buttons.clear()
        actor, status = self._actor, card.status
        for target in card.moves:
            rule = MOVES[status, target]
            button = self._button(
                move_button(status, target, bool(rule.needs_comment)), f"move_{target.value}"
            )
            button.clicked.connect(lambda _=False, t=target: self.sig_move.emit(t))
            self.move_buttons[target] = button
        extra = {
            self.answer_button: status is WorkOrderStatus.AWAITING_APPROVAL
            and card.pending_proposals > 0
            and actor.can(Action.RECORD_CLIENT_APPROVAL),
            self.quality_button: status is WorkOrderStatus.QUALITY_CHECK
            and actor.can(Action.QUALITY_CHECK),
            self.ask_button: card.pending_proposals > 0
            and (status, WorkOrderStatus.AWAITING_APPROVAL) in MOVES
            and actor.can(Action.PROPOSE_EXTRA_WORKS),
        }
        for button, shown in extra.items():
            if shown:
                self._layout.addWidget(button)
            button.setVisible(shown)
        for target, button in self.move_buttons.items():
            if target is not WorkOrderStatus.CANCELLED:
                self._layout.addWidget(button)
            button.show()
        self._layout.addStretch(1)
        cancel = self.move_buttons.get(WorkOrderStatus.CANCELLED)
        if cancel is not None:
            cancel.setStyleSheet(CANCEL_STYLE)
            self._layout.addWidget(cancel)

    def visible_texts(self) -> list[str]:
        """The buttons shown, left to right, as the user reads them (without "&")."""
        texts = []
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton) and not widget.isHidden():
                texts.append(widget.text().replace("&", ""))
        return texts
