"""The client list's table model: pages of the card file fetched as the view scrolls.

A view over 100,000 clients needs only the rows it shows, so the model holds the rows
fetched so far and asks ``clients.search_clients`` for the next page of ``page_size``
when the view scrolls to the end (``canFetchMore``/``fetchMore``). Sorting is the
service's: a header click reloads the first page in the new order, so the list is sorted
as a whole, not only the rows fetched. The first page comes with the count of all matches
(``client_page``: one query of the search index per keystroke).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desk_app.errors import DeskError
from desk_app.services import clients
from desk_app.services.clients import ANYONE, ClientFilter, ClientRow, ClientSort
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import local_date
from desk_app.ui.labels import client_kind_label, phone_label

PAGE_SIZE = 200
CONTEXT = "ClientList"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex

(
    COL_NAME,
    COL_KIND,
    COL_PHONE,
    COL_EMAIL,
    COL_VEHICLES,
    COL_VISITS,
    COL_LAST_VISIT,
    COL_REGULAR,
) = range(8)


@dataclass(frozen=True)
class ListColumn:
    """One column: its header (translated in ``CONTEXT``), its text, and the service's
    order that sorting by it asks for."""

    header: str
    sort: ClientSort
    text: Callable[[ClientRow], str]
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTRE = Qt.AlignmentFlag.AlignHCenter
COLUMNS = [
    ListColumn(QT_TRANSLATE_NOOP("ClientList", "Name"), ClientSort.NAME, lambda r: r.display_name),
    ListColumn(
        QT_TRANSLATE_NOOP("ClientList", "Type"),
        ClientSort.KIND,
        lambda r: client_kind_label(r.kind),
    ),
    ListColumn(
        QT_TRANSLATE_NOOP("ClientList", "Phone"), ClientSort.PHONE, lambda r: phone_label(r.phone)
    ),
    ListColumn(QT_TRANSLATE_NOOP("ClientList", "E-mail"), ClientSort.EMAIL, lambda r: r.email),
    ListColumn(
        QT_TRANSLATE_NOOP("ClientList", "Vehicles"), ClientSort.VEHICLES, lambda r: r.vehicles
    ),
    ListColumn(
        QT_TRANSLATE_NOOP("ClientList", "Visits"),
        ClientSort.VISITS,
        lambda r: str(r.visits),
        _RIGHT,
    ),
    ListColumn(
        QT_TRANSLATE_NOOP("ClientList", "Last visit"),
        ClientSort.LAST_VISIT,
        lambda r: local_date(r.last_visit),
    ),
    ListColumn(
        QT_TRANSLATE_NOOP("ClientList", "Regular"),
        ClientSort.REGULAR,
        lambda r: "✓" if r.regular else "",
        _CENTRE,
    ),
]


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ID_ROLE,
    }
)
_ALIGNMENTS = [int(column.alignment | Qt.AlignmentFlag.AlignVCenter) for column in COLUMNS]


class ClientListModel(QAbstractTableModel):
    """Rows of the clients matching a text and a filter, in the service's order."""

    sig_error = Signal(str)
    """Fetching failed (str: the translated message); the rows fetched so far stay."""

    def __init__(
        self, db: Database, actor: Actor, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.page_size = page_size
        self._text = ""
        self._filters = ANYONE
        self._sort = ClientSort.NAME
        self._descending = False
        self._rows: list[ClientRow] = []
        self._fetched = 0
        """How many rows the service gave: the offset of the next page."""
        self._matched: int | None = None
        """None until the first load: the model asks nothing before it is told what to show."""
        self._pinned: int | None = None
        self._texts: dict[int, tuple[str, ...]] = {}
        """Each fetched row's column texts, made when first painted."""
        self.capped = False
        """More clients match the text than the list brings in (``clients.LIST_CAP``)."""

    # -- what is shown ------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def filters(self) -> ClientFilter:
        return self._filters

    @property
    def matched(self) -> int:
        """How many clients match the text and the filters (0 before the first load)."""
        return self._matched or 0

    @property
    def sort_order(self) -> tuple[ClientSort, bool]:
        """The service's order and whether it is descending."""
        return self._sort, self._descending

    def set_query(self, text: str, filters: ClientFilter = ANYONE) -> bool:
        """Show the first page of the clients matching ``text`` and ``filters``."""
        self._text, self._filters = text, filters
        return self.reload()

    def reload(self, keep_fetched: bool = False) -> bool:
        """Ask again; ``keep_fetched`` reloads as many rows as were fetched, so a refresh
        does not lose the user's place. False (and ``sig_error``) when the service failed."""
        limit = max(self.page_size, self._fetched if keep_fetched else 0)
        try:
            page = self.first_page(self._text, self._filters, limit)
        except DeskError as error:
            self.sig_error.emit(error_text(error))
            return False
        self._show(page)
        return True

    def first_page(
        self, text: str, filters: ClientFilter, limit: int | None = None
    ) -> clients.ClientPage:
        """The first page for ``text`` and ``filters`` in the model's order, with the count;
        changes nothing, so it may run on another thread (its own session)."""
        return clients.client_page(
            self._db,
            self._actor,
            text,
            self.page_size if limit is None else limit,
            sort=self._sort,
            descending=self._descending,
            filters=filters,
        )

    def show_page(self, text: str, filters: ClientFilter, page: clients.ClientPage) -> None:
        """Show a first page that ``first_page`` gave for ``text`` and ``filters``."""
        self._text, self._filters = text, filters
        self._show(page)

    def _show(self, page: clients.ClientPage) -> None:
        self.beginResetModel()
        self._texts.clear()
        self._rows, self._fetched = page.rows, len(page.rows)
        self._matched, self._pinned = page.matched, None
        self.capped = page.capped
        self.endResetModel()

    def pin(self, row: ClientRow) -> None:
        """Show a client whom the query leaves out (or who is further on) at the top."""
        if self.row_of(row.id) is not None:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self._pinned = row.id
        self.endInsertRows()

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def row_of(self, client_id: int) -> int | None:
        """The row a client is at among those fetched, if fetched."""
        return next((n for n, row in enumerate(self._rows) if row.id == client_id), None)

    def rows(self) -> list[ClientRow]:
        return list(self._rows)

    # -- Qt's model ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < self.matched

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            page = clients.search_clients(
                self._db,
                self._actor,
                self._text,
                self.page_size,
                self._fetched,
                sort=self._sort,
                descending=self._descending,
                filters=self._filters,
            )
        except DeskError as error:
            self._matched = self._fetched  # stop asking until the next reload
            self.sig_error.emit(error_text(error))
            return
        self._fetched += len(page)
        if len(page) < self.page_size:  # clients were removed since the count
            self._matched = self._fetched
        page = [row for row in page if row.id != self._pinned]
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks: the service sorts the whole list, and the first page shows."""
        wanted = (COLUMNS[column].sort, order == Qt.SortOrder.DescendingOrder)
        if wanted == self.sort_order:  # ``sortByColumn`` asks twice
            return
        self._sort, self._descending = wanted
        if self._matched is not None:
            self.reload()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        return self._value(index.row(), index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan) -> None:
        """What a view paints, one call per cell: the delegate asks seven roles at once,
        and seven calls into Python per cell would be half the cost of a repaint."""
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        for number in range(len(roleDataSpan)):
            wanted = roleDataSpan[number]
            role = wanted.role()
            if role in _ROLES:
                wanted.setData(self._value(row, column, role))

    def _value(self, number: int, column: int, role: int) -> Any:
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = tuple(column.text(row) for column in COLUMNS)
            return texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (row.vehicles or None) if column == COL_VEHICLES else None
        if role == ID_ROLE:
            return row.id
        return _ALIGNMENTS[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section].header)
        return None
