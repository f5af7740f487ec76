"""The intake's one search box: type a phone, a plate, a VIN part or a name, pick the client.

The results list opens under the box as you type and lists one line per client and car,
best matches first, with the fields that matched in bold; "New client…" and, once a
client is picked, "New vehicle for this client…" are always its last lines, carrying
what was typed. Keyboard first: Up/Down move, Enter picks, Esc closes, Tab leaves.

The popup — the found lines, scrolling, above the actions, always in view — is a child
of the window laid over the form, not a window of its own, so the keyboard never leaves
the line edit and a screenshot of the window shows it. A search
costs a few milliseconds even on 100,000 clients (``bench/bench_search.py``), so there is
no debounce: a zero-delay timer only folds keystrokes that arrive faster than the
searches into one search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView, QVBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.services.client_search import IntakeHit, find_for_intake
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from desk_app.ui.errors import error_text
from desk_app.ui.intake.search_results import (
    ROW_ROLE,
    ResultDelegate,
    ResultModel,
    ResultRow,
    RowKind,
    hit_text,
)

SEARCH_DELAY_MS = 0
RESULT_LIMIT = 20
VISIBLE_ROWS = 8


class ClientSearchBox(QWidget):
    """A line edit with a results list under it that finds a client and his car as you type."""

    sig_picked = Signal(object)
    """A line was picked (object: the ``IntakeHit``, client and car or no car)."""

    sig_new_client = Signal(str)
    """"New client…" was chosen (str: the text typed, to prefill the new card with)."""

    sig_new_vehicle = Signal(str)
    """"New vehicle for this client…" was chosen for the picked client (str: the text typed,
    e.g. a plate or VIN, to prefill the new car with); ``picked()`` says whose car."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._picked: IntakeHit | None = None
        self._pick_text = ""
        self._current = -1
        self.line_edit = QLineEdit()
        self.line_edit.setObjectName("intakeSearch")
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setPlaceholderText(
            self.tr("Phone, plate, VIN or name — e.g. 916 123, А123ВС")
        )
        self.line_edit.installEventFilter(self)
        self.setFocusProxy(self.line_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)

        self.model = ResultModel(self)
        self.action_model = ResultModel(self)
        self.results = self._list("intakeSearchHits", self.model)
        self.actions = self._list("intakeSearchActions", self.action_model)
        self.actions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup = QFrame()
        self.popup.setObjectName("intakeSearchResults")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAutoFillBackground(True)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(0, 0, 0, 0)
        popup_layout.setSpacing(0)
        popup_layout.addWidget(self.results)
        popup_layout.addWidget(self.actions)
        self.popup.hide()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.line_edit.textEdited.connect(lambda _text: self.search_timer.start())

    def _list(self, name: str, model: ResultModel) -> QListView:
        """A list inside the popup: never takes the focus from the line edit."""
        view = QListView()
        view.setObjectName(name)
        view.setModel(model)
        view.setItemDelegate(ResultDelegate(view))
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setMouseTracking(True)
        view.clicked.connect(self._activate)
        return view

    # -- what the form asks ---------------------------------------------------------------

    def picked(self) -> IntakeHit | None:
        """The line picked last, until ``clear``."""
        return self._picked

    def typed(self) -> str:
        """What the person typed (not the summary shown after a pick)."""
        text = self.line_edit.text().strip()
        return "" if text == self._pick_text else text

    def clear(self) -> None:
        """Forget the pick and the text: the next client."""
        self._picked, self._pick_text = None, ""
        self.line_edit.clear()
        self.hide_results()

    def is_open(self) -> bool:
        return self.popup.isVisible()

    def lines(self) -> list[ResultRow]:
        """Every line of the open list, the found ones and then the actions."""
        return self.model.rows() + self.action_model.rows()

    def current_line(self) -> ResultRow | None:
        """The line that Enter would pick."""
        index = self._index(self._current)
        return index.data(ROW_ROLE) if index.isValid() else None

    def hide_results(self) -> None:
        self.search_timer.stop()
        self.popup.hide()

    # -- searching ------------------------------------------------------------------------

    def run_search(self, *, even_if_empty: bool = False) -> None:
        """Search for the typed text now and show the list (the timer calls this).

        With nothing typed the list closes, unless asked for (Down): then it offers
        only the new client and, after a pick, the new car.
        """
        self.search_timer.stop()
        text = self.typed()
        if not text and not even_if_empty:
            self.hide_results()
            return
        rows: list[ResultRow] = []
        if text:
            try:
                hits = find_for_intake(self._db, self._actor, text, RESULT_LIMIT)
            except DeskError as error:
                rows.append(ResultRow(RowKind.NOTE, error_text(error)))
            else:
                rows += [ResultRow(RowKind.HIT, hit_text(hit), hit) for hit in hits]
                if not hits:
                    note = self.tr("No client or car matches “{text}”").format(text=text)
                    rows.append(ResultRow(RowKind.NOTE, note))
                elif len(hits) == RESULT_LIMIT:
                    note = self.tr("The first {count} matches: type more to narrow them down")
                    rows.append(ResultRow(RowKind.NOTE, note.format(count=RESULT_LIMIT)))
        self.model.set_rows(rows)
        self.action_model.set_rows(self._actions(text))
        self._current = -1
        self._move_to(0, 1)
        self._place()

    def _actions(self, text: str) -> list[ResultRow]:
        new_client = self.tr("New client “{text}”…") if text else self.tr("New client…")
        rows = [ResultRow(RowKind.NEW_CLIENT, new_client.format(text=text))]
        if self._picked is not None:
            name = self._picked.display_name
            label = self.tr("New vehicle for {name}: “{text}”…") if text else None
            label = label or self.tr("New vehicle for {name}…")
            rows.append(ResultRow(RowKind.NEW_VEHICLE, label.format(name=name, text=text)))
        return rows

    def _place(self) -> None:
        """Lay the list over the window right under the line edit, as tall as its lines
        (the found ones scroll past ``VISIBLE_ROWS``, the actions always show)."""
        window = self.window()
        if self.popup.parentWidget() is not window:
            self.popup.setParent(window)
        for view, most in ((self.results, VISIBLE_ROWS), (self.actions, None)):
            count = view.model().rowCount()
            rows = range(count if most is None else min(count, most))
            view.setFixedHeight(sum(view.sizeHintForRow(r) for r in rows))
            view.setVisible(count > 0)
        below = self.line_edit.mapTo(window, QPoint(0, self.line_edit.height()))
        height = self.popup.sizeHint().height()
        height = min(height, window.height() - below.y())
        self.popup.setGeometry(below.x(), below.y(), max(self.line_edit.width(), 480), height)
        self.popup.show()
        self.popup.raise_()

    # -- the keyboard ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            if event.type() == QEvent.Type.FocusOut:
                self.hide_results()
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.is_open():
                self._place()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        """Up/Down move in the list (Down opens it), Enter picks, Esc closes."""
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.is_open():
                self.run_search(even_if_empty=True)
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(key, 0)
            if step and not self._can_move(step):  # round the ends: Up from the top
                self._move_to(-1 if step < 0 else 0, step)  # reaches "New client…"
                return True
            page = VISIBLE_ROWS if key == Qt.Key.Key_PageDown else -VISIBLE_ROWS
            self._move_to(self._current + (step or page), step or (1 if page > 0 else -1))
            return True
        if not self.is_open():
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self._index(self._current))
            return True
        if key == Qt.Key.Key_Escape:
            self.hide_results()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.hide_results()
        return False

    def _index(self, line: int) -> QModelIndex:
        """Line ``line`` of the popup: the found ones first, then the actions."""
        found = self.model.rowCount()
        if 0 <= line < found:
            return self.model.index(line)
        return self.action_model.index(line - found)

    def _pickable(self) -> list[int]:
        count = self.model.rowCount() + self.action_model.rowCount()
        return [n for n in range(count) if self._index(n).flags() & Qt.ItemFlag.ItemIsEnabled]

    def _can_move(self, step: int) -> bool:
        """Whether a line that can be picked lies ``step``'s way from the current one."""
        return any((n - self._current) * step > 0 for n in self._pickable())

    def _move_to(self, line: int, direction: int) -> None:
        """Make ``line`` current (-1: the last), or the next pickable line in ``direction``."""
        count = self.model.rowCount() + self.action_model.rowCount()
        line = count - 1 if line < 0 else min(line, count - 1)
        while 0 <= line < count and not self._index(line).flags() & Qt.ItemFlag.ItemIsEnabled:
            line += direction
        if not 0 <= line < count:
            return
        self._current = line
        index = self._index(line)
        for view in (self.results, self.actions):
            if view.model() is index.model():
                view.setCurrentIndex(index)
                view.scrollTo(index)
            else:
                view.clearSelection()
                view.setCurrentIndex(QModelIndex())

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row: ResultRow = index.data(ROW_ROLE)
        text = self.typed()
        self.hide_results()
        if row.kind is RowKind.HIT and row.hit is not None:
            self._picked = row.hit
            car = " ".join(p for p in (row.hit.vehicle_title, row.hit.plate) if p)
            self._pick_text = " — ".join(p for p in (row.hit.display_name, car) if p)
            self.line_edit.setText(self._pick_text)
            self.line_edit.selectAll()
            self.sig_picked.emit(row.hit)
        elif row.kind is RowKind.NEW_CLIENT:
            self.sig_new_client.emit(text)
        elif row.kind is RowKind.NEW_VEHICLE:
            self.sig_new_vehicle.emit(text)
