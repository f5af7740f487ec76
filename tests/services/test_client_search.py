"""The intake search box's service: one line per client and car, best matches first,
on SQLite (FTS5 trigrams) and PostgreSQL (pg_trgm), with the index kept by triggers."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert, select

from desk_app import clock
from desk_app.models import Client, ClientPhone, Role, Vehicle
from desk_app.services.client_search import IntakeHit, MatchRank, SearchField, find_for_intake
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import Actor
from desk_app.store.database import Database
from tests.factories import make_client, make_staff, make_vehicle

NAME, PHONE, PLATE, VIN = SearchField.NAME, SearchField.PHONE, SearchField.PLATE, SearchField.VIN


@pytest.fixture
def desk(any_db: Database) -> Actor:
    return make_staff(any_db, Role.RECEPTIONIST, name="Ольга Приёмщица")


@pytest.fixture
def people(any_db: Database) -> dict[str, int]:
    """Clients and cars with the details people search by; ids by short names."""
    ivanov = make_client(
        any_db, "Иванов", "Иван", "Петрович", phones=["+79161234567", "+74951112233"]
    )
    semenova = make_client(any_db, "Семёнова", "Алёна", phones=["+79035556677"])
    return {
        "ivanov": ivanov,
        "vesta": make_vehicle(any_db, ivanov, "Lada", "Vesta", "А123ВС77", vin="XTAGFK330JY144213"),
        "rio": make_vehicle(any_db, ivanov, "Kia", "Rio", "М456ОР199"),
        "semenova": semenova,
        "sportage": make_vehicle(
            any_db, semenova, "Kia", "Sportage", "Е777КХ750", vin="U5YPG814AML012345"
        ),
        "vector": make_client(any_db, company_name="ООО «Вектор»", phones=["+78127654321"]),
    }


def search(db: Database, actor: Actor, text: str, limit: int = 20) -> list[IntakeHit]:
    return find_for_intake(db, actor, text, limit)


def pairs(hits: list[IntakeHit]) -> list[tuple[int, int | None]]:
    return [(hit.client_id, hit.vehicle_id) for hit in hits]


def test_one_line_per_car_and_one_for_a_client_without_cars(any_db, desk, people):
    hits = search(any_db, desk, "иванов")
    assert sorted(pairs(hits)) == sorted(
        [(people["ivanov"], people["vesta"]), (people["ivanov"], people["rio"])]
    )
    vesta = next(hit for hit in hits if hit.vehicle_id == people["vesta"])
    assert (vesta.display_name, vesta.phone, vesta.vehicle_title, vesta.plate, vesta.vin) == (
        "Иванов Иван Петрович",
        "+79161234567",
        "Lada Vesta",
        "А123ВС77",
        "XTAGFK330JY144213",
    )
    assert vesta.matched == {NAME}
    (vector,) = search(any_db, desk, "вектор")
    assert (vector.client_id, vector.vehicle_id, vector.vehicle_title, vector.plate) == (
        people["vector"],
        None,
        "",
        "",
    )


def test_every_word_must_match_one_line(any_db, desk, people):
    (hit,) = search(any_db, desk, "Иванов Kia")
    assert hit.vehicle_id == people["rio"]
    assert hit.matched == {NAME, SearchField.MAKE_MODEL}
    assert search(any_db, desk, "Иванов Sportage") == []
    assert search(any_db, desk, "ivan%ivanov") == []
    assert search(any_db, desk, "   ") == []


@pytest.mark.parametrize(
    ("text", "shown", "rank"),
    [
        ("+7 916 123-45-67", "+79161234567", MatchRank.EXACT),
        ("8 (916) 123-45-67", "+79161234567", MatchRank.EXACT),
        ("9161234567", "+79161234567", MatchRank.EXACT),
        ("79161234567", "+79161234567", MatchRank.EXACT),
        ("916 123", "+79161234567", MatchRank.PREFIX),
        ("8 916 12", "+79161234567", MatchRank.PREFIX),
        ("1234567", "+79161234567", MatchRank.PARTIAL),
        ("8 495 111-22-33", "+74951112233", MatchRank.EXACT),
        ("111-22", "+74951112233", MatchRank.PARTIAL),
    ],
)
def test_phones_in_any_format(any_db, desk, people, text, shown, rank):
    hits = search(any_db, desk, text)
    assert {hit.client_id for hit in hits} == {people["ivanov"]}
    assert {(hit.phone, hit.rank) for hit in hits} == {(shown, rank)}
    assert all(PHONE in hit.matched for hit in hits)


@pytest.mark.parametrize("text", ["А123ВС77", "a123bc77", "A123BC77", "а 123 вс 77", "A123 BC 77"])
def test_plates_in_latin_or_cyrillic_with_or_without_spaces(any_db, desk, people, text):
    (hit,) = search(any_db, desk, text)
    assert (hit.vehicle_id, hit.rank, hit.matched) == (people["vesta"], MatchRank.EXACT, {PLATE})


@pytest.mark.parametrize(
    ("text", "car", "rank"),
    [
        ("144213", "vesta", MatchRank.PREFIX),  # the serial number at the end
        ("JY144213", "vesta", MatchRank.PREFIX),
        ("xtagfk", "vesta", MatchRank.PREFIX),
        ("GFK330", "vesta", MatchRank.PARTIAL),
        ("XTA GFK 330", "vesta", MatchRank.PREFIX),
        ("u5ypg814aml012345", "sportage", MatchRank.EXACT),
    ],
)
def test_vin_parts(any_db, desk, people, text, car, rank):
    (hit,) = search(any_db, desk, text)
    assert (hit.vehicle_id, hit.rank) == (people[car], rank)
    assert VIN in hit.matched


@pytest.mark.parametrize("text", ["Семенова", "семёнова", "СЕМЁНОВА", "Алена", "алёна"])
def test_yo_and_ye_are_one_letter(any_db, desk, people, text):
    assert pairs(search(any_db, desk, text)) == [(people["semenova"], people["sportage"])]


def test_exact_then_beginnings_then_the_rest(any_db, desk, people):
    others = [
        make_client(any_db, "Сиваков", "Олег", phones=["+79261112233"]),
        make_client(any_db, "Иваненко", "Пётр", phones=["+79267654321"]),
    ]
    make_vehicle(any_db, others[0], "Lada", "Granta", "А123ВС777")
    make_vehicle(any_db, others[1], "Lada", "Niva", "КА123ВС77")

    by_name = search(any_db, desk, "ива")
    assert [hit.display_name for hit in by_name] == [
        "Иваненко Пётр",
        "Иванов Иван Петрович",
        "Иванов Иван Петрович",
        "Сиваков Олег",
    ]
    assert [hit.rank for hit in by_name] == [MatchRank.PREFIX] * 3 + [MatchRank.PARTIAL]
    by_plate = search(any_db, desk, "а123вс77")
    assert [(hit.plate, hit.rank) for hit in by_plate] == [
        ("А123ВС77", MatchRank.EXACT),
        ("А123ВС777", MatchRank.PREFIX),
        ("КА123ВС77", MatchRank.PARTIAL),
    ]


def test_one_or_two_letters_find_names_that_begin_with_them(any_db, desk, people):
    li = make_client(any_db, "Ли", "Анна", phones=[])
    assert {hit.client_id for hit in search(any_db, desk, "Ли")} == {li}
    assert {hit.client_id for hit in search(any_db, desk, "и")} == {people["ivanov"]}
    assert {hit.client_id for hit in search(any_db, desk, "а")} == {people["semenova"], li}
    assert search(any_db, desk, "ва") == []  # inside a name: too short to mean anything
    assert pairs(search(any_db, desk, "Ли Ан")) == [(li, None)]
    assert search(any_db, desk, "77") == []


def test_a_number_beginning_is_a_beginning(any_db, desk, people):
    """ "8 916 12…" is +7 916 12…, not those digits somewhere inside another number."""
    make_client(any_db, "Сидоров", phones=["+74957916120"])
    assert {hit.client_id for hit in search(any_db, desk, "8 916 12")} == {people["ivanov"]}


def test_nothing_to_look_for(any_db, desk, people):
    assert search(any_db, desk, "+") == []
    assert search(any_db, desk, " - « ") == []


def test_limit(any_db, desk):
    for n in range(30):
        make_client(any_db, f"Клиентов{n:02d}", phones=[f"+7916000{n:04d}"])
    assert len(search(any_db, desk, "клиентов")) == 20
    assert len(search(any_db, desk, "клиентов", limit=5)) == 5
    assert len(search(any_db, desk, "7916000", limit=7)) == 7
    assert search(any_db, desk, "клиентов", limit=0) == []


@pytest.mark.parametrize("role", [Role.MECHANIC, Role.PARTS_CLERK])
def test_workshop_and_parts_cannot_search(any_db, people, role):
    with pytest.raises(PermissionDenied):
        find_for_intake(any_db, make_staff(any_db, role), "иванов")


def test_the_index_follows_updates_and_deletes(any_db, desk, people):
    with any_db.transaction() as session:
        phone = session.scalars(select(ClientPhone).where(ClientPhone.number == "+79161234567"))
        phone.one().number = "+79990001122"
        session.get(Vehicle, people["vesta"]).plate = "О001ОО99"
        session.get(Client, people["semenova"]).last_name = "Петрова"
    assert search(any_db, desk, "916 123 45 67") == []
    assert {hit.phone for hit in search(any_db, desk, "999 000 11 22")} == {"+79990001122"}
    assert search(any_db, desk, "а123вс77") == []
    assert pairs(search(any_db, desk, "o001oo99")) == [(people["ivanov"], people["vesta"])]
    assert search(any_db, desk, "семенова") == []
    assert len(search(any_db, desk, "петрова")) == 1

    with any_db.transaction() as session:
        session.get(Vehicle, people["rio"]).owner_id = people["vector"]
        session.delete(session.get(Vehicle, people["vesta"]))
    assert pairs(search(any_db, desk, "иванов")) == [(people["ivanov"], None)]
    assert pairs(search(any_db, desk, "вектор")) == [(people["vector"], people["rio"])]

    with any_db.transaction() as session:
        session.get(Vehicle, people["rio"]).owner_id = None
        session.delete(session.get(Client, people["ivanov"]))
    assert search(any_db, desk, "иванов") == []
    assert search(any_db, desk, "м456ор199") == []  # a car without an owner is no client
    assert pairs(search(any_db, desk, "вектор")) == [(people["vector"], None)]


def test_bulk_inserts_are_indexed_too(any_db, desk):
    """The demo shop and imports write with Core bulk inserts (COPY on PostgreSQL)."""
    now = clock.now()
    with any_db.transaction() as session:
        session.execute(
            insert(Client),
            [
                {"id": 500 + n, "last_name": f"Оптов{n}", "created_at": now, "version": 1}
                for n in range(3)
            ],
        )
        session.execute(insert(ClientPhone), [{"client_id": 501, "number": "+79260000501"}])
        session.execute(
            insert(Vehicle),
            [{"owner_id": 502, "make": "Haval", "plate": "Т502ТТ50", "created_at": now}],
        )
    assert len(search(any_db, desk, "оптов")) == 3
    assert pairs(search(any_db, desk, "926 000 05 01")) == [(501, None)]
    (haval,) = search(any_db, desk, "haval")
    assert (haval.client_id, haval.plate) == (502, "Т502ТТ50")
    with any_db.transaction() as session:
        session.execute(delete(ClientPhone))
    assert search(any_db, desk, "926 000 05 01") == []
