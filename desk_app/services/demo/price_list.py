"""The demo shop's price list: every operation of the catalogue, and today's labour rate.

The orders' labour lines carry the same codes, so the desk finds an old order's works in
the price list. The rate is the one for domestic cars, the most common here.
"""

from __future__ import annotations

from decimal import Decimal

from desk_app.models import LabourOperation, ShopSettings, to_money
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services.demo.catalogue import works
from desk_app.services.demo.shop import Shop

DOMESTIC = 0


def write_price_list(shop: Shop) -> None:
    for operation in works.OPERATIONS.values():
        shop.writer.add(
            LabourOperation,
            code=operation.code,
            name=operation.name,
            group_name=works.GROUPS.get(operation.code.split("-")[0], ""),
            norm_hours=Decimal(operation.hours),
            warranty_months=operation.warranty_months,
            active=True,
        )
    settings = shop.session.get(ShopSettings, SHOP_SETTINGS_ID)
    rate = to_money(works.RATE_NOW[DOMESTIC])
    if settings is None:  # the migration seeds the row; a database edited by hand may lack it
        shop.session.add(ShopSettings(id=SHOP_SETTINGS_ID, labour_rate=rate, promise_hours=24))
    else:
        settings.labour_rate = rate
