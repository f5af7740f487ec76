"""The demo shop's price list: every operation of the catalogue, today's labour rate, and
the shop's requisites that its documents print.

The orders' labour lines carry the same codes, so the desk finds an old order's works in
the price list. The rate is the one for domestic cars, the most common here. The ИНН and
ОГРН are made up but pass their check digits, as the Admin form demands.
"""

from __future__ import annotations

from decimal import Decimal

from desk_app.models import LabourOperation, ShopSettings, to_money
from desk_app.models.price_list import SHOP_SETTINGS_ID
from desk_app.services.demo.catalogue import works
from desk_app.services.demo.shop import Shop

DOMESTIC = 0
REQUISITES = {
    "shop_name": "Автосервис Пример",
    "legal_form": "ООО",
    "tax_id": "7715483020",
    "registration_number": "1187746527319",
    "address": "127247, г. Москва, Дмитровское ш., д. 100, стр. 2",
    "phone": "+74957801234",
    "email": "priemka@avtoservis-primer.ru",
    "warranty_text": (
        "Исполнитель гарантирует качество работ в течение сроков, указанных для каждой "
        "работы, считая со дня выдачи автомобиля; на запасные части действует гарантия "
        "их производителя."
    ),
}


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
        settings = ShopSettings(id=SHOP_SETTINGS_ID, labour_rate=rate, promise_hours=24)
        shop.session.add(settings)
    settings.labour_rate = rate
    for name, value in REQUISITES.items():
        setattr(settings, name, value)
