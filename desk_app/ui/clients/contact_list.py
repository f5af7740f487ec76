"""The "To contact" list of the day: call-backs first, then reminders and greetings.

The desk works down the list: a call-back is noted as reached (with the client's score
and words) or not reached (back tomorrow, given up after the third try); anything can be
marked done or put off to a later day. After a mailing (the CSV export), the reminders and
greetings shown are marked done at once. The forms (``contact_forms``) open under the
table, not as dialogs, so the list stays in view and a refusal shows beside the field it is
about. What is due and what is allowed is decided by ``services.reminders``; this panel
asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta, tzinfo
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import ContactKind, ContactState
from desk_app.services import reminder_export, reminders
from desk_app.services.permissions import Action
from desk_app.services.reminders import ContactItem, Recorded
from desk_app.ui.area import AreaContext
from desk_app.ui.clients.contact_forms import InlineForm, MarkAllForm, PostponeForm, ReachedForm
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_date, number, workstation_time_zone
from desk_app.ui.labels import contact_channel_label, contact_kind_label, phone_label
from desk_app.ui.printing.letter_printing import LetterPrinting
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "ContactList"
T = TypeVar("T")
F = TypeVar("F", bound=InlineForm)
KIND_COLOURS: dict[ContactKind, str] = {
    ContactKind.CALL_BACK: "#dcefd9",
    ContactKind.SERVICE_DUE: "#d9ecf9",
    ContactKind.BIRTHDAY: "#fbe9d0",
    ContactKind.HOLIDAY: "#e6e1f5",
}
HOLIDAY_NAMES = (  # the English names in services.contact_due.HOLIDAYS, for lupdate
    QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
    QT_TRANSLATE_NOOP("Holidays", "Defender of the Fatherland Day"),
    QT_TRANSLATE_NOOP("Holidays", "International Women's Day"),
    QT_TRANSLATE_NOOP("Holidays", "Victory Day"),
    QT_TRANSLATE_NOOP("Holidays", "Russia Day"),
    QT_TRANSLATE_NOOP("Holidays", "Unity Day"),
)
CSV_HEADERS = (
    QT_TRANSLATE_NOOP("ContactList", "Name"),
    QT_TRANSLATE_NOOP("ContactList", "Channel"),
    QT_TRANSLATE_NOOP("ContactList", "Phone"),
    QT_TRANSLATE_NOOP("ContactList", "E-mail"),
    QT_TRANSLATE_NOOP("ContactList", "Address"),
    QT_TRANSLATE_NOOP("ContactList", "Reason"),
    QT_TRANSLATE_NOOP("ContactList", "Due date"),
)
OVERDUE = QColor("#f8dfd6")
REASON = 2
"""The column that takes the width left over."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(item: ContactItem) -> str:
    """Why the client is on the list, in the desk's language."""
    task, car = item.task, " ".join(part for part in (item.vehicle, item.plate) if part)
    if task.kind is ContactKind.CALL_BACK:
        return _tr("Order {number}, {car}").format(number=task.order_number, car=car)
    if task.kind is ContactKind.SERVICE_DUE and task.due_km:
        return _tr("{car}: service by {km} km").format(car=car, km=number(task.due_km))
    if task.kind is ContactKind.SERVICE_DUE:
        return _tr("{car}: service").format(car=car)
    if task.kind is ContactKind.BIRTHDAY:
        return _tr("Birthday")
    return QCoreApplication.translate("Holidays", task.holiday)


def columns(today: Callable[[], date]) -> list[Column[ContactItem]]:
    """The table's columns; ``today`` tells which due dates are past (shaded)."""

    def column(header: str, text: Callable[[ContactItem], str], **more: object) -> Column:
        return Column(header, text, context=CONTEXT, **more)  # type: ignore[arg-type]

    def kind_colour(item: ContactItem) -> QColor:
        return QColor(KIND_COLOURS[item.kind])

    return [
        column(QT_TRANSLATE_NOOP("ContactList", "Kind"), lambda i: contact_kind_label(i.kind),
               background=kind_colour),
        column(QT_TRANSLATE_NOOP("ContactList", "Client"), lambda i: i.name),
        column(QT_TRANSLATE_NOOP("ContactList", "Reason"), reason_text),
        column(QT_TRANSLATE_NOOP("ContactList", "Due"), lambda i: local_date(i.due),
               background=lambda i: OVERDUE if i.due < today() else None),
        column(QT_TRANSLATE_NOOP("ContactList", "Phone"), lambda i: phone_label(i.phone)),
        column(QT_TRANSLATE_NOOP("ContactList", "Channel"),
               lambda i: contact_channel_label(i.channel)),
        column(QT_TRANSLATE_NOOP("ContactList", "Tries"),
               lambda i: str(i.attempts) if i.attempts else "", align_right=True),
    ]  # fmt: skip


class ContactListPanel(QWidget):
    """Today's contacts with the desk's actions on the selected one."""

    sig_open_client = Signal(int)
    """Open a client's card (int: the client id)."""
    sig_status_message = Signal(str)
    """A short notice for the status bar (str: the translated text)."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, zone: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = zone or workstation_time_zone()
        self.today = self._today()
        self._items: list[ContactItem] = []

        self.count_label = QLabel()
        self.count_label.setObjectName("contactCount")
        self.count_label.setStyleSheet("font-weight: 600;")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KIND_COLOURS:
            self.kind_filter.addItem(contact_kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self._show_items)
        self.export_button = self._button(self.tr("Export CSV…"), "exportCsv", self.export)
        self.letters = LetterPrinting(context, self)
        self.letters.sig_message.connect(self.sig_status_message)
        self.letters_button = self._button(
            self.tr("Print letters…"),
            "printLetters",
            lambda: self.letters.start(self.model.rows(), self.today),
        )
        self.letters_button.setToolTip(
            self.tr("Service reminders shown, for clients who consented and left an address")
        )
        self.done_all_button = self._button(
            self.tr("Mark shown as done…"), "doneAll", self.ask_mark_all
        )
        self.done_all_button.setToolTip(
            self.tr("After a mailing: the reminders and greetings shown, all at once")
        )
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind_filter)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        top.addWidget(self.letters_button)
        top.addWidget(self.done_all_button)

        self.model: RowTableModel[ContactItem] = RowTableModel(columns(lambda: self.today), self)
        self.view = QTableView()
        self.view.setObjectName("contacts")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(self.open_card)

        self.reached_button = self._button(self.tr("Reached…"), "reached", self.ask_reached)
        self.not_reached_button = self._button(
            self.tr("Not reached"), "notReached", lambda: self._record(False)
        )
        self.done_button = self._button(self.tr("Done"), "done", self.mark_done)
        self.postpone_button = self._button(self.tr("Postpone…"), "postpone", self.ask_postpone)
        self.open_button = self._button(self.tr("Open card"), "openCard", self.open_card)
        actions = QHBoxLayout()
        for button in (self.reached_button, self.not_reached_button, self.done_button):
            actions.addWidget(button)
        actions.addWidget(self.postpone_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        self.message = error_label()
        self.message.setObjectName("message")

        self.reached_form = ReachedForm()
        self.reached_form.save_button.clicked.connect(lambda: self._record(True))
        self.postpone_form = PostponeForm()
        self.postpone_form.save_button.clicked.connect(self.save_postpone)
        self.mark_all_form = MarkAllForm()
        self.mark_all_form.save_button.clicked.connect(self.mark_all_done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        for below in (self.message, self.reached_form, self.postpone_form, self.mark_all_form):
            layout.addWidget(below)
        self._selection_changed()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _today(self) -> date:
        return clock.now().astimezone(self.zone).date()

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload today's list; the selected contact stays selected while it is on it."""
        self.today = self._today()
        try:
            items = reminders.contact_list(
                self.context.db, self.context.actor, self.today, tz=self.zone
            )
        except DeskError as error:
            self._report(error)
            return
        self._items = items
        self._show_items()

    def _show_items(self) -> None:
        """The loaded list through the kind filter; the selection stays on its contact or row."""
        chosen, row = self.selected_item(), max(self.view.currentIndex().row(), 0)
        kind = self.kind_filter.currentData()
        shown = [item for item in self._items if kind is None or item.kind == kind]
        self.model.set_rows(shown)
        if shown:
            self.view.resizeColumnsToContents()
        self.count_label.setText(
            self.tr("%n to contact today", "", len(shown))
            if shown
            else self.tr("Nobody to contact")
        )
        self.mark_all_form.close_form()  # its count was of the rows shown before
        tasks = [item.task for item in shown]
        if chosen is not None and chosen.task in tasks:
            row = tasks.index(chosen.task)
        if shown:
            self.view.selectRow(min(row, len(shown) - 1))
        self._selection_changed()

    def selected_item(self) -> ContactItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        item = self.selected_item()
        may_edit = self.context.actor.can(Action.EDIT_CLIENTS)
        may_print = self.context.actor.can(Action.PRINT_DOCUMENTS)
        may_act = item is not None and may_edit
        call_back = may_act and item is not None and item.kind is ContactKind.CALL_BACK
        shown = self.model.rows()
        for button, enabled in (
            (self.reached_button, call_back),
            (self.not_reached_button, call_back),
            (self.done_button, may_act),
            (self.postpone_button, may_act),
            (self.open_button, item is not None),
            (self.export_button, bool(reminder_export.exportable(shown))),
            (self.letters_button, may_print and bool(self.letters.printable(shown))),
            (self.done_all_button, may_edit and bool(reminders.markable_in_bulk(shown))),
        ):
            button.setEnabled(enabled)
        for form in (self.reached_form, self.postpone_form):
            if form.item != item:
                form.close_form()

    # -- acting on the selected contact, or on all shown -----------------------------------

    def ask_reached(self) -> None:
        item = self.selected_item()
        if item is not None and self.reached_button.isEnabled():
            self._only(self.reached_form).open_for(item)

    def _record(self, reached: bool) -> None:
        """The call-back's result: from the form when reached, at once when not."""
        form = self.reached_form
        item = form.item if reached else self.selected_item()
        if item is None or not self.not_reached_button.isEnabled():
            return
        score, comment = (form.score(), form.comment.text()) if reached else (None, "")
        db, actor = self.context.db, self.context.actor
        order_id = item.task.order_id or 0

        def call() -> Recorded:
            return reminders.record_call_back(
                db, actor, item.client_id, order_id, reached, score, comment,
                today=self.today, expected_version=item.log_version,
            )  # fmt: skip

        self._act(call, lambda done: self._outcome(done, item), form if reached else None)

    def mark_done(self) -> None:
        item = self.selected_item()
        if item is not None and self.done_button.isEnabled():
            db, actor = self.context.db, self.context.actor
            call = lambda: reminders.mark_done(db, actor, item)  # noqa: E731
            self._act(call, lambda done: self._outcome(done, item))

    def ask_postpone(self) -> None:
        item = self.selected_item()
        if item is not None and self.postpone_button.isEnabled():
            self._only(self.postpone_form).open_for(item, self.today)

    def save_postpone(self) -> None:
        form = self.postpone_form
        if form.item is None:
            return
        item, until = form.item, form.date_edit.date().toPython()
        db, actor = self.context.db, self.context.actor
        call = lambda: reminders.postpone(db, actor, item, until, today=self.today)  # noqa: E731
        self._act(call, lambda done: self._outcome(done, item), form)

    def ask_mark_all(self) -> None:
        """Ask before marking the shown reminders and greetings done (call-backs stay)."""
        items = reminders.markable_in_bulk(self.model.rows())
        if items and self.done_all_button.isEnabled():
            self._only(self.mark_all_form).open_with(items)

    def mark_all_done(self) -> None:
        """Mark what the desk confirmed; those another desk took meanwhile are counted."""
        items, db, actor = self.mark_all_form.items, self.context.db, self.context.actor
        if items:
            call = lambda: reminders.mark_all_done(db, actor, items)  # noqa: E731
            self._act(call, lambda done: self._bulk_outcome(done, len(items) - done),
                      self.mark_all_form)  # fmt: skip

    def open_card(self, *_: object) -> None:
        item = self.selected_item()
        if item is not None:
            self.sig_open_client.emit(item.client_id)

    def _only(self, form: F) -> F:
        """``form``, with the other forms closed: one question at a time under the list."""
        for other in (self.reached_form, self.postpone_form, self.mark_all_form):
            if other is not form:
                other.close_form()
        return form

    def _act(
        self, call: Callable[[], T], said: Callable[[T], str], form: InlineForm | None = None
    ) -> None:
        """Make the change and reload; a refusal shows by the form's field, or under the list."""
        self.message.hide()
        if form is not None:
            form.errors.clear()
        try:
            result = call()
        except DeskError as error:
            if isinstance(error, reminders.ContactTaken):
                self.refresh()
            if form is not None:
                form.errors.show_error(error)
            else:
                self._report(error)
            return
        if form is not None:
            form.close_form()
        self.refresh()
        self.sig_status_message.emit(said(result))

    def _outcome(self, recorded: Recorded, item: ContactItem) -> str:
        if recorded.state is ContactState.GAVE_UP:
            said = self.tr("No answer three times: {name} is off the list.")
        elif recorded.state is ContactState.DONE:
            said = self.tr("{name}: done.")
        elif recorded.attempts and recorded.postponed_to == self.today + timedelta(days=1):
            said = self.tr("No answer: {name} is on the list again tomorrow.")
        else:
            day = local_date(recorded.postponed_to)
            said = self.tr("{name}: put off until {day}.").replace("{day}", day)
        return said.replace("{name}", item.name)

    def _bulk_outcome(self, done: int, taken: int) -> str:
        """The count done; those another desk took are also said under the list."""
        if not taken:
            return self.tr("%n marked done.", "", done)
        said = self.tr("%n marked done, {taken} already taken by another desk.", "", done)
        said = said.replace("{taken}", number(taken))
        self.message.setText(said)
        self.message.show()
        return said

    def _report(self, error: Exception) -> None:
        self.message.setText(error_text(error))
        self.message.show()

    # -- export ---------------------------------------------------------------------------

    def export(self) -> None:
        """Save the reminders and greetings shown (consenting clients only) as a CSV file."""
        rows = reminder_export.exportable(self.model.rows())
        if not rows:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list for a mailing service"),
            f"contacts-{self.today.isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        headers = [_tr(header) for header in CSV_HEADERS]
        try:
            count = reminder_export.write_csv(rows, path, headers=headers, reason=reason_text)
        except DeskError as error:
            self._report(error)
            return
        said = self.tr("%n contact(s) exported to {path}.", "", count)
        self.sig_status_message.emit(said.replace("{path}", path))
