"""A shop's database made by the first release upgrades with its data, search included."""

from __future__ import annotations

from alembic import command

from desk_app.models import Role
from desk_app.services import client_search
from desk_app.services.permissions import Actor
from desk_app.store.schema import alembic_config, current_revision, head_revision, upgrade
from tests.sample_shop import build_shop

FIRST_RELEASE = "0001"
"""The first schema; the shop is built at head and taken down to it with its data."""


def test_a_first_release_database_upgrades_and_finds_its_clients(any_db):
    with any_db.transaction() as session:
        build_shop(session)
    with any_db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), FIRST_RELEASE)
    assert upgrade(any_db) is True
    with any_db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    actor = Actor(id=1, full_name="Смирнова Ольга Игоревна", roles=frozenset({Role.RECEPTIONIST}))
    hits = client_search.find_for_intake(any_db, actor, "А123ВС77")
    assert [hit.display_name for hit in hits] == ["Кузнецов Пётр Алексеевич"]
