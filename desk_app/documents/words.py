"""What a document says and how it writes numbers and dates, in the application's language.

The documents are Qt-free, so the application installs its translator and its locale's
formats here (``install``); alone (tests, benchmarks) they speak English with ISO dates.
Texts are marked as ``translate("Context", "Source")`` so lupdate collects them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from desk_app.wording import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "Words", "current", "install", "translate"]


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", " ")


def _number(value: Decimal | int, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}".replace(",", " ")


def _date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d")


def _date_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Words:
    """The language of the paper: the translator and the formats of money and dates (in
    the workstation's time zone)."""

    translate: Callable[[str, str], str] = lambda _context, text: text
    money: Callable[[Decimal], str] = _money
    number: Callable[[Decimal | int, int], str] = _number
    """A count or a measure with so many decimals, grouped as the language writes it."""
    date: Callable[[datetime], str] = _date
    date_time: Callable[[datetime], str] = _date_time
    language: str = "en"
    """"ru", "zh_CN" or "en": Chinese text breaks between characters."""


_current = Words()


def install(words: Words) -> None:
    """Make documents speak the application's language (called when the language is set)."""
    global _current
    _current = words


def current() -> Words:
    return _current


def places(value: Decimal) -> int:
    """The decimals a quantity needs: 1 for 1, 1 for 4.5 litres, 2 for 0.25."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def kilometres(value: int) -> str:
    return translate("Paper", "{km} km").format(km=_current.number(value, 0))


def translate(context: str, text: str) -> str:
    return _current.translate(context, text)
