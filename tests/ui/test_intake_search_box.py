"""The intake search box: results as you type, picked with the keyboard, new client or car."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.models import Role
from desk_app.services.client_search import IntakeHit, SearchField
from desk_app.ui.intake.search_box import ClientSearchBox, RowKind
from tests.factories import make_client, make_vehicle


@pytest.fixture
def people(db) -> dict[str, int]:
    ivanov = make_client(db, "Иванов", "Иван", phones=["+79161234567"])
    petrova = make_client(db, "Петрова", "Анна", phones=["+79035556677"])
    return {
        "ivanov": ivanov,
        "vesta": make_vehicle(db, ivanov, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213"),
        "rio": make_vehicle(db, ivanov, "Kia", "Rio", "М456ОР199"),
        "petrova": petrova,
    }


@pytest.fixture
def box(qtbot, db, make_actor, people) -> ClientSearchBox:
    widget = ClientSearchBox(db, make_actor(Role.RECEPTIONIST))
    qtbot.addWidget(widget)
    widget.resize(720, 480)
    widget.show()
    qtbot.waitExposed(widget)
    widget.line_edit.setFocus()
    return widget


def kinds(box: ClientSearchBox) -> list[RowKind]:
    return [row.kind for row in box.lines()]


def hits(box: ClientSearchBox) -> list[IntakeHit]:
    return [row.hit for row in box.lines() if row.hit is not None]


def current(box: ClientSearchBox) -> int:
    return box.lines().index(box.current_line())


def type_and_wait(qtbot, box: ClientSearchBox, text: str) -> None:
    """ASCII through real key presses; Cyrillic through ``insert`` (keyClicks cannot)."""
    if text.isascii():
        qtbot.keyClicks(box.line_edit, text)
    else:
        box.line_edit.insert(text)
    qtbot.waitUntil(lambda: box.is_open() and box.typed() == box.line_edit.text().strip())
    qtbot.waitUntil(lambda: not box.search_timer.isActive())


def test_typing_shows_the_matching_cars_and_the_new_client_line(qtbot, box, people):
    type_and_wait(qtbot, box, "916 123")
    assert [(hit.client_id, hit.phone) for hit in hits(box)] == [
        (people["ivanov"], "+79161234567")
    ] * 2
    assert all(SearchField.PHONE in hit.matched for hit in hits(box))
    assert kinds(box) == [RowKind.HIT, RowKind.HIT, RowKind.NEW_CLIENT]
    assert current(box) == 0
    assert box.popup.geometry().top() >= box.line_edit.geometry().bottom()
    assert box.actions.isVisible()

    box.resize(900, 480)
    qtbot.waitUntil(lambda: box.popup.width() == box.line_edit.width())

    box.line_edit.clear()
    type_and_wait(qtbot, box, "петрова")
    assert [hit.client_id for hit in hits(box)] == [people["petrova"]]


def test_down_and_enter_pick_a_line(qtbot, box, people):
    type_and_wait(qtbot, box, "иванов")
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Down)
    expected = box.lines()[1].hit
    with qtbot.waitSignal(box.sig_picked) as picked:
        qtbot.keyClick(box.line_edit, Qt.Key.Key_Return)
    assert picked.args == [expected]
    assert box.picked() == expected
    assert not box.is_open()
    assert box.line_edit.text().startswith("Иванов Иван")
    assert box.typed() == ""


def test_up_from_the_top_reaches_new_client_and_notes_are_skipped(qtbot, box, people):
    type_and_wait(qtbot, box, "zzzz")
    assert kinds(box) == [RowKind.NOTE, RowKind.NEW_CLIENT]
    assert current(box) == 1
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Up)
    assert current(box) == 1

    box.line_edit.selectAll()
    type_and_wait(qtbot, box, "иван")
    assert kinds(box) == [RowKind.HIT, RowKind.HIT, RowKind.NEW_CLIENT]
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Up)
    assert box.current_line().kind is RowKind.NEW_CLIENT
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Down)
    assert current(box) == 0


def test_the_actions_stay_in_view_below_many_lines(qtbot, db, box):
    for n in range(25):
        make_client(db, f"Клиентов{n:02d}", phones=[f"+7926000{n:04d}"])
    type_and_wait(qtbot, box, "клиентов")
    assert kinds(box) == [RowKind.HIT] * 20 + [RowKind.NOTE, RowKind.NEW_CLIENT]
    assert box.actions.isVisible()
    assert box.actions.geometry().bottom() <= box.popup.contentsRect().bottom()
    assert box.results.verticalScrollBar().maximum() > 0


def test_escape_closes_the_list_and_down_opens_it_again(qtbot, box):
    type_and_wait(qtbot, box, "vesta")
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Escape)
    assert not box.is_open()
    assert box.line_edit.text() == "vesta"
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Down)
    assert box.is_open()
    assert kinds(box) == [RowKind.HIT, RowKind.NEW_CLIENT]


def test_new_client_carries_what_was_typed(qtbot, box):
    type_and_wait(qtbot, box, "8 999 000-11-22")
    assert kinds(box) == [RowKind.NOTE, RowKind.NEW_CLIENT]
    with qtbot.waitSignal(box.sig_new_client) as chosen:
        qtbot.keyClick(box.line_edit, Qt.Key.Key_Return)
    assert chosen.args == ["8 999 000-11-22"]
    assert not box.is_open()


def test_new_vehicle_is_offered_once_a_client_is_picked(qtbot, box, people):
    type_and_wait(qtbot, box, "петрова")
    assert RowKind.NEW_VEHICLE not in kinds(box)
    with qtbot.waitSignal(box.sig_picked):
        qtbot.keyClick(box.line_edit, Qt.Key.Key_Return)

    box.line_edit.selectAll()
    type_and_wait(qtbot, box, "В777ОР77")
    assert kinds(box)[-2:] == [RowKind.NEW_CLIENT, RowKind.NEW_VEHICLE]
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(box.sig_new_vehicle) as chosen:
        qtbot.keyClick(box.line_edit, Qt.Key.Key_Enter)
    assert chosen.args == ["В777ОР77"]
    assert box.picked().client_id == people["petrova"]

    box.clear()
    assert box.picked() is None
    assert box.line_edit.text() == ""


def test_a_click_picks_too(qtbot, box, people):
    type_and_wait(qtbot, box, "kia")
    index = box.model.index(0)
    with qtbot.waitSignal(box.sig_picked) as picked:
        qtbot.mouseClick(
            box.results.viewport(),
            Qt.MouseButton.LeftButton,
            pos=box.results.visualRect(index).center(),
        )
    assert picked.args[0].vehicle_id == people["rio"]
