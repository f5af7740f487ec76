"""An order's history told in words: what each event was, and the order of the lines the
history view draws (each event, and after a status change how long the car stayed in it
and who it waited for).

Kept apart from the widgets so the story can be tested without drawing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desk_app.models import ApprovalChannel, DepartmentKind, RequestKind
from desk_app.services.order_history import EventKind, HistoryEvent, OrderHistory, Stay
from desk_app.services.order_print import Document
from desk_app.ui.intake.fields import format_decimal
from desk_app.ui.labels import (
    department_label,
    document_label,
    request_kind_label,
    status_colour,
    status_label,
)
from desk_app.ui.orders.texts import channel_label, duration_text, stay_text

translate = QCoreApplication.translate
"""Short, and still found by lupdate with its literal context."""

CONTEXT = "OrderHistory"

FIELD: dict[str, str] = {
    "norm_hours": QT_TRANSLATE_NOOP("OrderHistory", "hours"),
    "rate": QT_TRANSLATE_NOOP("OrderHistory", "rate"),
    "quantity": QT_TRANSLATE_NOOP("OrderHistory", "quantity"),
    "unit_price": QT_TRANSLATE_NOOP("OrderHistory", "price"),
    "supplied_by_client": QT_TRANSLATE_NOOP("OrderHistory", "brought by the client"),
}
"""The priced fields of a line as the audit names them (``order_lines._apply``)."""

DOT: dict[EventKind, str] = {
    EventKind.APPROVAL: "#d99a2b",
    EventKind.QUALITY_PASSED: "#3c8d40",
    EventKind.QUALITY_FAILED: "#b3261e",
    EventKind.REQUEST_FILED: "#4a78b5",
    EventKind.REQUEST_ANSWERED: "#4a78b5",
    EventKind.PRINTED: "#8a9099",
    EventKind.PRICE_CHANGED: "#8a63b8",
    EventKind.PARTS_ISSUED: "#4a78b5",
}
"""The dot of events other than status changes (those take the status's colour)."""


@dataclass(frozen=True)
class StoryLine:
    """One line of the drawn history: an event with its dot, or a stay between events."""

    title: str
    body: str = ""
    meta: str = ""
    """When and who, for an event."""
    dot: QColor | None = None
    """None for a stay: it is drawn on the rail between the dots."""
    ongoing: bool = False


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def story(history: OrderHistory, when: Callable[[datetime], str]) -> list[StoryLine]:
    """The events in time order, each status change followed by its stay.

    ``when`` formats a moment (the view passes the locale's short date and time).
    """
    stays = {(stay.status, stay.start): stay for stay in history.stays}
    events = list(history.events)
    opened = {(e.status, e.at) for e in events if e.kind is EventKind.STATUS}
    for stay in history.stays:  # a stay without its status line (an intake before history)
        if (stay.status, stay.start) not in opened:
            events.append(HistoryEvent(stay.start, EventKind.STATUS, "", status=stay.status))
    events.sort(key=lambda event: event.at)
    lines: list[StoryLine] = []
    for event in events:
        title, body = describe(event)
        meta = " · ".join(part for part in (when(event.at), event.by) if part)
        lines.append(StoryLine(title, body, meta, dot_colour(event)))
        stay = stays.get((event.status, event.at)) if event.kind is EventKind.STATUS else None
        if stay is not None:
            lines.append(_stay_line(stay))
    return lines


def _stay_line(stay: Stay) -> StoryLine:
    ongoing = stay.end is None
    return StoryLine(stay_text(stay.waiting_on, stay.duration, ongoing=ongoing), ongoing=ongoing)


def dot_colour(event: HistoryEvent) -> QColor:
    if event.kind is EventKind.STATUS and event.status is not None:
        return status_colour(event.status).darker(135)
    return QColor(DOT[event.kind])


def describe(event: HistoryEvent) -> tuple[str, str]:
    """(title, body) of an event in the user's language."""
    details = event.details
    if event.kind is EventKind.STATUS and event.status is not None:
        return status_label(event.status), event.text
    if event.kind is EventKind.APPROVAL:
        channel = details.get("channel")
        how = channel_label(ApprovalChannel(channel)) if channel else ""
        body = " · ".join(part for part in (event.text, how) if part)
        note = str(details.get("comment") or "")
        return translate("OrderHistory", "The client answered"), "\n".join(
            part for part in (body, note) if part
        )
    if event.kind is EventKind.QUALITY_PASSED:
        return translate("OrderHistory", "Quality check passed"), event.text
    if event.kind is EventKind.QUALITY_FAILED:
        return translate("OrderHistory", "Quality check failed"), event.text
    if event.kind in (EventKind.REQUEST_FILED, EventKind.REQUEST_ANSWERED):
        return _request(event), event.text
    if event.kind is EventKind.PRINTED:
        return translate("OrderHistory", "Printed: {document}").format(
            document=_document(event.text)
        ), ""
    if event.kind is EventKind.PARTS_ISSUED:
        title = translate("OrderHistory", "Parts issued to the order")
        return title, event.text
    return _price_change(event)


def _document(key: str) -> str:
    """A printed document's name; one the application no longer prints, as recorded."""
    try:
        return document_label(Document(key))
    except ValueError:
        return key


def _request(event: HistoryEvent) -> str:
    department = department_label(DepartmentKind(event.details["department"]))
    if event.kind is EventKind.REQUEST_FILED:
        kind = request_kind_label(RequestKind(event.details["kind"]))
        return translate("OrderHistory", "Request to {department}: {kind}").format(
            department=department, kind=kind
        )
    waited = event.details.get("waited")
    if isinstance(waited, timedelta):
        return QCoreApplication.translate(
            "OrderHistory", "{department} answered after {duration}"
        ).format(department=department, duration=duration_text(waited))
    return translate("OrderHistory", "{department} answered").format(department=department)


def department_waits(history: OrderHistory) -> list[tuple[DepartmentKind, str]]:
    """The summary's chips of the wait on each department's answers, longest first:
    "Parts department: 3 h 20 min (2 requests)"; one request goes without a count."""
    chips: list[tuple[DepartmentKind, str]] = []
    waits = sorted(history.waited_on_departments.items(), key=lambda item: (-item[1], item[0]))
    for department, waited in waits:
        text = translate("OrderHistory", "{department}: {duration}").format(
            department=department_label(department), duration=duration_text(waited)
        )
        count = history.requests_per_department.get(department, 0)
        if count > 1:
            text += " " + translate("OrderHistory", "(%n requests)", "", count)
        chips.append((department, text))
    return chips


def _price_change(event: HistoryEvent) -> tuple[str, str]:
    details = event.details
    changes = details.get("changes")
    if isinstance(changes, dict):
        body = "\n".join(
            f"{_field(name)}: {amount_text(old)} → {amount_text(new)}"
            for name, (old, new) in changes.items()
        )
        return translate("OrderHistory", "Price changed: {line}").format(line=event.text), body
    if "new" in details:
        title = QCoreApplication.translate(
            "OrderHistory", "Discount changed: {old} % → {new} %"
        ).format(
            old=amount_text(details.get("old"), trim=True),
            new=amount_text(details.get("new"), trim=True),
        )
        return title, str(details.get("reason") or "")
    return translate("OrderHistory", "Line removed: {line}").format(line=event.text), ""


def _field(name: str) -> str:
    return tr(FIELD[name]) if name in FIELD else name


def amount_text(text: object, *, trim: bool = False) -> str:
    """A value the audit kept as text: numbers the locale's way, yes/no for flags."""
    if text in ("True", "False"):
        return (
            translate("OrderHistory", "yes") if text == "True" else translate("OrderHistory", "no")
        )
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        return str(text)
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_decimal(value, places, trim=trim)
