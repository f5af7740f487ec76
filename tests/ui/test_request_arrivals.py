"""A request filed at another desk reaches the parts clerk's window within a poll: the
banner names it, the tab counts it, a click opens it; a database that stops answering is
said once and retried."""

from __future__ import annotations

from datetime import UTC
from decimal import Decimal

import pytest
from sqlalchemy.exc import OperationalError

from desk_app.models import RequestKind, Role
from desk_app.services import request_filing, requests
from desk_app.services.request_filing import ItemInput, RequestInput
from desk_app.ui.area import AreaContext
from desk_app.ui.requests.area import RequestsArea
from desk_app.ui.requests.arrivals import RETRY_MS, RequestArrivals
from tests.factories import make_client, make_vehicle, make_work_order

POLL = 50


@pytest.fixture
def people(make_actor):
    return {
        "reception": make_actor(Role.RECEPTIONIST, name="Петров Олег Игоревич"),
        "parts": make_actor(Role.PARTS_CLERK, name="Козлов Денис Александрович"),
    }


def file(db, actor, order: int | None = None, kind=RequestKind.PARTS_AVAILABILITY) -> int:
    return request_filing.file_request(
        db,
        actor,
        RequestInput(
            kind=kind,
            work_order_id=order,
            items=(ItemInput("1118-3501080", "Колодки тормозные передние", Decimal("1")),),
        ),
        UTC,
    )


def open_area(qtbot, db, actor) -> RequestsArea:
    area = RequestsArea(AreaContext(db, actor), poll_ms=POLL)
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    return area


def test_a_request_filed_elsewhere_appears_with_the_banner(qtbot, db, people):
    client = make_client(db, "Кузнецов", "Игорь")
    vehicle = make_vehicle(db, client, "Lada", "Vesta", "А123ВС77")
    order = make_work_order(db, client, vehicle, people["reception"].id, number="ЗН-00777")
    earlier = file(db, people["reception"])
    area = open_area(qtbot, db, people["parts"])
    assert area.arrivals is not None and area.arrivals.is_running()
    assert not area.banner.isVisible()  # what was there at the start is not news
    messages: list[str] = []
    area.sig_status_message.connect(messages.append)

    new = file(db, people["reception"], order)  # as reception's workstation would

    qtbot.waitUntil(lambda: area.banner.isVisible(), timeout=3000)
    expected = "New request from Петров О. И.: Is the part in stock? — Lada Vesta (click to open)"
    assert area.banner.open_button.text() == expected
    assert area.tabs.tabText(0) == "Incoming (2, 1 new)"
    assert messages == ["New request from Петров О. И.: Is the part in stock? — Lada Vesta"]
    assert area.incoming is not None
    assert sorted(row.id for row in area.incoming.model.rows()) == [earlier, new]

    area.banner.open_button.click()

    assert not area.banner.isVisible()
    assert area.incoming.selected_id() == new
    assert area.detail.detail is not None and area.detail.detail.id == new
    assert area.tabs.tabText(0) == "Incoming (2)"


def test_several_arrivals_are_counted_and_dismissed(qtbot, db, people):
    area = open_area(qtbot, db, people["parts"])
    file(db, people["reception"])
    qtbot.waitUntil(lambda: area.banner.isVisible(), timeout=3000)
    file(db, people["reception"])
    qtbot.waitUntil(lambda: len(area.banner.rows) == 2, timeout=3000)
    assert area.banner.open_button.text().startswith("2 new requests; the latest from Петров")

    area.banner.dismiss_button.click()

    assert not area.banner.isVisible()
    assert area.tabs.tabText(0) == "Incoming (2)"


def test_a_request_to_another_department_is_not_news(qtbot, db, people):
    area = open_area(qtbot, db, people["parts"])
    file(db, people["reception"], kind=RequestKind.FINANCE_PREPAYMENT)
    assert area.arrivals is not None
    seen = area.arrivals.seen_id
    qtbot.wait(POLL * 4)
    assert not area.banner.isVisible()
    assert area.arrivals.seen_id == seen


def test_a_receptionist_has_no_watch(qtbot, db, people):
    area = open_area(qtbot, db, people["reception"])
    assert area.arrivals is None


def test_the_watch_ends_with_the_area(qtbot, db, people):
    area = RequestsArea(AreaContext(db, people["parts"]), poll_ms=POLL)
    assert area.arrivals is not None
    timer = area.arrivals.timer
    with qtbot.waitSignal(timer.destroyed):
        area.deleteLater()


def test_a_database_that_stops_answering_is_said_once(qtbot, db, people, monkeypatch):
    arrivals = RequestArrivals(AreaContext(db, people["parts"]), interval_ms=POLL)
    arrivals.start()
    troubles: list[str] = []
    arrived: list[list] = []
    arrivals.sig_trouble.connect(troubles.append)
    arrivals.sig_new_requests.connect(arrived.append)

    def broken(*_args):
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    real = requests.newest_incoming_id
    monkeypatch.setattr(requests, "newest_incoming_id", broken)
    arrivals.poll()
    arrivals.poll()
    assert len(troubles) == 1 and "does not answer" in troubles[0]
    assert arrivals.timer.interval() == RETRY_MS

    monkeypatch.setattr(requests, "newest_incoming_id", real)
    new = file(db, people["reception"])
    with qtbot.waitSignal(arrivals.sig_recovered):
        arrivals.poll()
    assert arrivals.timer.interval() == POLL
    assert [[row.id for row in rows] for rows in arrived] == [[new]]
    arrivals.stop()
    assert not arrivals.is_running()
