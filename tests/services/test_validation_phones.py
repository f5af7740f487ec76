"""Phone checks: every way a Russian number is typed, foreign numbers, and what is refused."""

from __future__ import annotations

import pytest

from desk_app.services.errors import ValidationError
from desk_app.services.validation import Severity, check_phone, format_phone, raise_first_error
from desk_app.services.validation.text import SHOWN_LENGTH


@pytest.mark.parametrize(
    "typed",
    ["+7 916 123-45-67", "8 (916) 123-45-67", "916 123 45 67", "79161234567", "89161234567"],
)
def test_a_russian_mobile_however_typed_is_stored_in_e164(typed):
    result = check_phone(typed)
    assert result.problems == ()
    assert result.value == "+79161234567"
    assert result.display == "8 (916) 123-45-67"
    assert result.region == "RU"


@pytest.mark.parametrize(
    ("typed", "e164", "display", "region"),
    [
        ("+86 138 0013 8000", "+8613800138000", "+86 138 0013 8000", "CN"),
        ("+49 30 123456", "+4930123456", "+49 30 123456", "DE"),
        ("+7 701 123 45 67", "+77011234567", "+7 701 123 4567", "KZ"),
    ],
)
def test_foreign_numbers_are_shown_in_the_international_format(typed, e164, display, region):
    result = check_phone(typed)
    assert result.ok
    assert (result.value, result.display, result.region) == (e164, display, region)


def test_the_default_region_is_an_argument():
    result = check_phone("030 123456", region="DE")
    assert result.value == "+4930123456"
    assert result.display == "030 123456"


def test_an_empty_phone_passes_and_the_caller_decides():
    result = check_phone("  ")
    assert (result.value, result.problems) == ("", ())


@pytest.mark.parametrize("typed", ["123", "916 12", "123-45-67"])
def test_too_short_numbers_are_errors(typed):
    result = check_phone(typed)
    assert result.value == ""
    (problem,) = result.errors
    assert problem.field == "phone"
    assert problem.params == {"text": typed}
    assert "too short" in problem.message


def test_too_long_numbers_and_unknown_country_codes_are_errors():
    assert "too many or too few" in check_phone("+7 916 123 45 678").errors[0].message
    assert "too long" in check_phone("+7 916 123 45 67 89 01 23").errors[0].message
    (unknown_country,) = check_phone("+999 123 456").errors
    assert unknown_country.template.startswith("This is not a valid phone number")


def test_letters_are_refused_rather_than_read_as_a_keypad():
    (problem,) = check_phone("916 ABC 45 67").errors
    assert problem.message == "A phone number cannot contain letters: 916 ABC 45 67."


@pytest.mark.parametrize("typed", ["😀", "+7 916 123-45-67 😀", "+7 916 123 45 67 (мама)"])
def test_emoji_and_words_are_errors(typed):
    result = check_phone(typed)
    assert result.value == ""
    assert result.errors


def test_enormous_text_is_an_error_and_its_message_stays_short():
    result = check_phone("9" * 100_000)
    (problem,) = result.errors
    assert len(problem.params["text"]) == SHOWN_LENGTH
    with pytest.raises(ValidationError) as raised:
        raise_first_error(result)
    assert raised.value.field == "phone"


def test_a_possible_but_unknown_number_is_kept_with_a_warning():
    result = check_phone("+7 123 456 78 90")
    assert result.ok
    assert result.value == "+71234567890"
    assert [p.severity for p in result.problems] == [Severity.WARNING]


def test_an_extension_is_not_stored_and_says_so():
    result = check_phone("+7 495 123-45-67 доб. 123")
    assert result.value == "+74951234567"
    assert result.display == "8 (495) 123-45-67"
    (problem,) = result.warnings
    assert problem.params == {"extension": "123"}


def test_format_phone_shows_own_numbers_nationally_and_others_internationally():
    assert format_phone("+79161234567") == "8 (916) 123-45-67"
    assert format_phone("+8613800138000") == "+86 138 0013 8000"
    assert format_phone("+8613800138000", "CN") == "138 0013 8000"
    assert format_phone("") == ""
    assert format_phone("not a number") == "not a number"
