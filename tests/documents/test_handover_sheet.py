"""The act of works done on paper: every item it must hold, in Russian and in Chinese,
fonts embedded, long orders flowing over pages without losing a line, and a bare order
(nothing declined, no recommendation, no parts) still a whole act."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desk_app.documents import handover_sheet
from tests.documents.pdf_text import fonts_embedded, pages, text
from tests.documents.samples import (
    CHINESE_HANDOVER_SHEET,
    HANDOVER_SHEET,
    MONEY,
    part,
    work,
)
from tests.documents.test_workshop_sheet import chinese, qr_texts  # noqa: F401 (fixtures)

REQUIRED_ON_THE_ACT = {
    # each item of ``handover_sheet.MANDATORY`` and the words that show it
    "executor": [
        "ООО Автосервис «Пример»",
        "7707083893",
        "1027700132195",
        "Тверская",
        "+7 495 123-45-67",
    ],
    "customer": ["Иванов Иван Иванович", "8 (916) 123-45-67"],
    "number and dates": [
        "WO-2026-00042",
        "Order accepted",
        "2026-11-23 07:40",
        "Vehicle handed over",
        "2026-11-24 14:20",
    ],
    "vehicle": ["Lada Vesta", "2019", "А123ВС77", "XTAGFK330KY123456", "Odometer", "84 263 km"],
    "works with prices and warranty": [
        "Works done",
        "1 Замена масла в двигателе 0.8 2 200.00 1 760.00 6",
        "Диагностика ходовой части",
        "Warranty (months)",
    ],
    "parts with prices": ["Parts and materials used", "1 Фильтр масляный 1 450.00 450.00"],
    "client's parts": ["supplied by the customer (not charged)", "Колодки тормозные передние"],
    "money": [
        "Labour 3 520.00",
        "Parts 900.00",
        "Subtotal 4 420.00",
        "Discount 10 % (Карта постоянного клиента) −442.00",
        "Total 3 978.00",
        "Paid 2 000.00",
        "Due 1 978.00",
        "Received at handover 1 978.00",
    ],
    "declined": [
        "declined by the customer",
        "Замена передних тормозных дисков declined by the customer (not done)",
        "Промывка инжектора declined by the customer (not done)",
    ],
    "next visit": ["Recommendation for the next visit", "Через 10 000 км или 12 месяцев"],
    "warranty terms": ["Warranty", "гарантирует качество работ"],
    "no claims": ["has received the vehicle and has no claims", "completeness and exterior"],
    "handed over by": ["Handed over the vehicle", "Мастер-приёмщик, Смирнова Анна Сергеевна"],
    "customer signs": ["Received the vehicle (customer)", "signature / Иванов Иван Иванович"],
}


def test_the_checklist_covers_every_mandatory_item():
    assert len(REQUIRED_ON_THE_ACT) == len(handover_sheet.MANDATORY)


@pytest.mark.parametrize("item", REQUIRED_ON_THE_ACT)
def test_every_mandatory_item_is_printed(item):
    printed = text(handover_sheet.render(HANDOVER_SHEET))
    for words in REQUIRED_ON_THE_ACT[item]:
        assert words in printed, f"{item}: {words!r} missing"


def test_the_qr_code_carries_the_order_number(qr_texts):  # noqa: F811
    handover_sheet.render(HANDOVER_SHEET)
    assert qr_texts == ["WO-2026-00042"]


def test_the_client_is_not_charged_for_his_own_parts():
    printed = text(handover_sheet.render(HANDOVER_SHEET))
    assert "3 200.00" not in printed  # the value he declared at intake


def test_nothing_is_received_at_handover_when_nothing_was():
    printed = text(handover_sheet.render(replace(HANDOVER_SHEET, paid=Decimal("0"))))
    assert "Received at handover" not in printed
    assert "Due 1 978.00" in printed


def test_chinese_text_prints_and_can_be_read_back(chinese):  # noqa: F811
    printed = text(handover_sheet.render(CHINESE_HANDOVER_SHEET)).replace(" ", "")
    for words in ("王小明", "北京市朝阳区建国路88号", "更换机油", "底盘检查", "机油滤清器"):
        assert words in printed
    for words in ("前刹车片", "老客户优惠", "更换前刹车盘", "一万公里或十二个月后更换机油。"):
        assert words in printed
    assert "接车员,张伟" in printed


def test_every_font_is_embedded():
    embedded = fonts_embedded(handover_sheet.render(CHINESE_HANDOVER_SHEET))
    assert len(embedded) >= 3  # regular, bold, Chinese
    assert all(embedded.values()), embedded


def test_forty_works_flow_over_pages_with_the_header_repeated():
    works = tuple(
        replace(work(n, f"Работа номер {n} с довольно длинным названием операции"), done=True)
        for n in range(1, 41)
    )
    sheet = replace(HANDOVER_SHEET, works=works, parts=tuple(part(n) for n in range(1, 21)))
    printed = pages(handover_sheet.render(sheet))

    assert len(printed) >= 3
    for number, page in enumerate(printed, start=1):
        assert "Act of works done № WO-2026-00042" in page
        assert f"Page {number} of {len(printed)}" in page
    whole = " ".join(printed)
    for n in range(1, 41):
        assert f"{n} 01-{n:03d} Работа номер {n} с довольно длинным названием операции" in whole
    for n in range(1, 21):
        assert f"2108-1012005-{n:02d} Фильтр масляный" in whole
    works_pages = [page for page in printed if "Работа номер" in page]
    assert len(works_pages) >= 2
    assert all("Warranty (months)" in page for page in works_pages)
    assert "Received the vehicle (customer)" in printed[-1]
    assert "has no claims" in printed[-1]  # the statement stays with the signatures


def test_empty_optional_fields_still_render():
    nothing = Decimal("0.00")
    bare = replace(
        HANDOVER_SHEET,
        works=(),
        parts=(),
        client_parts=(),
        declined=(),
        next_visit="",
        paid=nothing,
        money=replace(
            MONEY,
            labour=nothing,
            parts=nothing,
            subtotal=nothing,
            discount=nothing,
            total=nothing,
            prepayment=nothing,
            balance_due=nothing,
            discount_percent=nothing,
            discount_reason="",
        ),
        shop=replace(HANDOVER_SHEET.shop, warranty_text="", tax_id="", registration_number=""),
    )
    printed = text(handover_sheet.render(bare))
    assert "WO-2026-00042" in printed
    assert printed.count("None.") == 3
    assert "Total 0.00" in printed
    for absent in ("Discount", "declined by the customer", "Recommendation", "Received at"):
        assert absent not in printed
    assert "has no claims" in printed
