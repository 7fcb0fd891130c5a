"""The contract JSON: exactly Comparison.to_dict(), UTF-8, readable, to a file or stdout."""

from __future__ import annotations

import io
import json

import pytest
from report_fixtures import small_comparison

from diptych.report import export
from diptych.report.json import write_json


def test_json_file_is_the_contract_dict(tmp_path):
    comparison = small_comparison()
    path = tmp_path / "c.json"
    write_json(comparison, path)
    raw = path.read_bytes().decode("utf-8")
    assert json.loads(raw) == comparison.to_dict()
    assert json.loads(raw)["schema"] == "diptych.comparison/1"
    assert "colère" in raw  # not \u00e8 escapes
    assert raw.startswith('{\n  "schema"') and raw.endswith("}\n")  # indent 2


def test_json_to_standard_output(capsysbinary):
    comparison = small_comparison()
    write_json(comparison, "-")
    out = capsysbinary.readouterr().out
    assert json.loads(out.decode("utf-8")) == comparison.to_dict()


def test_json_to_an_open_stream():
    stream = io.StringIO()
    write_json(small_comparison(), stream)
    assert json.loads(stream.getvalue())["derivative"]["language"] == "fr"


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_export_writes_each_text_format(tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    export(small_comparison(), path, fmt)
    assert path.stat().st_size > 1000


def test_export_refuses_an_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="format"):
        export(small_comparison(), tmp_path / "x.doc", "docx")
