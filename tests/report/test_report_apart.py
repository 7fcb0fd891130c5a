"""The window's PDF export: the same report, written by a child process it can cancel."""

from __future__ import annotations

import pytest
from report_fixtures import DERIVATIVE_TITLE, ORIGINAL_TITLE, small_comparison

from diptych.app.workers import user_message
from diptych.engine.errors import Cancelled, DiptychError, InputError
from diptych.report.apart import export_apart

pytestmark = pytest.mark.slow  # each test starts a process that imports Qt


def test_a_pdf_written_apart_is_the_report_of_the_comparison(tmp_path):
    import shutil
    import subprocess

    path = tmp_path / "apart.pdf"
    export_apart(small_comparison(), path, "pdf")
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        assert ORIGINAL_TITLE in " ".join(text.split()) and DERIVATIVE_TITLE in " ".join(text.split())


def test_a_path_the_child_cannot_write_is_the_users_sentence_here(tmp_path):
    with pytest.raises(InputError, match="Cannot write the PDF report to .*missing"):
        export_apart(small_comparison(), tmp_path / "missing" / "r.pdf", "pdf")


def test_cancelling_stops_the_child_and_leaves_no_half_written_file(tmp_path):
    path = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        export_apart(small_comparison(), path, "pdf", cancelled=lambda: True)
    assert not path.exists()


def test_a_child_that_dies_is_a_sentence_for_the_message_bar_not_a_wait(tmp_path, monkeypatch):
    import diptych.report.apart as apart

    monkeypatch.setattr(apart, "_write", _die)
    with pytest.raises(DiptychError, match="stopped unexpectedly") as raised:
        export_apart(small_comparison(), tmp_path / "r.pdf", "pdf")
    assert user_message(raised.value).startswith("The report writer stopped unexpectedly")


def _die(sender, *args) -> None:
    import os

    os._exit(3)
