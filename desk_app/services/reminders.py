"""What the desk did about each contact of its "To contact" list, and what the card reads.

``contact_due`` makes the day's list (``contact_list`` and ``ContactItem`` are imported here
too, where the screens have always found them); here the desk notes a call-back (reached
with a score, or not: tried again the next day, three times at most), marks a task done or
puts it off, and after a mailing marks the reminders and greetings shown done in one go
(``mark_all_done``). ``reminder_export`` writes that mailing's file.

Two desks acting on one task: the second finds the row made or changed since its list was
loaded (the unique key, the version) and gets ``ContactTaken``, never a crash; in a bulk
action such tasks are skipped and counted instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app import clock
from desk_app.models import (
    Client,
    ContactKind,
    ContactLog,
    ContactState,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services.contact_due import ContactItem as ContactItem
from desk_app.services.contact_due import contact_list as contact_list
from desk_app.services.contact_due import logs_of, task_key
from desk_app.services.errors import DomainError, NotFound, StaleEdit, ValidationError
from desk_app.services.form_fields import Collector, free_text
from desk_app.services.permissions import Action, Actor
from desk_app.services.service_due import chunks
from desk_app.store.database import Database

MAX_CALL_ATTEMPTS = 3
COMMENT_LIMIT = 2000
MARKETING = frozenset({ContactKind.SERVICE_DUE, ContactKind.BIRTHDAY, ContactKind.HOLIDAY})
"""Reminders and greetings: mailed in bulk, and marked done in bulk after the mailing."""
BULK_TRIES = 3
"""A bulk action that meets another desk's write in the instant of saving starts over."""


class ContactTaken(StaleEdit):
    template = "Someone at another desk has just dealt with this contact; the list shows it anew."


@dataclass(frozen=True)
class CallBackResult:
    at: datetime
    order_number: str
    state: ContactState
    reached: bool | None
    satisfaction: int | None
    comment: str
    attempts: int


@dataclass(frozen=True)
class Recorded:
    """What became of a task; for a call-back, how many calls went unanswered."""

    state: ContactState
    attempts: int
    postponed_to: date | None


# -- acting on a task ----------------------------------------------------------------------


def record_call_back(
    db: Database,
    actor: Actor,
    client_id: int,
    order_id: int,
    reached: bool,
    satisfaction: int | None,
    comment: str,
    *,
    today: date,
    expected_version: int | None = None,
) -> Recorded:
    """Note a call-back: reached with a score (1–5) and a comment, or not reached.

    Not reached, the call is tried again tomorrow, and after the third try the desk gives
    up. ``expected_version`` is the version of the task's record the desk listed (None: none).
    """
    actor.require(Action.EDIT_CLIENTS)
    errors = Collector()
    if reached and (satisfaction is None or not 1 <= satisfaction <= 5):
        errors.add("satisfaction", "Choose how satisfied the client is, from 1 to 5.")
    with errors.check():
        comment = free_text("comment", comment, COMMENT_LIMIT)
    errors.raise_if_any()
    with _writing(db) as session:
        order = session.get(WorkOrder, order_id)
        if order is None or order.client_id != client_id:
            raise NotFound(what="work order")
        if order.status is not WorkOrderStatus.HANDED_OVER:
            raise DomainError(
                "Order {number} is not handed over yet: there is nothing to call back about.",
                number=order.number,
            )
        log = _log_to_change(
            session, client_id, ContactKind.CALL_BACK, f"order:{order_id}", expected_version
        )
        log.work_order_id = order_id
        if comment:
            log.comment = comment
        log.reached = reached
        if reached:
            log.state, log.satisfaction, log.postponed_to = ContactState.DONE, satisfaction, None
        else:
            log.attempts += 1
            given_up = log.attempts >= MAX_CALL_ATTEMPTS
            log.state = ContactState.GAVE_UP if given_up else ContactState.POSTPONED
            log.postponed_to = None if given_up else today + timedelta(days=1)
        return _save(session, actor, log)


def mark_done(db: Database, actor: Actor, item: ContactItem) -> Recorded:
    """The client was greeted, reminded or called: the task leaves the list."""
    return _settle(db, actor, item, ContactState.DONE, None)


def postpone(
    db: Database, actor: Actor, item: ContactItem, until: date, *, today: date
) -> Recorded:
    """Put the task off until ``until`` (a later day, while the task still means something)."""
    actor.require(Action.EDIT_CLIENTS)
    if until <= today:
        raise ValidationError("until", "Choose a day after today.")
    if item.task.last_day is not None and until > item.task.last_day:
        raise ValidationError("until", "That is too late: by then this contact has no point.")
    return _settle(db, actor, item, ContactState.POSTPONED, until)


def _settle(
    db: Database, actor: Actor, item: ContactItem, state: ContactState, until: date | None
) -> Recorded:
    actor.require(Action.EDIT_CLIENTS)
    task = item.task
    with _writing(db) as session:
        log = _log_to_change(session, task.client_id, task.kind, task.subject, item.log_version)
        log.state, log.postponed_to = state, until
        return _save(session, actor, log)


def markable_in_bulk(items: Iterable[ContactItem]) -> list[ContactItem]:
    """The items a bulk "done" may take: reminders and greetings, each task once.

    Call-backs stay out: each needs its own answer (reached, the score, or no answer).
    """
    return list({item.task: item for item in items if item.kind in MARKETING}.values())


def mark_all_done(db: Database, actor: Actor, items: Iterable[ContactItem]) -> int:
    """Mark the reminders and greetings among ``items`` done in one transaction; return how many.

    After a mailing the desk closes hundreds of tasks at once. A task another desk acted on
    (or whose client was erased) since the list was loaded is skipped: the caller tells the
    desk ``len(markable_in_bulk(items))`` minus the result. Call-backs are never taken.
    """
    actor.require(Action.EDIT_CLIENTS)
    wanted = markable_in_bulk(items)
    tries = 1
    while True:
        try:
            with _writing(db) as session:
                return _mark_done_in(session, actor, wanted)
        except ContactTaken:  # another desk wrote one of them between our look and our save
            if tries >= BULK_TRIES:
                raise
            tries += 1


def _mark_done_in(session: Session, actor: Actor, items: Sequence[ContactItem]) -> int:
    """Those still as listed, marked; new records inserted in one statement, not one each."""
    logs = logs_of(session, [item.task for item in items])
    reachable: set[int] = set()
    for batch in chunks(item.client_id for item in items):
        query = select(Client.id).where(Client.id.in_(batch), Client.anonymised_at.is_(None))
        reachable.update(session.scalars(query))
    now, fresh, marked = clock.now(), [], 0
    for item in items:
        log = logs.get(task_key(item.task))
        if item.client_id not in reachable or (log.version if log else None) != item.log_version:
            continue
        marked += 1
        if log is None:
            task = item.task
            fresh.append({"client_id": task.client_id, "kind": task.kind, "subject": task.subject,
                          "state": ContactState.DONE, "attempts": 0, "comment": "",
                          "updated_at": now, "updated_by_id": actor.id, "version": 1})  # fmt: skip
        else:
            log.state, log.postponed_to = ContactState.DONE, None
            log.updated_at, log.updated_by_id = now, actor.id
    if fresh:
        session.execute(insert(ContactLog), fresh)
    session.flush()
    return marked


@contextmanager
def _writing(db: Database) -> Iterator[Session]:
    """A unit of work that tells another desk's change apart from a bug."""
    try:
        with db.transaction() as session:
            yield session
    except (IntegrityError, StaleDataError):  # the same task's record, made or changed meanwhile
        raise ContactTaken() from None
    except OperationalError as error:
        raise DomainError(
            "The database is busy or out of reach; nothing was saved. Try again in a moment."
        ) from error


def _log_to_change(
    session: Session, client_id: int, kind: ContactKind, subject: str, expected: int | None
) -> ContactLog:
    """The task's record as the desk saw it (a new one if it saw none), else ``ContactTaken``."""
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(what="client")
    if client.anonymised_at is not None:
        raise DomainError("This client's personal data has been removed: he cannot be contacted.")
    log = _existing_log(session, client_id, kind, subject)
    if log is None and expected is None:
        log = ContactLog(client_id=client_id, kind=kind, subject=subject, attempts=0, comment="")
        session.add(log)
    elif log is None or log.version != expected:
        raise ContactTaken()
    return log


def _existing_log(
    session: Session, client_id: int, kind: ContactKind, subject: str
) -> ContactLog | None:
    return session.scalar(
        select(ContactLog).where(
            ContactLog.client_id == client_id,
            ContactLog.kind == kind,
            ContactLog.subject == subject,
        )
    )


def _save(session: Session, actor: Actor, log: ContactLog) -> Recorded:
    log.updated_at, log.updated_by_id = clock.now(), actor.id
    session.flush()
    return Recorded(log.state, log.attempts, log.postponed_to)


# -- what the client card reads ------------------------------------------------------------


def satisfaction_of(db: Database, actor: Actor, client_id: int) -> list[CallBackResult]:
    """The call-backs of one client, newest first: reached or not, his score, his words."""
    actor.require(Action.VIEW_CLIENTS)
    with db.transaction() as session:
        query = (
            select(ContactLog, WorkOrder.number)
            .outerjoin(WorkOrder, WorkOrder.id == ContactLog.work_order_id)
            .where(ContactLog.client_id == client_id, ContactLog.kind == ContactKind.CALL_BACK)
            .order_by(ContactLog.updated_at.desc(), ContactLog.id.desc())
        )
        return [
            CallBackResult(
                log.updated_at,
                number or "",
                log.state,
                log.reached,
                log.satisfaction,
                log.comment,
                log.attempts,
            )
            for log, number in session.execute(query)
        ]
