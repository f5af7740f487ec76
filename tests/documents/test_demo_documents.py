"""Every document made from the demo shop's own data, as the desk would print it: orders in
each status, a request of each department, and the day's reminder letters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk_app import clock
from desk_app.documents import (
    acceptance_act,
    handover_sheet,
    reminder_letters,
    request_slip,
    workshop_sheet,
)
from desk_app.models import InternalRequest, Role, Staff, WorkOrder
from desk_app.services import auth, demo, letter_print, order_print, request_print
from desk_app.store import open_database
from tests.conftest import FIXED_NOW
from tests.documents.pdf_text import fonts_embedded, text


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    clock.set_source(lambda: FIXED_NOW)
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    demo.generate_demo(db, demo.DemoSize(clients=60, years=1))
    with db.transaction() as session:
        staff = session.scalars(select(Staff).order_by(Staff.id)).all()
        manager = auth.actor_of(next(s for s in staff if Role.MANAGER in s.roles))
        orders = session.execute(select(WorkOrder.id, WorkOrder.number, WorkOrder.status)).all()
        requests = session.scalars(select(InternalRequest.id)).all()
    yield db, manager, orders, requests
    clock.set_source(None)
    db.dispose()


def one_per_status(orders) -> list[tuple[int, str]]:
    seen: dict[object, tuple[int, str]] = {}
    for order_id, number, status in orders:
        seen.setdefault(status, (order_id, number))
    return list(seen.values())


def test_each_orders_documents_print_from_the_demo_shop(shop):
    db, manager, orders, _requests = shop
    picked = one_per_status(orders)
    assert len(picked) >= 5
    for order_id, number in picked:
        act = order_print.acceptance_act(db, manager, order_id)
        sheet = order_print.workshop_sheet(db, manager, order_id)
        handover = order_print.handover_sheet(db, manager, order_id)
        for pdf in (
            acceptance_act.render(act, copies=2),
            workshop_sheet.render(sheet),
            handover_sheet.render(handover),
        ):
            printed = text(pdf)
            assert number in printed
            assert all(fonts_embedded(pdf).values())
        assert act.customer.name in text(acceptance_act.render(act))
        assert act.customer.name not in text(workshop_sheet.render(sheet))
        assert act.shop.tax_id and act.shop.tax_id in text(acceptance_act.render(act))


def test_request_slips_print_from_the_demo_shop(shop):
    db, manager, _orders, requests = shop
    assert requests
    for request_id in requests[:12]:
        slip = request_print.request_slip(db, manager, request_id)
        assert slip.number in text(request_slip.render(slip))


def test_the_days_reminder_letters_print_from_the_demo_shop(shop):
    db, manager, _orders, _requests = shop
    day = FIXED_NOW.date()
    letters = letter_print.reminder_letters(db, manager, day)
    shop_data = letter_print.letterhead(db, manager)
    assert letters  # the demo shop has consenting clients with addresses due a service
    printed = text(reminder_letters.render(letters, shop_data))
    assert letters[0].name in printed
    assert isinstance(letters[0].written_on, date)
