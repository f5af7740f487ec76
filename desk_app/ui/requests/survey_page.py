"""The Requests area's "Survey" tab: rate the other departments, read one's own results.

Left, the open round's form: a department still to rate and the nine criteria, 1 to 5,
each with a line saying what to look at. Right, the results of a closed round
(``survey_results``). The manager opens and closes rounds from the line at the top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import DepartmentKind, SurveyCriterion
from desk_app.services import survey
from desk_app.services.form_fields import InvalidForm
from desk_app.services.permissions import Action
from desk_app.services.survey import SurveyForm
from desk_app.ui.area import AreaContext
from desk_app.ui.errors import error_text
from desk_app.ui.form_errors import FormErrors, error_label
from desk_app.ui.formatting import local_datetime
from desk_app.ui.intake.fields import MUTED_STYLE, SECTION_STYLE
from desk_app.ui.labels import department_label
from desk_app.ui.requests.survey_results import ResultsBox
from desk_app.ui.requests.survey_words import criterion_hint, criterion_label

SCORE_BUTTON_STYLE = (
    "QPushButton { border: 1px solid palette(mid); background: palette(base); padding: 0; }"
    "QPushButton:checked { background: #2f6fb3; color: white; border-color: #2f6fb3; }"
    "QPushButton:disabled { color: palette(placeholder-text); }"
)
"""Checked is unmistakable at a glance: the chosen score is filled blue."""


class ScoreButtons(QWidget):
    """A compact segmented row 1–5 for one criterion; nothing chosen at first."""

    def __init__(self, criterion: SurveyCriterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for score in range(survey.LOWEST, survey.HIGHEST + 1):
            button = QPushButton(str(score))
            button.setObjectName(f"{criterion.value}_{score}")
            button.setCheckable(True)
            button.setFixedSize(34, 26)
            button.setStyleSheet(SCORE_BUTTON_STYLE)
            self.group.addButton(button, score)
            layout.addWidget(button)

    def score(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)


class RatingForm(QGroupBox):
    """The nine criteria of one department, rated and submitted together."""

    sig_saved = Signal()
    """The ratings of a department were saved; the form should be reloaded."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form: SurveyForm | None = None
        self.setTitle(self.tr("Rate a department"))
        self.department = QComboBox()
        self.department.setObjectName("ratedDepartment")
        scale = QLabel(self.tr("1 — very poor, 3 — acceptable, 5 — excellent"))
        scale.setStyleSheet(MUTED_STYLE)
        top = QFormLayout()
        top.addRow(self.tr("&Department:"), self.department)
        top.addRow("", scale)
        grid = QGridLayout()
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(0, 1)
        self.buttons: dict[SurveyCriterion, ScoreButtons] = {}
        labels: dict[str, QLabel] = {}
        for row, criterion in enumerate(survey.CRITERIA):
            name = QLabel(criterion_label(criterion))
            name.setStyleSheet("font-weight: 600;")
            hint = QLabel(criterion_hint(criterion))
            hint.setStyleSheet(MUTED_STYLE)
            self.buttons[criterion] = ScoreButtons(criterion)
            labels[criterion.value] = error_label()
            grid.addWidget(name, 3 * row, 0)
            grid.addWidget(hint, 3 * row + 1, 0)
            grid.addWidget(self.buttons[criterion], 3 * row, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(labels[criterion.value], 3 * row + 2, 0, 1, 2)
            grid.setRowMinimumHeight(3 * row + 2, 12)
        self.message = error_label()
        labels["rated_department"] = self.message
        self.errors = FormErrors(labels, self.message)
        self.submit_button = QPushButton(self.tr("&Submit ratings"))
        self.submit_button.setObjectName("submitRatings")
        self.submit_button.clicked.connect(self.submit)
        self.note = QLabel()
        self.note.setObjectName("ratingNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def scores(self) -> dict[SurveyCriterion, int]:
        chosen = {criterion: buttons.score() for criterion, buttons in self.buttons.items()}
        return {criterion: score for criterion, score in chosen.items() if score is not None}

    def show_form(self, form: SurveyForm) -> None:
        self.form = form
        current = self.department.currentData()
        self.department.clear()
        for kind in form.to_rate:
            self.department.addItem(department_label(kind), kind)
        if current in form.to_rate:
            self.department.setCurrentIndex(form.to_rate.index(current))
        open_to_rate = form.round is not None and bool(form.to_rate)
        for widget in (self.department, self.submit_button, *self.buttons.values()):
            widget.setEnabled(open_to_rate)
        if form.round is None:
            self.note.setText(self.tr("No survey round is open now."))
        elif not form.to_rate:
            self.note.setText(self.tr("You have rated every department. Thank you!"))
        else:
            self.note.setText(
                self.tr("Your name is not kept with the scores, only your department.")
            )

    def submit(self) -> None:
        self.errors.clear()
        chosen = self.department.currentData()
        if self.form is None or self.form.round is None or chosen is None:
            return
        rated = DepartmentKind(chosen)
        try:
            survey.submit_ratings(
                self.context.db, self.context.actor, self.form.round.id, rated, self.scores()
            )
        except InvalidForm as form:
            for problem in form.errors:
                self.errors.show_error(problem)
            return
        except DeskError as error:
            self.errors.show_error(error)
            return
        for buttons in self.buttons.values():
            buttons.clear()
        self.sig_saved.emit()
        self.note.setText(
            self.tr("Thank you: your ratings of {department} are saved.").format(
                department=department_label(rated)
            )
        )


class SurveyPage(QWidget):
    """The survey tab of the Requests area, for everyone; the manager runs the rounds."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form: SurveyForm | None = None
        self.manager = context.actor.can(Action.MANAGE_SETTINGS)
        self.status = QLabel()
        self.status.setObjectName("roundStatus")
        self.status.setStyleSheet("font-size: 11pt;")
        self.round_title = QLineEdit()
        self.round_title.setObjectName("roundTitle")
        self.round_title.setPlaceholderText(self.tr("Round title, e.g. Autumn 2026"))
        self.round_title.setMinimumWidth(240)
        self.open_button = QPushButton(self.tr("&Open a round"))
        self.open_button.setObjectName("openRound")
        self.open_button.clicked.connect(self.open_round)
        self.close_button = QPushButton(self.tr("C&lose the round"))
        self.close_button.setObjectName("closeRound")
        self.close_button.clicked.connect(self.close_round)
        self.round_error = error_label()
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        for widget in (self.round_title, self.open_button, self.close_button):
            top.addWidget(widget)
            widget.setVisible(self.manager)
        self.rating = RatingForm(context)
        self.rating.sig_saved.connect(self.refresh)
        self.results = ResultsBox(context)
        for box in (self.rating, self.results):
            box.setStyleSheet(SECTION_STYLE)
        columns = QHBoxLayout()
        columns.addWidget(self.rating, 4)
        columns.addWidget(self.results, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.round_error)
        layout.addLayout(columns, 1)

    def refresh(self) -> None:
        try:
            self.form = survey.survey_form(self.context.db, self.context.actor)
            rounds = survey.list_rounds(self.context.db, self.context.actor)
        except DeskError as error:
            self.round_error.setText(error_text(error))
            self.round_error.show()
            return
        current = self.form.round
        if current is None:
            self.status.setText(self.tr("No survey round is open."))
        else:
            self.status.setText(
                self.tr("The survey “{title}” is open since {moment}.").format(
                    title=current.title, moment=local_datetime(current.opened_at)
                )
            )
        if self.manager:
            self.round_title.setVisible(current is None)
            self.open_button.setVisible(current is None)
            self.close_button.setVisible(current is not None)
        self.rating.show_form(self.form)
        self.results.show_rounds(rounds)

    def open_round(self) -> None:
        self.round_error.hide()
        try:
            survey.open_round(self.context.db, self.context.actor, self.round_title.text())
        except DeskError as error:
            self.round_error.setText(error_text(error))
            self.round_error.show()
            return
        self.round_title.clear()
        self.refresh()

    def close_round(self) -> None:
        self.round_error.hide()
        current = self.form.round if self.form else None
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close the round"),
            self.tr(
                "Close “{title}”? Nobody can rate in it afterwards, and its results are shown."
            ).format(title=current.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            survey.close_round(self.context.db, self.context.actor, current.id, current.version)
        except DeskError as error:
            self.round_error.setText(error_text(error))
            self.round_error.show()
        self.refresh()
