"""The plain data a document is printed from: the services fill it, a document only lays it
out, so no document ever queries the database (and each is tested from values alone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from desk_app.models import DamageKind, InspectionState


@dataclass(frozen=True)
class Requisites:
    """The service's own requisites, as the manager set them in Admin."""

    shop_name: str
    legal_form: str = ""
    tax_id: str = ""
    registration_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
    warranty_text: str = ""

    @property
    def full_name(self) -> str:
        """E.g. ООО «Автосервис»: the legal form before the name, unless it is in it."""
        if not self.legal_form or self.shop_name.startswith(self.legal_form):
            return self.shop_name
        return f"{self.legal_form} {self.shop_name}"


@dataclass(frozen=True)
class Customer:
    name: str
    phone: str = ""
    """As shown to people (national format), not E.164."""
    address: str = ""
    email: str = ""
    company: bool = False
    tax_id: str = ""
    contact_person: str = ""
    company_details: str = ""


@dataclass(frozen=True)
class Car:
    title: str
    """Make and model, e.g. "Lada Vesta"."""
    year: int | None = None
    plate: str = ""
    vin: str = ""
    engine_number: str = ""
    colour: str = ""
    odometer_km: int | None = None
    fuel_percent: int | None = None


@dataclass(frozen=True)
class Work:
    name: str
    code: str = ""
    norm_hours: Decimal = Decimal("0")
    rate: Decimal = Decimal("0")
    amount: Decimal = Decimal("0")
    warranty_months: int = 0
    mechanic: str = ""
    done: bool = False


@dataclass(frozen=True)
class Part:
    name: str
    number: str = ""
    quantity: Decimal = Decimal("1")
    unit_price: Decimal = Decimal("0")
    amount: Decimal = Decimal("0")


@dataclass(frozen=True)
class Damage:
    kind: DamageKind
    x: float
    """Where on the car diagram, as fractions of its width and height."""
    y: float
    note: str = ""


@dataclass(frozen=True)
class Inspection:
    name: str
    state: InspectionState
    note: str = ""


@dataclass(frozen=True)
class Signer:
    """Who signs for the service: his name and position."""

    name: str
    position: str = ""


@dataclass(frozen=True)
class Money:
    labour: Decimal
    parts: Decimal
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    prepayment: Decimal
    balance_due: Decimal
    discount_percent: Decimal = Decimal("0")
    discount_reason: str = ""


@dataclass(frozen=True)
class AcceptanceAct:
    """The work order and vehicle acceptance act signed at intake."""

    number: str
    accepted_at: datetime
    promised_at: datetime | None
    shop: Requisites
    customer: Customer
    car: Car
    complaints: str
    accepted_by: Signer
    works: tuple[Work, ...] = ()
    parts: tuple[Part, ...] = ()
    """The service's parts and materials."""
    client_parts: tuple[Part, ...] = ()
    """Parts and materials the client brought, with their quantity and stated value."""
    completeness: tuple[str, ...] = ()
    damage: tuple[Damage, ...] = ()
    inspection: tuple[Inspection, ...] = ()
    estimate: Decimal = Decimal("0")
    prepayment: Decimal = Decimal("0")


@dataclass(frozen=True)
class WorkshopSheet:
    """What the shop floor needs for the car, and nothing about its owner."""

    number: str
    accepted_at: datetime
    promised_at: datetime | None
    car: Car
    complaints: str
    works: tuple[Work, ...] = ()
    parts: tuple[Part, ...] = ()
    client_parts: tuple[Part, ...] = ()
    master: str = ""
    bay: str = ""
    checklist: tuple[str, ...] = ()
    """The points the master checks before the car is ready."""
    shop_name: str = ""


@dataclass(frozen=True)
class HandoverSheet:
    """The act of works done, signed by the client when he takes the car."""

    number: str
    accepted_at: datetime
    handed_over_at: datetime
    shop: Requisites
    customer: Customer
    car: Car
    works: tuple[Work, ...]
    parts: tuple[Part, ...]
    client_parts: tuple[Part, ...]
    money: Money
    handed_over_by: Signer
    paid: Decimal = Decimal("0")
    """Received at the handover itself (the prepayment is in ``money``)."""
    next_visit: str = ""
    """The recommendation for the next visit (a date or a mileage, and why)."""
    declined: tuple[str, ...] = ()
    """Works proposed and declined by the client, on record."""
