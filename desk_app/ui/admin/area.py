"""The Admin area: the manager's pages, one tab each — the shop's own requisites ("Shop"),
who works here ("Staff"), what regular clients get ("Discounts") and what the departments
promise each other ("Standards").

Each page loads itself; the area only reloads the page on show, so a manager who is halfway
through editing one page does not lose it when another one is opened.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk_app.services.permissions import Action, Area
from desk_app.ui.admin.loyalty_page import LoyaltyPage
from desk_app.ui.admin.shop_page import ShopPage
from desk_app.ui.admin.staff_page import StaffPage
from desk_app.ui.admin.standards_page import StandardsPage
from desk_app.ui.area import AreaContext, AreaWidget


class AdminArea(AreaWidget):
    area = Area.ADMIN

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
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Admin")

    def refresh(self) -> None:
        """Reload the page on show (the others reload when they are shown)."""
        current = self.tabs.currentWidget()
        if isinstance(current, ShopPage | StaffPage | LoyaltyPage | StandardsPage):
            current.refresh()
