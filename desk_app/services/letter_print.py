"""Service reminder letters: the day's "To contact" reminders that can go by post.

Who is due and who consented is decided where the list and the CSV export decide it
(``contact_due.contact_list``, ``reminder_export.exportable``); here only the postal
address is added as a condition. The screen may keep the ``printable`` items and mark
them done after the mailing (``reminders.mark_all_done``), as it does after an export.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, tzinfo

from desk_app.documents.data import Requisites
from desk_app.documents.reminder_letters import Letter
from desk_app.models import ContactKind
from desk_app.services.contact_due import ContactItem, contact_list
from desk_app.services.order_print import requisites_of
from desk_app.services.permissions import Action, Actor
from desk_app.services.reminder_export import exportable
from desk_app.store.database import Database


def printable(items: Iterable[ContactItem]) -> list[ContactItem]:
    """The service reminders among ``items`` that may and can be posted: the client's
    consent to be contacted is on record and he has a postal address."""
    return [
        item
        for item in exportable(items)
        if item.kind is ContactKind.SERVICE_DUE and item.address.strip()
    ]


def letter_of(item: ContactItem, day: date, message: str = "") -> Letter:
    """The letter for one service reminder, dated ``day``."""
    return Letter(
        name=item.name,
        address=item.address.strip(),
        car=item.vehicle,
        plate=item.plate,
        due_date=item.due,
        due_km=item.task.due_km,
        message=message,
        written_on=day,
    )


def reminder_letters(
    db: Database, actor: Actor, day: date, *, tz: tzinfo | None = None, message: str = ""
) -> list[Letter]:
    """The letters for the service reminders due on ``day`` (the desk's date; ``tz`` its
    zone), one per car, in the list's order.

    Left out: clients who have not consented to be contacted (or were erased), clients
    without a postal address (the desk phones or e-mails them instead), reminders the desk
    already marked done or put off, call-backs and greetings. ``message``: a few words of
    the shop's own, printed on every letter.
    """
    actor.require(Action.PRINT_DOCUMENTS)
    items = contact_list(db, actor, day, [ContactKind.SERVICE_DUE], tz=tz)
    return [letter_of(item, day, message) for item in printable(items)]


def letterhead(db: Database, actor: Actor) -> Requisites:
    """The shop's requisites for the letterhead; anyone logged in may read them."""
    with db.transaction() as session:
        return requisites_of(session)
