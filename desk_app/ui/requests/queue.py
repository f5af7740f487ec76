"""One request queue: what reaches my departments, or what I asked of others.

The queue comes from the services in order of urgency (deadline first, none last); a
click on a header sorts by that column instead. "Due" is the answer the department's
agreed standard promises; a row past it (or past the requester's own "needed by") is
tinted red with its deadline in bold on both sides, so the requester sees the slip as
plainly as the department that owes the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import RequestStatus
from desk_app.services.requests import RequestRow
from desk_app.ui.formatting import local_datetime
from desk_app.ui.labels import department_label, request_kind_label, request_status_label
from desk_app.ui.requests.promise_text import moment_text
from desk_app.ui.table_model import SORT_ROLE, AnyIndex, Column, RowTableModel

CONTEXT = "RequestsArea"
OVERDUE_COLOUR = QColor("#f9d9d5")
"""A pale red that keeps black text readable: the row has missed its deadline."""
OVERDUE_TEXT = QColor("#8c1d18")
CLOSED_COLOUR = QColor("#eef0f2")
"""Closed, rejected and cancelled requests are history: greyed."""
NOT_GOOD_COLOUR = QColor("#f7d9b5")
MAX_COLUMN_WIDTH = 200
DEADLINE_HEADERS = ("Due", "Needed by", "Status")
"""The cells set in bold dark red on an overdue row."""


def _stamp(moment: datetime | None) -> float:
    """A sort key for a moment; no moment sorts after every real one."""
    return moment.timestamp() if moment is not None else float("inf")


def _status_text(row: RequestRow) -> str:
    status = request_status_label(row.status)
    return (
        QCoreApplication.translate("RequestsArea", "{status}, overdue").format(status=status)
        if row.overdue
        else status
    )


def _rating_text(row: RequestRow) -> str:
    parts: list[str] = []
    if row.rating_good is not None:
        parts.append(
            QCoreApplication.translate("RequestsArea", "Good")
            if row.rating_good
            else QCoreApplication.translate("RequestsArea", "Not good")
        )
    if row.rating_score is not None:
        parts.append(f"{row.rating_score}/5")
    return ", ".join(parts)


def _background(row: RequestRow) -> QColor | None:
    if row.overdue:
        return OVERDUE_COLOUR
    return None if row.status.is_open else CLOSED_COLOUR


def _rating_background(row: RequestRow) -> QColor | None:
    """A “not good” answer weighs heavily (one-vote veto), so it stands out."""
    return NOT_GOOD_COLOUR if row.rating_good is False else _background(row)


def request_text(row: RequestRow) -> str:
    kind = request_kind_label(row.kind)
    return f"{kind} — {row.text}" if row.text else kind


def short_name(full_name: str) -> str:
    """“Волкова Екатерина Сергеевна” → “Волкова Е. С.”: a queue names people briefly."""
    surname, *given = full_name.split() or [""]
    return " ".join([surname, *(f"{name[0]}." for name in given)])


def queue_columns(incoming: bool, show_to: bool) -> list[Column[RequestRow]]:
    """A queue's columns; "To" where it varies: outgoing, or answering for several departments."""

    def column(
        header: str,
        text: Callable[[RequestRow], str],
        sort_key: Callable[[RequestRow], Any] | None = None,
        align_right: bool = False,
    ) -> Column[RequestRow]:
        return Column(header, text, sort_key, align_right, CONTEXT, _background)

    who: list[Column[RequestRow]] = []
    if incoming:
        who.append(
            column(QT_TRANSLATE_NOOP("RequestsArea", "From"), lambda r: short_name(r.requester))
        )
    if show_to or not incoming:
        who.append(
            column(
                QT_TRANSLATE_NOOP("RequestsArea", "To"), lambda r: department_label(r.to_department)
            )
        )
    return [
        column(
            QT_TRANSLATE_NOOP("RequestsArea", "No."),
            lambda r: str(r.id),
            lambda r: r.id,
            align_right=True,
        ),
        column(
            QT_TRANSLATE_NOOP("RequestsArea", "Due"),
            lambda r: moment_text(r.due_at),
            lambda r: _stamp(r.due_at),
        ),
        column(
            QT_TRANSLATE_NOOP("RequestsArea", "Needed by"),
            lambda r: moment_text(r.needed_by),
            lambda r: _stamp(r.needed_by),
        ),
        column(QT_TRANSLATE_NOOP("RequestsArea", "Status"), _status_text),
        *who,
        column(QT_TRANSLATE_NOOP("RequestsArea", "Request"), request_text),
        column(QT_TRANSLATE_NOOP("RequestsArea", "Vehicle"), lambda r: r.vehicle),
        column(
            QT_TRANSLATE_NOOP("RequestsArea", "Work order"), lambda r: r.work_order_number or ""
        ),
        Column(
            QT_TRANSLATE_NOOP("RequestsArea", "Rating"),
            _rating_text,
            context=CONTEXT,
            background=_rating_background,
        ),
    ]


class RequestModel(RowTableModel[RequestRow]):
    """The queue's rows; hovering a row tells who filed it and when, and the whole text
    of a request too long for its column. An overdue row's deadlines are bold dark red."""

    def __init__(self, columns: list[Column[RequestRow]], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        self._deadline_columns = {
            index for index, column in enumerate(columns) if column.header in DEADLINE_HEADERS
        }
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.row_at(index.row())
            filed = QCoreApplication.translate(
                "RequestsArea", "Filed {moment} by {name} ({department})"
            ).format(
                moment=local_datetime(row.created_at),
                name=row.requester,
                department=department_label(row.from_department),
            )
            return f"{request_text(row)}\n{filed}"
        urgent = index.column() in self._deadline_columns and self.row_at(index.row()).overdue
        if role == Qt.ItemDataRole.FontRole and urgent:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and urgent:
            return QBrush(OVERDUE_TEXT)
        return super().data(index, role)


class RequestQueue(QWidget):
    """One queue: a sortable table, or a sentence when it is empty."""

    sig_selected = Signal(object)
    """The chosen request changed (int: its id, or None when nothing is chosen)."""

    def __init__(
        self, incoming: bool, show_to: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.incoming = incoming
        self._fitted = False
        columns = queue_columns(incoming, show_to)
        self.text_column = next(i for i, c in enumerate(columns) if c.header == "Request")
        self.rating_column = len(columns) - 1
        self.model = RequestModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.view = QTableView()
        self.view.setObjectName("incomingTable" if incoming else "outgoingTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the services' order
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.text_column, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #5f6b76; font-size: 11pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_rows(self, rows: list[RequestRow], show_closed: bool) -> None:
        """Show the queue: the open requests in the services' order, then history, newest
        first. The chosen request stays chosen if it is still listed."""
        chosen = self.selected_id()
        still_open = [row for row in rows if row.status.is_open]
        history = sorted(
            (row for row in rows if not row.status.is_open),
            key=lambda row: row.created_at,
            reverse=True,
        )
        blocked = self.view.selectionModel().blockSignals(True)
        self.model.set_rows(still_open + history)
        self.view.selectionModel().blockSignals(blocked)
        newly_shown = show_closed and self.view.isColumnHidden(self.rating_column)
        self.view.setColumnHidden(self.rating_column, not show_closed)
        if rows and (not self._fitted or newly_shown):
            self._fit_columns()
            self._fitted = True
        self.empty_label.setText(self._empty_text(show_closed))
        self.stack.setCurrentWidget(self.view if rows else self.empty_label)
        if chosen is None or not self.select_id(chosen):
            self.sig_selected.emit(self.selected_id())

    def _fit_columns(self) -> None:
        """Size to the rows with a little air; the request's text takes what is left."""
        for section in range(self.model.columnCount()):
            if section != self.text_column:
                self.view.resizeColumnToContents(section)
                width = self.view.columnWidth(section) + 12
                self.view.setColumnWidth(section, min(width, MAX_COLUMN_WIDTH))

    def _empty_text(self, show_closed: bool) -> str:
        if self.incoming:
            if show_closed:
                return self.tr("Nobody has asked your departments for anything yet.")
            return self.tr("No open requests to your departments.")
        if show_closed:
            return self.tr("You have not filed any requests yet.")
        return self.tr("None of your requests is open.")

    def selected_id(self) -> int | None:
        """The request chosen in the table, if any."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).id

    def select_id(self, request_id: int) -> bool:
        """Choose the request and scroll to it (``sig_selected`` follows when the choice
        changes); False when it is not listed."""
        for number, row in enumerate(self.model.rows()):
            if row.id == request_id:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                self.view.selectRow(index.row())
                self.view.scrollTo(index)
                return True
        return False

    def open_count(self) -> int:
        return sum(1 for row in self.model.rows() if row.status.is_open)

    def overdue_count(self) -> int:
        return sum(1 for row in self.model.rows() if row.overdue)

    def answered_count(self) -> int:
        """Answered and waiting for the requester to judge the answer."""
        return sum(1 for row in self.model.rows() if row.status is RequestStatus.ANSWERED)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.sig_selected.emit(self.selected_id())
