"""The client list: the whole card file, searched as the user types, filtered and sorted.

A search runs 250 ms after the last keystroke (or at once on Enter), so typing a phone
number digit by digit does not send a query per digit. The table is a lazy model
(``ClientListModel``): it holds the pages fetched so far and asks for the next one as the
user scrolls, so 100,000 clients open as fast as 100. Filters: regular or not, people or
companies, and the clients with reminders due (whom ``reminders`` names; this list only
asks).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import ClientKind
from desk_app.services import clients
from desk_app.services.clients import ANYONE, ClientFilter, ClientPage
from desk_app.ui.area import AreaContext
from desk_app.ui.clients.client_list_model import (
    COL_EMAIL,
    COL_KIND,
    COL_LAST_VISIT,
    COL_NAME,
    COL_PHONE,
    COL_REGULAR,
    COL_VEHICLES,
    COL_VISITS,
    ID_ROLE,
    ClientListModel,
)
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import workstation_time_zone
from desk_app.ui.tasks import LatestOnly

try:
    from desk_app.services import reminders
except ImportError:  # written beside this list: the filter waits for it, the list works
    reminders = None

SEARCH_DELAY_MS = 250


def _reminders_available() -> bool:
    return reminders is not None and hasattr(reminders, "contact_list")


COLUMN_WIDTHS = {
    COL_NAME: 260,
    COL_KIND: 80,
    COL_PHONE: 140,
    COL_EMAIL: 190,
    COL_VISITS: 60,
    COL_LAST_VISIT: 90,
    COL_REGULAR: 70,
}
"""Fixed first widths: fitting columns to 200 rows' contents would cost each keystroke."""


class ClientList(QWidget):
    """Search box, filters, the count and the table of clients."""

    sig_open_client = Signal(int)
    """The user opened a client (double-click or Enter on a row); int: the client's id."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: translated text), e.g. why a search failed."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._everyone: int | None = None
        """How many clients there are in all: the "of N" of a filtered list."""
        self._reminder_ids: frozenset[int] | None = None

        self.search_box = QLineEdit()
        self.search_box.setObjectName("clientSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search by name, phone, plate, VIN or e-mail — e.g. Иванов, 916 123, А123ВС")
        )
        self.search_box.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search_in_background)
        self.searcher = LatestOnly(self)
        self.searcher.sig_answered.connect(self._found)
        self.searcher.sig_failed.connect(self._search_failed)
        self.search_box.textChanged.connect(self.search_timer.start)
        self.search_box.returnPressed.connect(self.run_search)

        self.regular_filter = self._combo(
            "regularFilter",
            [
                (self.tr("Regular or not"), None),
                (self.tr("Regular"), True),
                (self.tr("Not regular"), False),
            ],
        )
        self.kind_filter = self._combo(
            "kindFilter",
            [
                (self.tr("People and companies"), None),
                (self.tr("People"), ClientKind.PERSON),
                (self.tr("Companies"), ClientKind.COMPANY),
            ],
        )
        self.reminders_filter = QPushButton(self.tr("Reminders due"))
        self.reminders_filter.setObjectName("remindersFilter")
        self.reminders_filter.setCheckable(True)
        self.reminders_filter.setToolTip(self.tr("Only the clients on today's “To contact” list"))
        self.reminders_filter.toggled.connect(self._reminders_toggled)
        if not _reminders_available():
            self.reminders_filter.setEnabled(False)
            self.reminders_filter.setToolTip(self.tr("Reminders are not available yet."))
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")

        self.model = ClientListModel(context.db, context.actor, self)
        self.model.sig_error.connect(self.sig_status_message)
        self.view = QTableView()
        self.view.setObjectName("clients")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.activated.connect(self._activated)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_VEHICLES, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.regular_filter)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.reminders_filter)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    # -- what the area asks ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload as many rows as are shown; the selected client stays selected."""
        self.search_timer.stop()
        self._everyone = None
        if self.reminders_filter.isChecked() and not self._load_reminders():
            return
        self._load(keep_fetched=True)

    def search(self, text: str) -> bool:
        """Show the clients matching ``text`` (the main window's search box lands here)."""
        self.search_box.setText(text)
        self.run_search()
        return True

    def run_search(self) -> None:
        """Ask for the clients matching the box now, and wait for them (Enter, a filter)."""
        self.search_timer.stop()
        self.searcher.cancel()
        self._load(keep_fetched=False)

    def is_searching(self) -> bool:
        """A search typed in the box is still being answered."""
        return self.search_timer.isActive() or self.searcher.is_busy()

    def show_client(self, client_id: int) -> bool:
        """Select the client; when the list leaves him out, search for him by name with the
        filters off, and pin him on top if namesakes still hide him."""
        if self._select(client_id):
            return True
        try:
            row = clients.get_client_row(self.context.db, self.context.actor, client_id)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return False
        self._clear_filters()
        self.search(row.display_name)
        if not self._select(client_id):
            self.model.pin(row)
            self._select(client_id)
        return True

    def selected_client_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def filters(self) -> ClientFilter:
        """The filters as chosen above the table."""
        return ClientFilter(
            regular=self.regular_filter.currentData(),
            kind=self.kind_filter.currentData(),
            only_ids=self._reminder_ids if self.reminders_filter.isChecked() else None,
        )

    # -- helpers --------------------------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _index: self.run_search())
        return combo

    def _search_in_background(self) -> None:
        """After a pause in typing: the search runs on another thread, so the box takes
        the next key at once however long the database takes; only the newest answer shows."""
        text, filters = self.search_box.text(), self.filters()
        key = (text, filters, self.model.sort_order)
        self.searcher.ask(key, lambda: self.model.first_page(text, filters))

    def _found(self, key: tuple[str, ClientFilter, object], page: ClientPage) -> None:
        text, filters, _order = key
        if key != (self.search_box.text(), self.filters(), self.model.sort_order):
            return  # the box or the order changed since: their own search follows
        selected = self.selected_client_id()
        self.model.show_page(text, filters, page)
        if selected is not None:
            self._select(selected)
        self._show_count()

    def _search_failed(self, _key: object, error: object) -> None:
        if not isinstance(error, DeskError):
            raise error  # type: ignore[misc]  # a bug: let the application's hook report it
        self.sig_status_message.emit(error_text(error))

    def _load(self, keep_fetched: bool) -> None:
        selected = self.selected_client_id()
        text, filters = self.search_box.text(), self.filters()
        if self.model.text != text or self.model.filters != filters or not keep_fetched:
            loaded = self.model.set_query(text, filters)
        else:
            loaded = self.model.reload(keep_fetched=True)
        if not loaded:
            return
        if selected is not None:
            self._select(selected)
        self._show_count()

    def _show_count(self) -> None:
        locale, matched = QLocale(), self.model.matched
        text = self.model.text.strip()
        if not text and self.model.filters == ANYONE:
            self._everyone = matched
            label = self.tr("%Ln client(s)", "", matched) if matched else self.tr("No clients yet")
        elif self.model.capped:
            label = self.tr("More than {cap} match — type more to narrow the list").format(
                cap=locale.toString(clients.LIST_CAP)
            )
        elif matched == 0:
            label = (
                self.tr("No client matches “{text}”").format(text=text)
                if text
                else self.tr("No client matches these filters")
            )
        else:
            if self._everyone is None:
                try:
                    self._everyone = clients.count_clients(self.context.db, self.context.actor)
                except DeskError as error:
                    self.sig_status_message.emit(error_text(error))
                    self._everyone = matched
            label = self.tr("{matched} of {total} match").format(
                matched=locale.toString(matched), total=locale.toString(self._everyone)
            )
        self.count_label.setText(label)

    def _reminders_toggled(self, on: bool) -> None:
        if on and not self._load_reminders():
            return
        self.run_search()

    def _load_reminders(self) -> bool:
        """Ask ``reminders`` whom to contact today; the chip goes off if it cannot say."""
        today: date = clock.now().astimezone(workstation_time_zone()).date()
        message = self.tr("Reminders are not available yet.")
        if _reminders_available():
            try:
                items = reminders.contact_list(self.context.db, self.context.actor, today)
            except DeskError as error:
                message = error_text(error)
            else:
                self._reminder_ids = frozenset(item.client_id for item in items)
                return True
        self.sig_status_message.emit(message)
        self.reminders_filter.setChecked(False)
        return False

    def _clear_filters(self) -> None:
        for widget in (self.regular_filter, self.kind_filter, self.reminders_filter):
            widget.blockSignals(True)
        self.regular_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.reminders_filter.setChecked(False)
        for widget in (self.regular_filter, self.kind_filter, self.reminders_filter):
            widget.blockSignals(False)

    def _select(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.model.index(row, COL_NAME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(index, flags)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        self.sig_open_client.emit(index.data(ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box moves to the list, so a client is opened without the mouse."""
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            if self.is_searching():
                self.run_search()
            if self.model.rowCount() == 0:
                return True
            if self.selected_client_id() is None:
                self._select(self.model.row_at(0).id)
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)
