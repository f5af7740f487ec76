"""Registration plates: Russian (ГОСТ Р 50577) and Chinese (GA 36) formats, anything else kept.

A foreign car must still be accepted, so a plate of no known format is never refused: it is
kept as typed (its own spacing matters abroad: "B MW 1234" is not "BM W 1234") with a
warning to check it against the registration document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desk_app.services.validation.problems import CheckResult, Problem, error, warning
from desk_app.services.validation.text import (
    PLATE_LETTERS,
    canonical,
    is_cyrillic,
    shown,
    single_spaced,
    to_cyrillic,
)

MAX_PLATE_LENGTH = 16
"""The width of ``Vehicle.plate``; longer is not a plate but a pasted note."""
CHINESE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
SEPARATORS = " -‐–—·•|."
"""What people type between the groups of a plate; dropped from Russian and Chinese ones."""


class PlateKind(StrEnum):
    RUSSIAN = "russian"
    """А123ВС77: cars, lorries and buses."""
    RUSSIAN_TAXI = "russian_taxi"
    """АВ12377: yellow plates of taxis and buses for hire (type 1Б)."""
    RUSSIAN_TRAILER = "russian_trailer"
    """АВ123477: trailers (type 2)."""
    RUSSIAN_MOTO = "russian_moto"
    """1234АВ77: motorcycles (type 4)."""
    RUSSIAN_TRANSIT = "russian_transit"
    """АВ123С77: temporary transit plates."""
    CHINESE = "chinese"
    """京A12345: province, issuing office, five letters or digits."""
    CHINESE_NEW_ENERGY = "chinese_new_energy"
    """粤BD12345 (small, D electric / F hybrid first) or 粤B12345D (large, D/F last)."""
    OTHER = "other"


_L = f"[{PLATE_LETTERS}]"
_SEP = f"[{re.escape(SEPARATORS)}]*"
_REGION = f"{_SEP}(?P<region>[0-9]{{2}}|[1-9][0-9]{{2}})"
_RUSSIAN = (
    (PlateKind.RUSSIAN, f"{_L}{_SEP}[0-9]{{3}}{_SEP}{_L}{{2}}{_REGION}"),
    # An unspaced ЛЛ + 6 digits reads either way; the taxi's 3-digit region is more common.
    (PlateKind.RUSSIAN_TAXI, f"{_L}{{2}}{_SEP}[0-9]{{3}}{_REGION}"),
    (PlateKind.RUSSIAN_TRAILER, f"{_L}{{2}}{_SEP}[0-9]{{4}}{_REGION}"),
    (PlateKind.RUSSIAN_MOTO, f"[0-9]{{4}}{_SEP}{_L}{{2}}{_REGION}"),
    (PlateKind.RUSSIAN_TRANSIT, f"{_L}{{2}}{_SEP}[0-9]{{3}}{_SEP}{_L}{_REGION}"),
)
_RUS_SUFFIX = re.compile(f"{_SEP}RUS$")
_SERIAL_CHAR = "[A-HJ-NP-Z0-9]"  # no I or O: they read as 1 and 0
_CHINESE = (
    (PlateKind.CHINESE, f"{_SERIAL_CHAR}{{5}}"),
    (PlateKind.CHINESE_NEW_ENERGY, f"[DF]{_SERIAL_CHAR}[0-9]{{4}}|[0-9]{{5}}[DF]"),
)
_RUSSIAN_PATTERNS = [(kind, re.compile(pattern)) for kind, pattern in _RUSSIAN]
_CHINESE_PATTERNS = [
    (kind, re.compile(f"(?P<region>[{CHINESE_PROVINCES}]){_SEP}[A-Z]{_SEP}(?:{serial})"))
    for kind, serial in _CHINESE
]
_SEPARATOR_CHARS = re.compile(_SEP)


@dataclass(frozen=True, kw_only=True)
class PlateCheck(CheckResult):
    value: str
    """Russian and Chinese plates without spaces (А123ВС77), others single-spaced."""
    kind: PlateKind | None = None
    """None when no plate was typed."""
    region: str | None = None
    """The Russian region code ("77") or the Chinese province ("京")."""


def check_plate(text: str, *, field: str = "plate") -> PlateCheck:
    """Recognise a typed plate; Latin look-alike letters become the Cyrillic ones.

    An empty plate passes (a new car has none yet): the caller decides if one is needed.
    """
    typed = single_spaced(canonical(text))
    if not typed:
        return PlateCheck(value="")
    russian = _RUS_SUFFIX.sub("", to_cyrillic(typed))
    for kind, pattern in _RUSSIAN_PATTERNS:
        if match := pattern.fullmatch(russian):
            return _known(russian, kind, match)
    for kind, pattern in _CHINESE_PATTERNS:
        if match := pattern.fullmatch(typed):
            return _known(typed, kind, match)
    problem = _bad_text_problem(typed, field)
    if problem is not None:
        return PlateCheck(value=typed, kind=PlateKind.OTHER, problems=(problem,))
    return PlateCheck(value=typed, kind=PlateKind.OTHER, problems=(_unknown_warning(typed, field),))


def _known(text: str, kind: PlateKind, match: re.Match[str]) -> PlateCheck:
    return PlateCheck(value=_SEPARATOR_CHARS.sub("", text), kind=kind, region=match.group("region"))


def _bad_text_problem(typed: str, field: str) -> Problem | None:
    if len(typed) > MAX_PLATE_LENGTH:
        return error(
            field,
            "A plate has at most {limit} characters; this text has {length}.",
            limit=MAX_PLATE_LENGTH,
            length=len(typed),
        )
    for char in typed:
        if not (char.isalnum() or char in SEPARATORS):
            return error(
                field,
                "A plate has only letters and digits; “{char}” cannot be on one.",
                char=char,
            )
    return None


def _unknown_warning(typed: str, field: str) -> Problem:
    for char in typed:
        if is_cyrillic(char) and char not in PLATE_LETTERS:
            return warning(
                field,
                "Russian plates use only the letters А, В, Е, К, М, Н, О, Р, С, Т, У, Х, "
                "not “{char}”. The plate is kept as typed: check it against the documents.",
                char=char,
            )
    return warning(
        field,
        "“{plate}” is neither a Russian nor a Chinese plate. It is kept as typed: "
        "check it against the registration document.",
        plate=shown(typed),
    )
