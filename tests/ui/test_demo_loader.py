"""The demo shop loads off the GUI thread with progress, and Cancel leaves nothing behind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk_app.services import demo
from desk_app.ui.demo_loader import DemoLoader


def test_the_demo_loads_with_progress(qtbot, db):
    loader = DemoLoader(db, demo.DemoSize(clients=20, years=1))
    qtbot.addWidget(loader)
    stages: list[object] = []
    loader.task.sig_progress.connect(lambda _done, _total, stage: stages.append(stage))
    summary = loader.run()
    assert summary is not None and summary.clients == 20
    assert loader.error is None
    assert set(stages) == set(demo.DemoStage)
    assert not demo.database_is_empty(db)


def test_cancel_leaves_the_database_empty(qtbot, db):
    loader = DemoLoader(db, demo.DemoSize(clients=200, years=2))
    qtbot.addWidget(loader)
    loader.task.sig_progress.connect(
        lambda *_: qtbot.mouseClick(loader.findChild(QPushButton), Qt.MouseButton.LeftButton)
    )
    assert loader.run() is None
    assert isinstance(loader.error, demo.DemoCancelled)
    assert demo.database_is_empty(db)
