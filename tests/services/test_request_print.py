"""The request slip's data: what it carries, and who may print it (whoever sees it in a queue)."""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from desk_app import clock
from desk_app.documents import request_slip
from desk_app.documents.data import Car, Part
from desk_app.models import (
    DepartmentKind,
    InternalRequest,
    RequestItem,
    RequestKind,
    RequestStatus,
)
from desk_app.services.errors import NotFound, PermissionDenied
from desk_app.services.permissions import Actor
from desk_app.services.request_print import request_slip as slip_of
from desk_app.store.database import Database
from tests.factories import make_client, make_vehicle, make_work_order
from tests.request_factories import make_request
from tests.request_people import make_people

PARTS = DepartmentKind.PARTS
FINANCE = DepartmentKind.FINANCE


@pytest.fixture
def people(any_db: Database) -> dict[str, Actor]:
    return make_people(any_db, "manager", "reception", "other desk", "parts", "finance", "mechanic")


def parts_request(db: Database, people: dict[str, Actor]) -> int:
    """Reception asks parts to issue two items for order ЗН-00777, taken by the clerk."""
    client = make_client(db, "Кузнецов", "Игорь", email="kuz@example.ru", address="ул. Лесная, 5")
    car = make_vehicle(db, client, "Lada", "Granta", "В456ОР199", vin="XTA219010K0123456")
    order = make_work_order(db, client, car, people["reception"].id, number="ЗН-00777")
    request = make_request(
        db,
        people["reception"].id,
        kind=RequestKind.PARTS_ISSUE,
        work_order_id=order,
        text="\n Выдать колодки и фильтр на пост 3\nКлиент ждёт.\nЕсли Brembo нет — ATE.\n",
        needed_by=clock.now() + timedelta(hours=2),
    )
    with db.transaction() as session:
        session.add_all(
            [
                RequestItem(request_id=request, name="Колодки", part_number="1K0698151"),
                RequestItem(request_id=request, name="Фильтр", quantity=Decimal("2")),
            ]
        )
        session.execute(
            update(InternalRequest)
            .where(InternalRequest.id == request)
            .values(status=RequestStatus.TAKEN, taken_by_id=people["parts"].id)
        )
    return request


def test_the_slip_carries_the_request_its_order_and_car(any_db, people):
    request = parts_request(any_db, people)

    slip = slip_of(any_db, people["parts"], request)

    assert (slip.id, slip.kind, slip.status) == (
        request,
        RequestKind.PARTS_ISSUE,
        RequestStatus.TAKEN,
    )
    assert (slip.from_department, slip.to_department) == (DepartmentKind.RECEPTION, PARTS)
    assert slip.subject == "Выдать колодки и фильтр на пост 3"
    assert slip.details == "Клиент ждёт.\nЕсли Brembo нет — ATE."
    assert slip.items == (
        Part(name="Колодки", number="1K0698151", quantity=Decimal("1")),
        Part(name="Фильтр", number="", quantity=Decimal("2")),
    )
    assert (slip.requested_by, slip.taken_by) == ("Петров Олег", "Козлов Денис")
    assert slip.requested_at == clock.now() - timedelta(hours=2)
    assert slip.needed_by == clock.now() + timedelta(hours=2)
    assert slip.order_number == "ЗН-00777"
    assert slip.car == Car(title="Lada Granta", plate="В456ОР199", vin="XTA219010K0123456")
    assert request_slip.render(slip).startswith(b"%PDF")


def test_nothing_about_the_client_is_on_it(any_db, people):
    slip = slip_of(any_db, people["parts"], parts_request(any_db, people))
    values = " ".join(str(getattr(slip, field.name)) for field in fields(slip))
    for private in ("Кузнецов", "Игорь", "kuz@example.ru", "Лесная", "79161234567"):
        assert private not in values


def test_a_request_without_an_order_has_no_car(any_db, people):
    request = make_request(any_db, people["reception"].id, text="")
    slip = slip_of(any_db, people["reception"], request)
    assert (slip.order_number, slip.car, slip.subject, slip.details) == ("", None, "", "")
    assert (slip.items, slip.taken_by, slip.needed_by) == ((), "", None)


@pytest.mark.parametrize(
    ("who", "to", "allowed"),
    [
        ("reception", PARTS, True),  # filed it
        ("other desk", PARTS, False),  # neither filed nor answers it
        ("parts", PARTS, True),
        ("parts", FINANCE, False),
        ("finance", FINANCE, True),
        ("finance", PARTS, False),
        ("manager", PARTS, True),
        ("manager", FINANCE, True),
    ],
)
def test_whoever_sees_it_in_a_queue_may_print_it(any_db, people, who, to, allowed):
    request = make_request(any_db, people["reception"].id, to_department=to)
    if allowed:
        assert slip_of(any_db, people[who], request).id == request
    else:
        with pytest.raises(PermissionDenied) as refused:
            slip_of(any_db, people[who], request)
        assert str(request) in refused.value.message


def test_a_mechanic_is_refused_before_anything_is_read(any_db, people):
    with pytest.raises(PermissionDenied):
        slip_of(any_db, people["mechanic"], 999)


def test_a_request_that_is_gone_is_not_found(any_db, people):
    with pytest.raises(NotFound):
        slip_of(any_db, people["parts"], 999)
