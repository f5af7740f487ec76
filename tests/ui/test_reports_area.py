"""The Reports area: the summary's figures in cards and tables, in the shop's time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desk_app import clock
from desk_app.models import DepartmentKind, Role, WorkOrderStatus
from desk_app.ui.area import AreaContext
from desk_app.ui.formatting import money, workstation_time_zone
from desk_app.ui.reports.area import ReportsArea, month_name
from tests.request_factories import make_priced_order, make_request

MOSCOW = ZoneInfo("Europe/Moscow")


def open_area(qtbot, db, actor, tz=MOSCOW) -> ReportsArea:
    area = ReportsArea(AreaContext(db, actor), tz=tz)
    qtbot.addWidget(area)
    area.resize(1130, 700)
    area.show()
    area.refresh()
    return area


def column_texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_cards_show_the_summary(qtbot, db, manager):
    now = datetime(2026, 11, 30, 22, 0, tzinfo=UTC)  # 1 December in Moscow
    clock.set_source(lambda: now)
    for labour, closed in [
        (("2", "1850.00"), now - timedelta(minutes=30)),
        (("1", "999.99"), now - timedelta(hours=2)),
    ]:
        make_priced_order(
            db,
            manager.id,
            labour=[labour],
            accepted_at=closed - timedelta(hours=1),
            closed_at=closed,
        )
    make_priced_order(db, manager.id, status=WorkOrderStatus.READY, accepted_at=now)

    area = open_area(qtbot, db, manager)

    assert area.title() == "Reports"
    assert area.open_card.value.text() == "1"
    assert area.open_card.detail.text() == "1 ready for handover"
    assert area.accepted_card.value.text() == "1"
    assert (
        area.revenue_card.caption.text()
        == f"Revenue, {month_name(now.date().replace(month=12, day=1))}"
    )
    assert area.revenue_card.value.text() == money(Decimal("3700.00"))
    assert area.revenue_card.detail.text() == "1 order(s) handed over"
    assert area.last_revenue_card.value.text() == money(Decimal("999.99"))
    assert area.turnaround_card.value.text() == "1.0 h"


def test_the_tables_list_statuses_and_departments(qtbot, db, manager, make_actor):
    filer = make_actor(Role.RECEPTIONIST)
    make_request(db, filer.id, needed_by=clock.now() - timedelta(hours=1))
    make_priced_order(db, manager.id, status=WorkOrderStatus.IN_PROGRESS)

    area = open_area(qtbot, db, manager)

    assert area.status_model.rowCount() == len([s for s in WorkOrderStatus if s.is_open])
    in_progress = column_texts(area.status_model, 0).index("In progress")
    assert area.status_model.index(in_progress, 1).data() == "1"
    assert column_texts(area.requests_model, 0) == ["Parts department", "Finance department"]
    assert column_texts(area.requests_model, 1) == ["1", "0"]
    assert column_texts(area.requests_model, 2) == ["1", "0"]
    assert column_texts(area.requests_model, 3) == ["—", "—"]
    assert area.requests_model.rows()[0].department is DepartmentKind.PARTS


def test_an_empty_shop_reads_sensibly(qtbot, db, manager):
    area = open_area(qtbot, db, manager)
    assert area.open_card.value.text() == "0"
    assert area.revenue_card.value.text() == money(Decimal("0"))
    assert area.turnaround_card.value.text() == "—"
    assert "no cars" in area.turnaround_card.detail.text()
    assert not area.error.isVisible()


def test_the_refresh_button_reloads(qtbot, db, manager):
    area = open_area(qtbot, db, manager)
    make_priced_order(db, manager.id, status=WorkOrderStatus.ACCEPTED)
    area.refresh_button.click()
    assert area.open_card.value.text() == "1"


def test_a_refusal_is_shown_not_raised(qtbot, db, make_actor):
    area = open_area(qtbot, db, make_actor(Role.RECEPTIONIST))
    assert area.error.isVisible()
    assert "read reports" in area.error.text()


@pytest.mark.parametrize("hours", [5.5, 72])
def test_turnaround_in_hours_or_days(qtbot, db, manager, hours):
    closed = clock.now() - timedelta(days=1)
    make_priced_order(db, manager.id, accepted_at=closed - timedelta(hours=hours), closed_at=closed)
    area = open_area(qtbot, db, manager)
    expected = "5.5 h" if hours < 48 else "3.0 days"
    assert area.turnaround_card.value.text() == expected


def test_the_local_time_zone_is_known():
    zone = workstation_time_zone()
    assert datetime(2026, 1, 1, tzinfo=zone).utcoffset() is not None
