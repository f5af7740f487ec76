"""The Admin area's "Discounts" tab: editing the discount tables and the loyalty settings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desk_app.models import MakeGroup, Role
from desk_app.services import discount_table
from desk_app.ui.admin.area import AdminArea
from desk_app.ui.admin.loyalty_page import LoyaltyPage, TierTableBox
from desk_app.ui.area import AreaContext
from desk_app.ui.formatting import money
from desk_app.ui.intake.fields import parse_decimal
from desk_app.ui.intake.line_tables import BAD_CELL

DOMESTIC_SHIPPED = [("0", "10"), ("5000", "20"), ("20000", "30"), ("50000", "40")]


@pytest.fixture
def page(qtbot, db, manager) -> LoyaltyPage:
    widget = LoyaltyPage(AreaContext(db, manager))
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def domestic(page: LoyaltyPage) -> TierTableBox:
    return page.tables[MakeGroup.DOMESTIC]


def saved(db, manager, group: MakeGroup = MakeGroup.DOMESTIC) -> list[tuple[str, str]]:
    table = discount_table.load_table(db, manager, group)
    return [(f"{t.min_order_value:f}", f"{t.percent.normalize():f}") for t in table.tiers]


def shipped() -> list[tuple[str, str]]:
    return [(f"{Decimal(low):.2f}", share) for low, share in DOMESTIC_SHIPPED]


def cells(box: TierTableBox) -> list[tuple[str, str]]:
    return [(box.table.text(r, 0), box.table.text(r, 1)) for r in range(box.table.rowCount())]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_both_tables_show_the_saved_rows(page, domestic):
    assert domestic.title() == "Domestic makes (ZAZ, VAZ/Lada, GAZ, UAZ)"
    assert cells(domestic) == [(money(Decimal(low)), share) for low, share in DOMESTIC_SHIPPED]
    assert len(cells(page.tables[MakeGroup.FOREIGN])) == 3
    assert not domestic.save_button.isEnabled()
    assert not domestic.revert_button.isEnabled()


def test_edit_a_threshold_and_save(qtbot, page, domestic, db, manager):
    domestic.table.item(1, 0).setText("7500")
    assert domestic.save_button.isEnabled()

    with qtbot.waitSignal(page.sig_status_message) as message:
        click(qtbot, domestic.save_button)

    assert "Domestic makes" in message.args[0]
    assert saved(db, manager)[1] == ("7500.00", "20")
    assert domestic.table.text(1, 0) == money(Decimal(7500))
    assert not domestic.save_button.isEnabled()
    assert not domestic.message.isVisible()


def test_add_a_row_remove_another_and_save(qtbot, domestic, db, manager):
    click(qtbot, domestic.add_button)
    click(qtbot, domestic.add_button)  # left empty: not saved
    domestic.table.item(4, 0).setText("100000")
    domestic.table.item(4, 1).setText("45")
    domestic.table.setCurrentCell(0, 0)
    click(qtbot, domestic.remove_button)
    click(qtbot, domestic.save_button)

    assert saved(db, manager) == [*shipped()[1:], ("100000.00", "45")]
    assert domestic.table.rowCount() == 4


@pytest.mark.parametrize(
    ("row", "column", "text", "message"),
    [
        (2, 1, "abc", "Row 3: Enter a number."),
        (2, 1, "120", "Row 3: The value cannot exceed 100."),
        (1, 0, "-1", "Row 2: An amount cannot be negative."),
        (2, 0, "5000", "Row 3: Two rows start at the same order value."),
    ],
)
def test_a_bad_cell_is_marked_and_named_and_nothing_is_saved(
    qtbot, domestic, db, manager, row, column, text, message
):
    domestic.table.item(row, column).setText(text)
    click(qtbot, domestic.save_button)

    assert domestic.message.isVisible()
    assert domestic.message.text() == message
    assert domestic.table.item(row, column).background().color() == BAD_CELL
    shown = domestic.table.text(row, column)
    assert shown == text or parse_decimal(shown) == Decimal(text)  # the input is kept
    assert saved(db, manager) == shipped()
    assert domestic.save_button.isEnabled()


def test_the_mark_goes_when_the_cell_is_fixed_and_saved(qtbot, domestic, db, manager):
    domestic.table.item(2, 1).setText("120")
    click(qtbot, domestic.save_button)
    domestic.table.item(2, 1).setText("35")

    assert domestic.table.item(2, 1).background().color() != BAD_CELL
    click(qtbot, domestic.save_button)
    assert not domestic.message.isVisible()
    assert saved(db, manager)[2] == ("20000.00", "35")


def test_a_table_saved_meanwhile_is_reported_and_can_be_reloaded(qtbot, domestic, db, manager):
    seen = discount_table.load_table(db, manager, MakeGroup.DOMESTIC)
    discount_table.save_table(db, manager, MakeGroup.DOMESTIC, [("0", "15")], stamp=seen.stamp)
    domestic.table.item(0, 1).setText("12")

    click(qtbot, domestic.save_button)

    assert "Someone else changed this discount table" in domestic.message.text()
    assert domestic.reload_link.isVisible()
    assert domestic.table.text(0, 1) == "12"  # the input is kept
    assert saved(db, manager) == [("0.00", "15")]

    click(qtbot, domestic.reload_link)

    assert cells(domestic) == [(money(Decimal(0)), "15")]
    assert not domestic.message.isVisible()
    assert not domestic.reload_link.isVisible()


def test_revert_shows_the_saved_table_again(qtbot, page, domestic):
    domestic.table.item(0, 1).setText("12")
    page.refresh()  # the area shown again keeps the unsaved rows
    assert domestic.table.text(0, 1) == "12"

    click(qtbot, domestic.revert_button)

    assert domestic.table.text(0, 1) == "10"
    assert not domestic.revert_button.isEnabled()


def test_the_preview_follows_the_rows_the_example_and_the_extra(page, domestic):
    value, extra = money(Decimal(25000)), "A car bought here gets 5 % more."
    assert domestic.preview.text() == f"An order of {value} for a Lada: 30 %. {extra}"
    foreign = page.tables[MakeGroup.FOREIGN].preview.text()
    assert foreign == f"An order of {value} for a foreign car: 15 %. {extra}"

    domestic.table.item(2, 0).setText("30000")
    assert ": 20 %." in domestic.preview.text()
    page.example_edit.setText("60000")
    assert ": 40 %." in domestic.preview.text()
    page.settings.extra_edit.setText("0")
    assert domestic.preview.text().endswith(": 40 %.")
    domestic.table.item(0, 0).setText("1000")
    page.example_edit.setText("500")
    assert domestic.preview.text().endswith(": no discount.")
    page.example_edit.setText("")
    assert domestic.preview.text() == "Type an order value above to see its discount."


def test_save_the_loyalty_settings(qtbot, page, db, manager):
    settings = page.settings
    settings.extra_edit.setText("7.5")
    settings.months_spin.setValue(6)
    settings.km_spin.setValue(10000)
    settings.days_spin.setValue(5)

    with qtbot.waitSignal(page.sig_status_message):
        click(qtbot, settings.save_button)

    stored = discount_table.load_settings(db, manager)
    assert (stored.bought_here_percent, stored.service_interval_months) == (Decimal("7.5"), 6)
    assert (stored.service_interval_km, stored.call_back_days) == (10000, 5)
    click(qtbot, settings.save_button)  # the new version was taken over: saving again works
    assert not settings.message.isVisible()


def test_bad_settings_are_named_beside_their_field_and_nothing_is_saved(qtbot, page, db, manager):
    settings = page.settings
    settings.extra_edit.setText("abc")
    settings.days_spin.setValue(99)

    click(qtbot, settings.save_button)

    labels = settings.field_errors
    assert labels["bought_here_percent"].text() == "Enter a number."
    assert labels["call_back_days"].text() == "Enter a number from 1 to 30."
    assert not labels["service_interval_months"].isVisible()
    assert discount_table.load_settings(db, manager).call_back_days == 3


def test_settings_saved_meanwhile_are_reported(qtbot, page, db, manager):
    stored = discount_table.load_settings(db, manager)
    discount_table.save_settings(
        db,
        manager,
        bought_here_percent="3",
        service_interval_months=12,
        service_interval_km=15000,
        call_back_days=3,
        expected_version=stored.version,
    )
    page.settings.days_spin.setValue(7)

    click(qtbot, page.settings.save_button)

    assert "Someone else changed this set of loyalty rules" in page.settings.message.text()
    assert page.settings.reload_link.isVisible()
    click(qtbot, page.settings.reload_link)
    assert page.settings.extra_edit.value() == Decimal(3)
    assert page.settings.days_spin.value() == 3


def test_without_the_right_to_change_settings_the_tables_are_read_only(qtbot, db, make_actor):
    page = LoyaltyPage(AreaContext(db, make_actor(Role.RECEPTIONIST)))
    qtbot.addWidget(page)
    page.show()
    page.refresh()

    domestic = page.tables[MakeGroup.DOMESTIC]
    assert len(cells(domestic)) == 4
    assert page.settings is None
    assert not domestic.save_button.isVisible()
    assert not domestic.add_button.isVisible()
    assert not domestic.table.editTriggers()


def test_the_admin_area_has_a_discounts_tab(qtbot, db, manager):
    area = AdminArea(AreaContext(db, manager))
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        "Staff",
        "Discounts",
        "Shop",
        "Standards",
        "Database",
        "Backups",
    ]

    area.tabs.setCurrentWidget(area.loyalty_page)

    domestic = area.loyalty_page.tables[MakeGroup.DOMESTIC]
    assert len(cells(domestic)) == 4
    domestic.table.item(0, 1).setText("12")
    with qtbot.waitSignal(area.sig_status_message):
        click(qtbot, domestic.save_button)
