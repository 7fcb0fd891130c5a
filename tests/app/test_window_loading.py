"""Loading and comparing in the real window: jobs off the GUI thread, Cancel, errors."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer

from app_fixtures import ENGLISH
from diptych.app.highlights import DERIVATIVE, ORIGINAL

COMPARE_TIMEOUT = 60_000  # ms: the first comparison loads the sentence encoder


def type_address(qtbot, window, side: str, text: str) -> None:
    field = window.panes[side].address
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_typing_both_addresses_loads_and_compares_the_pair(qtbot, window, pair_files):
    original, derivative = pair_files
    steps = []
    report = window.progress.report
    window.progress.report = lambda what, step, fraction: (steps.append(step), report(what, step, fraction))
    with qtbot.waitSignal(window.comparisonFinished, timeout=COMPARE_TIMEOUT):
        type_address(qtbot, window, ORIGINAL, original)
        type_address(qtbot, window, DERIVATIVE, derivative)

    c = window.comparison
    assert c.original.language == "en" and c.derivative.language == "fr"
    assert "Harbour council" in window.panes[ORIGINAL].title.full_text()
    assert "words" in window.panes[DERIVATIVE].meta.full_text()
    assert window.views[ORIGINAL].shown_segments() and window.views[DERIVATIVE].shown_segments()
    assert c.links, "the rewrite translates most paragraphs"
    assert any(window.link_map.band(i) is not None for i in range(len(c.links)))
    assert len(window.findings.visible_indices()) == len(c.findings)
    assert "comparing meaning" in steps and "aligning paragraphs" in steps
    assert not window.progress.isVisible() and not window.is_busy()
    assert window.memory.recent_pairs()[0] == (original, derivative)


def test_changing_one_side_reuses_the_other_sides_article(qtbot, window, http_server, pair_files):
    original_path, derivative = pair_files
    with open(original_path, encoding="utf-8") as fh:
        http_server.routes["/original.txt"] = (200, "text/plain; charset=utf-8", fh.read().encode("utf-8"))
    with qtbot.waitSignal(window.comparisonFinished, timeout=COMPARE_TIMEOUT):
        window.load_pair(http_server.url("/original.txt"), derivative)
    kept = window.articles[ORIGINAL]

    with qtbot.waitSignal(window.comparisonFinished, timeout=COMPARE_TIMEOUT):
        window.load_text(DERIVATIVE, ENGLISH.replace("fourteen to nine", "fifteen to nine"))
    assert window.articles[ORIGINAL] is kept
    assert http_server.hits["/original.txt"] == 1  # the original was not fetched again
    assert window.comparison.derivative.language == "en"


def test_the_window_keeps_painting_while_it_compares(qtbot, window, pair_files):
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    with qtbot.waitSignal(window.comparisonFinished, timeout=COMPARE_TIMEOUT):
        window.load_pair(*pair_files)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 3
    assert max(gaps) < 1.0, f"the GUI thread stalled for {max(gaps):.2f} s"


def test_cancel_during_a_stalled_load_returns_at_once_and_keeps_everything(qtbot, window, http_server, pair_files):
    original, _ = pair_files
    with qtbot.waitSignal(window.sideLoaded, timeout=10_000):
        window.load_pair(original, None)
    shown = window.articles[ORIGINAL]
    http_server.stall("/slow.html")
    slow = http_server.url("/slow.html")
    type_address(qtbot, window, ORIGINAL, slow)
    qtbot.waitUntil(lambda: http_server.hits["/slow.html"] == 1, timeout=5_000)
    assert window.progress.isVisible() and window.is_busy()

    started = time.monotonic()
    qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 5  # a bound on behaviour (the click does not wait for the fetch), not a speed figure
    assert not window.is_busy() and not window.progress.isVisible()
    assert window.articles[ORIGINAL] is shown  # what was loaded stays
    assert window.panes[ORIGINAL].address.text() == slow  # what was typed stays
    assert "Cancelled" in window.status_text.text()

    qtbot.wait(1_500)  # past the read timeout: the abandoned job ends in the background
    assert not window.message_bar.isVisible(), "a cancelled job must not report"
    assert window.articles[ORIGINAL] is shown


def test_a_dead_url_shows_one_sentence_in_the_message_bar(qtbot, window, pair_files, dead_url):
    original, _ = pair_files
    with qtbot.waitSignal(window.sideLoaded, timeout=10_000):
        window.load_pair(original, None)
    shown = window.articles[ORIGINAL]
    with qtbot.waitSignal(window.failed, timeout=10_000):
        type_address(qtbot, window, ORIGINAL, dead_url)
    text = window.message_bar.text()
    assert window.message_bar.level == "error"
    assert dead_url in text and text.endswith(".")
    assert "Traceback" not in text and "\n" not in text
    assert window.articles[ORIGINAL] is shown
    assert window.panes[ORIGINAL].address.text() == dead_url
    assert window.message_bar.button.isVisible()  # Retry


def test_escape_cancels_a_running_load(qtbot, window, http_server):
    http_server.stall("/slow.html")
    window.load_pair(http_server.url("/slow.html"), None)
    qtbot.waitUntil(lambda: http_server.hits["/slow.html"] == 1, timeout=5_000)
    window.actions["cancel"].trigger()
    assert not window.is_busy()
    assert window.articles[ORIGINAL] is None


def test_ctrl_l_focuses_the_address_of_the_side_being_read(qtbot, window):
    window.views[DERIVATIVE].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.panes[DERIVATIVE].address.hasFocus()


def test_f5_loads_an_edited_address_and_compares_again(qtbot, window, pair_files, tmp_path):
    with qtbot.waitSignal(window.comparisonFinished, timeout=COMPARE_TIMEOUT):
        window.load_pair(*pair_files)
    edited = tmp_path / "edited.en.txt"
    edited.write_text(ENGLISH.replace("fourteen to nine", "fifteen to nine"), encoding="utf-8")
    window.panes[DERIVATIVE].address.setText(str(edited))  # typed, Enter not pressed
    kept = window.articles[ORIGINAL]
    with qtbot.waitSignal(window.comparisonFinished, timeout=COMPARE_TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.comparison.derivative.source == str(edited)
    assert window.articles[ORIGINAL] is kept
    assert "edited.en.txt" in window.windowTitle()


def test_a_recent_pair_reopens_from_the_menu(qtbot, window, pair_files):
    window.memory.remember_pair(*pair_files)
    window._fill_recent_menu()
    first = window.recent_menu.actions()[0]
    with qtbot.waitSignal(window.comparisonFinished, timeout=COMPARE_TIMEOUT):
        first.trigger()
    assert (window.comparison.original.source, window.comparison.derivative.source) == pair_files
