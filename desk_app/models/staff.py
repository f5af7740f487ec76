"""Departments, bays and the people who work at the service, with their roles."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Versioned, enum_type, intpk


class DepartmentKind(StrEnum):
    """The departments of a car service; internal requests travel between them."""

    RECEPTION = "reception"
    WORKSHOP = "workshop"
    PARTS = "parts"
    FINANCE = "finance"
    MANAGEMENT = "management"


class Role(StrEnum):
    """What a staff member does; one person in a small shop may hold several roles."""

    RECEPTIONIST = "receptionist"
    MASTER = "master"
    MECHANIC = "mechanic"
    PARTS_CLERK = "parts_clerk"
    FINANCE = "finance"
    MANAGER = "manager"


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[intpk]
    kind: Mapped[DepartmentKind] = mapped_column(enum_type(DepartmentKind), unique=True)
    name: Mapped[str] = mapped_column(String(120))

    staff: Mapped[list[Staff]] = relationship(back_populates="department")


class Bay(Base):
    """A workshop bay (lift, post): a row of the timeline."""

    __tablename__ = "bays"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(60), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Staff(Versioned, Base):
    __tablename__ = "staff"

    id: Mapped[intpk]
    full_name: Mapped[str] = mapped_column(String(160), unique=True)
    position: Mapped[str] = mapped_column(String(120), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]

    department: Mapped[Department | None] = relationship(back_populates="staff")
    role_links: Mapped[list[StaffRole]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(link.role for link in self.role_links)


class StaffRole(Base):
    __tablename__ = "staff_roles"
    __table_args__ = (UniqueConstraint("staff_id", "role"),)

    id: Mapped[intpk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    role: Mapped[Role] = mapped_column(enum_type(Role))

    staff: Mapped[Staff] = relationship(back_populates="role_links")
