"""Text clean-up shared by the checks: what people type is not what the documents say."""

from __future__ import annotations

import re
import unicodedata

PLATE_LETTERS = "АВЕКМНОРСТУХ"
"""The twelve Cyrillic letters used on Russian plates: the ones that look Latin."""
LATIN_TWINS = "ABEKMHOPCTYX"
"""Their Latin look-alikes, in the same order."""

_TO_CYRILLIC = str.maketrans(LATIN_TWINS, PLATE_LETTERS)
_TO_LATIN = str.maketrans(PLATE_LETTERS, LATIN_TWINS)
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[\-\u2010-\u2015\u2212]")

SHOWN_LENGTH = 40
"""How much of a bad input a message repeats; a pasted page would drown the form."""


def canonical(text: str) -> str:
    """NFKC-fold (full-width letters and digits from Chinese keyboards become plain ones),
    strip and upper-case."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def without_spaces(text: str) -> str:
    return _SPACES.sub("", text)


def without_dashes(text: str) -> str:
    return _DASHES.sub("", text)


def single_spaced(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def to_cyrillic(text: str) -> str:
    """Latin look-alikes made Cyrillic, as a Russian plate needs."""
    return text.translate(_TO_CYRILLIC)


def to_latin(text: str) -> str:
    """Cyrillic look-alikes made Latin, as a VIN needs (a Russian keyboard types ХТА…)."""
    return text.translate(_TO_LATIN)


def shown(text: str) -> str:
    """The input as a message repeats it: trimmed to a readable length."""
    text = single_spaced(text)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"


def is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"
