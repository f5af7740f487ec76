"""The Admin area's "Backups" tab: the copies of a SQLite database, or a PostgreSQL dump.

SQLite: the copies in the ``backups`` folder beside the database (when, why, size, schema),
"Back up now", "Open folder" and "Restore…". A restore overwrites the database file, which
must not happen under the open window's feet: after the manager confirms, the page only
emits ``sig_restore_requested``; the application closes its database, calls
``backups.restore`` (a safety copy first) and starts again.

PostgreSQL: the server keeps the data; the page runs pg_dump off the GUI thread if this
computer has it, or says what to run on the server.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import database_copies
from desk_app.store import backups
from desk_app.store.backups import BackupInfo, Reason
from desk_app.store.schema import head_revision
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_datetime
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel
from desk_app.ui.tasks import BackgroundTask

CONTEXT = "BackupsPage"

REASON_LABELS: dict[Reason, str] = {
    Reason.START: QT_TRANSLATE_NOOP("BackupsPage", "At start"),
    Reason.DAILY: QT_TRANSLATE_NOOP("BackupsPage", "Daily"),
    Reason.MANUAL: QT_TRANSLATE_NOOP("BackupsPage", "By hand"),
    Reason.BEFORE_MIGRATION: QT_TRANSLATE_NOOP("BackupsPage", "Before an upgrade"),
    Reason.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupsPage", "Before a restore"),
}


def reason_label(reason: Reason) -> str:
    return QCoreApplication.translate(CONTEXT, REASON_LABELS[reason])


def schema_text(revision: str | None) -> str:
    if revision is None:
        return QCoreApplication.translate(CONTEXT, "unreadable")
    if revision == head_revision():
        return revision
    if revision < head_revision():
        return QCoreApplication.translate(CONTEXT, "{revision}, older").format(revision=revision)
    return QCoreApplication.translate(CONTEXT, "{revision}, newer").format(revision=revision)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


BACKUP_COLUMNS: list[Column[BackupInfo]] = [
    Column(QT_TRANSLATE_NOOP("BackupsPage", "When"), lambda b: local_datetime(b.moment),
           context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "Why"), lambda b: reason_label(b.reason),
           context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "Size"), lambda b: size_text(b.size),
           align_right=True, context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "Schema"), lambda b: schema_text(b.revision),
           context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("BackupsPage", "File"), lambda b: b.path.name, context=CONTEXT),
]  # fmt: skip


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class BackupsPage(QWidget):
    """The "Backups" tab; which half it shows depends on the database's engine."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    sig_restore_requested = Signal(str)
    """The manager confirmed restoring this copy (str: its path). The receiver closes the
    database, calls ``backups.restore(db_path, Path(path))`` and starts the app again."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = database_copies.may_manage(context.actor)
        self.task: BackgroundTask | None = None
        self.confirm_box: QMessageBox | None = None
        self.message = error_label()
        self.model: RowTableModel[BackupInfo] = RowTableModel(BACKUP_COLUMNS, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.dump_button = QPushButton(self.tr("&Dump now"))
        self.result_label = muted("")
        layout = QVBoxLayout(self)
        if context.db.is_sqlite:
            self._build_sqlite(layout)
        else:
            self._build_postgres(layout)

    # -- SQLite ----------------------------------------------------------------------------

    def _build_sqlite(self, layout: QVBoxLayout) -> None:
        self.folder = backups.backups_folder(self.context.db)
        intro = muted(
            self.tr(
                "A copy of the database is taken when the application starts (once a day), "
                "before an upgrade and before a restore, or when you ask. The last {count} "
                "are kept, and the last {safety} of those taken before an upgrade or a restore."
            ).format(count=backups.KEEP_BACKUPS, safety=backups.KEEP_SAFETY_COPIES)
        )
        where = muted(self.tr("Folder: {folder}").format(folder=self.folder))
        self.view.setObjectName("backupsTable")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(lambda: open_folder(self.folder))
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
            button.setVisible(self.editable or button is self.folder_button)
        buttons.addStretch(1)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def refresh(self) -> None:
        if not self.context.db.is_sqlite:
            self._show_latest_dump()
            return
        selected = self.selected()
        try:
            rows = backups.list_backups(self.context.db)
        except OSError as error:
            self._show_message(error_text(error))
            return
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.path)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select(self, path: Path) -> bool:
        for row, backup in enumerate(self.model.rows()):
            if backup.path == path:
                self.view.selectRow(row)
                return True
        return False

    def back_up_now(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._start(lambda: database_copies.take_copy(db, actor), self.tr("Backing up…"))

    def restore_selected(self) -> QMessageBox | None:
        """Ask to confirm; on Yes, ``sig_restore_requested`` (the box stays open in tests)."""
        backup = self.selected()
        if backup is None or not self.editable:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore the database"))
        box.setText(
            self.tr("Restore the database as it was on {moment}?").format(
                moment=local_datetime(backup.moment)
            )
        )
        box.setInformativeText(
            self.tr(
                "What was entered after that moment disappears from the database, but is not "
                "lost: a copy of the current database is taken first and listed here.\n\n"
                "The application closes and starts again with the restored database; "
                "everyone else working in it should close it first."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore and restart"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.sig_restore_requested.emit(str(backup.path)))
        box.finished.connect(self._forget_box)
        self.confirm_box = box
        box.open()
        return box

    def _forget_box(self) -> None:
        self.confirm_box = None

    # -- PostgreSQL ------------------------------------------------------------------------

    def _build_postgres(self, layout: QVBoxLayout) -> None:
        self.folder = backups.dumps_folder()
        layout.addWidget(
            muted(
                self.tr(
                    "The shop's data is kept by the PostgreSQL server {where}; its own backups "
                    "are the rule there. A dump is a copy of the whole database in one file "
                    "that you can keep elsewhere."
                ).format(where=self.context.db.describe())
            )
        )
        if backups.pg_dump_available() is None:
            layout.addWidget(self._no_pg_dump())
            layout.addStretch(1)
            return
        self.dump_button.clicked.connect(self.dump_now)
        self.folder_button.clicked.connect(lambda: open_folder(self.folder))
        self.dump_button.setVisible(self.editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dump_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

    def _no_pg_dump(self) -> QWidget:
        box = QWidget()
        box.setObjectName("noPgDump")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        explanation = QLabel(
            self.tr(
                "pg_dump, PostgreSQL's backup program, is not installed on this computer, so "
                "no dump can be made from here. Install the PostgreSQL client tools here, or "
                "run this command on the database server (it asks for the password):"
            )
        )
        explanation.setWordWrap(True)
        self.command_edit = QLineEdit(backups.pg_dump_command(self.context.db.url))
        self.command_edit.setObjectName("pgDumpCommand")
        self.command_edit.setReadOnly(True)
        self.command_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        column.addWidget(explanation)
        column.addWidget(self.command_edit)
        return box

    def dump_now(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._start(lambda: database_copies.dump_now(db, actor), self.tr("Dumping…"))

    def _show_latest_dump(self) -> None:
        latest = backups.latest_dump(self.context.db.url)
        if latest is not None:
            self.result_label.setText(self.tr("Last dump: {file}").format(file=latest))

    # -- the work off the GUI thread -------------------------------------------------------

    def _start(self, work: Callable[[], object], busy_text: str) -> None:
        if self.task is not None and self.task.is_running():
            return
        self.message.hide()
        self.task = BackgroundTask(lambda _report, _cancelled: work(), self)
        self.task.sig_finished.connect(self._done)
        self.task.sig_failed.connect(self._failed)
        self.sig_status_message.emit(busy_text)
        self._set_busy(True)
        self.task.start()

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.refresh()
        if isinstance(result, BackupInfo):
            self.select(result.path)
            text = self.tr("The database was copied to {file}.").format(file=result.path.name)
        else:
            self._show_latest_dump()
            text = self.tr("The database was dumped to {file}.").format(file=result)
        self.sig_status_message.emit(text)

    def _failed(self, error: object) -> None:
        self._set_busy(False)
        self._show_message(error_text(error if isinstance(error, BaseException) else Exception()))
        self.sig_status_message.emit(self.tr("The copy was not made."))

    def _set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.dump_button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        busy = self.task is not None and self.task.is_running()
        self.restore_button.setEnabled(self.selected() is not None and not busy)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
