"""Rejecting a request: the answering department says why it cannot serve it.

The reason is required (the service's rule, its message beside the box): the requester
reads it beside his request, and a rejection counts as the department's response.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.services import request_answers
from desk_app.services.request_detail import RequestDetail
from desk_app.ui.area import AreaContext
from desk_app.ui.requests.form_dialog import RequestFormDialog

REASON_LIMIT = 300


class RejectDialog(RequestFormDialog):
    """Refusing a request says why: the requester reads the reason beside his request."""

    def __init__(
        self, context: AreaContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, detail, parent)
        self.setWindowTitle(self.tr("Reject request {number}").format(number=detail.id))
        prompt = QLabel(self.tr("Why can the request not be served? The requester reads this."))
        prompt.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(REASON_LIMIT)
        self.reason_edit.setPlaceholderText(self.tr("e.g. discontinued; ask for an analogue"))
        prompt.setBuddy(self.reason_edit)
        buttons, self.reject_button = self.button_box(
            self.tr("Re&ject the request"), "confirmReject", self.confirm, self.tr("Back")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.field_error("reason", self.reason_edit))
        layout.addWidget(self.message_row())
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.reason_edit.setFocus()

    def confirm(self) -> bool:
        db, actor = self.context.db, self.context.actor
        request_id = self.detail.id if self.detail else 0
        reason = self.reason_edit.text()
        return self.run(
            lambda: request_answers.reject_request(
                db, actor, request_id, reason, expected_version=self.version
            )
        )
