"""VIN checks: clean-up, forbidden characters with their place, length, check digit, decoding."""

from __future__ import annotations

import pytest
from vininfo import Vin

from desk_app.services.errors import ValidationError
from desk_app.services.validation import Severity, check_vin, raise_first_error

HONDA_US = "1HGCM82633A004352"
"""A North American VIN whose check digit (3) is right."""
LADA_VESTA = "XTAGFL110LY123456"
LADA_PRIORA = "XTA217030C0000000"
VW_GERMANY = "WVWZZZ1JZ3W386752"


def with_check_digit(vin: str, *, right: bool) -> str:
    """``vin`` with a 9th character that vininfo finds right (or wrong, but still a digit)."""
    for digit in "0123456789X":
        candidate = vin[:8] + digit + vin[9:]
        if Vin(candidate).verify_checksum(check_year=False) is right and (right or digit != "0"):
            return candidate
    raise AssertionError("no such digit")


def test_an_empty_vin_passes_and_the_caller_decides():
    for text in ("", "   ", " - "):
        result = check_vin(text)
        assert result.value == ""
        assert result.problems == ()
        assert result.ok


def test_a_north_american_vin_with_the_right_check_digit_is_decoded():
    result = check_vin(HONDA_US)
    assert result.ok
    assert result.problems == ()
    assert (result.value, result.make, result.year, result.country) == (
        HONDA_US,
        "Honda",
        2003,
        "United States",
    )


@pytest.mark.parametrize(
    "typed",
    [
        "1hgcm82633a004352",
        "  1HGCM 8263 3A00 4352 ",
        "1HGCM-82633-A004352",
        "1ＨＧＣＭ82633A004352",
    ],
)
def test_lower_case_spaces_dashes_and_full_width_letters_are_cleaned_up(typed):
    result = check_vin(typed)
    assert result.value == HONDA_US
    assert result.ok


def test_a_wrong_check_digit_is_an_error_in_north_america():
    wrong = HONDA_US[:8] + "4" + HONDA_US[9:]
    result = check_vin(wrong)
    assert not result.ok
    (problem,) = result.errors
    assert problem.field == "vin"
    assert problem.params == {"char": "4"}
    assert "check digit" in problem.message
    with pytest.raises(ValidationError) as raised:
        raise_first_error(result)
    assert raised.value.field == "vin"
    assert raised.value.template == problem.template


def test_a_wrong_check_digit_is_an_error_in_china_too():
    chery = "LVVDB11B8ED123456"
    assert check_vin(with_check_digit(chery, right=True)).problems == ()
    result = check_vin(with_check_digit(chery, right=False))
    assert [p.severity for p in result.problems] == [Severity.ERROR]
    assert result.make == "Chery"


def test_russian_lada_vins_pass():
    vesta = check_vin(LADA_VESTA)
    assert vesta.ok
    assert vesta.problems == ()  # AvtoVAZ puts a 0 where others put the check digit
    assert (vesta.make, vesta.model, vesta.year, vesta.country) == ("Lada", "Vesta", 2020, "Russia")
    priora = check_vin(LADA_PRIORA)
    assert priora.ok
    assert (priora.make, priora.model, priora.year) == ("Lada", None, 2012)


def test_a_check_digit_mismatch_outside_north_america_is_only_a_warning():
    result = check_vin(with_check_digit(LADA_PRIORA, right=False))
    assert result.ok
    (problem,) = result.problems
    assert problem.severity is Severity.WARNING
    raise_first_error(result)  # a warning does not stop saving


def test_a_filler_letter_in_the_check_digit_place_is_not_a_warning():
    result = check_vin(VW_GERMANY)
    assert result.problems == ()
    assert (result.make, result.year) == ("Volkswagen", 2003)


def test_a_vin_typed_on_a_russian_keyboard_is_made_latin():
    result = check_vin("ХТА217030С0000000")  # Х, Т, А and С are Cyrillic here
    assert result.value == LADA_PRIORA
    assert result.ok


def test_an_unknown_maker_is_accepted_without_a_make():
    result = check_vin("ZZZ12345678901234")
    assert result.ok
    assert result.make is None


@pytest.mark.parametrize(
    ("typed", "char", "position", "digit"),
    [
        ("1HGCM82633A0O4352", "O", 13, "0"),
        ("IHGCM82633A004352", "I", 1, "1"),
        ("1HGCM82633Q004352", "Q", 11, "0"),
    ],
)
def test_i_o_and_q_are_refused_with_their_place(typed, char, position, digit):
    result = check_vin(typed)
    (problem,) = result.errors
    assert problem.params == {"char": char, "position": position, "digit": digit}
    assert f"letter {char} (character {position})" in problem.message
    assert result.make is None


@pytest.mark.parametrize(("typed", "length"), [(HONDA_US[:16], 16), (HONDA_US + "1", 18)])
def test_a_vin_must_have_17_characters(typed, length):
    result = check_vin(typed)
    (problem,) = result.errors
    assert problem.params == {"length": length}
    assert result.year is None


def test_a_character_that_is_not_a_latin_letter_or_digit_is_named():
    result = check_vin("XTA21703Ж00000000")
    (problem,) = result.errors
    assert problem.params == {"char": "Ж", "position": 9}


def test_emoji_and_enormous_text_are_errors_not_crashes():
    emoji = check_vin("XTA217030C00000😀0")
    assert emoji.errors[0].params == {"char": "😀", "position": 16}
    enormous = check_vin("A" * 100_000)
    assert [p.params for p in enormous.errors] == [{"length": 100_000}]
    with pytest.raises(ValidationError):
        raise_first_error(enormous)
