"""The client card: reading it, editing it as intake checks, duplicates, merge, forgetting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desk_app.models import (
    Appointment,
    AppointmentStatus,
    ClientKind,
    ContactChannel,
    Role,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import client_card, client_editing, client_merge, client_search
from desk_app.services.client_editing import ClientForm
from desk_app.services.errors import DomainError, PermissionDenied, StaleEdit, ValidationError
from desk_app.services.form_fields import InvalidForm
from desk_app.services.intake_form import NewClient, NewVehicle
from tests.factories import make_appointment, make_client, make_vehicle, make_work_order
from tests.workshop_shop import build_workshop


@pytest.fixture
def shop(db):
    return build_workshop(db)


def form_of(card, **changes) -> ClientForm:
    basics = NewClient(
        kind=card.kind,
        last_name=card.last_name,
        first_name=card.first_name,
        middle_name=card.middle_name,
        company_name=card.company_name,
        phones=card.phones,
        email=card.email,
        consent_to_contact=card.consent_to_contact,
        referral_source=card.referral_source,
    )
    basics_changes = {k: v for k, v in changes.items() if k in NewClient.__dataclass_fields__}
    rest = {k: v for k, v in changes.items() if k not in basics_changes}
    return ClientForm(
        basics=replace(basics, **basics_changes),
        address=rest.get("address", card.address),
        birthday=rest.get("birthday", card.birthday),
        preferred_channel=rest.get("preferred_channel", card.preferred_channel),
        notes=rest.get("notes", card.notes),
    )


def test_the_card_has_cars_visits_money_and_status(shop):
    desk = shop[Role.RECEPTIONIST]
    shop.order(WorkOrderStatus.HANDED_OVER, discount="10")
    shop.order(WorkOrderStatus.IN_PROGRESS)
    shop.order(WorkOrderStatus.CANCELLED)
    card = client_card.load_card(shop.db, desk, shop.client_id)
    assert card.display_name == "Петров Сергей Иванович"
    assert card.phones == ("+79031112233",)
    assert [v.title for v in card.vehicles] == ["Kia Rio"]
    assert card.vehicles[0].visits == 2
    assert len(card.visits) == 3
    handed = next(v for v in card.visits if v.status is WorkOrderStatus.HANDED_OVER)
    assert handed.works == ("Замена масла ДВС", "Замена воздушного фильтра")
    assert handed.total == Decimal("3555.00")  # 3,950.00 less 10 %
    assert card.total_spent == Decimal("3555.00")
    assert not card.status.regular and card.status.visits == 2


def test_the_mechanic_cannot_open_a_card(shop):
    with pytest.raises(PermissionDenied):
        client_card.load_card(shop.db, shop[Role.MECHANIC], shop.client_id)


def test_editing_is_checked_like_intake_and_every_problem_is_named(shop, fixed_clock):
    desk = shop[Role.RECEPTIONIST]
    card = client_card.load_card(shop.db, desk, shop.client_id)
    bad = form_of(
        card,
        last_name="",
        first_name="",
        phones=("12",),
        email="petrov@",
        birthday=fixed_clock.date() + timedelta(days=1),
    )
    with pytest.raises(InvalidForm) as problems:
        client_editing.update_client(
            shop.db, desk, shop.client_id, bad, expected_version=card.version
        )
    assert set(problems.value.fields) >= {"last_name", "phones.0", "email", "birthday"}


def test_a_saved_card_and_a_stale_one(shop):
    desk = shop[Role.RECEPTIONIST]
    card = client_card.load_card(shop.db, desk, shop.client_id)
    version = client_editing.update_client(
        shop.db,
        desk,
        shop.client_id,
        form_of(
            card,
            phones=("8 903 111-22-33", "+7 916 000 11 22"),
            address="Москва, ул. Ленина, 1",
            birthday=date(1980, 2, 29),
            preferred_channel=ContactChannel.SMS,
            consent_to_contact=True,
        ),
        expected_version=card.version,
    )
    saved = client_card.load_card(shop.db, desk, shop.client_id)
    assert saved.version == version
    assert saved.phones == ("+79031112233", "+79160001122")
    assert (saved.birthday, saved.preferred_channel) == (date(1980, 2, 29), ContactChannel.SMS)
    with pytest.raises(StaleEdit):
        client_editing.update_client(
            shop.db,
            shop[Role.MANAGER],
            shop.client_id,
            form_of(card, notes="x"),
            expected_version=card.version,
        )
    assert client_search.find_for_intake(shop.db, desk, "9160001122")[0].client_id == shop.client_id


def test_a_vehicle_is_edited_and_a_taken_vin_refused(shop):
    desk = shop[Role.RECEPTIONIST]
    other = make_client(shop.db, "Сидоров", "Пётр", phones=["+79990000001"])
    make_vehicle(shop.db, other, "Lada", "Niva", "Х001ХХ77", vin="XTA212140K1234567")
    car = client_card.load_card(shop.db, desk, shop.client_id).vehicles[0]
    client_editing.update_vehicle(
        shop.db,
        desk,
        car.id,
        NewVehicle("Kia", "Rio", 2018, "м 456 ор 199", car.vin, "", "белый"),
        bought_here=True,
        expected_version=car.version,
    )
    car = client_card.load_card(shop.db, desk, shop.client_id).vehicles[0]
    assert (car.colour, car.bought_here, car.plate) == ("белый", True, "М456ОР199")
    with pytest.raises(InvalidForm):
        client_editing.update_vehicle(
            shop.db,
            desk,
            car.id,
            NewVehicle("", "Rio"),
            bought_here=True,
            expected_version=car.version,
        )
    with pytest.raises(ValidationError, match="already on file"):
        client_editing.add_vehicle(
            shop.db, desk, shop.client_id, NewVehicle("Lada", "Niva", vin="XTA212140K1234567")
        )


def test_duplicates_by_phone_or_vin(shop):
    desk = shop[Role.RECEPTIONIST]
    twin = make_client(shop.db, "Петров", "С.", phones=["+79031112233"])
    found = client_editing.possible_duplicates(
        shop.db, desk, ["+79031112233"], ["Z94CB41AAGR323020"], exclude_client_id=twin
    )
    assert [(d.client_id, d.shared) for d in found] == [
        (shop.client_id, ("+79031112233", "Z94CB41AAGR323020"))
    ]
    assert client_editing.possible_duplicates(shop.db, desk, ["+79990000000"]) == []


def test_merging_keeps_every_visit(shop, fixed_clock):
    desk = shop[Role.RECEPTIONIST]
    shop.order(WorkOrderStatus.HANDED_OVER)
    twin = make_client(
        shop.db, "Петров", "Сергей", phones=["+79031112233", "+79165554433"], email="p@mail.ru"
    )
    twin_car = make_vehicle(shop.db, twin, "Lada", "Largus", "О777ОО77")
    make_work_order(shop.db, twin, twin_car, desk.id, status=WorkOrderStatus.HANDED_OVER)
    make_appointment(shop.db, twin, desk.id, fixed_clock + timedelta(days=1))
    keep = client_card.load_card(shop.db, desk, shop.client_id)
    drop = client_card.load_card(shop.db, desk, twin)
    client_merge.merge_clients(
        shop.db, desk, keep.id, drop.id, keep_version=keep.version, drop_version=drop.version
    )
    merged = client_card.load_card(shop.db, desk, keep.id)
    assert merged.phones == ("+79031112233", "+79165554433")
    assert merged.email == "p@mail.ru"
    assert [v.title for v in merged.vehicles] == ["Kia Rio", "Lada Largus"]
    assert len(merged.visits) == 2
    with shop.db.transaction() as session:
        assert session.query(Appointment).filter_by(client_id=keep.id).count() == 1
    hits = client_search.find_for_intake(shop.db, desk, "О777ОО77")
    assert {hit.client_id for hit in hits} == {keep.id}


def test_merging_refuses_one_card_twice_and_a_stale_card(shop):
    desk = shop[Role.RECEPTIONIST]
    card = client_card.load_card(shop.db, desk, shop.client_id)
    with pytest.raises(DomainError):
        client_merge.merge_clients(
            shop.db, desk, card.id, card.id, keep_version=card.version, drop_version=card.version
        )
    twin = make_client(shop.db, "Петров", "С.")
    with pytest.raises(StaleEdit):
        client_merge.merge_clients(
            shop.db, desk, card.id, twin, keep_version=card.version + 1, drop_version=1
        )
    with pytest.raises(PermissionDenied):
        client_merge.merge_clients(
            shop.db, shop[Role.MASTER], card.id, twin, keep_version=card.version, drop_version=1
        )


def test_forgetting_erases_the_person_and_keeps_the_orders(shop, fixed_clock):
    desk, manager = shop[Role.RECEPTIONIST], shop[Role.MANAGER]
    order = shop.order(WorkOrderStatus.HANDED_OVER)
    make_appointment(shop.db, shop.client_id, desk.id, fixed_clock + timedelta(days=2))
    card = client_card.load_card(shop.db, manager, shop.client_id)
    with pytest.raises(PermissionDenied):
        client_merge.forget_client(shop.db, desk, shop.client_id, expected_version=card.version)
    client_merge.forget_client(shop.db, manager, shop.client_id, expected_version=card.version)
    gone = client_card.load_card(shop.db, manager, shop.client_id)
    assert gone.display_name == f"#{shop.client_id}"
    assert (gone.phones, gone.email, gone.address, gone.birthday) == ((), "", "", None)
    assert gone.anonymised_at == fixed_clock and gone.kind is ClientKind.PERSON
    assert gone.vehicles[0].plate == "" and gone.vehicles[0].vin == "Z94CB41AAGR323020"
    assert [v.order_id for v in gone.visits] == [order]
    with shop.db.transaction() as session:
        assert session.get(WorkOrder, order) is not None
        booking = session.query(Appointment).one()
        assert booking.status is AppointmentStatus.CANCELLED
    assert client_search.find_for_intake(shop.db, desk, "Петров") == []
    assert client_search.find_for_intake(shop.db, desk, "9031112233") == []
    with pytest.raises(DomainError, match="erased"):
        client_editing.update_client(
            shop.db,
            manager,
            shop.client_id,
            form_of(gone, last_name="Петров", phones=("+79031112233",)),
            expected_version=gone.version,
        )
