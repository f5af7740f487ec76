"""Editing on the client card: messages under their fields with the input kept, another
desk's save shown beside what was typed, the duplicate warning, and the cars."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app.models import Role
from desk_app.services import client_card, client_editing
from desk_app.services.client_editing import ClientForm
from desk_app.services.intake_form import NewClient, NewVehicle
from desk_app.ui.area import AreaContext
from desk_app.ui.clients.card_dialog import ClientCardDialog
from desk_app.ui.clients.card_merge import MergeDialog
from desk_app.ui.clients.card_vehicle_form import VehicleFormDialog
from tests.factories import make_client, make_vehicle
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


@pytest.fixture
def desk(shop):
    return shop[Role.RECEPTIONIST]


@pytest.fixture
def card_dialog(qtbot, db, shop, desk) -> ClientCardDialog:
    dialog = ClientCardDialog(AreaContext(db, desk), shop.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    assert button.isVisible(), f"{button.text()} is not shown"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def saved(shop, desk):
    return client_card.load_card(shop.db, desk, shop.client_id)


def save_elsewhere(shop, desk, version: int, **changes) -> None:
    """Another desk saves the card from the version this one opened."""
    card = saved(shop, desk)
    basics = NewClient(
        kind=card.kind,
        last_name=card.last_name,
        first_name=card.first_name,
        middle_name=card.middle_name,
        phones=card.phones,
        email=changes.pop("email", card.email),
    )
    form = ClientForm(basics=basics, address=card.address, notes=card.notes)
    client_editing.update_client(
        shop.db, desk, card.id, replace(form, **changes), expected_version=version
    )


def test_a_bad_phone_is_named_under_that_phone_and_the_input_stays(qtbot, shop, desk, card_dialog):
    contacts = card_dialog.contacts
    click(qtbot, contacts.edit_button)
    fields = contacts.fields
    fields.lines["email"].setText("sergey@example")
    fields.phones[1].setText("12")
    click(qtbot, contacts.save_button)
    assert contacts.editing
    assert fields.messages.label("phones.1").isVisible()
    assert fields.message_for("phones.1")
    assert fields.messages.label("phones.1") is not fields.messages.label("phones.0")
    assert not fields.messages.label("phones.0").isVisible()
    assert fields.message_for("email") == "This is not an e-mail address: sergey@example."
    assert fields.phones[1].text() == "12"
    assert fields.lines["email"].text() == "sergey@example"
    assert fields.phones[1].hasFocus() or fields.lines["email"].hasFocus()
    assert saved(shop, desk).email == ""


def test_a_birthday_that_is_not_a_date_is_named_with_the_other_problems(
    qtbot, shop, desk, card_dialog
):
    contacts = card_dialog.contacts
    click(qtbot, contacts.edit_button)
    contacts.fields.birthday.setText("31.02.19")
    contacts.fields.lines["last_name"].setText("")
    contacts.fields.lines["first_name"].setText("")
    contacts.fields.lines["middle_name"].setText("")
    click(qtbot, contacts.save_button)
    assert contacts.fields.message_for("birthday").startswith("This is not a date: 31.02.19.")
    assert contacts.fields.message_for("last_name") == "Enter the client's name."
    assert saved(shop, desk).last_name == "Петров"


def test_a_good_edit_is_saved_and_shown(qtbot, shop, desk, card_dialog):
    contacts = card_dialog.contacts
    click(qtbot, contacts.edit_button)
    contacts.fields.lines["address"].setText("Москва, ул. Лесная, 5")
    contacts.fields.phones[1].setText("8 916 555 44 33")
    with qtbot.waitSignal(card_dialog.sig_changed):
        click(qtbot, contacts.save_button)
    assert not contacts.editing
    card = saved(shop, desk)
    assert card.address == "Москва, ул. Лесная, 5"
    assert card.phones == ("+79031112233", "+79165554433")
    assert contacts.view.values["address"].text() == "Москва, ул. Лесная, 5"
    assert card_dialog.header.phones.text() == "+7 903 111-22-33 · +7 916 555-44-33"


def test_another_desks_save_is_shown_beside_the_input_and_nothing_is_overwritten(
    qtbot, shop, desk, card_dialog
):
    contacts = card_dialog.contacts
    opened = contacts.base.version
    click(qtbot, contacts.edit_button)
    contacts.fields.lines["email"].setText("mine@example.com")
    save_elsewhere(shop, desk, opened, email="theirs@example.com", address="Тверь")
    click(qtbot, contacts.save_button)

    assert contacts.conflict.isVisible()
    assert contacts.conflict.message.text().startswith("Someone else changed this client card")
    assert ("E-mail", "theirs@example.com", "mine@example.com") in contacts.conflict.rows_shown()
    assert ("Address", "Тверь", "—") in contacts.conflict.rows_shown()
    assert contacts.fields.lines["email"].text() == "mine@example.com"
    assert saved(shop, desk).email == "theirs@example.com"
    assert card_dialog.contacts.view.values["address"].text() == "Тверь"

    click(qtbot, contacts.conflict.reload_button)
    assert not contacts.conflict.isVisible()
    assert contacts.editing
    assert contacts.fields.lines["email"].text() == "theirs@example.com"
    assert contacts.fields.lines["address"].text() == "Тверь"
    with qtbot.waitSignal(card_dialog.sig_changed):
        click(qtbot, contacts.save_button)
    assert saved(shop, desk).address == "Тверь"


def test_keeping_the_input_saves_it_over_the_other_desks_version(qtbot, shop, desk, card_dialog):
    contacts = card_dialog.contacts
    click(qtbot, contacts.edit_button)
    contacts.fields.lines["email"].setText("mine@example.com")
    save_elsewhere(shop, desk, contacts.base.version, email="theirs@example.com")
    click(qtbot, contacts.save_button)
    click(qtbot, contacts.conflict.keep_button)
    assert contacts.notice.text().startswith("Your input is kept.")
    assert contacts.fields.lines["email"].text() == "mine@example.com"
    with qtbot.waitSignal(card_dialog.sig_changed):
        click(qtbot, contacts.save_button)
    assert saved(shop, desk).email == "mine@example.com"


def test_a_phone_on_another_card_shows_the_duplicate_warning(qtbot, db, desk, card_dialog):
    other = make_client(db, "Петрова", "Анна", phones=["+79161234567"])
    contacts = card_dialog.contacts
    assert not card_dialog.banner.isVisible()
    click(qtbot, contacts.edit_button)
    contacts.fields.phones[1].setText("8 916 123-45-67")
    contacts.fields.check_phone(1)
    banner = card_dialog.banner
    assert banner.isVisible()
    assert banner.text() == "Possibly the same client: Петрова Анна also has +7 916 123-45-67."
    with qtbot.waitSignal(card_dialog.sig_open_client) as opened:
        click(qtbot, banner.findChild(type(contacts.edit_button), f"openDuplicate{other}"))
    assert opened.args == [other]
    click(qtbot, banner.findChild(type(contacts.edit_button), f"mergeDuplicate{other}"))
    assert isinstance(card_dialog.form, MergeDialog)
    assert card_dialog.form.other is not None and card_dialog.form.other.id == other


def test_closing_with_unsaved_changes_asks_first(qtbot, card_dialog):
    click(qtbot, card_dialog.contacts.edit_button)
    card_dialog.contacts.fields.lines["address"].setText("Тула")
    card_dialog.reject()
    box = card_dialog.form
    assert isinstance(box, QMessageBox)
    assert card_dialog.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Discard))
    assert not card_dialog.isVisible()


def test_a_car_is_edited_and_a_taken_vin_points_to_the_other_card(
    qtbot, db, shop, desk, card_dialog
):
    other = make_client(db, "Сидоров", "Олег", phones=["+79035550000"])
    make_vehicle(db, other, "Lada", "Granta", "Е777КХ77", vin="XTA219010C0123456")
    card_dialog.tabs.setCurrentWidget(card_dialog.vehicles)
    click(qtbot, card_dialog.vehicles.add_button)
    form = card_dialog.form
    assert isinstance(form, VehicleFormDialog)
    form.edits["make"].setText("Lada")
    form.edits["plate"].setText("Р001РР77")
    form.edits["vin"].setText("XTA219010C0123456")
    click(qtbot, form.save_button)
    assert form.messages.text("vin").startswith("This VIN is already on file: Lada Granta")
    assert form.banner.isVisible()
    assert "Сидоров Олег" in form.banner.text()

    form.edits["vin"].setText("")
    with qtbot.waitSignal(card_dialog.sig_changed):
        click(qtbot, form.save_button)
    assert [car.title for car in saved(shop, desk).vehicles] == ["Kia Rio", "Lada"]
    assert card_dialog.tabs.tabText(1) == "Ve&hicles (2)"


def test_a_car_saved_at_another_desk_meanwhile_is_compared_not_overwritten(
    qtbot, shop, desk, card_dialog
):
    card_dialog.tabs.setCurrentWidget(card_dialog.vehicles)
    click(qtbot, card_dialog.vehicles.edit_button)
    form = card_dialog.form
    assert isinstance(form, VehicleFormDialog)
    assert form.edits["plate"].text() == "М456ОР199"
    form.edits["colour"].setText("белый")
    car = saved(shop, desk).vehicles[0]
    client_editing.update_vehicle(
        shop.db,
        desk,
        car.id,
        NewVehicle(car.make, car.model, car.year, car.plate, car.vin, colour="чёрный"),
        bought_here=True,
        expected_version=car.version,
    )
    click(qtbot, form.save_button)
    assert form.isVisible()
    rows = form.conflict.rows_shown()
    assert ("Colour", "чёрный", "белый") in rows
    assert ("Bought at this station", "Yes", "No") in rows
    assert saved(shop, desk).vehicles[0].colour == "чёрный"
    click(qtbot, form.conflict.keep_button)
    with qtbot.waitSignal(card_dialog.sig_changed):
        click(qtbot, form.save_button)
    assert saved(shop, desk).vehicles[0].colour == "белый"


def test_edit_notes_opens_the_form_at_the_notes(qtbot, shop, desk, card_dialog):
    card_dialog.tabs.setCurrentWidget(card_dialog.notes)
    click(qtbot, card_dialog.notes.edit_button)
    assert card_dialog.tabs.currentWidget() is card_dialog.contacts
    assert card_dialog.contacts.editing
    assert card_dialog.contacts.fields.notes.hasFocus()
    card_dialog.contacts.fields.notes.setPlainText("Предпочитает оригинальные запчасти")
    with qtbot.waitSignal(card_dialog.sig_changed):
        click(qtbot, card_dialog.contacts.save_button)
    assert saved(shop, desk).notes == "Предпочитает оригинальные запчасти"
    assert card_dialog.notes.text.toPlainText() == "Предпочитает оригинальные запчасти"
