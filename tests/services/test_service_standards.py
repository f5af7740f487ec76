"""The agreed standards: deadlines counted in window time (nights, weekends, holidays,
daylight saving), and the manager's editing of standards and closed days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select

from desk_app.models import RequestKind, Role, ServiceStandard, ServiceWindow
from desk_app.services import service_standards as standards
from desk_app.services.errors import (
    DomainError,
    NotFound,
    PermissionDenied,
    StaleEdit,
    ValidationError,
)
from desk_app.services.service_standards import Holidays, Standard, Window, promise
from tests.factories import make_staff

MOSCOW = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")
H = 60
WEEKDAYS = range(5)
PARTS_HOURS = (*(Window(d, 9 * H, 19 * H) for d in WEEKDAYS), Window(5, 10 * H, 16 * H))
OFFICE_HOURS = tuple(Window(d, 9 * H, 18 * H) for d in WEEKDAYS)
ALL_DAY = tuple(Window(d, 0, 24 * H) for d in range(7))
NO_HOLIDAYS = Holidays()


def at(day: date, hour: int, minute: int = 0, tz: ZoneInfo = MOSCOW) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


MON, TUE, WED, FRI, SAT = (date(2026, 11, d) for d in (23, 24, 25, 27, 28))
NEXT_MON = date(2026, 11, 30)


def parts(minutes: int) -> Standard:
    return Standard(RequestKind.PARTS_AVAILABILITY, minutes, PARTS_HOURS)


def office(minutes: int) -> Standard:
    return Standard(RequestKind.FINANCE_DISCOUNT, minutes, OFFICE_HOURS)


def due(standard: Standard, filed: datetime, holidays: Holidays = NO_HOLIDAYS, tz=MOSCOW):
    return promise(standard, filed, holidays, tz).due_at


def shipped_holidays(db) -> Holidays:
    with db.transaction() as session:
        return standards.load_holidays(session)


# -- promise(): window time ------------------------------------------------------------------


def test_inside_one_window_the_clock_simply_runs():
    filed = at(MON, 10, 0)
    result = promise(parts(15), filed, NO_HOLIDAYS, MOSCOW)
    assert result.due_at == at(MON, 10, 15)
    assert result.window_opens_at == filed
    assert not result.queued


def test_the_evening_close_carries_the_rest_into_the_next_morning():
    result = promise(parts(15), at(MON, 18, 55), NO_HOLIDAYS, MOSCOW)
    assert result.due_at == at(TUE, 9, 10)
    assert not result.queued  # it was filed inside the window, only the answer runs over


def test_what_the_window_has_left_exactly_is_due_at_the_close():
    assert due(parts(15), at(MON, 18, 45)) == at(MON, 19, 0)
    assert due(parts(16), at(MON, 18, 45)) == at(TUE, 9, 1)


def test_the_weekend_is_skipped_and_saturday_counts_where_there_is_a_window():
    assert due(office(60), at(FRI, 17, 30)) == at(NEXT_MON, 9, 30)
    assert due(parts(30), at(FRI, 18, 50)) == at(SAT, 10, 20)
    assert due(parts(30), at(SAT, 15, 50)) == at(NEXT_MON, 9, 20)


def test_a_one_off_closed_day_has_no_window():
    bridge = Holidays(dates=frozenset({TUE}))
    assert due(office(60), at(MON, 17, 45), bridge) == at(WED, 9, 45)
    assert due(office(60), at(MON, 17, 45)) == at(TUE, 9, 45)


def test_the_shipped_new_year_holidays_close_1_to_8_january_of_every_year(db):
    holidays = shipped_holidays(db)
    assert due(office(120), at(date(2026, 12, 31), 17, 0), holidays) == at(date(2027, 1, 11), 10, 0)
    # a year later the same days are closed again; 9 January 2028 is a Sunday
    assert due(office(60), at(date(2027, 12, 31), 17, 30), holidays) == at(date(2028, 1, 10), 9, 30)
    # 2 January filed, while closed: queued to the first working morning
    result = promise(office(30), at(date(2027, 1, 2), 12, 0), holidays, MOSCOW)
    assert result.queued
    assert result.window_opens_at == at(date(2027, 1, 11), 9, 0)


def test_filed_before_the_window_opens_it_is_queued_to_the_opening():
    result = promise(parts(15), at(MON, 7, 0), NO_HOLIDAYS, MOSCOW)
    assert result.queued
    assert result.window_opens_at == at(MON, 9, 0)
    assert result.due_at == at(MON, 9, 15)


def test_filed_exactly_at_the_opening_it_is_not_queued():
    result = promise(parts(15), at(MON, 9, 0), NO_HOLIDAYS, MOSCOW)
    assert not result.queued
    assert result.due_at == at(MON, 9, 15)


def test_filed_exactly_at_the_close_it_waits_for_the_next_window():
    result = promise(parts(15), at(MON, 19, 0), NO_HOLIDAYS, MOSCOW)
    assert result.queued
    assert result.window_opens_at == at(TUE, 9, 0)
    assert result.due_at == at(TUE, 9, 15)


def test_zero_minutes_is_due_at_once_or_at_the_next_opening():
    filed = at(MON, 12, 0)
    assert due(parts(0), filed) == filed
    assert due(parts(0), at(MON, 20, 0)) == at(TUE, 9, 0)
    assert due(parts(0), at(MON, 19, 0)) == at(TUE, 9, 0)


def test_a_window_ending_at_midnight_runs_on_into_the_next_days_window():
    night = Standard(
        RequestKind.INFO_FIGURES, 120, (Window(0, 18 * H, 24 * H), Window(1, 0, 6 * H))
    )
    assert due(night, at(MON, 23, 0)) == at(TUE, 1, 0)
    assert due(night, at(MON, 20, 0)) == at(MON, 22, 0)
    only_monday = Standard(RequestKind.INFO_FIGURES, 60, (Window(0, 18 * H, 24 * H),))
    assert due(only_monday, at(MON, 23, 30)) == at(NEXT_MON, 18, 30)
    assert due(only_monday, at(MON, 23, 0)) == at(TUE, 0, 0)


def test_a_standard_without_windows_promises_nothing():
    filed = at(MON, 10, 0)
    result = promise(Standard(RequestKind.PARTS_ORDER, 15, ()), filed, NO_HOLIDAYS, MOSCOW)
    assert result.due_at is None
    assert result.window_opens_at is None
    assert not result.queued


def test_a_window_closed_on_every_day_it_falls_on_promises_no_deadline():
    every_monday_closed = Holidays(dates=frozenset(MON + timedelta(weeks=w) for w in range(60)))
    only_monday = Standard(RequestKind.FINANCE_REIMBURSE, 60, (Window(0, 10 * H, 16 * H),))
    assert due(only_monday, at(MON, 8, 0), every_monday_closed) is None


def test_a_reimbursement_filed_on_tuesday_waits_for_monday(db):
    result = standards.promise_for(db, RequestKind.FINANCE_REIMBURSE, at(TUE, 11, 0), MOSCOW)
    assert result.queued
    assert result.window_opens_at == at(NEXT_MON, 10, 0)
    assert result.due_at == at(NEXT_MON, 16, 0)


def test_a_reimbursement_filed_during_mondays_window_runs_over_to_the_next_monday(db):
    result = standards.promise_for(db, RequestKind.FINANCE_REIMBURSE, at(MON, 10, 30), MOSCOW)
    assert not result.queued
    assert result.due_at == at(NEXT_MON, 10, 30)


def test_the_windows_follow_local_time_across_a_daylight_saving_change():
    # Berlin leaves summer time on Sunday 25 October 2026; Moscow keeps UTC+3 all year
    friday, monday = date(2026, 10, 23), date(2026, 10, 26)
    berlin = due(office(60), at(friday, 17, 30, BERLIN), tz=BERLIN)
    moscow = due(office(60), at(friday, 17, 30, MOSCOW), tz=MOSCOW)
    assert berlin == datetime(2026, 10, 26, 8, 30, tzinfo=UTC)  # 09:30 CET
    assert berlin == at(monday, 9, 30, BERLIN)
    assert moscow == datetime(2026, 10, 26, 6, 30, tzinfo=UTC)  # 09:30 MSK
    assert berlin is not None and berlin.utcoffset() == timedelta(0)  # stored as UTC


def test_a_window_across_the_spring_change_counts_real_minutes():
    # 29 March 2026 in Berlin has 23 hours: 02:00 CET jumps to 03:00 CEST
    sunday = date(2026, 3, 29)
    standard = Standard(RequestKind.INFO_FIGURES, 180, ALL_DAY)
    assert due(standard, at(sunday, 0, 0, BERLIN), tz=BERLIN) == datetime(
        2026, 3, 29, 2, 0, tzinfo=UTC
    )  # 04:00 CEST, three hours after midnight
    assert due(standard, at(sunday, 0, 0, MOSCOW)) == at(sunday, 3, 0)


def test_a_window_across_the_autumn_change_counts_its_25_hours():
    # 25 October 2026 in Berlin has 25 hours: the whole day is used up by 25 hours
    sunday = date(2026, 10, 25)
    standard = Standard(RequestKind.INFO_FIGURES, 25 * H, ALL_DAY)
    assert due(standard, at(sunday, 0, 0, BERLIN), tz=BERLIN) == at(
        date(2026, 10, 26), 0, 0, BERLIN
    )
    assert due(standard, at(sunday, 0, 0, MOSCOW)) == at(date(2026, 10, 26), 1, 0)


# -- the shipped standards and their editing ------------------------------------------------


def standard_of(db, kind: RequestKind) -> Standard:
    return next(s for s in standards.list_standards(db) if s.kind == kind)


def test_every_kind_is_listed_with_the_shipped_standard(db):
    listed = standards.list_standards(db)
    assert [s.kind for s in listed] == list(RequestKind)
    availability = standard_of(db, RequestKind.PARTS_AVAILABILITY)
    assert availability.response_minutes == 15
    assert availability.windows == PARTS_HOURS
    assert availability.version == 1
    reimburse = standard_of(db, RequestKind.FINANCE_REIMBURSE)
    assert (reimburse.response_minutes, reimburse.windows) == (360, (Window(0, 600, 960),))


def test_save_a_standard_and_read_it_back(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    loaded = standard_of(any_db, RequestKind.PARTS_ORDER)
    windows = [Window(2, 13 * H, 18 * H), Window(0, 9 * H, 13 * H), Window(0, 14 * H, 24 * H)]
    saved = standards.save_standard(
        any_db, manager, RequestKind.PARTS_ORDER, 90, windows, expected_version=loaded.version
    )
    assert saved.response_minutes == 90
    assert saved.windows == tuple(sorted(windows))
    assert saved.version == loaded.version + 1
    assert standard_of(any_db, RequestKind.PARTS_ORDER) == saved
    assert standard_of(any_db, RequestKind.PARTS_RESERVE).windows == PARTS_HOURS  # untouched


def test_changing_only_the_windows_is_a_new_version(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    kind = RequestKind.FINANCE_REIMBURSE
    loaded = standard_of(any_db, kind)
    saved = standards.save_standard(
        any_db, manager, kind, 360, [Window(0, 10 * H, 17 * H)], expected_version=loaded.version
    )
    assert saved.version == loaded.version + 1
    with pytest.raises(StaleEdit):  # another desk still holds the old version
        standards.save_standard(
            any_db, manager, kind, 360, [Window(3, 10 * H, 16 * H)], expected_version=loaded.version
        )
    assert standard_of(any_db, kind).windows == (Window(0, 10 * H, 17 * H),)


def test_a_save_over_another_desks_save_is_stale(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    kind = RequestKind.FINANCE_INVOICE
    loaded = standard_of(any_db, kind)
    standards.save_standard(
        any_db, manager, kind, 300, OFFICE_HOURS, expected_version=loaded.version
    )
    with pytest.raises(StaleEdit):
        standards.save_standard(
            any_db, manager, kind, 30, OFFICE_HOURS, expected_version=loaded.version
        )
    assert standard_of(any_db, kind).response_minutes == 300


def test_identical_windows_are_kept_once_and_touching_ones_are_fine(db, manager):
    kind = RequestKind.PARTS_ISSUE
    windows = [Window(0, 9 * H, 13 * H), Window(0, 9 * H, 13 * H), Window(0, 13 * H, 18 * H)]
    saved = standards.save_standard(db, manager, kind, 20, windows, expected_version=1)
    assert saved.windows == (Window(0, 9 * H, 13 * H), Window(0, 13 * H, 18 * H))
    assert due(saved, at(MON, 12, 50)) == at(MON, 13, 10)


@pytest.mark.parametrize(
    "windows",
    [
        [Window(0, 9 * H, 13 * H), Window(0, 12 * H, 18 * H)],  # overlap
        [Window(0, 9 * H, 18 * H), Window(0, 10 * H, 11 * H)],  # one inside the other
        [Window(4, 9 * H, 13 * H), Window(4, 9 * H, 14 * H)],  # same opening
        [Window(0, 9 * H, 9 * H)],  # empty
        [Window(0, 18 * H, 9 * H)],  # closes before it opens
        [Window(0, 20 * H, 24 * H + 1)],  # past midnight
        [Window(0, -1, 9 * H)],
        [Window(7, 9 * H, 18 * H)],  # no eighth day
        [Window(-1, 9 * H, 18 * H)],
    ],
)
def test_bad_windows_are_refused_on_the_windows_field(db, manager, windows):
    with pytest.raises(ValidationError) as refused:
        standards.save_standard(
            db, manager, RequestKind.PARTS_ISSUE, 20, windows, expected_version=1
        )
    assert refused.value.field == "windows"
    assert standard_of(db, RequestKind.PARTS_ISSUE).version == 1


@pytest.mark.parametrize(
    ("minutes", "accepted"),
    [(-1, False), (0, True), (30 * 24 * H, True), (30 * 24 * H + 1, False)],
)
def test_the_response_time_is_0_to_30_days(db, manager, minutes, accepted):
    kind = RequestKind.PARTS_ISSUE
    if accepted:
        saved = standards.save_standard(db, manager, kind, minutes, PARTS_HOURS, expected_version=1)
        assert saved.response_minutes == minutes
        return
    with pytest.raises(ValidationError) as refused:
        standards.save_standard(db, manager, kind, minutes, PARTS_HOURS, expected_version=1)
    assert refused.value.field == "response_minutes"


def test_only_settings_managers_agree_standards(db, make_actor):
    for role in (Role.RECEPTIONIST, Role.PARTS_CLERK, Role.FINANCE):
        with pytest.raises(PermissionDenied):
            standards.save_standard(
                db, make_actor(role), RequestKind.PARTS_ISSUE, 5, (), expected_version=1
            )
    assert standard_of(db, RequestKind.PARTS_ISSUE).response_minutes == 20


def test_a_kind_without_a_standard_is_listed_empty_and_can_be_agreed(db, manager):
    kind = RequestKind.INFO_FIGURES
    with db.transaction() as session:
        session.execute(delete(ServiceStandard).where(ServiceStandard.kind == kind))
    assert standard_of(db, kind) == Standard(kind, 0, ())
    assert standards.promise_for(db, kind, at(MON, 10, 0), MOSCOW).due_at is None
    with pytest.raises(NotFound):
        standards.save_standard(db, manager, kind, 60, OFFICE_HOURS, expected_version=4)

    created = standards.save_standard(db, manager, kind, 60, OFFICE_HOURS, expected_version=0)

    assert created.version == 1
    assert standards.promise_for(db, kind, at(MON, 10, 0), MOSCOW).due_at == at(MON, 11, 0)
    with pytest.raises(StaleEdit):  # another desk also thought it was missing
        standards.save_standard(db, manager, kind, 30, OFFICE_HOURS, expected_version=0)


def test_cleared_windows_leave_no_orphans(db, manager):
    kind = RequestKind.PARTS_ISSUE
    standards.save_standard(db, manager, kind, 20, (), expected_version=1)
    with db.transaction() as session:
        row = session.scalar(select(ServiceStandard).where(ServiceStandard.kind == kind))
        assert row is not None
        count = session.query(ServiceWindow).filter_by(standard_id=row.id).count()
    assert count == 0
    assert standards.promise_for(db, kind, at(MON, 10, 0), MOSCOW).due_at is None


# -- closed days ----------------------------------------------------------------------------


def test_the_shipped_holidays_are_listed_yearly_in_calendar_order(db):
    listed = standards.list_closed_days(db)
    assert len(listed) == 14
    assert all(row.every_year for row in listed)
    assert [(row.day.month, row.day.day) for row in listed][:9] == [(1, d) for d in range(1, 9)] + [
        (2, 23)
    ]
    assert listed[-1].reason == "Unity Day"


def test_add_and_remove_a_one_off_closed_day(any_db):
    manager = make_staff(any_db, Role.MANAGER)
    bridge = date(2026, 12, 31)
    added = standards.add_closed_day(any_db, manager, bridge, False, "  Перенос выходного  ")
    assert added.reason == "Перенос выходного"
    assert standards.list_closed_days(any_db)[-1] == added  # the dated ones after the yearly
    filed = at(date(2026, 12, 30), 17, 30)
    assert standards.promise_for(any_db, RequestKind.FINANCE_DISCOUNT, filed, MOSCOW).due_at == at(
        date(2027, 1, 11), 9, 30
    )

    standards.remove_closed_day(any_db, manager, added.id)

    assert added not in standards.list_closed_days(any_db)
    assert standards.promise_for(any_db, RequestKind.FINANCE_DISCOUNT, filed, MOSCOW).due_at == at(
        bridge, 9, 30
    )
    with pytest.raises(NotFound):
        standards.remove_closed_day(any_db, manager, added.id)


def test_a_yearly_day_is_stored_without_its_year(db, manager):
    added = standards.add_closed_day(db, manager, date(2026, 12, 31), True, "Новогодний вечер")
    assert added.every_year
    holidays = shipped_holidays(db)
    assert holidays.closed_on(date(2031, 12, 31))
    assert not holidays.closed_on(date(2031, 12, 30))


@pytest.mark.parametrize(
    ("day", "every_year"),
    [
        (date(2027, 1, 7), False),  # a one-off on a yearly holiday
        (date(2030, 3, 8), True),  # a yearly one again, another year typed
    ],
)
def test_a_day_closed_already_is_refused(db, manager, day, every_year):
    with pytest.raises(DomainError, match="already a closed day"):
        standards.add_closed_day(db, manager, day, every_year, "")
    assert len(standards.list_closed_days(db)) == 14


def test_one_off_days_of_one_date_in_two_years_are_two_days(db, manager):
    standards.add_closed_day(db, manager, date(2026, 12, 31), False, "")
    with pytest.raises(DomainError):
        standards.add_closed_day(db, manager, date(2026, 12, 31), False, "again")
    with pytest.raises(DomainError):  # every year would cover the one-off
        standards.add_closed_day(db, manager, date(2027, 12, 31), True, "")
    standards.add_closed_day(db, manager, date(2027, 12, 31), False, "")
    assert len(standards.list_closed_days(db)) == 16


def test_the_reason_is_kept_short(db, manager):
    with pytest.raises(ValidationError) as refused:
        standards.add_closed_day(db, manager, date(2026, 12, 31), False, "х" * 121)
    assert refused.value.field == "reason"
    assert standards.add_closed_day(db, manager, date(2026, 12, 31), False, "х" * 120).reason


def test_only_settings_managers_change_closed_days(db, make_actor):
    desk = make_actor(Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        standards.add_closed_day(db, desk, date(2026, 12, 31), False, "")
    with pytest.raises(PermissionDenied):
        standards.remove_closed_day(db, desk, standards.list_closed_days(db)[0].id)
    assert len(standards.list_closed_days(db)) == 14
