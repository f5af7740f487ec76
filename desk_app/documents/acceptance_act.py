"""The work order and vehicle acceptance act (заказ-наряд и акт приёма-передачи), printed
at intake and signed by the client and by whoever accepted the car.

What it holds follows the Russian rules on car maintenance and repair services for
consumers (the order and the acceptance act): ``MANDATORY`` lists each item and the tests
check every one on the printed page. An item the desk did not record (the car's value as
agreed, say) prints as a line to fill in by hand, never as nothing.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from desk_app.documents import page, paper
from desk_app.documents.damage_diagram import diagram, kind_label
from desk_app.documents.data import AcceptanceAct
from desk_app.documents.sections import (
    car_fields,
    customer_fields,
    executor_fields,
    parts_table,
    works_table,
)
from desk_app.documents.words import QT_TRANSLATE_NOOP, current, translate
from desk_app.models import InspectionState

MANDATORY = (
    "executor: name, legal form, tax number, registration number, address, phone",
    "customer: name, phone",
    "date the order was accepted",
    "date the works are to be done",
    "price of the works and how they are paid (estimate, prepayment)",
    "vehicle: make, model, year, plate, VIN, engine number, colour",
    "vehicle's value as agreed by the parties",
    "list of works ordered",
    "parts and materials supplied by the customer, their quantity and value",
    "parts and materials of the executor, their quantity and price",
    "warranty terms for the results of the works",
    "position and name of the person who accepted the order, his signature",
    "the customer's signature",
    "completeness of the vehicle",
    "visible exterior damage and defects",
    "odometer reading and fuel level at acceptance",
    "the customer's complaints in his own words",
)
"""What the rules require on the order and the acceptance act (the tests' checklist)."""

_STATES = {
    InspectionState.OK: QT_TRANSLATE_NOOP("Inspection", "OK"),
    InspectionState.ATTENTION: QT_TRANSLATE_NOOP("Inspection", "Needs attention"),
    InspectionState.URGENT: QT_TRANSLATE_NOOP("Inspection", "Urgent"),
}

COPIES = (
    QT_TRANSLATE_NOOP("AcceptanceAct", "Customer's copy"),
    QT_TRANSLATE_NOOP("AcceptanceAct", "Service's copy"),
)


def render(act: AcceptanceAct, copies: int = 1) -> bytes:
    """The act as PDF bytes; ``copies`` 2: the customer's copy, then the service's."""
    heading = page.Heading(act.shop.full_name, translate("AcceptanceAct", "Work order"), act.number)
    story: list[Flowable] = []
    for copy in range(copies):
        if copy:
            story.append(PageBreak())
        if copies > 1:
            story.append(page.CopyMark(translate("AcceptanceAct", COPIES[copy])))
        story += _one_copy(act)
    return page.render(heading, story)


def _one_copy(act: AcceptanceAct) -> list[Flowable]:
    words = current()
    promised = words.date_time(act.promised_at) if act.promised_at else ""
    subtitle = translate("AcceptanceAct", "No. {number} of {date}").format(
        number=act.number, date=words.date_time(act.accepted_at)
    )
    story: list[Flowable] = [
        paper.title_block(
            translate("AcceptanceAct", "Work order and vehicle acceptance act"),
            subtitle,
            act.number,
            act.shop.logo_png,
        ),
        paper.gap(2 * mm),
        paper.heading(translate("AcceptanceAct", "Executor")),
        executor_fields(act.shop),
        paper.heading(translate("AcceptanceAct", "Customer")),
        customer_fields(act.customer),
        paper.heading(translate("AcceptanceAct", "Vehicle")),
        car_fields(act.car, agreed_value=True),
        paper.heading(translate("AcceptanceAct", "Terms")),
        paper.fields(
            [
                (translate("AcceptanceAct", "Order accepted"), words.date_time(act.accepted_at)),
                (translate("AcceptanceAct", "Works to be done by"), promised),
            ]
        ),
        paper.heading(
            translate("AcceptanceAct", "Customer's complaints (in the customer's words)")
        ),
        paper.para(act.complaints or "—"),
        paper.heading(translate("AcceptanceAct", "Works ordered")),
        works_table(act.works, warranty=True),
        paper.heading(translate("AcceptanceAct", "Parts and materials of the executor")),
        parts_table(act.parts),
        paper.heading(translate("AcceptanceAct", "Parts and materials supplied by the customer")),
        parts_table(act.client_parts, declared=True),
        paper.heading(translate("AcceptanceAct", "Price and payment")),
        paper.fields(
            [
                (translate("AcceptanceAct", "Preliminary estimate"), words.money(act.estimate)),
                (translate("AcceptanceAct", "Prepayment received"), words.money(act.prepayment)),
            ]
        ),
        paper.para(
            translate(
                "AcceptanceAct",
                "The price is preliminary. Works beyond this order are done only with the "
                "customer's consent. The balance is paid when the vehicle is handed over.",
            ),
            "small",
        ),
        *_vehicle_state(act),
        paper.heading(translate("AcceptanceAct", "Warranty")),
        paper.para(act.shop.warranty_text or "—"),
        paper.gap(2 * mm),
        paper.para(
            translate(
                "AcceptanceAct",
                "The customer has read the order, agrees with the list of works, the "
                "estimate and the terms, and has handed over the vehicle in the state "
                "described above.",
            ),
            "small",
        ),
        paper.signatures(
            [
                (translate("AcceptanceAct", "Accepted the vehicle"), _signer(act)),
                (translate("AcceptanceAct", "Customer"), act.customer.name),
            ]
        ),
    ]
    return story


def _signer(act: AcceptanceAct) -> str:
    who = act.accepted_by
    return f"{who.position}, {who.name}" if who.position else who.name


def _vehicle_state(act: AcceptanceAct) -> list[Flowable]:
    """Completeness, the inspection, and the damage diagram with its numbered list."""
    story: list[Flowable] = [paper.heading(translate("AcceptanceAct", "Completeness"))]
    story.append(
        paper.para(
            ", ".join(act.completeness)
            if act.completeness
            else translate("AcceptanceAct", "Not stated")
        )
    )
    if act.inspection:
        story.append(paper.heading(translate("AcceptanceAct", "Inspection at acceptance")))
        rows = [
            [item.name, translate("Inspection", _STATES[item.state]), item.note]
            for item in act.inspection
        ]
        story.append(
            paper.table(
                [
                    translate("AcceptanceAct", "Point"),
                    translate("AcceptanceAct", "State"),
                    translate("AcceptanceAct", "Note"),
                ],
                rows,
                [40, 14, 46],
            )
        )
    marks = [
        f"{number}. {kind_label(mark.kind)}" + (f" — {mark.note}" if mark.note else "")
        for number, mark in enumerate(act.damage, start=1)
    ]
    listing = [paper.para(text, "cell") for text in marks] or [
        paper.para(translate("AcceptanceAct", "No visible damage marked."), "cell")
    ]
    side = Table(
        [[diagram(act.damage, paper.WIDTH * 0.58), listing]],
        colWidths=[paper.WIDTH * 0.6, paper.WIDTH * 0.4],
    )
    side.setStyle(paper.table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(
        KeepTogether(
            [paper.heading(translate("AcceptanceAct", "Visible exterior damage and defects")), side]
        )
    )
    return story
