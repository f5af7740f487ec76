"""The acceptance act on paper: every item the consumer rules require, in Russian and in
Chinese, fonts embedded, and long orders flowing over pages without losing a line."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from io import BytesIO

import pytest
from PIL import Image

from desk_app.documents import acceptance_act
from desk_app.documents.data import Car, Customer
from tests.documents.pdf_text import fonts_embedded, pages, text
from tests.documents.samples import ACT, CHINESE_ACT, part, work

REQUIRED_ON_THE_ACT = {
    # each mandatory item of ``acceptance_act.MANDATORY`` and the words that show it
    "executor": [
        "ООО Автосервис «Пример»",
        "7707083893",
        "1027700132195",
        "Тверская",
        "+7 495 123-45-67",
    ],
    "customer": ["Иванов Иван Иванович", "8 (916) 123-45-67"],
    "accepted": ["Order accepted", "2026-11-23 07:40"],
    "promised": ["Works to be done by", "2026-11-24 15:00"],
    "price and payment": ["Preliminary estimate", "5 640.00", "Prepayment received", "2 000.00"],
    "vehicle": ["Lada Vesta", "2019", "А123ВС77", "XTAGFK330KY123456", "21129 1234567", "Белый"],
    "agreed value": ["Vehicle's value agreed by the parties"],
    "works": ["Works ordered", "Замена масла в двигателе", "Диагностика ходовой части"],
    "client's parts": ["supplied by the customer", "Колодки тормозные передние", "3 200.00"],
    "executor's parts": [
        "Parts and materials of the executor",
        "Фильтр масляный",
        "2108-1012005-01",
    ],
    "warranty": ["Warranty", "гарантирует качество работ"],
    "accepted by": ["Accepted the vehicle", "Мастер-приёмщик", "Смирнова Анна Сергеевна"],
    "customer signs": ["Customer", "signature"],
    "completeness": ["Completeness", "Запасное колесо", "Домкрат"],
    "damage": ["Visible exterior damage", "1. Scratch — Левая передняя дверь", "2. Dent — Крыша"],
    "odometer and fuel": ["84 250 km", "40 %"],
    "complaints": ["Стук в передней подвеске справа на неровностях"],
}


def test_the_checklist_covers_every_mandatory_item():
    assert len(REQUIRED_ON_THE_ACT) == len(acceptance_act.MANDATORY)


@pytest.mark.parametrize("item", REQUIRED_ON_THE_ACT)
def test_every_mandatory_item_is_printed(item):
    printed = text(acceptance_act.render(ACT))
    for words in REQUIRED_ON_THE_ACT[item]:
        assert words in printed, f"{item}: {words!r} missing"


def test_the_qr_code_and_the_number_are_on_it():
    pdf = acceptance_act.render(ACT)
    assert "WO-2026-00042" in text(pdf)
    assert pdf.count(b"/Subtype /Image") == 0  # the QR code is drawn, not a picture


def test_chinese_text_prints_and_can_be_read_back():
    printed = text(acceptance_act.render(CHINESE_ACT))
    assert "王小明" in printed
    assert "北京市朝阳区建国路88号" in printed
    assert "发动机故障灯亮" in printed.replace(" ", "")
    assert "更换机油" in printed


def test_every_font_is_embedded():
    embedded = fonts_embedded(acceptance_act.render(CHINESE_ACT))
    assert len(embedded) >= 3
    assert all(embedded.values()), embedded


def test_two_copies_say_whose_each_is():
    one = pages(acceptance_act.render(ACT))
    two = pages(acceptance_act.render(ACT, copies=2))
    assert len(two) == 2 * len(one)
    assert "Customer's copy" in two[0]
    assert "Service's copy" in two[len(one)]


def test_forty_works_and_a_long_complaint_flow_over_pages_with_the_heading_repeated():
    works = tuple(
        work(n, f"Работа номер {n} с довольно длинным названием операции") for n in range(1, 41)
    )
    complaint = ("Машина дёргается при разгоне и глохнет на холостом ходу. " * 40)[:2000]
    long_name = "Константинопольский-Александровский " * 6
    act = replace(
        ACT,
        works=works,
        parts=tuple(part(n) for n in range(1, 21)),
        complaints=complaint,
        customer=replace(ACT.customer, name=long_name.strip()),
    )
    printed = pages(acceptance_act.render(act))

    assert len(printed) >= 3
    for page in printed:
        assert "Work order № WO-2026-00042" in page
    whole = " ".join(printed)
    for n in range(1, 41):
        assert f"Работа номер {n} с" in whole
    assert whole.count("Дёргается".lower()) + whole.count("дёргается") >= 40
    assert f"Page {len(printed)} of {len(printed)}" in printed[-1]
    works_pages = [page for page in printed if "Работа номер" in page]
    assert len(works_pages) >= 2
    assert all("Hours" in page for page in works_pages)  # the table's header repeats


def test_empty_optional_fields_still_make_a_complete_act():
    bare = replace(
        ACT,
        promised_at=None,
        customer=Customer(name="Петров П."),
        car=Car(title="Kia Rio"),
        complaints="",
        works=(),
        parts=(),
        client_parts=(),
        completeness=(),
        damage=(),
        inspection=(),
        estimate=Decimal("0"),
        prepayment=Decimal("0"),
    )
    printed = text(acceptance_act.render(bare))
    assert "Петров П." in printed
    assert "No visible damage marked." in printed
    assert "Not stated" in printed
    assert "None." in printed


def test_the_shops_logo_heads_the_act_and_a_broken_one_is_left_out():
    png = BytesIO()
    Image.new("RGB", (300, 120), (31, 95, 168)).save(png, "PNG")
    with_logo = acceptance_act.render(replace(ACT, shop=replace(ACT.shop, logo_png=png.getvalue())))
    assert with_logo.count(b"/Subtype /Image") == 1

    broken = acceptance_act.render(replace(ACT, shop=replace(ACT.shop, logo_png=b"\x89PNG broken")))
    assert broken.count(b"/Subtype /Image") == 0
    assert "Work order and vehicle acceptance act" in text(broken)
