"""Two cards of one client made one, and a client's personal data erased at his request.

- **Merge**: the same person entered twice (found by a shared phone or VIN) becomes one
  card. Every visit, car, booking and contact of the second card moves to the kept one;
  the kept card's fields win, and its empty ones are filled from the second; notes are
  joined. The kept card's consent to contact stands: it is his latest word.
- **Forget**: a client who asks to be forgotten loses his name, contacts, birthday, notes
  and the plates of his cars; the card stays as "#<id>" so that the work orders, which the
  shop must keep for accounting and warranty, still add up.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    Client,
    ClientKind,
    ClientPhone,
    ContactLog,
    Vehicle,
    WorkOrder,
)
from desk_app.services import audit
from desk_app.services.errors import DomainError
from desk_app.services.form_fields import flush_versioned, row_to_edit
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

FILLED_FROM_SECOND = (
    "middle_name",
    "company_name",
    "tax_id",
    "contact_person",
    "company_details",
    "email",
    "address",
    "birthday",
    "referral_source",
)
WHAT = "client card"


def merge_clients(
    db: Database,
    actor: Actor,
    keep_id: int,
    drop_id: int,
    *,
    keep_version: int,
    drop_version: int,
) -> None:
    actor.require(Action.MERGE_CLIENTS)
    if keep_id == drop_id:
        raise DomainError("Choose two different cards to merge.")
    with db.transaction() as session:
        keep = row_to_edit(session, Client, keep_id, keep_version, WHAT)
        drop = row_to_edit(session, Client, drop_id, drop_version, WHAT)
        if keep.anonymised_at is not None or drop.anonymised_at is not None:
            raise DomainError("An erased card cannot be merged.")
        _move_records(session, keep_id, drop_id)
        known = {phone.number for phone in keep.phones}
        for phone in list(drop.phones):
            if phone.number not in known:
                keep.phones.append(ClientPhone(number=phone.number))
                known.add(phone.number)
        for name in FILLED_FROM_SECOND:
            if not getattr(keep, name) and getattr(drop, name):
                setattr(keep, name, getattr(drop, name))
        if not (keep.last_name or keep.first_name) and keep.kind is ClientKind.PERSON:
            keep.last_name, keep.first_name = drop.last_name, drop.first_name
        keep.notes = "\n\n".join(text for text in (keep.notes, drop.notes) if text)
        keep.created_at = min(keep.created_at, drop.created_at)
        dropped_name = drop.display_name
        session.delete(drop)
        flush_versioned(session, WHAT)
        audit.record(
            session, actor, "client", keep_id, "merge", merged=drop_id, merged_name=dropped_name
        )


def _move_records(session: Session, keep_id: int, drop_id: int) -> None:
    """Cars, visits and bookings change owner (their versions move: open forms see it)."""
    for model, column in (
        (Vehicle, Vehicle.owner_id),
        (WorkOrder, WorkOrder.client_id),
        (Appointment, Appointment.client_id),
    ):
        session.execute(
            update(model)
            .where(column == drop_id)
            .values({column.key: keep_id, "version": model.version + 1})
            .execution_options(synchronize_session=False)
        )
    kept = {
        (kind, subject)
        for kind, subject in session.execute(
            select(ContactLog.kind, ContactLog.subject).where(ContactLog.client_id == keep_id)
        )
    }
    for log in session.scalars(select(ContactLog).where(ContactLog.client_id == drop_id)):
        if (log.kind, log.subject) in kept:
            session.delete(log)
        else:
            log.client_id = keep_id
    session.flush()
    session.expire_all()


def forget_client(db: Database, actor: Actor, client_id: int, *, expected_version: int) -> None:
    actor.require(Action.FORGET_CLIENT)
    with db.transaction() as session:
        client = row_to_edit(session, Client, client_id, expected_version, WHAT)
        if client.anonymised_at is not None:
            raise DomainError("This client's data is already erased.")
        client.kind = ClientKind.PERSON
        client.last_name = f"#{client.id}"
        for name in ("first_name", "middle_name", "company_name", "tax_id", "contact_person"):
            setattr(client, name, "")
        for name in ("company_details", "email", "address", "referral_source", "notes"):
            setattr(client, name, "")
        client.birthday = None
        client.consent_to_contact = False
        client.phones = []
        client.anonymised_at = clock.now()
        session.execute(
            update(Vehicle)
            .where(Vehicle.owner_id == client_id)
            .values(plate="", version=Vehicle.version + 1)
            .execution_options(synchronize_session=False)
        )
        session.execute(delete(ContactLog).where(ContactLog.client_id == client_id))
        for booking in session.scalars(
            select(Appointment).where(
                Appointment.client_id == client_id,
                Appointment.status == AppointmentStatus.BOOKED,
            )
        ):
            booking.status = AppointmentStatus.CANCELLED
            booking.note = ""
        flush_versioned(session, WHAT)
        audit.record(session, actor, "client", client_id, "forget")
