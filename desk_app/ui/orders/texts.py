"""The words of the work-order window that depend on a value: move buttons, the client's
answer, who the car waited for, the quality check's standard points and durations.

They are tables of ``QT_TRANSLATE_NOOP`` entries in the "OrderTexts" context, so lupdate
collects them and a language switch needs no restart. They live here rather than in
``ui/labels.py`` because only this window uses them (move them there when another does).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.models import ApprovalChannel, LineApproval
from desk_app.models import WorkOrderStatus as S
from desk_app.services.order_history import WaitingOn

CONTEXT = "OrderTexts"

MOVE_BUTTON: dict[S, str] = {
    S.DIAGNOSIS: QT_TRANSLATE_NOOP("OrderTexts", "Start diagnosis"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("OrderTexts", "Start work"),
    S.AWAITING_PARTS: QT_TRANSLATE_NOOP("OrderTexts", "Wait for parts"),
    S.QUALITY_CHECK: QT_TRANSLATE_NOOP("OrderTexts", "Send to quality check"),
    S.HANDED_OVER: QT_TRANSLATE_NOOP("OrderTexts", "Hand over"),
    S.CANCELLED: QT_TRANSLATE_NOOP("OrderTexts", "Cancel order"),
}
"""A move's button by the status it leads to; ``MOVE_BUTTON_FROM`` overrides by source."""

MOVE_BUTTON_FROM: dict[tuple[S, S], str] = {
    (S.READY, S.IN_PROGRESS): QT_TRANSLATE_NOOP("OrderTexts", "Back to work"),
    (S.AWAITING_PARTS, S.IN_PROGRESS): QT_TRANSLATE_NOOP(
        "OrderTexts", "Parts are here: start work"
    ),
}

APPROVAL: dict[LineApproval, str] = {
    LineApproval.AGREED: QT_TRANSLATE_NOOP("OrderTexts", "agreed"),
    LineApproval.PROPOSED: QT_TRANSLATE_NOOP("OrderTexts", "proposed"),
    LineApproval.DECLINED: QT_TRANSLATE_NOOP("OrderTexts", "declined"),
}

CHANNEL: dict[ApprovalChannel, str] = {
    ApprovalChannel.PHONE: QT_TRANSLATE_NOOP("OrderTexts", "Phone call"),
    ApprovalChannel.IN_PERSON: QT_TRANSLATE_NOOP("OrderTexts", "In person"),
    ApprovalChannel.MESSAGE: QT_TRANSLATE_NOOP("OrderTexts", "Text message"),
    ApprovalChannel.EMAIL: QT_TRANSLATE_NOOP("OrderTexts", "E-mail"),
}

PARTY: dict[WaitingOn, str] = {
    WaitingOn.MASTER: QT_TRANSLATE_NOOP("OrderTexts", "Master"),
    WaitingOn.WORKSHOP: QT_TRANSLATE_NOOP("OrderTexts", "Workshop"),
    WaitingOn.CLIENT: QT_TRANSLATE_NOOP("OrderTexts", "Client"),
    WaitingOn.PARTS: QT_TRANSLATE_NOOP("OrderTexts", "Parts"),
    WaitingOn.QUALITY: QT_TRANSLATE_NOOP("OrderTexts", "Quality check"),
    WaitingOn.NOBODY: QT_TRANSLATE_NOOP("OrderTexts", "Nobody"),
}

WAITED: dict[WaitingOn, str] = {
    WaitingOn.MASTER: QT_TRANSLATE_NOOP("OrderTexts", "waited {duration} for the master"),
    WaitingOn.WORKSHOP: QT_TRANSLATE_NOOP("OrderTexts", "{duration} in the workshop"),
    WaitingOn.CLIENT: QT_TRANSLATE_NOOP("OrderTexts", "waited {duration} for the client"),
    WaitingOn.PARTS: QT_TRANSLATE_NOOP("OrderTexts", "waited {duration} for parts"),
    WaitingOn.QUALITY: QT_TRANSLATE_NOOP("OrderTexts", "waited {duration} for the quality check"),
    WaitingOn.NOBODY: QT_TRANSLATE_NOOP("OrderTexts", "{duration}"),
}
"""A finished stay in a status, by who held the car."""

WAITING: dict[WaitingOn, str] = {
    WaitingOn.MASTER: QT_TRANSLATE_NOOP("OrderTexts", "waiting for the master for {duration}"),
    WaitingOn.WORKSHOP: QT_TRANSLATE_NOOP("OrderTexts", "in the workshop for {duration} now"),
    WaitingOn.CLIENT: QT_TRANSLATE_NOOP("OrderTexts", "waiting for the client for {duration}"),
    WaitingOn.PARTS: QT_TRANSLATE_NOOP("OrderTexts", "waiting for parts for {duration}"),
    WaitingOn.QUALITY: QT_TRANSLATE_NOOP(
        "OrderTexts", "waiting for the quality check for {duration}"
    ),
    WaitingOn.NOBODY: QT_TRANSLATE_NOOP("OrderTexts", "{duration}"),
}
"""The stay the order is in now, counted up to now."""

CHECK_POINT: dict[str, str] = {
    "road_test": QT_TRANSLATE_NOOP("OrderTexts", "Road test done, no noises or pulling"),
    "no_leaks": QT_TRANSLATE_NOOP("OrderTexts", "No leaks under the car"),
    "wheels": QT_TRANSLATE_NOOP("OrderTexts", "Wheel nuts tightened to torque"),
    "warnings": QT_TRANSLATE_NOOP("OrderTexts", "No warning lights on the dashboard"),
    "clean": QT_TRANSLATE_NOOP("OrderTexts", "Seats, wheel and floor clean; covers removed"),
    "old_parts": QT_TRANSLATE_NOOP("OrderTexts", "Replaced parts packed for the client"),
}
"""The quality check's standard points by key (``quality_check.STANDARD_POINTS``)."""


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def move_button(source: S, target: S, needs_comment: bool) -> str:
    """The label of a move's button; "…" when a form asks for the reason first."""
    text = translate(MOVE_BUTTON_FROM.get((source, target)) or MOVE_BUTTON[target])
    return text + "…" if needs_comment else text


def approval_label(approval: LineApproval) -> str:
    return translate(APPROVAL[approval])


def channel_label(channel: ApprovalChannel) -> str:
    return translate(CHANNEL[channel])


def party_label(party: WaitingOn) -> str:
    return translate(PARTY[party])


def stay_text(party: WaitingOn, duration: timedelta, *, ongoing: bool) -> str:
    table = WAITING if ongoing else WAITED
    return translate(table[party]).format(duration=duration_text(duration))


def check_point_text(key: str, english: str) -> str:
    """A standard point in the user's language; a work's point is the work's own name."""
    source = CHECK_POINT.get(key)
    return translate(source) if source else english


def duration_text(duration: timedelta) -> str:
    """A stretch of time the way the desk says it: "1 d 2 h", "3 h 20 min", "15 min"."""
    minutes = int(duration.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("OrderTexts", "{days} d {hours} h").format(
            days=days, hours=hours
        )
    if hours:
        return QCoreApplication.translate("OrderTexts", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    if minutes:
        return QCoreApplication.translate("OrderTexts", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("OrderTexts", "under a minute")
