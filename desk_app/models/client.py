"""Clients (people and companies) and their phone numbers."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    case,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, Versioned, enum_type, intpk

if TYPE_CHECKING:
    from desk_app.models.vehicle import Vehicle


class ClientKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class ContactChannel(StrEnum):
    """How the client prefers to be reminded and greeted."""

    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    POST = "post"


class Client(Versioned, Base):
    __tablename__ = "clients"
    __table_args__ = (Index("ix_clients_name", "last_name", "first_name"),)

    id: Mapped[intpk]
    kind: Mapped[ClientKind] = mapped_column(enum_type(ClientKind), default=ClientKind.PERSON)
    last_name: Mapped[str] = mapped_column(String(80), default="")
    first_name: Mapped[str] = mapped_column(String(80), default="")
    middle_name: Mapped[str] = mapped_column(String(80), default="")
    company_name: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(20), default="")
    contact_person: Mapped[str] = mapped_column(String(160), default="")
    """For a company: whom to call about its cars."""
    company_details: Mapped[str] = mapped_column(Text, default="")
    """For a company: the rest of its requisites (registration, bank), as it gives them."""
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    consent_to_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    preferred_channel: Mapped[ContactChannel] = mapped_column(
        enum_type(ContactChannel), default=ContactChannel.PHONE
    )
    referral_source: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    anonymised_at: Mapped[datetime | None]

    phones: Mapped[list[ClientPhone]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientPhone.id"
    )
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="owner")

    @property
    def display_name(self) -> str:
        return Client.compose_name(
            self.kind, self.company_name, self.last_name, self.first_name, self.middle_name
        )

    @staticmethod
    def compose_name(kind: ClientKind, company: str, last: str, first: str, middle: str) -> str:
        """The name as the desk shows it, from the columns (for queries that read columns)."""
        if kind is ClientKind.COMPANY:
            return company
        return " ".join(p for p in (last, first, middle) if p)


def client_sort_name() -> ColumnElement[str]:
    """The key the card file is sorted by: a company's name, a person's last name.

    The company literal is written into the SQL (not bound) so that the expression index
    ``ix_clients_sort`` below, made with the same text, serves ``ORDER BY`` on SQLite too.
    """
    return case(
        (Client.kind == literal_column("'company'"), Client.company_name),
        else_=Client.last_name,
    )


Index("ix_clients_sort", client_sort_name(), Client.first_name, Client.middle_name, Client.id)


class ClientPhone(Base):
    """A phone number stored in E.164 (+79161234567), shown in the national format."""

    __tablename__ = "client_phones"

    id: Mapped[intpk]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20), index=True)
    label: Mapped[str] = mapped_column(String(40), default="")

    client: Mapped[Client] = relationship(back_populates="phones")
