"""The shop's price list: labour operations with their norm-hours, and the labour rate.

An operation is retired, never deleted: old work orders keep its code and name on their
lines, and a retired operation simply stops being offered at intake.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Versioned, intpk, money

SHOP_SETTINGS_ID = 1
"""The id of the one row of ``shop_settings``."""
DEFAULT_WARRANTY_TEXT = (
    "The service guarantees the works for the periods stated per work, counted from the "
    "handover; parts carry their maker's warranty."
)
"""What the printed documents say of the warranty until the manager writes the shop's own."""


class LabourOperation(Versioned, Base):
    __tablename__ = "labour_operations"
    __table_args__ = (
        CheckConstraint("norm_hours >= 0", name="norm_hours"),
        CheckConstraint("warranty_months >= 0", name="warranty_months"),
    )

    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    group_name: Mapped[str] = mapped_column(String(80), default="")
    norm_hours: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    warranty_months: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ShopSettings(Versioned, Base):
    """The shop-wide values the intake form starts from, and the shop's own requisites that
    every printed document shows; exactly one row (id 1)."""

    __tablename__ = "shop_settings"
    __table_args__ = (
        CheckConstraint(f"id = {SHOP_SETTINGS_ID}", name="single_row"),
        CheckConstraint("labour_rate >= 0", name="labour_rate"),
        CheckConstraint("promise_hours > 0", name="promise_hours"),
    )

    id: Mapped[intpk]
    labour_rate: Mapped[money]
    """The price of one norm-hour."""
    promise_hours: Mapped[int] = mapped_column(Integer, default=24)
    """How long after intake the car is promised back unless the desk says otherwise."""
    bought_here_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("5"))
    """The regular client's extra discount on a car bought at this station."""
    service_interval_months: Mapped[int] = mapped_column(Integer, default=12)
    service_interval_km: Mapped[int] = mapped_column(Integer, default=15000)
    call_back_days: Mapped[int] = mapped_column(Integer, default=3)
    """How many days after the handover the client is called back."""

    shop_name: Mapped[str] = mapped_column(String(200), default="")
    legal_form: Mapped[str] = mapped_column(String(60), default="")
    """As printed before the name: "ООО", "ИП"…"""
    tax_id: Mapped[str] = mapped_column(String(12), default="")
    """ИНН: 10 digits for an organisation, 12 for an individual entrepreneur; "" if not set."""
    registration_number: Mapped[str] = mapped_column(String(15), default="")
    """ОГРН (13 digits) or ОГРНИП (15 digits); "" if not set."""
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    """E.164, as client phones are kept."""
    email: Mapped[str] = mapped_column(String(120), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    warranty_text: Mapped[str] = mapped_column(Text, default=DEFAULT_WARRANTY_TEXT)
