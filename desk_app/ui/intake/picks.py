"""The client and car the form works on when they are already on file, and typed text read.

The search box hands over an ``IntakeHit`` (a client with one of his cars). An appointment,
a draft, or a "use this client" offer name only ids; ``lookup_hit`` finds the same line
through the intake search with whatever text is known (a phone, a VIN, a name), so the form
shows a picked client the same way whichever path brought him.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desk_app.errors import DeskError
from desk_app.services import clients
from desk_app.services.client_search import IntakeHit, MatchRank, find_for_intake
from desk_app.services.intake_form import IntakeForm
from desk_app.services.permissions import Actor
from desk_app.services.validation import PlateKind, check_plate, normalise_vin
from desk_app.store.database import Database

_HIT_TEXTS = ("display_name", "phone", "vehicle_title", "plate", "vin")
LOOKUP_LIMIT = 50
PHONE_CHARACTERS = set("0123456789+-() .")


def hit_to_dict(hit: IntakeHit) -> dict[str, Any]:
    """What a draft keeps of a picked line, to show it again without a search."""
    return {
        "client_id": hit.client_id,
        "vehicle_id": hit.vehicle_id,
        **{name: getattr(hit, name) for name in _HIT_TEXTS},
    }


def hit_from_dict(data: Any) -> IntakeHit | None:
    if not isinstance(data, dict) or not isinstance(data.get("client_id"), int):
        return None
    vehicle_id = data.get("vehicle_id")
    return IntakeHit(
        client_id=data["client_id"],
        vehicle_id=vehicle_id if isinstance(vehicle_id, int) else None,
        **{name: str(data.get(name) or "") for name in _HIT_TEXTS},
        matched=frozenset(),
        rank=MatchRank.EXACT,
    )


def lookup_hit(
    db: Database,
    actor: Actor,
    client_id: int,
    vehicle_id: int | None,
    hints: Iterable[str] = (),
) -> IntakeHit | None:
    """The search line of this client and car, found by one of ``hints`` or by his card.

    None when neither the search nor the card finds the client (deleted meanwhile).
    """
    texts = [hint for hint in hints if hint and hint.strip()]
    try:
        row = clients.get_client_row(db, actor, client_id)
    except DeskError:
        row = None
    if row is not None:
        texts += [row.phone, row.display_name]
    for text in texts:
        try:
            hits = find_for_intake(db, actor, text, limit=LOOKUP_LIMIT)
        except DeskError:
            return None
        for hit in hits:
            if hit.client_id == client_id and hit.vehicle_id == vehicle_id:
                return hit
    if row is None:
        return None
    return IntakeHit(
        client_id=client_id,
        vehicle_id=vehicle_id,
        display_name=row.display_name,
        phone=row.phone,
        vehicle_title="",
        plate="",
        vin="",
        matched=frozenset(),
        rank=MatchRank.EXACT,
    )


def looks_like_phone(text: str) -> bool:
    digits = sum(char.isdigit() for char in text)
    return digits >= 5 and all(char in PHONE_CHARACTERS for char in text.strip())


def vehicle_field_of(text: str) -> str:
    """Which field of a new car a search text belongs in: "plate", "vin" or "" (neither)."""
    text = text.strip()
    if not text:
        return ""
    if check_plate(text).kind not in (None, PlateKind.OTHER):
        return "plate"
    vin = normalise_vin(text)
    if len(vin) >= 11 and vin.isascii() and vin.isalnum():
        return "vin"
    return "plate" if len(text) <= 10 and any(c.isdigit() for c in text) else ""


def split_name(text: str) -> tuple[str, str, str]:
    """ "Иванов Иван Петрович" as last, first and middle name, the way Russian forms ask."""
    words = text.split()
    last = words[0] if words else ""
    first = words[1] if len(words) > 1 else ""
    middle = " ".join(words[2:])
    return last, first, middle


def describe(form: IntakeForm, client: IntakeHit | None, car: IntakeHit | None) -> str:
    """Whose car an intake is about, in a few words: "Иванов Иван, Lada Vesta А123ВС77"."""
    name = client.display_name if client else ""
    if not name and form.new_client is not None:
        typed = form.new_client
        name = typed.company_name or " ".join(p for p in (typed.last_name, typed.first_name) if p)
    if car is not None:
        what = " ".join(p for p in (car.vehicle_title, car.plate) if p)
    elif form.new_vehicle is not None:
        new = form.new_vehicle
        what = " ".join(p for p in (new.make, new.model, new.plate) if p)
    else:
        what = ""
    return ", ".join(p for p in (name.strip(), what) if p)
