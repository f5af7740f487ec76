"""Accepting a car: the intake form becomes a work order, or is refused field by field."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from desk_app import clock
from desk_app.models import (
    Appointment,
    AppointmentStatus,
    AuditEntry,
    Client,
    DamageKind,
    InspectionState,
    IntakeDraft,
    Role,
    Vehicle,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import drafts, intake, price_list
from desk_app.services.damage import MarkData
from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.services.intake import InvalidForm
from desk_app.services.intake_form import (
    ClientPart,
    InspectionEntry,
    IntakeForm,
    NewClient,
    NewVehicle,
    WorkItem,
)
from desk_app.services.price_list import OperationInput
from tests.conftest import FIXED_NOW
from tests.factories import (
    make_appointment,
    make_client,
    make_staff,
    make_vehicle,
    make_work_order,
)

MOSCOW = ZoneInfo("Europe/Moscow")


def new_form(**changes: object) -> IntakeForm:
    """A complete intake of a new client's new car, as the desk fills it in."""
    form = IntakeForm(
        new_client=NewClient(
            last_name="Петров",
            first_name="Пётр",
            middle_name="Ильич",
            phones=("8 (926) 555-12-34", "+7 926 555 12 34", "+49 30 123456"),
            email="petrov@example.ru",
            consent_to_contact=True,
            referral_source="Сосед по гаражу",
        ),
        new_vehicle=NewVehicle(
            make="Lada",
            model="Vesta",
            year=2018,
            plate="a777mp 77",
            vin="xtagfl110jy123456",
            engine_number="21129 3456789",
            colour="Белый",
        ),
        odometer_km=45210,
        fuel_level=38,
        complaints="Стучит спереди справа на кочках.\nИногда скрипит при торможении.",
        works=(
            WorkItem("Диагностика ходовой части", Decimal("0.5"), Decimal("2200")),
            WorkItem("Замена передних колодок", Decimal("0.8"), Decimal("2200.005")),
        ),
        client_parts=(ClientPart("Колодки тормозные передние", "TRW GDB1234", Decimal("1")),),
        completeness=("Spare wheel", "Jack", "Spare wheel"),
        inspection=(
            InspectionEntry("Lights", InspectionState.OK),
            InspectionEntry("Tyres", InspectionState.ATTENTION, "Износ 70 %"),
        ),
        damage_marks=(
            MarkData(DamageKind.SCRATCH, 0.2, 0.3, "левая дверь"),
            MarkData(DamageKind.DENT, 0.7, 0.5),
        ),
        estimate=Decimal("3500"),
        prepayment=Decimal("1000"),
        promised_at=FIXED_NOW + timedelta(hours=6),
    )
    return replace(form, **changes)


def known_car_form(client_id: int, vehicle_id: int, **changes: object) -> IntakeForm:
    base = new_form(new_client=None, new_vehicle=None, client_id=client_id, vehicle_id=vehicle_id)
    return replace(base, **changes)


def refused(db, actor, form: IntakeForm) -> dict[str, ValidationError]:
    """The problems of a refused form, by field."""
    with pytest.raises(InvalidForm) as caught:
        intake.accept_vehicle(db, actor, form, tz=MOSCOW)
    return {error.field: error for error in caught.value.errors}


def count(db, model) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_new_client_with_a_new_car_becomes_an_accepted_order(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST, name="Ольга Приёмщица")

    accepted = intake.accept_vehicle(any_db, desk, new_form(), tz=MOSCOW)

    assert accepted.number == "26-000001"
    with any_db.transaction() as session:
        order = session.get(WorkOrder, accepted.id)
        assert order.status is WorkOrderStatus.ACCEPTED
        assert (order.accepted_by_id, order.accepted_at) == (desk.id, FIXED_NOW)
        assert order.promised_at == FIXED_NOW + timedelta(hours=6)
        assert (order.odometer_km, order.fuel_level) == (45210, 38)
        assert order.complaints.startswith("Стучит спереди")
        assert "\n" in order.complaints
        assert order.completeness == ["Spare wheel", "Jack"]
        assert (order.estimate, order.prepayment) == (Decimal("3500.00"), Decimal("1000.00"))
        client = order.client
        assert (client.last_name, client.first_name, client.middle_name) == (
            "Петров",
            "Пётр",
            "Ильич",
        )
        assert [p.number for p in client.phones] == ["+79265551234", "+4930123456"]
        assert (client.consent_to_contact, client.referral_source) == (True, "Сосед по гаражу")
        vehicle = order.vehicle
        assert (vehicle.plate, vehicle.vin, vehicle.owner_id) == (
            "А777МР77",
            "XTAGFL110JY123456",
            client.id,
        )
        assert [(c.from_status, c.to_status, c.changed_by_id) for c in order.status_changes] == [
            (None, WorkOrderStatus.ACCEPTED, desk.id)
        ]
        assert [(w.position, w.name, w.norm_hours, w.rate) for w in order.labour_lines] == [
            (1, "Диагностика ходовой части", Decimal("0.50"), Decimal("2200.00")),
            (2, "Замена передних колодок", Decimal("0.80"), Decimal("2200.01")),
        ]
        [part] = order.part_lines
        assert (part.supplied_by_client, part.unit_price, part.part_number) == (
            True,
            Decimal("0.00"),
            "TRW GDB1234",
        )
        assert sorted((m.kind, m.x, m.y, m.note) for m in order.damage_marks) == [
            (DamageKind.DENT, 0.7, 0.5, ""),
            (DamageKind.SCRATCH, 0.2, 0.3, "левая дверь"),
        ]
        assert sorted((i.name, i.state, i.note) for i in order.inspection_items) == [
            ("Lights", InspectionState.OK, ""),
            ("Tyres", InspectionState.ATTENTION, "Износ 70 %"),
        ]
        logged = session.execute(select(AuditEntry.entity, AuditEntry.action)).all()
        assert set(logged) >= {
            ("client", "create"),
            ("vehicle", "create"),
            ("work_order", "accept"),
        }


def test_a_known_client_and_car_are_reused_and_an_ownerless_car_gets_its_owner(any_db):
    desk = make_staff(any_db, Role.MASTER)
    client = make_client(any_db)
    vehicle = make_vehicle(any_db, None)

    accepted = intake.accept_vehicle(any_db, desk, known_car_form(client, vehicle), tz=MOSCOW)

    with any_db.transaction() as session:
        order = session.get(WorkOrder, accepted.id)
        assert (order.client_id, order.vehicle_id) == (client, vehicle)
        assert session.get(Vehicle, vehicle).owner_id == client
    assert count(any_db, Client) == 1


def test_a_phone_already_on_file_names_the_card_to_pick_instead(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    existing = make_client(any_db, "Сидоров", "Семён", phones=["+79265551234"])

    problems = refused(any_db, desk, new_form())

    error = problems["new_client.phones.0"]
    assert error.params["client_id"] == existing
    assert "Сидоров Семён" in error.message
    assert "8 (926) 555-12-34" in error.message
    assert count(any_db, Client) == 1
    assert count(any_db, WorkOrder) == 0


def test_a_vin_already_on_file_names_the_car_to_pick_instead(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    owner = make_client(any_db, phones=["+79990001122"])
    car = make_vehicle(any_db, owner, "Lada", "Vesta", "О001ОО77", vin="XTAGFL110JY123456")

    problems = refused(any_db, desk, new_form())

    assert problems["new_vehicle.vin"].params["vehicle_id"] == car
    assert "Lada Vesta О001ОО77" in problems["new_vehicle.vin"].message
    assert count(any_db, Vehicle) == 1


def test_bad_vin_plate_and_phone_are_refused_under_their_fields(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    form = new_form(
        new_client=NewClient(first_name="Анна", phones=("916123", "😀")),
        new_vehicle=NewVehicle(make="Honda", plate="😀", vin="1HGCM82643A004352"),
    )

    problems = refused(db, desk, form)

    assert {"new_client.phones.0", "new_client.phones.1", "new_vehicle.plate"} <= set(problems)
    assert "check digit" in problems["new_vehicle.vin"].message


def test_an_odd_plate_is_only_a_warning_and_is_saved_as_typed(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    form = new_form(new_vehicle=NewVehicle(make="BMW", plate="b-ab 1234"))

    accepted = intake.accept_vehicle(db, desk, form, tz=MOSCOW)

    with db.transaction() as session:
        assert session.get(WorkOrder, accepted.id).vehicle.plate == "B-AB 1234"


@pytest.mark.parametrize(
    ("reading", "confirmed", "saved"),
    [(49_999, False, False), (49_999, True, True), (50_000, False, True), (50_001, False, True)],
)
def test_an_odometer_lower_than_last_time_must_be_confirmed(any_db, reading, confirmed, saved):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    client = make_client(any_db)
    vehicle = make_vehicle(any_db, client)
    earlier = make_work_order(any_db, client, vehicle, desk.id, number="25-000007")
    with any_db.transaction() as session:
        session.get(WorkOrder, earlier).odometer_km = 50_000
    form = replace(
        known_car_form(client, vehicle), odometer_km=reading, odometer_rollback_confirmed=confirmed
    )

    if saved:
        accepted = intake.accept_vehicle(any_db, desk, form, tz=MOSCOW)
        with any_db.transaction() as session:
            assert session.get(WorkOrder, accepted.id).odometer_km == reading
    else:
        problems = refused(any_db, desk, form)
        assert set(problems) == {"odometer_km"}
        assert problems["odometer_km"].params == {"value": 49_999, "last": 50_000}


def test_missing_and_negative_odometer_and_fuel_are_refused(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    assert {"odometer_km", "fuel_level"} <= set(
        refused(db, desk, new_form(odometer_km=None, fuel_level=None))
    )
    assert {"odometer_km", "fuel_level"} <= set(
        refused(db, desk, new_form(odometer_km=-1, fuel_level=101))
    )
    assert "fuel_level" in refused(db, desk, new_form(fuel_level=-1))


def test_empty_complaints_are_fine_when_works_say_why_the_car_came(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    assert "complaints" in refused(db, desk, new_form(complaints=" \n ", works=()))
    accepted = intake.accept_vehicle(db, desk, new_form(complaints=""), tz=MOSCOW)
    with db.transaction() as session:
        assert session.get(WorkOrder, accepted.id).complaints == ""


def test_enormous_text_is_refused_and_emoji_survive_on_both_engines(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    assert "complaints" in refused(any_db, desk, new_form(complaints="а" * 4001))
    too_long_name = NewClient(last_name="Щ" * 81, phones=("+79001112233",))
    assert "new_client.last_name" in refused(any_db, desk, new_form(new_client=too_long_name))

    emoji_name = NewClient(first_name="Маша 🌸", phones=("+79001112233",))
    complaints = "Стучит 🚗💥 — " + "ы" * 3980 + "\x00\x07"
    form = new_form(new_client=emoji_name, complaints=complaints)
    accepted = intake.accept_vehicle(any_db, desk, form, tz=MOSCOW)

    with any_db.transaction() as session:
        order = session.get(WorkOrder, accepted.id)
        assert order.complaints == complaints.removesuffix("\x00\x07")
        assert order.client.first_name == "Маша 🌸"


def test_money_is_rounded_and_negative_amounts_are_refused(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    problems = refused(
        db,
        desk,
        new_form(
            estimate=Decimal("-0.01"),
            prepayment=Decimal("-5"),
            works=(WorkItem("Мойка", Decimal("-1"), Decimal("-100")),),
            client_parts=(ClientPart("Лампа", quantity=Decimal("0")),),
        ),
    )
    assert {
        "estimate",
        "prepayment",
        "works.0.norm_hours",
        "works.0.rate",
        "client_parts.0.quantity",
    } <= set(problems)

    deposit_above_estimate = new_form(estimate=Decimal("1000.005"), prepayment=Decimal("5000"))
    accepted = intake.accept_vehicle(db, desk, deposit_above_estimate, tz=MOSCOW)
    with db.transaction() as session:
        order = session.get(WorkOrder, accepted.id)
        assert (order.estimate, order.prepayment) == (Decimal("1000.01"), Decimal("5000.00"))


@pytest.mark.parametrize(
    "promised_at",
    [None, FIXED_NOW, FIXED_NOW - timedelta(minutes=1), datetime(2026, 11, 24, 12)],
    ids=["missing", "now", "past", "naive"],
)
def test_the_promised_time_must_be_after_now(db, promised_at):
    desk = make_staff(db, Role.RECEPTIONIST)
    assert "promised_at" in refused(db, desk, new_form(promised_at=promised_at))


def test_every_problem_is_reported_at_once(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    form = IntakeForm(
        client_id=1,
        new_client=NewClient(),
        new_vehicle=NewVehicle(vin="123"),
        inspection=(
            InspectionEntry("Lights", InspectionState.OK),
            InspectionEntry("lights", InspectionState.URGENT),
        ),
        damage_marks=(MarkData(DamageKind.DENT, 1.5, 0.5),),
        estimate=Decimal("-1"),
    )

    problems = refused(db, desk, form)

    assert {
        "client",
        "new_client.last_name",
        "new_client.phones",
        "new_vehicle.make",
        "new_vehicle.vin",
        "odometer_km",
        "fuel_level",
        "complaints",
        "inspection.1.name",
        "damage_marks",
        "estimate",
        "promised_at",
    } <= set(problems)


def test_a_company_needs_its_name(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    company = NewClient(kind="company", last_name="ignored", phones=("+74950001122",))
    assert "new_client.company_name" in refused(db, desk, new_form(new_client=company))


def test_only_the_front_desk_accepts_cars(db):
    for role in (Role.MECHANIC, Role.PARTS_CLERK, Role.FINANCE):
        with pytest.raises(PermissionDenied):
            intake.accept_vehicle(db, make_staff(db, role), new_form())
        with pytest.raises(PermissionDenied):
            intake.intake_defaults(db, make_staff(db, role, name=f"Other {role}"))


def test_works_from_the_price_list_carry_their_code_and_warranty(db):
    manager = make_staff(db, Role.MANAGER)
    operation = price_list.add_operation(
        db, manager, OperationInput("ТМ-01", "Замена передних колодок", "0.8", warranty_months=6)
    )
    desk = make_staff(db, Role.RECEPTIONIST)
    works = (
        WorkItem(operation.name, operation.norm_hours, Decimal("2200"), operation.id),
        WorkItem("Помыть машину", Decimal("0"), Decimal("0")),
    )

    accepted = intake.accept_vehicle(db, desk, new_form(works=works), tz=MOSCOW)

    with db.transaction() as session:
        lines = session.get(WorkOrder, accepted.id).labour_lines
        assert [(w.operation_code, w.warranty_months) for w in lines] == [("ТМ-01", 6), ("", 0)]
    gone = (WorkItem("Нет такой", Decimal("1"), Decimal("1"), 9999),)
    assert "works.0.operation_id" in refused(db, desk, new_form(works=gone))


def test_numbers_continue_the_years_highest_and_ignore_other_formats(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    client, vehicle = make_client(any_db), make_vehicle(any_db, None)
    for number in ("26-000041", "26-000009", "26-X", "ЗН-99999", "25-000500"):
        make_work_order(any_db, client, vehicle, desk.id, number=number)

    accepted = intake.accept_vehicle(any_db, desk, new_form(), tz=MOSCOW)

    assert accepted.number == "26-000042"


def test_numbering_starts_again_at_the_local_new_year(db, fixed_clock):
    desk = make_staff(db, Role.RECEPTIONIST)
    client = make_client(db)
    last_minute = datetime(2026, 12, 31, 20, 59, tzinfo=UTC)  # 23:59 in Moscow
    new_year = datetime(2026, 12, 31, 21, 0, tzinfo=UTC)  # 00:00 on 1 January in Moscow
    numbers = []
    for moment in (last_minute, new_year, new_year):
        clock.set_source(lambda moment=moment: moment)
        vehicle = make_vehicle(db, client)
        form = known_car_form(client, vehicle, promised_at=moment + timedelta(hours=3))
        numbers.append(intake.accept_vehicle(db, desk, form, tz=MOSCOW).number)

    assert numbers == ["26-000001", "27-000001", "27-000002"]
    clock.set_source(lambda: last_minute)
    assert intake.accept_vehicle(db, desk, replace(form, promised_at=new_year), tz=UTC).number == (
        "26-000002"
    )


@pytest.mark.postgres
def test_two_desks_saving_at_once_get_different_numbers(postgres_db, monkeypatch, caplog):
    """Both read the same highest number; the second insert is refused and repeated.

    PostgreSQL only: on SQLite a save takes the one writer's turn before it reads the
    number, so two reads cannot meet (tests/store/test_sqlite_writers.py)."""
    any_db = postgres_db
    desks = [make_staff(any_db, Role.RECEPTIONIST, name=f"Desk {i}") for i in (1, 2)]
    client = make_client(any_db)
    cars = [make_vehicle(any_db, client, plate=f"А00{i}АА77") for i in (1, 2)]
    both_read = threading.Barrier(2, timeout=20)
    first_call = threading.local()
    original = intake.next_order_number

    def racing(session, year):
        number = original(session, year)
        if not getattr(first_call, "done", False):
            first_call.done = True
            both_read.wait()
        return number

    monkeypatch.setattr(intake, "next_order_number", racing)
    caplog.set_level("INFO", logger="desk_app.services.intake")
    results: list[str] = []
    failures: list[BaseException] = []

    def save(desk, car):
        try:
            form = known_car_form(client, car)
            results.append(intake.accept_vehicle(any_db, desk, form, tz=MOSCOW).number)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=save, args=pair) for pair in zip(desks, cars, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert failures == []
    assert sorted(results) == ["26-000001", "26-000002"]
    assert "collided with another desk" in caplog.text


def test_a_booked_car_arrives_and_its_appointment_is_linked(any_db):
    desk = make_staff(any_db, Role.RECEPTIONIST)
    client = make_client(any_db)
    vehicle = make_vehicle(any_db, client)
    booked = make_appointment(
        any_db, client, desk.id, FIXED_NOW - timedelta(minutes=10), vehicle_id=vehicle
    )

    form = intake.prefill_from_appointment(any_db, desk, booked)
    assert (form.client_id, form.vehicle_id, form.appointment_id) == (client, vehicle, booked)
    assert form.complaints == "ТО"
    assert form.promised_at == FIXED_NOW + timedelta(hours=24)
    filled = replace(form, odometer_km=12_000, fuel_level=50)
    accepted = intake.accept_vehicle(any_db, desk, filled, tz=MOSCOW)

    with any_db.transaction() as session:
        appointment = session.get(Appointment, booked)
        assert (appointment.status, appointment.work_order_id) == (
            AppointmentStatus.ARRIVED,
            accepted.id,
        )
    with pytest.raises(ValidationError) as caught:
        intake.prefill_from_appointment(any_db, desk, booked)
    assert caught.value.field == "appointment_id"
    assert "appointment_id" in refused(any_db, desk, filled)


def test_appointments_of_others_or_cancelled_ones_cannot_be_used(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    client = make_client(db)
    vehicle = make_vehicle(db, client)
    other = make_client(db, "Орлов", phones=["+79035550000"])
    theirs = make_appointment(db, other, desk.id, FIXED_NOW)
    cancelled = make_appointment(db, client, desk.id, FIXED_NOW, status=AppointmentStatus.CANCELLED)
    no_show = make_appointment(db, client, desk.id, FIXED_NOW, status=AppointmentStatus.NO_SHOW)

    for appointment in (theirs, cancelled, 9999):
        form = replace(known_car_form(client, vehicle), appointment_id=appointment)
        assert "appointment_id" in refused(db, desk, form)
    late = replace(known_car_form(client, vehicle), appointment_id=no_show)
    intake.accept_vehicle(db, desk, late, tz=MOSCOW)


def test_the_draft_is_removed_with_the_saved_intake(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    drafts.save_draft(db, desk, drafts.form_to_payload(new_form()))
    assert count(db, IntakeDraft) == 1

    refused(db, desk, new_form(fuel_level=None))
    assert drafts.pending_draft(db, desk) is not None

    intake.accept_vehicle(db, desk, new_form(), tz=MOSCOW)
    assert drafts.pending_draft(db, desk) is None


def test_a_fresh_form_starts_from_the_shops_lists_rate_and_usual_promise(db, fixed_clock):
    desk = make_staff(db, Role.RECEPTIONIST)
    defaults = intake.intake_defaults(db, desk)
    assert defaults.completeness[:3] == ("Spare wheel", "Jack", "Tools")
    assert "Brakes" in defaults.inspection
    assert defaults.labour_rate == Decimal("2200.00")
    assert defaults.promised_at == FIXED_NOW + timedelta(hours=24)
    assert defaults.fuel_steps == (0, 12, 25, 38, 50, 62, 75, 88, 100)

    clock.set_source(lambda: FIXED_NOW + timedelta(minutes=1))
    assert intake.intake_defaults(db, desk).promised_at == FIXED_NOW + timedelta(
        hours=24, minutes=30
    )


def test_a_regular_client_gets_the_rules_discount_and_no_more(db, fixed_clock):
    desk = make_staff(db, Role.RECEPTIONIST)
    client = make_client(db)
    vehicle = make_vehicle(db, client, "Lada", "Vesta")
    for days in (300, 200, 100):
        make_work_order(
            db,
            client,
            vehicle,
            desk.id,
            status=WorkOrderStatus.HANDED_OVER,
            accepted_at=fixed_clock - timedelta(days=days),
        )
    form = known_car_form(client, vehicle, estimate=Decimal("25000"))
    too_much = replace(form, discount_percent=Decimal("35"), discount_reason="Постоянный")
    problem = refused(db, desk, too_much)["discount_percent"]
    assert problem.params == {"allowed": Decimal("30")}

    given = replace(form, discount_percent=Decimal("30"), discount_reason="Постоянный клиент")
    accepted = intake.accept_vehicle(db, desk, given, tz=MOSCOW)
    with db.transaction() as session:
        order = session.get(WorkOrder, accepted.id)
        assert (order.discount_percent, order.discount_reason) == (
            Decimal("30.00"),
            "Постоянный клиент",
        )


def test_a_new_client_gets_no_discount_at_the_desk(db):
    desk = make_staff(db, Role.RECEPTIONIST)
    problems = refused(db, desk, new_form(discount_percent=Decimal("5"), discount_reason="Друг"))
    assert problems["discount_percent"].params == {"allowed": Decimal("0")}
