"""Plate checks: Russian formats in either alphabet, Chinese ones, and everything else kept."""

from __future__ import annotations

import pytest

from desk_app.services.errors import ValidationError
from desk_app.services.validation import (
    MAX_PLATE_LENGTH,
    PlateKind,
    Severity,
    check_plate,
    raise_first_error,
)


@pytest.mark.parametrize(
    ("typed", "value", "kind", "region"),
    [
        ("А123ВС77", "А123ВС77", PlateKind.RUSSIAN, "77"),
        ("A123BC77", "А123ВС77", PlateKind.RUSSIAN, "77"),  # Latin letters
        ("а123вс777", "А123ВС777", PlateKind.RUSSIAN, "777"),  # lower-case, 3-digit region
        ("a 123 Вс 199 RUS", "А123ВС199", PlateKind.RUSSIAN, "199"),  # mixed, spaced, RUS
        ("ОО 001 77", "ОО00177", PlateKind.RUSSIAN_TAXI, "77"),
        ("ТХ 123 777", "ТХ123777", PlateKind.RUSSIAN_TAXI, "777"),
        ("AB 1234 50", "АВ123450", PlateKind.RUSSIAN_TRAILER, "50"),
        ("1234 ax 77", "1234АХ77", PlateKind.RUSSIAN_MOTO, "77"),
        ("ак 123 х 77", "АК123Х77", PlateKind.RUSSIAN_TRANSIT, "77"),
        ("京A12345", "京A12345", PlateKind.CHINESE, "京"),
        ("沪 a·b1234", "沪AB1234", PlateKind.CHINESE, "沪"),
        ("粤B D12345", "粤BD12345", PlateKind.CHINESE_NEW_ENERGY, "粤"),
        ("粤B·FA1234", "粤BFA1234", PlateKind.CHINESE_NEW_ENERGY, "粤"),
        ("粤B12345D", "粤B12345D", PlateKind.CHINESE_NEW_ENERGY, "粤"),
        ("京Ａ１２３４５", "京A12345", PlateKind.CHINESE, "京"),  # full-width input
    ],
)
def test_known_formats_are_recognised_and_cleaned_up(typed, value, kind, region):
    result = check_plate(typed)
    assert result.problems == ()
    assert (result.value, result.kind, result.region) == (value, kind, region)


def test_an_empty_plate_passes_and_the_caller_decides():
    result = check_plate("   ")
    assert (result.value, result.kind, result.problems) == ("", None, ())


@pytest.mark.parametrize(
    "typed",
    [
        "B-MW 1234",  # Germany
        "京AI2345",  # I is never in a Chinese serial
        "粤BE12345",  # a new-energy plate starts with D or F
        "А123ВС7",  # one-digit region
        "12345",
    ],
)
def test_anything_else_is_kept_as_other_with_a_warning(typed):
    result = check_plate(typed)
    assert result.kind is PlateKind.OTHER
    assert result.ok
    assert [p.severity for p in result.problems] == [Severity.WARNING]
    raise_first_error(result)


def test_a_foreign_plate_keeps_its_own_spacing():
    result = check_plate("  b-mw   1234 ")
    assert result.value == "B-MW 1234"
    assert result.problems[0].params == {"plate": "B-MW 1234"}


def test_a_cyrillic_letter_not_used_on_plates_is_named():
    result = check_plate("Б123ВГ77")
    assert result.kind is PlateKind.OTHER
    assert result.problems[0].params == {"char": "Б"}


def test_emoji_is_an_error():
    result = check_plate("А123ВС77😀")
    (problem,) = result.errors
    assert problem.params == {"char": "😀"}


def test_enormous_text_is_an_error():
    result = check_plate("А" * 100_000)
    (problem,) = result.errors
    assert problem.params == {"limit": MAX_PLATE_LENGTH, "length": 100_000}
    with pytest.raises(ValidationError) as raised:
        raise_first_error(result)
    assert raised.value.field == "plate"
