"""A mechanic's own work: his cars on the left, the chosen car's job on the right.

He ticks his works as he finishes them and sends the car to the quality check when all
are done; a refusal (works left, the car moved meanwhile) is shown beside the button,
where he is looking, not in a dialog. Nothing here can show who the client is or what
the job costs: ``list_my_work`` returns no such field, and this screen adds none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import WorkOrderStatus
from desk_app.services import order_status, work_orders, workshop
from desk_app.services.work_orders import WorkshopRow
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import workstation_time_zone
from desk_app.ui.labels import status_colour, status_label
from desk_app.ui.timeline.cards import LATE, QUIET, ROW_ROLE, Card, CardList, CardModel, due_text
from desk_app.ui.timeline.job_sheet import JobSheet


def work_card(row: WorkshopRow, now: datetime, zone: tzinfo) -> Card:
    """A car of his on the list: its status, the car, when it is due, how far he has got."""
    done = sum(work.done for work in row.works)
    progress = QCoreApplication.translate("MyWork", "{done} of {total} works done").format(
        done=done, total=len(row.works)
    )
    return Card(
        title=row.number,
        corner=status_label(row.status),
        corner_fill=status_colour(row.status),
        lines=(" ".join(part for part in (row.vehicle_title, row.colour) if part), row.plate),
        due=due_text(row.promised_at, now, zone),
        late=row.overdue,
        footer=" · ".join(part for part in (row.bay_name, progress) if part),
        accent=status_colour(row.status).darker(135),
    )


class MyWorkPanel(QWidget):
    """A mechanic's cars and their jobs; he ticks works and sends the car to the check."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: translated text)."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, zone: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = zone or workstation_time_zone()
        self._now = clock.now()
        self._error_shown = False

        self.heading = QLabel(self.tr("My cars"))
        self.heading.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.model: CardModel[WorkshopRow] = CardModel(self)
        self.list = CardList(self.model, self.tr("Nothing is assigned to you right now."))
        self.list.setObjectName("myCars")
        self.list.setStyleSheet("#myCars { background: #eef0f3; border-radius: 6px; }")
        self.list.selectionModel().currentChanged.connect(self._show_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.list, 1)

        self.sheet = JobSheet()
        self.sheet.sig_work_ticked.connect(self._tick)
        scroller = QScrollArea()
        scroller.setWidget(self.sheet)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.send_button = QPushButton(self.tr("Send to quality check"))
        self.send_button.setObjectName("sendToCheck")
        self.send_button.setStyleSheet(
            "QPushButton { background: #3d7ab8; color: white; border: none; border-radius: 4px;"
            " padding: 7px 16px; font-weight: 600; }"
            " QPushButton:disabled { background: #c4ccd5; color: #f4f6f8; }"
        )
        self.send_button.clicked.connect(self.send_to_check)
        self.message = QLabel()
        self.message.setObjectName("sendMessage")
        self.message.setWordWrap(True)
        footer = QFrame()
        footer.setObjectName("jobFooter")
        bottom = QHBoxLayout(footer)
        bottom.setContentsMargins(18, 10, 18, 10)
        bottom.addWidget(self.send_button)
        bottom.addSpacing(10)
        bottom.addWidget(self.message, 1)
        job = QFrame()
        job.setObjectName("job")
        job.setStyleSheet(
            "#job { background: white; border: 1px solid #d5dae1; border-radius: 6px; }"
            " #jobSheet { background: white; }"
            " #jobFooter { background: #f7f8fa; border: none; border-top: 1px solid #e1e5ea;"
            " border-bottom-left-radius: 6px; border-bottom-right-radius: 6px; }"
        )
        job_layout = QVBoxLayout(job)
        job_layout.setContentsMargins(1, 1, 1, 1)
        job_layout.setSpacing(0)
        job_layout.addWidget(scroller, 1)
        job_layout.addWidget(footer)
        self.empty = QLabel(
            self.tr("When the master gives you works on a car, the car and its job show here.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {QUIET.name()}; font-size: 11pt;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(job)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """Reload his cars; the chosen one stays chosen (the first if none is)."""
        try:
            rows = work_orders.list_my_work(self.context.db, self.context.actor)
        except DeskError as error:
            self.sig_status_message.emit(error_text(error))
            return
        chosen = self.current_row()
        self._now = clock.now()
        self.model.set_rows(rows, lambda row: work_card(row, self._now, self.zone))
        self.heading.setText(self.tr("My cars ({count})").format(count=len(rows)))
        index = self.model.find(lambda row: chosen is not None and row.id == chosen.id)
        self.list.setCurrentIndex(index if index.isValid() else self.model.index(0, 0))
        self._show_current()

    def current_row(self) -> WorkshopRow | None:
        index = self.list.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_order(self, order_id: int) -> bool:
        index = self.model.find(lambda row: row.id == order_id)
        if index.isValid():
            self.list.setCurrentIndex(index)
        return index.isValid()

    def _show_current(self, *_: QModelIndex) -> None:
        row = self.current_row()
        self.pages.setCurrentIndex(0 if row is None else 1)
        if row is None:
            return
        if row.id != self.sheet.order_id or not self._error_shown:
            self._say("")
        self.sheet.show_row(row, row.status in workshop.IN_WORK)
        can_send = WorkOrderStatus.QUALITY_CHECK in order_status.direct_moves(
            self.context.actor, row.status
        )
        self.send_button.setEnabled(can_send)
        if not can_send and not self._error_shown:
            self._say(self._why_not_sent(row.status), error=False)

    def _why_not_sent(self, status: WorkOrderStatus) -> str:
        if status is WorkOrderStatus.QUALITY_CHECK:
            return self.tr("Sent to the quality check; the master checks the car now.")
        if status is WorkOrderStatus.READY:
            return self.tr("Passed the quality check: the car is ready.")
        return self.tr("The car is “{status}” now, not in work.").format(
            status=status_label(status)
        )

    def _act(self, call: Callable[[], object]) -> bool:
        """Make the change; a refusal is said beside the button. The sheet reloads either way."""
        try:
            call()
        except DeskError as error:
            self.refresh()
            self._say(error_text(error))
            return False
        self._say("")
        self.refresh()
        return True

    def _say(self, text: str, *, error: bool = True) -> None:
        """A line beside the button: a refusal in red (kept while the car stays chosen)."""
        self._error_shown = error and bool(text)
        colour = LATE if error else QUIET
        self.message.setStyleSheet(f"color: {colour.name()};" + (" font-weight: 600;" * error))
        self.message.setText(text)

    # -- his actions ----------------------------------------------------------------------

    def _tick(self, line_id: int, done: bool) -> None:
        db, actor = self.context.db, self.context.actor
        self._act(lambda: workshop.mark_work_done(db, actor, line_id, done))

    def send_to_check(self) -> None:
        row = self.current_row()
        if row is None:
            return
        db, actor = self.context.db, self.context.actor
        sent = self._act(
            lambda: order_status.move_order(
                db, actor, row.id, WorkOrderStatus.QUALITY_CHECK, expected_version=row.version
            )
        )
        if not sent:
            return
        self.sig_status_message.emit(
            self.tr("Order {number} is sent to the quality check.").format(number=row.number)
        )
