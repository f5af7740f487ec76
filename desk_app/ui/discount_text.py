"""The regular-client discount put into words for the desk, from the rule's own reasons:
"regular since 12.03.2026: 5 visits in 12 months, domestic make, order from 20,000 → 30 %".
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desk_app.services.loyalty import REGULAR_VISITS, DiscountAdvice, RegularStatus
from desk_app.ui.formatting import local_date, money, number
from desk_app.ui.labels import make_group_label

CONTEXT = "Discount"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def percent_text(value: Decimal) -> str:
    """ "30 %", "12.5 %": no trailing zeros."""
    whole = value == value.to_integral_value()
    return f"{number(value, 0 if whole else 2)} %"


def status_text(status: RegularStatus) -> str:
    if status.regular:
        return _tr("regular since {date}: {visits} visits in 12 months").format(
            date=local_date(status.since), visits=status.visits
        )
    return _tr("not regular yet: {visits} visits in 12 months ({needed} make a regular)").format(
        visits=status.visits, needed=REGULAR_VISITS
    )


def advice_text(advice: DiscountAdvice) -> str:
    """Why the rule gives what it gives, ending in the percent."""
    parts = [status_text(advice.status)]
    if advice.status.regular and advice.group is not None:
        parts.append(make_group_label(advice.group))
        if advice.threshold:
            parts.append(_tr("order from {amount}").format(amount=money(advice.threshold)))
        if advice.bought_here_percent:
            parts.append(
                _tr("car bought here +{extra}").format(
                    extra=percent_text(advice.bought_here_percent)
                )
            )
    return ", ".join(parts) + " → " + percent_text(advice.percent)


def reason_text(advice: DiscountAdvice) -> str:
    """The short reason kept on the order (and printed): "Regular client: …"."""
    return _tr("Regular client: {why}").format(why=advice_text(advice))
