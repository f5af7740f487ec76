"""Cleaning and checking the plain values of the desk's forms, and collecting every problem.

A form shows each message next to its field, so a service that saves a whole form checks
every field and raises ``InvalidForm`` with all the problems at once, not just the first.
Lengths come from the columns the values are stored in, so a limit is written down once.

A form saves against the version of the row it loaded (``row_to_edit``, ``flush_versioned``);
when another desk saved the row in between, the save is refused with ``StaleEdit``, which
names who saved it and when, as the audit log (and a work order's status history) records.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app.models import (
    Appointment,
    AuditEntry,
    ChecklistItem,
    Client,
    InternalRequest,
    JointGoal,
    Staff,
    StatusChange,
    SurveyRound,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
    to_money,
)
from desk_app.models.base import Versioned
from desk_app.services.errors import NotFound, StaleEdit, ValidationError
from desk_app.services.validation.problems import CheckResult

R = TypeVar("R", bound=Versioned)
log = logging.getLogger(__name__)

MAX_MONEY = Decimal("999999999.99")
"""Far above any car repair, and well inside the NUMERIC(14, 2) columns."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""Control characters other than tab and line feed: invisible, and PostgreSQL refuses NUL."""
_SPACES = re.compile(r"\s+")


class InvalidForm(ValidationError):
    """Several fields are wrong; ``errors`` has one ``ValidationError`` per problem.

    It is itself the first of them, so code that shows a single ``ValidationError`` next to
    its field keeps working; a form that can show them all reads ``errors``.
    """

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        if not errors:
            raise ValueError("InvalidForm needs at least one error")
        first = errors[0]
        super().__init__(first.field, first.template, **first.params)
        self.errors: tuple[ValidationError, ...] = tuple(errors)

    @property
    def fields(self) -> list[str]:
        return [error.field for error in self.errors]


class Collector:
    """Gathers the problems of a whole form; ``raise_if_any`` raises them together."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    @contextmanager
    def check(self) -> Iterator[None]:
        """Run one field's checks; a ``ValidationError`` is noted and the form goes on."""
        try:
            yield
        except InvalidForm as errors:
            self.errors.extend(errors.errors)
        except ValidationError as error:
            self.errors.append(error)

    def add(self, field: str, template: str, /, **params: Any) -> None:
        self.errors.append(ValidationError(field, template, **params))

    def result(self, result: CheckResult) -> bool:
        """Note what blocks saving in a check of ``desk_app.services.validation``; True if ok."""
        blocking = [problem for problem in result.problems if problem.blocks_saving]
        for problem in blocking:
            self.errors.append(ValidationError(problem.field, problem.template, **problem.params))
        return not blocking

    def has(self, field: str) -> bool:
        return any(error.field == field for error in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise InvalidForm(self.errors)


def fold(text: str) -> str:
    """How typed names are compared: case and the ё/е difference ignored, as search does."""
    return text.casefold().replace("ё", "е")


def column_length(attribute: QueryableAttribute[Any]) -> int:
    """The declared length of a String column, e.g. 80 for ``Client.last_name``."""
    length = attribute.property.columns[0].type.length
    assert isinstance(length, int), f"{attribute} has no length"
    return length


def _check_length(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError(field, "At most {limit} characters fit here.", limit=limit)
    return text


def one_line(field: str, text: str, limit: int, *, required: str | None = None) -> str:
    """A single-line value: control characters dropped, runs of spaces made one, trimmed.

    ``required`` is the message for an empty value; without it, empty is allowed.
    """
    cleaned = _SPACES.sub(" ", _CONTROL.sub("", text)).strip()
    if not cleaned and required:
        raise ValidationError(field, required)
    return _check_length(field, cleaned, limit)


def free_text(field: str, text: str, limit: int, *, required: str | None = None) -> str:
    """A multi-line text kept as typed (line breaks, emoji), without control characters."""
    cleaned = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not cleaned and required:
        raise ValidationError(field, required)
    return _check_length(field, cleaned, limit)


def decimal_value(field: str, value: Decimal | int | str | float | None) -> Decimal:
    """A number typed or computed anywhere, as an exact ``Decimal``; floats via their text."""
    if value is None or isinstance(value, bool):
        raise ValidationError(field, "Enter a number.")
    try:
        number = Decimal(str(value).strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise ValidationError(field, "Enter a number.") from None
    if not number.is_finite():
        raise ValidationError(field, "Enter a number.")
    return number


def amount(field: str, value: Decimal | int | str | float | None) -> Decimal:
    """An amount of money: not negative, rounded to the cent."""
    number = decimal_value(field, value)
    if number < 0:
        raise ValidationError(field, "An amount cannot be negative.")
    money = to_money(number)
    if money > MAX_MONEY:
        raise ValidationError(field, "The amount is too large.")
    return money


def quantity(
    field: str,
    value: Decimal | int | str | float | None,
    *,
    places: int,
    maximum: Decimal,
    allow_zero: bool = True,
) -> Decimal:
    """A non-negative quantity (hours, litres, pieces) rounded to ``places`` decimals."""
    number = decimal_value(field, value)
    if number < 0:
        raise ValidationError(field, "The value cannot be negative.")
    rounded = to_places(number, places)
    if rounded == 0 and not allow_zero:
        raise ValidationError(field, "The value must be more than zero.")
    if rounded > maximum:
        raise ValidationError(field, "The value cannot exceed {maximum}.", maximum=str(maximum))
    return rounded


def to_places(number: Decimal, places: int) -> Decimal:
    """``number`` rounded to ``places`` decimals, halves away from zero, as money is."""
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def row_to_edit(
    session: Session, model: type[R], row_id: int, expected_version: int, what: str
) -> R:
    """The row a form was editing, if nobody changed or removed it since the form loaded it."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(what=what)
    if row.version != expected_version:
        raise stale_edit(session, what, model, row_id)
    return row


def flush_versioned(session: Session, what: str) -> None:
    """Flush a change to a versioned row; another desk's save in between is a ``StaleEdit``
    that names who made it, when the record says."""
    watched = [
        (type(row), row_id, row.version)
        for row in (*session.dirty, *session.deleted)
        if isinstance(row, Versioned) and isinstance(row_id := getattr(row, "id", None), int)
    ]
    try:
        session.flush()
    except StaleDataError:
        raise _stale_after_flush(session, what, watched) from None


# -- who changed it meanwhile --------------------------------------------------------------

AUDIT_ENTITIES: dict[type[Any], str] = {
    Appointment: "appointment",
    ChecklistItem: "checklist_item",
    Client: "client",
    InternalRequest: "internal_request",
    JointGoal: "joint_goal",
    Staff: "staff",
    SurveyRound: "survey_round",
    Vehicle: "vehicle",
    WorkOrder: "work_order",
}
"""The ``AuditEntry.entity`` under which the services record each versioned row's saves."""

NOT_A_SAVE = frozenset({"printed"})
"""Audit actions that leave the row as it was, so they never name the one who changed it."""


@dataclass(frozen=True)
class LastChange:
    """The latest recorded save of a row: who, when, and the status a work order went to."""

    who: str
    at: datetime
    status: WorkOrderStatus | None = None


def last_change(session: Session, model: type[Any], row_id: int) -> LastChange | None:
    """The latest save of the row that the audit log (and a work order's status history)
    records with a person's name; None when nothing is recorded."""
    found: list[tuple[datetime, int, LastChange]] = []
    entity = AUDIT_ENTITIES.get(model)
    if entity is not None:
        audited = session.execute(
            select(AuditEntry.at, Staff.full_name)
            .join(Staff, Staff.id == AuditEntry.staff_id)
            .where(
                AuditEntry.entity == entity,
                AuditEntry.entity_id == row_id,
                AuditEntry.action.not_in(NOT_A_SAVE),
            )
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(1)
        ).first()
        if audited is not None:
            found.append((audited.at, 0, LastChange(audited.full_name, audited.at)))
    if model is WorkOrder:
        moved = session.execute(
            select(StatusChange.changed_at, StatusChange.to_status, Staff.full_name)
            .join(Staff, Staff.id == StatusChange.changed_by_id)
            .where(StatusChange.work_order_id == row_id)
            .order_by(StatusChange.changed_at.desc(), StatusChange.id.desc())
            .limit(1)
        ).first()
        if moved is not None:
            change = LastChange(moved.full_name, moved.changed_at, moved.to_status)
            found.append((moved.changed_at, 1, change))  # a move wins a tie: it says more
    return max(found, key=lambda item: item[:2])[2] if found else None


def stale_edit(session: Session, what: str, model: type[Any], row_id: int) -> StaleEdit:
    """The refusal of a stale save, naming who saved the row last and when, if recorded."""
    change = last_change(session, model, row_id)
    if change is None:
        return StaleEdit(what=what)
    if change.status is not None:
        return StaleEdit(
            StaleEdit.MOVED_BY, what=what, who=change.who, when=change.at, status=change.status
        )
    return StaleEdit(StaleEdit.SAVED_BY, what=what, who=change.who, when=change.at)


def _stale_after_flush(
    session: Session, what: str, watched: list[tuple[type[Any], int, int]]
) -> StaleEdit:
    """After a refused flush the session must be rolled back, so the other desk's save is
    looked up through a connection of its own; a failed look-up leaves the plain refusal."""
    bind = session.get_bind()
    if not isinstance(bind, Engine) or not watched:
        return StaleEdit(what=what)
    try:
        with Session(bind) as fresh:
            for model, row_id, version in watched:
                now = fresh.scalar(select(model.version).where(model.id == row_id))
                if now != version:
                    return stale_edit(fresh, what, model, row_id)
    except SQLAlchemyError:
        log.warning("could not look up who changed the %s", what, exc_info=True)
    return StaleEdit(what=what)
