"""The promise in words: when a department will answer, as the requester reads it.

Moments are shown in the workstation's time zone with the weekday, because a promise is
judged against the week's service windows ("queued for Monday 10:00"). The formats are
translatable: a translator may reorder day and month.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QTimeZone

from desk_app.models import DepartmentKind
from desk_app.services.service_standards import Promise

CONTEXT = "RequestPromise"

WILL_ANSWER: dict[DepartmentKind, str] = {
    DepartmentKind.PARTS: QT_TRANSLATE_NOOP("RequestPromise", "Parts will answer by {due}."),
    DepartmentKind.FINANCE: QT_TRANSLATE_NOOP("RequestPromise", "Finance will answer by {due}."),
    DepartmentKind.WORKSHOP: QT_TRANSLATE_NOOP(
        "RequestPromise", "The workshop will answer by {due}."
    ),
    DepartmentKind.RECEPTION: QT_TRANSLATE_NOOP(
        "RequestPromise", "Reception will answer by {due}."
    ),
    DepartmentKind.MANAGEMENT: QT_TRANSLATE_NOOP(
        "RequestPromise", "Management will answer by {due}."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def moment_text(moment: datetime | None) -> str:
    """“Mon 23.11 09:45”: a deadline with its weekday, in local time."""
    if moment is None:
        return ""
    return QLocale().toString(_local(moment), _tr("ddd dd.MM HH:mm"))


def _opening_text(moment: datetime) -> str:
    """“Monday 30.11 10:00”: the day a queued request waits for, spelled out."""
    return QLocale().toString(_local(moment), _tr("dddd dd.MM HH:mm"))


def _later_text(earlier: datetime, later: datetime) -> str:
    """``later`` as a time alone when it falls on ``earlier``'s local day."""
    if _local(earlier).date() == _local(later).date():
        return QLocale().toString(_local(later).time(), "HH:mm")
    return moment_text(later)


def promise_sentence(department: DepartmentKind, promise: Promise) -> str:
    """What the filing form tells the requester before he sends the request."""
    if promise.due_at is None:
        return _tr("No agreed standard for this kind of request: no answer time is promised.")
    if promise.queued and promise.window_opens_at is not None:
        return _tr("Filed outside the window: queued for {opens}, answered by {due}.").format(
            opens=_opening_text(promise.window_opens_at),
            due=_later_text(promise.window_opens_at, promise.due_at),
        )
    return QCoreApplication.translate(CONTEXT, WILL_ANSWER[department]).format(
        due=moment_text(promise.due_at)
    )


def queued_note(created_at: datetime, window_opens_at: datetime | None) -> str:
    """For a filed request: “Queued until the window opens at Monday 30.11 10:00”, or ""."""
    if window_opens_at is None or window_opens_at <= created_at:
        return ""
    return _tr("Queued until the window opens at {opens}.").format(
        opens=_opening_text(window_opens_at)
    )
