"""Vehicles, each with its owner."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Versioned, intpk

if TYPE_CHECKING:
    from desk_app.models.client import Client


class Vehicle(Versioned, Base):
    __tablename__ = "vehicles"
    __table_args__ = (CheckConstraint("year IS NULL OR year BETWEEN 1900 AND 2100", name="year"),)

    id: Mapped[intpk]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    make: Mapped[str] = mapped_column(String(60))
    model: Mapped[str] = mapped_column(String(80), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    plate: Mapped[str] = mapped_column(String(16), default="", index=True)
    vin: Mapped[str | None] = mapped_column(String(17), unique=True)
    engine_number: Mapped[str] = mapped_column(String(40), default="")
    colour: Mapped[str] = mapped_column(String(40), default="")
    bought_here: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]

    owner: Mapped[Client | None] = relationship(back_populates="vehicles")

    @property
    def title(self) -> str:
        return Vehicle.compose_title(self.make, self.model)

    @staticmethod
    def compose_title(make: str, model: str) -> str:
        """ "Kia Rio", from the columns (for queries that read columns)."""
        return " ".join(p for p in (make, model) if p)
