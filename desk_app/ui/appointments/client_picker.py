"""Finding the client a slot is booked for: the intake's one search box, then who was picked.

Typing a phone, a plate, a VIN or a name lists matching clients with their cars as you
type (``client_search.find_for_intake``); ↓ goes into the list, Enter or a click picks a
line. The picked client replaces the box, with a button to search again (the text stays).
Enter never reaches the dialog's default button from here: picking must not book.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import appointment_calendar, client_search
from desk_app.services.appointment_calendar import BookingClient
from desk_app.services.client_search import IntakeHit
from desk_app.ui.area import AreaContext
from desk_app.ui.labels import phone_label
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 12
VISIBLE_HITS = 6
CONTEXT = "ClientPicker"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

HIT_COLUMNS: list[Column[IntakeHit]] = [
    Column(header, text, context=CONTEXT)
    for header, text in (
        (QT_TRANSLATE_NOOP("ClientPicker", "Client"), lambda h: h.display_name),
        (QT_TRANSLATE_NOOP("ClientPicker", "Phone"), lambda h: phone_label(h.phone)),
        (QT_TRANSLATE_NOOP("ClientPicker", "Car"), lambda h: h.vehicle_title),
        (QT_TRANSLATE_NOOP("ClientPicker", "Plate"), lambda h: h.plate),
    )
]


class ClientPicker(QWidget):
    """Search box and results, or the picked client with "Change client"."""

    sig_picked = Signal(object, object)
    """A client was picked (BookingClient; the id of the car on the picked line, or None)."""
    sig_cleared = Signal()
    """The picked client was let go to search for another."""
    sig_error = Signal(object)
    """The search or the pick was refused (DeskError, to show next to the field)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.client: BookingClient | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("clientSearch")
        self.search_edit.setPlaceholderText(self.tr("Phone, plate, VIN or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textEdited.connect(self.search_timer.start)
        self.hit_model: RowTableModel[IntakeHit] = RowTableModel(HIT_COLUMNS, self)
        self.results = QTableView()
        self.results.setObjectName("clientResults")
        self.results.setModel(self.hit_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.setMinimumHeight(self.fontMetrics().lineSpacing() * (VISIBLE_HITS + 2))
        self.results.clicked.connect(self._pick_index)
        self.results.installEventFilter(self)
        self.results.hide()
        self.search_hint = QLabel(self.tr("Nobody found. Check the number or type more."))
        self.search_hint.setStyleSheet("color: #5f6b76;")
        self.search_hint.hide()

        self.client_label = QLabel()
        self.client_label.setObjectName("pickedClient")
        self.client_label.setTextFormat(Qt.TextFormat.RichText)
        self.change_button = QPushButton(self.tr("C&hange client"))
        self.change_button.clicked.connect(self.clear_client)
        self.picked_row = QWidget()
        picked = QHBoxLayout(self.picked_row)
        picked.setContentsMargins(0, 0, 0, 0)
        picked.addWidget(self.client_label, 1)
        picked.addWidget(self.change_button)
        self.picked_row.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.search_edit, self.search_hint, self.results, self.picked_row):
            layout.addWidget(widget)
        self.setFocusProxy(self.search_edit)

    def run_search(self) -> None:
        """Show the clients and cars matching the box (the typing timer calls this)."""
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        try:
            hits = client_search.find_for_intake(
                self._context.db, self._context.actor, text, SEARCH_LIMIT
            )
        except DeskError as error:
            self.sig_error.emit(error)
            return
        self.hit_model.set_rows(hits)
        self.results.setVisible(bool(hits))
        self.search_hint.setVisible(bool(text) and not hits)
        if hits:
            self.results.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ from the box into the list; Enter in either picks (and goes no further)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.key() in ENTER_KEYS and watched in (self.search_edit, self.results):
            self._pick_current()
            return True
        if event.key() == Qt.Key.Key_Down and watched is self.search_edit:
            if self.hit_model.rowCount():
                self.results.setFocus()
                self.results.selectRow(max(self.results.currentIndex().row(), 0))
            return True
        return super().eventFilter(watched, event)

    def _pick_current(self) -> None:
        if self.search_timer.isActive() or not self.hit_model.rowCount():
            self.run_search()
        index = self.results.currentIndex()
        if index.isValid() or self.hit_model.rowCount():
            self._pick_index(index if index.isValid() else self.hit_model.index(0, 0))

    def _pick_index(self, index: QModelIndex) -> None:
        hit: IntakeHit = self.hit_model.index(index.row(), 0).data(ROW_ROLE)
        self.pick_client(hit.client_id, hit.vehicle_id)

    def pick_client(self, client_id: int, vehicle_id: int | None = None) -> None:
        """Show the client as picked (from the list, or given by a client card)."""
        try:
            client = appointment_calendar.booking_client(
                self._context.db, self._context.actor, client_id
            )
        except DeskError as error:
            self.sig_error.emit(error)
            return
        self.client = client
        phone = phone_label(client.phone)
        self.client_label.setText(
            f"<b>{escape(client.display_name)}</b>" + (f" · {escape(phone)}" if phone else "")
        )
        for widget in (self.search_edit, self.results, self.search_hint):
            widget.hide()
        self.picked_row.show()
        self.sig_picked.emit(client, vehicle_id)

    def clear_client(self) -> None:
        """Back to the search box, with what was typed in it and what it found."""
        self.client = None
        self.picked_row.hide()
        self.search_edit.show()
        self.results.setVisible(bool(self.hit_model.rowCount()))
        self.search_edit.setFocus()
        self.sig_cleared.emit()
