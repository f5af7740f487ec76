"""The Clients area: search as you type, the count of matches, showing one client."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.models import Role
from desk_app.services import clients as client_service
from desk_app.ui.area import AreaContext
from desk_app.ui.clients import ClientsArea
from desk_app.ui.clients.area import SEARCH_DELAY_MS
from tests.factories import make_client, make_vehicle


def names(area: ClientsArea) -> list[str]:
    view_model = area.view.model()
    return [view_model.index(row, 0).data() for row in range(view_model.rowCount())]


@pytest.fixture
def people(db) -> dict[str, int]:
    ivanov = make_client(db, "Иванов", "Иван", phones=["+79161234567"], email="ivanov@mail.ru")
    make_vehicle(db, ivanov, "Lada", "Vesta", "А123ВС77")
    petrova = make_client(db, "Петрова", "Анна", phones=["+79035556677"])
    make_vehicle(db, petrova, "Kia", "Rio", "М456ОР199")
    vector = make_client(db, company_name="ООО «Вектор»", phones=["+74951234567"])
    return {"ivanov": ivanov, "petrova": petrova, "vector": vector}


@pytest.fixture
def area(qtbot, db, make_actor) -> ClientsArea:
    widget = ClientsArea(AreaContext(db, make_actor(Role.RECEPTIONIST)))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def searches(monkeypatch) -> list[str]:
    """The texts the area asked the service for."""
    asked: list[str] = []
    real = client_service.search_clients

    def counting(db, actor, text="", limit=200, offset=0):
        asked.append(text)
        return real(db, actor, text, limit, offset)

    monkeypatch.setattr(client_service, "search_clients", counting)
    return asked


def test_lists_everyone_with_their_details(area, people):
    area.refresh()

    assert names(area) == ["Иванов Иван", "ООО «Вектор»", "Петрова Анна"]
    model = area.model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:4] == ["Иванов Иван", "Person", "+7 916 123-45-67", "ivanov@mail.ru"]
    assert row[-1] == "Lada Vesta А123ВС77"
    assert area.count_label.text() == "All clients: 3"


def test_typing_searches_once_after_a_pause(qtbot, area, people, searches):
    area.refresh()
    searches.clear()

    qtbot.keyClicks(area.search_box, "8 916 123")
    assert searches == []
    qtbot.waitUntil(lambda: names(area) == ["Иванов Иван"], timeout=SEARCH_DELAY_MS * 8)

    assert searches == ["8 916 123"]
    assert area.count_label.text() == "Found: 1"


def test_enter_searches_at_once_and_says_when_nothing_matches(qtbot, area, people, searches):
    area.search_box.setText("нет такого")
    qtbot.keyClick(area.search_box, Qt.Key.Key_Return)

    assert searches == ["нет такого"]
    assert names(area) == []
    assert area.count_label.text() == "No client matches “нет такого”"
    assert not area.search_timer.isActive()


def test_clearing_the_box_lists_everyone_again(qtbot, area, people):
    area.search("kia")
    assert names(area) == ["Петрова Анна"]

    area.search_box.clear()
    qtbot.waitUntil(lambda: len(names(area)) == 3, timeout=SEARCH_DELAY_MS * 8)


def test_count_says_how_many_are_not_shown(area, people):
    area.page_size = 2
    area.refresh()

    assert len(names(area)) == 2
    assert area.count_label.text() == "Showing 2 of 3"


def test_global_search_lands_here(area, people):
    assert area.search("м456ор") is True
    assert area.search_box.text() == "м456ор"
    assert names(area) == ["Петрова Анна"]


def test_show_record_selects_the_client_even_when_filtered_out(area, people):
    area.search("иванов")

    assert area.show_record("client", people["vector"]) is True

    assert area.selected_client_id() == people["vector"]
    assert "ООО «Вектор»" in names(area)
    assert area.show_record("client", people["ivanov"]) is True
    assert area.selected_client_id() == people["ivanov"]
    assert area.show_record("work_order", 1) is False


def test_the_shown_client_stays_selected_when_the_area_refreshes(area, people):
    area.refresh()
    area.show_record("client", people["petrova"])

    area.refresh()

    assert area.selected_client_id() == people["petrova"]


def test_show_record_of_a_missing_client_reports_it(qtbot, area, people):
    with qtbot.waitSignal(area.sig_status_message) as blocker:
        assert area.show_record("client", 999_999) is False
    assert blocker.args == ["The client no longer exists."]
