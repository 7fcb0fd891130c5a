"""The translator choice in the window's settings: remembered in QSettings, keys kept elsewhere.

Every test gets its own settings file (the ``settings`` fixture) and its own config
directory (``DIPTYCH_CONFIG_DIR``), so nothing reads or writes the user's own.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu

from app_fixtures import cross_language_comparison
from diptych.app import window as window_module
from diptych.app.highlights import DERIVATIVE, ORIGINAL
from diptych.app.settings import Memory, TranslatorChoice
from diptych.app.settings_dialog import SettingsDialog
from diptych.engine import config

SECRET = "s3cret-key-for-tests-only"


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    """A config directory of this test alone, and no key from the environment."""
    path = tmp_path / "config"
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(path))
    for backend in ("GOOGLE", "LIBRE", "MYMEMORY", "DEEPL"):
        monkeypatch.delenv(f"DIPTYCH_{backend}_API_KEY", raising=False)
    monkeypatch.delenv("DIPTYCH_TRANSLATOR_URL", raising=False)
    return path


def fill(dialog: SettingsDialog, backend: str | None, url: str = "", key: str = "", offline: bool = False) -> None:
    dialog.backend.setCurrentIndex(dialog.backend.findData(backend))
    dialog.url.setText(url)
    dialog.key.setText(key)
    dialog.offline.setChecked(offline)


@pytest.fixture
def accept_with(monkeypatch):
    """Make the window's dialog 'exec' by filling its fields and pressing OK."""

    def install(backend: str | None, url: str = "", key: str = "", offline: bool = False) -> None:
        def fake_exec(dialog: SettingsDialog) -> int:
            fill(dialog, backend, url, key, offline)
            dialog.accept()
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(SettingsDialog, "exec", fake_exec)

    return install


@pytest.fixture
def captured_options(monkeypatch):
    """The options each comparison job was started with (the engine itself never runs)."""
    seen = []

    def fake_compare_work(original, derivative, options):
        seen.append(options)
        return lambda progress, cancel: cross_language_comparison()

    monkeypatch.setattr(window_module, "compare_work", fake_compare_work)
    return seen


def with_both_sides(win) -> None:
    comparison = cross_language_comparison()
    win.articles = {ORIGINAL: comparison.original, DERIVATIVE: comparison.derivative}


def test_the_settings_action_is_in_the_edit_menu_on_ctrl_comma(window):
    action = window.actions["settings"]
    assert "Ctrl+," in [seq.toString() for seq in action.shortcuts()]
    edit = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    assert action in edit.actions()


def test_libretranslate_and_its_url_are_remembered_by_the_next_window(qtbot, window, settings, accept_with):
    from diptych.app.window import MainWindow

    accept_with("libre", "http://127.0.0.1:5000/")
    window.actions["settings"].trigger()
    assert (window.options.translator, window.options.translator_url) == ("libre", "http://127.0.0.1:5000/")

    settings.sync()
    later = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(later)
    assert (later.options.translator, later.options.translator_url) == ("libre", "http://127.0.0.1:5000/")


def test_the_key_lands_in_the_config_file_and_never_in_qsettings(window, settings, config_dir, accept_with):
    accept_with("deepl", key=SECRET)
    window.actions["settings"].trigger()
    settings.sync()

    assert json.loads((config_dir / "keys.json").read_text(encoding="utf-8")) == {"deepl": SECRET}
    with open(settings.fileName(), encoding="utf-8") as fh:
        assert SECRET not in fh.read()
    assert all(SECRET not in str(settings.value(k)) for k in settings.allKeys())


def test_the_next_comparison_job_gets_the_chosen_translator(qtbot, window, accept_with, captured_options):
    with_both_sides(window)
    accept_with("libre", "http://127.0.0.1:5000/")
    window.actions["settings"].trigger()
    assert window.message_bar.button.text() == "Compare Again"

    with qtbot.waitSignal(window.comparisonFinished, timeout=10_000):
        window.message_bar.button.click()
    assert captured_options[-1].translator == "libre"
    assert captured_options[-1].translator_url == "http://127.0.0.1:5000/"


def test_none_gives_no_translator_and_offline_maps_to_options(qtbot, window, accept_with, captured_options):
    accept_with("google")
    window.actions["settings"].trigger()
    accept_with(None, url="http://127.0.0.1:5000/", offline=True)
    window.actions["settings"].trigger()
    with_both_sides(window)

    with qtbot.waitSignal(window.comparisonFinished, timeout=10_000):
        window.start_compare()
    options = captured_options[-1]
    assert (options.translator, options.translator_url, options.offline) == (None, None, True)


def test_a_window_whose_user_never_chose_keeps_the_options_it_was_given(qtbot, settings, make_options):
    from diptych.app.window import MainWindow

    win = MainWindow(options=make_options(translator="mymemory"), settings=settings)
    qtbot.addWidget(win)
    assert win.options.translator == "mymemory"


def test_cancel_changes_nothing(qtbot, window, settings, config_dir, monkeypatch):
    def fake_exec(dialog: SettingsDialog) -> int:
        fill(dialog, "deepl", key=SECRET)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.actions["settings"].trigger()
    assert window.options.translator is None
    assert Memory(settings).translator_choice() is None
    assert not (config_dir / "keys.json").exists()


# --- the dialog on its own ---------------------------------------------------------------


@pytest.fixture
def dialog(qtbot):
    def make(choice: TranslatorChoice = TranslatorChoice()) -> SettingsDialog:
        d = SettingsDialog(choice)
        qtbot.addWidget(d)
        return d

    return make


def test_the_key_field_hides_what_is_typed(dialog):
    assert dialog().key.echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize(
    ("backend", "url_enabled", "key_enabled"),
    [
        (None, False, False),
        ("google", True, False),
        ("libre", True, True),
        ("mymemory", True, False),
        ("deepl", True, True),
    ],
)
def test_fields_follow_the_chosen_service(dialog, backend, url_enabled, key_enabled):
    d = dialog()
    fill(d, backend)
    assert (d.url.isEnabled(), d.key.isEnabled()) == (url_enabled, key_enabled)


def test_the_dialog_opens_on_the_current_choice_and_never_shows_a_saved_key(dialog):
    config.set_api_key("libre", SECRET)
    d = dialog(TranslatorChoice("libre", "http://127.0.0.1:5000/", True))
    assert d.selected_backend() == "libre"
    assert d.url.text() == "http://127.0.0.1:5000/"
    assert d.offline.isChecked()
    assert d.key.text() == ""
    assert "saved" in d.key.placeholderText()


def test_an_empty_key_field_keeps_the_saved_key(dialog):
    config.set_api_key("deepl", SECRET)
    d = dialog(TranslatorChoice("deepl"))
    d.accept()
    assert config.api_key("deepl") == SECRET


def test_a_service_without_keys_saves_none(dialog, config_dir):
    d = dialog()
    fill(d, "google", key="typed-by-mistake")
    d.accept()
    assert not (config_dir / "keys.json").exists()
    assert d.choice() == TranslatorChoice("google", None, False)
