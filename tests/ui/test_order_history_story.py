"""The history told in words, without drawing it: every kind of event, stays, durations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.models import ApprovalChannel, DepartmentKind, RequestKind, WorkOrderStatus
from desk_app.services.order_history import (
    EventKind,
    HistoryEvent,
    OrderHistory,
    Stay,
    WaitingOn,
)
from desk_app.ui.orders.history_story import amount_text as money_text
from desk_app.ui.orders.history_story import department_waits, describe, story
from desk_app.ui.orders.history_view import HistoryView
from desk_app.ui.orders.texts import duration_text

AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def event(what: EventKind, text: str = "", /, **details: object) -> HistoryEvent:
    return HistoryEvent(AT, what, "Юдина Валерия", text=text, details=dict(details))


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (timedelta(seconds=20), "under a minute"),
        (timedelta(minutes=15), "15 min"),
        (timedelta(hours=3, minutes=20), "3 h 20 min"),
        (timedelta(days=1, hours=2, minutes=59), "1 d 2 h"),
    ],
)
def test_durations_read_the_way_the_desk_says_them(duration, text):
    assert duration_text(duration) == text


@pytest.mark.parametrize(
    ("happened", "title", "body"),
    [
        (
            event(
                EventKind.APPROVAL,
                "Петров Сергей",
                channel=ApprovalChannel.PHONE,
                comment="Просит позвонить",
            ),
            "The client answered",
            "Петров Сергей · Phone call\nПросит позвонить",
        ),
        (event(EventKind.QUALITY_FAILED, "Скрип колодок"), "Quality check failed", "Скрип колодок"),
        (event(EventKind.QUALITY_PASSED), "Quality check passed", ""),
        (
            event(
                EventKind.REQUEST_FILED,
                "Есть ли диски?",
                department=DepartmentKind.PARTS,
                kind=RequestKind.PARTS_AVAILABILITY,
            ),
            "Request to Parts department: Is the part in stock?",
            "Есть ли диски?",
        ),
        (
            event(
                EventKind.REQUEST_ANSWERED,
                "Есть, 2 шт.",
                department=DepartmentKind.PARTS,
                kind=RequestKind.PARTS_AVAILABILITY,
                waited=timedelta(minutes=40),
            ),
            "Parts department answered after 40 min",
            "Есть, 2 шт.",
        ),
        (
            event(
                EventKind.PRICE_CHANGED,
                "Замена колодок",
                line="Замена колодок",
                changes={"rate": ("2200.00", "2500.00"), "supplied_by_client": ("False", "True")},
            ),
            "Price changed: Замена колодок",
            "rate: {2200} → {2500}\nbrought by the client: no → yes",
        ),
        (
            event(EventKind.PRICE_CHANGED, old="0.00", new="10.00", reason="Постоянный клиент"),
            "Discount changed: 0 % → 10 %",
            "Постоянный клиент",
        ),
        (
            event(EventKind.PRICE_CHANGED, "Диск тормозной", line="Диск тормозной"),
            "Line removed: Диск тормозной",
            "",
        ),
    ],
)
def test_each_kind_of_event_is_told_in_words(happened, title, body):
    """Amounts read in the desk's locale (a test before may have set another)."""
    body = body.replace("{2200}", money_text("2200.00")).replace("{2500}", money_text("2500.00"))
    assert describe(happened) == (title, body)


def test_a_status_change_is_followed_by_its_stay_and_the_intake_gets_its_own_dot():
    accepted, moved = AT - timedelta(hours=1), AT
    history = OrderHistory(
        "ЗН-1",
        events=(
            HistoryEvent(moved, EventKind.STATUS, "Хохлов", WorkOrderStatus.AWAITING_PARTS, "Нет"),
        ),
        stays=(
            Stay(WorkOrderStatus.ACCEPTED, accepted, moved, timedelta(hours=1), WaitingOn.MASTER),
            Stay(WorkOrderStatus.AWAITING_PARTS, moved, None, timedelta(hours=5), WaitingOn.PARTS),
        ),
        waited={WaitingOn.MASTER: timedelta(hours=1), WaitingOn.PARTS: timedelta(hours=5)},
    )
    lines = story(history, lambda moment: moment.strftime("%H:%M"))
    assert [(line.title, line.meta, line.dot is None, line.ongoing) for line in lines] == [
        ("Accepted", "08:30", False, False),
        ("waited 1 h 0 min for the master", "", True, False),
        ("Awaiting parts", "09:30 · Хохлов", False, False),
        ("waiting for parts for 5 h 0 min", "", True, True),
    ]
    assert lines[2].body == "Нет"


def _waited_on_requests() -> OrderHistory:
    return OrderHistory(
        "ЗН-1",
        events=(),
        stays=(),
        waited={},
        waited_on_departments={
            DepartmentKind.FINANCE: timedelta(minutes=25),
            DepartmentKind.PARTS: timedelta(hours=3, minutes=20),
            DepartmentKind.WORKSHOP: timedelta(0),
        },
        requests_per_department={
            DepartmentKind.FINANCE: 1,
            DepartmentKind.PARTS: 2,
            DepartmentKind.WORKSHOP: 1,
        },
    )


def test_the_wait_on_each_department_longest_first_with_the_count_when_several():
    assert department_waits(_waited_on_requests()) == [
        (DepartmentKind.PARTS, "Parts department: 3 h 20 min (2 requests)"),
        (DepartmentKind.FINANCE, "Finance department: 25 min"),
        (DepartmentKind.WORKSHOP, "Workshop: under a minute"),
    ]


def test_the_summary_shows_the_department_chips_and_drops_them_when_gone(qtbot):
    view = HistoryView()
    qtbot.addWidget(view)
    view.show()
    view.set_history(_waited_on_requests())
    assert [chip.text() for chip in view.department_chips.values()] == [
        "Parts department: 3 h 20 min (2 requests)",
        "Finance department: 25 min",
        "Workshop: under a minute",
    ]
    assert view.requests_title.isVisible()

    view.set_history(OrderHistory("ЗН-1", events=(), stays=(), waited={}))
    assert view.department_chips == {}
    assert not view.requests_title.isVisible()
