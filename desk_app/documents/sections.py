"""Blocks that several documents print alike: the executor's requisites, the customer, the
car, the tables of works and parts, and the money."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table

from desk_app.documents import paper
from desk_app.documents.data import Car, Customer, Money, Part, Requisites, Work
from desk_app.documents.words import current, kilometres, places, translate

BLANK = ""
"""A value the desk did not record: the field's line is left to write it in by hand."""


def executor_fields(shop: Requisites) -> Flowable:
    return paper.fields(
        [
            (translate("Paper", "Name"), shop.full_name),
            (translate("Paper", "Tax number (INN)"), shop.tax_id or BLANK),
            (translate("Paper", "Registration number (OGRN)"), shop.registration_number or BLANK),
            (translate("Paper", "Phone"), shop.phone),
            (translate("Paper", "Address"), shop.address or BLANK),
            (translate("Paper", "E-mail"), shop.email),
        ]
    )


def customer_fields(customer: Customer) -> Flowable:
    pairs = [
        (translate("Paper", "Name"), customer.name),
        (translate("Paper", "Phone"), customer.phone or BLANK),
    ]
    if customer.company:
        pairs += [
            (translate("Paper", "Tax number (INN)"), customer.tax_id or BLANK),
            (translate("Paper", "Contact person"), customer.contact_person),
        ]
    pairs += [
        (translate("Paper", "Address"), customer.address),
        (translate("Paper", "E-mail"), customer.email),
    ]
    if customer.company and customer.company_details:
        pairs.append((translate("Paper", "Requisites"), customer.company_details))
    return paper.fields(pairs)


def car_fields(car: Car, *, agreed_value: bool = False, state: bool = True) -> Flowable:
    """The car; ``agreed_value``: a line for its value as the parties agree it (the rules
    ask for it on the order); ``state``: the odometer and the fuel at acceptance."""
    pairs = [
        (translate("Paper", "Make and model"), car.title),
        (translate("Paper", "Year"), str(car.year) if car.year else ""),
        (translate("Paper", "Registration plate"), car.plate),
        (translate("Paper", "VIN"), car.vin),
        (translate("Paper", "Engine number"), car.engine_number),
        (translate("Paper", "Colour"), car.colour),
    ]
    if state:
        odometer = "" if car.odometer_km is None else kilometres(car.odometer_km)
        fuel = "" if car.fuel_percent is None else f"{car.fuel_percent} %"
        pairs += [
            (translate("Paper", "Odometer"), odometer),
            (translate("Paper", "Fuel level"), fuel),
        ]
    if agreed_value:
        pairs.append((translate("Paper", "Vehicle's value agreed by the parties"), BLANK))
    return paper.fields(pairs)


def works_table(
    works: Sequence[Work], *, warranty: bool = False, prices: bool = True, mechanic: bool = False
) -> Flowable:
    """Numbered works with hours and, as asked, prices, the warranty and the mechanic."""
    if not works:
        return paper.para(translate("Paper", "None."), "cell")
    money = current().money
    header = [
        "№",
        translate("Paper", "Code"),
        translate("Paper", "Work"),
        translate("Paper", "Hours"),
    ]
    widths = [5, 11, 44, 8]
    if prices:
        header += [translate("Paper", "Rate"), translate("Paper", "Amount")]
        widths += [11, 12]
    if warranty:
        header.append(translate("Paper", "Warranty (months)"))
        widths.append(13)
    if mechanic:
        header.append(translate("Paper", "Mechanic"))
        widths.append(18)
    rows = []
    for number, work in enumerate(works, start=1):
        hours = current().number(work.norm_hours, places(work.norm_hours))
        row = [str(number), work.code, work.name, hours]
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
        return paper.para(translate("Paper", "None."), "cell")
    money = current().money
    header = [
        "№",
        translate("Paper", "Part number"),
        translate("Paper", "Name"),
        translate("Paper", "Qty"),
    ]
    widths = [5, 18, 45, 8]
    if prices:
        header += [
            translate("Paper", "Declared value") if declared else translate("Paper", "Price"),
            translate("Paper", "Amount"),
        ]
        widths += [12, 12]
    rows = []
    for number, part in enumerate(parts, start=1):
        quantity = current().number(part.quantity, places(part.quantity))
        row = [str(number), part.number, part.name, quantity]
        if prices:
            row += [money(part.unit_price), money(part.amount)]
        rows.append(row)
    return paper.table(header, rows, widths, right=[0, 3, 4, 5])


def money_fields(money: Money) -> Flowable:
    """The totals, amounts right-aligned under each other: labour, parts, the discount
    with its reason, the total in bold, what was paid and what is due."""
    show = current().money
    rows = [
        (translate("Paper", "Labour"), show(money.labour), False),
        (translate("Paper", "Parts"), show(money.parts), False),
        (translate("Paper", "Subtotal"), show(money.subtotal), False),
    ]
    if money.discount:
        reason = f" ({money.discount_reason})" if money.discount_reason else ""
        percent = f"{money.discount_percent.normalize():f} %"
        label = translate("Paper", "Discount {percent}").format(percent=percent) + reason
        rows.append((label, "−" + show(money.discount), False))
    rows += [
        (translate("Paper", "Total"), show(money.total), True),
        (translate("Paper", "Paid"), show(money.prepayment), False),
        (translate("Paper", "Due"), show(money.balance_due), True),
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
