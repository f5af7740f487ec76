"""Finding clients by name, phone, plate, VIN or e-mail, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import event

from desk_app.models import ClientKind, Role, WorkOrderStatus
from desk_app.services import clients
from desk_app.services.errors import NotFound, PermissionDenied
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from tests.factories import make_client, make_staff, make_vehicle, make_work_order


@pytest.fixture
def desk(any_db: Database) -> Actor:
    return make_staff(any_db, Role.RECEPTIONIST, name="Ольга Приёмщица")


@pytest.fixture
def people(any_db: Database) -> dict[str, int]:
    """Three clients with the details people search by."""
    ivanov = make_client(
        any_db,
        "Иванов",
        "Иван",
        "Петрович",
        phones=["+79161234567", "+74951112233"],
        email="Ivan_Ivanov@Mail.ru",
    )
    make_vehicle(any_db, ivanov, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213")
    make_vehicle(any_db, ivanov, "Kia", "Rio", "М456ОР199")
    semenova = make_client(any_db, "Семёнова", "Алёна", phones=["+79035556677"])
    make_vehicle(any_db, semenova, "Kia", "Sportage", "Е777КХ750", vin="U5YPG814AML012345")
    vector = make_client(any_db, company_name="ООО «Вектор»", phones=["+78127654321"])
    return {"ivanov": ivanov, "semenova": semenova, "vector": vector}


def found(db: Database, actor: Actor, text: str) -> set[int]:
    return {row.id for row in clients.search_clients(db, actor, text)}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("иванов", "ivanov"),
        ("ИВАН петрович", "ivanov"),
        ("Семенова", "semenova"),
        ("алена", "semenova"),
        ("вектор", "vector"),
        ("ivan_ivanov@mail", "ivanov"),
        ("а123вс77", "ivanov"),
        ("A123BC77", "ivanov"),
        ("е777кх", "semenova"),
        ("xtagfk33", "ivanov"),
        ("ml0123", "semenova"),
        ("+7 916 123-45-67", "ivanov"),
        ("8 916 123-45-67", "ivanov"),
        ("8 (916) 123", "ivanov"),
        ("916123", "ivanov"),
        ("79161234567", "ivanov"),
        ("8 495 111-22-33", "ivanov"),
        ("+7 (812) 765-43-21", "vector"),
    ],
)
def test_one_box_finds_by_any_detail(any_db, desk, people, text, who):
    assert found(any_db, desk, text) == {people[who]}


def test_words_must_all_match_and_wildcards_are_literal(any_db, desk, people):
    assert found(any_db, desk, "Иванов Kia") == {people["ivanov"]}
    assert found(any_db, desk, "Иванов Sportage") == set()
    assert found(any_db, desk, "ivan%ivanov") == set()
    assert found(any_db, desk, "Kia") == {people["ivanov"], people["semenova"]}
    assert found(any_db, desk, "нет такого") == set()


def test_rows_carry_phone_cars_and_visits(any_db, desk, people, fixed_clock):
    ivanov = people["ivanov"]
    vesta = make_vehicle(any_db, None, "Lada", "Granta", "К001КК77")
    make_work_order(any_db, ivanov, vesta, desk.id, accepted_at=fixed_clock - timedelta(days=40))
    make_work_order(any_db, ivanov, vesta, desk.id, accepted_at=fixed_clock - timedelta(days=3))
    make_work_order(
        any_db, ivanov, vesta, desk.id, status=WorkOrderStatus.CANCELLED, accepted_at=fixed_clock
    )

    (row,) = clients.search_clients(any_db, desk, "иванов")

    assert row.display_name == "Иванов Иван Петрович"
    assert row.kind is ClientKind.PERSON
    assert row.phone == "+79161234567"
    assert row.email == "Ivan_Ivanov@Mail.ru"
    assert row.vehicles == "Lada Vesta А123ВС77, Kia Rio М456ОР199"
    assert row.visits == 2
    assert row.last_visit == fixed_clock - timedelta(days=3)
    (company,) = clients.search_clients(any_db, desk, "вектор")
    assert (company.kind, company.vehicles, company.visits, company.last_visit) == (
        ClientKind.COMPANY,
        "",
        0,
        None,
    )


def test_empty_text_pages_through_everyone_by_name(any_db, desk, people):
    everyone = clients.search_clients(any_db, desk)
    assert [row.display_name for row in everyone] == [
        "Иванов Иван Петрович",
        "ООО «Вектор»",
        "Семёнова Алёна",
    ]
    page = clients.search_clients(any_db, desk, "", limit=1, offset=1)
    assert [row.id for row in page] == [everyone[1].id]
    assert clients.count_clients(any_db, desk) == 3
    assert clients.count_clients(any_db, desk, "kia") == 2
    assert clients.count_clients(any_db, desk, "   ") == 3


def test_one_client_by_id(any_db, desk, people):
    assert clients.get_client_row(any_db, desk, people["vector"]).display_name == "ООО «Вектор»"
    with pytest.raises(NotFound):
        clients.get_client_row(any_db, desk, 999_999)


@pytest.fixture
def statements(any_db: Database) -> Iterator[list[str]]:
    """Every SQL statement the test sends, to see that a search is not one query per client."""
    sent: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(statement)

    event.listen(any_db.engine, "before_cursor_execute", record)
    yield sent
    event.remove(any_db.engine, "before_cursor_execute", record)


def test_a_page_costs_the_same_few_queries_however_many_clients(any_db, desk, statements):
    for n in range(40):
        owner = make_client(any_db, f"Клиент{n:02d}", phones=[f"+7916000{n:04d}"])
        make_vehicle(any_db, owner, "Lada", "Niva", f"В{n:03d}ОР77")
    statements.clear()

    rows = clients.search_clients(any_db, desk, "клиент")

    assert len(rows) == 40
    assert all(row.vehicles and row.phone for row in rows)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 3


@pytest.mark.parametrize("role", [Role.MECHANIC, Role.PARTS_CLERK])
def test_workshop_and_parts_cannot_search_clients(any_db, role):
    actor = make_staff(any_db, role)
    with pytest.raises(PermissionDenied):
        clients.search_clients(any_db, actor, "иванов")
    with pytest.raises(PermissionDenied):
        clients.count_clients(any_db, actor)
    with pytest.raises(PermissionDenied):
        clients.get_client_row(any_db, actor, 1)


def test_finance_may_search_clients(any_db, people):
    accountant = make_staff(any_db, Role.FINANCE)
    assert found(any_db, accountant, "вектор") == {people["vector"]}
