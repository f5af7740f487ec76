"""The work-order window that reception and the master open from the timeline: the order's
header, the buttons of what this person may do with it now, its works and parts with the
money, and its history.

Every change goes through a service and is followed by a reload of the order, so what the
window shows is what was saved; ``sig_changed`` then tells the views behind it. The small
forms it opens are opened with ``open()`` (nothing waits on them); the one open now is
``self.form``.

When another desk changes the order's tables (``shared_data_changed``, from the main
window's change feed) the window reloads, unless a form is open over it or a message is
on show: then it only says "Changed at another desk" beside a Reload button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import WorkOrderStatus
from desk_app.services import (
    loyalty,
    order_card,
    order_history,
    order_lines,
    order_status,
    workshop,
)
from desk_app.services.errors import StaleEdit
from desk_app.services.loyalty import DiscountAdvice
from desk_app.services.order_card import LabourView, OrderCard
from desk_app.services.order_status import MOVES
from desk_app.services.permissions import Action
from desk_app.ui.area import AreaContext
from desk_app.ui.change_follower import ChangeFollower
from desk_app.ui.discount_text import reason_text
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.intake.money_section import REASON_LIMIT
from desk_app.ui.orders.answer_dialog import AnswerDialog
from desk_app.ui.orders.comment_dialog import ask_client_dialog, move_dialog
from desk_app.ui.orders.compare_dialog import CompareDialog
from desk_app.ui.orders.form_dialog import OrderFormDialog
from desk_app.ui.orders.history_view import HistoryView
from desk_app.ui.orders.line_editor import LineEditor
from desk_app.ui.orders.line_models import Line, LineKind
from desk_app.ui.orders.lines_panel import LinesPanel
from desk_app.ui.orders.money_dialogs import DiscountDialog, PrepaymentDialog
from desk_app.ui.orders.order_actions import OrderActions
from desk_app.ui.orders.order_header import OrderHeader
from desk_app.ui.orders.quality_dialog import QualityDialog
from desk_app.ui.orders.requests_section import RequestsSection
from desk_app.ui.printing.order_printing import OrderPrinting
from desk_app.ui.requests.filing_dialog import FilingDialog

DEFAULT_SIZE = (1100, 750)
LINES_TAB, HISTORY_TAB = 0, 1
ORDER_TABLES = frozenset({
    "work_orders", "status_changes", "labour_lines", "part_lines", "client_approvals",
    "quality_checks", "internal_requests", "request_answers", "request_items", "clients",
    "client_phones", "vehicles",
})  # fmt: skip
"""The tables the window shows: a change to one at another desk reloads it."""
CHANGE_NOTE_STYLE = "color: #8a5a00;"


class OrderDialog(QDialog):
    sig_changed = Signal()
    """The order was changed here (moved, lines, money, an answer, a check); views reload."""

    def __init__(self, context: AreaContext, order_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.order_id = order_id
        self.card: OrderCard | None = None
        self.form: QDialog | None = None
        """The small form or question open over this window now, if any."""
        self._history_stale = True
        self.advice: DiscountAdvice | None = None
        """The regular-client discount the rule gives, when it differs from the order's."""
        self.setWindowTitle(self.tr("Work order"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(860, 560)
        self.resize(*DEFAULT_SIZE)

        self.header = OrderHeader()
        self.actions = OrderActions(context.actor)
        self.actions.sig_move.connect(self.move)
        self.actions.sig_ask_client.connect(self.ask_client)
        self.actions.sig_record_answer.connect(self.record_answer)
        self.actions.sig_quality_check.connect(self.quality_check)
        self.message = error_label()
        self.message.setObjectName("orderMessage")
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reload")
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.compare_button = QPushButton(self.tr("Co&mpare"))
        self.compare_button.setObjectName("compare")
        self.compare_button.setToolTip(self.tr("What the other desk changed on the order"))
        self.compare_button.setAutoDefault(False)
        self.compare_button.hide()
        self.compare_button.clicked.connect(self.compare)
        self.change_note = QLabel(self.tr("Changed at another desk"))
        self.change_note.setObjectName("changeNote")
        self.change_note.setStyleSheet(CHANGE_NOTE_STYLE)
        self.change_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.change_note.hide()
        self.follower = ChangeFollower(
            self,
            ORDER_TABLES,
            is_editing=self.is_editing,
            reload=self.reload,
            say_changed=self._say_changed,
        )

        self.lines = LinesPanel()
        self.lines.sig_add.connect(lambda kind: self.edit_line(kind, None))
        self.lines.sig_edit.connect(self.edit_line)
        self.lines.sig_remove.connect(self.ask_remove_line)
        self.lines.sig_toggle_done.connect(self.toggle_done)
        self.lines.money.sig_change_discount.connect(self.change_discount)
        self.lines.money.sig_record_prepayment.connect(self.record_prepayment)
        self.lines.money.sig_apply_advice.connect(self.apply_advice)
        self.history = HistoryView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lines, self.tr("&Works and parts"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.requests = RequestsSection(context, order_id)
        self.requests.sig_file_request.connect(self.file_request)
        self.request_form: FilingDialog | None = None
        self.tabs.addTab(self.requests, self.tr("Re&quests"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.printing = OrderPrinting(
            context, order_id, lambda: self.card.status if self.card else None, self
        )
        self.printing.sig_printed.connect(self._printed)
        self.printing.sig_failed.connect(self.show_message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if self.printing.allowed:
            buttons.addButton(self.printing.button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.change_note, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addSpacing(4)
        layout.addWidget(self.actions)
        layout.addLayout(message_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()
        # the works, not a move button, take the first key press: Space must not move a car
        self.lines.table(LineKind.WORK).setFocus()

    def file_request(self, order_number: str) -> FilingDialog:
        """Ask parts or finance about this car without leaving its window; the order shows
        the request (and its new status, if the car now waits for parts) once filed."""
        form = FilingDialog(self.context, self, order_number=order_number)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.sig_filed.connect(lambda _request_id: self.reload())
        form.finished.connect(lambda _result: setattr(self, "request_form", None))
        self.request_form = form
        form.open()
        return form

    # -- showing the order -----------------------------------------------------------------

    def reload(self) -> None:
        """Read the order again and show it as saved, with what this person may do now."""
        self.follower.settled()
        self._clear_message()
        try:
            card = order_card.load_order(self.context.db, self.context.actor, self.order_id)
        except DeskError as error:
            self.show_message(error_text(error))
            self.actions.setEnabled(False)
            self.lines.setEnabled(False)
            return
        self.card = card
        actor = self.context.actor
        self.actions.setEnabled(True)
        self.lines.setEnabled(True)
        self.setWindowTitle(
            self.tr("Order {number} — {vehicle}, {plate}").format(
                number=card.number, vehicle=card.vehicle_title, plate=card.plate
            )
        )
        self.header.set_card(card)
        self.actions.set_card(card)
        self.requests.set_card(card)
        is_open = card.status.is_open
        can_edit = is_open and actor.can(Action.EDIT_PRICES)
        self.lines.set_card(
            card,
            can_edit=can_edit,
            can_discount=can_edit,
            can_take_payment=is_open and actor.can(Action.TAKE_PAYMENT),
            can_tick=card.status in workshop.IN_WORK and actor.can(Action.MARK_WORK_DONE),
        )
        self._show_advice(card, can_edit)
        self._history_stale = True
        if self.tabs.currentIndex() == HISTORY_TAB:
            self._load_history()

    def _printed(self) -> None:
        """A print is on the history now."""
        self._history_stale = True
        if self.tabs.currentIndex() == HISTORY_TAB:
            self._load_history()

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB and self._history_stale:
            self._load_history()

    def _load_history(self) -> None:
        try:
            story = order_history.load_history(self.context.db, self.context.actor, self.order_id)
        except DeskError as error:
            self.show_message(error_text(error))
            return
        self.history.set_history(story)
        self._history_stale = False

    def show_message(self, text: str, *, stale: bool = False) -> None:
        self.message.setText(text)
        self.message.show()
        self.reload_button.setVisible(stale)
        self.compare_button.setVisible(stale)

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        self.change_note.hide()
        self.reload_button.hide()
        self.compare_button.hide()

    # -- changes at other desks --------------------------------------------------------------

    def shared_data_changed(self, tables: frozenset[str]) -> None:
        """Another connection changed ``tables`` (empty: cannot tell which); the window
        reloads once, after the current turn of the event loop (a reload made meanwhile
        for another reason is enough)."""
        self.follower.changed(tables)

    def _say_changed(self) -> None:
        self.change_note.show()
        self.reload_button.show()

    def is_editing(self) -> bool:
        """A form or a question is open over the window, or a message is on show: a reload
        now would take it away."""
        forms = (self.form, self.request_form)
        return any(form is not None for form in forms) or not self.message.isHidden()

    def _changed(self) -> None:
        self.reload()
        self.sig_changed.emit()

    def _act(self, call: Callable[[], object]) -> bool:
        """Make a change with no form of its own; say why if the service refuses."""
        try:
            call()
        except StaleEdit as error:
            self.show_message(error_text(error), stale=True)
            return False
        except DeskError as error:
            self.show_message(error_text(error))
            return False
        self._changed()
        return True

    def compare(self) -> CompareDialog | None:
        """After a stale save: the order as this window loaded it beside the order as saved
        now; the window itself stays as it was until the user reloads."""
        if self.card is None:
            return None
        try:
            saved = order_card.load_order(self.context.db, self.context.actor, self.order_id)
        except DeskError as error:
            self.show_message(error_text(error), stale=True)
            return None
        dialog = CompareDialog(self.card, saved, self.message.text(), self)
        dialog.sig_reload.connect(self.reload)
        self._open(dialog)
        return dialog

    def _open(self, form: QDialog) -> QDialog:
        """Show a form over the window without waiting on it; reload when it saves."""
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _result, f=form: self._form_closed(f))
        if isinstance(form, OrderFormDialog):
            form.sig_saved.connect(self._changed)
            form.sig_reload_requested.connect(lambda f=form: self._reload_for(f))
        form.open()
        return form

    def _form_closed(self, form: QDialog) -> None:
        if self.form is form:
            self.form = None

    def _reload_for(self, form: OrderFormDialog) -> None:
        self.reload()
        if self.card is not None:
            form.order_reloaded(self.card)

    # -- the status ------------------------------------------------------------------------

    def move(self, target: WorkOrderStatus) -> None:
        """Make a plain move at once; a move that must say why opens its form first."""
        card = self.card
        if card is None:
            return
        if MOVES[card.status, target].needs_comment:
            self._open(move_dialog(self.context, card, target, self))
            return
        db, actor = self.context.db, self.context.actor
        self._act(
            lambda: order_status.move_order(
                db, actor, card.id, target, expected_version=card.version
            )
        )

    def ask_client(self) -> None:
        if self.card is not None:
            self._open(ask_client_dialog(self.context, self.card, self))

    def record_answer(self) -> None:
        if self.card is not None:
            self._open(AnswerDialog(self.context, self.card, self))

    def quality_check(self) -> None:
        if self.card is not None:
            self._open(QualityDialog(self.context, self.card, self))

    # -- works, parts and money ------------------------------------------------------------

    def edit_line(self, kind: LineKind, line: Line | None) -> None:
        if self.card is not None:
            self._open(LineEditor(self.context, self.card, kind, line, self))

    def ask_remove_line(self, kind: LineKind, line: Line) -> None:
        card = self.card
        if card is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a line"),
            self.tr("Remove “{name}” from order {number}?").format(
                name=line.name, number=card.number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.button(QMessageBox.StandardButton.Yes)
        remove.setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        remove.clicked.connect(lambda: self.remove_line(kind, line))
        self._open(box)

    def remove_line(self, kind: LineKind, line: Line) -> bool:
        card = self.card
        if card is None:
            return False
        db, actor = self.context.db, self.context.actor
        labour_id = line.id if kind is LineKind.WORK else None
        part_id = line.id if kind is LineKind.PART else None
        return self._act(
            lambda: order_lines.remove_line(
                db,
                actor,
                card.id,
                labour_id=labour_id,
                part_id=part_id,
                expected_version=card.version,
            )
        )

    def toggle_done(self, line: LabourView) -> bool:
        """The master ticks a work done (or undoes it), as the mechanic does on his sheet."""
        db, actor = self.context.db, self.context.actor
        return self._act(lambda: workshop.mark_work_done(db, actor, line.id, not line.done))

    def _show_advice(self, card: OrderCard, can_edit: bool) -> None:
        """The rule's discount beside the order's own, when the two differ."""
        try:
            advice = loyalty.discount_for_order(self.context.db, self.context.actor, card.id)
        except DeskError:
            advice = None
        differs = advice is not None and advice.percent != card.discount_percent
        shown = advice if differs and (advice.status.regular or card.discount_percent) else None
        self.advice = shown
        self.lines.money.set_advice(shown, can_apply=can_edit)

    def apply_advice(self) -> bool:
        """Give the order the discount the rule gives, with the rule's reasons."""
        card, advice = self.card, self.advice
        if card is None or advice is None:
            return False
        db, actor = self.context.db, self.context.actor
        reason = reason_text(advice)[:REASON_LIMIT] if advice.percent else ""
        return self._act(
            lambda: order_lines.set_discount(
                db, actor, card.id, advice.percent, reason, expected_version=card.version
            )
        )

    def change_discount(self) -> None:
        if self.card is not None:
            self._open(DiscountDialog(self.context, self.card, self))

    def record_prepayment(self) -> None:
        if self.card is not None:
            self._open(PrepaymentDialog(self.context, self.card, self))
