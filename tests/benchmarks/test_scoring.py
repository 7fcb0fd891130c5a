"""The benchmark metrics, on small hand-made predicted-vs-gold tables."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str):
    # By path: pysbd installs a top-level package called "benchmarks" that would shadow ours.
    spec = importlib.util.spec_from_file_location(f"diptych_benchmarks_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


scoring = _load("scoring")


def approx(*values):
    return pytest.approx(values)


# --- alignment links: Vecalign's strict and lax ----------------------------------------

@pytest.mark.parametrize(
    "gold, test, strict_prf, lax_prf",
    [
        pytest.param([[[0], [0]], [[1, 2], [1]]], [[[0], [0]], [[1, 2], [1]]],
                     (1, 1, 1), (1, 1, 1), id="identical"),
        pytest.param([[[0], [0]], [[1, 2], [1]]], [[[0], [0]], [[1], [1]], [[2], []]],
                     (1 / 3, 1 / 2, 0.4), (2 / 3, 1, 0.8), id="2-1 predicted as 1-1 plus a deletion"),
        pytest.param([[[0], [0, 1]]], [[[0], [0]], [[0], [1]]],
                     (0, 0, 0), (1, 1, 1), id="1-2 predicted as two 1-1 links of the same source"),
        pytest.param([[[0], [0]], [[1], [1]]], [[[0], [1]], [[1], [0]]],
                     (0, 0, 0), (0, 0, 0), id="crossed links overlap nothing"),
        pytest.param([[[0], [0]], [[1], [1]]], [],
                     (0, 0, 0), (0, 0, 0), id="no prediction scores zero"),
        pytest.param([[[0], [0]], [[1], []], [[], [1]]], [[[0], [0]], [[1], []], [[], [1]]],
                     (1, 1, 1), (1, 1, 1), id="insertions and deletions match only strictly"),
        pytest.param([[[0], [0]], [[1], []]], [[[0], [0]], [[1], [1]]],
                     (1 / 2, 1, 2 / 3), (1 / 2, 1, 2 / 3), id="a spurious link costs precision only"),
        pytest.param([[[2], [5]], [[3], [4]]], [[[3], [4]], [[2], [5]]],
                     (1, 1, 1), (1, 1, 1), id="order of links does not matter (rewrites reorder)"),
    ],
)
def test_alignment_scores_follow_vecalign(gold, test, strict_prf, lax_prf):
    s = scoring.score_alignments([gold], [test])
    assert (s.precision_strict, s.recall_strict, s.f1_strict) == approx(*strict_prf)
    assert (s.precision_lax, s.recall_lax, s.f1_lax) == approx(*lax_prf)


def test_links_given_as_contract_dicts_score_like_pairs():
    gold = [{"original": [0], "derivative": [1]}, {"original": [2, 1], "derivative": [0]}]
    test = [[[0], [1]], [[1, 2], [0]]]
    assert scoring.score_alignments([gold], [test]).f1_strict == 1.0


def test_several_documents_are_pooled_not_averaged():
    perfect = [[[0], [0]], [[1], [1]], [[2], [2]]]
    wrong = [[[0], [0]]]
    s = scoring.score_alignments([perfect, wrong], [perfect, [[[0], [1]]]])
    assert s.precision_strict == pytest.approx(3 / 4)
    assert s.recall_strict == pytest.approx(3 / 4)


def test_unequal_numbers_of_documents_are_refused():
    with pytest.raises(ValueError):
        scoring.score_alignments([[]], [])


def test_with_gaps_adds_a_deletion_and_an_insertion_per_unlinked_id():
    groups = scoring.with_gaps([{"original": [0], "derivative": [0]}], n_source=2, n_target=3)
    assert groups == [((0,), (0,)), ((1,), ()), ((), (1,)), ((), (2,))]


def test_with_gaps_can_leave_boilerplate_ids_out():
    groups = scoring.with_gaps([[[0], [1]]], 1, 3, target_ids=[1, 2])
    assert groups == [((0,), (1,)), ((), (2,))]


# --- id sets: added, omitted, boilerplate -----------------------------------------------

@pytest.mark.parametrize(
    "gold, predicted, precision, recall",
    [
        ([2, 10], [2, 10], 1.0, 1.0),
        ([2, 10], [2], 1.0, 0.5),
        ([2], [2, 7, 8], 1 / 3, 1.0),
        ([], [4], 0.0, None),  # nothing to find: recall undefined
        ([4], [], None, 0.0),  # nothing predicted: precision undefined
        ([], [], None, None),
    ],
)
def test_id_set_precision_and_recall(gold, predicted, precision, recall):
    s = scoring.score_ids(gold, predicted)
    assert s.precision == (pytest.approx(precision) if precision is not None else None)
    assert s.recall == (pytest.approx(recall) if recall is not None else None)


def test_mean_skips_undefined_ratios():
    assert scoring.mean([1.0, None, 0.5]) == pytest.approx(0.75)
    assert scoring.mean([None]) is None


# --- findings --------------------------------------------------------------------------

def F(kind, original, derivative):
    return {"kind": kind, "original": original, "derivative": derivative,
            "original_text": None, "derivative_text": None}


@pytest.mark.parametrize(
    "predicted, gold, matches",
    [
        (F("number_changed", [2], [5]), F("number_changed", [2], [5]), True),
        (F("number_changed", [2, 3], [5]), F("number_changed", [2], [5]), True),
        (F("quote_changed", [2], [5]), F("number_changed", [2], [5]), False),
        (F("number_changed", [2], [6]), F("number_changed", [2], [5]), False),
        (F("number_changed", [1], [5]), F("number_changed", [2], [5]), False),
        (F("added", [], [3]), F("added", [], [3]), True),
        (F("added", [], [3, 4]), F("added", [], [4]), True),
        (F("omitted", [8], []), F("omitted", [9], []), False),
        (F("quote_added", [], [6]), F("quote_added", [7], [6]), True),
        (F("quote_dropped", [4], []), F("quote_dropped", [], [4]), False),
    ],
)
def test_a_finding_matches_on_kind_and_overlapping_segments(predicted, gold, matches):
    assert scoring.finding_matches(predicted, gold) is matches


def T(kind, original, derivative, text):
    """A finding quoting ``text`` on the side its kind is about."""
    f = F(kind, original, derivative)
    f["derivative_text" if kind == "added" else "original_text"] = text
    return f


SENTENCE = "Une décision qui ne change pas grand-chose pour les ménages étranglés par leurs crédits."


@pytest.mark.parametrize(
    "predicted, gold, matches",
    [
        (T("added", [1], [4], SENTENCE), T("added", [1], [4], SENTENCE), True),
        # the engine reports the clause of an added sentence, or the sentence of an added clause
        (T("added", [1], [4], "qui ne change pas grand-chose"), T("added", [1], [4], SENTENCE), True),
        (T("added", [1], [4], SENTENCE), T("added", [1], [4], "pour les ménages étranglés"), True),
        # boundaries a little off: a long run in common
        (T("added", [1], [4], "pour les ménages étranglés par leurs crédits, dit-on"),
         T("added", [1], [4], SENTENCE), True),
        # another sentence of the same linked paragraph is not the added one
        (T("added", [1], [4], "La Banque a abaissé jeudi son taux directeur."), T("added", [1], [4], SENTENCE), False),
        (T("omitted", [3], [2], "who chaired the talks"), T("omitted", [3], [2], "who chaired the talks"), True),
        (T("omitted", [3], [2], "The first deliveries are due in November."),
         T("omitted", [3], [2], "who chaired the talks"), False),
        # a paragraph-level gold addition is matched by ids, whatever the engine quotes
        (T("added", [1], [4], "anything at all"), T("added", [], [4], SENTENCE), True),
    ],
)
def test_an_added_or_omitted_span_in_linked_text_must_overlap_the_gold_span(predicted, gold, matches):
    assert scoring.finding_matches(predicted, gold) is matches


def test_span_level_additions_are_also_scored_apart():
    gold = [T("added", [], [2], "A whole new paragraph."), T("added", [1], [4], SENTENCE),
            T("added", [5], [6], "which Moscow denies")]
    predicted = [T("added", [], [2], "A whole new paragraph."), T("added", [1], [4], SENTENCE),
                 T("added", [5], [6], "The talks resumed in Geneva on Monday.")]
    s = scoring.score_findings(predicted, gold, gold_added=[2])
    total, linked = s.per_kind["added"], s.span_level["added"]
    assert (total.hits, total.predicted, total.found, total.gold) == (2, 3, 2, 3)
    assert (linked.hits, linked.predicted, linked.found, linked.gold) == (1, 2, 1, 2)
    both = s + s
    assert both.span_level["added"].gold == 4


def test_finding_scores_count_hits_and_found_on_their_own_sides():
    gold = [F("number_changed", [2], [5]), F("number_changed", [7], [9])]
    predicted = [F("number_changed", [2], [5]), F("number_changed", [2], [5]), F("number_changed", [4], [4])]
    s = scoring.score_findings(predicted, gold).per_kind["number_changed"]
    assert (s.hits, s.predicted, s.found, s.gold) == (2, 3, 1, 2)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(1 / 2)


def test_span_findings_inside_added_paragraphs_are_neutral():
    gold = [F("added", [], [2])]
    predicted = [F("added", [], [2]), F("quote_added", [], [2]), F("quote_added", [], [3])]
    s = scoring.score_findings(predicted, gold, gold_added=[2])
    assert s.neutral == 1
    assert s.per_kind["quote_added"].predicted == 1  # the one outside the added paragraph
    assert s.per_kind["added"].precision == 1.0


def test_pooled_finding_scores_add_the_kinds_up():
    s = scoring.score_findings([F("name_changed", [1], [1])],
                               [F("name_changed", [1], [1]), F("hedge_changed", [3], [3])])
    pooled = s.pooled(scoring.SPAN_KINDS)
    assert (pooled.found, pooled.gold, pooled.hits, pooled.predicted) == (1, 2, 1, 1)


# --- engine segments back to gold paragraph ids ------------------------------------------

def test_segments_map_to_paragraphs_by_text_in_order():
    paras = ["Title", "Same line.", "Other.", "Same line."]
    assert scoring.map_segments(["Title", "Same line.", "Other.", "Same  line."], paras) == [0, 1, 2, 3]


def test_a_finer_segment_maps_to_the_paragraph_containing_it_and_strangers_to_none():
    paras = ["One. Two.", "Three."]
    assert scoring.map_segments(["One.", "Two.", "Three.", "Four."], paras) == [0, 0, 1, None]


def test_remap_ids_merges_duplicates_and_drops_unmapped():
    assert scoring.remap_ids([0, 1, 3], [0, 0, 1, None]) == [0]
