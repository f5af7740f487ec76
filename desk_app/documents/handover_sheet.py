"""The act of works done and vehicle handover (акт выполненных работ и выдачи автомобиля),
signed by the client when he takes the car back.

It is the client's record of what he paid for: each work done with its price and its
warranty, the parts used with theirs, the parts he brought (listed, not charged), the
discount and why, what was paid and what is due, and, on record too, the works he was
offered and declined. ``MANDATORY`` lists what it holds; the tests check every item.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from desk_app.documents import page, paper
from desk_app.documents.data import HandoverSheet
from desk_app.documents.sections import (
    car_fields,
    customer_fields,
    executor_fields,
    money_fields,
    parts_table,
    works_table,
)
from desk_app.documents.words import current, translate

MANDATORY = (
    "executor: name, legal form, tax number, registration number, address, phone",
    "customer: name, phone",
    "order number and its QR code; dates accepted and handed over",
    "vehicle: make, model, year, plate, VIN, odometer at handover",
    "works done with their prices and the warranty of each (months)",
    "parts used with their quantity and price",
    "parts supplied by the customer, listed, not charged",
    "labour, parts, discount with its reason, total, paid and due",
    "works proposed and declined by the customer, marked as not done",
    "recommendation for the next visit",
    "the shop's warranty terms",
    "the customer received the vehicle, no claims on completeness and exterior",
    "position and name of who handed the vehicle over, his signature",
    "the customer's signature",
)
"""What the act holds (the tests' checklist)."""

_SIGNATURES = 34 * mm
"""A little more than ``paper.signatures`` takes (gap, role, line, name, date: 33 mm)."""


def render(sheet: HandoverSheet) -> bytes:
    """The act as PDF bytes."""
    heading = page.Heading(
        sheet.shop.full_name, translate("HandoverSheet", "Act of works done"), sheet.number
    )
    return page.render(heading, _story(sheet))


def _story(sheet: HandoverSheet) -> list[Flowable]:
    words = current()
    subtitle = translate("HandoverSheet", "To work order No. {number} of {date}").format(
        number=sheet.number, date=words.date_time(sheet.accepted_at)
    )
    return [
        paper.title_block(
            translate("HandoverSheet", "Act of works done and vehicle handover"),
            subtitle,
            sheet.number,
            sheet.shop.logo_png,
        ),
        paper.gap(2 * mm),
        paper.fields(
            [
                (translate("HandoverSheet", "Order accepted"), words.date_time(sheet.accepted_at)),
                (
                    translate("HandoverSheet", "Vehicle handed over"),
                    words.date_time(sheet.handed_over_at),
                ),
            ]
        ),
        paper.heading(translate("HandoverSheet", "Executor")),
        executor_fields(sheet.shop),
        paper.heading(translate("HandoverSheet", "Customer")),
        customer_fields(sheet.customer),
        paper.heading(translate("HandoverSheet", "Vehicle at handover")),
        car_fields(sheet.car, state=True),
        paper.heading(translate("HandoverSheet", "Works done")),
        works_table(sheet.works, warranty=True),
        paper.heading(translate("HandoverSheet", "Parts and materials used")),
        parts_table(sheet.parts),
        paper.heading(
            translate("HandoverSheet", "Parts and materials supplied by the customer (not charged)")
        ),
        parts_table(sheet.client_parts, prices=False),
        paper.heading(translate("HandoverSheet", "Payment")),
        *_payment(sheet),
        *_declined(sheet),
        *_next_visit(sheet),
        paper.heading(translate("HandoverSheet", "Warranty")),
        paper.para(sheet.shop.warranty_text or "—"),
        paper.gap(1 * mm),
        paper.para(
            translate(
                "HandoverSheet",
                "The warranty period of each work is given in the table of works done.",
            ),
            "small",
        ),
        *_closing(sheet),
    ]


def _payment(sheet: HandoverSheet) -> list[Flowable]:
    """The totals; what was received at the handover itself, when something was."""
    story: list[Flowable] = [money_fields(sheet.money)]
    if sheet.paid:
        received = [
            (translate("HandoverSheet", "Received at handover"), current().money(sheet.paid))
        ]
        story.append(paper.fields(received, columns=1))
    return story


def _declined(sheet: HandoverSheet) -> list[Flowable]:
    """The works the client was offered and refused, so the record shows he was told."""
    if not sheet.declined:
        return []
    status = translate("HandoverSheet", "declined by the customer (not done)")
    rows = [[str(n), name, status] for n, name in enumerate(sheet.declined, start=1)]
    return [
        paper.heading(translate("HandoverSheet", "Proposed works declined by the customer")),
        paper.table(
            ["№", translate("HandoverSheet", "Work"), translate("HandoverSheet", "Status")],
            rows,
            [5, 60, 35],
            right=[0],
        ),
    ]


def _next_visit(sheet: HandoverSheet) -> list[Flowable]:
    if not sheet.next_visit:
        return []
    return [
        paper.heading(translate("HandoverSheet", "Recommendation for the next visit")),
        paper.para(sheet.next_visit),
    ]


def _closing(sheet: HandoverSheet) -> list[Flowable]:
    """The customer's statement and the signatures, on one page: ``paper.signatures`` is
    a KeepTogether, which cannot hold another, so a conditional break keeps them."""
    who = sheet.handed_over_by
    handed_over_by = f"{who.position}, {who.name}" if who.position else who.name
    statement = paper.para(
        translate(
            "HandoverSheet",
            "The customer has received the vehicle and has no claims as to its "
            "completeness and exterior.",
        ),
        "small",
    )
    space = 2 * mm
    end = space + statement.wrap(paper.WIDTH, paper.PAGE_HEIGHT)[1] + _SIGNATURES
    return [
        CondPageBreak(end),
        paper.gap(space),
        statement,
        paper.signatures(
            [
                (translate("HandoverSheet", "Handed over the vehicle"), handed_over_by),
                (
                    translate("HandoverSheet", "Received the vehicle (customer)"),
                    sheet.customer.name,
                ),
            ]
        ),
    ]
