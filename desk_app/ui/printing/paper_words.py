"""The application's language and formats, lent to the Qt-free documents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.documents import words
from desk_app.ui.formatting import local_date, local_datetime, money, number


def install_paper_words(locale: QLocale) -> None:
    """Documents print in the language the application speaks, with its money and dates
    (in the workstation's time zone)."""
    words.install(
        words.Words(
            translate=QCoreApplication.translate,
            money=money,
            number=number,
            date=local_date,
            date_time=local_datetime,
            language=locale.name(),
        )
    )
