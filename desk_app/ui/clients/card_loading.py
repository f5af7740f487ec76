"""Everything the card window shows, read in one go from the services.

The card itself, the discount tables of its cars' make groups, the shop's extra for a
car bought here (only where this person may read the shop's settings), each car's next
service and the call-back results; the last two are ``None`` when this version of the
reminders services does not provide them (see ``card_followups``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desk_app.models import MakeGroup
from desk_app.services import client_card, discount_table
from desk_app.services.client_card import ClientCard
from desk_app.services.discount_table import Tier
from desk_app.services.loyalty import make_group
from desk_app.ui.area import AreaContext
from desk_app.ui.clients import card_followups


@dataclass(frozen=True)
class CardData:
    card: ClientCard
    tables: dict[MakeGroup, tuple[Tier, ...]]
    bought_here_extra: Decimal | None
    """None when this person may not read the shop's loyalty settings."""
    dues: dict[int, Any] | None
    """Vehicle id → its next service (``service_due.ServiceDue``)."""
    call_backs: list[Any] | None
    """``reminders.CallBackResult`` rows, newest first."""


def load_card_data(context: AreaContext, client_id: int) -> CardData:
    """Raises the services' ``DeskError`` (not allowed, gone) for the window to show."""
    db, actor = context.db, context.actor
    card = client_card.load_card(db, actor, client_id)
    groups = sorted({make_group(car.make) for car in card.vehicles})
    tables = {group: discount_table.load_table(db, actor, group).tiers for group in groups}
    extra = discount_table.load_settings(db, actor).bought_here_percent
    return CardData(
        card=card,
        tables=tables,
        bought_here_extra=extra,
        dues=card_followups.service_due(db, actor, [car.id for car in card.vehicles]),
        call_backs=card_followups.satisfaction(db, actor, card.id),
    )
