"""The Clients area: the card file and today's contacts, each opening a client's card.

The list itself is tested in ``test_client_list.py``, the card in ``test_client_card*.py``.
"""

from __future__ import annotations

import pytest

from desk_app.models import Role
from desk_app.ui.area import AreaContext
from desk_app.ui.clients import ClientsArea
from desk_app.ui.clients.area import CARD_FILE_TAB, CONTACTS_TAB
from tests.factories import make_client, make_vehicle


@pytest.fixture
def people(db) -> dict[str, int]:
    ivanov = make_client(db, "Иванов", "Иван", phones=["+79161234567"], email="ivanov@mail.ru")
    make_vehicle(db, ivanov, "Lada", "Vesta", "А123ВС77")
    petrova = make_client(db, "Петрова", "Анна", phones=["+79035556677"])
    return {"ivanov": ivanov, "petrova": petrova}


@pytest.fixture
def area(qtbot, db, make_actor) -> ClientsArea:
    widget = ClientsArea(AreaContext(db, make_actor(Role.RECEPTIONIST)))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_two_tabs_the_card_file_first(area, people):
    tabs = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert tabs == ["Card file", "To contact today"]
    assert area.tabs.currentIndex() == CARD_FILE_TAB
    area.refresh()
    assert area.card_file.model.rowCount() == 2


def test_the_global_search_lands_in_the_card_file(area, people):
    area.tabs.setCurrentIndex(CONTACTS_TAB)
    assert area.search("Петрова")
    assert area.tabs.currentIndex() == CARD_FILE_TAB
    assert area.card_file.search_box.text() == "Петрова"


def test_a_client_shown_from_elsewhere_opens_his_card_once(area, people):
    assert area.show_record("client", people["petrova"])
    card = area.cards[people["petrova"]]
    assert card.isVisible()
    assert area.card_file.selected_client_id() == people["petrova"]
    assert area.open_card(people["petrova"]) is card
    assert not area.show_record("work_order", 1)
    card.close()


def test_the_list_and_the_contacts_open_cards(area, people):
    area.card_file.sig_open_client.emit(people["ivanov"])
    area.contacts.sig_open_client.emit(people["petrova"])
    assert set(area.cards) == {people["ivanov"], people["petrova"]}
    for card in list(area.cards.values()):
        card.close()


def test_a_visit_in_a_card_asks_the_main_window_for_the_order(area, people):
    opened = []
    area.sig_open_record.connect(lambda kind, record: opened.append((kind, record)))
    card = area.open_card(people["ivanov"])
    card.sig_open_order.emit(42)
    assert opened == [("work_order", 42)]
    card.close()
