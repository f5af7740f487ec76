"""Showing values the user's way: local time, the locale's numbers and money."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from desk_app import clock


def local_datetime(moment: datetime | None) -> str:
    """A stored UTC moment in the workstation's time zone and locale (short format)."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def local_date(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        stamp = QDateTime.fromSecsSinceEpoch(int(day.timestamp()), QTimeZone.systemTimeZone())
        return QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def money(amount: Decimal | None) -> str:
    """An amount with two decimals and the locale's grouping (the currency comes with i18n)."""
    if amount is None:
        return ""
    return QLocale().toString(float(amount), "f", 2)


def number(value: Decimal | int | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def workstation_time_zone() -> tzinfo:
    """The desk's time zone with its daylight-saving rules, so days are cut where it sees them."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return clock.now().astimezone().tzinfo or ZoneInfo("UTC")
