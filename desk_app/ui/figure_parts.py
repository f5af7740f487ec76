"""Pieces of the read-only figure pages (Reports, the scorecards): a table exactly the size of
its rows, a section heading and the white card the figures sit on, so the pages look alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)

from desk_app.ui.table_model import RowTableModel


class CardFrame(QFrame):
    """A white card with a thin border and round corners; ``name`` is its object name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background: white; border: 1px solid #d5dbe1; border-radius: 6px; }}"
        )


def small_table(model: RowTableModel) -> QTableView:
    """A read-only table exactly the size of its rows, so the page scrolls, not the table."""
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    model.modelReset.connect(lambda: _fit(view))
    return view


def _fit(view: QTableView) -> None:
    view.resizeColumnsToContents()
    for section in range(view.model().columnCount()):
        view.setColumnWidth(section, view.columnWidth(section) + 16)
    frame = 2 * view.frameWidth()
    header = view.horizontalHeader()
    rows = view.model().rowCount()
    view.setFixedSize(
        header.length() + frame,
        header.sizeHint().height() + frame + sum(view.rowHeight(row) for row in range(rows)),
    )


def section_heading(text: str) -> QLabel:
    """The heading of one part of a page, a step smaller than the page's own."""
    label = QLabel(text)
    label.setStyleSheet("font-size: 12pt; font-weight: 600;")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label
