"""Who may do what: one table from roles to actions, enforced by every service.

A person may hold several roles (a small shop's master is often its receptionist too);
an action is allowed when any of the person's roles allows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk_app.models import Role
from desk_app.services.errors import PermissionDenied


class Action(StrEnum):
    ACCEPT_VEHICLE = "accept a vehicle"
    BOOK_APPOINTMENT = "book an appointment"
    VIEW_CLIENTS = "open client cards"
    EDIT_CLIENTS = "edit client cards"
    MERGE_CLIENTS = "merge two cards of one client"
    FORGET_CLIENT = "erase a client's personal data"
    VIEW_TIMELINE = "see the workshop timeline"
    VIEW_OWN_WORK = "see the work assigned to you"
    ASSIGN_WORK = "assign bays and mechanics"
    PLAN_WORKSHOP = "direct the workshop's work on a car"
    PROPOSE_EXTRA_WORKS = "propose extra works to the client"
    MARK_WORK_DONE = "mark works done"
    SEND_TO_QUALITY_CHECK = "send a car to the quality check"
    QUALITY_CHECK = "pass or fail the quality check"
    RECORD_CLIENT_APPROVAL = "record the client's answer to extra works"
    HAND_OVER = "hand a car over to its owner"
    CANCEL_WORK_ORDER = "cancel a work order"
    EDIT_PRICES = "change works, parts and prices on a work order"
    TAKE_PAYMENT = "record a prepayment"
    PRINT_DOCUMENTS = "print acts and sheets"
    FILE_REQUEST = "file an internal request"
    ANSWER_PARTS_REQUESTS = "answer parts requests"
    ANSWER_FINANCE_REQUESTS = "answer finance requests"
    ANSWER_SERVICE_REQUESTS = "answer requests to the service department"
    VIEW_REPORTS = "read reports"
    MANAGE_STAFF = "manage staff"
    MANAGE_SETTINGS = "change prices, discounts and standards"


class Area(StrEnum):
    """The areas of the main window."""

    INTAKE = "intake"
    TIMELINE = "timeline"
    CLIENTS = "clients"
    REQUESTS = "requests"
    REPORTS = "reports"
    ADMIN = "admin"


_FRONT_DESK = {
    Action.ACCEPT_VEHICLE,
    Action.BOOK_APPOINTMENT,
    Action.VIEW_CLIENTS,
    Action.EDIT_CLIENTS,
    Action.VIEW_TIMELINE,
    Action.CANCEL_WORK_ORDER,
    Action.EDIT_PRICES,
    Action.PRINT_DOCUMENTS,
    Action.FILE_REQUEST,
}
"""What reception and the master share; the client's answers, the handover and the money
stay with reception, the workshop's direction with the master (DOMAIN.md: the master does
not negotiate with the client behind reception's back)."""

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.RECEPTIONIST: frozenset(
        _FRONT_DESK
        | {
            Action.RECORD_CLIENT_APPROVAL,
            Action.HAND_OVER,
            Action.TAKE_PAYMENT,
            Action.MERGE_CLIENTS,
        }
    ),
    Role.MASTER: frozenset(
        _FRONT_DESK
        | {
            Action.VIEW_OWN_WORK,
            Action.ASSIGN_WORK,
            Action.PLAN_WORKSHOP,
            Action.PROPOSE_EXTRA_WORKS,
            Action.MARK_WORK_DONE,
            Action.SEND_TO_QUALITY_CHECK,
            Action.QUALITY_CHECK,
            Action.ANSWER_SERVICE_REQUESTS,
        }
    ),
    Role.MECHANIC: frozenset(
        {Action.VIEW_OWN_WORK, Action.MARK_WORK_DONE, Action.SEND_TO_QUALITY_CHECK}
    ),
    Role.PARTS_CLERK: frozenset({Action.FILE_REQUEST, Action.ANSWER_PARTS_REQUESTS}),
    Role.FINANCE: frozenset(
        {
            Action.FILE_REQUEST,
            Action.ANSWER_FINANCE_REQUESTS,
            Action.VIEW_CLIENTS,
            Action.VIEW_REPORTS,
        }
    ),
    Role.MANAGER: frozenset(set(Action) - {Action.VIEW_OWN_WORK, Action.MARK_WORK_DONE}),
}

AREA_ACCESS: dict[Area, frozenset[Action]] = {
    Area.INTAKE: frozenset({Action.ACCEPT_VEHICLE, Action.BOOK_APPOINTMENT}),
    Area.TIMELINE: frozenset({Action.VIEW_TIMELINE, Action.VIEW_OWN_WORK}),
    Area.CLIENTS: frozenset({Action.VIEW_CLIENTS}),
    Area.REQUESTS: frozenset(
        {
            Action.FILE_REQUEST,
            Action.ANSWER_PARTS_REQUESTS,
            Action.ANSWER_FINANCE_REQUESTS,
            Action.ANSWER_SERVICE_REQUESTS,
        }
    ),
    Area.REPORTS: frozenset({Action.VIEW_REPORTS}),
    Area.ADMIN: frozenset({Action.MANAGE_STAFF, Action.MANAGE_SETTINGS}),
}


@dataclass(frozen=True)
class Actor:
    """The staff member at the desk, as the services need to know him."""

    id: int
    full_name: str
    roles: frozenset[Role]

    def can(self, action: Action) -> bool:
        return any(action in PERMISSIONS[role] for role in self.roles)

    def require(self, action: Action) -> None:
        """Raise ``PermissionDenied`` unless one of the actor's roles allows ``action``."""
        if not self.can(action):
            raise PermissionDenied(action=action.value)

    def may_open(self, area: Area) -> bool:
        return any(self.can(action) for action in AREA_ACCESS[area])

    @property
    def areas(self) -> list[Area]:
        return [area for area in Area if self.may_open(area)]
