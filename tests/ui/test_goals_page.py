"""The goals tab: a goal agreed through the form, its fact recorded, the outcome coloured."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from desk_app.models import DepartmentKind, Role
from desk_app.services import joint_goals
from desk_app.services.joint_goals import Terms
from desk_app.ui.area import AreaContext
from desk_app.ui.requests.goals_page import OUTCOME_COLOUR, GoalsPage
from desk_app.ui.table_model import ROW_ROLE

D = DepartmentKind
TODAY = date(2026, 11, 23)


@pytest.fixture
def people(make_actor):
    return {
        "master": make_actor(Role.MASTER, name="Соколов Игорь Николаевич"),
        "parts": make_actor(Role.PARTS_CLERK, name="Козлов Денис Александрович"),
        "finance": make_actor(Role.FINANCE, name="Орлова Мария Петровна"),
    }


def open_page(qtbot, db, actor) -> GoalsPage:
    page = GoalsPage(AreaContext(db, actor), tz=UTC)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def cell(page: GoalsPage, row: int, header: str):
    model = page.model
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return model.index(row, column)
    raise AssertionError(f"no column {header}")


def pick(box, kind: DepartmentKind) -> None:
    box.setCurrentIndex(box.findData(kind))


def test_a_goal_agreed_and_its_fact_recorded(qtbot, db, people):
    page = open_page(qtbot, db, people["master"])
    assert page.empty.isVisible()
    form = page.agree_form
    form.title_edit.setText("Слесари, обученные работе с кондиционерами")
    pick(form.supplier, D.WORKSHOP)
    pick(form.customer, D.PARTS)
    form.target.setText("3")
    form.unit.setText("чел.")
    form.due.setDate(QDate(2026, 12, 1))
    qtbot.mouseClick(form.agree_button, Qt.MouseButton.LeftButton)

    assert page.model.rowCount() == 1 and not page.empty.isVisible()
    assert cell(page, 0, "Goal").data() == "Слесари, обученные работе с кондиционерами"
    assert cell(page, 0, "Supplier → customer").data() == "Workshop → Parts department"
    assert cell(page, 0, "Target").data() == "3 чел."
    assert cell(page, 0, "Outcome").data() == "Pending"
    assert form.title_edit.text() == ""  # ready for the next one
    assert page.fact_form.row is not None  # the new goal is chosen for its fact

    fact = page.fact_form
    fact.fact.setText("2")
    qtbot.mouseClick(fact.record_button, Qt.MouseButton.LeftButton)
    assert fact.fact_error.isVisible() and "before then only a fact" in fact.fact_error.text()
    assert cell(page, 0, "Outcome").data() == "Pending"

    fact.fact.setText("3")
    qtbot.mouseClick(fact.record_button, Qt.MouseButton.LeftButton)
    assert not fact.fact_error.isVisible()
    outcome = cell(page, 0, "Outcome")
    assert outcome.data() == "Met"
    assert outcome.data(Qt.ItemDataRole.BackgroundRole).color() == OUTCOME_COLOUR["met"]
    assert cell(page, 0, "Fact").data() == "3 чел."
    assert "Соколов Игорь Николаевич" in cell(page, 0, "Fact recorded").data()


def test_bad_terms_are_shown_beside_their_fields(qtbot, db, people):
    page = open_page(qtbot, db, people["master"])
    form = page.agree_form
    pick(form.supplier, D.WORKSHOP)
    pick(form.customer, D.WORKSHOP)
    form.target.setText("0")
    qtbot.mouseClick(form.agree_button, Qt.MouseButton.LeftButton)
    labels = form.errors._labels
    assert labels["title"].isVisible() and labels["customer"].isVisible()
    assert labels["target"].text() == "The value must be more than zero."
    assert page.model.rowCount() == 0


def test_goals_latest_due_first_and_outsiders_cannot_record(qtbot, db, people):
    def agree(title: str, days: int) -> int:
        terms = Terms(title=title, target="95", unit="%", due_on=TODAY + timedelta(days=days))
        row = joint_goals.agree_goal(db, people["parts"], D.PARTS, D.WORKSHOP, terms, tz=UTC)
        return row.id

    soon, later = agree("Заказы в срок, ноябрь", 0), agree("Заказы в срок, декабрь", 30)
    page = open_page(qtbot, db, people["finance"])

    assert [page.model.index(r, 0).data(ROW_ROLE).id for r in range(2)] == [later, soon]
    assert (
        cell(page, 1, "Outcome").data(Qt.ItemDataRole.BackgroundRole).color()
        == (OUTCOME_COLOUR["pending"])
    )
    page.view.selectRow(1)
    assert "Заказы в срок, ноябрь" in page.fact_form.goal.text()
    assert not page.fact_form.record_button.isEnabled()
    assert page.fact_form.message.isVisible()
