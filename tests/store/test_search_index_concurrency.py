"""Two desks changing one client at once leave the search index right (PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from tests.sample_shop import build_shop

pytestmark = pytest.mark.postgres


def test_a_car_and_a_phone_changed_at_once_leave_one_line_per_car(postgres_db):
    with postgres_db.transaction() as session:
        build_shop(session)
    client_id = 1
    first = postgres_db.engine.connect()
    first_tx = first.begin()
    first.execute(
        text(
            "INSERT INTO vehicles (owner_id, make, model, plate, engine_number, colour,"
            " bought_here, created_at, version) VALUES (:c, 'Kia', 'Rio', 'М456ОР199', '', '',"
            " false, :now, 1)"
        ),
        {"c": client_id, "now": datetime.now(UTC)},
    )

    def change_phone() -> None:
        with postgres_db.engine.begin() as second:
            second.execute(
                text("UPDATE client_phones SET number = '+79035556677' WHERE client_id = :c"),
                {"c": client_id},
            )

    other_desk = threading.Thread(target=change_phone)
    other_desk.start()
    other_desk.join(timeout=0.5)
    assert other_desk.is_alive(), "the second desk waits for the first"
    first_tx.commit()
    first.close()
    other_desk.join(timeout=10)

    with postgres_db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT vehicle_id, phones FROM client_search WHERE client_id = :c"),
            {"c": client_id},
        ).all()
    assert len(rows) == 2
    assert all("+79035556677" in phones and "+79161234567" not in phones for _, phones in rows)
