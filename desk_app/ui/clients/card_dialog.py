"""The client card window: the file of a client, as DOMAIN.md's "Regular clients" has it.

At the top, who he is, whether he is regular and why, his discount, what he spent and
his phones; a warning when another card looks like the same person. Tabs hold his
contacts (read, or edited in place), his cars with each one's history and next service,
every visit, the internal requests about his orders, call-back results and notes.

Everything shown is read through ``client_card.load_card`` and reloaded after each
change made here (``sig_changed`` then tells the views behind). Smaller windows (a car,
a merge, erasing) are opened with ``open()``; the one open now is ``self.form``. A change
at another desk (``shared_data_changed``, from the main window's change feed) reloads the
card, unless the user is editing or reading a message: then a note says so beside Reload.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.services import client_editing
from desk_app.services.client_card import CardVehicle, ClientCard
from desk_app.services.permissions import Action
from desk_app.ui.area import AreaContext
from desk_app.ui.change_follower import ChangeFollower
from desk_app.ui.clients.card_contacts import ContactsTab, drop_changes_question
from desk_app.ui.clients.card_duplicates import DuplicateBanner
from desk_app.ui.clients.card_forget import ForgetDialog
from desk_app.ui.clients.card_header import CardHeader
from desk_app.ui.clients.card_lists import CallBacksTab, NotesTab, RequestsTab
from desk_app.ui.clients.card_loading import load_card_data
from desk_app.ui.clients.card_merge import MergeDialog
from desk_app.ui.clients.card_vehicle_form import VehicleFormDialog
from desk_app.ui.clients.card_vehicles import VehiclesTab
from desk_app.ui.clients.card_visits import CLIENT_COLUMNS, VisitsTable
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label

DEFAULT_SIZE = (1100, 750)
NOTICE_STYLE = "color: #1e5b26;"
CHANGE_NOTE_STYLE = "color: #8a5a00;"
CARD_TABLES = frozenset({
    "clients", "client_phones", "vehicles", "contact_logs", "work_orders", "appointments",
    "internal_requests", "request_answers",
})  # fmt: skip
"""The tables the card shows: a change to one at another desk reloads it."""


class ClientCardDialog(QDialog):
    sig_changed = Signal()
    """The client was changed here (saved, a car, merged, erased); views reload."""

    sig_open_order = Signal(int)
    """Open a visit's work order (int: the order's id)."""

    sig_open_client = Signal(int)
    """Open another client's card, e.g. a likely duplicate (int: the client's id)."""

    def __init__(self, context: AreaContext, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.card: ClientCard | None = None
        self.form: QDialog | None = None
        """The smaller window open over this one now, if any."""
        actor = context.actor
        self.setWindowTitle(self.tr("Client card"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(860, 560)
        self.resize(*DEFAULT_SIZE)

        self.header = CardHeader()
        self.banner = DuplicateBanner(can_merge=actor.can(Action.MERGE_CLIENTS))
        self.banner.sig_open_client.connect(self.sig_open_client)
        self.banner.sig_merge.connect(self.open_merge)
        self.message = error_label()
        self.message.setObjectName("cardMessage")
        self.notice = QLabel()
        self.notice.setObjectName("cardNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reloadCard")
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.change_note = QLabel(self.tr("Changed at another desk"))
        self.change_note.setObjectName("changeNote")
        self.change_note.setStyleSheet(CHANGE_NOTE_STYLE)
        self.change_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.change_note.hide()
        self.follower = ChangeFollower(
            self,
            CARD_TABLES,
            is_editing=self.is_editing,
            reload=self.reload,
            say_changed=self._say_changed,
        )

        self.contacts = ContactsTab(context)
        self.contacts.sig_saved.connect(self._changed)
        self.contacts.sig_reload_requested.connect(self._reload_form)
        self.contacts.sig_card_refreshed.connect(lambda _card: self.reload())
        self.contacts.sig_editing.connect(self._editing)
        self.contacts.fields.sig_phones_checked.connect(self.check_duplicates)
        self.vehicles = VehiclesTab()
        self.vehicles.sig_edit.connect(self.open_vehicle)
        self.vehicles.sig_add.connect(lambda: self.open_vehicle(None))
        self.vehicles.sig_open_order.connect(self.sig_open_order)
        self.visits = VisitsTable(CLIENT_COLUMNS, "cardVisits")
        self.visits.sig_open_order.connect(self.sig_open_order)
        self.requests = RequestsTab()
        self.call_backs = CallBacksTab()
        self.notes = NotesTab()
        self.notes.sig_edit.connect(self.edit_notes)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        pages = (self.contacts, self.vehicles, self.visits, self.requests)
        for page in (*pages, self.call_backs, self.notes):
            self.tabs.addTab(page, "")

        self.merge_button = QPushButton(self.tr("&Merge with another card…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(lambda: self.open_merge(None))
        self.forget_button = QPushButton(self.tr("Erase personal &data…"))
        self.forget_button.setObjectName("forgetButton")
        self.forget_button.clicked.connect(self.open_forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.merge_button, self.forget_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.forget_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.notice, 1)
        message_row.addWidget(self.change_note, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addLayout(message_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- showing the card ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the card again and show it as saved; an open edit form keeps its input."""
        self.follower.settled()
        self.message.hide()
        self.change_note.hide()
        self.reload_button.hide()
        try:
            data = load_card_data(self.context, self.client_id)
        except DeskError as error:
            self._unavailable(error_text(error))
            return
        card = self.card = data.card
        actor = self.context.actor
        erased = card.anonymised_at is not None
        can_edit = actor.can(Action.EDIT_CLIENTS) and not erased
        self.tabs.setEnabled(True)
        self.setWindowTitle(self.tr("Client — {name}").format(name=card.display_name))
        self.header.set_card(card, data.tables)
        self.contacts.set_card(card)
        self.vehicles.set_card(
            card,
            data.dues,
            data.tables,
            data.bought_here_extra,
            can_edit=can_edit,
            today=clock.now().date(),
        )
        self.visits.set_rows(list(card.visits))
        self.requests.set_requests(card.requests)
        self.call_backs.set_results(data.call_backs)
        self.notes.set_notes(card.notes, can_edit=can_edit)
        self._name_tabs(card, data.call_backs)
        self.merge_button.setVisible(actor.can(Action.MERGE_CLIENTS) and not erased)
        self.forget_button.setVisible(actor.can(Action.FORGET_CLIENT) and not erased)
        if erased:
            self.banner.set_duplicates([])
        elif not self.contacts.editing:
            self.check_duplicates(card.phones)

    def _name_tabs(self, card: ClientCard, results: list[Any] | None) -> None:
        names = [
            self.tr("&Contacts"),
            self.tr("Ve&hicles ({count})").format(count=len(card.vehicles)),
            self.tr("&Visits ({count})").format(count=len(card.visits)),
            self.tr("Re&quests ({count})").format(count=len(card.requests)),
            self.tr("Call-&backs ({count})").format(count=len(results or [])),
            self.tr("&Notes"),
        ]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)

    def _unavailable(self, text: str) -> None:
        """The card cannot be read (gone, merged away at another desk, not allowed)."""
        self.show_message(text, stale=self.card is not None)
        self.tabs.setEnabled(False)
        self.merge_button.hide()
        self.forget_button.hide()
        self.banner.set_duplicates([])

    def show_message(self, text: str, *, stale: bool = False) -> None:
        self.notice.hide()
        self.message.setText(text)
        self.message.show()
        self.reload_button.setVisible(stale)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def check_duplicates(self, phones: Iterable[str]) -> None:
        """Warn when another card holds one of ``phones`` or one of the client's VINs."""
        card = self.card
        if card is None:
            return
        vins = [car.vin for car in card.vehicles if car.vin]
        try:
            found = client_editing.possible_duplicates(
                self.context.db, self.context.actor, list(phones), vins, exclude_client_id=card.id
            )
        except DeskError as error:
            self.show_message(error_text(error))
            return
        self.banner.set_duplicates(found)

    def shop_changed(self) -> None:
        """Another desk changed something: show it, unless the user is in the middle of a form."""
        if self.form is None and not self.contacts.editing:
            self.reload()
        else:
            self._say_changed()

    def shared_data_changed(self, tables: frozenset[str]) -> None:
        """Another connection changed ``tables`` (empty: cannot tell which); the card
        reloads once, after the current turn of the event loop (a reload made meanwhile
        for another reason is enough)."""
        self.follower.changed(tables)

    def is_editing(self) -> bool:
        """A form is open, the contacts are being edited, or a message is on show."""
        return self.form is not None or self.contacts.editing or not self.message.isHidden()

    def _say_changed(self) -> None:
        self.change_note.show()
        self.reload_button.show()

    # -- changes -----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.reload()
        self.sig_changed.emit()

    def _editing(self, editing: bool) -> None:
        if not editing and self.card is not None:
            self.check_duplicates(self.card.phones)

    def _reload_form(self) -> None:
        self.reload()
        if self.card is not None:
            self.contacts.take_saved(self.card)

    def edit_notes(self) -> None:
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.start_edit("notes")

    def _open(self, form: QDialog) -> QDialog:
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _result, f=form: self._form_closed(f))
        form.open()
        return form

    def _form_closed(self, form: QDialog) -> None:
        if self.form is form:
            self.form = None

    def open_vehicle(self, vehicle: CardVehicle | None) -> VehicleFormDialog | None:
        if self.card is None:
            return None
        form = VehicleFormDialog(self.context, self.card.id, vehicle, self)
        form.sig_saved.connect(self._changed)
        form.sig_open_client.connect(self.sig_open_client)
        form.sig_merge.connect(self.open_merge)
        self._open(form)
        return form

    def open_merge(self, other_id: int | None = None) -> MergeDialog | None:
        if self.card is None or not self.context.actor.can(Action.MERGE_CLIENTS):
            return None
        form = MergeDialog(self.context, self.card, other_id, self)
        form.sig_merged.connect(self._merged)
        self._open(form)
        return form

    def _merged(self, keep_id: int) -> None:
        """Show the one card left, whichever of the two it is."""
        self.client_id = keep_id
        self.contacts.base = None
        if self.contacts.editing:
            self.contacts.stop_edit()
        self._changed()
        self.show_notice(self.tr("The two cards are one now; every visit is on this card."))

    def open_forget(self) -> ForgetDialog | None:
        if self.card is None or not self.context.actor.can(Action.FORGET_CLIENT):
            return None
        form = ForgetDialog(self.context, self.card, self)
        form.sig_forgotten.connect(self._forgotten)
        form.sig_reload_requested.connect(lambda f=form: self._reload_for_forget(f))
        self._open(form)
        return form

    def _reload_for_forget(self, form: ForgetDialog) -> None:
        self.reload()
        if self.card is not None:
            form.card_reloaded(self.card)

    def _forgotten(self) -> None:
        self._changed()
        self.show_notice(self.tr("The client's personal data is erased; his orders are kept."))

    def reject(self) -> None:
        """Closing with unsaved changes to the client's details asks first."""
        if not self.contacts.is_dirty():
            super().reject()
            return
        self._open(drop_changes_question(self, self._discard_and_close))

    def _discard_and_close(self) -> None:
        self.contacts.stop_edit()
        super().reject()
