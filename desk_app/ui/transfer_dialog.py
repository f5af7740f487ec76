"""Moving this desk's shop to the shared database: what will happen, progress, the checked counts.

The copy (``desk_app.store.transfer``) runs off the GUI thread: it connects to the server
itself, so a slow or absent server never freezes the window. Cancel and closing the window
ask the copy to stop and wait for its rollback; the shared database is then left as it was.
After a successful copy the dialog offers to work on the shared database from the next start:
agreeing emits ``sig_transferred`` with the server's address, and whoever opened the dialog
stores it in the settings. This desk's own file is only read.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.store.database import Database, database_url
from desk_app.store.errors import StoreError
from desk_app.store.transfer import Step, TransferCancelled, TransferReport, transfer
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import ERROR_STYLE
from desk_app.ui.formatting import number
from desk_app.ui.tasks import BackgroundTask, IsCancelled, Report

CONTEXT = "TransferDialog"
OK_STYLE = "color: #2e7d32;"

TABLE_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "appointments": QT_TRANSLATE_NOOP("TransferDialog", "appointments"),
    "audit_entries": QT_TRANSLATE_NOOP("TransferDialog", "the journal of changes"),
    "bays": QT_TRANSLATE_NOOP("TransferDialog", "bays"),
    "checklist_items": QT_TRANSLATE_NOOP("TransferDialog", "intake checklists"),
    "client_approvals": QT_TRANSLATE_NOOP("TransferDialog", "clients' approvals"),
    "client_phones": QT_TRANSLATE_NOOP("TransferDialog", "phone numbers"),
    "clients": QT_TRANSLATE_NOOP("TransferDialog", "client cards"),
    "closed_days": QT_TRANSLATE_NOOP("TransferDialog", "holidays"),
    "contact_logs": QT_TRANSLATE_NOOP("TransferDialog", "calls to clients"),
    "damage_marks": QT_TRANSLATE_NOOP("TransferDialog", "damage marks"),
    "departments": QT_TRANSLATE_NOOP("TransferDialog", "departments"),
    "discount_tiers": QT_TRANSLATE_NOOP("TransferDialog", "discounts"),
    "inspection_items": QT_TRANSLATE_NOOP("TransferDialog", "inspection results"),
    "intake_drafts": QT_TRANSLATE_NOOP("TransferDialog", "intake drafts"),
    "internal_requests": QT_TRANSLATE_NOOP("TransferDialog", "internal requests"),
    "joint_goals": QT_TRANSLATE_NOOP("TransferDialog", "joint goals"),
    "labour_lines": QT_TRANSLATE_NOOP("TransferDialog", "labour lines"),
    "labour_operations": QT_TRANSLATE_NOOP("TransferDialog", "the price list"),
    "part_lines": QT_TRANSLATE_NOOP("TransferDialog", "part lines"),
    "quality_checks": QT_TRANSLATE_NOOP("TransferDialog", "quality checks"),
    "request_answers": QT_TRANSLATE_NOOP("TransferDialog", "answers to requests"),
    "request_items": QT_TRANSLATE_NOOP("TransferDialog", "requested parts"),
    "service_standards": QT_TRANSLATE_NOOP("TransferDialog", "service standards"),
    "service_windows": QT_TRANSLATE_NOOP("TransferDialog", "service windows"),
    "shop_settings": QT_TRANSLATE_NOOP("TransferDialog", "the shop's settings"),
    "staff": QT_TRANSLATE_NOOP("TransferDialog", "staff"),
    "staff_roles": QT_TRANSLATE_NOOP("TransferDialog", "staff roles"),
    "status_changes": QT_TRANSLATE_NOOP("TransferDialog", "status history"),
    "survey_participations": QT_TRANSLATE_NOOP("TransferDialog", "survey answers"),
    "survey_rounds": QT_TRANSLATE_NOOP("TransferDialog", "surveys"),
    "survey_scores": QT_TRANSLATE_NOOP("TransferDialog", "survey scores"),
    "vehicles": QT_TRANSLATE_NOOP("TransferDialog", "cars"),
    "work_orders": QT_TRANSLATE_NOOP("TransferDialog", "work orders"),
}


def table_label(name: str) -> str:
    """What a table holds, in the user's words (its own name for a table added later)."""
    label = TABLE_LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, str(label)) if label else name


def server_text(target_url: str) -> str:
    """The server and database, without the password (the URL is only parsed here)."""
    try:
        url = database_url(target_url)
    except StoreError:
        return target_url
    user = f"{url.username}@" if url.username else ""
    return f"{user}{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


class State(Enum):
    READY = auto()
    RUNNING = auto()
    CANCELLING = auto()
    DONE = auto()
    FAILED = auto()


class TransferDialog(QDialog):
    """Copies every row of this desk's database into an empty shared PostgreSQL database."""

    sig_transferred = Signal(str)
    """The person chose to work on the shared database from the next start (str: its URL)."""

    sig_ended = Signal(bool)
    """The copy ended (bool: it was copied and checked; False: it failed or was cancelled)."""

    def __init__(self, source_db: Database, target_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source_db
        self._target_url = target_url
        self.state = State.READY
        self.report: TransferReport | None = None
        self.error: BaseException | None = None
        self.task: BackgroundTask | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Move the shop to the shared database"))

        intro = QLabel(
            self.tr(
                "Every client card, car, work order, appointment, internal request and staff "
                "account of this desk is copied to the shared database, and the copy is "
                "checked table by table. The shared database must be empty. This desk keeps "
                "its own file untouched; if the copy fails or you cancel it, nothing is left "
                "on the server."
            )
        )
        intro.setWordWrap(True)
        places = QFormLayout()
        places.addRow(self.tr("From:"), _selectable(source_db.describe()))
        places.addRow(self.tr("To:"), _selectable(server_text(target_url)))

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status_label = QLabel(self.tr("Press Start when no one is changing data here."))
        self.status_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Use the shared database from the next start"))
        self.switch_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.switch_button.clicked.connect(self._switch)
        self.close_button.clicked.connect(self._close_or_cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(places)
        layout.addSpacing(8)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)
        self._set_state(State.READY)

    # -- running -------------------------------------------------------------------------

    def start(self) -> None:
        if self.state in (State.RUNNING, State.CANCELLING, State.DONE):
            return
        source, target_url = self._source, self._target_url

        def work(report: Report, is_cancelled: IsCancelled) -> TransferReport:
            target = Database.open(target_url)
            try:
                return transfer(source, target, report, is_cancelled)
            finally:
                target.dispose()

        self.task = BackgroundTask(work, self)
        self.task.sig_progress.connect(self._show_progress)
        self.task.sig_finished.connect(self._finished)
        self.task.sig_failed.connect(self._failed)
        self.report, self.error = None, None
        self._set_state(State.RUNNING)
        self.progress_bar.setRange(0, 0)  # busy until the first count arrives
        self.status_label.setText(self.tr("Connecting to the shared database…"))
        self.task.start()

    def cancel(self) -> None:
        """Ask the copy to stop; it rolls back, then the dialog says so."""
        if self.state is State.RUNNING and self.task is not None:
            self.task.cancel()
            self._set_state(State.CANCELLING)
            self.status_label.setText(self.tr("Cancelling… the shared database is put back."))

    def _show_progress(self, done: int, total: int, step: object) -> None:
        if self.state is not State.RUNNING:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        if step == Step.PREPARING:
            text = self.tr("Preparing the shared database: {total} rows to copy…").format(
                total=number(total)
            )
        elif step == Step.CHECKING:
            text = self.tr("Checking the copy: counting the rows on both sides…")
        else:
            text = self.tr("Copying {what}… {done} of {total} rows").format(
                what=table_label(str(step)), done=number(done), total=number(total)
            )
        self.status_label.setText(text)

    def _finished(self, report: object) -> None:
        self.report = report if isinstance(report, TransferReport) else None
        self._set_state(State.DONE)
        total = self.report.rows if self.report else 0
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(max(total, 1))
        self.status_label.setText(self.tr("Done."))
        if self.report is not None:
            self._show_result(
                self.tr(
                    "{rows} rows in {tables} tables copied and checked in {seconds} s. "
                    "The shared database now holds this desk's shop."
                ).format(
                    rows=number(self.report.rows),
                    tables=number(self.report.tables),
                    seconds=number(round(self.report.seconds)),
                ),
                OK_STYLE,
            )
        self.sig_ended.emit(True)
        self._close_if_asked()

    def _failed(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._set_state(State.FAILED)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        if isinstance(self.error, TransferCancelled):
            self.status_label.setText(self.tr("Cancelled."))
        else:
            self.status_label.setText(self.tr("The shop was not moved."))
        self._show_result(error_text(self.error), ERROR_STYLE)
        self.sig_ended.emit(False)
        self._close_if_asked()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; while the copy runs, cancel it first and close once it has rolled back."""
        if self.state in (State.RUNNING, State.CANCELLING):
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state in (State.RUNNING, State.CANCELLING):
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _close_or_cancel(self) -> None:
        if self.state is State.RUNNING:
            self.cancel()
        else:
            self.reject()

    def _close_if_asked(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _switch(self) -> None:
        self.sig_transferred.emit(self._target_url)
        self.accept()

    # -- looks ---------------------------------------------------------------------------

    def _set_state(self, state: State) -> None:
        self.state = state
        running = state in (State.RUNNING, State.CANCELLING)
        self.start_button.setVisible(state is not State.DONE)
        self.start_button.setEnabled(not running)
        self.start_button.setText(
            self.tr("Try again") if state is State.FAILED else self.tr("Start")
        )
        self.switch_button.setVisible(state is State.DONE)
        self.switch_button.setDefault(state is State.DONE)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.close_button.setEnabled(state is not State.CANCELLING)
        if running:
            self.result_label.hide()

    def _show_result(self, text: str, style: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(style)
        self.result_label.show()


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
