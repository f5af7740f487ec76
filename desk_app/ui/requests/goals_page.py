"""The Requests area's "Goals" tab: targets two departments agreed, judged by the facts.

The list shows every goal, the latest due date first, its outcome coloured; under it, a
form to agree a new goal and one to record the fact of the goal chosen in the list.
When a fact may be recorded and what counts as met is the service's rule
(``services.joint_goals``); this page only asks and reports.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import joint_goals
from desk_app.services.joint_goals import GoalOutcome, GoalRow
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import error_label
from desk_app.ui.formatting import local_date, local_datetime, workstation_time_zone
from desk_app.ui.intake.fields import MUTED_STYLE, SECTION_STYLE
from desk_app.ui.requests.goal_forms import AgreeForm, FactForm, amount, parties
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel

CONTEXT = "GoalsPage"
OUTCOME_LABEL: dict[GoalOutcome, str] = {
    GoalOutcome.PENDING: QT_TRANSLATE_NOOP("GoalsPage", "Pending"),
    GoalOutcome.MET: QT_TRANSLATE_NOOP("GoalsPage", "Met"),
    GoalOutcome.MISSED: QT_TRANSLATE_NOOP("GoalsPage", "Missed"),
}
OUTCOME_COLOUR: dict[GoalOutcome, QColor] = {
    GoalOutcome.PENDING: QColor("#fbf1cf"),
    GoalOutcome.MET: QColor("#d6efd3"),
    GoalOutcome.MISSED: QColor("#f9d9d5"),
}
"""Pale backgrounds that keep black text readable: yellow waits, green met, red missed."""


def outcome_label(outcome: GoalOutcome) -> str:
    return QCoreApplication.translate(CONTEXT, OUTCOME_LABEL[outcome])


def _recorded(row: GoalRow) -> str:
    if row.fact_recorded_at is None:
        return ""
    return f"{local_datetime(row.fact_recorded_at)}, {row.fact_recorded_by or ''}"


COLUMNS: list[Column[GoalRow]] = [
    Column(QT_TRANSLATE_NOOP("GoalsPage", "Goal"), lambda r: r.title, context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("GoalsPage", "Supplier → customer"), parties, context=CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("GoalsPage", "Target"),
        lambda r: amount(r.target, r.unit),
        lambda r: r.target,
        align_right=True,
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("GoalsPage", "Due"),
        lambda r: local_date(r.due_on),
        lambda r: r.due_on.toordinal(),
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("GoalsPage", "Fact"),
        lambda r: amount(r.fact, r.unit),
        lambda r: -1 if r.fact is None else r.fact,
        align_right=True,
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("GoalsPage", "Outcome"),
        lambda r: outcome_label(r.outcome),
        context=CONTEXT,
        background=lambda r: OUTCOME_COLOUR[r.outcome],
    ),
    Column(QT_TRANSLATE_NOOP("GoalsPage", "Fact recorded"), _recorded, context=CONTEXT),
]


class GoalsPage(QWidget):
    """The goals tab of the Requests area: the list, a new goal, a fact."""

    sig_status_message = Signal(str)
    """A short message for the main window's status bar (str: the translated text)."""

    def __init__(
        self, context: AreaContext, parent: QWidget | None = None, *, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tz = tz or workstation_time_zone()
        self.model: RowTableModel[GoalRow] = RowTableModel(COLUMNS, self)
        self.view = QTableView()
        self.view.setObjectName("goalsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.empty = QLabel(self.tr("No goals are agreed yet."))
        self.empty.setStyleSheet(MUTED_STYLE)
        self.error = error_label()
        self.agree_form = AgreeForm(context, self.tz)
        self.agree_form.sig_agreed.connect(self._agreed)
        self.fact_form = FactForm(context, self.tz)
        self.fact_form.sig_recorded.connect(self._recorded)
        forms = QHBoxLayout()
        for box in (self.agree_form, self.fact_form):
            box.setStyleSheet(SECTION_STYLE)
            forms.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(forms)

    def refresh(self, select_id: int | None = None) -> None:
        chosen = select_id if select_id is not None else self._selected_id()
        try:
            rows = joint_goals.list_goals(self.context.db, self.context.actor, tz=self.tz)
        except DeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.error.hide()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        ids = [row.id for row in rows]
        if chosen in ids:
            self.view.selectRow(ids.index(chosen))
        self._chosen()

    def _selected_id(self) -> int | None:
        row = self._selected_row()
        return row.id if row else None

    def _selected_row(self) -> GoalRow | None:
        selected = self.view.selectionModel().selectedRows()
        return selected[0].data(ROW_ROLE) if selected else None

    def _chosen(self) -> None:
        self.fact_form.show_goal(self._selected_row())

    def _agreed(self, goal_id: int) -> None:
        self.refresh(goal_id)
        self.sig_status_message.emit(self.tr("The goal is agreed."))

    def _recorded(self, goal_id: int) -> None:
        self.refresh(goal_id)
        self.sig_status_message.emit(self.tr("The fact is recorded."))
