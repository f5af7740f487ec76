"""The typed ORM model of the service desk: one module per aggregate, no Qt, no sessions."""

from desk_app.models.appointment import Appointment, AppointmentStatus
from desk_app.models.audit import AuditEntry
from desk_app.models.base import Base, to_money
from desk_app.models.client import Client, ClientKind, ClientPhone, ContactChannel
from desk_app.models.internal_request import (
    InternalRequest,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
)
from desk_app.models.staff import Bay, Department, DepartmentKind, Role, Staff, StaffRole
from desk_app.models.vehicle import Vehicle
from desk_app.models.work_order import (
    DamageKind,
    DamageMark,
    InspectionItem,
    InspectionState,
    LabourLine,
    PartLine,
    StatusChange,
    WorkOrder,
    WorkOrderStatus,
)

__all__ = [
    "Appointment",
    "AppointmentStatus",
    "AuditEntry",
    "Base",
    "Bay",
    "Client",
    "ClientKind",
    "ClientPhone",
    "ContactChannel",
    "DamageKind",
    "DamageMark",
    "Department",
    "DepartmentKind",
    "InspectionItem",
    "InspectionState",
    "InternalRequest",
    "LabourLine",
    "PartLine",
    "RequestAnswer",
    "RequestItem",
    "RequestKind",
    "RequestStatus",
    "Role",
    "Staff",
    "StaffRole",
    "StatusChange",
    "Vehicle",
    "WorkOrder",
    "WorkOrderStatus",
    "to_money",
]
