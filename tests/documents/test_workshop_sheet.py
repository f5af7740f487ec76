"""The workshop sheet on paper: all the shop floor needs, nothing of the owner, no money;
Chinese readable, fonts embedded, long orders flowing over pages without losing a line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from desk_app.documents import paper, workshop_sheet
from desk_app.documents.data import WorkshopSheet
from desk_app.documents.words import Words, current, install
from tests.documents.pdf_text import fonts_embedded, pages, text
from tests.documents.samples import (
    CHECKLIST,
    CHINESE_WORKSHOP_SHEET,
    CUSTOMER,
    WORKSHOP_SHEET,
    work,
)

ON_THE_SHEET = {
    # each item of ``workshop_sheet.CONTENTS`` and the words that show it
    "number and QR": ["Workshop sheet", "WO-2026-00042"],
    "dates": ["Accepted", "2026-11-23 07:40", "To be ready by", "2026-11-24 15:00"],
    "vehicle": [
        "Lada Vesta",
        "2019",
        "А123ВС77",
        "XTAGFK330KY123456",
        "21129 1234567",
        "Белый",
        "84 250 km",
        "40 %",
    ],
    "complaints": [
        "Customer's complaints",
        "Стук в передней подвеске справа на неровностях, горит лампа «Check Engine».",
    ],
    "works": ["Замена масла в двигателе", "Диагностика ходовой части", "01-002", "Hours", "0.8"],
    "parts to fit": ["Parts to fit", "Фильтр масляный", "2108-1012005-02"],
    "client's parts": ["Parts supplied by the customer", "Колодки тормозные передние"],
    "master and bay": ["Master", "Кузнецов Олег Викторович", "Bay", "Пост 3 (подъёмник)"],
    "quality check": ["Quality check", "Checked by the master", "signature", *CHECKLIST],
}


@pytest.fixture
def qr_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the QR codes of the documents rendered in the test carry."""
    seen: list[str] = []
    real = paper.qr_code

    def spy(qr_text: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(qr_text)
        return real(qr_text, *args, **kwargs)

    monkeypatch.setattr(paper, "qr_code", spy)
    return seen


@pytest.fixture
def chinese() -> Iterator[None]:
    """The paper in Chinese (text broken between characters)."""
    before = current()
    install(Words(language="zh_CN"))
    yield
    install(before)


def test_the_checklist_covers_every_item():
    assert len(ON_THE_SHEET) == len(workshop_sheet.CONTENTS)


@pytest.mark.parametrize("item", ON_THE_SHEET)
def test_every_item_is_printed(item):
    printed = text(workshop_sheet.render(WORKSHOP_SHEET))
    for words in ON_THE_SHEET[item]:
        assert words in printed, f"{item}: {words!r} missing"


def test_the_qr_code_carries_the_order_number(qr_texts):
    workshop_sheet.render(WORKSHOP_SHEET)
    assert qr_texts == ["WO-2026-00042"]


def test_each_check_point_has_a_tick_box():
    printed = text(workshop_sheet.render(WORKSHOP_SHEET))
    assert printed.count(workshop_sheet.BOX) == len(CHECKLIST)
    for point in CHECKLIST:
        assert f"{workshop_sheet.BOX} {point}" in printed


def test_nothing_of_the_owner_is_on_it():
    printed = text(workshop_sheet.render(WORKSHOP_SHEET))
    for private in (CUSTOMER.name, "Иванов", CUSTOMER.phone, "123-45-67", CUSTOMER.email):
        assert private not in printed
    assert "Лесная" not in printed
    for label in ("Phone", "E-mail", "Address", "Customer:"):
        assert label not in printed


def test_no_money_is_on_it():
    printed = text(workshop_sheet.render(WORKSHOP_SHEET))
    for price in ("2 200.00", "1 760.00", "450.00", "3 200.00"):
        assert price not in printed
    assert not re.search(r"\d\.\d\d\b", printed), "something looks like an amount"
    for label in ("Rate", "Price", "Amount", "Declared value", "Total"):
        assert label not in printed


def test_chinese_text_prints_and_can_be_read_back(chinese):
    printed = text(workshop_sheet.render(CHINESE_WORKSHOP_SHEET)).replace(" ", "")
    for words in ("右前悬挂在颠簸路面上有异响，发动机故障灯亮。", "更换机油", "底盘检查"):
        assert words in printed
    for words in ("机油滤清器", "前刹车片", "李师傅", "三号工位", "路试：无异响、不跑偏"):
        assert words in printed


def test_every_font_is_embedded():
    embedded = fonts_embedded(workshop_sheet.render(CHINESE_WORKSHOP_SHEET))
    assert len(embedded) >= 3  # regular, bold, Chinese
    assert all(embedded.values()), embedded


def test_forty_works_and_a_long_complaint_flow_over_pages_with_the_header_repeated():
    works = tuple(
        work(n, f"Работа номер {n} с довольно длинным названием операции") for n in range(1, 41)
    )
    complaint = " ".join(f"жалоба{n} стучит и гремит на кочках." for n in range(1, 200))[:2000]
    sheet = replace(WORKSHOP_SHEET, works=works, complaints=complaint)
    printed = pages(workshop_sheet.render(sheet))

    assert len(printed) >= 2
    for number, page in enumerate(printed, start=1):
        assert "Workshop sheet № WO-2026-00042" in page
        assert f"Page {number} of {len(printed)}" in page
    whole = " ".join(printed)
    for n in range(1, 41):
        assert f"Работа номер {n} с довольно длинным названием операции" in whole
    assert _without_frames(printed, sheet).find("".join(complaint.split())) >= 0
    works_pages = [page for page in printed if "Работа номер" in page]
    assert len(works_pages) >= 2
    assert all("Mechanic" in page and "Hours" in page for page in works_pages)


def _without_frames(printed: list[str], sheet: WorkshopSheet) -> str:
    """The pages' text run together without spaces and without the heading and the page
    number each page repeats, so a paragraph broken over pages reads whole again."""
    frames = [sheet.shop_name, f"Workshop sheet № {sheet.number}"]
    joined = []
    for number, page in enumerate(printed, start=1):
        for frame in [*frames, f"Page {number} of {len(printed)}"]:
            page = page.replace(frame, "")
        joined.append(page)
    return "".join("".join(joined).split())


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 11, 13, 21, 34, 51, 55])
def test_neither_the_check_heading_nor_the_signatures_are_left_alone(count):
    points = tuple(f"Пункт проверки {n}." for n in range(1, count + 1))
    printed = pages(workshop_sheet.render(replace(WORKSHOP_SHEET, checklist=points)))
    opening = next(page for page in printed if "Quality check before" in page)
    assert "Пункт проверки 1." in opening
    assert f"Пункт проверки {count}." in printed[-1]
    assert "Checked by the master" in printed[-1]


def test_empty_optional_fields_still_render():
    bare = replace(
        WORKSHOP_SHEET,
        promised_at=None,
        complaints="",
        works=(),
        parts=(),
        client_parts=(),
        master="",
        bay="",
        checklist=(),
        shop_name="",
    )
    printed = text(workshop_sheet.render(bare))
    assert "WO-2026-00042" in printed
    assert printed.count("None.") == 3
    assert "No check points." in printed
    assert "Checked by the master" in printed
