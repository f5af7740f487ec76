"""The words the screens use for the model's enumerations, translated, in one place.

Each table is written with ``QT_TRANSLATE_NOOP`` so lupdate collects the English names
under the "Labels" context; the functions translate at call time, so a language switch
needs no restart of the tables.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desk_app.models import (
    AppointmentStatus,
    ClientKind,
    ContactChannel,
    ContactKind,
    DamageKind,
    DepartmentKind,
    MakeGroup,
    RequestKind,
    RequestStatus,
    Role,
    WorkOrderStatus,
)
from desk_app.services.order_print import Document
from desk_app.wording import DAMAGE_KIND, DEPARTMENT, REQUEST_KIND, REQUEST_STATUS

CONTEXT = "Labels"
E = TypeVar("E", bound=StrEnum)

WORK_ORDER_STATUS: dict[WorkOrderStatus, str] = {
    WorkOrderStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    WorkOrderStatus.DIAGNOSIS: QT_TRANSLATE_NOOP("Labels", "Diagnosis"),
    WorkOrderStatus.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("Labels", "Awaiting approval"),
    WorkOrderStatus.AWAITING_PARTS: QT_TRANSLATE_NOOP("Labels", "Awaiting parts"),
    WorkOrderStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    WorkOrderStatus.QUALITY_CHECK: QT_TRANSLATE_NOOP("Labels", "Quality check"),
    WorkOrderStatus.READY: QT_TRANSLATE_NOOP("Labels", "Ready"),
    WorkOrderStatus.HANDED_OVER: QT_TRANSLATE_NOOP("Labels", "Handed over"),
    WorkOrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

APPOINTMENT_STATUS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("Labels", "Booked"),
    AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("Labels", "Arrived"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("Labels", "No-show"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

CLIENT_KIND: dict[ClientKind, str] = {
    ClientKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Person"),
    ClientKind.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company"),
}

ROLE: dict[Role, str] = {
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Labels", "Receptionist"),
    Role.MASTER: QT_TRANSLATE_NOOP("Labels", "Master"),
    Role.MECHANIC: QT_TRANSLATE_NOOP("Labels", "Mechanic"),
    Role.PARTS_CLERK: QT_TRANSLATE_NOOP("Labels", "Parts clerk"),
    Role.FINANCE: QT_TRANSLATE_NOOP("Labels", "Finance"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
}


CONTACT_KIND: dict[ContactKind, str] = {
    ContactKind.CALL_BACK: QT_TRANSLATE_NOOP("Labels", "Call-back"),
    ContactKind.SERVICE_DUE: QT_TRANSLATE_NOOP("Labels", "Service due"),
    ContactKind.BIRTHDAY: QT_TRANSLATE_NOOP("Labels", "Birthday"),
    ContactKind.HOLIDAY: QT_TRANSLATE_NOOP("Labels", "Holiday"),
}

MAKE_GROUP: dict[MakeGroup, str] = {
    MakeGroup.DOMESTIC: QT_TRANSLATE_NOOP("Labels", "domestic make"),
    MakeGroup.FOREIGN: QT_TRANSLATE_NOOP("Labels", "foreign make"),
}

CONTACT_CHANNEL: dict[ContactChannel, str] = {
    ContactChannel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    ContactChannel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    ContactChannel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    ContactChannel.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
}

DOCUMENT: dict[Document, str] = {
    Document.ACCEPTANCE_ACT: QT_TRANSLATE_NOOP("Labels", "Acceptance act"),
    Document.WORKSHOP_SHEET: QT_TRANSLATE_NOOP("Labels", "Workshop sheet"),
    Document.HANDOVER_SHEET: QT_TRANSLATE_NOOP("Labels", "Handover sheet"),
}

STATUS_COLOURS: dict[WorkOrderStatus, str] = {
    WorkOrderStatus.ACCEPTED: "#e3ecf7",
    WorkOrderStatus.DIAGNOSIS: "#e6e1f5",
    WorkOrderStatus.AWAITING_APPROVAL: "#fbe9d0",
    WorkOrderStatus.AWAITING_PARTS: "#f8dfd6",
    WorkOrderStatus.IN_PROGRESS: "#d9ecf9",
    WorkOrderStatus.QUALITY_CHECK: "#f3ecc4",
    WorkOrderStatus.READY: "#dcefd9",
    WorkOrderStatus.HANDED_OVER: "#e9ebee",
    WorkOrderStatus.CANCELLED: "#eeeeee",
}
"""Pale backgrounds that keep black text readable; warm tones where the order waits."""


def _translate(table: dict[E, str], value: E) -> str:
    return QCoreApplication.translate(CONTEXT, table[value])


_TABLES: dict[type[StrEnum], dict] = {  # type: ignore[type-arg]
    WorkOrderStatus: WORK_ORDER_STATUS,
    AppointmentStatus: APPOINTMENT_STATUS,
    ClientKind: CLIENT_KIND,
    Role: ROLE,
    RequestKind: REQUEST_KIND,
    RequestStatus: REQUEST_STATUS,
    DepartmentKind: DEPARTMENT,
    DamageKind: DAMAGE_KIND,
    ContactKind: CONTACT_KIND,
    ContactChannel: CONTACT_CHANNEL,
    MakeGroup: MAKE_GROUP,
    Document: DOCUMENT,
}


def enum_label(value: StrEnum) -> str:
    """The translated name of any enumeration value above; others as their value."""
    table = _TABLES.get(type(value))
    return _translate(table, value) if table else value.value


def status_label(status: WorkOrderStatus) -> str:
    return _translate(WORK_ORDER_STATUS, status)


def status_colour(status: WorkOrderStatus) -> QColor:
    return QColor(STATUS_COLOURS[status])


def appointment_status_label(status: AppointmentStatus) -> str:
    return _translate(APPOINTMENT_STATUS, status)


def client_kind_label(kind: ClientKind) -> str:
    return _translate(CLIENT_KIND, kind)


def role_label(role: Role) -> str:
    return _translate(ROLE, role)


def request_kind_label(kind: RequestKind) -> str:
    return _translate(REQUEST_KIND, kind)


def request_status_label(status: RequestStatus) -> str:
    return _translate(REQUEST_STATUS, status)


def department_label(kind: DepartmentKind) -> str:
    return _translate(DEPARTMENT, kind)


def damage_kind_label(kind: DamageKind) -> str:
    return _translate(DAMAGE_KIND, kind)


def contact_kind_label(kind: ContactKind) -> str:
    return _translate(CONTACT_KIND, kind)


def contact_channel_label(channel: ContactChannel) -> str:
    return _translate(CONTACT_CHANNEL, channel)


def make_group_label(group: MakeGroup) -> str:
    return _translate(MAKE_GROUP, group)


def document_label(document: Document) -> str:
    return _translate(DOCUMENT, document)


def phone_label(number: str) -> str:
    """A stored E.164 number as people read it: +7 916 123-45-67 (others as stored)."""
    if len(number) == 12 and number.startswith("+7") and number[1:].isdigit():
        d = number[2:]
        return f"+7 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}"
    return number
