"""The PDF report, read back with poppler's pdftotext/pdfinfo: everything an editor needs
is in the text, rows are never cut across pages, page sizes are right, and Qt draws
article text as text (a <script> in an article is printed, not interpreted)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from report_fixtures import (
    DERIVATIVE_PARAS,
    DERIVATIVE_TITLE,
    EXPLANATIONS,
    HOSTILE,
    ORIGINAL_TITLE,
    hostile_comparison,
    long_comparison,
    small_comparison,
)

from diptych.engine.errors import InputError
from diptych.report import export, print_document
from diptych.report.model import build_report
from diptych.report.pdf import write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="needs poppler-utils (pdftotext, pdfinfo)")


def pdf_pages(path: Path) -> list[str]:
    """Text of each page, whitespace collapsed (pdftotext separates pages by form feeds)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [re.sub(r"\s+", " ", page) for page in out.split("\f")[:-1]]


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory, qapp) -> tuple[Path, object]:
    comparison = long_comparison(300)
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    write_pdf(build_report(comparison), path)
    return path, comparison


def test_the_pdf_holds_both_titles_every_explanation_and_every_added_paragraph(qapp, tmp_path):
    path = tmp_path / "small.pdf"
    export(small_comparison(), path, "pdf")
    text = " ".join(pdf_pages(path))
    assert ORIGINAL_TITLE in text and DERIVATIVE_TITLE in text
    for explanation in EXPLANATIONS.values():
        assert explanation in text
    assert DERIVATIVE_PARAS[4] in text


def test_words_are_extractable_without_ligature_glyphs(qapp, tmp_path):
    path = tmp_path / "small.pdf"
    export(small_comparison(), path, "pdf")
    text = " ".join(pdf_pages(path))
    assert not re.search("[\ufb00-\ufb06]", text)  # "fi", "fl" drawn as single glyphs extract as U+FB0x
    assert "offline" in text


def test_a_300_paragraph_pair_shows_every_paragraph_whole_on_one_page(long_pdf):
    path, comparison = long_pdf
    pages = pdf_pages(path)
    assert len(pages) >= 20
    for article in (comparison.original, comparison.derivative):
        for segment in article.segments:
            on = [n for n, page in enumerate(pages, start=1) if segment.text in page]
            assert on, f"paragraph {segment.id} of the {article.language} side is missing or cut"


def test_a_300_paragraph_pair_numbers_its_pages_and_repeats_the_running_header(long_pdf):
    path, comparison = long_pdf
    pages = pdf_pages(path)
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert comparison.derivative.title in page  # the running header
    table_pages = [p for p in pages[1:] if "Fin du dérivé" in p]  # only the table has these
    assert table_pages and all("Original (en)" in p and "Derivative (fr)" in p for p in table_pages)


def test_rows_stay_whole_after_a_header_longer_than_a_page(qapp, tmp_path):
    comparison = long_comparison(40)
    comparison.engine.warnings = [f"Warning number {i} about something the engine noticed." for i in range(90)]
    path = tmp_path / "warned.pdf"
    export(comparison, path, "pdf")
    pages = pdf_pages(path)
    assert "Warning number 89" in " ".join(pages)
    for segment in comparison.derivative.segments:
        assert any(segment.text in page for page in pages), segment.id


def test_a_real_size_pair_takes_at_least_two_pages(qapp, tmp_path):
    path = tmp_path / "twenty.pdf"
    export(long_comparison(20), path, "pdf")
    assert int(pdf_info(path)["Pages"]) >= 2


@pytest.mark.parametrize("page_size, points", [("A4", "595 x 842"), ("Letter", "612 x 792")])
def test_page_sizes(qapp, tmp_path, page_size, points):
    path = tmp_path / f"{page_size}.pdf"
    write_pdf(build_report(small_comparison()), path, page_size=page_size)
    assert pdf_info(path)["Page size"].startswith(points)


def test_an_unknown_page_size_is_refused(qapp, tmp_path):
    with pytest.raises(ValueError, match="page size"):
        write_pdf(build_report(small_comparison()), tmp_path / "x.pdf", page_size="A5")


def test_hostile_text_is_printed_as_text(qapp, tmp_path):
    path = tmp_path / "hostile.pdf"
    export(hostile_comparison(), path, "pdf")
    text = " ".join(pdf_pages(path))
    for payload in (HOSTILE["script"], HOSTILE["js_url"], HOSTILE["iframe"]):
        assert payload in text
    raw = path.read_bytes()
    assert b"/JavaScript" not in raw and b"/JS" not in raw and b"/Launch" not in raw
    assert b"/URI (javascript" not in raw.lower()


def test_print_document_paints_on_a_printer(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(build_report(small_comparison()), printer)
    text = " ".join(pdf_pages(tmp_path / "printed.pdf"))
    assert ORIGINAL_TITLE in text and EXPLANATIONS["number_changed"] in text


def test_a_pdf_cannot_go_to_standard_output(tmp_path):
    with pytest.raises(InputError, match="standard output"):
        export(small_comparison(), "-", "pdf")


@pytest.mark.parametrize("fmt", ["pdf", "html", "json"])
def test_an_unwritable_path_is_one_sentence_for_the_user(qapp, tmp_path, fmt):
    with pytest.raises(InputError, match=f"Cannot write the {fmt.upper()} report to .*missing"):
        export(small_comparison(), tmp_path / "missing" / f"r.{fmt}", fmt)


def test_a_process_that_wrote_a_pdf_survives_many_void_qt_calls(tmp_path):
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call; without the
    guard in diptych.report.none_guard this process aborts at exit (status 134)."""
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from report_fixtures import small_comparison\n"
        "from diptych.report import export\n"
        "export(small_comparison(), %r, 'pdf')\n"
        "from PySide6.QtCore import QRectF\n"
        "rect = QRectF()\n"
        "for _ in range(100000): rect.setWidth(1.0)\n"
    ) % (str(Path(__file__).parent), str(tmp_path / "r.pdf"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
