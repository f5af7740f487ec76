"""Who is at the desk: logging in, and the first manager of a new database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.models import Role, Staff
from desk_app.services import audit, passwords
from desk_app.services.errors import AuthenticationFailed, DomainError
from desk_app.services.permissions import Actor
from desk_app.services.staff import create_staff_row
from desk_app.store.database import Database


def actor_of(staff: Staff) -> Actor:
    return Actor(id=staff.id, full_name=staff.full_name, roles=staff.roles)


def needs_first_manager(db: Database) -> bool:
    """True for a new database: nobody can log in until a manager is created."""
    with db.transaction() as session:
        return session.scalar(select(func.count(Staff.id))) == 0


@dataclass(frozen=True)
class LoginChoice:
    """A person offered on the login screen, with his position to tell namesakes apart."""

    full_name: str
    position: str


def login_choices(db: Database) -> list[LoginChoice]:
    """The people offered on the login screen: active staff, alphabetically."""
    with db.transaction() as session:
        query = select(Staff.full_name, Staff.position).where(Staff.active)
        rows = session.execute(query.order_by(Staff.full_name))
        return [LoginChoice(name, position) for name, position in rows]


def login_names(db: Database) -> list[str]:
    return [choice.full_name for choice in login_choices(db)]


def log_in(db: Database, full_name: str, password: str) -> Actor:
    """The actor for this name and password; the same error for a wrong name or password."""
    with db.transaction() as session:
        staff = session.scalar(
            select(Staff).where(Staff.full_name == full_name.strip(), Staff.active)
        )
        if staff is None:
            passwords.burn_time(password)
            raise AuthenticationFailed()
        if not passwords.verify_password(password, staff.password_hash):
            raise AuthenticationFailed()
        actor = actor_of(staff)
        audit.record(session, actor, "staff", staff.id, "log_in")
        return actor


def create_first_manager(db: Database, full_name: str, password: str) -> Actor:
    """Create the first account of a new database; refused once anyone exists."""
    with db.transaction() as session:
        if session.scalar(select(func.count(Staff.id))):
            raise DomainError("The first manager has already been created; log in instead.")
        staff = create_staff_row(
            session, full_name, frozenset({Role.MANAGER}), password, position="Manager"
        )
        actor = actor_of(staff)
        audit.record(session, actor, "staff", staff.id, "create_first_manager")
        return actor
