"""The client list: search as you type, filters, sorting by the service, pages on scroll."""

from __future__ import annotations

import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from desk_app.models import Role, WorkOrderStatus
from desk_app.services import clients as client_service
from desk_app.ui.area import AreaContext
from desk_app.ui.clients import client_list
from desk_app.ui.clients.client_list import SEARCH_DELAY_MS, ClientList
from desk_app.ui.clients.client_list_model import (
    COL_KIND,
    COL_LAST_VISIT,
    COL_NAME,
    COL_REGULAR,
    COL_VEHICLES,
    COL_VISITS,
    ID_ROLE,
    ClientListModel,
)
from tests.factories import make_client, make_vehicle, make_work_order


def names(widget: ClientList) -> list[str]:
    model = widget.view.model()
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST)


@pytest.fixture
def people(db, desk, fixed_clock) -> dict[str, int]:
    """Ivanov is regular (four visits this year), Petrova came once, Vector never."""
    ivanov = make_client(db, "Иванов", "Иван", phones=["+79161234567"], email="ivanov@mail.ru")
    vesta = make_vehicle(db, ivanov, "Lada", "Vesta", "А123ВС77")
    for days in (3, 40, 80, 120):
        make_work_order(
            db,
            ivanov,
            vesta,
            desk.id,
            status=WorkOrderStatus.HANDED_OVER,
            accepted_at=fixed_clock - timedelta(days=days),
        )
    petrova = make_client(db, "Петрова", "Анна", phones=["+79035556677"])
    rio = make_vehicle(db, petrova, "Kia", "Rio", "М456ОР199")
    make_work_order(db, petrova, rio, desk.id, accepted_at=fixed_clock - timedelta(days=10))
    vector = make_client(db, company_name="ООО «Вектор»", phones=["+74951234567"])
    return {"ivanov": ivanov, "petrova": petrova, "vector": vector}


@pytest.fixture
def widget(qtbot, db, desk) -> ClientList:
    shown = ClientList(AreaContext(db, desk))
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The texts the list asked the service for, one per search."""
    texts: list[str] = []
    real = client_service.client_page

    def counting(db, actor, text="", *args, **kwargs):
        texts.append(text)
        return real(db, actor, text, *args, **kwargs)

    monkeypatch.setattr(client_service, "client_page", counting)
    return texts


def test_lists_everyone_with_their_details(widget, people):
    widget.refresh()

    assert names(widget) == ["Иванов Иван", "ООО «Вектор»", "Петрова Анна"]
    model = widget.model
    first = [model.index(0, column).data() for column in range(model.columnCount())]
    assert first[:5] == [
        "Иванов Иван",
        "Person",
        "+7 916 123-45-67",
        "ivanov@mail.ru",
        "Lada Vesta А123ВС77",
    ]
    assert first[COL_VISITS] == "4"
    assert first[COL_LAST_VISIT] != ""
    assert first[COL_REGULAR] == "✓"
    assert model.index(2, COL_REGULAR).data() == ""
    assert model.index(1, COL_KIND).data() == "Company"
    assert model.index(0, COL_VEHICLES).data(Qt.ItemDataRole.ToolTipRole) == "Lada Vesta А123ВС77"
    assert widget.count_label.text() == "3 client(s)"


def test_typing_searches_once_after_a_pause(qtbot, widget, people, asked):
    widget.refresh()
    asked.clear()

    qtbot.keyClicks(widget.search_box, "8 916 123")
    assert asked == []
    qtbot.waitUntil(lambda: names(widget) == ["Иванов Иван"], timeout=SEARCH_DELAY_MS * 8)

    assert asked == ["8 916 123"]
    assert widget.count_label.text() == "1 of 3 match"


def test_a_slow_answer_never_overwrites_a_newer_search(qtbot, widget, people, monkeypatch):
    """The search after a pause runs off the GUI thread: the box takes keys meanwhile, and
    an answer that Enter overtook is dropped."""
    widget.refresh()
    release = threading.Event()
    real = client_service.client_page

    def slow(db, actor, text="", *args, **kwargs):
        if text == "Иванов":
            release.wait(5)
        return real(db, actor, text, *args, **kwargs)

    monkeypatch.setattr(client_service, "client_page", slow)
    widget.search_box.setText("Иванов")
    qtbot.waitUntil(widget.searcher.is_busy)
    widget.search_box.setText("Петрова")
    qtbot.keyClick(widget.search_box, Qt.Key.Key_Return)
    assert names(widget) == ["Петрова Анна"]

    release.set()
    qtbot.waitUntil(lambda: not widget.is_searching())
    qtbot.wait(20)
    assert names(widget) == ["Петрова Анна"]
    assert widget.search_box.text() == "Петрова"


def test_enter_searches_at_once_and_says_when_nothing_matches(qtbot, widget, people, asked):
    widget.search_box.setText("нет такого")
    qtbot.keyClick(widget.search_box, Qt.Key.Key_Return)

    assert asked == ["нет такого"]
    assert names(widget) == []
    assert widget.count_label.text() == "No client matches “нет такого”"
    assert not widget.search_timer.isActive()


def test_the_global_search_lands_here(widget, people):
    assert widget.search("м456ор") is True
    assert widget.search_box.text() == "м456ор"
    assert names(widget) == ["Петрова Анна"]


def test_filters_narrow_the_list_at_once(widget, people):
    widget.refresh()

    widget.regular_filter.setCurrentIndex(widget.regular_filter.findData(True))
    assert names(widget) == ["Иванов Иван"]
    assert widget.count_label.text() == "1 of 3 match"
    widget.regular_filter.setCurrentIndex(widget.regular_filter.findData(False))
    assert names(widget) == ["ООО «Вектор»", "Петрова Анна"]
    widget.kind_filter.setCurrentIndex(2)  # companies
    assert names(widget) == ["ООО «Вектор»"]
    widget.search("петрова")
    assert names(widget) == []
    assert widget.count_label.text() == "No client matches “петрова”"
    widget.search("")
    widget.regular_filter.setCurrentIndex(widget.regular_filter.findData(True))
    assert widget.count_label.text() == "No client matches these filters"


def test_reminders_due_shows_whom_reminders_names(qtbot, widget, people, monkeypatch):
    asked_days = []

    def contact_list(db, actor, today):
        asked_days.append(today)
        return [SimpleNamespace(client_id=people["petrova"])]

    monkeypatch.setattr(client_list, "reminders", SimpleNamespace(contact_list=contact_list))
    widget.refresh()

    widget.reminders_filter.setChecked(True)

    assert names(widget) == ["Петрова Анна"]
    assert widget.filters().only_ids == frozenset({people["petrova"]})
    widget.refresh()
    assert len(asked_days) == 2  # asked again when the list reloads
    widget.reminders_filter.setChecked(False)
    assert len(names(widget)) == 3


def test_reminders_due_says_so_while_reminders_are_missing(qtbot, widget, people, monkeypatch):
    monkeypatch.setattr(client_list, "reminders", None)
    widget.refresh()

    with qtbot.waitSignal(widget.sig_status_message) as blocker:
        widget.reminders_filter.setChecked(True)

    assert blocker.args == ["Reminders are not available yet."]
    assert not widget.reminders_filter.isChecked()
    assert len(names(widget)) == 3


def test_a_header_click_sorts_the_whole_list_by_the_service(widget, people, asked):
    widget.refresh()
    asked.clear()

    widget.view.sortByColumn(COL_VISITS, Qt.SortOrder.DescendingOrder)

    assert asked == [""]
    assert names(widget) == ["Иванов Иван", "Петрова Анна", "ООО «Вектор»"]
    assert widget.model.sort_order == (client_service.ClientSort.VISITS, True)
    widget.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(widget) == ["Петрова Анна", "ООО «Вектор»", "Иванов Иван"]


def test_opening_a_client_by_double_click_or_enter(qtbot, widget, people):
    widget.resize(900, 400)
    widget.show()
    widget.refresh()
    index = widget.model.index(1, COL_NAME)
    point = widget.view.visualRect(index).center()

    with qtbot.waitSignal(widget.sig_open_client) as blocker:
        # An item view takes a double click only on the index that the first press hit.
        QTest.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        QTest.mouseDClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [people["vector"]]

    widget.search_box.setFocus()
    QTest.keyClick(widget.search_box, Qt.Key.Key_Down)
    assert widget.focusWidget() is widget.view
    with qtbot.waitSignal(widget.sig_open_client) as blocker:
        QTest.keyClick(widget.view, Qt.Key.Key_Return)
    assert blocker.args == [people["vector"]]  # the row already selected stays


def test_down_from_the_box_selects_the_first_client(widget, people):
    widget.show()
    widget.search("петрова")
    widget.search_box.setFocus()

    QTest.keyClick(widget.search_box, Qt.Key.Key_Down)

    assert widget.selected_client_id() == people["petrova"]


def test_show_client_selects_him_even_when_filtered_out(widget, people):
    widget.kind_filter.setCurrentIndex(2)  # companies
    widget.search("вектор")

    assert widget.show_client(people["ivanov"]) is True

    assert widget.selected_client_id() == people["ivanov"]
    assert widget.kind_filter.currentIndex() == 0
    assert widget.search_box.text() == "Иванов Иван"
    assert widget.show_client(people["ivanov"]) is True


def test_show_client_pins_him_when_namesakes_fill_the_page(db, widget, people):
    namesakes = [make_client(db, "Иванов", "Иван", phones=[]) for _ in range(3)]
    widget.model.page_size = 2

    assert widget.show_client(namesakes[-1]) is True

    assert widget.selected_client_id() == namesakes[-1]
    assert widget.model.row_at(0).id == namesakes[-1]
    while widget.model.canFetchMore():
        widget.model.fetchMore()
    ids = [widget.model.row_at(row).id for row in range(widget.model.rowCount())]
    assert sorted(ids) == sorted([people["ivanov"], *namesakes])  # not listed twice


def test_show_client_of_a_missing_client_reports_it(qtbot, widget, people):
    with qtbot.waitSignal(widget.sig_status_message) as blocker:
        assert widget.show_client(999_999) is False
    assert blocker.args == ["The client no longer exists."]


def test_refresh_keeps_the_selection_and_the_rows_fetched(db, widget, people):
    for n in range(5):
        make_client(db, f"Яковлев{n}", phones=[])
    widget.model.page_size = 3
    widget.refresh()
    widget.model.fetchMore()
    widget.show_client(people["petrova"])

    widget.refresh()

    assert widget.model.rowCount() == 6
    assert widget.selected_client_id() == people["petrova"]
    assert widget.count_label.text() == "8 client(s)"


def test_a_refused_search_is_reported(qtbot, db, make_actor, people):
    mechanic = ClientList(AreaContext(db, make_actor(Role.MECHANIC)))
    qtbot.addWidget(mechanic)

    with qtbot.waitSignal(mechanic.sig_status_message):
        mechanic.refresh()

    assert names(mechanic) == []


# -- the model without a view ---------------------------------------------------------------


def test_the_model_fetches_pages_as_asked(db, desk, people):
    for n in range(4):
        make_client(db, f"Яковлев{n}", phones=[])
    model = ClientListModel(db, desk, page_size=3)
    assert not model.canFetchMore()  # nothing asked yet

    assert model.set_query("") is True
    assert (model.rowCount(), model.matched, model.canFetchMore()) == (3, 7, True)
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetchMore()
    assert (model.rowCount(), model.canFetchMore()) == (7, False)
    assert model.index(6, COL_NAME).data() == "Яковлев3 Иван"
    assert model.index(0, COL_NAME).data(ID_ROLE) == people["ivanov"]
    assert model.row_of(people["vector"]) == 1


def test_the_model_sorts_through_the_service(db, desk, people):
    model = ClientListModel(db, desk)
    model.sort(COL_VISITS, Qt.SortOrder.AscendingOrder)  # before any query: nothing asked
    assert model.rowCount() == 0

    model.set_query("", client_service.ClientFilter(kind=None))
    assert [model.row_at(row).visits for row in range(3)] == [0, 1, 4]
    assert model.headerData(COL_VISITS, Qt.Orientation.Horizontal) == "Visits"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_the_visits_column_is_right_aligned(db, desk, people):
    model = ClientListModel(db, desk)
    model.set_query("")
    alignment = model.index(0, COL_VISITS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignLeft
    )


def test_too_many_matches_ask_for_more_letters(widget, people, monkeypatch):
    monkeypatch.setattr(client_service, "LIST_CAP", 1)
    widget.search("123")  # Ivanov's phone and plate, Vector's phone
    assert widget.model.capped
    assert widget.count_label.text() == "More than 1 match — type more to narrow the list"
    assert not widget.model.canFetchMore(QModelIndex())
