"""Editing a client card: the client's details and his cars, checked as the intake checks
them, and the warning of a second card for the same person.

A save carries the version the form was loaded with; if another desk saved the card in
between, it is refused (``StaleEdit``) and the form keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import Client, ClientKind, ClientPhone, ContactChannel, Vehicle
from desk_app.services import audit
from desk_app.services.errors import DomainError, NotFound, ValidationError
from desk_app.services.form_fields import (
    Collector,
    column_length,
    flush_versioned,
    free_text,
    one_line,
    row_to_edit,
)
from desk_app.services.intake_form import NewClient, NewVehicle, check_client, check_vehicle
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

OLDEST_BIRTHDAY_YEARS = 120


@dataclass(frozen=True)
class ClientForm:
    """The card's editable fields, as typed."""

    basics: NewClient
    """Kind, names, phones, e-mail, consent, referral: checked as at intake."""
    address: str = ""
    birthday: date | None = None
    preferred_channel: ContactChannel = ContactChannel.PHONE
    tax_id: str = ""
    contact_person: str = ""
    company_details: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Duplicate:
    """Another card that shares a phone or a car with the one being saved."""

    client_id: int
    display_name: str
    shared: tuple[str, ...] = field(default_factory=tuple)
    """The phones (E.164) and VINs both cards have."""


def check_client_form(form: ClientForm, errors: Collector) -> ClientForm:
    basics = check_client(form.basics, errors, "")
    address = _text(errors, "address", form.address, column_length(Client.address))
    tax_id = _text(errors, "tax_id", form.tax_id, column_length(Client.tax_id))
    if tax_id and not tax_id.replace(" ", "").isalnum():
        errors.add("tax_id", "A tax number has only letters and digits.")
    contact = _text(
        errors, "contact_person", form.contact_person, column_length(Client.contact_person)
    )
    details = notes = ""
    with errors.check():
        details = free_text("company_details", form.company_details, 4000)
    with errors.check():
        notes = free_text("notes", form.notes, 20000)
    today = clock.now().date()
    if form.birthday is not None:
        if form.birthday > today:
            errors.add("birthday", "A birthday cannot be in the future.")
        elif today.year - form.birthday.year > OLDEST_BIRTHDAY_YEARS:
            errors.add("birthday", "Check the year of birth.")
    try:
        channel = ContactChannel(form.preferred_channel)
    except ValueError:
        errors.add("preferred_channel", "Choose how the client likes to be contacted.")
        channel = ContactChannel.PHONE
    return ClientForm(
        basics=basics,
        address=address,
        birthday=form.birthday,
        preferred_channel=channel,
        tax_id=tax_id,
        contact_person=contact,
        company_details=details,
        notes=notes,
    )


def _text(errors: Collector, name: str, text: str, limit: int) -> str:
    with errors.check():
        return one_line(name, text, limit)
    return text


def update_client(
    db: Database, actor: Actor, client_id: int, form: ClientForm, *, expected_version: int
) -> int:
    """Save the card; returns its new version."""
    actor.require(Action.EDIT_CLIENTS)
    errors = Collector()
    clean = check_client_form(form, errors)
    errors.raise_if_any()
    basics = clean.basics
    company = basics.kind is ClientKind.COMPANY
    with db.transaction() as session:
        client = row_to_edit(session, Client, client_id, expected_version, "client card")
        if client.anonymised_at is not None:
            raise DomainError("This client's data was erased at his request; the card is closed.")
        # read before the first change: a load after it would flush the change too early,
        # outside ``flush_versioned``, and another desk's save would escape as a raw error
        kept = {phone.number: phone for phone in client.phones}
        client.kind = basics.kind
        client.last_name, client.first_name = basics.last_name, basics.first_name
        client.middle_name = basics.middle_name
        client.company_name = basics.company_name
        client.email = basics.email
        client.consent_to_contact = basics.consent_to_contact
        client.referral_source = basics.referral_source
        client.address = clean.address
        client.birthday = None if company else clean.birthday
        client.preferred_channel = clean.preferred_channel
        client.tax_id = clean.tax_id
        client.contact_person = clean.contact_person if company else ""
        client.company_details = clean.company_details if company else ""
        client.notes = clean.notes
        client.phones = [kept.get(number) or ClientPhone(number=number) for number in basics.phones]
        flush_versioned(session, "client card")
        audit.record(session, actor, "client", client.id, "update")
        return client.version


def update_vehicle(
    db: Database,
    actor: Actor,
    vehicle_id: int,
    data: NewVehicle,
    *,
    bought_here: bool,
    expected_version: int,
) -> int:
    actor.require(Action.EDIT_CLIENTS)
    errors = Collector()
    clean = check_vehicle(data, clock.now(), errors, "")
    errors.raise_if_any()
    with db.transaction() as session:
        vehicle = row_to_edit(session, Vehicle, vehicle_id, expected_version, "vehicle")
        _refuse_taken_vin(session, clean.vin, vehicle_id)
        for name in ("make", "model", "year", "plate", "engine_number", "colour"):
            setattr(vehicle, name, getattr(clean, name))
        vehicle.vin = clean.vin or None
        vehicle.bought_here = bought_here
        flush_versioned(session, "vehicle")
        audit.record(session, actor, "vehicle", vehicle.id, "update")
        return vehicle.version


def add_vehicle(
    db: Database, actor: Actor, client_id: int, data: NewVehicle, *, bought_here: bool = False
) -> int:
    actor.require(Action.EDIT_CLIENTS)
    errors = Collector()
    clean = check_vehicle(data, clock.now(), errors, "")
    errors.raise_if_any()
    with db.transaction() as session:
        if session.get(Client, client_id) is None:
            raise NotFound(what="client")
        _refuse_taken_vin(session, clean.vin, None)
        vehicle = Vehicle(
            owner_id=client_id,
            make=clean.make,
            model=clean.model,
            year=clean.year,
            plate=clean.plate,
            vin=clean.vin or None,
            engine_number=clean.engine_number,
            colour=clean.colour,
            bought_here=bought_here,
            created_at=clock.now(),
        )
        session.add(vehicle)
        session.flush()
        audit.record(session, actor, "vehicle", vehicle.id, "create", client=client_id)
        return vehicle.id


def _refuse_taken_vin(session: Session, vin: str, vehicle_id: int | None) -> None:
    if not vin:
        return
    query = select(Vehicle).where(Vehicle.vin == vin)
    if vehicle_id is not None:
        query = query.where(Vehicle.id != vehicle_id)
    other = session.scalar(query)
    if other is not None:
        raise ValidationError(
            "vin",
            "This VIN is already on file: {title} {plate}. Merge the cards instead.",
            title=other.title,
            plate=other.plate,
        )


def possible_duplicates(
    db: Database,
    actor: Actor,
    phones: Iterable[str],
    vins: Iterable[str] = (),
    *,
    exclude_client_id: int | None = None,
) -> list[Duplicate]:
    """Cards that already hold one of these phones (E.164) or VINs: the same person entered
    twice is noticed when the second card is made, and can be merged."""
    actor.require(Action.VIEW_CLIENTS)
    phone_set = {p for p in phones if p}
    vin_set = {v.upper() for v in vins if v}
    shared: dict[int, list[str]] = {}
    with db.transaction() as session:
        if phone_set:
            for client_id, number in session.execute(
                select(ClientPhone.client_id, ClientPhone.number).where(
                    ClientPhone.number.in_(phone_set)
                )
            ):
                shared.setdefault(client_id, []).append(number)
        if vin_set:
            for owner_id, vin in session.execute(
                select(Vehicle.owner_id, Vehicle.vin).where(Vehicle.vin.in_(vin_set))
            ):
                if owner_id is not None and vin:
                    shared.setdefault(owner_id, []).append(vin)
        shared.pop(exclude_client_id or 0, None)
        clients = {
            client.id: client
            for client in session.scalars(select(Client).where(Client.id.in_(shared)))
            if client.anonymised_at is None
        }
        return [
            Duplicate(client_id, clients[client_id].display_name, tuple(sorted(set(found))))
            for client_id, found in sorted(shared.items())
            if client_id in clients
        ]
