"""The manager's side of loyalty: the discount table by make group and order value, and the
shop's loyalty settings (the extra for a car bought here, the service interval, when to
call back).

The table of one group is saved whole, as the manager sees it in Admin: if anybody saved
it in between, the save is refused (``StaleEdit``) rather than mixing two tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import DiscountTier, MakeGroup, ShopSettings
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services import audit
from desk_app.services.errors import StaleEdit, ValidationError
from desk_app.services.form_fields import Collector, amount, flush_versioned, quantity
from desk_app.services.permissions import Action, Actor
from desk_app.services.price_list import rates_in
from desk_app.store.database import Database

MAX_TIERS = 20


@dataclass(frozen=True)
class Tier:
    min_order_value: Decimal
    percent: Decimal


@dataclass(frozen=True)
class DiscountTable:
    group: MakeGroup
    tiers: tuple[Tier, ...]
    """By threshold, lowest first."""
    stamp: tuple[tuple[int, int], ...]
    """(id, version) of each row as read: handed back on save to detect another save."""


@dataclass(frozen=True)
class LoyaltySettings:
    bought_here_percent: Decimal
    service_interval_months: int
    service_interval_km: int
    call_back_days: int
    version: int


def percent_for(tiers: Iterable[tuple[Decimal, Decimal]], order_value: Decimal) -> Decimal | None:
    """The percent an order of ``order_value`` reaches in a table of (threshold, percent):
    the highest threshold reached applies (None: below every row). ``loyalty.advise`` asks
    the same of the saved table in SQL; this serves a table being edited."""
    reached = [share for threshold, share in sorted(tiers) if threshold <= order_value]
    return reached[-1] if reached else None


def _rows(session: Session, group: MakeGroup) -> list[DiscountTier]:
    return list(
        session.scalars(
            select(DiscountTier)
            .where(DiscountTier.make_group == group)
            .order_by(DiscountTier.min_order_value)
        )
    )


def load_table(db: Database, actor: Actor, group: MakeGroup) -> DiscountTable:
    """Anyone at the desk may read the table: the intake explains discounts by it."""
    if not actor.can(Action.VIEW_CLIENTS):
        actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        rows = _rows(session, group)
        return DiscountTable(
            group,
            tuple(Tier(row.min_order_value, row.percent) for row in rows),
            tuple((row.id, row.version) for row in rows),
        )


def save_table(
    db: Database,
    actor: Actor,
    group: MakeGroup,
    tiers: Sequence[tuple[Decimal | str, Decimal | str]],
    *,
    stamp: tuple[tuple[int, int], ...],
) -> DiscountTable:
    """Replace the group's table with ``tiers`` ((threshold, percent) as typed, any order)."""
    actor.require(Action.MANAGE_SETTINGS)
    errors = Collector()
    cleaned: list[Tier] = []
    for index, (value, percent) in enumerate(tiers):
        with errors.check():
            threshold = amount(f"tiers.{index}.min_order_value", value)
            share = quantity(f"tiers.{index}.percent", percent, places=2, maximum=Decimal(100))
            if any(tier.min_order_value == threshold for tier in cleaned):
                raise ValidationError(
                    f"tiers.{index}.min_order_value",
                    "Two rows start at the same order value.",
                )
            cleaned.append(Tier(threshold, share))
    if len(tiers) > MAX_TIERS:
        errors.add("tiers", "At most {limit} rows fit in the table.", limit=MAX_TIERS)
    errors.raise_if_any()
    cleaned.sort(key=lambda tier: tier.min_order_value)
    with db.transaction() as session:
        rows = _rows(session, group)
        if tuple((row.id, row.version) for row in rows) != stamp:
            raise StaleEdit(what="discount table")
        for row in rows:
            session.delete(row)
        session.flush()
        for tier in cleaned:
            session.add(
                DiscountTier(
                    make_group=group, min_order_value=tier.min_order_value, percent=tier.percent
                )
            )
        audit.record(
            session,
            actor,
            "discount_table",
            None,
            "update",
            group=group.value,
            tiers=[[str(tier.min_order_value), str(tier.percent)] for tier in cleaned],
        )
        session.flush()
        fresh = _rows(session, group)
        return DiscountTable(
            group,
            tuple(Tier(row.min_order_value, row.percent) for row in fresh),
            tuple((row.id, row.version) for row in fresh),
        )


def _settings(session: Session) -> ShopSettings:
    rates_in(session)  # makes the row if a hand-edited database lacks it
    settings = session.get(ShopSettings, SHOP_SETTINGS_ID)
    assert settings is not None
    return settings


def load_settings(db: Database, actor: Actor) -> LoyaltySettings:
    """Readable at the desk too: the card and the intake explain discounts by them."""
    if not actor.can(Action.VIEW_CLIENTS):
        actor.require(Action.MANAGE_SETTINGS)
    with db.transaction() as session:
        s = _settings(session)
        return LoyaltySettings(
            s.bought_here_percent,
            s.service_interval_months,
            s.service_interval_km,
            s.call_back_days,
            s.version,
        )


def save_settings(
    db: Database,
    actor: Actor,
    *,
    bought_here_percent: Decimal | str,
    service_interval_months: int,
    service_interval_km: int,
    call_back_days: int,
    expected_version: int,
) -> LoyaltySettings:
    actor.require(Action.MANAGE_SETTINGS)
    errors = Collector()
    extra = Decimal(0)
    with errors.check():
        extra = quantity("bought_here_percent", bought_here_percent, places=2, maximum=Decimal(50))
    for field, value, low, high in (
        ("service_interval_months", service_interval_months, 1, 60),
        ("service_interval_km", service_interval_km, 1000, 100_000),
        ("call_back_days", call_back_days, 1, 30),
    ):
        if not low <= value <= high:
            errors.add(field, "Enter a number from {low} to {high}.", low=low, high=high)
    errors.raise_if_any()
    with db.transaction() as session:
        s = _settings(session)
        if s.version != expected_version:
            raise StaleEdit(what="set of loyalty rules")
        s.bought_here_percent = extra
        s.service_interval_months = service_interval_months
        s.service_interval_km = service_interval_km
        s.call_back_days = call_back_days
        flush_versioned(session, "set of loyalty rules")
        audit.record(session, actor, "shop_settings", s.id, "loyalty settings")
        return LoyaltySettings(
            extra, service_interval_months, service_interval_km, call_back_days, s.version
        )
