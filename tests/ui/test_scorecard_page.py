"""The scorecards page: a card per department, the veto box, the trend and the weakest link."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QLineSeries

from desk_app.models import DepartmentKind, Role
from desk_app.ui.area import AreaContext
from desk_app.ui.requests.scorecard_page import ScorecardPage
from tests.conftest import FIXED_NOW
from tests.request_factories import (
    make_judged_request,
    make_person,
    make_promised_order,
    make_scorecard_shop,
)

MOSCOW = ZoneInfo("Europe/Moscow")


def open_page(qtbot, db, actor) -> ScorecardPage:
    page = ScorecardPage(AreaContext(db, actor), tz=MOSCOW)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitSignal(page.sig_shown, timeout=10_000):
        page.refresh()
    return page


def test_the_figures_load_off_the_gui_thread_with_a_note_meanwhile(qtbot, db) -> None:
    desk = make_person(db, Role.RECEPTIONIST)
    make_judged_request(db, desk.id)
    page = ScorecardPage(AreaContext(db, desk), tz=MOSCOW)
    qtbot.addWidget(page)
    page.show()

    with qtbot.waitSignal(page.sig_shown, timeout=10_000):
        page.refresh()
        assert page.is_loading() and page.loading.isVisible()  # refresh() did not wait
        assert page.cards == []

    assert not page.is_loading() and not page.loading.isVisible()
    assert [card.values["received"].text() for card in page.cards] == ["1"]


def test_only_the_last_of_overtaking_refreshes_is_shown(qtbot, db) -> None:
    desk = make_person(db, Role.RECEPTIONIST)
    make_judged_request(db, desk.id, created_at=FIXED_NOW - timedelta(days=60))
    page = open_page(qtbot, db, desk)
    shown = []
    page.sig_shown.connect(lambda: shown.append(len(page.cards)))

    page.period.setCurrentIndex(2)  # 12 months: one card
    page.period.setCurrentIndex(0)  # 30 days again, before the first answer came
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    qtbot.wait(50)

    assert shown == [0] and page.cards == [] and page.empty.isVisible()


def test_one_card_per_department_with_its_figures(qtbot, db) -> None:
    desk = make_person(db, Role.RECEPTIONIST, name="Смирнова Ольга Петровна")
    for minutes in (10, 20, 90):
        make_judged_request(db, desk.id, answered_in=timedelta(minutes=minutes), rating_good=True)
    make_judged_request(
        db,
        desk.id,
        to_department=DepartmentKind.FINANCE,
        answered_in=timedelta(hours=3),
        rating_good=False,
        rating_score=2,
        rating_comment="Предоплату подтвердили только к вечеру",
    )

    page = open_page(qtbot, db, desk)

    parts, finance = page.cards
    assert parts.card.department is DepartmentKind.PARTS
    assert parts.values["received"].text() == "3"
    assert parts.values["median"].text() == "20 min"
    assert parts.values["within"].text() == "67 % (2/3)"
    assert parts.values["good"].text() == "100 % (3/3)"
    assert parts.not_good_box.title.text() == "No “not good” answers in this period"
    assert finance.values["median"].text() == "3.0 h"
    assert finance.values["score"].text() == "2.0 of 5"
    box = finance.not_good_box
    assert box.title.text().startswith("Last “not good”")
    assert box.comment.text() == "“Предоплату подтвердили только к вечеру”"
    assert "Смирнова Ольга Петровна" in box.details.text()
    assert "score 2/5" in box.details.text()
    assert box.isVisible() and not page.empty.isVisible()


def test_the_period_choice_reloads_the_cards(qtbot, db) -> None:
    desk = make_person(db, Role.RECEPTIONIST)
    make_judged_request(db, desk.id, created_at=FIXED_NOW - timedelta(days=60))
    page = open_page(qtbot, db, desk)
    assert page.cards == [] and page.empty.isVisible()

    with qtbot.waitSignal(page.sig_shown, timeout=10_000):
        page.period.setCurrentIndex(1)  # the last 90 days

    assert [card.values["received"].text() for card in page.cards] == ["1"]
    assert not page.empty.isVisible()
    assert len(page.findChildren(type(page.cards[0]))) == 1  # the old cards are gone


def test_the_trend_draws_two_lines_per_department(qtbot, db) -> None:
    manager = make_scorecard_shop(db, days=60)
    page = open_page(qtbot, db, manager)

    series = page.trend.chart.series()
    assert len(series) == 2 * len(page.scorecards) == 6
    assert all(isinstance(line, QLineSeries) and line.count() > 0 for line in series)

    page.trend.department.setCurrentIndex(page.trend.department.findData(DepartmentKind.PARTS))

    names = [line.name() for line in page.trend.chart.series()]
    assert names == ["Parts department", "Parts department: rated good"]
    points = page.trend.chart.series()[0].points()
    assert all(0 <= point.y() <= 100 for point in points)


def test_the_weakest_link_is_named(qtbot, db) -> None:
    desk = make_person(db, Role.RECEPTIONIST)
    promised = FIXED_NOW - timedelta(days=2)
    order = make_promised_order(
        db, desk.id, promised_at=promised, ready_at=promised + timedelta(hours=4)
    )
    make_judged_request(
        db,
        desk.id,
        created_at=promised - timedelta(hours=5),
        work_order_id=order,
        due_in=timedelta(minutes=30),
        answered_in=timedelta(hours=3, minutes=30),
    )

    page = open_page(qtbot, db, desk)

    assert page.link_model.rowCount() == 1
    assert page.link_model.index(0, 1).data() == "1"
    assert page.link_model.index(0, 3).data() == "3.0"
    assert page.link_sentence.text().startswith("The weakest link: Parts department.")


def test_no_weakest_link_without_held_up_cars(qtbot, db) -> None:
    desk = make_person(db, Role.RECEPTIONIST)
    make_judged_request(db, desk.id)

    page = open_page(qtbot, db, desk)

    assert page.link_sentence.text() == "No car was held up by a late answer in this period."


def test_a_mechanic_sees_why_not(qtbot, db) -> None:
    mechanic = make_person(db, Role.MECHANIC)

    page = open_page(qtbot, db, mechanic)

    assert page.error.isVisible()
    assert "file an internal request" in page.error.text()
