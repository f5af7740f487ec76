"""The damage diagram widget: placing, moving, removing and annotating marks with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from desk_app.models import DamageKind
from desk_app.ui.damage import DamageDiagram, MarkData
from desk_app.ui.damage.marks import MarkItem

TOLERANCE = 0.004  # about one screen pixel at the test size


@pytest.fixture
def diagram(qtbot) -> DamageDiagram:
    widget = DamageDiagram()
    qtbot.addWidget(widget)
    widget.resize(900, 680)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point(diagram: DamageDiagram, x: float, y: float) -> QPoint:
    """The viewport position of the fractions x, y of the outline."""
    return diagram.view.mapFromScene(diagram.scene.from_fraction(x, y))


def click(qtbot, diagram: DamageDiagram, x: float, y: float) -> None:
    qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=point(diagram, x, y))


def drag(qtbot, diagram: DamageDiagram, start: tuple[float, float], end: QPoint) -> None:
    viewport = diagram.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point(diagram, *start))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def only_mark(diagram: DamageDiagram) -> MarkItem:
    (item,) = diagram.scene.marks()
    return item


def assert_near(mark: MarkData, x: float, y: float) -> None:
    assert mark.x == pytest.approx(x, abs=TOLERANCE)
    assert mark.y == pytest.approx(y, abs=TOLERANCE)


# -- placing ---------------------------------------------------------------------------------


def test_starts_empty_with_scratch_chosen(diagram):
    assert diagram.marks() == []
    assert diagram.current_kind() is DamageKind.SCRATCH
    assert diagram.count_label.text() == "No damage marked"


def test_clicking_places_a_mark_of_the_chosen_kind_where_clicked(qtbot, diagram):
    diagram.kind_buttons[DamageKind.DENT].click()

    with qtbot.waitSignal(diagram.sig_marks_changed) as signal:
        click(qtbot, diagram, 0.25, 0.40)

    (mark,) = diagram.marks()
    assert mark.kind is DamageKind.DENT
    assert_near(mark, 0.25, 0.40)
    assert mark.note == ""
    assert signal.args == [diagram.marks()]
    assert only_mark(diagram).isSelected()


def test_each_kind_button_and_number_key_chooses_its_kind(qtbot, diagram):
    for kind in DamageKind:
        diagram.findChild(QToolButton, f"damageKind_{kind.value}").click()
        assert diagram.current_kind() is kind
    qtbot.keyClick(diagram.view, Qt.Key.Key_3)
    assert diagram.current_kind() is DamageKind.CHIP
    assert diagram.kind_buttons[DamageKind.CHIP].isChecked()


def test_marks_of_different_kinds_come_back_in_the_order_placed(qtbot, diagram):
    for kind, x in ((DamageKind.RUST, 0.3), (DamageKind.CRACK, 0.5), (DamageKind.MISSING, 0.7)):
        diagram.set_current_kind(kind)
        click(qtbot, diagram, x, 0.5)

    assert [m.kind for m in diagram.marks()] == [
        DamageKind.RUST,
        DamageKind.CRACK,
        DamageKind.MISSING,
    ]
    assert diagram.count_label.text() == "3 mark(s)"


def test_clicking_a_mark_selects_it_instead_of_placing_another(qtbot, diagram):
    click(qtbot, diagram, 0.5, 0.5)
    diagram.scene.clearSelection()

    click(qtbot, diagram, 0.5, 0.5)

    assert len(diagram.marks()) == 1
    assert only_mark(diagram).isSelected()


def test_clicking_outside_the_outline_places_nothing(qtbot, diagram):
    corner = point(diagram, 0.0, 0.0) - QPoint(10, 10)

    qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)

    assert diagram.marks() == []


# -- moving ----------------------------------------------------------------------------------


def test_dragging_moves_a_mark_and_reports_once(qtbot, diagram):
    click(qtbot, diagram, 0.30, 0.30)
    reports: list[list[MarkData]] = []
    diagram.sig_marks_changed.connect(reports.append)

    drag(qtbot, diagram, (0.30, 0.30), point(diagram, 0.60, 0.70))

    assert_near(diagram.marks()[0], 0.60, 0.70)
    assert len(reports) == 1


def test_a_drag_is_kept_inside_the_outline(qtbot, diagram):
    click(qtbot, diagram, 0.90, 0.10)
    beyond = point(diagram, 1.0, 0.0) + QPoint(60, -60)

    drag(qtbot, diagram, (0.90, 0.10), beyond)

    assert diagram.marks()[0].x == pytest.approx(1.0)
    assert diagram.marks()[0].y == pytest.approx(0.0)


def test_pressing_on_the_car_and_dragging_places_the_new_mark_where_released(qtbot, diagram):
    drag(qtbot, diagram, (0.40, 0.40), point(diagram, 0.45, 0.48))

    (mark,) = diagram.marks()
    assert_near(mark, 0.45, 0.48)


# -- removing --------------------------------------------------------------------------------


def test_delete_removes_the_selected_mark(qtbot, diagram):
    click(qtbot, diagram, 0.2, 0.2)
    click(qtbot, diagram, 0.8, 0.8)

    with qtbot.waitSignal(diagram.sig_marks_changed) as signal:
        qtbot.keyClick(diagram.view, Qt.Key.Key_Delete)

    (left,) = diagram.marks()
    assert_near(left, 0.2, 0.2)
    assert signal.args == [[left]]


def test_delete_without_a_selection_changes_nothing(qtbot, diagram):
    click(qtbot, diagram, 0.2, 0.2)
    qtbot.keyClick(diagram.view, Qt.Key.Key_Escape)

    with qtbot.assertNotEmitted(diagram.sig_marks_changed):
        qtbot.keyClick(diagram.view, Qt.Key.Key_Delete)

    assert len(diagram.marks()) == 1


def test_context_menu_removes_a_mark_and_changes_its_kind(qtbot, diagram):
    click(qtbot, diagram, 0.5, 0.5)
    item = only_mark(diagram)
    menu = diagram.view.menu_for(item)
    kinds = next(a.menu() for a in menu.actions() if a.menu() is not None)
    dent = next(a for a in kinds.actions() if a.text() == "Dent")

    dent.trigger()
    assert diagram.marks()[0].kind is DamageKind.DENT
    assert "Dent" in item.toolTip()

    with qtbot.waitSignal(diagram.sig_marks_changed):
        menu.findChild(type(dent), "removeMark").trigger()
    assert diagram.marks() == []


# -- notes -----------------------------------------------------------------------------------


def test_double_click_opens_the_note_and_enter_keeps_it(qtbot, diagram):
    click(qtbot, diagram, 0.5, 0.5)

    qtbot.mouseDClick(
        diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=point(diagram, 0.5, 0.5)
    )
    editor = diagram.note_editor
    assert editor.isVisible()
    qtbot.keyClicks(editor.line_edit, "  deep   scratch ")
    editor.line_edit.insert("на двери 🚗 ")  # QTest types ASCII only
    with qtbot.waitSignal(diagram.sig_marks_changed) as signal:
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)

    assert not editor.isVisible()
    assert diagram.view.hasFocus()
    assert signal.args[0][0].note == "deep scratch на двери 🚗"
    assert len(diagram.marks()) == 1
    assert only_mark(diagram).toolTip() == "Scratch: deep scratch на двери 🚗"


def test_escape_leaves_the_note_as_it_was(qtbot, diagram):
    diagram.set_marks([MarkData(DamageKind.RUST, 0.5, 0.5, "sill")])
    diagram.edit_note(only_mark(diagram))
    editor = diagram.note_editor
    assert editor.line_edit.text() == "sill"

    with qtbot.assertNotEmitted(diagram.sig_marks_changed):
        editor.line_edit.setText("something else")
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Escape)

    assert not editor.isVisible()
    assert diagram.marks()[0].note == "sill"


def test_the_context_menu_and_enter_key_open_the_note(qtbot, diagram):
    click(qtbot, diagram, 0.5, 0.5)
    menu = diagram.view.menu_for(only_mark(diagram))

    next(a for a in menu.actions() if a.objectName() == "editNote").trigger()
    assert diagram.note_editor.item() is only_mark(diagram)

    diagram.note_editor.cancel()
    qtbot.keyClick(diagram.view, Qt.Key.Key_Return)
    assert diagram.note_editor.isVisible()


def test_removing_the_mark_being_annotated_closes_the_editor(qtbot, diagram):
    click(qtbot, diagram, 0.5, 0.5)
    diagram.edit_note(only_mark(diagram))

    diagram.clear()

    assert not diagram.note_editor.isVisible()
    assert diagram.note_editor.item() is None


def test_a_note_is_limited_to_the_database_length(diagram):
    diagram.set_marks([MarkData(DamageKind.CHIP, 0.5, 0.5)])
    diagram.edit_note(only_mark(diagram))

    diagram.note_editor.line_edit.setText("x" * 400)
    diagram.note_editor.commit()

    assert len(diagram.marks()[0].note) == 300


# -- data in and out -------------------------------------------------------------------------


def test_set_marks_and_marks_round_trip(qtbot, diagram):
    marks = [
        MarkData(DamageKind.SCRATCH, 0.0, 0.0, "corner"),
        MarkData(DamageKind.DENT, 1.0, 1.0),
        MarkData(DamageKind.CRACK, 0.123, 0.877, "лобовое стекло"),
    ]

    with qtbot.waitSignal(diagram.sig_marks_changed) as signal:
        diagram.set_marks(marks)

    assert [(m.kind, m.note) for m in diagram.marks()] == [(m.kind, m.note) for m in marks]
    for got, want in zip(diagram.marks(), marks, strict=True):
        assert got.x == pytest.approx(want.x)
        assert got.y == pytest.approx(want.y)
    assert signal.args[0] == diagram.marks()


def test_set_marks_replaces_every_mark_there(qtbot, diagram):
    for x in (0.2, 0.4, 0.6):
        click(qtbot, diagram, x, 0.5)
    saved = [MarkData(DamageKind.MISSING, 0.9, 0.5, "plate")]

    diagram.set_marks(saved)

    assert diagram.marks() == saved
    assert len(diagram.scene.marks()) == 1
    assert [i for i in diagram.scene.items() if isinstance(i, MarkItem)] == diagram.scene.marks()


def test_set_marks_pulls_positions_onto_the_edges(diagram):
    diagram.set_marks([MarkData(DamageKind.RUST, -0.5, 1.5)])

    (mark,) = diagram.marks()
    assert (mark.x, mark.y) == (pytest.approx(0.0), pytest.approx(1.0))


def test_setting_the_same_marks_again_reports_nothing(qtbot, diagram):
    diagram.set_marks([MarkData(DamageKind.CHIP, 0.25, 0.5)])

    with qtbot.assertNotEmitted(diagram.sig_marks_changed):
        diagram.set_marks(diagram.marks())


def test_clear_removes_everything_and_reports(qtbot, diagram):
    diagram.set_marks([MarkData(DamageKind.CHIP, 0.5, 0.5)])

    with qtbot.waitSignal(diagram.sig_marks_changed) as signal:
        diagram.clear()

    assert signal.args == [[]]
    assert diagram.scene.marks() == []


def test_marks_keep_their_fractions_when_the_widget_is_resized(qtbot, diagram):
    click(qtbot, diagram, 0.7, 0.3)
    before = diagram.marks()

    diagram.resize(500, 420)
    qtbot.waitUntil(lambda: diagram.view.transform().m11() < 0.6)

    assert diagram.marks() == before
    assert diagram.view.mapFromScene(diagram.scene.from_fraction(0.7, 0.3)) == point(
        diagram, 0.7, 0.3
    )


def test_the_outline_fits_the_view_keeping_its_proportions(qtbot, diagram):
    for width, height in ((900, 680), (500, 700), (1200, 420)):
        diagram.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: diagram.size().width() == w)
        view = diagram.view
        shown = view.mapFromScene(view.sceneRect()).boundingRect()
        viewport = view.viewport().rect()
        assert viewport.contains(shown)
        assert view.transform().m11() == pytest.approx(view.transform().m22())
        assert min(viewport.width() - shown.width(), viewport.height() - shown.height()) < 60


# -- read-only -------------------------------------------------------------------------------


def test_read_only_refuses_every_change(qtbot, diagram):
    diagram.set_marks([MarkData(DamageKind.DENT, 0.5, 0.5, "door")])
    diagram.set_read_only(True)
    assert diagram.is_read_only()
    assert diagram.legend_row.isVisible() and not diagram.tool_row.isVisible()

    with qtbot.assertNotEmitted(diagram.sig_marks_changed):
        click(qtbot, diagram, 0.2, 0.2)
        drag(qtbot, diagram, (0.5, 0.5), point(diagram, 0.8, 0.8))
        qtbot.mouseDClick(
            diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=point(diagram, 0.5, 0.5)
        )
        qtbot.keyClick(diagram.view, Qt.Key.Key_Delete)

    assert diagram.marks() == [MarkData(DamageKind.DENT, 0.5, 0.5, "door")]
    assert not diagram.note_editor.isVisible()
    assert not only_mark(diagram).isSelected()
    assert only_mark(diagram).toolTip() == "Dent: door"


def test_read_only_can_be_lifted(qtbot, diagram):
    diagram.set_read_only(True)
    diagram.set_read_only(False)

    click(qtbot, diagram, 0.5, 0.5)

    assert len(diagram.marks()) == 1
    assert diagram.tool_row.isVisible()
