"""The card's smaller tabs: internal requests about the client's orders, call-back results
(satisfaction), and his notes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.client_card import CardRequest
from desk_app.ui.clients.card_tables import CardTable, column
from desk_app.ui.clients.card_texts import yes_no
from desk_app.ui.formatting import local_date, local_datetime, number
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.labels import department_label, request_kind_label, request_status_label
from desk_app.ui.table_model import Column

translate = QCoreApplication.translate
"""Short, and still found by lupdate with its literal context."""

REQUEST_COLUMNS: list[Column[CardRequest]] = [
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Filed"),
        lambda r: local_datetime(r.created_at),
        lambda r: r.created_at.timestamp(),
    ),
    column(QT_TRANSLATE_NOOP("ClientCard", "Order"), lambda r: r.order_number),
    column(QT_TRANSLATE_NOOP("ClientCard", "Request"), lambda r: request_kind_label(r.kind)),
    column(QT_TRANSLATE_NOOP("ClientCard", "To"), lambda r: department_label(r.department)),
    column(QT_TRANSLATE_NOOP("ClientCard", "Status"), lambda r: request_status_label(r.status)),
    column(QT_TRANSLATE_NOOP("ClientCard", "Text"), lambda r: " ".join(r.text.split())),
]


def _score(result: Any) -> str:
    score = getattr(result, "satisfaction", None)
    return translate("ClientCard", "{score} of 5").format(score=score) if score else ""


CALL_BACK_COLUMNS: list[Column[Any]] = [
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Date"),
        lambda c: local_date(c.at),
        lambda c: c.at.timestamp(),
    ),
    column(QT_TRANSLATE_NOOP("ClientCard", "Order"), lambda c: c.order_number),
    column(QT_TRANSLATE_NOOP("ClientCard", "Reached"), lambda c: yes_no(c.reached)),
    column(
        QT_TRANSLATE_NOOP("ClientCard", "Score"),
        _score,
        lambda c: c.satisfaction or 0,
        right=True,
    ),
    column(QT_TRANSLATE_NOOP("ClientCard", "Comment"), lambda c: " ".join(c.comment.split())),
]


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label


class RequestsTab(QWidget):
    """Requests to the parts and finance departments that concerned this client's orders."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: CardTable[CardRequest] = CardTable(REQUEST_COLUMNS, "cardRequests")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.empty = _note(self.tr("No internal request concerned this client's orders."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_requests(self, requests: tuple[CardRequest, ...]) -> None:
        self.table.set_rows(list(requests))
        self.empty.setVisible(not requests)


class CallBacksTab(QWidget):
    """The calls after each visit: reached or not, the client's score and his words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: CardTable[Any] = CardTable(CALL_BACK_COLUMNS, "cardCallBacks")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.summary = QLabel()
        self.summary.setObjectName("satisfactionSummary")
        self.empty = _note("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_results(self, results: list[Any] | None) -> None:
        """``None``: this version has no call-back records to show."""
        rows = results or []
        self.table.set_rows(rows)
        scores = [r.satisfaction for r in rows if getattr(r, "satisfaction", None)]
        if scores:
            average = Decimal(sum(scores)) / len(scores)
            self.summary.setText(
                self.tr("Average score {average} of 5 from {count} call-backs").format(
                    average=number(average, 1), count=len(scores)
                )
            )
        self.summary.setVisible(bool(scores))
        if results is None:
            self.empty.setText(self.tr("Call-back results are not available in this version."))
        else:
            self.empty.setText(self.tr("Nobody has called this client back after a visit yet."))
        self.empty.setVisible(not rows)


class NotesTab(QWidget):
    """The desk's notes on the client; they are edited with the rest of his details."""

    sig_edit = Signal()
    """Edit the notes (the card switches the Contacts tab to its form)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("cardNotes")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("No notes on this client."))
        self.edit_button = QPushButton(self.tr("Edit notes…"))
        self.edit_button.setObjectName("editNotes")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.sig_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)

    def set_notes(self, notes: str, *, can_edit: bool) -> None:
        self.text.setPlainText(notes)
        self.edit_button.setVisible(can_edit)
