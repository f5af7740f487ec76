"""Reminder letters' data: the day's service reminders of consenting clients with an address."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import update

from desk_app.documents import reminder_letters
from desk_app.models import Client, ContactChannel, Role, ShopSettings, WorkOrder, WorkOrderStatus
from desk_app.services import letter_print, reminders
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import Actor
from desk_app.services.validation.phones import format_phone
from desk_app.store.database import Database
from tests.factories import make_client, make_staff, make_vehicle, make_work_order
from tests.request_factories import make_person

TODAY = date(2026, 11, 23)
YEAR_AGO = date(2025, 11, 25)
"""The last visit: the yearly service falls due in two days."""
ADDRESS = "125009, г. Москва, ул. Лесная, д. 5, кв. 12"


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


@pytest.fixture
def desk(db: Database) -> Actor:
    return make_staff(db, Role.RECEPTIONIST, name="Ольга Приёмщица")


def due_client(
    db: Database,
    desk: Actor,
    name: str,
    *,
    consent: bool = True,
    address: str = ADDRESS,
    plate: str = "А123ВС77",
    handed: date = YEAR_AGO,
) -> int:
    """A client whose Lada was serviced on ``handed`` at 84 250 km."""
    client_id = make_client(db, name, address=address)
    with db.transaction() as session:
        session.execute(
            update(Client).where(Client.id == client_id).values(consent_to_contact=consent)
        )
    car = make_vehicle(db, client_id, plate=plate)
    order = make_work_order(
        db,
        client_id,
        car,
        desk.id,
        status=WorkOrderStatus.HANDED_OVER,
        accepted_at=datetime.combine(handed, time(8), UTC),
    )
    with db.transaction() as session:
        session.execute(
            update(WorkOrder)
            .where(WorkOrder.id == order)
            .values(closed_at=datetime.combine(handed, time(12), UTC), odometer_km=84_250)
        )
    return client_id


def letters(db: Database, actor: Actor, message: str = "") -> list[reminder_letters.Letter]:
    return letter_print.reminder_letters(db, actor, TODAY, tz=UTC, message=message)


def test_a_consenting_client_with_an_address_gets_a_letter_with_everything(db, desk):
    due_client(db, desk, "Иванов")

    (letter,) = letters(db, desk, message="Скидка 10 % до конца года.")

    assert letter == reminder_letters.Letter(
        name="Иванов Иван",
        address=ADDRESS,
        car="Lada Vesta",
        plate="А123ВС77",
        due_date=date(2026, 11, 25),
        due_km=99_250,
        message="Скидка 10 % до конца года.",
        written_on=TODAY,
    )


def test_no_consent_or_no_address_is_skipped(db, desk):
    due_client(db, desk, "Согласен", plate="А1")
    due_client(db, desk, "Против", consent=False, plate="В2")
    due_client(db, desk, "Бездомный", address="", plate="С3")
    due_client(db, desk, "Пробелы", address="  \n ", plate="Е4")

    assert [letter.name for letter in letters(db, desk)] == ["Согласен Иван"]


def test_an_address_is_printed_as_given_without_its_blank_edges(db, desk):
    due_client(db, desk, "Петров", address="  ул. Лесная, 5\nкв. 12 \n")
    (letter,) = letters(db, desk)
    assert letter.address == "ул. Лесная, 5\nкв. 12"


def test_a_reminder_the_desk_has_dealt_with_is_not_printed_again(db, desk):
    due_client(db, desk, "Иванов")
    (item,) = reminders.contact_list(db, desk, TODAY, tz=UTC)
    reminders.mark_done(db, desk, item)

    assert letters(db, desk) == []


def test_whoever_the_post_is_not_for_the_desks_rules_still_decide(db, desk):
    """Call-backs and birthdays are not reminders by post; the preferred channel is not asked."""
    phoner = due_client(db, desk, "Звонок", plate="А1")
    with db.transaction() as session:
        session.execute(
            update(Client)
            .where(Client.id == phoner)
            .values(preferred_channel=ContactChannel.PHONE, birthday=date(1980, 11, 24))
        )
    due_client(db, desk, "Недавний", plate="В2", handed=TODAY - timedelta(days=3))

    assert [letter.name for letter in letters(db, desk)] == ["Звонок Иван"]


def test_printable_keeps_the_items_to_mark_done_after_the_mailing(db, desk):
    due_client(db, desk, "Иванов", plate="А1")
    due_client(db, desk, "Бездомный", address="", plate="В2")
    items = reminders.contact_list(db, desk, TODAY, tz=UTC)

    chosen = letter_print.printable(items)

    assert [item.name for item in chosen] == ["Иванов Иван"]
    assert reminders.mark_all_done(db, desk, chosen) == 1
    assert letters(db, desk) == []


@pytest.mark.parametrize("role", [Role.MECHANIC, Role.PARTS_CLERK, Role.FINANCE])
def test_only_those_who_print_and_see_clients_get_the_letters(db, desk, role):
    due_client(db, desk, "Иванов")
    with pytest.raises(PermissionDenied):
        letters(db, make_person(db, role))
    assert len(letters(db, make_person(db, Role.MASTER))) == 1


def test_the_letterhead_is_the_shops_requisites(db, desk):
    with db.transaction() as session:
        session.execute(
            update(ShopSettings).values(
                shop_name="Автосервис «Пример»",
                legal_form="ООО",
                address="г. Москва, ул. Тверская, д. 7",
                phone="+74951234567",
                email="desk@primer-auto.ru",
            )
        )

    shop = letter_print.letterhead(db, desk)

    assert shop.full_name == "ООО Автосервис «Пример»"
    assert (shop.address, shop.email) == ("г. Москва, ул. Тверская, д. 7", "desk@primer-auto.ru")
    assert shop.phone == format_phone("+74951234567")  # as people read it
    pdf = reminder_letters.render(letters(db, desk), shop)
    assert pdf.startswith(b"%PDF")
