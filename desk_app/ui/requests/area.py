"""The Requests area: two queues, what reaches my departments and what I asked of others.

The queue comes from the services in order of urgency (deadline first, none last); a
click on a header sorts by that column instead. Rows past their deadline are tinted red.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import request_slip
from desk_app.errors import DeskError
from desk_app.services import request_print, requests
from desk_app.services.permissions import Action, Area
from desk_app.services.requests import RequestRow
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_datetime
from desk_app.ui.labels import department_label, request_kind_label, request_status_label
from desk_app.ui.printing.show import show_preview
from desk_app.ui.table_model import SORT_ROLE, AnyIndex, Column, RowTableModel

CONTEXT = "RequestsArea"
OVERDUE_COLOUR = QColor("#f9d9d5")
"""A pale red that keeps black text readable: the row has missed its deadline."""
CLOSED_COLOUR = QColor("#eef0f2")
NOT_GOOD_COLOUR = QColor("#f7d9b5")
"""Closed, rejected and cancelled requests are history: greyed."""


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


def _request_text(row: RequestRow) -> str:
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
            QT_TRANSLATE_NOOP("RequestsArea", "Needed by"),
            lambda r: local_datetime(r.needed_by),
            lambda r: _stamp(r.needed_by),
        ),
        column(QT_TRANSLATE_NOOP("RequestsArea", "Status"), _status_text),
        *who,
        column(QT_TRANSLATE_NOOP("RequestsArea", "Request"), _request_text),
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


MAX_COLUMN_WIDTH = 200


class RequestModel(RowTableModel[RequestRow]):
    """The queue's rows; hovering a row tells who filed it and when, and the whole text
    of a request too long for its column."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.row_at(index.row())
            filed = QCoreApplication.translate(
                "RequestsArea", "Filed {moment} by {name} ({department})"
            ).format(
                moment=local_datetime(row.created_at),
                name=row.requester,
                department=department_label(row.from_department),
            )
            return f"{_request_text(row)}\n{filed}"
        return super().data(index, role)


class RequestQueue(QWidget):
    """One queue: a sortable table, or a sentence when it is empty."""

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
        """Show the queue: the open requests in the services' order, then history, newest first."""
        still_open = [row for row in rows if row.status.is_open]
        history = sorted(
            (row for row in rows if not row.status.is_open),
            key=lambda row: row.created_at,
            reverse=True,
        )
        self.model.set_rows(still_open + history)
        newly_shown = show_closed and self.view.isColumnHidden(self.rating_column)
        self.view.setColumnHidden(self.rating_column, not show_closed)
        if rows and (not self._fitted or newly_shown):
            self._fit_columns()
            self._fitted = True
        self.empty_label.setText(self._empty_text(show_closed))
        self.stack.setCurrentWidget(self.view if rows else self.empty_label)

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

    def open_count(self) -> int:
        return sum(1 for row in self.model.rows() if row.status.is_open)

    def overdue_count(self) -> int:
        return sum(1 for row in self.model.rows() if row.overdue)


class RequestsArea(AreaWidget):
    area = Area.REQUESTS

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        actor = context.actor
        self.show_closed = QCheckBox(self.tr("Show &closed"))
        self.show_closed.setToolTip(
            self.tr("Also list requests that were closed, rejected or cancelled")
        )
        self.show_closed.toggled.connect(self.refresh)
        self.error = error_label()

        self.tabs = QTabWidget()
        self.queues: list[RequestQueue] = []
        self.incoming: RequestQueue | None = None
        self.outgoing: RequestQueue | None = None
        answered = requests.answered_departments(actor)
        if answered:
            self.incoming = RequestQueue(incoming=True, show_to=len(answered) > 1)
            self.queues.append(self.incoming)
            self.tabs.addTab(self.incoming, "")
        if actor.can(Action.FILE_REQUEST):
            self.outgoing = RequestQueue(incoming=False)
            self.queues.append(self.outgoing)
            self.tabs.addTab(self.outgoing, "")

        self.print_button = QPushButton(self.tr("&Print slip"))
        self.print_button.setObjectName("printSlip")
        self.print_button.setToolTip(self.tr("Print the chosen request for its counter (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_slip)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_slip)
        self.preview: QWidget | None = None

        top = QHBoxLayout()
        top.addWidget(self.print_button)
        top.addStretch(1)
        top.addWidget(self.show_closed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Requests")

    def refresh(self) -> None:
        self.error.hide()
        show_closed = self.show_closed.isChecked()
        for queue in self.queues:
            try:
                rows = requests.list_requests(
                    self.context.db,
                    self.context.actor,
                    incoming=queue.incoming,
                    open_only=not show_closed,
                )
            except DeskError as error:
                self.error.setText(error_text(error))
                self.error.show()
                continue
            queue.set_rows(rows, show_closed)
            self.tabs.setTabText(self.tabs.indexOf(queue), self._tab_title(queue))

    def print_slip(self) -> None:
        """The chosen request's slip, for the parts or finance counter."""
        queue = self.tabs.currentWidget()
        request_id = queue.selected_id() if isinstance(queue, RequestQueue) else None
        if request_id is None:
            self.error.setText(self.tr("Choose a request in the list to print its slip."))
            self.error.show()
            return
        self.error.hide()
        try:
            slip = request_print.request_slip(self.context.db, self.context.actor, request_id)
        except DeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        title = self.tr("Request slip")
        pdf = request_slip.render(slip)
        self.preview = show_preview(self, pdf, title, f"{title} {slip.number}.pdf")

    def _tab_title(self, queue: RequestQueue) -> str:
        name = self.tr("Incoming") if queue.incoming else self.tr("My requests")
        count = queue.open_count()
        overdue = queue.overdue_count()
        if overdue:
            return self.tr("{name} ({count}, {overdue} overdue)").format(
                name=name, count=count, overdue=overdue
            )
        return self.tr("{name} ({count})").format(name=name, count=count) if count else name
