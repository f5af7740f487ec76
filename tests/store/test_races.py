"""Two desks saving the same thing at the same moment: exactly one save wins, the other is
refused (``StaleEdit``) naming who won; nothing is written twice or silently overwritten.

Each desk has its own ``Database`` (its own engine and connections), as two workstations
do. The races run in threads released together by a barrier, many rounds, on PostgreSQL
(a brand-new database per test) and on one SQLite file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desk_app.models import Client, Role, StatusChange, WorkOrder
from desk_app.models import WorkOrderStatus as S
from desk_app.services.client_editing import ClientForm, update_client
from desk_app.services.errors import StaleEdit
from desk_app.services.form_fields import row_to_edit
from desk_app.services.intake_form import NewClient
from desk_app.services.order_status import apply_move, move_order
from desk_app.services.order_touch import WHAT
from desk_app.services.permissions import Actor
from desk_app.store import schema
from desk_app.store.database import Database
from tests.factories import make_client, make_staff
from tests.workshop_shop import CLIENT_PHONE, WorkshopShop, build_workshop

ROUNDS = 20
"""Races per test: enough for both threads to reach the row together many times."""

Desks = tuple[Database, Database]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def desks(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desks]:
    """Two workstations on one migrated database."""
    if request.param == "sqlite":
        target: str = str(tmp_path / "desk.sqlite3")
    else:
        target = request.getfixturevalue("postgres_url")
    one = Database.open(target)
    schema.upgrade(one)
    two = Database.open(target)
    try:
        yield one, two
    finally:
        one.dispose()
        two.dispose()


@pytest.fixture
def shop(desks: Desks) -> WorkshopShop:
    return build_workshop(desks[0])


@pytest.fixture
def clerks(desks: Desks) -> tuple[Actor, Actor]:
    """A receptionist at each desk."""
    return (
        make_staff(desks[0], Role.RECEPTIONIST, name="Ольга Смирнова"),
        make_staff(desks[0], Role.RECEPTIONIST, name="Ирина Волкова"),
    )


def race(*calls: Callable[[], object]) -> list[object]:
    """Run the calls in threads released at once; each one's result or exception."""
    barrier = threading.Barrier(len(calls), timeout=10)
    results: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except Exception as error:
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a desk hung"
    return results


def one_winner(results: list[object]) -> tuple[int, StaleEdit]:
    """The index of the one save that went through, and the other's refusal."""
    winners = [i for i, result in enumerate(results) if not isinstance(result, Exception)]
    assert len(winners) == 1, results
    loser = results[1 - winners[0]]
    assert isinstance(loser, StaleEdit), repr(loser)
    return winners[0], loser


def test_two_desks_cannot_both_hand_over_the_same_car(desks, shop, clerks):
    orders = [shop.order(S.READY, done=True) for _ in range(ROUNDS)]
    for order in orders:
        version = shop.version(order)
        results = race(
            *(
                lambda db=db, clerk=clerk, order=order, version=version: move_order(
                    db, clerk, order, S.HANDED_OVER, expected_version=version
                )
                for db, clerk in zip(desks, clerks, strict=True)
            )
        )

        winner, refusal = one_winner(results)
        assert refusal.who == clerks[winner].full_name
        assert refusal.params["status"] is S.HANDED_OVER
        assert refusal.template == StaleEdit.MOVED_BY
        with desks[0].transaction() as session:
            handovers = session.scalar(
                select(func.count())
                .select_from(StatusChange)
                .where(StatusChange.work_order_id == order, StatusChange.to_status == S.HANDED_OVER)
            )
            row = session.get(WorkOrder, order)
            assert row is not None
            assert (handovers, row.status, row.version) == (1, S.HANDED_OVER, version + 1)


def card_form(notes: str) -> ClientForm:
    basics = NewClient(
        last_name="Петров", first_name="Сергей", middle_name="Иванович", phones=(CLIENT_PHONE,)
    )
    return ClientForm(basics=basics, notes=notes)


def client_version(db: Database, client_id: int) -> tuple[int, str]:
    with db.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client.version, client.notes


def test_two_desks_saving_one_client_card_keep_one_and_name_him(desks, shop, clerks):
    for round_ in range(ROUNDS):
        version, _notes = client_version(desks[0], shop.client_id)
        notes = [f"Круг {round_}: записала {clerk.full_name}" for clerk in clerks]
        results = race(
            *(
                lambda db=db, clerk=clerk, typed=typed, version=version: update_client(
                    db, clerk, shop.client_id, card_form(typed), expected_version=version
                )
                for db, clerk, typed in zip(desks, clerks, notes, strict=True)
            )
        )

        winner, refusal = one_winner(results)
        assert results[winner] == version + 1
        assert refusal.who == clerks[winner].full_name
        assert refusal.template == StaleEdit.SAVED_BY
        assert client_version(desks[0], shop.client_id) == (version + 1, notes[winner])


def test_a_save_overtaken_between_its_read_and_its_write_names_who(desks, shop, clerks):
    """The other desk commits after this one checked the version and before it writes:
    the write itself (``flush_versioned``) is refused, and still says who."""
    olga, irina = clerks
    order = shop.order(S.READY, done=True)
    version = shop.version(order)

    with pytest.raises(StaleEdit) as caught, desks[0].transaction() as session:
        row = row_to_edit(session, WorkOrder, order, version, WHAT)
        move_order(desks[1], irina, order, S.HANDED_OVER, expected_version=version)
        apply_move(session, row, olga, S.HANDED_OVER, "")

    assert (caught.value.who, caught.value.params["status"]) == (irina.full_name, S.HANDED_OVER)
    with desks[0].transaction() as session:
        moves = session.scalars(
            select(StatusChange.changed_by_id).where(
                StatusChange.work_order_id == order, StatusChange.to_status == S.HANDED_OVER
            )
        ).all()
    assert moves == [irina.id]


def test_a_change_nobody_recorded_is_refused_without_a_name(desks):
    db = desks[0]
    client_id = make_client(db, "Сидоров", "Павел")
    clerk = make_staff(db, Role.RECEPTIONIST, name="Ольга Смирнова")
    with db.transaction() as session:
        session.execute(
            text("UPDATE clients SET version = version + 1 WHERE id = :id"), {"id": client_id}
        )

    with pytest.raises(StaleEdit) as caught:
        update_client(db, clerk, client_id, card_form("Позвонить"), expected_version=1)

    assert caught.value.who is None
    assert caught.value.template == StaleEdit.template
