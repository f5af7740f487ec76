"""Making two cards of one client one (``client_merge.merge_clients``).

The user finds the other card (or comes here from the duplicate warning with it
chosen), sees both side by side, picks the card whose details stay, and merges: every
visit, car, booking and contact of the other card moves over, its empty fields fill the
kept card's, notes are joined, and the other card goes. Nothing happens before "Merge".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import client_card, client_merge, clients
from desk_app.services.client_card import ClientCard
from desk_app.services.errors import StaleEdit
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_date, money
from desk_app.ui.labels import phone_label

SEARCH_DELAY_MS = 250
RESULTS = 30


class MergeDialog(QDialog):
    sig_merged = Signal(int)
    """The cards were merged (int: the id of the card kept)."""

    def __init__(
        self,
        context: AreaContext,
        card: ClientCard,
        other_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.card = card
        self.other: ClientCard | None = None
        self.setWindowTitle(self.tr("Merge two cards of one client"))
        intro = QLabel(
            self.tr(
                "Every visit, car, booking and contact of the other card moves to the card "
                "you keep. The kept card's details stay; its empty fields are filled from "
                "the other card, and the notes are joined. The other card is then removed."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("mergeSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find the other card: name, phone, plate or VIN"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self.run_search)
        self.results = QListWidget()
        self.results.setObjectName("mergeResults")
        self.results.setMaximumHeight(120)
        self.results.currentItemChanged.connect(self._result_chosen)

        self.this_box, self.this_summary, self.keep_this = self._side(self.tr("This card"))
        self.other_box, self.other_summary, self.keep_other = self._side(self.tr("The other card"))
        self.keep_this.setObjectName("keepThis")
        self.keep_other.setObjectName("keepOther")
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_this)
        self.keep_group.addButton(self.keep_other)
        self.keep_this.setChecked(True)
        sides = QHBoxLayout()
        sides.addWidget(self.this_box, 1)
        sides.addWidget(self.other_box, 1)

        self.message = error_label()
        self.message.setObjectName("mergeMessage")
        self.reload_button = QPushButton(self.tr("Reload the cards"))
        self.reload_button.setObjectName("mergeReload")
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeCards")
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addLayout(sides)
        layout.addStretch(1)
        layout.addLayout(message_row)
        layout.addWidget(buttons)
        self.setMinimumWidth(720)
        self._show_sides()
        if other_id is not None:
            self.choose(other_id)
            self.search.hide()
            self.results.hide()

    def _side(self, title: str) -> tuple[QGroupBox, QLabel, QRadioButton]:
        box = QGroupBox(title)
        summary = QLabel()
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        keep = QRadioButton(self.tr("Keep this card's details"))
        column = QVBoxLayout(box)
        column.addWidget(keep)
        column.addWidget(summary)
        column.addStretch(1)
        return box, summary, keep

    def _summary(self, card: ClientCard) -> str:
        phones = ", ".join(phone_label(number) for number in card.phones)
        cars = "; ".join(f"{car.title} {car.plate}".strip() for car in card.vehicles)
        lines = [
            card.display_name,
            self.tr("Phones: {phones}").format(phones=phones or "—"),
            self.tr("E-mail: {email}").format(email=card.email or "—"),
            self.tr("Cars: {cars}").format(cars=cars or "—"),
            self.tr("Visits: {count}, spent {money}").format(
                count=len(card.visits), money=money(card.total_spent)
            ),
            self.tr("On file since {date}").format(date=local_date(card.created_at)),
        ]
        return "\n".join(lines)

    def _show_sides(self) -> None:
        self.this_summary.setText(self._summary(self.card))
        if self.other is None:
            self.other_summary.setText(self.tr("Find the other card above."))
        else:
            self.other_summary.setText(self._summary(self.other))
        self.keep_other.setEnabled(self.other is not None)
        self.merge_button.setEnabled(self.other is not None)

    def run_search(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        try:
            rows = clients.search_clients(
                self.context.db, self.context.actor, text, limit=RESULTS + 1
            )
        except DeskError as error:
            self._say(error_text(error))
            return
        for row in rows:
            if row.id == self.card.id:
                continue
            facts = [row.display_name, phone_label(row.phone), row.vehicles]
            item = QListWidgetItem(" · ".join(fact for fact in facts if fact))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)

    def _result_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, other_id: int) -> None:
        """Read the other card and show it beside this one."""
        try:
            self.other = client_card.load_card(self.context.db, self.context.actor, other_id)
        except DeskError as error:
            self.other = None
            self._say(error_text(error))
        else:
            self._clear()
        self._show_sides()

    def reload(self) -> None:
        """Read both cards again (after another desk changed one of them)."""
        db, actor = self.context.db, self.context.actor
        try:
            self.card = client_card.load_card(db, actor, self.card.id)
            if self.other is not None:
                self.other = client_card.load_card(db, actor, self.other.id)
        except DeskError as error:
            self._say(error_text(error))
            return
        self._clear()
        self._show_sides()

    def merge(self) -> bool:
        other = self.other
        if other is None:
            return False
        keep, drop = (self.card, other) if self.keep_this.isChecked() else (other, self.card)
        try:
            client_merge.merge_clients(
                self.context.db,
                self.context.actor,
                keep.id,
                drop.id,
                keep_version=keep.version,
                drop_version=drop.version,
            )
        except StaleEdit as error:
            self._say(error_text(error), stale=True)
            return False
        except DeskError as error:
            self._say(error_text(error))
            return False
        self.sig_merged.emit(keep.id)
        self.accept()
        return True

    def _say(self, text: str, *, stale: bool = False) -> None:
        self.message.setText(text)
        self.message.show()
        self.reload_button.setVisible(stale)

    def _clear(self) -> None:
        self.message.clear()
        self.message.hide()
        self.reload_button.hide()
