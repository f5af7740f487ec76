"""Phone numbers: parsed by phonenumbers, stored in E.164, shown the way the desk dials them.

A number the metadata calls possible but not valid (right length, unknown range) is only a
warning: numbering plans change faster than any library, and refusing a client's real
number would be worse than keeping an odd one.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, ValidationResult

from desk_app.services.validation.problems import CheckResult, Problem, error, warning
from desk_app.services.validation.text import shown

DEFAULT_REGION = "RU"
PUNCTUATION = set("+-‐–—().,/#* \t")
"""What people put between the digits; anything else (an emoji, a ★) is a typo."""

_NOT_A_NUMBER = "This is not a valid phone number: {text}."
_REASONS = {
    ValidationResult.TOO_SHORT: "This phone number is too short: {text}. Include the area code.",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: (
        "This phone number is too short: {text}. Include the area code."
    ),
    ValidationResult.TOO_LONG: "This phone number is too long: {text}.",
    ValidationResult.INVALID_LENGTH: "This phone number has too many or too few digits: {text}.",
    ValidationResult.INVALID_COUNTRY_CODE: (
        "This is not a valid phone number: {text}. Check the country code after “+”."
    ),
}


@dataclass(frozen=True, kw_only=True)
class PhoneCheck(CheckResult):
    value: str
    """The number in E.164 (+79161234567), "" when nothing usable was typed."""
    display: str = ""
    """National format for the shop's region (8 (916) 123-45-67), international otherwise."""
    region: str | None = None
    """The number's own region (RU, KZ, CN…), None when the metadata cannot tell."""


def check_phone(text: str, region: str = DEFAULT_REGION, *, field: str = "phone") -> PhoneCheck:
    """Check a typed phone number; numbers without "+" are read as dialled in ``region``.

    An empty text passes: whether a phone is required is the caller's decision.
    """
    if not text.strip():
        return PhoneCheck(value="")
    problem = _character_problem(text, field)
    if problem is not None:
        return PhoneCheck(value="", problems=(problem,))
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return PhoneCheck(value="", problems=(error(field, _NOT_A_NUMBER, text=shown(text)),))
    if number.extension is None and any(char.isalpha() for char in text):
        # phonenumbers reads letters as on a keypad (1-800-FLOWERS); nobody here dials so.
        return PhoneCheck(
            value="",
            problems=(
                error(field, "A phone number cannot contain letters: {text}.", text=shown(text)),
            ),
        )
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != ValidationResult.IS_POSSIBLE:
        template = _REASONS.get(reason, _NOT_A_NUMBER)
        return PhoneCheck(value="", problems=(error(field, template, text=shown(text)),))
    value = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return PhoneCheck(
        value=value,
        display=format_phone(value, region),
        region=phonenumbers.region_code_for_number(number),
        problems=tuple(_warnings(number, text, field)),
    )


def format_phone(e164: str, region: str = DEFAULT_REGION) -> str:
    """A stored number as the desk reads it; a value that does not parse is shown as stored."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, region)
    except NumberParseException:
        return e164
    return _display(number, region)


def _display(number: PhoneNumber, region: str) -> str:
    own = phonenumbers.region_code_for_number(number) == region
    style = PhoneNumberFormat.NATIONAL if own else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def _character_problem(text: str, field: str) -> Problem | None:
    for char in text:
        if not (char.isalnum() or char.isspace() or char in PUNCTUATION):
            return error(field, _NOT_A_NUMBER, text=shown(text))
    return None


def _warnings(number: PhoneNumber, text: str, field: str) -> list[Problem]:
    found = []
    if not phonenumbers.is_valid_number(number):
        found.append(
            warning(
                field,
                "{text} looks like a phone number but is not in any known range: "
                "check it with the client.",
                text=shown(text),
            )
        )
    if number.extension:
        found.append(
            warning(
                field,
                "The extension {extension} is not kept with the number; write it in the notes.",
                extension=number.extension,
            )
        )
    return found
