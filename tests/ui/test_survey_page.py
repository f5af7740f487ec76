"""The survey tab: rating a department through the page, the weakest three, the rounds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app.models import DepartmentKind, Role, SurveyCriterion
from desk_app.services import survey
from desk_app.ui.area import AreaContext
from desk_app.ui.requests import survey_page
from desk_app.ui.requests.survey_page import SurveyPage
from desk_app.ui.requests.survey_results import WEAK_COLOUR

C = SurveyCriterion
D = DepartmentKind


@pytest.fixture
def people(make_actor):
    return {
        "reception": make_actor(Role.RECEPTIONIST, name="Петров Олег Игоревич"),
        "parts": make_actor(Role.PARTS_CLERK, name="Козлов Денис Александрович"),
        "finance": make_actor(Role.FINANCE, name="Орлова Мария Петровна"),
    }


def open_page(qtbot, db, actor) -> SurveyPage:
    page = SurveyPage(AreaContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def offered(page: SurveyPage) -> list[DepartmentKind]:
    box = page.rating.department
    return [box.itemData(i) for i in range(box.count())]


def choose(page: SurveyPage, department: DepartmentKind) -> None:
    page.rating.department.setCurrentIndex(offered(page).index(department))


def click_score(qtbot, page: SurveyPage, criterion: SurveyCriterion, score: int) -> None:
    button = page.rating.buttons[criterion].group.button(score)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_without_a_round_nothing_can_be_rated(qtbot, db, people):
    page = open_page(qtbot, db, people["reception"])
    assert page.status.text() == "No survey round is open."
    assert not page.rating.submit_button.isEnabled()
    assert page.rating.note.text() == "No survey round is open now."
    assert page.results.note.text() == "Results appear here when a round is closed."
    assert not page.open_button.isVisible()  # only the manager runs rounds


def test_rating_a_department_through_the_page(qtbot, db, manager, people):
    round_id = survey.open_round(db, manager, "Осень 2026").id
    page = open_page(qtbot, db, people["reception"])
    assert "Осень 2026" in page.status.text()
    assert offered(page) == [D.WORKSHOP, D.PARTS, D.FINANCE, D.MANAGEMENT]

    choose(page, D.PARTS)
    for criterion in C:
        if criterion is not C.TANGIBLES:
            click_score(qtbot, page, criterion, 4)
    click_score(qtbot, page, C.COURTESY, 2)  # changing one's mind keeps one score
    qtbot.mouseClick(page.rating.submit_button, Qt.MouseButton.LeftButton)

    missing = page.rating.errors._labels["tangibles"]
    assert missing.isVisible() and missing.text() == "Give this criterion a score."
    assert not page.rating.errors._labels["courtesy"].isVisible()
    assert page.rating.buttons[C.COURTESY].score() == 2  # nothing typed is lost

    click_score(qtbot, page, C.TANGIBLES, 5)
    qtbot.mouseClick(page.rating.submit_button, Qt.MouseButton.LeftButton)

    assert not missing.isVisible()
    assert offered(page) == [D.WORKSHOP, D.FINANCE, D.MANAGEMENT]
    assert page.rating.note.text() == "Thank you: your ratings of Parts department are saved."
    assert all(buttons.score() is None for buttons in page.rating.buttons.values())
    form = survey.survey_form(db, people["reception"])
    assert form.round is not None and form.round.id == round_id and form.rated == (D.PARTS,)


def test_the_weakest_three_are_shown(qtbot, db, manager, people):
    round_id = survey.open_round(db, manager, "Осень 2026").id
    scores = dict.fromkeys(C, 4) | {C.SAFETY: 1, C.COURTESY: 2, C.TANGIBLES: 2, C.COMPETENCE: 3}
    survey.submit_ratings(db, people["reception"], round_id, D.PARTS, scores)
    survey.submit_ratings(db, people["finance"], round_id, D.PARTS, scores)
    survey.submit_ratings(db, people["parts"], round_id, D.FINANCE, dict.fromkeys(C, 5))
    survey.close_round(db, manager, round_id, 1)

    page = open_page(qtbot, db, people["parts"])

    assert page.results.round.currentText() == "Осень 2026"
    assert page.results.weakest.text() == (
        "<b>Parts department</b> — to improve: Safety, Courtesy, Tangibles"
    )
    model = page.results.model
    assert model.columnCount() == 2  # his own department only
    assert "raters: 2" in str(model.headerData(1, Qt.Orientation.Horizontal))
    row_of = {criterion: row for row, criterion in enumerate(C)}
    safety = model.index(row_of[C.SAFETY], 1)
    assert safety.data() == "1.00"
    assert safety.data(Qt.ItemDataRole.BackgroundRole).color() == WEAK_COLOUR
    assert safety.data(Qt.ItemDataRole.FontRole).bold()
    competence = model.index(row_of[C.COMPETENCE], 1)
    assert competence.data(Qt.ItemDataRole.BackgroundRole) is None
    assert competence.data(Qt.ItemDataRole.FontRole) is None
    assert "keep them anonymous: 2" in competence.data(Qt.ItemDataRole.ToolTipRole)


def test_the_manager_opens_and_closes_a_round(qtbot, db, manager, people, monkeypatch):
    page = open_page(qtbot, db, manager)
    assert page.open_button.isVisible() and not page.close_button.isVisible()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.round_error.text() == "Name the round, e.g. “Autumn 2026”."

    page.round_title.setText("Осень 2026")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.close_button.isVisible() and not page.open_button.isVisible()
    assert not page.round_error.isVisible()

    asked: list[str] = []

    def answer(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(survey_page.QMessageBox, "question", answer)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)

    assert asked and "Осень 2026" in asked[0]
    assert page.status.text() == "No survey round is open."
    assert page.results.round.currentText() == "Осень 2026"
    assert page.results.note.text() == "Nobody answered in this round."
