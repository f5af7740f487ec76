"""The survey's results on screen: mean bars per criterion and rated department.

Criteria run down, rated departments across (one column for a department's member, all
five for the manager). A mean is a bar out of 5; the three weakest criteria of each
department are bold and orange, and listed under the table as its improvement projects.
Hovering a mean shows it by rating department where the service lets it be shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import SurveyCriterion
from desk_app.services import survey
from desk_app.services.permissions import Action
from desk_app.services.survey import DepartmentResult, RoundInfo, SurveyResults
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.formatting import number
from desk_app.ui.intake.fields import MUTED_STYLE
from desk_app.ui.labels import department_label
from desk_app.ui.requests.survey_words import criterion_hint, criterion_label
from desk_app.ui.table_model import SORT_ROLE, AnyIndex, Column, RowTableModel

CONTEXT = "SurveyResults"
WEAK_COLOUR = QColor("#fbe3cf")
"""A pale orange behind the three weakest criteria of a department."""
BAR_COLOUR = QColor("#9cbfe0")
WEAK_BAR_COLOUR = QColor("#e58a4e")
TRACK_COLOUR = QColor("#eef1f4")


class ResultModel(RowTableModel[SurveyCriterion]):
    """Criteria down, rated departments across; each cell a mean, the weakest in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.results: tuple[DepartmentResult, ...] = ()

    def show_results(self, results: tuple[DepartmentResult, ...]) -> None:
        self.results = results
        columns: list[Column[SurveyCriterion]] = [
            Column(
                QT_TRANSLATE_NOOP("SurveyResults", "Criterion"), criterion_label, context=CONTEXT
            )
        ]
        columns += [_mean_column(result) for result in results]
        self._columns = columns
        self.set_rows(list(survey.CRITERIA) if results else [])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() > 0:
            result = self.results[index.column() - 1]
            criterion = self.row_at(index.row())
            if role == Qt.ItemDataRole.FontRole and criterion in result.weakest:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return _breakdown(result, criterion)
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            return criterion_hint(self.row_at(index.row()))
        return super().data(index, role)


def _mean_column(result: DepartmentResult) -> Column[SurveyCriterion]:
    raters = QCoreApplication.translate("SurveyResults", "raters: {count}").format(
        count=result.overall.raters
    )
    means = result.overall.by_criterion
    return Column(
        header=f"{department_label(result.rated)}\n{raters}",
        text=lambda c: number(means[c], 2),
        sort_key=lambda c: float(means[c]),
        align_right=True,
        background=lambda c: WEAK_COLOUR if c in result.weakest else None,
    )


def _breakdown(result: DepartmentResult, criterion: SurveyCriterion) -> str:
    lines = [
        QCoreApplication.translate("SurveyResults", "{department} ({count}): {mean}").format(
            department=department_label(rater),
            count=means.raters,
            mean=number(means.by_criterion[criterion], 2),
        )
        for rater, means in result.by_rater.items()
    ]
    if result.hidden_raters:
        lines.append(
            QCoreApplication.translate(
                "SurveyResults",
                "raters not shown by department, to keep them anonymous: {count}",
            ).format(count=result.hidden_raters)
        )
    return "\n".join(lines)


class MeanBarDelegate(QStyledItemDelegate):
    """A mean drawn as a bar out of 5 with the number at its right; weakest bars orange."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        mean = index.data(SORT_ROLE)
        if index.column() == 0 or not isinstance(mean, float):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        area = option.rect.adjusted(6, 6, -6, -6)
        text_width = option.fontMetrics.horizontalAdvance("0,00") + 8
        track = QRect(area.left(), area.top(), area.width() - text_width, area.height())
        bar = QRect(
            track.left(), track.top(), int(track.width() * mean / survey.HIGHEST), track.height()
        )
        weak = index.data(Qt.ItemDataRole.FontRole) is not None
        painter.save()
        painter.fillRect(track, TRACK_COLOUR)
        painter.fillRect(bar, WEAK_BAR_COLOUR if weak else BAR_COLOUR)
        painter.setFont(option.font)
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()


class ResultsBox(QGroupBox):
    """A closed round's results: the bars, then each department's three weakest criteria."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Results"))
        self.round = QComboBox()
        self.round.setObjectName("resultsRound")
        self.round.currentIndexChanged.connect(self.load)
        self.model = ResultModel(self)
        self.view = QTableView()
        self.view.setObjectName("surveyResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MeanBarDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(3 * self.fontMetrics().height() + 12)  # name on two lines, raters
        self.weakest = QLabel()
        self.weakest.setObjectName("weakestCriteria")
        self.weakest.setWordWrap(True)
        self.weakest.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setObjectName("resultsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&Round:"), self.round)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view)
        layout.addWidget(self.weakest)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_rounds(self, rounds: list[RoundInfo]) -> None:
        """Offer the closed rounds, newest first, keeping the one chosen; then load it."""
        chosen = self.round.currentData()
        closed = [info for info in rounds if not info.is_open]
        ids = [info.id for info in closed]
        with QSignalBlocker(self.round):
            self.round.clear()
            for info in closed:
                self.round.addItem(info.title, info.id)
            self.round.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)
        self.round.setEnabled(bool(closed))
        self.load()

    def load(self) -> None:
        round_id = self.round.currentData()
        if round_id is None:
            self._show(None, self.tr("Results appear here when a round is closed."))
            return
        try:
            results = survey.survey_results(self.context.db, self.context.actor, round_id)
        except DeskError as error:
            self._show(None, error_text(error))
            return
        if results.departments:
            self._show(results, "")
        elif self.context.actor.can(Action.MANAGE_SETTINGS):
            self._show(None, self.tr("Nobody answered in this round."))
        else:
            self._show(None, self.tr("Nobody rated your department in this round."))

    def _show(self, results: SurveyResults | None, text: str) -> None:
        departments = results.departments if results else ()
        self.model.show_results(departments)
        self.view.setVisible(bool(departments))
        self._fit_table()
        lines = [
            self.tr("<b>{department}</b> — to improve: {criteria}").format(
                department=department_label(result.rated),
                criteria=", ".join(criterion_label(c) for c in result.weakest),
            )
            for result in departments
        ]
        self.weakest.setText("<br>".join(lines))
        self.weakest.setVisible(bool(lines))
        self.note.setText(
            text
            or self.tr(
                "Hover a mean to see it by rating department; a department is shown apart "
                "only when at least three of its people answered."
            )
        )

    def _fit_table(self) -> None:
        """The criterion column as wide as its longest name, the table as tall as its rows."""
        header = self.view.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        rows = sum(self.view.rowHeight(row) for row in range(self.model.rowCount()))
        self.view.setFixedHeight(header.height() + rows + 2 * self.view.frameWidth())
