"""The typed ORM model of the service desk: one module per aggregate, no Qt, no sessions."""

from desk_app.models.appointment import Appointment, AppointmentStatus
from desk_app.models.audit import AuditEntry
from desk_app.models.base import Base, to_money
from desk_app.models.checklist import ChecklistItem, ChecklistKind
from desk_app.models.client import Client, ClientKind, ClientPhone, ContactChannel
from desk_app.models.intake_draft import IntakeDraft
from desk_app.models.internal_request import (
    InternalRequest,
    RequestAnswer,
    RequestItem,
    RequestKind,
    RequestStatus,
)
from desk_app.models.joint_goal import JointGoal
from desk_app.models.loyalty import (
    ContactKind,
    ContactLog,
    ContactState,
    DiscountTier,
    MakeGroup,
)
from desk_app.models.order_review import (
    ApprovalChannel,
    ClientApproval,
    LineApproval,
    QualityCheck,
)
from desk_app.models.price_list import LabourOperation, ShopSettings
from desk_app.models.service_standard import ClosedDay, ServiceStandard, ServiceWindow
from desk_app.models.staff import Bay, Department, DepartmentKind, Role, Staff, StaffRole
from desk_app.models.survey import (
    SurveyCriterion,
    SurveyParticipation,
    SurveyRound,
    SurveyScore,
)
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
    "ApprovalChannel",
    "AuditEntry",
    "Base",
    "Bay",
    "ChecklistItem",
    "ChecklistKind",
    "Client",
    "ClientApproval",
    "ClientKind",
    "ClientPhone",
    "ClosedDay",
    "ContactChannel",
    "ContactKind",
    "ContactLog",
    "ContactState",
    "DamageKind",
    "DamageMark",
    "Department",
    "DepartmentKind",
    "DiscountTier",
    "InspectionItem",
    "InspectionState",
    "IntakeDraft",
    "InternalRequest",
    "JointGoal",
    "LabourLine",
    "LabourOperation",
    "LineApproval",
    "MakeGroup",
    "PartLine",
    "QualityCheck",
    "RequestAnswer",
    "RequestItem",
    "RequestKind",
    "RequestStatus",
    "Role",
    "ServiceStandard",
    "ServiceWindow",
    "ShopSettings",
    "Staff",
    "StaffRole",
    "StatusChange",
    "SurveyCriterion",
    "SurveyParticipation",
    "SurveyRound",
    "SurveyScore",
    "Vehicle",
    "WorkOrder",
    "WorkOrderStatus",
    "to_money",
]
