"""The internal service's scorecards and the weakest link, on both engines (seed 003, 004)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.models import DepartmentKind, RequestStatus, Role, WorkOrderStatus
from desk_app.services.errors import PermissionDenied
from desk_app.services.permissions import Actor
from desk_app.services.scorecards import department_scorecard, scorecards_overview
from desk_app.services.weakest_link import weakest_link
from desk_app.store.database import Database
from tests.conftest import FIXED_NOW
from tests.request_factories import make_judged_request, make_person, make_promised_order

MOSCOW = ZoneInfo("Europe/Moscow")
SINCE = FIXED_NOW - timedelta(days=30)
PARTS = DepartmentKind.PARTS
FINANCE = DepartmentKind.FINANCE
M = timedelta(minutes=1)


@pytest.fixture
def clerk(any_db: Database) -> Actor:
    return make_person(any_db, Role.RECEPTIONIST, name="Смирнова Ольга Петровна")


def card(db: Database, actor: Actor, department: DepartmentKind = PARTS):
    return department_scorecard(db, actor, department, SINCE, FIXED_NOW, MOSCOW)


def ask(db: Database, actor: Actor, hours_ago: float = 5, **fields) -> int:
    return make_judged_request(
        db, actor.id, created_at=FIXED_NOW - timedelta(hours=hours_ago), **fields
    )


@pytest.mark.parametrize(
    ("minutes", "median"), [((10, 90, 20), 20.0), ((30, 10, 90, 20), 25.0), ((), None)]
)
def test_median_response_of_odd_and_even_counts(any_db, clerk, minutes, median) -> None:
    for answered in minutes:
        ask(any_db, clerk, answered_in=answered * M)
    ask(any_db, clerk, answered_in=None)  # not answered yet: no time to count

    scorecard = card(any_db, clerk)

    assert scorecard.median_response_minutes == pytest.approx(median)
    assert (scorecard.volume, scorecard.answered) == (len(minutes) + 1, len(minutes))


def test_time_outside_the_window_is_not_the_departments(any_db, clerk) -> None:
    saturday = datetime(2026, 11, 21, 14, 0, tzinfo=UTC)
    monday_window = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    make_judged_request(
        any_db, clerk.id, created_at=saturday, window_opens_at=monday_window, answered_in=15 * M
    )
    sunday = -20 * 60 * M  # answered on Sunday, before its window: no waiting at all
    make_judged_request(
        any_db, clerk.id, created_at=saturday, window_opens_at=monday_window, answered_in=sunday
    )
    make_judged_request(any_db, clerk.id, created_at=saturday, answered_in=45 * M)

    assert card(any_db, clerk).median_response_minutes == pytest.approx(15.0)


def test_share_within_standard_counts_open_past_due_as_missed(any_db, clerk) -> None:
    ask(any_db, clerk, due_in=30 * M, answered_in=30 * M)  # on the minute: within
    ask(any_db, clerk, due_in=30 * M, answered_in=31 * M)  # a minute late
    ask(any_db, clerk, hours_ago=2, due_in=60 * M, answered_in=None)  # open, an hour past due
    ask(any_db, clerk, hours_ago=0.5, due_in=60 * M, answered_in=None)  # open, not due yet
    ask(any_db, clerk, due_in=None, answered_in=500 * M)  # no standard: not judged by one
    ask(
        any_db, clerk, due_in=30 * M, answered_in=None, status=RequestStatus.CANCELLED
    )  # withdrawn before anyone answered

    scorecard = card(any_db, clerk)

    assert (scorecard.within_standard, scorecard.judged) == (1, 3)
    assert scorecard.within_standard_share == pytest.approx(1 / 3)
    assert scorecard.volume == 6


def test_ratings_shares_and_average_score(any_db, clerk) -> None:
    ask(any_db, clerk, rating_good=True, rating_score=5)
    ask(any_db, clerk, rating_good=True, rating_score=4)
    ask(any_db, clerk, rating_good=False, rating_score=1, rating_comment="Цену не назвали")
    ask(any_db, clerk, rating_score=3)  # scored only
    ask(any_db, clerk)  # not rated

    scorecard = card(any_db, clerk)

    assert (scorecard.rated, scorecard.good, scorecard.not_good) == (3, 2, 1)
    assert scorecard.good_share == pytest.approx(2 / 3)
    assert scorecard.average_score == pytest.approx(13 / 4)


def test_one_not_good_among_ninety_nine_good_is_shown(any_db, clerk) -> None:
    for hour in range(100, 0, -1):
        if hour == 40:
            bad = ask(
                any_db,
                clerk,
                hours_ago=hour,
                rating_good=False,
                rating_score=2,
                rating_comment="Сказали «есть», а на складе пусто — клиент ждал час",
            )
        else:
            ask(any_db, clerk, hours_ago=hour, rating_good=True)

    scorecard = card(any_db, clerk)

    assert scorecard.good_share == pytest.approx(0.99)
    last = scorecard.last_not_good
    assert last is not None
    assert last.request_id == bad
    assert last.comment == "Сказали «есть», а на складе пусто — клиент ждал час"
    assert last.requester == "Смирнова Ольга Петровна"
    assert last.from_department is DepartmentKind.RECEPTION
    assert last.score == 2
    assert last.rated_at == FIXED_NOW - timedelta(hours=40) + 20 * M + timedelta(hours=1)


def test_the_last_not_good_is_the_latest_rated(any_db, clerk) -> None:
    ask(any_db, clerk, hours_ago=30, rating_good=False, rating_comment="Долго")
    later = ask(any_db, clerk, hours_ago=10, rating_good=False, rating_comment="Не то")
    ask(any_db, clerk, hours_ago=5, rating_good=True)

    last = card(any_db, clerk).last_not_good

    assert last is not None and last.request_id == later
    assert card(any_db, clerk, FINANCE).last_not_good is None


def test_period_includes_its_start_and_excludes_its_end(any_db, clerk) -> None:
    make_judged_request(any_db, clerk.id, created_at=SINCE)
    make_judged_request(any_db, clerk.id, created_at=SINCE - M)
    make_judged_request(any_db, clerk.id, created_at=FIXED_NOW)

    assert card(any_db, clerk).volume == 1


def test_weekly_trend_follows_local_iso_weeks(any_db, clerk) -> None:
    # Sunday 22:00 UTC is already Monday 01:00 in Moscow: the new week.
    sunday_night = datetime(2026, 11, 22, 22, 0, tzinfo=UTC)
    make_judged_request(any_db, clerk.id, created_at=sunday_night, rating_good=True)
    make_judged_request(
        any_db, clerk.id, created_at=sunday_night - timedelta(hours=2), answered_in=40 * M
    )
    make_judged_request(
        any_db, clerk.id, created_at=sunday_night - timedelta(hours=3), rating_good=False
    )

    trend = card(any_db, clerk).trend

    assert trend[0].monday == date(2026, 10, 19)  # the week of the period's start
    assert [point.monday.weekday() for point in trend] == [0] * len(trend)
    last_week, this_week = trend[-2], trend[-1]
    assert this_week.monday == date(2026, 11, 23) and this_week.iso_week == (2026, 48)
    assert (this_week.volume, this_week.good_share, this_week.within_standard_share) == (1, 1, 1)
    assert last_week.volume == 2
    assert last_week.median_response_minutes == pytest.approx(30.0)
    assert last_week.good_share == 0
    assert trend[0].volume == 0 and trend[0].good_share is None


def test_weeks_follow_local_midnight_across_a_change_of_daylight_saving_time(any_db, clerk):
    berlin = ZoneInfo("Europe/Berlin")  # back to CET on Sunday 25 October 2026
    monday_midnight = datetime(2026, 10, 25, 23, 0, tzinfo=UTC)  # 26 Oct 00:00 CET
    make_judged_request(any_db, clerk.id, created_at=monday_midnight - M)  # Sunday 23:59
    make_judged_request(any_db, clerk.id, created_at=monday_midnight - 60 * M)  # Sunday 23:00
    make_judged_request(any_db, clerk.id, created_at=monday_midnight)

    trend = department_scorecard(any_db, clerk, PARTS, SINCE, FIXED_NOW, berlin).trend

    volumes = {point.monday: point.volume for point in trend}
    assert volumes[date(2026, 10, 19)] == 2
    assert volumes[date(2026, 10, 26)] == 1


def test_a_year_of_weeks_each_gets_its_own_requests(any_db, clerk) -> None:
    since = FIXED_NOW - timedelta(days=365)
    mondays = [date(2025, 11, 24) + timedelta(weeks=n) for n in range(53)]
    for monday in mondays:  # the first second of each week and the last of the one before
        midnight = datetime(monday.year, monday.month, monday.day, tzinfo=MOSCOW)
        make_judged_request(any_db, clerk.id, created_at=midnight)
        make_judged_request(any_db, clerk.id, created_at=midnight - timedelta(seconds=1))

    trend = department_scorecard(any_db, clerk, PARTS, since, FIXED_NOW, MOSCOW).trend

    assert [point.monday for point in trend] == [date(2025, 11, 17), *mondays]
    assert [point.volume for point in trend] == [1] + [2] * 52 + [1]


def test_the_week_and_the_period_agree_on_the_median_of_one_week(any_db, clerk) -> None:
    for seconds in (61, 200, 3601, 7):
        ask(any_db, clerk, answered_in=timedelta(seconds=seconds))

    scorecard = card(any_db, clerk)

    assert scorecard.median_response_minutes == pytest.approx((61 + 200) / 120, abs=1e-6)
    assert scorecard.trend[-1].median_response_minutes == scorecard.median_response_minutes


def test_overview_lists_departments_that_received_requests(any_db, clerk) -> None:
    ask(any_db, clerk, to_department=FINANCE, answered_in=50 * M)
    ask(any_db, clerk, to_department=PARTS, answered_in=5 * M)
    ask(any_db, clerk, to_department=PARTS, answered_in=7 * M)

    cards = scorecards_overview(any_db, clerk, SINCE, FIXED_NOW, MOSCOW)

    assert [(c.department, c.volume) for c in cards] == [(PARTS, 2), (FINANCE, 1)]
    assert cards[0].name == "Parts department"
    assert cards[1].median_response_minutes == pytest.approx(50.0)


def test_a_quiet_department_gets_an_empty_card(any_db, clerk) -> None:
    scorecard = card(any_db, clerk, DepartmentKind.WORKSHOP)

    assert scorecard.volume == 0
    assert scorecard.median_response_minutes is None
    assert scorecard.within_standard_share is None and scorecard.good_share is None
    assert scorecard.average_score is None and scorecard.last_not_good is None
    assert len(scorecard.trend) == 6 and all(week.volume == 0 for week in scorecard.trend)


def late_car(db: Database, actor: Actor, late_by: timedelta | None, **request) -> int:
    """A car promised a day ago; ready ``late_by`` after that (None: still in work)."""
    promised = FIXED_NOW - timedelta(days=1)
    order = make_promised_order(
        db, actor.id, promised_at=promised, ready_at=promised + late_by if late_by else None
    )
    filed = promised - timedelta(hours=5)
    make_judged_request(db, actor.id, created_at=filed, work_order_id=order, **request)
    return order


def test_weakest_link_names_the_department_that_held_up_most_cars(any_db, clerk) -> None:
    hour = timedelta(hours=1)
    late_car(any_db, clerk, 3 * hour, due_in=hour, answered_in=3 * hour)  # 2 h late
    late_car(any_db, clerk, None, due_in=hour, answered_in=None)  # still unanswered: 28 h
    late_car(any_db, clerk, 2 * hour, to_department=FINANCE, due_in=hour, answered_in=8 * hour)
    # Not held up: answered in time; car on time; request due after the car was ready.
    late_car(any_db, clerk, 3 * hour, due_in=hour, answered_in=M)
    late_car(any_db, clerk, -hour, due_in=hour, answered_in=2 * hour)
    late_car(any_db, clerk, 3 * hour, due_in=10 * hour, answered_in=11 * hour)

    rows = weakest_link(any_db, clerk, SINCE, FIXED_NOW, MOSCOW)

    assert [(r.department, r.cars_held_up, r.late_requests) for r in rows] == [
        (PARTS, 2, 2),
        (FINANCE, 1, 1),
    ]
    assert rows[0].late_hours == pytest.approx(2 + 28)
    assert rows[1].late_hours == pytest.approx(7)
    assert [r.weakest for r in rows] == [True, False]
    assert rows[0].name == "Parts department"


def test_weakest_link_ties_go_to_more_late_hours(any_db, clerk) -> None:
    hour = timedelta(hours=1)
    late_car(any_db, clerk, 3 * hour, due_in=hour, answered_in=2 * hour)
    late_car(any_db, clerk, 5 * hour, to_department=FINANCE, due_in=hour, answered_in=4 * hour)
    ask(any_db, clerk, to_department=DepartmentKind.WORKSHOP)

    rows = weakest_link(any_db, clerk, SINCE, FIXED_NOW, MOSCOW)

    assert [(r.department, r.weakest) for r in rows] == [
        (FINANCE, True),
        (PARTS, False),
        (DepartmentKind.WORKSHOP, False),
    ]


def test_no_car_held_up_means_no_weakest_link(any_db, clerk) -> None:
    late_car(any_db, clerk, -timedelta(hours=1), due_in=M, answered_in=2 * M)

    rows = weakest_link(any_db, clerk, SINCE, FIXED_NOW, MOSCOW)

    assert [(r.department, r.cars_held_up, r.weakest) for r in rows] == [(PARTS, 0, False)]


def test_a_car_promised_outside_the_period_is_left_out(any_db, clerk) -> None:
    order = make_promised_order(
        any_db, clerk.id, promised_at=SINCE - M, status=WorkOrderStatus.IN_PROGRESS
    )
    make_judged_request(
        any_db, clerk.id, created_at=SINCE - 6 * 60 * M, work_order_id=order, answered_in=None
    )

    assert weakest_link(any_db, clerk, SINCE, FIXED_NOW, MOSCOW) == []


@pytest.mark.parametrize("role", [Role.PARTS_CLERK, Role.FINANCE, Role.MASTER, Role.MANAGER])
def test_everyone_who_uses_requests_reads_the_scorecards(any_db, role) -> None:
    person = make_person(any_db, role)

    assert card(any_db, person).volume == 0
    assert scorecards_overview(any_db, person, SINCE, FIXED_NOW, MOSCOW) == []
    assert weakest_link(any_db, person, SINCE, FIXED_NOW, MOSCOW) == []


def test_a_mechanic_may_not_read_the_scorecards(any_db) -> None:
    mechanic = make_person(any_db, Role.MECHANIC)

    with pytest.raises(PermissionDenied):
        card(any_db, mechanic)
    with pytest.raises(PermissionDenied):
        scorecards_overview(any_db, mechanic, SINCE, FIXED_NOW, MOSCOW)
    with pytest.raises(PermissionDenied):
        weakest_link(any_db, mechanic, SINCE, FIXED_NOW, MOSCOW)
