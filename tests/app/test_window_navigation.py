"""Reading a comparison: findings navigation, selection in both panes, the link map, scrolling.

These drive the real window with hand-built comparisons (tests/app/app_fixtures.py),
so they test the view, not the engine's judgement.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor

from app_fixtures import cross_language_comparison, long_comparison, same_language_comparison
from diptych.app.highlights import DERIVATIVE, ORIGINAL


@pytest.fixture
def shown(window):
    window.show_comparison(cross_language_comparison())
    return window


def test_findings_are_grouped_by_kind_with_counts(shown):
    tree = shown.findings.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Added (1)", "Omitted (1)", "Quote changed (1)", "Number changed (1)", "Hedge changed (1)"]
    assert shown.findings.title.text() == "Findings (5)"


def test_filtering_by_kind_hides_those_findings_and_navigation_skips_them(shown):
    shown.findings.set_kind_visible("added", False)
    shown.findings.set_kind_visible("omitted", False)
    kinds = [shown.comparison.findings[i].kind for i in shown.findings.visible_indices()]
    assert kinds == ["quote_changed", "number_changed", "hedge_changed"]
    shown.findings.filter.setText("vote count")
    assert [shown.comparison.findings[i].kind for i in shown.findings.visible_indices()] == ["number_changed"]


@pytest.mark.parametrize(
    ("keys", "expected_kind"),
    [
        ([(Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)], "added"),
        ([(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)] * 2, "omitted"),
        ([(Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)], "hedge_changed"),  # previous from nothing: the last
        ([(Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)] * 6, "added"),  # wraps round after the fifth
        ([(Qt.Key.Key_F7, Qt.KeyboardModifier.NoModifier)] * 3 + [(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)],
         "omitted"),
    ],
)
def test_keyboard_navigation_through_findings(qtbot, shown, keys, expected_kind):
    shown.findings.tree.setFocus()
    for key, modifier in keys:
        qtbot.keyClick(shown.findings.tree, key, modifier)
    index = shown.findings.current_index()
    assert shown.comparison.findings[index].kind == expected_kind


def test_selecting_a_finding_marks_its_exact_spans_in_both_panes(qtbot, shown):
    number = next(i for i, f in enumerate(shown.comparison.findings) if f.kind == "number_changed")
    shown.findings.select(number)
    left, right = shown.views[ORIGINAL], shown.views[DERIVATIVE]
    assert left.selected() == [1] and right.selected() == [1]
    spans = [sel.cursor.selectedText() for sel in left.extraSelections()]
    assert spans == ["14 to 9"]
    assert [sel.cursor.selectedText() for sel in right.extraSelections()] == ["15 voix contre 9"]
    assert shown.link_map.current == 1
    assert "vote count changed" in shown.findings.detail.toPlainText()


def test_selecting_an_added_paragraph_scrolls_to_it(qtbot, shown):
    shown.resize(1100, 650)
    qtbot.wait(10)
    added = next(i for i, f in enumerate(shown.comparison.findings) if f.kind == "added")
    shown.findings.select(added)
    view = shown.views[DERIVATIVE]
    top, bottom = view.extent([5])
    assert view.offset() <= top and bottom <= view.offset() + view.viewport().height() + 1
    assert view.selected() == [5] and shown.views[ORIGINAL].selected() == []


def click_segment(qtbot, view, seg_id: int) -> None:
    top, bottom = view.extent([seg_id])
    view.scroll_to([seg_id])
    y = int((top + bottom) / 2 - view.offset())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(80, y))


def test_clicking_a_paragraph_selects_its_counterpart_in_the_other_pane(qtbot, shown):
    click_segment(qtbot, shown.views[ORIGINAL], 4)  # "Opponents say..." moved up to derivative ¶3
    assert shown.views[ORIGINAL].selected() == [4]
    assert shown.views[DERIVATIVE].selected() == [2]
    assert shown.link_map.current == 2
    detail = shown.findings.detail.toPlainText()
    assert "Opponents say" in detail and "Les opposants" in detail  # the counterpart's text, both languages


def test_clicking_an_unlinked_paragraph_selects_it_alone(qtbot, shown):
    click_segment(qtbot, shown.views[DERIVATIVE], 5)
    assert shown.views[DERIVATIVE].selected() == [5]
    assert shown.views[ORIGINAL].selected() == []
    assert shown.link_map.current is None
    assert "no counterpart" in shown.findings.detail.toPlainText()


def test_the_link_map_marks_the_moved_link_and_a_click_on_a_band_selects_it(qtbot, shown):
    assert shown.link_map.moved == {2}  # original ¶5 -> derivative ¶3 crosses the others
    shown.link_map.repaint()
    band = shown.link_map.band(2)
    assert band is not None
    centre = band.boundingRect().center()
    # pick a point inside the band (the middle of its bounding box may fall between curves)
    point = next(
        QPointF(x, y)
        for x in range(4, shown.link_map.width() - 4, 4)
        for y in range(int(band.boundingRect().top()), int(band.boundingRect().bottom()), 2)
        if band.contains(QPointF(x, y)) and shown.link_map.link_at(QPointF(x, y)) == 2
    )
    assert centre is not None
    qtbot.mouseClick(shown.link_map, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert shown.link_map.current == 2
    assert shown.views[ORIGINAL].selected() == [4] and shown.views[DERIVATIVE].selected() == [2]


def test_reordered_same_language_pair_draws_crossing_bands(qtbot, window):
    window.show_comparison(same_language_comparison())
    window.link_map.repaint()
    assert window.link_map.moved == {1} or window.link_map.moved == {2}
    a, b = window.link_map.band(1), window.link_map.band(2)
    assert a is not None and b is not None and a.intersects(b)


def test_scrolling_one_pane_scrolls_the_other_on_links_until_unlocked(qtbot, window):
    window.show_comparison(long_comparison())
    left, right = window.views[ORIGINAL], window.views[DERIVATIVE]
    assert left.verticalScrollBar().maximum() > 0
    left.verticalScrollBar().setValue(left.verticalScrollBar().maximum() // 2)
    middle = left.segment_at(QPoint(60, left.viewport().height() // 2))
    right_middle = right.segment_at(QPoint(60, right.viewport().height() // 2))
    assert abs(middle - right_middle) <= 1  # the same paragraph number faces itself

    left.verticalScrollBar().setValue(left.verticalScrollBar().maximum())
    assert right.verticalScrollBar().value() == right.verticalScrollBar().maximum()

    window.actions["lock_scrolling"].setChecked(False)
    before = right.verticalScrollBar().value()
    left.verticalScrollBar().setValue(0)
    assert right.verticalScrollBar().value() == before


def test_boilerplate_is_greyed_and_can_be_collapsed(qtbot, shown):
    left = shown.views[ORIGINAL]
    assert 7 in left.shown_segments()  # "Share this article" shown, greyed
    shown.actions["show_boilerplate"].setChecked(False)
    assert 7 not in left.shown_segments() and 8 not in left.shown_segments()
    assert "2 boilerplate paragraphs hidden" in left.toPlainText()
    left.showBoilerplateRequested.emit()  # what clicking the "(show)" line does
    assert 7 in left.shown_segments()


def test_zoom_changes_the_reading_size_and_is_remembered(qtbot, shown, settings):
    size = shown.point_size
    qtbot.keyClick(shown, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert shown.point_size == size + 1
    assert float(settings.value("view/point_size")) == size + 1
    shown.actions["zoom_reset"].trigger()
    assert shown.point_size == size


def test_find_selects_the_match_in_the_active_pane(qtbot, shown):
    shown.views[DERIVATIVE].setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.find_bar.isVisible() and shown.find_bar.target is shown.views[DERIVATIVE]
    qtbot.keyClicks(shown.find_bar.field, "parcs")
    assert shown.views[DERIVATIVE].textCursor().selectedText() == "parcs"
    shown.find_bar.field.setText("huîtres")  # typed text need not be ASCII
    assert shown.views[DERIVATIVE].textCursor().selectedText() == "huîtres"
    qtbot.keyClick(shown.find_bar.field, Qt.Key.Key_Escape)
    assert not shown.find_bar.isVisible()


def test_swap_exchanges_the_sides(qtbot, shown):
    original, derivative = shown.articles[ORIGINAL], shown.articles[DERIVATIVE]
    shown.panes[ORIGINAL].set_address("left.txt")
    shown.panes[DERIVATIVE].set_address("right.txt")
    shown.swap()
    assert shown.articles[ORIGINAL] is derivative and shown.articles[DERIVATIVE] is original
    assert shown.panes[ORIGINAL].address.text() == "right.txt"
    assert shown.is_busy()  # and it compares again
    shown.cancel()


def test_export_without_a_comparison_explains_in_the_message_bar(qtbot, window):
    window.export_report()
    assert window.message_bar.isVisible() and window.message_bar.level == "info"


def test_recent_pairs_and_geometry_are_remembered_in_settings(qtbot, window, settings):
    window.memory.remember_pair("a.txt", "b.txt")
    window.memory.remember_pair("c.txt", "d.txt")
    window.memory.remember_pair("a.txt", "b.txt")
    assert window.memory.recent_pairs() == [("a.txt", "b.txt"), ("c.txt", "d.txt")]
    window.resize(790, 610)  # inside the offscreen platform's 800x800 screen
    window.close()
    from diptych.app.window import MainWindow

    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (790, 610)
    assert [a.text() for a in again.recent_menu.actions()][:2] == ["a.txt  \u2194  b.txt", "c.txt  \u2194  d.txt"]


def test_a_group_of_non_adjacent_paragraphs_is_not_drawn_over_the_ones_between(qtbot, window):
    from diptych.engine.model import Link

    c = cross_language_comparison()
    c.links = [Link([1, 3], [1], 0.8)]
    window.show_comparison(c)
    window.link_map.repaint()
    band = window.link_map.band(0)
    left = window.views[ORIGINAL]
    top_between, bottom_between = left.extent([2])
    y = top_between - left.offset() + window.link_map._viewport_span(left)[0] + (bottom_between - top_between) / 2
    assert not band.contains(QPointF(1, y))  # at the left edge, beside paragraph 3: no band
    top1, bottom1 = left.extent([1])
    y1 = top1 - left.offset() + window.link_map._viewport_span(left)[0] + (bottom1 - top1) / 2
    assert band.contains(QPointF(1, y1))


def test_a_selected_finding_sits_level_in_both_panes(qtbot, shown):
    shown.resize(1100, 650)
    qtbot.wait(10)
    quote = next(i for i, f in enumerate(shown.comparison.findings) if f.kind == "quote_changed")
    shown.findings.select(quote)
    left, right = shown.views[ORIGINAL], shown.views[DERIVATIVE]
    (ls, lstart, _), (rs, rstart, _) = (sel_span(left), sel_span(right))
    left_y = left.position_y(ls, lstart) - left.offset()
    right_y = right.position_y(rs, rstart) - right.offset()
    bar = right.verticalScrollBar()
    assert abs(left_y - right_y) <= 3 or bar.value() in (bar.minimum(), bar.maximum())
    assert 0 <= left_y <= left.viewport().height()


def sel_span(view):
    """(segment id, start, end) of the view's marked span."""
    selections = view.extraSelections()
    cursor = QTextCursor(selections[0].cursor)
    block = cursor.block()
    return block.userState(), cursor.selectionStart() - block.position(), cursor.selectionEnd() - block.position()
