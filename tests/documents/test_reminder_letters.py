"""Reminder letters on paper: one page each, every field, the logo, Chinese, fonts, blanks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

from PIL import Image

from desk_app.documents import reminder_letters
from desk_app.documents.reminder_letters import Letter
from desk_app.services.shop_requisites import PNG_SIGNATURE
from tests.documents.pdf_text import fonts_embedded, pages, text
from tests.documents.samples import SHOP

LETTER = Letter(
    name="Иванов Иван Иванович",
    address="125009, г. Москва,\nул. Лесная, д. 5, кв. 12",
    car="Lada Vesta",
    plate="А123ВС77",
    due_date=date(2026, 11, 28),
    due_km=99_250,
    message="До конца декабря — скидка 10 % на работы по ТО.",
    written_on=date(2026, 11, 23),
)
CHINESE = replace(LETTER, name="王小明", address="北京市朝阳区建国路88号", message="")


def logo() -> bytes:
    image = Image.new("RGBA", (240, 120), (30, 80, 160, 255))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_every_field_of_the_letter_and_the_shop_is_on_its_page():
    (page,) = pages(reminder_letters.render([LETTER], SHOP))
    for words in (
        "Иванов Иван Иванович",
        "125009, г. Москва,",
        "ул. Лесная, д. 5, кв. 12",
        "Lada Vesta",
        "А123ВС77",
        "2026-11-28",
        "99 250 km",
        "скидка 10 % на работы по ТО",
        "2026-11-23",
        "Dear Иванов Иван Иванович,",
        # the letterhead and the contacts to book by
        "ООО Автосервис «Пример»",
        "ул. Тверская, д. 7",
        "+7 495 123-45-67",
        "desk@primer-auto.ru",
        "To book a convenient time",
    ):
        assert words in page, f"{words!r} missing"
    assert "Page 1" not in page  # a letter is not a form


def test_a_hundred_letters_make_a_hundred_pages_each_with_its_client():
    letters = [replace(LETTER, name=f"Клиент номер {n}") for n in range(100)]
    printed = pages(reminder_letters.render(letters, replace(SHOP, logo_png=logo())))
    assert len(printed) == 100
    for n, page in enumerate(printed):
        assert f"Клиент номер {n} " in page + " "
        assert f"Клиент номер {n + 1} " not in page + " "


def test_the_logo_is_on_every_letter_and_stored_once():
    shop = replace(SHOP, logo_png=logo())
    one = reminder_letters.render([LETTER], shop)
    three = reminder_letters.render([LETTER] * 3, shop)
    assert one.count(b"/Subtype /Image") >= 1  # the picture (and its transparency mask)
    assert three.count(b"/Subtype /Image") == one.count(b"/Subtype /Image")
    assert three.count(b" Do") == 3 * one.count(b" Do")


def test_a_damaged_logo_is_left_out():
    damaged = PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + bytes(20)
    pdf = reminder_letters.render([LETTER], replace(SHOP, logo_png=damaged))
    assert b"/Subtype /Image" not in pdf
    assert "Lada Vesta" in text(pdf)


def test_a_chinese_name_and_address_are_read_back():
    printed = text(reminder_letters.render([CHINESE], SHOP))
    assert "王小明" in printed
    assert "北京市朝阳区建国路88号" in printed


def test_every_font_is_embedded():
    embedded = fonts_embedded(reminder_letters.render([LETTER, CHINESE], SHOP))
    assert len(embedded) >= 3
    assert all(embedded.values()), embedded


def test_empty_optional_fields_still_make_a_letter():
    bare_shop = replace(SHOP, address="", phone="", email="", legal_form="")
    (page,) = pages(reminder_letters.render([Letter(name="Петров П.", address="")], bare_shop))
    assert "Dear Петров П.," in page
    assert "is due for its next scheduled service." in page
    assert "call us or drop in" in page
    assert "Автосервис «Пример»" in page


def test_the_date_alone_or_the_plate_missing_reads_right():
    printed = text(reminder_letters.render([replace(LETTER, plate="", due_km=None)], SHOP))
    assert "your Lada Vesta is due for its next scheduled service by 2026-11-28." in printed


def test_a_long_address_and_message_stay_on_one_page():
    long = replace(LETTER, address="ул. Очень Длинная, " * 20, message="Текст письма. " * 80)
    assert len(pages(reminder_letters.render([long], SHOP))) == 1


def test_no_letters_is_an_empty_page_not_an_error():
    assert len(pages(reminder_letters.render([], SHOP))) == 1
