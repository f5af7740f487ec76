"""What the detail pane's buttons do: each step is one service call, then a reload.

Steps that need words (answer, reject, close and rate) open their form; steps that change
something hard to undo (issuing parts onto the work order, cancelling) ask first; taking
and reserving happen at once. A refusal is shown above the queues; a request changed
meanwhile by another desk is simply shown again as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desk_app.errors import DeskError
from desk_app.services import request_answers, request_closing, request_issue
from desk_app.services.errors import StaleEdit
from desk_app.services.request_detail import RequestAction, RequestDetail
from desk_app.ui.errors import error_text
from desk_app.ui.requests.answer_dialog import AnswerDialog
from desk_app.ui.requests.form_dialog import RequestFormDialog
from desk_app.ui.requests.rating_dialog import RatingDialog
from desk_app.ui.requests.reject_dialog import RejectDialog

if TYPE_CHECKING:
    from desk_app.services.permissions import Actor
    from desk_app.store.database import Database
    from desk_app.ui.requests.area import RequestsArea


class Step(Protocol):
    """A service that changes one request as the person saw it (at its version)."""

    def __call__(
        self, db: Database, actor: Actor, request_id: int, /, *, expected_version: int
    ) -> object: ...


class RequestSteps(QObject):
    def __init__(self, area: RequestsArea) -> None:
        super().__init__(area)
        self.area = area
        self.form: QDialog | None = None
        """The form or question open over the area now, if any."""

    def act(self, action: RequestAction) -> None:
        detail = self.area.detail.detail
        if detail is None:
            return
        context = self.area.context
        if action is RequestAction.ANSWER:
            self.open_form(AnswerDialog(context, detail, self.area))
        elif action is RequestAction.REJECT:
            self.open_form(RejectDialog(context, detail, self.area))
        elif action is RequestAction.CLOSE:
            self.open_form(RatingDialog(context, detail, self.area))
        elif action is RequestAction.TAKE:
            self.take(detail)
        elif action is RequestAction.RESERVE:
            self.reserve(detail)
        elif action is RequestAction.ISSUE:
            self._ask(
                self.tr("Issue to the order"),
                self.tr(
                    "Put the parts in stock onto order {number} as its part lines, "
                    "with their prices?"
                ).format(number=detail.work_order_number or ""),
                self.tr("Issue"),
                lambda: self.issue(detail),
            )
        elif action is RequestAction.CANCEL:
            self._ask(
                self.tr("Cancel the request"),
                self.tr("Cancel request {number}? The department stops working on it.").format(
                    number=detail.id
                ),
                self.tr("Cancel the request"),
                lambda: self.cancel(detail),
            )

    # -- the steps -------------------------------------------------------------------------

    def take(self, detail: RequestDetail) -> bool:
        return self._step(
            request_answers.take_request,
            detail,
            self.tr("You took request {number}.").format(number=detail.id),
        )

    def reserve(self, detail: RequestDetail) -> bool:
        return self._step(
            request_answers.reserve_items,
            detail,
            self.tr("Parts reserved for request {number}: {count}."),
            number=detail.id,
        )

    def issue(self, detail: RequestDetail) -> bool:
        return self._step(
            request_issue.issue_to_order,
            detail,
            self.tr("Parts issued to order {order}: {count}."),
            order=detail.work_order_number or "",
        )

    def cancel(self, detail: RequestDetail) -> bool:
        return self._step(
            request_closing.cancel_request,
            detail,
            self.tr("Request {number} cancelled.").format(number=detail.id),
        )

    def _step(self, service: Step, detail: RequestDetail, done: str, **params: object) -> bool:
        """Make the step on the request as shown and reload; ``done`` (with the service's
        result as ``count``) goes to the status bar. A refusal stays above the queues."""
        context = self.area.context
        try:
            result = service(context.db, context.actor, detail.id, expected_version=detail.version)
        except StaleEdit as error:
            self.area.reload_chosen()
            self.area.show_error(error_text(error))
            return False
        except DeskError as error:
            self.area.show_error(error_text(error))
            return False
        self.area.reload_chosen()
        message = done.format(count=result, **params) if params else done
        self.area.sig_status_message.emit(message)
        return True

    # -- forms -----------------------------------------------------------------------------

    def open_form(self, form: QDialog) -> QDialog:
        """Show a form over the area without waiting on it; reload when it saves."""
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _result, f=form: self._closed(f))
        if isinstance(form, RequestFormDialog):
            form.sig_saved.connect(self.area.reload_chosen)
            form.sig_reload_requested.connect(lambda f=form: self._reload_for(f))
        form.open()
        return form

    def _closed(self, form: QDialog) -> None:
        if self.form is form:
            self.form = None

    def _reload_for(self, form: RequestFormDialog) -> None:
        self.area.reload_chosen()
        detail = self.area.detail.detail
        if detail is not None and form.detail is not None and detail.id == form.detail.id:
            form.request_reloaded(detail)

    def _ask(self, title: str, text: str, button: str, then: Callable[[], object]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.area,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(button)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes.clicked.connect(then)
        self.open_form(box)
