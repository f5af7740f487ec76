"""The Admin area's "Shop" tab: the shop's requisites loaded, edited, saved, refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from desk_app.models import Role
from desk_app.services import shop_requisites
from desk_app.ui.admin.area import AdminArea
from desk_app.ui.admin.shop_page import ShopPage
from desk_app.ui.area import AreaContext


def png(width: int = 320, height: int = 100) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def saved_shop(db, manager):
    loaded = shop_requisites.load_requisites(db, manager)
    form = replace(
        loaded,
        shop_name="Автосервис Пример",
        legal_form="ООО",
        tax_id="7715483020",
        registration_number="1187746527319",
        phone="+74957801234",
        logo_png=png(),
    )
    return shop_requisites.save_requisites(db, manager, form)


@pytest.fixture
def page(qtbot, db, manager, saved_shop) -> ShopPage:
    widget = ShopPage(AreaContext(db, manager))
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    widget.refresh()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot, edit, text: str) -> None:
    """Type over the field; QTest types only Latin keys, so other text is pasted in."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def test_the_saved_requisites_are_shown(page):
    assert page.edits["shop_name"].text() == "Автосервис Пример"
    assert page.edits["tax_id"].text() == "7715483020"
    assert page.edits["phone"].text() == "8 (495) 780-12-34"
    assert page.warranty_edit.toPlainText().startswith("The service guarantees")
    preview = page.logo_preview.pixmap()
    assert not preview.isNull()
    assert preview.width() <= 160 and preview.height() <= 80
    assert not page.save_button.isEnabled()
    assert page.remove_logo_button.isEnabled()


def test_edit_and_save(qtbot, page, db, manager):
    retype(qtbot, page.edits["address"], "Москва, ул. Складочная, 3")
    retype(qtbot, page.edits["phone"], "+7 (495) 123-45-67")
    assert page.save_button.isEnabled()

    with qtbot.waitSignal(page.sig_status_message) as message:
        click(qtbot, page.save_button)

    assert message.args == ["The shop's details are saved."]
    stored = shop_requisites.load_requisites(db, manager)
    assert stored.address == "Москва, ул. Складочная, 3"
    assert stored.phone == "+74951234567"
    assert page.edits["phone"].text() == "8 (495) 123-45-67"
    assert not page.save_button.isEnabled()


def test_a_bad_inn_is_named_beside_its_field(qtbot, page, db, manager, saved_shop):
    retype(qtbot, page.edits["tax_id"], "7715483021")
    retype(qtbot, page.edits["shop_name"], " ")
    click(qtbot, page.save_button)

    assert page.field_errors["tax_id"].isVisible()
    assert "check digits" in page.field_errors["tax_id"].text()
    assert page.field_errors["shop_name"].text() == "Enter the shop's name."
    assert not page.field_errors["phone"].isVisible()
    assert page.edits["tax_id"].text() == "7715483021"  # the input is kept
    assert shop_requisites.load_requisites(db, manager) == saved_shop

    retype(qtbot, page.edits["tax_id"], "7715483020")
    retype(qtbot, page.edits["shop_name"], "Автосервис Пример")
    click(qtbot, page.save_button)
    assert not page.field_errors["tax_id"].isVisible()


def test_a_save_in_between_offers_a_reload(qtbot, page, db, manager, saved_shop):
    shop_requisites.save_requisites(db, manager, replace(saved_shop, shop_name="Другой сервис"))
    retype(qtbot, page.edits["email"], "desk@example.ru")
    click(qtbot, page.save_button)

    assert page.message.isVisible()
    assert "Someone else changed" in page.message.text()
    assert page.reload_link.isVisible()
    click(qtbot, page.reload_link)
    assert page.edits["shop_name"].text() == "Другой сервис"
    assert not page.reload_link.isVisible()


def test_choose_and_remove_the_logo(qtbot, page, db, manager, monkeypatch, tmp_path: Path):
    path = tmp_path / "logo.png"
    path.write_bytes(png(100, 200))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: (str(path), "PNG images (*.png)")
    )
    click(qtbot, page.choose_logo_button)
    assert page.logo_preview.pixmap().height() <= 80
    click(qtbot, page.save_button)
    assert shop_requisites.load_requisites(db, manager).logo_png == path.read_bytes()

    click(qtbot, page.remove_logo_button)
    assert page.logo_preview.text() == "No logo"
    assert not page.remove_logo_button.isEnabled()
    click(qtbot, page.save_button)
    assert shop_requisites.load_requisites(db, manager).logo_png is None


def test_a_file_that_is_not_a_png_is_refused_beside_the_logo(qtbot, page, tmp_path: Path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"GIF89a" + bytes(40))
    page.load_logo(path)
    assert page.logo_preview.text() == "Not a PNG image"
    click(qtbot, page.save_button)
    assert page.field_errors["logo_png"].text() == "The logo must be a PNG image."


def test_an_unreadable_file_is_named_beside_the_logo(page, tmp_path: Path):
    page.load_logo(tmp_path / "missing.png")
    assert page.field_errors["logo_png"].text().startswith("Cannot read missing.png")


def test_without_the_right_it_is_read_only(qtbot, db, make_actor, saved_shop):
    widget = ShopPage(AreaContext(db, make_actor(Role.RECEPTIONIST)))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    assert widget.edits["shop_name"].text() == "Автосервис Пример"
    assert widget.edits["shop_name"].isReadOnly()
    assert widget.warranty_edit.isReadOnly()
    assert not widget.save_button.isVisible()
    assert not widget.choose_logo_button.isVisible()


def test_it_is_a_tab_of_admin_loaded_when_shown(qtbot, db, manager, saved_shop):
    area = AdminArea(AreaContext(db, manager))
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    assert area.tabs.tabText(area.tabs.indexOf(area.shop_page)) == "Shop"
    area.tabs.setCurrentWidget(area.shop_page)
    assert area.shop_page.edits["shop_name"].text() == "Автосервис Пример"
