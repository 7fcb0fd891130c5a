"""Where the window paints findings and word differences (pure functions, no widgets)."""

from __future__ import annotations

import pytest

from app_fixtures import cross_language_comparison, same_language_comparison
from diptych.app.highlights import (
    DERIVATIVE,
    ORIGINAL,
    WORD_DELETED,
    WORD_INSERTED,
    Mark,
    compute_marks,
    layered,
    locate,
    word_diff,
)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("voted 14 to 9 on Tuesday", "14 to 9", (6, 13)),  # exact
        ("voted 14  to\u00a09 on Tuesday", "14 to 9", (6, 14)),  # other white space between words
        ("Voted on Tuesday", "voted", (0, 5)),  # case differs
        ("voted on Tuesday", "Wednesday", None),  # absent: nothing is guessed
        ("voted on Tuesday", "   ", None),  # blank span
        ("a (b) c", "(b)", (2, 5)),  # regex characters are literal
    ],
)
def test_locate_finds_a_span_exactly_or_modulo_case_and_spaces(text, span, expected):
    assert locate(text, span) == expected


def test_paragraph_findings_tint_whole_blocks_and_span_findings_mark_exact_characters():
    c = cross_language_comparison()
    marks = compute_marks(c)
    assert marks[DERIVATIVE].blocks[5] == "added"
    assert marks[ORIGINAL].blocks[5] == "omitted"
    number = [m for m in marks[ORIGINAL].spans[1] if m.kind == "number_changed"]
    assert [c.original.segments[1].text[m.start:m.end] for m in number] == ["14 to 9"]
    hedge = [m for m in marks[DERIVATIVE].spans[1] if m.kind == "hedge_changed"]
    assert [c.derivative.segments[1].text[m.start:m.end] for m in hedge] == ["aurait vot\u00e9"]


def test_an_added_sentence_marks_itself_not_the_original_paragraph_it_names_for_context():
    from diptych.engine.model import Finding

    c = cross_language_comparison()
    text = c.derivative.segments[1].text
    sentence = text[: text.rindex(" ", 0, len(text) // 2)]  # a part of the paragraph
    c.findings.append(Finding("added", [1], [1], None, sentence, "A sentence was added.", 0.8))
    marks = compute_marks(c)
    assert 1 not in marks[ORIGINAL].blocks and 1 not in marks[DERIVATIVE].blocks
    added = [m for m in marks[DERIVATIVE].spans[1] if m.kind == "added"]
    assert [c.derivative.segments[1].text[m.start:m.end] for m in added] == [sentence]


def test_boilerplate_is_never_called_added_or_omitted():
    c = cross_language_comparison()
    marks = compute_marks(c)
    boiler_o = {s.id for s in c.original.segments if s.boilerplate}
    boiler_d = {s.id for s in c.derivative.segments if s.boilerplate}
    assert not boiler_o & set(marks[ORIGINAL].blocks)
    assert not boiler_d & set(marks[DERIVATIVE].blocks)


def test_cross_language_pairs_get_no_word_diff():
    marks = compute_marks(cross_language_comparison())
    kinds = {m.kind for side in marks.values() for spans in side.spans.values() for m in spans}
    assert not kinds & {WORD_DELETED, WORD_INSERTED}


def test_same_language_pairs_mark_the_changed_words_on_each_side():
    c = same_language_comparison()
    marks = compute_marks(c)
    inserted = {c.derivative.segments[s].text[m.start:m.end]
                for s, ms in marks[DERIVATIVE].spans.items() for m in ms if m.kind == WORD_INSERTED}
    deleted = {c.original.segments[s].text[m.start:m.end]
               for s, ms in marks[ORIGINAL].spans.items() for m in ms if m.kind == WORD_DELETED}
    assert inserted == {"finally", "four", "long"}
    assert deleted == {"three"}


@pytest.mark.parametrize(
    ("original", "derivative", "deleted", "inserted"),
    [
        ("the cat sat", "the cat sat", [], []),
        ("the cat sat", "the dog sat", ["cat"], ["dog"]),
        ("the cat sat down", "the cat sat", ["down"], []),
        ("he said it", "he firmly said it", [], ["firmly"]),
        ("one two three four", "one TWO three four", [], []),  # case alone is no change
        ("a b c d e", "a x y d e", ["b c"], ["x y"]),  # adjacent changed words merge
        ("north, of the port", "north of the port", [], []),  # punctuation alone is not marked
        ("it fell, they said", "it fell; they said", [], []),
    ],
)
def test_word_diff_table(original, derivative, deleted, inserted):
    d, i = word_diff([(0, original)], [(0, derivative)])
    assert [original[s:e] for _, s, e in d] == deleted
    assert [derivative[s:e] for _, s, e in i] == inserted


def test_word_diff_reads_a_split_paragraph_as_one_stream():
    d, i = word_diff([(0, "The bridge reopens. Drivers wait.")], [(3, "The bridge reopens."), (4, "Drivers wait.")])
    assert d == [] and i == []


def test_word_diff_skips_rewrites_that_share_too_few_words():
    d, i = word_diff([(0, "The council voted on the barrier today")], [(0, "Fishermen fear for their oysters now")])
    assert d == [] and i == []


def test_layering_lets_the_shorter_finding_win_over_a_longer_one_and_over_word_diffs():
    marks = [
        Mark(0, 10, "quote_changed", 0),
        Mark(3, 5, "number_changed", 1),
        Mark(0, 12, WORD_INSERTED),
    ]
    runs = [(s, e, m.kind if m else None) for s, e, m in layered(14, marks)]
    assert runs == [
        (0, 3, "quote_changed"),
        (3, 5, "number_changed"),
        (5, 10, "quote_changed"),
        (10, 12, WORD_INSERTED),
        (12, 14, None),
    ]
