"""Finding clients by name, phone, plate, VIN or e-mail, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import event

from desk_app.models import ClientKind, Role, WorkOrderStatus
from desk_app.services import clients, loyalty
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


# -- the client list: filters, orders, pages with their count -------------------------------


def visit(db: Database, actor: Actor, client: int, car: int, at, status=None) -> None:
    make_work_order(
        db, client, car, actor.id, accepted_at=at, status=status or WorkOrderStatus.HANDED_OVER
    )


ANY = clients.ClientFilter()


@pytest.fixture
def regulars(any_db: Database, desk: Actor, fixed_clock) -> dict[str, int]:
    """Clients at the edges of "4 visits within 365 days", each with three recent visits."""
    year_start = datetime.combine(fixed_clock.date() - timedelta(days=365), time(), UTC)
    fourth_visit = {
        "365 days ago, at midnight": year_start,
        "366 days ago, a second before": year_start - timedelta(seconds=1),
        "this morning": fixed_clock - timedelta(hours=1),
        "later today": fixed_clock + timedelta(hours=1),
        "cancelled": fixed_clock - timedelta(days=5),
    }
    ids = {}
    for n, (label, at) in enumerate(fourth_visit.items()):
        client = make_client(any_db, f"Постоянный{n}", phones=[f"+7916555000{n}"])
        car = make_vehicle(any_db, client, "Lada", "Niva", f"Р{n:03d}РР77")
        for days in (10, 20, 30):
            visit(any_db, desk, client, car, fixed_clock - timedelta(days=days))
        cancelled = WorkOrderStatus.CANCELLED if label == "cancelled" else None
        visit(any_db, desk, client, car, at, cancelled)
        ids[label] = client
    ids["no visits"] = make_client(any_db, "Новый", phones=["+79165550099"])
    return ids


def test_the_regular_filter_agrees_with_loyalty_at_the_edges(any_db, desk, regulars, fixed_clock):
    with any_db.transaction() as session:
        expected = {
            client
            for client in regulars.values()
            if loyalty.regular_status(session, client, fixed_clock).regular
        }
    assert expected == {regulars["365 days ago, at midnight"], regulars["this morning"]}
    regular, other = clients.ClientFilter(regular=True), clients.ClientFilter(regular=False)
    everyone = set(regulars.values())

    def ids(text: str, filters: clients.ClientFilter, sort=clients.ClientSort.NAME) -> set[int]:
        rows = clients.search_clients(any_db, desk, text, filters=filters, sort=sort)
        return {row.id for row in rows}

    # Each way the SQL is written: in name order (walking), sorted, with a text, counted.
    for text in ("", "постоянный", "новый"):
        assert ids(text, regular) == expected & ids(text, ANY)
    assert ids("", regular, clients.ClientSort.VISITS) == expected
    assert ids("", other) == everyone - expected
    assert ids("", other, clients.ClientSort.EMAIL) == everyone - expected
    assert clients.count_clients(any_db, desk, filters=regular) == len(expected)
    assert clients.count_clients(any_db, desk, filters=other) == len(everyone - expected)
    assert clients.count_clients(any_db, desk, "постоянный", filters=regular) == len(expected)
    flags = {row.id: row.regular for row in clients.search_clients(any_db, desk)}
    assert {client for client, flag in flags.items() if flag} == expected


def test_filters_by_kind_and_by_given_ids(any_db, desk, people):
    def ids(text: str = "", **filters) -> set[int]:
        rows = clients.search_clients(any_db, desk, text, filters=clients.ClientFilter(**filters))
        return {row.id for row in rows}

    assert ids(kind=ClientKind.COMPANY) == {people["vector"]}
    assert ids(kind=ClientKind.PERSON) == {people["ivanov"], people["semenova"]}
    assert ids(only_ids=[people["ivanov"], people["vector"], 999_999]) == {
        people["ivanov"],
        people["vector"],
    }
    assert ids(only_ids=[]) == set()
    assert ids("kia", only_ids={people["semenova"], people["vector"]}) == {people["semenova"]}
    assert ids("kia", kind=ClientKind.COMPANY) == set()
    filters = clients.ClientFilter(kind=ClientKind.PERSON, only_ids=[people["semenova"]])
    assert clients.count_clients(any_db, desk, filters=filters) == 1


def test_many_given_ids_are_not_too_many_parameters(any_db, desk, people):
    wanted = [people["semenova"], *range(10**6, 10**6 + 40_000)]
    filters = clients.ClientFilter(only_ids=wanted)
    assert clients.count_clients(any_db, desk, filters=filters) == 1


def test_sorts_by_each_column_with_empty_values_last(any_db, desk, people, fixed_clock):
    ivanov, semenova, vector = people["ivanov"], people["semenova"], people["vector"]
    car = make_vehicle(any_db, vector, "Volvo", "FH", "Т001ТТ77")
    for days in (1, 2, 3):
        visit(any_db, desk, vector, car, fixed_clock - timedelta(days=days))
    visit(any_db, desk, semenova, car, fixed_clock - timedelta(days=100))
    no_phone = make_client(any_db, "Яковлев", phones=[])

    def order(sort: clients.ClientSort, descending: bool = False) -> list[int]:
        rows = clients.search_clients(any_db, desk, sort=sort, descending=descending)
        return [row.id for row in rows]

    sort = clients.ClientSort
    assert order(sort.NAME, True) == [no_phone, semenova, vector, ivanov]
    assert order(sort.KIND) == [vector, ivanov, semenova, no_phone]  # company < person
    assert order(sort.PHONE) == [vector, semenova, ivanov, no_phone]  # +7812, +7903, +7916
    assert order(sort.PHONE, True) == [ivanov, semenova, vector, no_phone]
    assert order(sort.EMAIL) == [ivanov, vector, semenova, no_phone]
    assert order(sort.EMAIL, True) == [ivanov, vector, semenova, no_phone]
    assert order(sort.VEHICLES) == [semenova, ivanov, vector, no_phone]  # Kia, Lada, Volvo
    assert order(sort.VISITS) == [ivanov, no_phone, semenova, vector]
    assert order(sort.VISITS, True) == [vector, semenova, ivanov, no_phone]
    assert order(sort.LAST_VISIT) == [semenova, vector, ivanov, no_phone]
    assert order(sort.LAST_VISIT, True) == [vector, semenova, ivanov, no_phone]
    assert order(sort.REGULAR, True) == [ivanov, vector, semenova, no_phone]  # nobody is
    page = clients.search_clients(any_db, desk, sort=sort.VISITS, descending=True, limit=2)
    assert [row.id for row in page] == [vector, semenova]
    rest = clients.search_clients(any_db, desk, sort=sort.VISITS, descending=True, offset=2)
    assert [row.id for row in rest] == [ivanov, no_phone]


def test_a_page_comes_with_the_count_of_all_matches(any_db, desk, statements):
    for n in range(7):
        make_client(any_db, f"Клиент{n}", phones=[f"+7916111000{n}"])
    make_client(any_db, "Другой", phones=["+79162220000"])
    statements.clear()

    page = clients.client_page(any_db, desk, "клиент", limit=3)

    assert [row.display_name for row in page.rows] == [f"Клиент{n} Иван" for n in range(3)]
    assert page.matched == 7
    queries = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(queries) == 3  # the page with its count, phones, cars: the index asked once
    assert clients.client_page(any_db, desk, "клиент", limit=3, offset=6).matched == 7
    assert clients.client_page(any_db, desk, "клиент", limit=3, offset=9).matched == 7
    assert clients.client_page(any_db, desk, limit=3).matched == 8
    assert clients.client_page(any_db, desk, limit=30).matched == 8
    assert clients.client_page(any_db, desk, "нет такого").matched == 0
    assert clients.client_page(any_db, desk, limit=0) == clients.ClientPage([], 8)
    filters = clients.ClientFilter(only_ids=[1, 2])
    assert clients.client_page(any_db, desk, limit=1, filters=filters).matched == 2


def test_the_first_page_by_name_walks_the_name_index(db):
    """100,000 clients open as fast as 100: no sort of the whole card file."""
    desk = make_staff(db, Role.RECEPTIONIST)
    plans: list[str] = []

    def explain(conn, cursor, statement, params, _context, _many) -> None:
        if statement.startswith("WITH page AS"):
            plans.extend(
                row[3]
                for row in cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, params)
            )

    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        clients.search_clients(db, desk)
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)
    picking = plans[: plans.index("SCAN page")]  # then the 200 rows are dressed and sorted
    assert "SCAN clients USING INDEX ix_clients_sort" in picking
    assert not any("TEMP B-TREE" in step for step in picking)


def test_a_fragment_matching_too_many_brings_in_the_first_thousand(db, desk, monkeypatch):
    for n in range(7):
        make_client(db, f"Клиент{n}", phones=[f"+7916111000{n}"])
    monkeypatch.setattr(clients, "LIST_CAP", 3)
    page = clients.client_page(db, desk, "клиент", limit=2)
    assert page.capped and page.matched == 3 and len(page.rows) == 2
    assert clients.client_page(db, desk, "клиент", limit=2, offset=5).capped
    monkeypatch.setattr(clients, "LIST_CAP", 10)
    page = clients.client_page(db, desk, "клиент", limit=2)
    assert not page.capped and page.matched == 7
    assert not clients.client_page(db, desk, "", limit=2).capped  # everyone: counted exactly
