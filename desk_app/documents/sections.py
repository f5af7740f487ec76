"""Blocks that several documents print alike: the executor's requisites, the customer, the
car, the tables of works and parts, and the money."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table

from desk_app.documents import paper
from desk_app.documents.data import Car, Customer, Money, Part, Requisites, Work
from desk_app.documents.words import current, translate

CONTEXT = "Paper"
BLANK = ""
"""A value the desk did not record: the field's line is left to write it in by hand."""


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def executor_fields(shop: Requisites) -> Flowable:
    return paper.fields(
        [
            (_t("Name"), shop.full_name),
            (_t("Tax number (INN)"), shop.tax_id or BLANK),
            (_t("Registration number (OGRN)"), shop.registration_number or BLANK),
            (_t("Phone"), shop.phone),
            (_t("Address"), shop.address or BLANK),
            (_t("E-mail"), shop.email),
        ]
    )


def customer_fields(customer: Customer) -> Flowable:
    pairs = [(_t("Name"), customer.name), (_t("Phone"), customer.phone or BLANK)]
    if customer.company:
        pairs += [
            (_t("Tax number (INN)"), customer.tax_id or BLANK),
            (_t("Contact person"), customer.contact_person),
        ]
    pairs += [(_t("Address"), customer.address), (_t("E-mail"), customer.email)]
    if customer.company and customer.company_details:
        pairs.append((_t("Requisites"), customer.company_details))
    return paper.fields(pairs)


def car_fields(car: Car, *, agreed_value: bool = False, state: bool = True) -> Flowable:
    """The car; ``agreed_value``: a line for its value as the parties agree it (the rules
    ask for it on the order); ``state``: the odometer and the fuel at acceptance."""
    pairs = [
        (_t("Make and model"), car.title),
        (_t("Year"), str(car.year) if car.year else ""),
        (_t("Registration plate"), car.plate),
        (_t("VIN"), car.vin),
        (_t("Engine number"), car.engine_number),
        (_t("Colour"), car.colour),
    ]
    if state:
        number = current().number
        odometer = "" if car.odometer_km is None else f"{number(car.odometer_km)} km"
        fuel = "" if car.fuel_percent is None else f"{car.fuel_percent} %"
        pairs += [(_t("Odometer"), odometer), (_t("Fuel level"), fuel)]
    if agreed_value:
        pairs.append((_t("Vehicle's value agreed by the parties"), BLANK))
    return paper.fields(pairs)


def works_table(
    works: Sequence[Work], *, warranty: bool = False, prices: bool = True, mechanic: bool = False
) -> Flowable:
    """Numbered works with hours and, as asked, prices, the warranty and the mechanic."""
    if not works:
        return paper.para(_t("None."), "cell")
    money = current().money
    header = ["№", _t("Code"), _t("Work"), _t("Hours")]
    widths = [5, 11, 44, 8]
    if prices:
        header += [_t("Rate"), _t("Amount")]
        widths += [11, 12]
    if warranty:
        header.append(_t("Warranty (months)"))
        widths.append(13)
    if mechanic:
        header.append(_t("Mechanic"))
        widths.append(18)
    rows = []
    for number, work in enumerate(works, start=1):
        row = [str(number), work.code, work.name, f"{work.norm_hours:g}"]
        if prices:
            row += [money(work.rate), money(work.amount)]
        if warranty:
            row.append(str(work.warranty_months) if work.warranty_months else "—")
        if mechanic:
            row.append(work.mechanic)
        rows.append(row)
    right = [0, 3, 4, 5, 6] if prices else [0, 3]
    return paper.table(header, rows, widths, right=right)


def parts_table(parts: Sequence[Part], *, declared: bool = False, prices: bool = True) -> Flowable:
    """Numbered parts with their quantity and, as asked, prices (``declared``: the value
    the customer stated for parts he brought)."""
    if not parts:
        return paper.para(_t("None."), "cell")
    money = current().money
    header = ["№", _t("Part number"), _t("Name"), _t("Qty")]
    widths = [5, 18, 45, 8]
    if prices:
        header += [_t("Declared value") if declared else _t("Price"), _t("Amount")]
        widths += [12, 12]
    rows = []
    for number, part in enumerate(parts, start=1):
        row = [str(number), part.number, part.name, f"{part.quantity.normalize():f}"]
        if prices:
            row += [money(part.unit_price), money(part.amount)]
        rows.append(row)
    return paper.table(header, rows, widths, right=[0, 3, 4, 5])


def money_fields(money: Money) -> Flowable:
    """The totals, amounts right-aligned under each other: labour, parts, the discount
    with its reason, the total in bold, what was paid and what is due."""
    show = current().money
    rows = [
        (_t("Labour"), show(money.labour), False),
        (_t("Parts"), show(money.parts), False),
        (_t("Subtotal"), show(money.subtotal), False),
    ]
    if money.discount:
        reason = f" ({money.discount_reason})" if money.discount_reason else ""
        percent = f"{money.discount_percent.normalize():f} %"
        label = _t("Discount {percent}").format(percent=percent) + reason
        rows.append((label, "−" + show(money.discount), False))
    rows += [
        (_t("Total"), show(money.total), True),
        (_t("Paid"), show(money.prepayment), False),
        (_t("Due"), show(money.balance_due), True),
    ]
    cells = [
        [paper.para(label, "cell", bold=bold), paper.para(amount, "cell", right=True, bold=bold)]
        for label, amount, bold in rows
    ]
    result = Table(cells, colWidths=[paper.WIDTH * 0.45, paper.WIDTH * 0.2], hAlign="LEFT")
    result.setStyle(
        paper.table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, paper.GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return result
