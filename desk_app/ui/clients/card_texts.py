"""The client card's sentences: why a client is regular or not, which discount table his car
falls under, when its next service is due, and the names of contact channels.

They are written once here so the header, the vehicles tab and the tests read the same
words; every text goes through ``QCoreApplication.translate`` under "ClientCard".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk_app.models import MakeGroup
from desk_app.services.discount_table import Tier
from desk_app.services.loyalty import REGULAR_VISITS, RegularStatus
from desk_app.ui.discount_text import percent_text
from desk_app.ui.formatting import local_date, number
from desk_app.ui.labels import contact_channel_label, make_group_label

translate = QCoreApplication.translate
"""Short, and still found by lupdate with its literal context."""

CONTEXT = "ClientCard"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


channel_label = contact_channel_label
group_label = make_group_label
percent = percent_text


def amount_short(value: Decimal) -> str:
    places = 0 if value == value.to_integral_value() else 2
    return number(value, places)


def km(value: int) -> str:
    return translate("ClientCard", "{km} km").format(km=number(value))


def regular_text(status: RegularStatus) -> str:
    """ "Regular since …: 11 visits in 12 months" or why not yet."""
    if status.regular:
        return QCoreApplication.translate(
            "ClientCard", "Regular since {date}: {visits} visits in 12 months"
        ).format(date=local_date(status.since), visits=status.visits)
    return QCoreApplication.translate(
        "ClientCard", "Not regular: {visits} visits in 12 months ({needed} make a regular)"
    ).format(visits=status.visits, needed=REGULAR_VISITS)


def tiers_text(tiers: Sequence[Tier]) -> str:
    """ "10 % from 0, 20 % from 5,000, …" (the table's rows, lowest first)."""
    if not tiers:
        return translate("ClientCard", "no discount rows set")
    return ", ".join(
        translate("ClientCard", "{percent} from {value}").format(
            percent=percent(tier.percent), value=amount_short(tier.min_order_value)
        )
        for tier in tiers
    )


def tier_range(tiers: Sequence[Tier]) -> str:
    """ "10–40 %": the lowest and highest share of a table, for the header's one line."""
    if not tiers:
        return translate("ClientCard", "no discount")
    low = min(tier.percent for tier in tiers)
    high = max(tier.percent for tier in tiers)
    if low == high:
        return percent(low)
    return translate("ClientCard", "{low}–{high} %").format(
        low=amount_short(low), high=amount_short(high)
    )


def bought_here_text(extra: Decimal | None) -> str:
    """The extra for a car bought here; ``extra`` is None when this person cannot read it."""
    if extra is None:
        return translate("ClientCard", "+ the extra for a car bought here")
    return translate("ClientCard", "+{percent} bought here").format(percent=percent(extra))


def discount_text(
    make: str, group: MakeGroup, tiers: Sequence[Tier], bought_here: bool, extra: Decimal | None
) -> str:
    """ "Lada: domestic make — 10 % from 0, 20 % from 5,000; +5 % bought here"."""
    text = translate("ClientCard", "{make}: {group} — {tiers}").format(
        make=make or translate("ClientCard", "Unknown make"),
        group=group_label(group),
        tiers=tiers_text(tiers),
    )
    if bought_here:
        text += "; " + bought_here_text(extra)
    return text


def service_due_text(due: Any, today: date) -> str:
    """The next service of a car (a ``service_due.ServiceDue``), or why it is not known."""
    if due is None:
        return QCoreApplication.translate(
            "ClientCard", "Next service: not known until a visit is handed over."
        )
    basis = getattr(getattr(due, "basis", None), "value", "date")
    due_km = getattr(due, "due_km", None)
    when = local_date(due.due)
    if basis == "mileage" and due_km:
        text = QCoreApplication.translate(
            "ClientCard", "Next service about {date}, when it reaches {km}"
        ).format(date=when, km=km(due_km))
    elif due_km:
        text = QCoreApplication.translate(
            "ClientCard", "Next service by {date}, or at {km} if that comes first"
        ).format(date=when, km=km(due_km))
    else:
        text = translate("ClientCard", "Next service by {date}").format(date=when)
    if due.due < today:
        text = translate("ClientCard", "Overdue — {text}").format(text=text)
    return text


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return translate("ClientCard", "Yes") if value else translate("ClientCard", "No")
