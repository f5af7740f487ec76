"""The internal request slip: what one department asks of another (parts to issue, a
prepayment to confirm...), printed to carry to the parts or finance counter.

It is compact (the top of one A4 sheet, to tear off or fold) and, like the workshop sheet,
carries nothing about the client: the order's number and QR code and the car are enough
to find the job. Whoever hands over and whoever takes the parts or the money sign it.
The request model has no priority, so the slip shows the deadline instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desk_app.documents import page, paper
from desk_app.documents.data import Car, Part
from desk_app.documents.sections import parts_table
from desk_app.documents.words import current, translate
from desk_app.models import DepartmentKind, RequestKind, RequestStatus
from desk_app.wording import DEPARTMENT, REQUEST_KIND, REQUEST_STATUS

E = TypeVar("E", bound=StrEnum)

CONTENTS = (
    "request number, kind, from and to which department",
    "what is asked (the first line) and the details",
    "the parts asked for with their numbers and quantities",
    "the work order's number and QR code, the car: make, model, plate, VIN",
    "who asked and when, the deadline, the status, who took it",
    "signature lines: issued by, received by",
)
"""What the slip holds (the tests' checklist); never the client."""


@dataclass(frozen=True)
class RequestSlip:
    """One internal request as the counter needs it."""

    id: int
    kind: RequestKind
    from_department: DepartmentKind
    to_department: DepartmentKind
    subject: str
    """What is asked: the request's first line."""
    requested_by: str
    requested_at: datetime
    status: RequestStatus
    details: str = ""
    """The rest of the request's text."""
    items: tuple[Part, ...] = ()
    """The parts asked for: name, number, quantity (no prices)."""
    needed_by: datetime | None = None
    taken_by: str = ""
    order_number: str = ""
    """The linked work order's number; "" when the request is not about an order."""
    car: Car | None = None
    """The order's car: title (make and model), plate and VIN are printed."""
    shop_name: str = ""

    @property
    def number(self) -> str:
        return str(self.id)


def _label(table: dict[E, str], value: E) -> str:
    return translate("Labels", table[value])


def render(slip: RequestSlip) -> bytes:
    """The slip as PDF bytes: one page, its top half or so."""
    heading = page.Heading(
        slip.shop_name, translate("RequestSlip", "Internal request"), slip.number
    )
    return page.render(heading, _story(slip))


def _story(slip: RequestSlip) -> list[Flowable]:
    words = current()
    subtitle = translate("RequestSlip", "Request No. {number} of {date}").format(
        number=slip.number, date=words.date_time(slip.requested_at)
    )
    needed = words.date_time(slip.needed_by) if slip.needed_by else "—"
    story: list[Flowable] = [
        paper.title_block(_label(REQUEST_KIND, slip.kind), subtitle, slip.order_number or None),
        paper.gap(1.5 * mm),
        paper.fields(
            [
                (translate("RequestSlip", "From"), _label(DEPARTMENT, slip.from_department)),
                (translate("RequestSlip", "To"), _label(DEPARTMENT, slip.to_department)),
                (translate("RequestSlip", "Requested by"), slip.requested_by),
                (translate("RequestSlip", "Filed"), words.date_time(slip.requested_at)),
                (translate("RequestSlip", "Needed by"), needed),
                (translate("RequestSlip", "Status"), _label(REQUEST_STATUS, slip.status)),
                (translate("RequestSlip", "Taken by"), slip.taken_by or "—"),
                (
                    translate("RequestSlip", "Work order"),
                    slip.order_number or translate("RequestSlip", "Not linked"),
                ),
            ]
        ),
    ]
    if slip.car is not None:
        story += [
            paper.heading(translate("RequestSlip", "Vehicle")),
            paper.fields(
                [
                    (translate("RequestSlip", "Car"), slip.car.title),
                    (translate("RequestSlip", "Plate"), slip.car.plate or "—"),
                    (translate("RequestSlip", "VIN"), slip.car.vin or "—"),
                ],
                columns=3,
            ),
        ]
    story += [
        paper.heading(translate("RequestSlip", "What is asked")),
        paper.para(slip.subject or "—", bold=True),
    ]
    if slip.details:
        story += [paper.gap(1 * mm), paper.para(slip.details)]
    if slip.items:
        story += [
            paper.heading(translate("RequestSlip", "Parts")),
            parts_table(slip.items, prices=False),
        ]
    story.append(
        paper.signatures(
            [
                (translate("RequestSlip", "Issued by"), ""),
                (translate("RequestSlip", "Received by"), ""),
            ]
        )
    )
    return story
