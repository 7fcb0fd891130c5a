"""Every gold file agrees with its texts, and the generated fixtures are up to date."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from diptych.engine.model import FINDING_KINDS

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT / "tests" / "fixtures" / "news"
SENTENCES = ROOT / "tests" / "fixtures" / "sentences"
GOLD_FILES = sorted(NEWS.glob("*/*.gold.json"))


def _load(name: str):
    # By path: pysbd installs a top-level package called "benchmarks" that would shadow ours.
    spec = importlib.util.spec_from_file_location(f"diptych_benchmarks_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(b.split()) for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name.removesuffix('.gold.json')}"


def test_there_are_cases_of_every_shape_the_maintainers_test():
    names = {case_id(p) for p in GOLD_FILES}
    articles = {n.split("/")[0] for n in names} - {"sample"}
    shapes = ("fr_rewrite", "en_rewrite", "de_faithful", "verbatim")
    complete = [a for a in articles if all(f"{a}/{shape}" in names for shape in shapes)]
    assert len(complete) >= 4
    for article in articles:
        # every article has a rewrite to find things in and a faithful version to stay quiet on
        cases = [n.split("/")[1] for n in names if n.startswith(f"{article}/")]
        assert any(c.endswith("_rewrite") for c in cases), article
        assert any(c.endswith(("_faithful", "verbatim", "_translation_real")) for c in cases), article
    assert sum(1 for n in names if n.endswith("/es_rewrite")) >= 2
    assert sum(1 for n in names if n.endswith("/it_rewrite")) >= 2


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=case_id)
def test_gold_accounts_for_every_paragraph_exactly_once(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    n_orig = len(paragraphs(gold_path.parent / gold["original"]))
    n_deriv = len(paragraphs(gold_path.parent / gold["derivative"]))

    derivative_roles: dict[int, list[str]] = {d: [] for d in range(n_deriv)}
    original_roles: dict[int, list[str]] = {o: [] for o in range(n_orig)}
    for link in gold["links"]:
        assert link["original"] and link["derivative"], "a link has ids on both sides"
        for o in link["original"]:
            original_roles[o].append("link")
        for d in link["derivative"]:
            derivative_roles[d].append("link")
    for d in gold["added"]:
        derivative_roles[d].append("added")
    for d in gold["boilerplate"]:
        derivative_roles[d].append("boilerplate")
    for o in gold["omitted"]:
        original_roles[o].append("omitted")

    assert all(len(roles) == 1 for roles in derivative_roles.values()), derivative_roles
    assert all(len(roles) == 1 for roles in original_roles.values()), original_roles


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=case_id)
def test_gold_findings_quote_their_segments_character_for_character(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    orig = paragraphs(gold_path.parent / gold["original"])
    deriv = paragraphs(gold_path.parent / gold["derivative"])
    for f in gold["findings"]:
        assert f["kind"] in FINDING_KINDS
        assert f["original"] or f["derivative"]
        assert all(0 <= i < len(orig) for i in f["original"])
        assert all(0 <= i < len(deriv) for i in f["derivative"])
        if f["original_text"] is not None:
            assert all(f["original_text"] in orig[i] for i in f["original"]), f
        if f["derivative_text"] is not None:
            assert all(f["derivative_text"] in deriv[i] for i in f["derivative"]), f
    # A paragraph-level addition names no original paragraph; a sentence or clause added
    # inside linked text names its link's paragraphs, and must lie in a linked paragraph.
    added = [d for f in gold["findings"] if f["kind"] == "added" and not f["original"] for d in f["derivative"]]
    omitted = [o for f in gold["findings"] if f["kind"] == "omitted" and not f["derivative"] for o in f["original"]]
    assert sorted(added) == gold["added"]
    assert sorted(omitted) == gold["omitted"]
    linked = [(set(link["original"]), set(link["derivative"])) for link in gold["links"]]
    for f in gold["findings"]:
        if f["kind"] in ("added", "omitted") and f["original"] and f["derivative"]:
            assert f["derivative_text" if f["kind"] == "added" else "original_text"], f
            assert any(set(f["original"]) <= o and set(f["derivative"]) <= d for o, d in linked), f


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=case_id)
def test_faithful_and_verbatim_cases_have_nothing_to_report(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if gold["kind"] in ("faithful", "verbatim"):
        assert gold["findings"] == [] and gold["added"] == [] and gold["omitted"] == []
        assert all(len(link["original"]) == len(link["derivative"]) == 1 for link in gold["links"])


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_sentence_gold_covers_every_line_once_in_order(lang):
    n_src = len((SENTENCES / "en.txt").read_text(encoding="utf-8").splitlines())
    n_tgt = len((SENTENCES / f"{lang}.txt").read_text(encoding="utf-8").splitlines())
    pairs = json.loads((SENTENCES / f"en-{lang}.gold.json").read_text(encoding="utf-8"))
    src = [i for s, _ in pairs for i in s]
    tgt = [j for _, t in pairs for j in t]
    assert src == list(range(n_src))
    assert tgt == list(range(n_tgt))
    shapes = {(len(s), len(t)) for s, t in pairs}
    assert {(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)} <= shapes
    assert 140 <= n_src <= 200


def test_generated_fixtures_are_up_to_date_with_the_corpus():
    """Fixtures are built by benchmarks/make_cases.py; edit the corpus, not the outputs."""
    make_cases = _load("make_cases")
    files = make_cases.planned_files(make_cases.load_corpus())
    stale = [str(p.relative_to(ROOT)) for p, text in files.items()
             if not p.is_file() or p.read_text(encoding="utf-8") != text]
    assert stale == [], "run: python benchmarks/make_cases.py"


def test_the_bundled_sample_is_the_sample_case():
    samples = ROOT / "resources" / "samples"
    assert (samples / "original.en.txt").read_text(encoding="utf-8") == (NEWS / "sample" / "original.en.txt").read_text(encoding="utf-8")
    assert (samples / "rewrite.fr.txt").read_text(encoding="utf-8") == (NEWS / "sample" / "fr_rewrite.txt").read_text(encoding="utf-8")
    kinds = {f["kind"] for f in json.loads((NEWS / "sample" / "fr_rewrite.gold.json").read_text(encoding="utf-8"))["findings"]}
    assert {"added", "omitted", "quote_changed", "number_changed", "hedge_changed",
            "attribution_changed", "loaded_term"} <= kinds
