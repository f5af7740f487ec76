"""The Clients area: the card file and today's contacts, each opening a client's card.

- **Card file**: every client, searched as the user types, sorted and filtered (regular
  or not, reminders due, person or company), loaded page by page as the list scrolls.
- **To contact**: today's call-backs, service reminders and greetings.

A card opens in its own window beside the list (one per client: opening it again raises
it), so the desk can keep the list in view while on the phone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk_app.services.permissions import Area
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.clients.card_dialog import ClientCardDialog
from desk_app.ui.clients.client_list import ClientList
from desk_app.ui.clients.contact_list import ContactListPanel

CLIENT = "client"
WORK_ORDER = "work_order"
CARD_FILE_TAB, CONTACTS_TAB = 0, 1


class ClientsArea(AreaWidget):
    area = Area.CLIENTS

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cards: dict[int, ClientCardDialog] = {}
        """The card windows open now, by client id."""
        self.card_file = ClientList(context)
        self.contacts = ContactListPanel(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.card_file, self.tr("Card file"))
        self.tabs.addTab(self.contacts, self.tr("To contact today"))
        for page in (self.card_file, self.contacts):
            page.sig_open_client.connect(self.open_card)
            page.sig_status_message.connect(self.sig_status_message)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Clients")

    def refresh(self) -> None:
        self._refresh_current()

    def _refresh_current(self) -> None:
        if self.tabs.currentWidget() is self.contacts:
            self.contacts.refresh()
        else:
            self.card_file.refresh()

    def search(self, text: str) -> bool:
        """The main window's search box lands in the card file."""
        self.tabs.setCurrentIndex(CARD_FILE_TAB)
        return self.card_file.search(text)

    def show_record(self, kind: str, record_id: int) -> bool:
        """A client asked for elsewhere: selected in the card file, and his card opened."""
        if kind != CLIENT:
            return False
        self.tabs.setCurrentIndex(CARD_FILE_TAB)
        if not self.card_file.show_client(record_id):
            return False
        self.open_card(record_id)
        return True

    def open_card(self, client_id: int) -> ClientCardDialog:
        card = self.cards.get(client_id)
        if card is None:
            card = ClientCardDialog(self.context, client_id, self)
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.sig_changed.connect(self.refresh)
            card.sig_open_client.connect(self.open_card)
            card.sig_open_order.connect(lambda order: self.sig_open_record.emit(WORK_ORDER, order))
            card.destroyed.connect(lambda _=None, key=client_id: self.cards.pop(key, None))
            self.cards[client_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def shop_changed(self) -> None:
        for card in self.cards.values():
            card.shop_changed()
