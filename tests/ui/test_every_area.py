"""Log in as each role of the demo shop and open every area the role may see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from desk_app import clock
from desk_app.models import Role, Staff, StaffRole
from desk_app.services import auth, demo
from desk_app.store import open_database
from desk_app.ui.area import AreaContext
from desk_app.ui.areas import AREA_FACTORIES
from desk_app.ui.main_window import MainWindow
from desk_app.ui.settings import Settings
from tests.conftest import FIXED_NOW


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    clock.set_source(lambda: FIXED_NOW)
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    demo.generate_demo(db, demo.DemoSize(clients=60, years=1))
    yield db
    db.dispose()


def first_with_role(db, role: Role) -> str:
    with db.transaction() as session:
        query = (
            select(Staff.full_name)
            .join(StaffRole)
            .where(StaffRole.role == role)
            .order_by(Staff.full_name)
        )
        return session.scalars(query).first()


@pytest.mark.parametrize("role", list(Role))
def test_each_role_opens_each_of_its_areas(qtbot, demo_db, role, tmp_path):
    actor = auth.log_in(demo_db, first_with_role(demo_db, role), demo.DEMO_PASSWORD)
    settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AreaContext(demo_db, actor), settings, AREA_FACTORIES)
    qtbot.addWidget(window)
    window.show()
    assert window.allowed_areas() == actor.areas
    for area in window.allowed_areas():
        widget = window.show_area(area)
        assert window.current_area() is area
        assert widget.title()
        tables = widget.findChildren(QAbstractItemView)
        assert (
            any(view.model() is not None and view.model().rowCount() > 0 for view in tables)
            or not tables
        ), f"{area} shows no rows to {role} on the demo shop"
