"""The "To contact" panel: the day's list, noting a call-back, putting off, marking all shown
done, the CSV export.

The clock stands at Monday 23 November 2026, 09:30 UTC; the panel works in UTC here.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from desk_app.models import ContactChannel, ContactKind, Role
from desk_app.services import reminders
from desk_app.services.contact_due import HOLIDAYS
from desk_app.ui.area import AreaContext
from desk_app.ui.clients.contact_list import HOLIDAY_NAMES, ContactListPanel
from desk_app.ui.labels import contact_channel_label, contact_kind_label, enum_label
from tests.factories import make_vehicle
from tests.services.test_letter_print import due_client
from tests.services.test_reminders import client, visit

TODAY = date(2026, 11, 23)


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.RECEPTIONIST, name="Соколова Ольга")


@pytest.fixture
def people(db, desk) -> dict[str, int]:
    """Иванов is due a call-back today; Петрова has a birthday tomorrow."""
    ivanov = client(db, "Иванов")
    order = visit(db, desk, ivanov, make_vehicle(db, ivanov), TODAY - timedelta(days=3))
    petrova = client(db, "Петрова", birthday=date(1985, 11, 24))
    return {"ivanov": ivanov, "order": order, "petrova": petrova}


def make_panel(qtbot, db, actor) -> ContactListPanel:
    widget = ContactListPanel(AreaContext(db, actor), zone=UTC)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


@pytest.fixture
def panel(qtbot, db, desk, people) -> ContactListPanel:
    return make_panel(qtbot, db, desk)


def cells(panel: ContactListPanel, row: int) -> list[str]:
    model = panel.view.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_lists_call_backs_first_with_what_the_desk_needs(panel):
    assert panel.count_label.text() == "2 to contact today"
    first = cells(panel, 0)
    assert first[0:2] == ["Call-back", "Иванов Иван"]
    assert first[2].startswith("Order ЗН-") and first[2].endswith("Lada Vesta А123ВС77")
    assert first[4:6] == ["+7 916 123-45-67", "Phone call"]
    assert cells(panel, 1)[0:3] == ["Birthday", "Петрова Иван", "Birthday"]

    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(ContactKind.BIRTHDAY))

    assert panel.count_label.text() == "1 to contact today"
    assert panel.selected_item().kind is ContactKind.BIRTHDAY
    assert not panel.reached_button.isEnabled()
    assert panel.done_button.isEnabled()


def test_recording_a_reached_call_back(qtbot, db, desk, panel, people):
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.reached_button, Qt.MouseButton.LeftButton)
    form = panel.reached_form
    assert form.isVisible() and "Иванов Иван" in form.title.text()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "from 1 to 5" in form.findChild(QLabel, "satisfactionError").text()

    qtbot.mouseClick(form.scores.button(4), Qt.MouseButton.LeftButton)
    form.comment.setText("Стук пропал, всё отлично")
    with qtbot.waitSignal(panel.sig_status_message) as said:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert said.args == ["Иванов Иван: done."]
    assert not form.isVisible()
    assert [item.kind for item in panel.model.rows()] == [ContactKind.BIRTHDAY]
    (result,) = reminders.satisfaction_of(db, desk, people["ivanov"])
    assert (result.satisfaction, result.comment) == (4, "Стук пропал, всё отлично")


def test_not_reached_comes_back_tomorrow_with_the_tries_counted(
    qtbot, db, desk, panel, fixed_clock
):
    panel.view.selectRow(0)
    with qtbot.waitSignal(panel.sig_status_message) as said:
        qtbot.mouseClick(panel.not_reached_button, Qt.MouseButton.LeftButton)

    assert said.args == ["No answer: Иванов Иван is on the list again tomorrow."]
    assert [item.kind for item in panel.model.rows()] == [ContactKind.BIRTHDAY]
    tomorrow = reminders.contact_list(db, desk, TODAY + timedelta(days=1), tz=UTC)
    assert [(item.kind, item.attempts) for item in tomorrow] == [
        (ContactKind.CALL_BACK, 1),
        (ContactKind.BIRTHDAY, 0),
    ]


def test_postponing_hides_the_contact_until_the_day_chosen(qtbot, db, desk, panel):
    panel.view.selectRow(1)
    qtbot.mouseClick(panel.postpone_button, Qt.MouseButton.LeftButton)
    form = panel.postpone_form
    assert form.date_edit.minimumDate() == QDate(2026, 11, 24)
    assert form.date_edit.maximumDate() == QDate(2026, 11, 24)  # the birthday itself

    with qtbot.waitSignal(panel.sig_status_message):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert [item.kind for item in panel.model.rows()] == [ContactKind.CALL_BACK]
    later = reminders.contact_list(db, desk, TODAY + timedelta(days=1), tz=UTC)
    assert ContactKind.BIRTHDAY in {item.kind for item in later}


def test_another_desk_got_there_first(qtbot, db, make_actor, panel):
    other = make_actor(Role.RECEPTIONIST, name="Второй Стол")
    reminders.mark_done(db, other, panel.model.rows()[0])
    panel.view.selectRow(0)

    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)

    assert panel.message.isVisible()
    assert "another desk" in panel.message.text()
    assert [item.kind for item in panel.model.rows()] == [ContactKind.BIRTHDAY]


def test_marking_the_shown_greetings_done_after_asking(qtbot, db, desk, panel):
    assert panel.done_all_button.isEnabled()
    qtbot.mouseClick(panel.done_all_button, Qt.MouseButton.LeftButton)
    form = panel.mark_all_form
    assert form.isVisible()
    assert form.title.text() == "Mark the 1 contact(s) shown as done?"
    assert form.kinds.text() == "Birthday: 1"
    assert "Call-backs are not included" in form.findChild(QLabel, "markAllNote").text()

    with qtbot.waitSignal(panel.sig_status_message) as said:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert said.args == ["1 marked done."]
    assert not form.isVisible() and not panel.message.isVisible()
    assert [item.kind for item in panel.model.rows()] == [ContactKind.CALL_BACK]
    assert not panel.done_all_button.isEnabled()  # call-backs each need their own answer
    assert reminders.contact_list(db, desk, TODAY, tz=UTC) == panel.model.rows()


def test_those_another_desk_took_meanwhile_are_counted(qtbot, db, make_actor, panel):
    client(db, "Сидорова", birthday=date(1990, 11, 25))
    panel.refresh()
    qtbot.mouseClick(panel.done_all_button, Qt.MouseButton.LeftButton)
    assert panel.mark_all_form.title.text() == "Mark the 2 contact(s) shown as done?"
    other = make_actor(Role.RECEPTIONIST, name="Второй Стол")
    reminders.mark_done(db, other, panel.model.rows()[1])

    with qtbot.waitSignal(panel.sig_status_message) as said:
        qtbot.mouseClick(panel.mark_all_form.save_button, Qt.MouseButton.LeftButton)

    assert said.args == ["1 marked done, 1 already taken by another desk."]
    assert panel.message.isVisible() and panel.message.text() == said.args[0]
    assert [item.kind for item in panel.model.rows()] == [ContactKind.CALL_BACK]


def test_the_question_goes_when_what_is_shown_changes(qtbot, panel):
    qtbot.mouseClick(panel.done_all_button, Qt.MouseButton.LeftButton)
    assert panel.mark_all_form.isVisible()

    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(ContactKind.CALL_BACK))

    assert not panel.mark_all_form.isVisible()
    assert not panel.done_all_button.isEnabled()
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.reached_button, Qt.MouseButton.LeftButton)
    assert panel.reached_form.isVisible()


def test_open_card_and_double_click_ask_for_the_client(qtbot, panel, people):
    panel.view.selectRow(1)
    with qtbot.waitSignal(panel.sig_open_client) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [people["petrova"]]


def test_export_writes_the_greetings_of_consenting_clients(qtbot, panel, tmp_path, monkeypatch):
    target = tmp_path / "рассылка.csv"
    asked = []

    def save_as(parent, title, name, filters):
        asked.append(name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(panel.sig_status_message) as said:
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)

    assert asked == ["contacts-2026-11-23.csv"]
    assert said.args == [f"1 contact(s) exported to {target}."]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Name,Channel,Phone,E-mail,Address,Reason,Due date"
    assert lines[1:] == ["Петрова Иван,phone,+79161234567,петрова@example.ru,,Birthday,2026-11-24"]


def test_who_may_read_but_not_act_sees_the_buttons_off(qtbot, db, make_actor, people):
    widget = make_panel(qtbot, db, make_actor(Role.FINANCE))
    widget.view.selectRow(0)

    assert widget.count_label.text() == "2 to contact today"
    assert not widget.reached_button.isEnabled()
    assert not widget.done_button.isEnabled()
    assert not widget.done_all_button.isEnabled()
    assert widget.open_button.isEnabled()


def test_every_holiday_name_is_marked_for_translation():
    assert {name for _month, _day, name in HOLIDAYS} == set(HOLIDAY_NAMES)


def test_contact_kinds_and_channels_have_labels():
    assert [contact_kind_label(kind) for kind in ContactKind] == [
        "Call-back", "Service due", "Birthday", "Holiday"
    ]  # fmt: skip
    assert enum_label(ContactChannel.SMS) == "SMS"
    assert {contact_channel_label(channel) for channel in ContactChannel} == {
        "Phone call", "SMS", "E-mail", "Post"
    }  # fmt: skip


def test_letters_print_for_the_service_reminders_that_may_be_posted(qtbot, db, desk, people):
    due_client(db, desk, "Сидоров")
    due_client(db, desk, "Без-адреса", address="", plate="В456ОР199")
    widget = make_panel(qtbot, db, desk)
    assert widget.letters_button.isEnabled()

    with qtbot.waitSignal(widget.sig_status_message) as said:
        qtbot.mouseClick(widget.letters_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Making 1 letter(s)…"]
    qtbot.waitUntil(lambda: widget.letters.preview is not None, timeout=10_000)

    assert widget.letters.preview.document.pageCount() == 1
    assert widget.letters.preview.windowTitle() == "Reminder letters"


def test_no_letters_when_no_reminder_may_be_posted(panel):
    assert not panel.letters_button.isEnabled()
    assert panel.letters.start(panel.model.rows(), TODAY) is False
