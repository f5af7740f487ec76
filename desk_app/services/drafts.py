"""Drafts of the intake form: nothing typed is lost to a crash or an accidental close.

The form calls ``save_draft`` every few seconds while it is being filled; at the next start
``pending_draft`` offers the draft back; ``accept_vehicle`` deletes it with the saved order,
and ``discard_draft`` when the desk declines it. Each person has at most one draft.

The payload is JSON the form builds. ``form_to_payload`` makes it from an ``IntakeForm``::

    {"format": 1,
     "form": {"client_id": 12 | null,
              "new_client": {"kind": "person", "last_name": "", "first_name": "",
                             "middle_name": "", "company_name": "", "phones": ["+7 916…"],
                             "email": "", "consent_to_contact": false,
                             "referral_source": ""} | null,
              "vehicle_id": 7 | null,
              "new_vehicle": {"make", "model", "year": 2019 | null, "plate", "vin",
                              "engine_number", "colour"} | null,
              "odometer_km": 123456 | null, "odometer_rollback_confirmed": false,
              "fuel_level": 50 | null, "complaints": "…",
              "works": [{"name", "norm_hours": "1.50", "rate": "2200.00",
                         "operation_id": 3 | null}],
              "client_parts": [{"name", "part_number", "quantity": "1"}],
              "completeness": ["Spare wheel", …],
              "inspection": [{"name", "state": "ok|attention|urgent", "note"}],
              "damage_marks": [{"kind": "dent", "x": 0.42, "y": 0.17, "note"}],
              "estimate": "5000.00", "prepayment": "0.00",
              "promised_at": "2026-11-24T15:00:00+00:00" | null,
              "appointment_id": null}}

Decimals travel as text (exact), datetimes as ISO 8601 with their offset. The form may add
keys of its own beside ``form`` (e.g. ``"ui": {...}`` for the search text); they are kept.
``payload_to_form`` never fails on an old or damaged draft: what it cannot read is left
at the form's default, because a draft must never stand between the desk and its work.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app import clock
from desk_app.models import ClientKind, DamageKind, InspectionState, IntakeDraft
from desk_app.services.damage import MarkData
from desk_app.services.errors import ValidationError
from desk_app.services.intake_form import (
    ClientPart,
    InspectionEntry,
    IntakeForm,
    NewClient,
    NewVehicle,
    WorkItem,
)
from desk_app.services.permissions import Action, Actor
from desk_app.store.database import Database

PAYLOAD_FORMAT = 1
MAX_PAYLOAD_CHARS = 1_000_000
"""A form is a few kilobytes; a megabyte means something was pasted by mistake."""

E = TypeVar("E", bound=Enum)
D = TypeVar("D")


@dataclass(frozen=True)
class Draft:
    id: int
    updated_at: datetime
    payload: dict[str, Any]
    version: int


def save_draft(db: Database, actor: Actor, payload: Mapping[str, Any]) -> int:
    """Keep ``payload`` as the actor's draft, replacing the previous one; returns its id."""
    actor.require(Action.ACCEPT_VEHICLE)
    try:
        text = json.dumps(payload, ensure_ascii=False)
    except (TypeError, ValueError) as error:
        raise ValidationError(
            "draft", "The draft cannot be kept: {detail}.", detail=str(error)
        ) from None
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValidationError("draft", "The form is too large to keep as a draft.")
    stored = json.loads(text)
    for attempt in (1, 2):
        try:
            return _upsert(db, actor, stored)
        except IntegrityError:  # another window of the same person inserted it just now
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _upsert(db: Database, actor: Actor, payload: dict[str, Any]) -> int:
    with db.transaction() as session:
        draft = session.scalar(select(IntakeDraft).where(IntakeDraft.staff_id == actor.id))
        if draft is None:
            draft = IntakeDraft(staff_id=actor.id, payload=payload, updated_at=clock.now())
            session.add(draft)
        else:
            draft.payload = payload
            draft.updated_at = clock.now()
        session.flush()
        return draft.id


def pending_draft(db: Database, actor: Actor) -> Draft | None:
    """The draft the actor left unsaved, to offer back; None if there is none."""
    actor.require(Action.ACCEPT_VEHICLE)
    with db.transaction() as session:
        draft = session.scalar(select(IntakeDraft).where(IntakeDraft.staff_id == actor.id))
        if draft is None:
            return None
        return Draft(draft.id, draft.updated_at, dict(draft.payload), draft.version)


def discard_draft(db: Database, actor: Actor) -> None:
    actor.require(Action.ACCEPT_VEHICLE)
    with db.transaction() as session:
        delete_draft_of(session, actor.id)


def delete_draft_of(session: Session, staff_id: int) -> None:
    """Inside the caller's unit of work: the intake that saves the order drops its draft."""
    session.execute(delete(IntakeDraft).where(IntakeDraft.staff_id == staff_id))


# -- the payload ----------------------------------------------------------------------------


def form_to_payload(form: IntakeForm) -> dict[str, Any]:
    return {"format": PAYLOAD_FORMAT, "form": _encode(form)}


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {field.name: _encode(getattr(value, field.name)) for field in fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def payload_to_form(payload: Mapping[str, Any]) -> IntakeForm:
    data = _dict(payload.get("form"))
    new_client, new_vehicle = data.get("new_client"), data.get("new_vehicle")
    defaults = IntakeForm()
    return IntakeForm(
        client_id=_int(data.get("client_id")),
        new_client=_new_client(new_client) if isinstance(new_client, dict) else None,
        vehicle_id=_int(data.get("vehicle_id")),
        new_vehicle=_new_vehicle(new_vehicle) if isinstance(new_vehicle, dict) else None,
        odometer_km=_int(data.get("odometer_km")),
        odometer_rollback_confirmed=data.get("odometer_rollback_confirmed") is True,
        fuel_level=_int(data.get("fuel_level")),
        complaints=_str(data.get("complaints")),
        works=tuple(_work(_dict(item)) for item in _list(data.get("works"))),
        client_parts=tuple(_part(_dict(item)) for item in _list(data.get("client_parts"))),
        completeness=tuple(_str(name) for name in _list(data.get("completeness"))),
        inspection=tuple(_inspection(_dict(item)) for item in _list(data.get("inspection"))),
        damage_marks=tuple(
            mark for item in _list(data.get("damage_marks")) if (mark := _mark(_dict(item)))
        ),
        estimate=_decimal(data.get("estimate"), defaults.estimate),
        prepayment=_decimal(data.get("prepayment"), defaults.prepayment),
        promised_at=_datetime(data.get("promised_at")),
        appointment_id=_int(data.get("appointment_id")),
        discount_percent=_decimal(data.get("discount_percent"), defaults.discount_percent),
        discount_reason=_str(data.get("discount_reason")),
    )


def _new_client(data: dict[str, Any]) -> NewClient:
    return NewClient(
        kind=_enum(ClientKind, data.get("kind"), ClientKind.PERSON),
        last_name=_str(data.get("last_name")),
        first_name=_str(data.get("first_name")),
        middle_name=_str(data.get("middle_name")),
        company_name=_str(data.get("company_name")),
        phones=tuple(_str(phone) for phone in _list(data.get("phones"))),
        email=_str(data.get("email")),
        consent_to_contact=data.get("consent_to_contact") is True,
        referral_source=_str(data.get("referral_source")),
    )


def _new_vehicle(data: dict[str, Any]) -> NewVehicle:
    texts = ("make", "model", "plate", "vin", "engine_number", "colour")
    return NewVehicle(year=_int(data.get("year")), **{name: _str(data.get(name)) for name in texts})


def _work(data: dict[str, Any]) -> WorkItem:
    return WorkItem(
        name=_str(data.get("name")),
        norm_hours=_decimal(data.get("norm_hours"), Decimal("0")),
        rate=_decimal(data.get("rate"), Decimal("0.00")),
        operation_id=_int(data.get("operation_id")),
    )


def _part(data: dict[str, Any]) -> ClientPart:
    return ClientPart(
        name=_str(data.get("name")),
        part_number=_str(data.get("part_number")),
        quantity=_decimal(data.get("quantity"), Decimal("1")),
    )


def _inspection(data: dict[str, Any]) -> InspectionEntry:
    return InspectionEntry(
        name=_str(data.get("name")),
        state=_enum(InspectionState, data.get("state"), InspectionState.OK),
        note=_str(data.get("note")),
    )


def _mark(data: dict[str, Any]) -> MarkData | None:
    """A mark, or None when the draft lost its kind or place (it cannot be guessed)."""
    kind = _enum(DamageKind, data.get("kind"), None)
    x, y = _float(data.get("x")), _float(data.get("y"))
    if kind is None or x is None or y is None:
        return None
    return MarkData(kind, x, y, _str(data.get("note")))


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    """Diagram positions are fractions, so floats are right here (they are not money)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _decimal(value: Any, default: Decimal) -> Decimal:
    if not isinstance(value, str | int) or isinstance(value, bool):
        return default
    try:
        number = Decimal(value)
    except InvalidOperation:
        return default
    return number if number.is_finite() else default


def _datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _enum(kind: type[E], value: Any, default: D) -> E | D:
    try:
        return kind(value)
    except ValueError:
        return default
