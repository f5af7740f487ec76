"""The internal request slip on paper: every field, one page, Chinese, fonts, blanks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from desk_app.documents import request_slip
from desk_app.documents.data import Car, Part
from desk_app.documents.request_slip import RequestSlip
from desk_app.models import DepartmentKind, RequestKind, RequestStatus
from tests.documents.pdf_text import fonts_embedded, pages, text

SLIP = RequestSlip(
    id=1042,
    kind=RequestKind.PARTS_ISSUE,
    from_department=DepartmentKind.RECEPTION,
    to_department=DepartmentKind.PARTS,
    subject="Выдать колодки и фильтр на пост 3",
    requested_by="Петров Олег Иванович",
    requested_at=datetime(2026, 11, 23, 7, 30, tzinfo=UTC),
    status=RequestStatus.TAKEN,
    details="Клиент ждёт в зале, нужно до обеда.\nЕсли колодок Brembo нет — взять ATE.",
    items=(
        Part("Колодки тормозные передние", "1K0698151", Decimal("1")),
        Part("Фильтр масляный", "21080-1012005", Decimal("2")),
    ),
    needed_by=datetime(2026, 11, 23, 11, 0, tzinfo=UTC),
    taken_by="Козлов Денис",
    order_number="ЗН-00777",
    car=Car(title="Lada Granta", plate="В456ОР199", vin="XTA219010K0123456"),
    shop_name="ООО Автосервис «Пример»",
)

ON_THE_SLIP = {
    # each item of ``request_slip.CONTENTS`` and the words that show it
    "number, kind, departments": ["№ 1042", "Issue parts", "Reception", "Parts department"],
    "what is asked": ["Выдать колодки и фильтр на пост 3", "Клиент ждёт в зале", "взять ATE"],
    "parts": ["Колодки тормозные передние", "1K0698151", "21080-1012005"],
    "order and car": ["ЗН-00777", "Lada Granta", "В456ОР199", "XTA219010K0123456"],
    "who, when, status": [
        "Петров Олег Иванович",
        "2026-11-23 07:30",
        "Needed by",
        "2026-11-23 11:00",
        "Taken",
        "Козлов Денис",
    ],
    "signatures": ["Issued by", "Received by", "signature"],
}


def test_the_checklist_covers_the_contents():
    assert len(ON_THE_SLIP) == len(request_slip.CONTENTS)


def test_every_field_is_on_one_page():
    printed = pages(request_slip.render(SLIP))
    assert len(printed) == 1
    for item, words in ON_THE_SLIP.items():
        for word in words:
            assert word in printed[0], f"{item}: {word!r} missing"


def test_the_order_qr_code_is_drawn_only_when_an_order_is_linked():
    linked = request_slip.render(SLIP)
    unlinked = request_slip.render(replace(SLIP, order_number="", car=None))
    assert b"/Subtype /Image" not in linked  # drawn as vector squares, not a picture
    assert len(linked) > len(unlinked) + 500
    printed = text(unlinked)
    assert "Not linked" in printed
    assert "Lada Granta" not in printed


def test_chinese_text_prints_and_is_read_back():
    chinese = replace(SLIP, requested_by="王小明", subject="请发放前刹车片", taken_by="李师傅")
    printed = text(request_slip.render(chinese))
    assert "王小明" in printed
    assert "请发放前刹车片" in printed.replace(" ", "")
    assert "李师傅" in printed


def test_every_font_is_embedded():
    chinese = replace(SLIP, requested_by="王小明")
    embedded = fonts_embedded(request_slip.render(chinese))
    assert len(embedded) >= 3
    assert all(embedded.values()), embedded


def test_a_bare_request_still_makes_a_complete_slip():
    bare = RequestSlip(
        id=7,
        kind=RequestKind.FINANCE_PREPAYMENT,
        from_department=DepartmentKind.RECEPTION,
        to_department=DepartmentKind.FINANCE,
        subject="",
        requested_by="Петров П.",
        requested_at=datetime(2026, 11, 23, 7, 30, tzinfo=UTC),
        status=RequestStatus.NEW,
    )
    printed = pages(request_slip.render(bare))
    assert len(printed) == 1
    for words in ("Confirm prepayment", "Finance department", "Петров П.", "New", "Received by"):
        assert words in printed[0]


def test_every_kind_status_and_department_has_words():
    statuses, departments = list(RequestStatus), list(DepartmentKind)
    for n, kind in enumerate(RequestKind):
        slip = replace(
            SLIP,
            kind=kind,
            status=statuses[n % len(statuses)],
            to_department=departments[n % len(departments)],
        )
        assert "Issued by" in text(request_slip.render(slip))
