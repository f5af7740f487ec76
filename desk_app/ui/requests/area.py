"""The Requests area: the queues of what reaches my departments and what I asked of others,
the chosen request in full below them, and a banner when a new one arrives.

A receptionist asks parts or finance from here (Ctrl+N) and sees when he will be
answered; the parts clerk takes, answers, reserves and issues; the requester closes the
request with his rating. Every step is a service call followed by a reload, so what is
shown is what was saved. More tabs (scorecards, the survey, goals) join ``self.tabs``;
the detail pane shows only under a queue's tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import request_slip
from desk_app.errors import DeskError
from desk_app.services import request_detail, request_print, requests
from desk_app.services.permissions import Action, Area
from desk_app.services.requests import RequestRow
from desk_app.ui.area import AreaContext, AreaWidget
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.printing.show import show_preview
from desk_app.ui.requests.arrivals import POLL_MS, RequestArrivals
from desk_app.ui.requests.banner import ArrivalBanner, arrival_text
from desk_app.ui.requests.detail_pane import RequestDetailPane
from desk_app.ui.requests.filing_dialog import FilingDialog
from desk_app.ui.requests.goals_page import GoalsPage
from desk_app.ui.requests.queue import RequestQueue
from desk_app.ui.requests.request_steps import RequestSteps
from desk_app.ui.requests.scorecard_page import ScorecardPage
from desk_app.ui.requests.survey_page import SurveyPage

__all__ = ["RequestQueue", "RequestsArea"]


class RequestsArea(AreaWidget):
    area = Area.REQUESTS

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(context, parent)
        actor = context.actor
        self.show_closed = QCheckBox(self.tr("Show &closed"))
        self.show_closed.setToolTip(
            self.tr("Also list requests that were closed, rejected or cancelled")
        )
        self.show_closed.toggled.connect(self.refresh)
        self.error = error_label()
        self.error.setObjectName("areaMessage")

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
        for queue in self.queues:
            queue.sig_selected.connect(lambda request_id, q=queue: self._chosen(q, request_id))
        self.scorecards = ScorecardPage(context)
        self.survey = SurveyPage(context)
        self.goals = GoalsPage(context)
        self.goals.sig_status_message.connect(self.sig_status_message)
        self.tabs.addTab(self.scorecards, self.tr("Scorecards"))
        self.tabs.addTab(self.survey, self.tr("Survey"))
        self.tabs.addTab(self.goals, self.tr("Goals"))
        self._pages_loaded: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_changed)

        self.detail = RequestDetailPane()
        self.steps = RequestSteps(self)
        self.detail.sig_action.connect(self.steps.act)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.new_button = QPushButton(self.tr("&New request…"))
        self.new_button.setObjectName("newRequest")
        self.new_button.setToolTip(self.tr("Ask parts, finance or the workshop (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_request())
        self.new_button.setVisible(self.outgoing is not None)
        if self.outgoing is not None:
            QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.new_request())
        self.print_button = QPushButton(self.tr("&Print slip"))
        self.print_button.setObjectName("printSlip")
        self.print_button.setToolTip(self.tr("Print the chosen request for its counter (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_slip)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_slip)
        self.preview: QWidget | None = None

        self.banner = ArrivalBanner()
        self.banner.sig_open.connect(self.open_incoming)
        self.banner.sig_dismissed.connect(self._retitle)
        self.arrivals: RequestArrivals | None = None
        if self.incoming is not None:
            self.arrivals = RequestArrivals(context, poll_ms, self)
            self.arrivals.sig_new_requests.connect(self.requests_arrived)
            self.arrivals.sig_trouble.connect(self.show_error)
            self.arrivals.start()

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.print_button)
        top.addStretch(1)
        top.addWidget(self.show_closed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)

    def title(self) -> str:
        return self.tr("Requests")

    def refresh(self) -> None:
        """Reload the queues (the chosen request stays chosen and is read again) and the
        page shown; the other pages reload when they are next shown."""
        self.error.hide()
        self._pages_loaded.clear()
        self._load_page()
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
                self.show_error(error_text(error))
                continue
            queue.set_rows(rows, show_closed)
        self._retitle()

    def shop_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def current_queue(self) -> RequestQueue | None:
        queue = self.tabs.currentWidget()
        return queue if isinstance(queue, RequestQueue) else None

    # -- the chosen request ----------------------------------------------------------------

    def _chosen(self, queue: RequestQueue, request_id: int | None) -> None:
        if queue is self.current_queue():
            self.show_request(request_id)

    def _load_page(self) -> None:
        """Scorecards, the survey and goals read the database only when shown."""
        page = self.tabs.currentWidget()
        if isinstance(page, ScorecardPage | SurveyPage | GoalsPage) and (
            page not in self._pages_loaded
        ):
            self._pages_loaded.add(page)
            page.refresh()

    def _tab_changed(self, _index: int) -> None:
        self._load_page()
        queue = self.current_queue()
        self.detail.setVisible(queue is not None)
        self.print_button.setEnabled(queue is not None)
        if queue is not None:
            self.show_request(queue.selected_id())

    def show_request(self, request_id: int | None) -> None:
        """Read the request again and show it in the pane (None: nothing chosen)."""
        if request_id is None:
            self.detail.set_detail(None)
            return
        try:
            found = request_detail.request_detail(self.context.db, self.context.actor, request_id)
        except DeskError as error:
            self.detail.set_detail(None)
            self.show_error(error_text(error))
            return
        self.detail.set_detail(found)

    def reload_chosen(self) -> None:
        """After a change: the queues and the chosen request as saved now."""
        self.refresh()

    def choose(self, queue: RequestQueue, request_id: int) -> bool:
        """Show ``queue``'s tab with ``request_id`` chosen in it; False if it is not listed."""
        self.tabs.setCurrentWidget(queue)
        self.refresh()
        return queue.select_id(request_id)

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "request":
            return False
        for queue in self.queues:
            if queue.select_id(record_id):
                self.tabs.setCurrentWidget(queue)
                return True
        return False

    # -- filing ----------------------------------------------------------------------------

    def new_request(self, order_number: str = "") -> FilingDialog | None:
        """The "New request" form; the request filed is then chosen in "My requests"."""
        if self.outgoing is None:
            return None
        dialog = FilingDialog(self.context, self, order_number=order_number)
        dialog.sig_filed.connect(self._filed)
        self.steps.open_form(dialog)
        return dialog

    def _filed(self, request_id: int) -> None:
        if self.outgoing is not None:
            self.choose(self.outgoing, request_id)
        self.sig_status_message.emit(self.tr("Request {number} filed.").format(number=request_id))

    # -- arrivals --------------------------------------------------------------------------

    def requests_arrived(self, rows: list[RequestRow]) -> None:
        """Other desks filed requests for my departments: banner, queue and status bar."""
        self.banner.announce(rows)
        self.refresh()
        newest = rows[-1]
        self.sig_status_message.emit(
            self.tr("New request from {request}").format(request=arrival_text(newest))
        )

    def open_incoming(self, request_id: int) -> None:
        if self.incoming is not None:
            self.choose(self.incoming, request_id)

    # -- printing --------------------------------------------------------------------------

    def print_slip(self) -> None:
        """The chosen request's slip, for the parts or finance counter."""
        queue = self.current_queue()
        request_id = queue.selected_id() if queue is not None else None
        if request_id is None:
            self.show_error(self.tr("Choose a request in the list to print its slip."))
            return
        self.error.hide()
        try:
            slip = request_print.request_slip(self.context.db, self.context.actor, request_id)
        except DeskError as error:
            self.show_error(error_text(error))
            return
        title = self.tr("Request slip")
        pdf = request_slip.render(slip)
        self.preview = show_preview(self, pdf, title, f"{title} {slip.number}.pdf")

    def _retitle(self) -> None:
        self.sig_attention.emit(len(self.banner.rows))
        for queue in self.queues:
            self.tabs.setTabText(self.tabs.indexOf(queue), self._tab_title(queue))

    def _tab_title(self, queue: RequestQueue) -> str:
        name = self.tr("Incoming") if queue.incoming else self.tr("My requests")
        count = queue.open_count()
        notes = [str(count)] if count else []
        fresh = len(self.banner.rows) if queue.incoming else 0
        if fresh:
            notes.append(self.tr("{count} new").format(count=fresh))
        overdue = queue.overdue_count()
        if overdue:
            notes.append(self.tr("{overdue} overdue").format(overdue=overdue))
        to_rate = 0 if queue.incoming else queue.answered_count()
        if to_rate:
            notes.append(self.tr("{count} answered, to rate").format(count=to_rate))
        return (
            self.tr("{name} ({notes})").format(name=name, notes=", ".join(notes)) if notes else name
        )
