"""The staff of the request tests, one cast for every file: the same person has the same
name and role wherever a test stands, so a failure reads alike in each."""

from __future__ import annotations

from desk_app.models import Role
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from tests.request_factories import make_person

CAST: dict[str, tuple[Role, str]] = {
    "manager": (Role.MANAGER, "Смирнова Анна"),
    "reception": (Role.RECEPTIONIST, "Петров Олег"),
    "other desk": (Role.RECEPTIONIST, "Лебедева Ирина"),
    "master": (Role.MASTER, "Волков Сергей"),
    "parts": (Role.PARTS_CLERK, "Козлов Денис"),
    "finance": (Role.FINANCE, "Орлова Мария"),
    "mechanic": (Role.MECHANIC, "Сидоров Павел"),
}


def make_people(db: Database, *keys: str) -> dict[str, Actor]:
    """The named members of ``CAST``, created in the order given (their ids follow it)."""
    return {key: make_person(db, CAST[key][0], name=CAST[key][1]) for key in keys}
