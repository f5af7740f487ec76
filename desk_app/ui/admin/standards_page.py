"""The Admin area's "Standards" tab: what each department promises its internal customers
(DOMAIN.md, "The internal customer") — per request kind a response time and the weekly
windows it is counted in — and the days the shop is closed.

A kind is edited beside the table and saved whole (``service_standards.save_standard``);
a refused value gets its message beside its field and the input is kept. Another manager's
save in between is reported with an offer to reload, never overwritten. The preview line
says what a request filed now would be promised by the saved standard.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.models import RequestKind
from desk_app.services import service_standards
from desk_app.services.errors import StaleEdit
from desk_app.services.service_standards import Standard
from desk_app.ui.admin.closed_days_box import ClosedDaysBox
from desk_app.ui.admin.standards_editor import WindowsEditor, response_text, windows_text
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.formatting import local_datetime, workstation_time_zone
from desk_app.ui.intake.fields import MUTED_STYLE, SECTION_STYLE, link_button
from desk_app.ui.labels import department_label, request_kind_label
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "StandardsPage"


@dataclass(frozen=True)
class StandardRow:
    standard: Standard
    first_of_department: bool
    """The department is named on its first row only, so the rows read as groups."""


COLUMNS: list[Column[StandardRow]] = [
    Column(
        QT_TRANSLATE_NOOP("StandardsPage", "Department"),
        lambda r: department_label(r.standard.kind.department) if r.first_of_department else "",
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("StandardsPage", "Request"),
        lambda r: request_kind_label(r.standard.kind),
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("StandardsPage", "Response time"),
        lambda r: response_text(r.standard.response_minutes),
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("StandardsPage", "Service windows"),
        lambda r: windows_text(r.standard.windows),
        context=CONTEXT,
    ),
]


def grouped_rows(standards: list[Standard]) -> list[StandardRow]:
    """The kinds by answering department, departments in the order their kinds come."""
    order = list(dict.fromkeys(s.kind.department for s in standards))
    ranked = sorted(standards, key=lambda s: order.index(s.kind.department))
    return [
        StandardRow(s, i == 0 or ranked[i - 1].kind.department != s.kind.department)
        for i, s in enumerate(ranked)
    ]


class StandardsPage(QWidget):
    """The table of kinds, the selected kind's editor and preview, and the closed days.
    ``editing`` is the selected kind as last loaded or saved, ``dirty`` an edit since."""

    sig_status_message = Signal(str)
    """A short message for the status bar (str: the translated text)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editing: Standard | None = None
        self.dirty = False
        self.model: RowTableModel[StandardRow] = RowTableModel(COLUMNS, self)
        self.view = QTableView()
        self.view.setObjectName("standardsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = len(RequestKind) * self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(rows + header.sizeHint().height() + 4)
        self.view.setMinimumWidth(660)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.hours_spin = self._spin(999, self.tr(" h"))
        self.minutes_spin = self._spin(59, self.tr(" min"))
        self.minutes_spin.setSingleStep(5)
        self.windows_editor = WindowsEditor()
        self.windows_editor.sig_edited.connect(self._edited)
        self.response_error, self.windows_error = error_label(), error_label()
        self.message = error_label()
        self.errors = FormErrors(
            {"response_minutes": self.response_error, "windows": self.windows_error},
            self.message,
        )
        self.reload_link = link_button(self.tr("Reload the saved standard"))
        self.reload_link.clicked.connect(self.reload)
        self.reload_link.hide()
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Show the saved standard again"))
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.preview = QLabel()
        self.preview.setObjectName("standardPreview")
        self.preview.setWordWrap(True)
        self.closed_days = ClosedDaysBox(context)
        self.closed_days.setStyleSheet(SECTION_STYLE)
        self.closed_days.sig_status_message.connect(self.sig_status_message)
        self.closed_days.sig_changed.connect(self._update_preview)
        self.editor = self._build_editor()
        self._build_layout()
        self._update_buttons()

    def _spin(self, maximum: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, maximum)
        spin.setSuffix(suffix)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setFixedWidth(90)
        spin.valueChanged.connect(self._edited)
        return spin

    def _build_editor(self) -> QGroupBox:
        box = QGroupBox()
        box.setStyleSheet(SECTION_STYLE)
        response = QHBoxLayout()
        response.addWidget(QLabel(self.tr("Response time:")))
        response.addWidget(self.hours_spin)
        response.addWidget(self.minutes_spin)
        response.addWidget(self.response_error)
        response.addStretch(1)
        hint = QLabel(self.tr("Counted only inside the windows, on days the shop is open."))
        hint.setStyleSheet(MUTED_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reload_link)
        buttons.addStretch(0)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addLayout(response)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Service windows:")))
        layout.addWidget(self.windows_editor)
        layout.addWidget(self.windows_error)
        layout.addLayout(buttons)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        return box

    def _build_layout(self) -> None:
        intro = QLabel(
            self.tr(
                "What each department promises the others: a request is answered within its "
                "response time, counted in the department's service windows. A request filed "
                "outside them waits for the next window."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.view, 1)
        top.addWidget(self.editor, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.closed_days, 1)

    # -- loading and saving ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the table and closed days; an unsaved edit of a kind is kept."""
        self.load(keep_edit=self.dirty)
        self.closed_days.load()

    def load(self, keep_edit: bool = False) -> None:
        kind = self.editing.kind if self.editing else RequestKind.PARTS_AVAILABILITY
        try:
            listed = service_standards.list_standards(self.context.db)
        except DeskError as error:
            self.errors.show_error(error)
            return
        self.model.set_rows(grouped_rows(listed))
        self._select_row(kind)
        if not keep_edit:
            self._show(next(s for s in listed if s.kind == kind))

    def reload(self) -> None:
        """Show the selected kind as saved: after Revert, or another desk's save."""
        self.load()

    def select_kind(self, kind: RequestKind) -> bool:
        """Select and show ``kind``; False when an unsaved edit of another kind is kept."""
        if self.editing is not None and kind != self.editing.kind and self.dirty:
            self._select_row(self.editing.kind)
            self.errors.show_text(None, self.tr("Save or revert this change first."))
            return False
        row = next(r for r in self.model.rows() if r.standard.kind == kind)
        self._select_row(kind)
        self._show(row.standard)
        return True

    def save(self) -> bool:
        if self.editing is None:
            return False
        self.errors.clear()
        self.reload_link.hide()
        windows, problem = self.windows_editor.read()
        if problem is not None:
            self.errors.show_text("windows", problem)
            return False
        minutes = self.hours_spin.value() * 60 + self.minutes_spin.value()
        kind = self.editing.kind
        try:
            saved = service_standards.save_standard(
                self.context.db,
                self.context.actor,
                kind,
                minutes,
                windows,
                expected_version=self.editing.version,
            )
        except DeskError as error:
            self.errors.show_error(error)
            self.reload_link.setVisible(isinstance(error, StaleEdit))
            return False
        self.editing, self.dirty = saved, False
        self.load()
        text = self.tr('The standard for "{kind}" is saved.')
        self.sig_status_message.emit(text.format(kind=request_kind_label(kind)))
        return True

    # -- state -----------------------------------------------------------------------------

    def _show(self, standard: Standard) -> None:
        self.editing = standard
        hours, minutes = divmod(standard.response_minutes, 60)
        with QSignalBlocker(self.hours_spin), QSignalBlocker(self.minutes_spin):
            self.hours_spin.setValue(hours)
            self.minutes_spin.setValue(minutes)
        with QSignalBlocker(self.windows_editor):
            self.windows_editor.set_windows(standard.windows)
        department = department_label(standard.kind.department)
        self.editor.setTitle(f"{request_kind_label(standard.kind)} — {department}")
        self.dirty = False
        self.errors.clear()
        self.reload_link.hide()
        self._update_buttons()
        self._update_preview()

    def _select_row(self, kind: RequestKind) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.standard.kind == kind:
                with QSignalBlocker(self.view.selectionModel()):
                    self.view.selectRow(number)
                self.view.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.select_kind(self.model.row_at(current.row()).standard.kind)

    def _edited(self) -> None:
        self.dirty = True
        self._update_buttons()
        self._update_preview()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty and self.editing is not None)
        self.revert_button.setEnabled(self.dirty)

    def _update_preview(self) -> None:
        if self.editing is None:
            self.preview.clear()
            return
        try:
            promise = service_standards.promise_for(
                self.context.db, self.editing.kind, clock.now(), workstation_time_zone()
            )
        except DeskError as error:
            self.preview.setText(error_text(error))
            return
        opens, due = local_datetime(promise.window_opens_at), local_datetime(promise.due_at)
        if promise.due_at is None:
            text = self.tr("A request filed now would never be answered: it has no window.")
        elif promise.queued:
            text = self.tr(
                "A request filed now would wait for the window at {opens} and be answered by {due}."
            ).format(opens=opens, due=due)
        else:
            text = self.tr("A request filed now would be answered by {due}.").format(due=due)
        if self.dirty:
            text += " " + self.tr("(By the saved standard: save to see the new one.)")
        self.preview.setText(text)
