"""The bundle tarball's install.sh, run against a stand-in bundle (the real one takes minutes to build).

packaging/build-bundle itself is checked by hand or by packaging/verify-bundle, not here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL_SH = ROOT / "packaging" / "bundle" / "install.sh"

FAKE_DIPTYCH = """#!/bin/sh
# stands in for the bundle's executable: records how it was called
echo "$0 $*" >> "$HOME/calls"
[ "${1:-}" = "--version" ] && echo "diptych 9.9.9"
exit 0
"""


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """An unpacked tarball: diptych-9.9.9/{install.sh, diptych/{diptych, _internal/}}."""
    top = tmp_path / "diptych-9.9.9"
    (top / "diptych" / "_internal").mkdir(parents=True)
    exe = top / "diptych" / "diptych"
    exe.write_text(FAKE_DIPTYCH)
    exe.chmod(0o755)
    shutil.copy(INSTALL_SH, top / "install.sh")
    return top


@pytest.fixture
def home(tmp_path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


def run_install(unpacked: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(["sh", str(unpacked / "install.sh"), *args], env=env, capture_output=True, text=True,
                          timeout=30)


def calls(home: Path) -> list[str]:
    path = home / "calls"
    return path.read_text().splitlines() if path.exists() else []


def test_the_scripts_are_executable_and_parse():
    for script in (ROOT / "packaging" / "build-bundle", INSTALL_SH):
        assert os.access(script, os.X_OK), f"{script} is not executable"
    assert subprocess.run(["bash", "-n", str(ROOT / "packaging" / "build-bundle")]).returncode == 0
    assert subprocess.run(["sh", "-n", str(INSTALL_SH)]).returncode == 0


def test_install_copies_the_bundle_links_the_command_and_registers_the_installed_copy(unpacked, home):
    done = run_install(unpacked, home)
    assert done.returncode == 0, done.stderr
    installed = home / ".local" / "opt" / "diptych" / "diptych"
    assert installed.is_file() and os.access(installed, os.X_OK)
    link = home / ".local" / "bin" / "diptych"
    assert link.is_symlink() and Path(os.readlink(link)) == installed
    assert f"{installed} --install-desktop" in calls(home)  # the copy, not the unpacked tarball
    assert "9.9.9" in done.stdout


def test_installing_again_replaces_the_previous_copy(unpacked, home):
    assert run_install(unpacked, home).returncode == 0
    stale = home / ".local" / "opt" / "diptych" / "_internal" / "from-the-old-version"
    stale.write_text("x")
    assert run_install(unpacked, home).returncode == 0
    assert not stale.exists()


def test_uninstall_unregisters_and_removes_the_copy_and_the_command(unpacked, home):
    assert run_install(unpacked, home).returncode == 0
    installed = home / ".local" / "opt" / "diptych" / "diptych"
    done = run_install(unpacked, home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert f"{installed} --uninstall-desktop" in calls(home)
    assert not (home / ".local" / "opt" / "diptych").exists()
    assert not (home / ".local" / "bin" / "diptych").exists()


def test_install_never_overwrites_a_folder_that_is_not_a_diptych_install(unpacked, home):
    precious = home / ".local" / "opt" / "diptych" / "notes.txt"
    precious.parent.mkdir(parents=True)
    precious.write_text("mine")
    done = run_install(unpacked, home)
    assert done.returncode == 1
    assert "not a Diptych install" in done.stderr
    assert precious.read_text() == "mine"


def test_uninstall_leaves_a_command_of_the_same_name_that_is_not_ours(unpacked, home):
    assert run_install(unpacked, home).returncode == 0
    link = home / ".local" / "bin" / "diptych"
    link.unlink()
    link.write_text("#!/bin/sh\n# another diptych\n")
    assert run_install(unpacked, home, "--uninstall").returncode == 0
    assert link.read_text().startswith("#!/bin/sh")
