"""The requester's side through the panel: when he will be answered, an overdue request
marked on his side too, cancelling, and closing an answer with his rating."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app import clock
from desk_app.models import InternalRequest, RequestKind, RequestStatus, Role
from desk_app.services import request_answers, request_filing
from desk_app.services.request_answers import AnswerInput
from desk_app.services.request_detail import RequestAction, request_detail
from desk_app.services.request_filing import RequestInput
from desk_app.ui.area import AreaContext
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.requests.queue import OVERDUE_COLOUR, OVERDUE_TEXT
from desk_app.ui.requests.rating_dialog import RatingDialog


@pytest.fixture
def people(make_actor):
    return {
        "reception": make_actor(Role.RECEPTIONIST, name="Петров Олег Игоревич"),
        "finance": make_actor(Role.FINANCE, name="Орлова Мария Петровна"),
    }


def file(db, people, kind=RequestKind.FINANCE_PREPAYMENT) -> int:
    return request_filing.file_request(
        db, people["reception"], RequestInput(kind=kind, text="Подтвердите предоплату"), UTC
    )


def answer(db, people, request_id: int) -> None:
    version = request_detail(db, people["finance"], request_id).version
    request_answers.answer_request(
        db,
        people["finance"],
        request_id,
        AnswerInput(text="Поступило, подтверждаю"),
        expected_version=version,
    )


def open_area(qtbot, db, actor, request_id: int) -> RequestsArea:
    area = RequestsArea(AreaContext(db, actor))
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.refresh()
    assert area.outgoing is not None and area.outgoing.select_id(request_id)
    return area


def stored(db, request_id: int) -> InternalRequest:
    with db.transaction() as session:
        row = session.get_one(InternalRequest, request_id)
        session.expunge(row)
        return row


def rating_form(area: RequestsArea) -> RatingDialog:
    area.detail.buttons[RequestAction.CLOSE].click()
    form = area.steps.form
    assert isinstance(form, RatingDialog)
    return form


def test_the_requester_sees_when_he_will_be_answered(qtbot, db, people):
    request_id = file(db, people)
    area = open_area(qtbot, db, people["reception"], request_id)
    assert area.detail.due.text() == "Mon 23.11 10:00"
    assert not area.detail.queued.isVisible()
    shown = {a for a, button in area.detail.buttons.items() if button.isVisible()}
    assert shown == {RequestAction.CANCEL}


def test_a_queued_request_says_when_its_window_opens(qtbot, db, people):
    request_id = file(db, people, RequestKind.FINANCE_REIMBURSE)
    area = open_area(qtbot, db, people["reception"], request_id)
    assert area.detail.queued.text() == "Queued until the window opens at Monday 23.11 10:00."
    assert area.detail.due.text() == "Mon 23.11 16:00"


def test_an_overdue_request_stands_out_on_the_requesters_side(qtbot, db, people):
    request_id = file(db, people)
    clock.set_source(lambda: datetime(2026, 11, 23, 11, 0, tzinfo=UTC))
    area = open_area(qtbot, db, people["reception"], request_id)
    queue = area.outgoing
    assert queue is not None
    due = next(
        queue.proxy.index(0, c)
        for c in range(queue.proxy.columnCount())
        if queue.proxy.headerData(c, Qt.Orientation.Horizontal) == "Due"
    )
    assert due.data() == "Mon 23.11 10:00"
    assert due.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_COLOUR
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    assert area.tabs.tabText(0) == "My requests (1, 1 overdue)"
    assert area.detail.due.text() == "Mon 23.11 10:00 — overdue"


def test_cancelling_asks_first(qtbot, db, people):
    request_id = file(db, people)
    area = open_area(qtbot, db, people["reception"], request_id)
    area.detail.buttons[RequestAction.CANCEL].click()
    box = area.steps.form
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert stored(db, request_id).status is RequestStatus.NEW

    area.detail.buttons[RequestAction.CANCEL].click()
    area.steps.form.button(QMessageBox.StandardButton.Yes).click()
    assert stored(db, request_id).status is RequestStatus.CANCELLED
    assert area.outgoing.selected_id() is None  # gone from the open queue


def test_rating_through_the_panel(qtbot, db, people):
    request_id = file(db, people)
    answer(db, people, request_id)
    area = open_area(qtbot, db, people["reception"], request_id)
    assert "Поступило, подтверждаю" in area.detail.answers.text()
    form = rating_form(area)

    form.good_button.setChecked(True)
    form.set_score(5)
    form.comment_edit.setPlainText("Быстро, спасибо")
    form.close_button.click()

    request = stored(db, request_id)
    assert (request.status, request.rating_good, request.rating_score) == (
        RequestStatus.CLOSED,
        True,
        5,
    )
    assert request.rating_comment == "Быстро, спасибо"
    assert area.steps.form is None


def test_a_verdict_must_be_chosen(qtbot, db, people):
    request_id = file(db, people)
    answer(db, people, request_id)
    area = open_area(qtbot, db, people["reception"], request_id)
    form = rating_form(area)
    assert not form.confirm()
    assert form.message_for("good") == "Choose “Good” or “Not good”."
    assert stored(db, request_id).status is RequestStatus.ANSWERED


def test_not_good_needs_a_comment_beside_it(qtbot, db, people):
    request_id = file(db, people)
    answer(db, people, request_id)
    area = open_area(qtbot, db, people["reception"], request_id)
    form = rating_form(area)
    form.not_good_button.setChecked(True)
    form.set_score(2)

    assert not form.confirm()
    assert form.message_for("comment") != ""
    assert form.score_combo.currentData() == 2

    form.comment_edit.setPlainText("Ответили через два часа, клиент ждал")
    assert form.confirm()
    request = stored(db, request_id)
    assert (request.rating_good, request.rating_score) == (False, 2)
    area.show_closed.setChecked(True)
    assert area.outgoing.select_id(request_id)
    assert area.detail.outcome.text().startswith("Rated: Not good, 2/5")
