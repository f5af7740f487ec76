"""The VIN (ISO 3779): cleaned up, checked character by character, decoded by vininfo.

The check digit (9th character) is part of the standard only where a regulation makes it
mandatory: North America (US and Canadian rules) and China (GB 16735). There a mismatch
means a typo and is an error. Elsewhere makers may put anything in that place, so a
mismatch is only a warning, and only when the character looks like a check digit (1-9 or
X): the fillers that Russian and European makers use there (AvtoVAZ's 0, Volkswagen's Z)
would otherwise warn on nearly every Lada and VW at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass

from vininfo import Vin
from vininfo.common import Brand, UnsupportedBrand

from desk_app import clock
from desk_app.services.validation.problems import CheckResult, Problem, error, warning
from desk_app.services.validation.text import (
    canonical,
    shown,
    to_latin,
    without_dashes,
    without_spaces,
)

VIN_LENGTH = 17
FORBIDDEN = {"I": "1", "O": "0", "Q": "0"}
"""Letters no VIN uses, because they read as digits; each with the digit probably meant."""
CHECK_DIGIT_REGIONS = ("North America",)
CHECK_DIGIT_COUNTRIES = ("China",)
"""Where vininfo's region or country says the check digit is mandatory."""
CHECK_DIGIT_CHARACTERS = "123456789X"
"""Outside those regions, a mismatch of any other character is not worth a warning."""


@dataclass(frozen=True, kw_only=True)
class VinCheck(CheckResult):
    value: str
    """The cleaned-up VIN ("" when none was typed); saved only when there are no errors."""
    make: str | None = None
    """The make, as the form's make field wants it (e.g. "Lada", "Volkswagen")."""
    model: str | None = None
    """The model, when vininfo knows this maker's codes (e.g. "Vesta")."""
    year: int | None = None
    """The most recent model year the 10th character can mean, not after next year."""
    country: str | None = None


def normalise_vin(text: str) -> str:
    """Upper-case, without spaces and dashes, Cyrillic look-alikes (Х, Т, А…) made Latin."""
    return to_latin(without_dashes(without_spaces(canonical(text))))


def check_vin(text: str, *, field: str = "vin") -> VinCheck:
    """Check a typed VIN. An empty one passes: old cars and lost papers have none."""
    value = normalise_vin(text)
    if not value:
        return VinCheck(value="")
    problems = _character_problems(value, field)
    if len(value) != VIN_LENGTH:
        problems.append(
            error(
                field,
                "A VIN has 17 characters; this one has {length}.",
                length=len(value),
            )
        )
    if problems:
        return VinCheck(value=value, problems=tuple(problems))
    vin = Vin(value)
    check_digit = _check_digit_problem(vin, field)
    return VinCheck(
        value=value,
        problems=(check_digit,) if check_digit else (),
        make=_make(vin),
        model=_model(vin),
        year=_model_year(vin),
        country=vin.country,
    )


def _character_problems(value: str, field: str) -> list[Problem]:
    """The first character a VIN cannot hold, said with its place (1-based) in the VIN."""
    for position, char in enumerate(value, start=1):
        if char in FORBIDDEN:
            return [
                error(
                    field,
                    "A VIN never contains the letter {char} (character {position}): "
                    "did you mean {digit}?",
                    char=char,
                    position=position,
                    digit=FORBIDDEN[char],
                )
            ]
        if not (char.isascii() and char.isalnum()):
            return [
                error(
                    field,
                    "A VIN has only Latin letters and digits; “{char}” (character {position}) "
                    "is neither.",
                    char=shown(char),
                    position=position,
                )
            ]
    return []


def _check_digit_problem(vin: Vin, field: str) -> Problem | None:
    if not getattr(vin.assembler, "uses_sae_checkdigit", True):
        return None  # vininfo knows this maker puts a model code there
    if vin.verify_checksum(check_year=False):
        return None
    char = vin.num[8]
    if vin.region in CHECK_DIGIT_REGIONS or vin.country in CHECK_DIGIT_COUNTRIES:
        return error(
            field,
            "The check digit (character 9, “{char}”) does not match the rest of the VIN: "
            "a character is probably mistyped.",
            char=char,
        )
    if char in CHECK_DIGIT_CHARACTERS:
        return warning(
            field,
            "The check digit (character 9, “{char}”) does not match the rest of the VIN. "
            "Many makers outside North America do not use one, but compare the VIN with "
            "the documents.",
            char=char,
        )
    return None


def _make(vin: Vin) -> str | None:
    """The brand when vininfo knows one (Lada rather than AvtoVAZ), else the manufacturer."""
    assembler = vin.assembler
    if isinstance(assembler, UnsupportedBrand):
        return None
    if isinstance(assembler, Brand) and type(assembler) is not Brand:
        return assembler.title
    return vin.manufacturer or None


def _model(vin: Vin) -> str | None:
    details = vin.details
    name = details.model.name if details is not None else None
    return name if isinstance(name, str) else None  # a list means vininfo could not tell


def _model_year(vin: Vin) -> int | None:
    latest = clock.now().year + 1
    years = [year for year in vin.years if year <= latest]
    return max(years) if years else None
