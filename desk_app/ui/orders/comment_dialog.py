"""A step on the order that says why: cancelling it, sending a ready car back to work,
asking the client about extra works. One text box, one button that makes the step.

Whether the text is required is the service's rule (``MOVES[...].needs_comment``); the
form only asks, and shows the service's message beside the box when it is missing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import WorkOrderStatus
from desk_app.services import extra_works, order_status
from desk_app.services.order_card import OrderCard
from desk_app.ui.area import AreaContext
from desk_app.ui.formatting import money
from desk_app.ui.orders.form_dialog import OrderFormDialog

Step = Callable[[int, str], object]
"""Makes the step: (the order's expected version, the text typed)."""


class CommentDialog(OrderFormDialog):
    def __init__(
        self,
        context: AreaContext,
        card: OrderCard,
        step: Step,
        *,
        title: str,
        prompt: str,
        button: str,
        field: str = "comment",
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, card, parent)
        self._step = step
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("comment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(placeholder)
        self.comment_edit.setMinimumHeight(90)
        self.prompt.setBuddy(self.comment_edit)

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirm")
        self.back_button = buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.field_error(field, self.comment_edit))
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.comment_edit.setFocus()

    def confirm(self) -> bool:
        return self.run(lambda: self._step(self.version, self.comment_edit.toPlainText()))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommentDialog", text)


def move_dialog(
    context: AreaContext, card: OrderCard, target: WorkOrderStatus, parent: QWidget | None = None
) -> CommentDialog:
    """The form of a move that must say why: cancelling, or a ready car back to work."""
    db, actor = context.db, context.actor

    def step(version: int, comment: str) -> None:
        order_status.move_order(
            db, actor, card.id, target, expected_version=version, comment=comment
        )

    if target is WorkOrderStatus.CANCELLED:
        return CommentDialog(
            context,
            card,
            step,
            title=_tr("Cancel order {number}").format(number=card.number),
            prompt=_tr(
                "Why is the order cancelled? The reason stays on the order and in its history."
            ),
            button=_tr("Cancel the order"),
            parent=parent,
        )
    return CommentDialog(
        context,
        card,
        step,
        title=_tr("Back to work — {number}").format(number=card.number),
        prompt=_tr("Why does the car go back to work? The mechanic will read this."),
        button=_tr("Back to work"),
        parent=parent,
    )


def ask_client_dialog(
    context: AreaContext, card: OrderCard, parent: QWidget | None = None
) -> CommentDialog:
    """The master puts the proposed lines to the client; a note for reception may go along."""
    db, actor = context.db, context.actor
    prompt = _tr(
        "The order will wait for the client's answer on {count} proposed lines "
        "(+{amount}); reception calls him and records what he says.\n"
        "A note for reception (optional):"
    ).format(count=card.pending_proposals, amount=money(card.money.proposed))
    return CommentDialog(
        context,
        card,
        lambda version, comment: extra_works.ask_client(
            db, actor, card.id, expected_version=version, comment=comment
        ),
        title=_tr("Ask the client — {number}").format(number=card.number),
        prompt=prompt,
        button=_tr("Ask the client"),
        placeholder=_tr("e.g. the pads are worn to the metal; safe to drive a week"),
        parent=parent,
    )
