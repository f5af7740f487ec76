"""Turning errors into words for the user, and the last resort for bugs.

Expected errors (``DeskError``) carry an English template; it is translated here before
its parameters are filled in. Anything else is a bug: it is logged with its traceback and
shown in a crash dialog, and the application keeps running so no open form is lost.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import clock
from desk_app.errors import DeskError
from desk_app.ui.formatting import local_datetime, number
from desk_app.ui.labels import enum_label

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    """The user-readable, translated message of an expected error."""
    if isinstance(error, DeskError):
        template = QCoreApplication.translate("Errors", error.template)
        params = {name: _param(value) for name, value in error.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return error.message
    return str(error)


def _param(value: object) -> object:
    """A value in the user's words: an enumeration by its label, a number in his locale,
    a moment in his time zone."""
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, Decimal):
        return number(value, 0 if value == value.to_integral_value() else 2)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return moment_text(value)
    return value


def moment_text(moment: datetime) -> str:
    """A stored UTC moment in local time: the time alone when it is today, else date and time."""
    zone = QTimeZone.systemTimeZone()
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone)
    today = QDateTime.fromSecsSinceEpoch(int(clock.now().timestamp()), zone).date()
    if stamp.date() == today:
        return QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return local_datetime(moment)


def install_crash_handler(log_file: Path) -> None:
    """Route uncaught exceptions to the log file and a dialog instead of killing the app."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.critical("uncaught exception\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Errors", "Unexpected error"),
            QCoreApplication.translate(
                "Errors",
                "Something went wrong inside the application. Your open forms are kept; "
                "save your work and restart if anything looks wrong.\n\n"
                "Details were written to {path}.",
            ).format(path=log_file),
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handle
