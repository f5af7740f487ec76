"""Staff accounts: the manager adds people, gives them roles and retires them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from desk_app import clock
from desk_app.models import Department, DepartmentKind, Role, Staff, StaffRole
from desk_app.services import audit, passwords
from desk_app.services.errors import ValidationError
from desk_app.services.form_fields import row_to_edit
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

HOME_DEPARTMENT: dict[Role, DepartmentKind] = {
    Role.RECEPTIONIST: DepartmentKind.RECEPTION,
    Role.MASTER: DepartmentKind.WORKSHOP,
    Role.MECHANIC: DepartmentKind.WORKSHOP,
    Role.PARTS_CLERK: DepartmentKind.PARTS,
    Role.FINANCE: DepartmentKind.FINANCE,
    Role.MANAGER: DepartmentKind.MANAGEMENT,
}
ROLE_ORDER = list(Role)


@dataclass(frozen=True)
class StaffRow:
    id: int
    full_name: str
    position: str
    roles: tuple[Role, ...]
    department: DepartmentKind | None
    active: bool
    version: int


def home_department(roles: Iterable[Role]) -> DepartmentKind:
    """The department of a person's first role, in the order of ``Role``."""
    first = min(roles, key=ROLE_ORDER.index)
    return HOME_DEPARTMENT[first]


def create_staff_row(
    session: Session,
    full_name: str,
    roles: frozenset[Role],
    password: str,
    position: str = "",
) -> Staff:
    """Validate and add a staff member inside the caller's unit of work."""
    name = " ".join(full_name.split())
    if not name:
        raise ValidationError("full_name", "Enter the person's full name.")
    if session.scalar(select(Staff.id).where(Staff.full_name == name)) is not None:
        raise ValidationError("full_name", "“{name}” already has an account.", name=name)
    if not roles:
        raise ValidationError("roles", "Choose at least one role.")
    if len(password) < passwords.MIN_LENGTH:
        raise ValidationError(
            "password",
            "The password must have at least {count} characters.",
            count=passwords.MIN_LENGTH,
        )
    department = session.scalar(select(Department).where(Department.kind == home_department(roles)))
    staff = Staff(
        full_name=name,
        position=position.strip(),
        department=department,
        password_hash=passwords.hash_password(password),
        active=True,
        created_at=clock.now(),
        role_links=[StaffRole(role=role) for role in sorted(roles, key=ROLE_ORDER.index)],
    )
    session.add(staff)
    session.flush()
    return staff


def _row(staff: Staff) -> StaffRow:
    return StaffRow(
        id=staff.id,
        full_name=staff.full_name,
        position=staff.position,
        roles=tuple(sorted(staff.roles, key=ROLE_ORDER.index)),
        department=staff.department.kind if staff.department else None,
        active=staff.active,
        version=staff.version,
    )


def list_staff(db: Database, actor: Actor) -> list[StaffRow]:
    actor.require(Action.MANAGE_STAFF)
    with db.transaction() as session:
        query = select(Staff).options(selectinload(Staff.department)).order_by(Staff.full_name)
        return [_row(staff) for staff in session.scalars(query)]


def add_staff(
    db: Database,
    actor: Actor,
    full_name: str,
    roles: Iterable[Role],
    password: str,
    position: str = "",
) -> StaffRow:
    actor.require(Action.MANAGE_STAFF)
    with db.transaction() as session:
        staff = create_staff_row(session, full_name, frozenset(roles), password, position)
        audit.record(
            session, actor, "staff", staff.id, "create", roles=sorted(r.value for r in staff.roles)
        )
        return _row(staff)


def set_active(
    db: Database, actor: Actor, staff_id: int, active: bool, expected_version: int
) -> StaffRow:
    """Retire a person (or bring him back); his past work stays signed with his name."""
    actor.require(Action.MANAGE_STAFF)
    with db.transaction() as session:
        staff = row_to_edit(session, Staff, staff_id, expected_version, "staff member")
        if not active and staff.id == actor.id:
            raise ValidationError("active", "You cannot retire your own account.")
        staff.active = active
        session.flush()
        audit.record(session, actor, "staff", staff.id, "activate" if active else "retire")
        return _row(staff)


def update_staff(
    db: Database,
    actor: Actor,
    staff_id: int,
    expected_version: int,
    *,
    position: str,
    roles: Iterable[Role],
    password: str | None = None,
) -> StaffRow:
    """Change a person's position and roles, and set a new password if one is given.

    The department follows the roles, as when the person was added. A manager cannot take
    the manager role from himself, so the shop always keeps someone who can manage staff.
    """
    actor.require(Action.MANAGE_STAFF)
    wanted = frozenset(roles)
    with db.transaction() as session:
        staff = row_to_edit(session, Staff, staff_id, expected_version, "staff member")
        if not wanted:
            raise ValidationError("roles", "Choose at least one role.")
        if staff.id == actor.id and Role.MANAGER in staff.roles and Role.MANAGER not in wanted:
            raise ValidationError("roles", "You cannot take the manager role from yourself.")
        if password is not None and len(password) < passwords.MIN_LENGTH:
            raise ValidationError(
                "password",
                "The password must have at least {count} characters.",
                count=passwords.MIN_LENGTH,
            )
        before = sorted(role.value for role in staff.roles)
        staff.position = position.strip()
        staff.role_links = [link for link in staff.role_links if link.role in wanted] + [
            StaffRole(role=role) for role in sorted(wanted - staff.roles, key=ROLE_ORDER.index)
        ]
        staff.department = session.scalar(
            select(Department).where(Department.kind == home_department(wanted))
        )
        if password is not None:
            staff.password_hash = passwords.hash_password(password)
        # Roles live in their own table; touching the row makes the version move with them.
        flag_modified(staff, "full_name")
        session.flush()
        audit.record(
            session,
            actor,
            "staff",
            staff.id,
            "update",
            roles_before=before,
            roles=sorted(role.value for role in wanted),
            password_changed=password is not None,
        )
        return _row(staff)
