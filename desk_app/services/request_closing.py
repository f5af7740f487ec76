"""The requester's side of the end of a request: he cancels it, or judges its answer.

The answering department is judged by its internal customer, not by its boss (DOMAIN.md,
seed 003): only the requester closes a request, rating the answer good or not good and, if
he likes, 1 to 5. One bad answer weighs heavily ("one-vote veto"), so "not good" must say
what was wrong: the record has to show it. A manager may cancel a request nobody needs any
more, but he does not rate an answer on someone else's behalf.
"""

from __future__ import annotations

from desk_app import clock
from desk_app.models import InternalRequest, RequestStatus, Role
from desk_app.services import audit
from desk_app.services.errors import DomainError, PermissionDenied, ValidationError
from desk_app.services.form_fields import free_text, row_to_edit
from desk_app.services.permissions import Actor
from desk_app.services.request_filing import TEXT_LIMIT
from desk_app.services.requests import AUDIT_ENTITY, REQUEST, touch_request
from desk_app.store.database import Database

SCORES = range(1, 6)


def check_cancel(actor: Actor, request: InternalRequest) -> None:
    """The requester (or a manager) cancels an open request whose parts are not issued."""
    if request.requester_id != actor.id and Role.MANAGER not in actor.roles:
        raise PermissionDenied(
            "Only whoever filed request {number} may cancel it.", number=request.id
        )
    if not request.status.is_open:
        raise DomainError(
            "Request {number} is {status}; it can no longer be cancelled.",
            number=request.id,
            status=request.status,
        )
    if any(item.issued_at is not None for item in request.items):
        raise DomainError(
            "Parts of request {number} are already issued to the order; close it instead.",
            number=request.id,
        )


def check_close(actor: Actor, request: InternalRequest) -> None:
    """Only the requester judges, and only an answered request."""
    if request.requester_id != actor.id:
        raise PermissionDenied(
            "Only whoever filed request {number} rates its answer.", number=request.id
        )
    if request.status is not RequestStatus.ANSWERED:
        if request.status.is_open:
            raise DomainError(
                "Request {number} has no answer to rate yet; cancel it if you no longer need it.",
                number=request.id,
            )
        raise DomainError(
            "Request {number} is {status}; it can no longer be rated.",
            number=request.id,
            status=request.status,
        )


def cancel_request(db: Database, actor: Actor, request_id: int, *, expected_version: int) -> None:
    """NEW/TAKEN/ANSWERED → CANCELLED: no longer needed."""
    with db.transaction() as session:
        request = row_to_edit(session, InternalRequest, request_id, expected_version, REQUEST)
        check_cancel(actor, request)
        request.status = RequestStatus.CANCELLED
        request.closed_at = clock.now()
        touch_request(session, request)
        audit.record(session, actor, AUDIT_ENTITY, request.id, "cancelled")


def close_request(
    db: Database,
    actor: Actor,
    request_id: int,
    *,
    good: bool,
    score: int | None = None,
    comment: str = "",
    expected_version: int,
) -> None:
    """ANSWERED → CLOSED with the requester's rating of the answer."""
    if score is not None and (isinstance(score, bool) or score not in SCORES):
        raise ValidationError("score", "Rate from 1 to 5, or leave the score out.")
    text = free_text("comment", comment, TEXT_LIMIT)
    if not good and not text:
        raise ValidationError("comment", "Say what was not good: one bad answer must be on record.")
    with db.transaction() as session:
        request = row_to_edit(session, InternalRequest, request_id, expected_version, REQUEST)
        check_close(actor, request)
        request.status = RequestStatus.CLOSED
        request.closed_at = clock.now()
        request.rating_good = good
        request.rating_score = score
        request.rating_comment = text
        touch_request(session, request)
        audit.record(session, actor, AUDIT_ENTITY, request.id, "closed", good=good, score=score)
