"""The "To contact" list as a file for a mailing service: CSV that Excel and mailers read.

Only reminders and greetings of consenting clients leave the shop this way; call-backs are
the desk's own calls. The screens pass their translated headers and reasons; the defaults
are English, for scripts and tests.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from desk_app.models import ContactKind
from desk_app.services.errors import DomainError
from desk_app.services.reminders import MARKETING, ContactItem

CSV_HEADERS = ("Name", "Channel", "Phone", "E-mail", "Address", "Reason", "Due date")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def describe(item: ContactItem) -> str:
    """The reason for a contact in English (the desk's screens word it in their language)."""
    task = item.task
    if task.kind is ContactKind.CALL_BACK:
        return f"Call-back after order {task.order_number}"
    if task.kind is ContactKind.SERVICE_DUE:
        car = " ".join(part for part in (item.vehicle, item.plate) if part)
        return f"Service due: {car}" + (f", at {task.due_km} km" if task.due_km else "")
    if task.kind is ContactKind.BIRTHDAY:
        return "Birthday"
    return task.holiday


def exportable(items: Iterable[ContactItem]) -> list[ContactItem]:
    """The rows a mailing service may get: reminders and greetings of consenting clients.

    Call-backs are the desk's own phone calls about a visit, not mailings, so they stay out.
    """
    return [item for item in items if item.kind in MARKETING and item.consent]


def export_csv(
    items: Iterable[ContactItem],
    *,
    headers: Sequence[str] = CSV_HEADERS,
    reason: Callable[[ContactItem], str] = describe,
) -> str:
    """The list as CSV text for a mailing service: comma-separated, quoted as RFC 4180 says.

    Phones stay in E.164 and dates in ISO form (2026-11-25), which mailing services read
    without guessing; the channel is its code (phone, sms, email, post). A cell that a
    spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe; the
    phone, always "+7…", is left as it is.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for item in exportable(items):
        writer.writerow(
            [
                _cell(item.name),
                item.channel.value,
                item.phone,
                _cell(item.email),
                _cell(item.address),
                _cell(reason(item)),
                item.due.isoformat(),
            ]
        )
    return out.getvalue()


def write_csv(
    items: Iterable[ContactItem],
    path: str | Path,
    *,
    headers: Sequence[str] = CSV_HEADERS,
    reason: Callable[[ContactItem], str] = describe,
) -> int:
    """Write ``export_csv`` to ``path`` as UTF-8 with a byte-order mark; return the rows.

    The mark makes Excel on Windows read Cyrillic names right (without it Excel takes the
    file for the local code page); mailing services and LibreOffice skip it.
    """
    rows = exportable(items)
    text = export_csv(rows, headers=headers, reason=reason)
    try:
        Path(path).write_text(text, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise DomainError(
            "The file “{path}” cannot be written: {reason}.", path=str(path), reason=error.strerror
        ) from error
    return len(rows)


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
