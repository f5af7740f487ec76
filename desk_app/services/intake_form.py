"""What the intake form holds, as plain values, and the checks that need no database.

``IntakeForm`` is what the form hands to ``intake.accept_vehicle`` and what a draft keeps
(``drafts.form_to_payload``). ``check_form`` cleans every value (phones to E.164, plates and
VINs normalised, money rounded) and notes every problem under the name of its field:

- ``client`` (pick one or enter a new one), ``new_client.kind``, ``new_client.last_name``
  (a person's name), ``new_client.company_name``, ``new_client.phones`` (none given) and
  ``new_client.phones.<i>``, ``new_client.email``, ``new_client.referral_source``;
- ``vehicle``, ``new_vehicle.<make|model|year|plate|vin|engine_number|colour>``;
- ``odometer_km``, ``fuel_level``, ``complaints``, ``completeness``, ``damage_marks``,
  ``estimate``, ``prepayment``, ``promised_at``, ``appointment_id``;
- ``works.<i>.<name|norm_hours|rate|operation_id>``, ``works`` (too many lines),
  ``client_parts.<i>.<name|part_number|quantity>``, ``inspection.<i>.<name|state|note>``.

``<i>`` counts from 0 in the order of the form's tuples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from desk_app.models import (
    ChecklistItem,
    Client,
    ClientKind,
    InspectionItem,
    InspectionState,
    LabourLine,
    PartLine,
    Vehicle,
    WorkOrder,
)
from desk_app.services import damage
from desk_app.services.damage import MarkData
from desk_app.services.form_fields import (
    Collector,
    amount,
    column_length,
    free_text,
    one_line,
    quantity,
)
from desk_app.services.price_list import HOURS_PLACES, MAX_NORM_HOURS
from desk_app.services.validation import check_phone, check_plate, check_vin

FUEL_STEPS: tuple[int, ...] = tuple(round(eighth * 100 / 8) for eighth in range(9))
"""The fuel gauge read in eighths, as percent: 0, 12, 25, 38, 50, 62, 75, 88, 100."""
MAX_COMPLAINTS = 4000
"""About a page: what fits on the printed act in the client's own words."""
MAX_LINES = 100
"""Works or client parts on one order; more is a paste gone wrong."""
MAX_QUANTITY = Decimal("9999999.999")
QUANTITY_PLACES = 3
"""``PartLine.quantity`` is NUMERIC(10, 3)."""
MIN_YEAR, MAX_YEAR_AHEAD = 1900, 1
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
"""A light check that catches typos; whether the address exists shows when a letter bounces."""


@dataclass(frozen=True)
class NewClient:
    kind: ClientKind = ClientKind.PERSON
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    company_name: str = ""
    phones: tuple[str, ...] = ()
    """As typed; stored in E.164. At least one is needed to call the client back."""
    email: str = ""
    consent_to_contact: bool = False
    referral_source: str = ""
    """Who sent the client (a friend, an agent at the car park, the website…)."""


@dataclass(frozen=True)
class NewVehicle:
    make: str = ""
    model: str = ""
    year: int | None = None
    plate: str = ""
    vin: str = ""
    engine_number: str = ""
    colour: str = ""


@dataclass(frozen=True)
class WorkItem:
    """A requested work: from the price list (``operation_id``) or typed as free text."""

    name: str
    norm_hours: Decimal
    rate: Decimal
    operation_id: int | None = None


@dataclass(frozen=True)
class ClientPart:
    """A part the client brought: recorded on the order, not charged."""

    name: str
    part_number: str = ""
    quantity: Decimal = Decimal("1")


@dataclass(frozen=True)
class InspectionEntry:
    name: str
    state: InspectionState
    note: str = ""


@dataclass(frozen=True)
class IntakeForm:
    """Everything the desk records when a car is accepted.

    Exactly one of ``client_id``/``new_client`` and one of ``vehicle_id``/``new_vehicle``.
    ``completeness`` holds the names of the things checked as left in the car.
    """

    client_id: int | None = None
    new_client: NewClient | None = None
    vehicle_id: int | None = None
    new_vehicle: NewVehicle | None = None
    odometer_km: int | None = None
    odometer_rollback_confirmed: bool = False
    fuel_level: int | None = None
    """Percent of a full tank, 0–100 (``FUEL_STEPS`` are the gauge's marks)."""
    complaints: str = ""
    """The client's own words; may stay empty when the works say it all."""
    works: tuple[WorkItem, ...] = ()
    client_parts: tuple[ClientPart, ...] = ()
    completeness: tuple[str, ...] = ()
    inspection: tuple[InspectionEntry, ...] = ()
    damage_marks: tuple[MarkData, ...] = ()
    estimate: Decimal = Decimal("0.00")
    prepayment: Decimal = Decimal("0.00")
    promised_at: datetime | None = None
    appointment_id: int | None = None
    discount_percent: Decimal = Decimal("0")
    """The regular client's discount the desk applies; never above what the rule gives."""
    discount_reason: str = ""
    """Why, in the desk's words (it is printed on the handover sheet)."""


def check_form(form: IntakeForm, now: datetime, errors: Collector) -> IntakeForm:
    """The form with every value cleaned; each problem is noted in ``errors``.

    Values that fail keep what was typed, so later checks still run on the rest.
    """
    if (form.client_id is None) == (form.new_client is None):
        errors.add("client", "Pick the client, or enter a new one.")
    if (form.vehicle_id is None) == (form.new_vehicle is None):
        errors.add("vehicle", "Pick the car, or enter a new one.")
    new_client = check_client(form.new_client, errors) if form.new_client else None
    new_vehicle = check_vehicle(form.new_vehicle, now, errors) if form.new_vehicle else None
    works = tuple(_check_work(i, work, errors) for i, work in enumerate(form.works))
    parts = tuple(_check_part(i, part, errors) for i, part in enumerate(form.client_parts))
    if len(works) > MAX_LINES:
        errors.add("works", "At most {limit} works fit on one order.", limit=MAX_LINES)
    if len(parts) > MAX_LINES:
        errors.add("client_parts", "At most {limit} parts fit on one order.", limit=MAX_LINES)
    complaints = form.complaints
    with errors.check():
        complaints = free_text("complaints", form.complaints, MAX_COMPLAINTS)
        if not complaints and not works:
            errors.add("complaints", "Write down what the client asks for, or add a work.")
    fuel = form.fuel_level
    if fuel is None:
        errors.add("fuel_level", "Set the fuel level.")
    elif isinstance(fuel, bool) or not 0 <= fuel <= 100:
        errors.add("fuel_level", "The fuel level is from 0 to 100 %.")
    estimate, prepayment = form.estimate, form.prepayment
    with errors.check():
        estimate = amount("estimate", form.estimate)
    with errors.check():
        prepayment = amount("prepayment", form.prepayment)
    _check_promise(form.promised_at, now, errors)
    discount, reason = form.discount_percent, form.discount_reason
    with errors.check():
        discount = quantity("discount_percent", discount, places=2, maximum=Decimal(100))
    reason = _line(errors, "discount_percent", reason, column_length(WorkOrder.discount_reason))
    marks = form.damage_marks
    with errors.check():
        marks = tuple(damage.check_marks(form.damage_marks))
    return replace(
        form,
        new_client=new_client,
        new_vehicle=new_vehicle,
        complaints=complaints,
        works=works,
        client_parts=parts,
        completeness=_check_completeness(form.completeness, errors),
        inspection=_check_inspection(form.inspection, errors),
        damage_marks=marks,
        estimate=estimate,
        prepayment=prepayment,
        discount_percent=discount,
        discount_reason=reason if discount else "",
    )


def _line(errors: Collector, field: str, text: str, limit: int, required: str = "") -> str:
    """One single-line field: the cleaned text, or the text as typed after noting a problem."""
    with errors.check():
        return one_line(field, text, limit, required=required or None)
    return text


def check_client(client: NewClient, errors: Collector, f: str = "new_client.") -> NewClient:
    """The client's part of a form, cleaned; problems go to ``errors`` under ``f`` + field.

    The intake and the client card share it, so a card is checked as an intake is."""
    try:
        kind = ClientKind(client.kind)
    except ValueError:
        errors.add(f + "kind", "Choose a person or a company.")
        kind = ClientKind.PERSON
    limit = column_length(Client.last_name)
    person = kind is ClientKind.PERSON
    last, first, middle = (
        _line(errors, f + name, getattr(client, name), limit) if person else ""
        for name in ("last_name", "first_name", "middle_name")
    )
    company = ""
    if kind is ClientKind.COMPANY:
        company = _line(
            errors,
            f + "company_name",
            client.company_name,
            column_length(Client.company_name),
            "Enter the company's name.",
        )
    elif not (last or first) and not errors.has(f + "last_name"):
        errors.add(f + "last_name", "Enter the client's name.")
    phones: list[str] = []
    for i, typed in enumerate(client.phones):
        check = check_phone(typed, field=f"{f}phones.{i}")
        if errors.result(check) and check.value and check.value not in phones:
            phones.append(check.value)
    if not phones and not any(e.field.startswith(f + "phones.") for e in errors.errors):
        errors.add(f + "phones", "Enter a phone number to reach the client.")
    email = _line(errors, f + "email", client.email, column_length(Client.email))
    if email and not _EMAIL.fullmatch(email):
        errors.add(f + "email", "This is not an e-mail address: {text}.", text=email[:40])
    referral = _line(
        errors, f + "referral_source", client.referral_source, column_length(Client.referral_source)
    )
    return replace(
        client,
        kind=kind,
        last_name=last,
        first_name=first,
        middle_name=middle,
        company_name=company,
        phones=tuple(phones),
        email=email,
        referral_source=referral,
    )


def check_vehicle(
    vehicle: NewVehicle, now: datetime, errors: Collector, f: str = "new_vehicle."
) -> NewVehicle:
    """The vehicle's part of a form, cleaned (shared by the intake and the client card)."""
    make = _line(
        errors, f + "make", vehicle.make, column_length(Vehicle.make), "Enter the car's make."
    )

    def text(name: str) -> str:
        return _line(
            errors, f + name, getattr(vehicle, name), column_length(getattr(Vehicle, name))
        )

    year = vehicle.year
    if year is not None and not MIN_YEAR <= year <= now.year + MAX_YEAR_AHEAD:
        errors.add(
            f + "year",
            "The year of manufacture is from {first} to {last}.",
            first=MIN_YEAR,
            last=now.year + MAX_YEAR_AHEAD,
        )
    plate = check_plate(vehicle.plate, field=f + "plate")
    vin = check_vin(vehicle.vin, field=f + "vin")
    errors.result(plate)
    errors.result(vin)
    return replace(
        vehicle,
        make=make,
        model=text("model"),
        plate=plate.value,
        vin=vin.value,
        engine_number=text("engine_number"),
        colour=text("colour"),
    )


def _check_work(i: int, work: WorkItem, errors: Collector) -> WorkItem:
    f = f"works.{i}."
    name = _line(errors, f + "name", work.name, column_length(LabourLine.name), "Name the work.")
    hours, rate = work.norm_hours, work.rate
    with errors.check():
        hours = quantity(
            f + "norm_hours", work.norm_hours, places=HOURS_PLACES, maximum=MAX_NORM_HOURS
        )
    with errors.check():
        rate = amount(f + "rate", work.rate)
    return replace(work, name=name, norm_hours=hours, rate=rate)


def _check_part(i: int, part: ClientPart, errors: Collector) -> ClientPart:
    f = f"client_parts.{i}."
    name = _line(errors, f + "name", part.name, column_length(PartLine.name), "Name the part.")
    number = _line(errors, f + "part_number", part.part_number, column_length(PartLine.part_number))
    count = part.quantity
    with errors.check():
        count = quantity(
            f + "quantity",
            part.quantity,
            places=QUANTITY_PLACES,
            maximum=MAX_QUANTITY,
            allow_zero=False,
        )
    return replace(part, name=name, part_number=number, quantity=count)


def _check_completeness(names: tuple[str, ...], errors: Collector) -> tuple[str, ...]:
    """The names checked, cleaned, each once, in the order given."""
    kept: list[str] = []
    limit = column_length(ChecklistItem.name)
    for name in names:
        cleaned = _line(errors, "completeness", name, limit)
        if cleaned and cleaned not in kept:
            kept.append(cleaned)
    return tuple(kept)


def _check_inspection(
    entries: tuple[InspectionEntry, ...], errors: Collector
) -> tuple[InspectionEntry, ...]:
    checked: list[InspectionEntry] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        f = f"inspection.{i}."
        name = _line(
            errors, f + "name", entry.name, column_length(InspectionItem.name), "Name the point."
        )
        if name and name.casefold() in seen:
            errors.add(f + "name", "“{name}” is on the inspection list twice.", name=name)
        seen.add(name.casefold())
        state = entry.state
        try:
            state = InspectionState(entry.state)
        except ValueError:
            errors.add(f + "state", "Choose ok, attention or urgent.")
        note = _line(errors, f + "note", entry.note, column_length(InspectionItem.note))
        checked.append(InspectionEntry(name, state, note))
    return tuple(checked)


def _check_promise(promised_at: datetime | None, now: datetime, errors: Collector) -> None:
    if promised_at is None:
        errors.add("promised_at", "Set the time the car is promised for.")
    elif promised_at.tzinfo is None:
        errors.add("promised_at", "The promised time has no time zone.")
    elif promised_at <= now:
        errors.add("promised_at", "The promised time has already passed.")
