"""The agreed standards of internal service: per request kind, how fast and when.

A department publishes, for each kind of request it answers, its response time and its
service windows (DOMAIN.md: "reimbursements are handled on Mondays"). The response time is
counted in window time only: 15 minutes of a window that closes at 19:00 and opens again at
09:00 run over the night. Days the shop is closed (``ClosedDay``) have no windows at all.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Versioned, enum_type, intpk
from desk_app.models.internal_request import RequestKind

MINUTES_PER_DAY = 24 * 60


class ServiceStandard(Versioned, Base):
    """One request kind's promise: answered within ``response_minutes`` of window time."""

    __tablename__ = "service_standards"
    __table_args__ = (CheckConstraint("response_minutes >= 0", name="response"),)

    id: Mapped[intpk]
    kind: Mapped[RequestKind] = mapped_column(enum_type(RequestKind), unique=True)
    response_minutes: Mapped[int] = mapped_column(Integer)

    windows: Mapped[list[ServiceWindow]] = relationship(
        back_populates="standard",
        cascade="all, delete-orphan",
        order_by="(ServiceWindow.weekday, ServiceWindow.opens)",
        lazy="selectin",
    )


class ServiceWindow(Base):
    """A weekly window when requests of one kind are served: weekday 0 is Monday, the
    times are minutes after the shop's local midnight."""

    __tablename__ = "service_windows"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint(
            f"opens >= 0 AND opens < closes AND closes <= {MINUTES_PER_DAY}", name="span"
        ),
    )

    id: Mapped[intpk]
    standard_id: Mapped[int] = mapped_column(
        ForeignKey("service_standards.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[int] = mapped_column(Integer)
    closes: Mapped[int] = mapped_column(Integer)

    standard: Mapped[ServiceStandard] = relationship(back_populates="windows")


class ClosedDay(Base):
    """A day no department serves requests: a public holiday (every year) or a one-off."""

    __tablename__ = "closed_days"
    __table_args__ = (UniqueConstraint("day"),)

    id: Mapped[intpk]
    day: Mapped[date]
    every_year: Mapped[bool] = mapped_column(Boolean, default=False)
    """Closed on this month and day in every year (the year of ``day`` is then ignored)."""
    reason: Mapped[str] = mapped_column(String(120), default="")
