"""The requester's side: he cancels a request he no longer needs, or closes an answered one
with his rating; "not good" must say why, and nobody rates on his behalf."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app import clock
from desk_app.models import AuditEntry, InternalRequest, RequestStatus
from desk_app.services.errors import DomainError, PermissionDenied, StaleEdit, ValidationError
from desk_app.services.permissions import Actor
from desk_app.services.request_closing import cancel_request, close_request
from desk_app.store.database import Database
from tests.request_factories import add_request_item, make_request
from tests.request_people import make_people

OPEN = [RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.ANSWERED]
CLOSED = [RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CANCELLED]


@pytest.fixture
def people(any_db: Database) -> dict[str, Actor]:
    return make_people(any_db, "manager", "reception", "other desk", "parts")


def load(db: Database, request_id: int) -> InternalRequest:
    with db.transaction() as session:
        request = session.get_one(InternalRequest, request_id)
        session.expunge(request)
        return request


def filed(db: Database, people, status: RequestStatus = RequestStatus.ANSWERED) -> int:
    closed_at = clock.now() if not status.is_open else None
    return make_request(db, people["reception"].id, status=status, closed_at=closed_at)


# -- cancelling ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", OPEN)
@pytest.mark.parametrize("who", ["reception", "manager"])
def test_the_requester_or_a_manager_cancels_an_open_request(any_db, people, status, who):
    request_id = filed(any_db, people, status)
    cancel_request(any_db, people[who], request_id, expected_version=1)
    request = load(any_db, request_id)
    assert (request.status, request.closed_at) == (RequestStatus.CANCELLED, clock.now())
    assert request.version == 2
    with any_db.transaction() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "internal_request", AuditEntry.entity_id == request_id
            )
        ).all()
    assert actions == ["cancelled"]


@pytest.mark.parametrize("who", ["other desk", "parts"])
def test_nobody_else_cancels(any_db, people, who):
    request_id = filed(any_db, people, RequestStatus.NEW)
    with pytest.raises(PermissionDenied):
        cancel_request(any_db, people[who], request_id, expected_version=1)
    assert load(any_db, request_id).status is RequestStatus.NEW


@pytest.mark.parametrize("status", CLOSED)
def test_a_closed_request_is_not_cancelled(any_db, people, status):
    request_id = filed(any_db, people, status)
    with pytest.raises(DomainError):
        cancel_request(any_db, people["reception"], request_id, expected_version=1)
    assert load(any_db, request_id).status is status


def test_a_request_whose_parts_were_issued_is_closed_not_cancelled(any_db, people):
    request_id = filed(any_db, people)
    add_request_item(any_db, request_id, in_stock=True, unit_price="100", issued_at=clock.now())
    with pytest.raises(DomainError):
        cancel_request(any_db, people["reception"], request_id, expected_version=1)


def test_a_stale_cancel_is_refused(any_db, people):
    request_id = filed(any_db, people)
    with pytest.raises(StaleEdit):
        cancel_request(any_db, people["reception"], request_id, expected_version=2)


# -- closing with the rating ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("good", "score", "comment"),
    [
        (True, None, ""),
        (True, 5, "Быстро"),
        (True, 1, ""),
        (False, None, "Цена не та"),
        (False, 3, "Долго"),
    ],
)
def test_the_requester_closes_an_answered_request_with_his_rating(
    any_db, people, good, score, comment
):
    request_id = filed(any_db, people)
    close_request(
        any_db,
        people["reception"],
        request_id,
        good=good,
        score=score,
        comment=f"  {comment}  ",
        expected_version=1,
    )
    request = load(any_db, request_id)
    assert request.status is RequestStatus.CLOSED
    assert request.closed_at == clock.now()
    assert (request.rating_good, request.rating_score, request.rating_comment) == (
        good,
        score,
        comment,
    )


@pytest.mark.parametrize("comment", ["", "   \n "])
def test_not_good_must_say_what_was_wrong(any_db, people, comment):
    request_id = filed(any_db, people)
    with pytest.raises(ValidationError) as error:
        close_request(
            any_db, people["reception"], request_id, good=False, comment=comment, expected_version=1
        )
    assert error.value.field == "comment"
    assert load(any_db, request_id).status is RequestStatus.ANSWERED


@pytest.mark.parametrize("score", [0, 6, -1, True])
def test_the_score_is_one_to_five(any_db, people, score):
    request_id = filed(any_db, people)
    with pytest.raises(ValidationError) as error:
        close_request(
            any_db, people["reception"], request_id, good=True, score=score, expected_version=1
        )
    assert error.value.field == "score"


def test_a_long_comment_is_refused(any_db, people):
    request_id = filed(any_db, people)
    with pytest.raises(ValidationError) as error:
        close_request(
            any_db,
            people["reception"],
            request_id,
            good=False,
            comment="x" * 2001,
            expected_version=1,
        )
    assert error.value.field == "comment"


@pytest.mark.parametrize("who", ["manager", "other desk", "parts"])
def test_only_the_requester_rates(any_db, people, who):
    request_id = filed(any_db, people)
    with pytest.raises(PermissionDenied):
        close_request(any_db, people[who], request_id, good=True, expected_version=1)
    assert load(any_db, request_id).rating_good is None


@pytest.mark.parametrize("status", [RequestStatus.NEW, RequestStatus.TAKEN, *CLOSED])
def test_only_an_answered_request_is_rated(any_db, people, status):
    request_id = filed(any_db, people, status)
    with pytest.raises(DomainError):
        close_request(any_db, people["reception"], request_id, good=True, expected_version=1)
    assert load(any_db, request_id).status is status


def test_a_stale_close_is_refused(any_db, people):
    request_id = filed(any_db, people)
    with pytest.raises(StaleEdit):
        close_request(any_db, people["reception"], request_id, good=True, expected_version=3)
