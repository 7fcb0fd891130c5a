"""The desktop entry: its text, its Exec quoting, and installing it for one user."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from diptych import __version__, desktop_entry
from diptych.desktop_entry import APP_ID, ICON_SIZES
from diptych.engine.errors import InputError
from diptych.resource_files import resource

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def diptych_command() -> list[str]:
    """The diptych of the Python running the tests: its console script, else ``python -m diptych``."""
    script = Path(sys.executable).with_name("diptych")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "diptych"]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
    env.update(extra)
    return env


# --- Exec quoting ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "command, exec_value",
    [
        (["/usr/bin/diptych"], "/usr/bin/diptych"),
        (["/home/ana/My Apps/diptych"], '"/home/ana/My Apps/diptych"'),
        (["/opt/py/bin/python3", "-m", "diptych"], "/opt/py/bin/python3 -m diptych"),
        (["/opt/100%/diptych"], "/opt/100%%/diptych"),
        (['/tmp/say "hi"/diptych'], r'"/tmp/say \\"hi\\"/diptych"'),
        (["/tmp/$HOME/diptych"], r'"/tmp/\\$HOME/diptych"'),
        (["/tmp/back\\slash/diptych"], r'"/tmp/back\\\\slash/diptych"'),
        (["/home/zoë/diptych"], "/home/zoë/diptych"),
    ],
    ids=["plain", "space", "python -m", "percent", "double quote", "dollar", "backslash", "non-ascii"],
)
def test_exec_line_quotes_each_argument_as_the_desktop_entry_spec_asks(command, exec_value):
    assert desktop_entry.exec_line(command) == exec_value


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/diptych"],
        ["/home/ana/My Apps/diptych"],
        ["/opt/py/bin/python3", "-m", "diptych"],
        ["/opt/100%/di ptych"],
        ['/tmp/say "hi" `now` $X \\ ; & | < > ~ * ? # ( )/diptych'],
        ["/tmp/tab\there/diptych"],
        ["/tmp/quote's/diptych", "--flag"],
    ],
)
def test_a_launcher_reading_the_exec_line_gets_the_same_arguments_back(command):
    assert desktop_entry.split_exec(desktop_entry.exec_line(command) + " %U") == [*command, "%U"]


def test_a_path_with_a_line_break_cannot_go_into_a_desktop_entry():
    with pytest.raises(InputError, match="line break"):
        desktop_entry.exec_line(["/tmp/two\nlines/diptych"])


# --- the entry's text --------------------------------------------------------------------------

def test_the_packaged_entry_is_the_one_the_code_writes_for_a_diptych_on_path():
    packaged = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert packaged == desktop_entry.entry_text(["diptych"], try_exec="diptych"), (
        "packaging/ is out of date: run '.venv/bin/python packaging/regenerate'"
    )


def test_the_entry_opens_urls_and_files_and_claims_html_and_text_but_no_web_links():
    entry = read_entry(PACKAGING / f"{APP_ID}.desktop")
    assert entry["Exec"].endswith(" %U")
    mime = entry["MimeType"].split(";")
    assert {"text/html", "text/plain"} <= set(mime)
    assert not [m for m in mime if m.startswith("x-scheme-handler/")]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"]


def test_the_committed_icon_pngs_have_every_hicolor_size():
    for size in ICON_SIZES:
        path = PACKAGING / "icons" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path) == (size, size)


def test_the_metainfo_names_the_entry_and_this_version_as_its_latest_release():
    import xml.etree.ElementTree as ET

    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert releases[0].find("description") is not None
    assert root.find("screenshots/screenshot/image") is not None
    assert root.find("content_rating") is not None


# --- validators (the maintainers' check; skipped where the tools are not installed) --------------

def run_tool(*cmd: str) -> subprocess.CompletedProcess:
    if shutil.which(cmd[0]) is None:
        pytest.skip(f"{cmd[0]} is not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_desktop_file_validate_accepts_the_packaged_entry():
    result = run_tool("desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop"))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_validate_accepts_an_installed_entry_whose_path_has_spaces_and_quotes(tmp_path):
    base = tmp_path / "data home"
    desktop_entry.install(base, command=[str(tmp_path / 'my "apps"' / "diptych")])
    result = run_tool("desktop-file-validate", str(base / "applications" / f"{APP_ID}.desktop"))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_validates_the_metainfo_offline():
    result = run_tool("appstreamcli", "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml"))
    assert result.returncode == 0, result.stdout + result.stderr


# --- install and uninstall ---------------------------------------------------------------------

def test_install_writes_the_entry_the_scalable_icon_and_every_png_size(tmp_path):
    written = desktop_entry.install(tmp_path, command=["/opt/diptych/diptych"])
    entry_path = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert set(written) == set(desktop_entry.installed_paths(tmp_path))
    assert all(path.is_file() for path in written)
    entry = read_entry(entry_path)
    assert entry["Exec"] == "/opt/diptych/diptych %U"
    assert entry["TryExec"] == "/opt/diptych/diptych"
    svg = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == resource("icons", "diptych.svg").read_bytes()
    for size in ICON_SIZES:
        assert png_size(tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert not list(tmp_path.rglob(".*.tmp"))


def test_installing_again_replaces_the_entry_with_the_new_command(tmp_path):
    desktop_entry.install(tmp_path, command=["/old/diptych"])
    desktop_entry.install(tmp_path, command=["/new/diptych"])
    assert read_entry(tmp_path / "applications" / f"{APP_ID}.desktop")["Exec"] == "/new/diptych %U"


def test_uninstall_removes_only_what_install_wrote(tmp_path):
    other_app = tmp_path / "applications" / "org.example.Other.desktop"
    other_icon = tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    for path in (other_app, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not ours")
    written = desktop_entry.install(tmp_path, command=["/opt/diptych/diptych"])
    assert set(desktop_entry.uninstall(tmp_path)) == set(written)
    assert not any(path.exists() for path in written)
    assert other_app.read_text() == "not ours" and other_icon.read_text() == "not ours"


def test_uninstalling_what_was_never_installed_removes_nothing(tmp_path):
    assert desktop_entry.uninstall(tmp_path) == []


@pytest.mark.parametrize(
    "xdg_data_home, expected",
    [
        ("/srv/share", "/srv/share"),
        ("", "{home}/.local/share"),
        ("relative/share", "{home}/.local/share"),  # the spec: relative paths are invalid, ignore them
    ],
)
def test_the_data_home_follows_xdg_data_home(monkeypatch, tmp_path, xdg_data_home, expected):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", xdg_data_home)
    assert desktop_entry.data_home() == Path(expected.format(home=tmp_path))


# --- which command the entry starts -------------------------------------------------------------

def test_the_bundle_starts_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/home/ana/.local/opt/diptych/diptych")
    assert desktop_entry.launcher_command() == ["/home/ana/.local/opt/diptych/diptych"]


def test_python_dash_m_diptych_starts_the_same_interpreter(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/src/desktop/diptych/__main__.py", "--install-desktop"])
    assert desktop_entry.launcher_command() == [os.path.abspath(sys.executable), "-m", "diptych"]


def test_a_console_script_starts_itself_by_absolute_path(monkeypatch, tmp_path):
    script = tmp_path / "bin" / "diptych"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["bin/diptych", "--install-desktop"])
    assert desktop_entry.launcher_command() == [str(script)]


# --- the command line, end to end -------------------------------------------------------------

def test_the_installed_entry_starts_this_diptych(tmp_path):
    """``diptych --install-desktop`` into a temporary XDG dir; its Exec line, run as a launcher would, answers."""
    env = clean_env(XDG_DATA_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run([*diptych_command(), "--install-desktop"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    entry_path = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert str(entry_path) in done.stdout
    argv = desktop_entry.split_exec(read_entry(entry_path)["Exec"])
    assert argv[-1] == "%U" and os.path.isabs(argv[0])
    started = subprocess.run([*argv[:-1], "--version"], env=clean_env(HOME=str(tmp_path)), cwd="/",
                             capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == f"diptych {__version__}"

    gone = subprocess.run([*diptych_command(), "--uninstall-desktop"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert gone.returncode == 0, gone.stderr
    assert not entry_path.exists()


def test_install_and_uninstall_together_are_bad_usage(capsys):
    from diptych.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--install-desktop", "--uninstall-desktop"])
    assert exit_info.value.code == 2
    assert "not allowed with" in capsys.readouterr().err
