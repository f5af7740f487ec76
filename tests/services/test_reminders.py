"""The "To contact" list: call-backs, service reminders, greetings, consent, bulk done, export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import event, select, update

from desk_app.models import (
    Client,
    ContactChannel,
    ContactKind,
    ContactLog,
    ContactState,
    Role,
    ShopSettings,
    WorkOrder,
    WorkOrderStatus,
)
from desk_app.services import reminder_export, reminders
from desk_app.services.errors import PermissionDenied, ValidationError
from desk_app.services.permissions import Actor
from desk_app.services.reminders import ContactItem, ContactTaken
from desk_app.services.service_due import DueBasis, service_due
from desk_app.store.database import Database
from tests.factories import make_client, make_staff, make_vehicle, make_work_order

TODAY = date(2026, 11, 23)
Kind = ContactKind


@pytest.fixture
def desk(any_db: Database) -> Actor:
    return make_staff(any_db, Role.RECEPTIONIST, name="Ольга Приёмщица")


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def set_client(db: Database, client_id: int, **values: object) -> None:
    with db.transaction() as session:
        session.execute(update(Client).where(Client.id == client_id).values(**values))


def client(db: Database, name: str = "Иванов", *, consent: bool = True, **values: object) -> int:
    client_id = make_client(db, name, email=f"{name.lower()}@example.ru")
    set_client(db, client_id, consent_to_contact=consent, **values)
    return client_id


def visit(
    db: Database,
    desk: Actor,
    client_id: int,
    vehicle_id: int,
    handed: date | None,
    km: int = 0,
    *,
    status: WorkOrderStatus = WorkOrderStatus.HANDED_OVER,
) -> int:
    """A visit accepted in the morning of ``handed`` and handed over at noon (UTC)."""
    day = handed or TODAY
    order_id = make_work_order(
        db,
        client_id,
        vehicle_id,
        desk.id,
        status=status,
        accepted_at=datetime.combine(day, time(8), UTC),
    )
    closed = datetime.combine(day, time(12), UTC) if handed else None
    with db.transaction() as session:
        session.execute(
            update(WorkOrder)
            .where(WorkOrder.id == order_id)
            .values(closed_at=closed, odometer_km=km)
        )
    return order_id


def listed(db: Database, actor: Actor, today: date = TODAY, *kinds: ContactKind) -> list:
    return reminders.contact_list(db, actor, today, kinds or None, tz=UTC)


def subjects(items: list[ContactItem]) -> list[tuple[ContactKind, str]]:
    return [(item.kind, item.task.subject) for item in items]


# -- call-backs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_after", "on_list"), [(2, False), (3, True), (30, True), (31, False)]
)
def test_call_back_from_the_third_day_for_thirty_days(db, desk, days_after, on_list):
    who = client(db, consent=False)  # a call-back is service, not marketing
    order = visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=days_after))

    items = listed(db, desk, TODAY, Kind.CALL_BACK)

    assert subjects(items) == ([(Kind.CALL_BACK, f"order:{order}")] if on_list else [])
    if on_list:
        item = items[0]
        assert item.due == TODAY - timedelta(days=days_after - 3)
        assert (item.name, item.phone, item.plate) == ("Иванов Иван", "+79161234567", "А123ВС77")
        assert item.task.order_number.startswith("ЗН-")


def test_the_call_back_waits_for_the_shops_number_of_days(db, desk):
    who = client(db)
    visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    with db.transaction() as session:
        session.execute(update(ShopSettings).values(call_back_days=5))

    assert listed(db, desk, TODAY, Kind.CALL_BACK) == []
    assert len(listed(db, desk, TODAY + timedelta(days=2), Kind.CALL_BACK)) == 1


def test_reached_with_a_score_leaves_the_list_and_shows_on_the_card(db, desk):
    who = client(db)
    order = visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    (item,) = listed(db, desk)

    with pytest.raises(ValidationError) as error:
        reminders.record_call_back(db, desk, who, order, True, None, "", today=TODAY)
    assert error.value.field == "satisfaction"
    done = reminders.record_call_back(
        db, desk, who, order, True, 4, "  Всё отлично  ", today=TODAY, expected_version=None
    )

    assert done.state is ContactState.DONE
    assert listed(db, desk) == []
    (result,) = reminders.satisfaction_of(db, desk, who)
    assert (result.reached, result.satisfaction, result.comment) == (True, 4, "Всё отлично")
    assert result.order_number == item.task.order_number


def test_not_reached_three_times_the_desk_gives_up(db, desk):
    who = client(db)
    order = visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    day = TODAY
    for attempt in (1, 2):
        (item,) = listed(db, desk, day)
        assert item.attempts == attempt - 1
        result = reminders.record_call_back(
            db, desk, who, order, False, None, "", today=day, expected_version=item.log_version
        )
        assert (result.state, result.attempts) == (ContactState.POSTPONED, attempt)
        assert listed(db, desk, day) == []  # not again today
        day += timedelta(days=1)

    (item,) = listed(db, desk, day)
    result = reminders.record_call_back(
        db, desk, who, order, False, None, "", today=day, expected_version=item.log_version
    )

    assert (result.state, result.attempts) == (ContactState.GAVE_UP, 3)
    assert listed(db, desk, day + timedelta(days=1)) == []
    assert reminders.satisfaction_of(db, desk, who)[0].reached is False


def test_a_call_back_needs_a_handed_over_order_of_that_client(db, desk):
    who, other = client(db), client(db, "Петров")
    car = make_vehicle(db, who)
    open_order = visit(db, desk, who, car, None, status=WorkOrderStatus.READY)
    handed = visit(db, desk, who, car, TODAY - timedelta(days=3))

    with pytest.raises(Exception, match="not handed over"):
        reminders.record_call_back(db, desk, who, open_order, True, 5, "", today=TODAY)
    with pytest.raises(Exception, match="no longer exists"):
        reminders.record_call_back(db, desk, other, handed, True, 5, "", today=TODAY)


# -- postponing and marking done -------------------------------------------------------------


def test_postponed_is_hidden_until_its_day(db, desk):
    who = client(db)
    visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    (item,) = listed(db, desk)

    with pytest.raises(ValidationError, match="after today"):
        reminders.postpone(db, desk, item, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="too late"):
        reminders.postpone(db, desk, item, TODAY + timedelta(days=40), today=TODAY)
    reminders.postpone(db, desk, item, TODAY + timedelta(days=2), today=TODAY)

    assert listed(db, desk, TODAY + timedelta(days=1)) == []
    (again,) = listed(db, desk, TODAY + timedelta(days=2))
    assert again.task == item.task
    reminders.mark_done(db, desk, again)
    assert listed(db, desk, TODAY + timedelta(days=2)) == []


def test_two_desks_acting_on_one_item_the_second_is_told(db, desk):
    who = client(db)
    visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    other_desk = make_staff(db, Role.RECEPTIONIST, name="Второй Стол")
    (mine,) = listed(db, desk)
    (theirs,) = listed(db, other_desk)

    reminders.postpone(db, desk, mine, TODAY + timedelta(days=1), today=TODAY)
    with pytest.raises(ContactTaken):
        reminders.mark_done(db, other_desk, theirs)

    (mine,) = listed(db, desk, TODAY + timedelta(days=1))
    (theirs,) = listed(db, other_desk, TODAY + timedelta(days=1))
    reminders.mark_done(db, desk, mine)
    with pytest.raises(ContactTaken):
        reminders.postpone(db, other_desk, theirs, TODAY + timedelta(days=3), today=TODAY)


def test_a_record_made_between_looking_and_writing_is_a_clear_refusal(db, desk, monkeypatch):
    """The unique key catches what the look-up missed: another desk's insert in between."""
    who = client(db)
    order = visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    (item,) = listed(db, desk)
    reminders.mark_done(db, make_staff(db, Role.RECEPTIONIST, name="Второй Стол"), item)
    monkeypatch.setattr(reminders, "_existing_log", lambda *args: None)

    with pytest.raises(ContactTaken):
        reminders.record_call_back(db, desk, who, order, True, 5, "", today=TODAY)


def test_only_the_front_desk_acts_and_a_mechanic_sees_nothing(db, desk):
    who = client(db)
    visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    finance = make_staff(db, Role.FINANCE)

    (item,) = listed(db, finance)
    with pytest.raises(PermissionDenied):
        reminders.mark_done(db, finance, item)
    with pytest.raises(PermissionDenied):
        listed(db, make_staff(db, Role.MECHANIC))


# -- marking all shown done after a mailing ---------------------------------------------------


def greeted(db: Database, desk: Actor, count: int) -> list[ContactItem]:
    """``count`` clients with a birthday tomorrow, and one call-back due today."""
    for n in range(count):
        client(db, f"Именинник{n}", birthday=date(1980, 11, 24))
    who = client(db, "Звонок")
    visit(db, desk, who, make_vehicle(db, who), TODAY - timedelta(days=3))
    return listed(db, desk)


def test_mark_all_done_takes_the_greetings_and_leaves_the_call_backs(db, desk):
    items = greeted(db, desk, 3)
    assert [item.kind for item in items] == [Kind.CALL_BACK] + [Kind.BIRTHDAY] * 3

    assert reminders.markable_in_bulk(items) == items[1:]
    assert reminders.mark_all_done(db, desk, [*items, items[1]]) == 3

    assert [item.kind for item in listed(db, desk)] == [Kind.CALL_BACK]
    assert reminders.mark_all_done(db, desk, items[:1]) == 0


def test_mark_all_done_skips_what_another_desk_did_meanwhile(db, desk):
    items = greeted(db, desk, 5)
    other = make_staff(db, Role.RECEPTIONIST, name="Второй Стол")
    reminders.mark_done(db, other, items[1])
    reminders.postpone(db, other, items[2], TODAY + timedelta(days=1), today=TODAY)
    set_client(db, items[3].client_id, anonymised_at=datetime(2026, 11, 23, 9, tzinfo=UTC))

    assert reminders.mark_all_done(db, desk, items) == 2  # the last two

    tomorrow = TODAY + timedelta(days=1)
    (put_off,) = listed(db, desk, tomorrow, Kind.BIRTHDAY)
    assert put_off.client_id == items[2].client_id and put_off.log_version is not None
    assert reminders.mark_all_done(db, desk, [put_off]) == 1  # its record as this desk saw it
    assert listed(db, desk, tomorrow, Kind.BIRTHDAY) == []


def test_a_record_made_in_the_instant_of_saving_is_skipped_on_the_second_try(db, desk, monkeypatch):
    items = greeted(db, desk, 2)
    reminders.mark_done(db, make_staff(db, Role.RECEPTIONIST, name="Второй Стол"), items[1])
    looks: list[int] = []
    real = reminders.logs_of

    def blind_once(session, tasks):  # the first look misses the other desk's new record
        looks.append(len(tasks))
        return {} if len(looks) == 1 else real(session, tasks)

    monkeypatch.setattr(reminders, "logs_of", blind_once)

    assert reminders.mark_all_done(db, desk, items) == 1
    assert looks == [2, 2]
    assert [item.kind for item in listed(db, desk)] == [Kind.CALL_BACK]


def test_when_the_clash_goes_on_nothing_is_saved(db, desk, monkeypatch):
    items = greeted(db, desk, 2)
    reminders.mark_done(db, make_staff(db, Role.RECEPTIONIST, name="Второй Стол"), items[1])
    monkeypatch.setattr(reminders, "logs_of", lambda session, tasks: {})

    with pytest.raises(ContactTaken):
        reminders.mark_all_done(db, desk, items)

    assert [item.client_id for item in listed(db, desk, TODAY, Kind.BIRTHDAY)] == [
        items[2].client_id
    ]


def test_mark_all_done_is_for_the_front_desk_and_takes_few_queries(db, desk):
    items = greeted(db, desk, 40)
    with pytest.raises(PermissionDenied):
        reminders.mark_all_done(db, make_staff(db, Role.FINANCE), items)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    assert reminders.mark_all_done(db, desk, items) == 40

    assert len(statements) <= 8
    assert [item.kind for item in listed(db, desk)] == [Kind.CALL_BACK]
    with db.transaction() as session:
        rows = session.scalars(select(ContactLog)).all()
        assert {(row.state, row.version, row.updated_by_id) for row in rows} == {
            (ContactState.DONE, 1, desk.id)
        }


# -- the next service ------------------------------------------------------------------------


def test_projection_by_mileage_beats_the_date(db, desk):
    who = client(db)
    taxi, weekend, once = (make_vehicle(db, who, plate=p) for p in ("А1", "В2", "С3"))
    visit(db, desk, who, taxi, date(2026, 1, 10), 10000)
    visit(db, desk, who, taxi, date(2026, 4, 10), 25000)  # 15,000 km in 90 days
    visit(db, desk, who, weekend, date(2026, 1, 10), 10000)
    visit(db, desk, who, weekend, date(2026, 4, 10), 11000)
    visit(db, desk, who, once, date(2026, 4, 10), 50000)

    found = service_due(db, desk, [taxi, weekend, once, 999], tz=UTC)

    assert (found[taxi].due, found[taxi].due_km, found[taxi].basis) == (
        date(2026, 7, 9),
        40000,
        DueBasis.MILEAGE,
    )
    assert (found[weekend].due, found[weekend].basis) == (date(2027, 4, 10), DueBasis.DATE)
    assert (found[once].due, found[once].due_km, found[once].basis) == (
        date(2027, 4, 10),
        65000,
        DueBasis.DATE,
    )
    assert 999 not in found


@pytest.mark.parametrize(
    ("due_in", "on_list"), [(8, False), (7, True), (0, True), (-30, True), (-31, False)]
)
def test_service_due_within_a_week_or_overdue(db, desk, due_in, on_list):
    who = client(db)
    car = make_vehicle(db, who)
    last = TODAY + timedelta(days=due_in)
    visit(db, desk, who, car, last.replace(year=last.year - 1))

    items = listed(db, desk, TODAY, Kind.SERVICE_DUE)

    expected = [(Kind.SERVICE_DUE, f"vehicle:{car}:{last.isoformat()}")] if on_list else []
    assert subjects(items) == expected


def test_an_open_order_or_no_consent_keeps_the_car_off(db, desk):
    year_ago = TODAY.replace(year=TODAY.year - 1)
    shy = client(db, "Скромный", consent=False)
    visit(db, desk, shy, make_vehicle(db, shy, plate="А1"), year_ago)
    busy = client(db, "Занятой")
    busy_car = make_vehicle(db, busy, plate="В2")
    visit(db, desk, busy, busy_car, year_ago)
    visit(db, desk, busy, busy_car, None, status=WorkOrderStatus.IN_PROGRESS)

    assert listed(db, desk, TODAY, Kind.SERVICE_DUE) == []


# -- greetings -------------------------------------------------------------------------------


def test_birthdays_within_two_days_only_with_consent(db, desk):
    soon = client(db, "Скоро", birthday=date(1980, 11, 25))
    client(db, "Рано", birthday=date(1980, 11, 26))
    client(db, "Против", consent=False, birthday=date(1980, 11, 23))

    items = listed(db, desk, TODAY, Kind.BIRTHDAY)

    assert [(i.client_id, i.task.subject, i.due) for i in items] == [
        (soon, "birthday:2026", date(2026, 11, 25))
    ]


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (date(2027, 2, 26), date(2027, 2, 28)),
        (date(2027, 2, 28), date(2027, 2, 28)),
        (date(2028, 2, 27), date(2028, 2, 29)),
        (date(2028, 2, 26), None),
    ],
)
def test_born_on_29_february(db, desk, today, due):
    leap = client(db, birthday=date(1996, 2, 29))

    items = listed(db, desk, today, Kind.BIRTHDAY)

    assert [(i.client_id, i.due) for i in items] == ([(leap, due)] if due else [])


def test_new_year_greets_regulars_over_the_turn_of_the_year(db, desk):
    """Birthday and holiday subjects carry the year of the day greeted, not of today."""
    regular = client(db, "Постоянный", birthday=date(1970, 1, 1))
    car = make_vehicle(db, regular)
    for months_ago in (1, 3, 6, 11):
        visit(db, desk, regular, car, date(2026, 12, 30) - timedelta(days=30 * months_ago))

    items = listed(db, desk, date(2026, 12, 30), Kind.BIRTHDAY, Kind.HOLIDAY)

    assert subjects(items) == [
        (Kind.BIRTHDAY, "birthday:2027"),
        (Kind.HOLIDAY, "holiday:2027-01-01"),
    ]
    assert items[1].task.holiday == "New Year's Day"


@pytest.mark.parametrize(
    ("today", "on_list"),
    [(date(2027, 3, 5), False), (date(2027, 3, 6), True), (date(2027, 3, 8), True),
     (date(2027, 3, 9), False)],
)  # fmt: skip
def test_holidays_for_consenting_regulars_only(db, desk, today, on_list):
    regular, few = client(db, "Постоянная"), client(db, "Редкая")
    shy = client(db, "Против", consent=False)
    for who, visits in ((regular, 4), (few, 3), (shy, 5)):
        car = make_vehicle(db, who, plate=f"А{who}")
        for n in range(visits):
            visit(db, desk, who, car, today - timedelta(days=40 + 60 * n))
    visit(db, desk, few, make_vehicle(db, few, plate="Х1"), None, status=WorkOrderStatus.CANCELLED)

    items = listed(db, desk, today, Kind.HOLIDAY)

    expected = [(regular, "holiday:2027-03-08")] if on_list else []
    assert [(i.client_id, i.task.subject) for i in items] == expected


def test_anonymised_clients_are_never_on_the_list(db, desk):
    gone = client(db, birthday=date(1980, 11, 24))
    visit(db, desk, gone, make_vehicle(db, gone, plate="А1"), TODAY - timedelta(days=3))
    visit(db, desk, gone, make_vehicle(db, gone, plate="В2"), TODAY.replace(year=2025))
    assert {item.kind for item in listed(db, desk)} == {
        Kind.CALL_BACK,
        Kind.SERVICE_DUE,
        Kind.BIRTHDAY,
    }

    set_client(db, gone, anonymised_at=datetime(2026, 11, 1, tzinfo=UTC))

    assert listed(db, desk) == []


def test_call_backs_first_then_by_due_date(db, desk):
    who = client(db, birthday=date(1980, 11, 24))
    car = make_vehicle(db, who, plate="А1")
    visit(db, desk, who, make_vehicle(db, who, plate="В2"), date(2025, 11, 20))
    visit(db, desk, who, car, date(2025, 11, 21))
    visit(db, desk, who, car, TODAY - timedelta(days=3))  # moves the first car's service on

    items = listed(db, desk)

    assert [(item.kind, item.due) for item in items] == [
        (Kind.CALL_BACK, TODAY),
        (Kind.SERVICE_DUE, date(2026, 11, 20)),
        (Kind.BIRTHDAY, date(2026, 11, 24)),
    ]
    assert items[1].plate == "В2"


# -- the export ------------------------------------------------------------------------------


def test_csv_has_only_consenting_clients_marketing_rows(db, desk, tmp_path):
    fan = client(db, "Фан", birthday=date(1980, 11, 24), address="=cmd|' /C calc'!A0")
    set_client(db, fan, preferred_channel=ContactChannel.EMAIL)
    visit(db, desk, fan, make_vehicle(db, fan), TODAY - timedelta(days=3))
    items = listed(db, desk)
    shy_item = ContactItem(
        items[1].task, "Скромный", "+79990000000", "", "", ContactChannel.SMS, consent=False
    )

    text = reminder_export.export_csv([*items, shy_item])
    path = tmp_path / "list.csv"
    count = reminder_export.write_csv([*items, shy_item], path)

    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [
        ["Name", "Channel", "Phone", "E-mail", "Address", "Reason", "Due date"],
        ["Фан Иван", "email", "+79161234567", "фан@example.ru", "'=cmd|' /C calc'!A0",
         "Birthday", "2026-11-24"],
    ]  # fmt: skip
    assert count == 1
    assert path.read_bytes().startswith("\ufeffName,".encode())
    assert path.read_bytes().decode("utf-8-sig") == text


def test_the_list_of_the_demo_shop_size_takes_few_queries(db, desk):
    """Many clients, a handful of statements: not one query per client."""
    for n in range(40):
        who = client(db, f"Клиент{n}", birthday=date(1980, 11, 24))
        visit(db, desk, who, make_vehicle(db, who, plate=f"А{n}"), TODAY - timedelta(days=4))
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    items = listed(db, desk)

    assert len(items) == 80
    assert len(statements) <= 12
