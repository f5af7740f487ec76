"""Merging two cards of one client from the card window, and erasing a client's personal
data (the manager only), as the desk does it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.models import Client, Role, WorkOrderStatus
from desk_app.services import client_card
from desk_app.services.errors import NotFound
from desk_app.ui.area import AreaContext
from desk_app.ui.clients.card_dialog import ClientCardDialog
from desk_app.ui.clients.card_forget import ForgetDialog
from desk_app.ui.clients.card_merge import MergeDialog
from tests.factories import make_client, make_vehicle, make_work_order
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


@pytest.fixture
def twin(db, shop) -> int:
    """The same person entered a second time, with another car and one visit."""
    client = make_client(db, "Петров", "Сергей", phones=["+79031112233", "+79260001122"])
    car = make_vehicle(db, client, "Lada", "Niva", "О555ОО50", vin="XTA212140K1234567")
    make_work_order(
        db,
        client,
        car,
        shop[Role.RECEPTIONIST].id,
        status=WorkOrderStatus.HANDED_OVER,
        works=[("Развал-схождение", None)],
    )
    return client


@pytest.fixture
def open_card(qtbot, db):
    def open_(actor, client_id: int) -> ClientCardDialog:
        dialog = ClientCardDialog(AreaContext(db, actor), client_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def click(qtbot, button) -> None:
    assert button.isVisible(), f"{button.text()} is not shown"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_card_warns_of_its_twin_on_opening(shop, twin, open_card):
    dialog = open_card(shop[Role.RECEPTIONIST], shop.client_id)
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == (
        "Possibly the same client: Петров Сергей also has +7 903 111-22-33."
    )


def test_merging_through_the_dialog_keeps_every_visit(qtbot, db, shop, twin, open_card):
    desk = shop[Role.RECEPTIONIST]
    shop.order(WorkOrderStatus.HANDED_OVER)
    dialog = open_card(desk, shop.client_id)
    click(qtbot, dialog.merge_button)
    merge = dialog.form
    assert isinstance(merge, MergeDialog)
    assert not merge.merge_button.isEnabled()
    merge.search.setText("Петров")
    merge.run_search()
    assert merge.results.count() == 1
    merge.results.setCurrentRow(0)
    assert merge.other is not None and merge.other.id == twin
    assert "Lada Niva О555ОО50" in merge.other_summary.text()
    assert merge.keep_this.isChecked()
    with qtbot.waitSignal(dialog.sig_changed):
        click(qtbot, merge.merge_button)

    assert dialog.client_id == shop.client_id
    assert len(dialog.card.visits) == 2
    assert [car.title for car in dialog.card.vehicles] == ["Kia Rio", "Lada Niva"]
    assert dialog.header.phones.text() == "+7 903 111-22-33 · +7 926 000-11-22"
    assert dialog.notice.text() == "The two cards are one now; every visit is on this card."
    assert not dialog.banner.isVisible()
    with pytest.raises(NotFound):
        client_card.load_card(db, desk, twin)


def test_keeping_the_other_card_shows_that_card_here(qtbot, db, shop, twin, open_card):
    desk = shop[Role.RECEPTIONIST]
    dialog = open_card(desk, shop.client_id)
    merge = dialog.open_merge(twin)
    assert merge is not None and not merge.search.isVisible()
    merge.keep_other.setChecked(True)
    assert not merge.keep_this.isChecked()
    with qtbot.waitSignal(dialog.sig_changed):
        click(qtbot, merge.merge_button)
    assert dialog.client_id == twin
    assert len(dialog.card.visits) == 1
    assert sorted(car.title for car in dialog.card.vehicles) == ["Kia Rio", "Lada Niva"]
    with pytest.raises(NotFound):
        client_card.load_card(db, desk, shop.client_id)


def test_a_merge_against_a_card_changed_meanwhile_is_refused_until_reloaded(
    qtbot, db, shop, twin, open_card
):
    desk = shop[Role.RECEPTIONIST]
    dialog = open_card(desk, shop.client_id)
    merge = dialog.open_merge(twin)
    with db.transaction() as session:  # another desk edits the other card meanwhile
        session.get(Client, twin).notes = "Звонить после 18:00"
    click(qtbot, merge.merge_button)
    assert merge.message.text().startswith("Someone else changed this client card")
    assert merge.reload_button.isVisible()
    click(qtbot, merge.reload_button)
    with qtbot.waitSignal(dialog.sig_changed):
        click(qtbot, merge.merge_button)
    assert "Звонить после 18:00" in dialog.card.notes


def test_the_manager_erases_a_client_who_asks_to_be_forgotten(qtbot, db, shop, open_card):
    manager = shop[Role.MANAGER]
    shop.order(WorkOrderStatus.HANDED_OVER)
    dialog = open_card(manager, shop.client_id)
    click(qtbot, dialog.forget_button)
    form = dialog.form
    assert isinstance(form, ForgetDialog)
    assert not form.erase_button.isEnabled()
    form.confirm_box.setChecked(True)
    with qtbot.waitSignal(dialog.sig_changed):
        click(qtbot, form.erase_button)

    card = dialog.card
    assert card.display_name == f"#{shop.client_id}"
    assert dialog.header.badge.text() == "Personal data erased"
    assert not dialog.header.phones.isVisible()
    assert len(card.visits) == 1 and card.vehicles[0].plate == ""
    assert not dialog.contacts.edit_button.isVisible()
    assert not dialog.forget_button.isVisible() and not dialog.merge_button.isVisible()
    assert dialog.notice.text() == "The client's personal data is erased; his orders are kept."


def test_only_the_manager_sees_erasing(shop, open_card):
    for role in (Role.RECEPTIONIST, Role.MASTER, Role.FINANCE):
        dialog = open_card(shop[role], shop.client_id)
        assert not dialog.forget_button.isVisible(), role
        assert dialog.open_forget() is None
