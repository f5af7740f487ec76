"""The Admin area: the manager's pages, one tab each — the shop's own requisites ("Shop"),
who works here ("Staff"), what regular clients get ("Discounts"), what the departments
promise each other ("Standards"), where this desk keeps the data ("Database") and its copies
("Backups").

Each page loads itself; the area only reloads the page on show, so a manager who is halfway
through editing one page does not lose it when another one is opened.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk_app.services.permissions import Action, Area
from desk_app.ui.admin.backups_page import BackupsPage
from desk_app.ui.admin.database_page import DatabasePage
from desk_app.ui.admin.loyalty_page import LoyaltyPage
from desk_app.ui.admin.shop_page import ShopPage
from desk_app.ui.admin.staff_page import StaffPage
from desk_app.ui.admin.standards_page import StandardsPage
from desk_app.ui.area import AreaContext, AreaWidget


class AdminArea(AreaWidget):
    area = Area.ADMIN

    sig_restore_requested = Signal(str)
    """The manager chose a backup to restore (str: its file); the application restarts."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.staff_page: StaffPage | None = None
        self.standards_page: StandardsPage | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        if context.actor.can(Action.MANAGE_STAFF):
            self.staff_page = StaffPage(context)
            self.staff_page.sig_status_message.connect(self.sig_status_message)
            self.tabs.addTab(self.staff_page, self.tr("Staff"))
        self.loyalty_page = LoyaltyPage(context)
        self.loyalty_page.sig_status_message.connect(self.sig_status_message)
        self.tabs.addTab(self.loyalty_page, self.tr("Discounts"))
        self.shop_page = ShopPage(context)
        self.shop_page.sig_status_message.connect(self.sig_status_message)
        self.tabs.addTab(self.shop_page, self.tr("Shop"))
        if context.actor.can(Action.MANAGE_SETTINGS):
            self.standards_page = StandardsPage(context)
            self.standards_page.sig_status_message.connect(self.sig_status_message)
            self.tabs.addTab(self.standards_page, self.tr("Standards"))
        self.database_page = DatabasePage(context)
        self.database_page.sig_status_message.connect(self.sig_status_message)
        self.tabs.addTab(self.database_page, self.tr("Database"))
        self.backups_page = BackupsPage(context)
        self.backups_page.sig_status_message.connect(self.sig_status_message)
        self.backups_page.sig_restore_requested.connect(self.sig_restore_requested)
        self.tabs.addTab(self.backups_page, self.tr("Backups"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Admin")

    def refresh(self) -> None:
        """Reload the page on show (the others reload when they are shown)."""
        current = self.tabs.currentWidget()
        if isinstance(
            current,
            ShopPage | StaffPage | LoyaltyPage | StandardsPage | DatabasePage | BackupsPage,
        ):
            current.refresh()
