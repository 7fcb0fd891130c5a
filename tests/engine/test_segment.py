"""Cutting text into paragraphs, lines and sentences."""

from __future__ import annotations

import pytest

from diptych.engine.segment import build_segments, split_lines, split_paragraphs, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("A first line\nwrapped here.\n\nSecond.", ["A first line wrapped here.", "Second."]),
        ("One.\n   \n\t\nTwo.", ["One.", "Two."]),  # whitespace-only lines are blank
        ("\n\n\nOne.\n\n\n\n\nTwo.\n\n", ["One.", "Two."]),
        ("One.\r\n\r\nTwo\r\nlines.", ["One.", "Two lines."]),
        ("  Indented\n    and wrapped.  ", ["Indented and wrapped."]),
        ("Prix\u00a0: 5\u00a0€", ["Prix\u00a0: 5\u00a0€"]),  # French non-breaking spaces kept
        ("", []),
        ("\n \n", []),
    ],
)
def test_plain_text_paragraphs_are_separated_by_blank_lines(text, expected):
    assert split_paragraphs(text) == expected


def test_markdown_heading_marks_are_dropped():
    assert split_paragraphs("# Ferry saved\n\nThe ferry stays.\n\n## Close vote ##", markdown=True) == [
        "Ferry saved",
        "The ferry stays.",
        "Close vote",
    ]


def test_hash_in_plain_text_is_kept():
    assert split_paragraphs("# 1 priority is the ferry") == ["# 1 priority is the ferry"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a\nb\nc", ["a", "b", "c"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\n\n\nb", ["a", "b"]),
        ("a\n   \nb", ["a", "b"]),
        ("  indented line  \nnext", ["  indented line  ", "next"]),  # exact text, spaces kept
        ("tab\tinside\n", ["tab\tinside"]),
        ("form\x0cfeed and \u2028separator", ["form\x0cfeed and \u2028separator"]),  # only \n splits
    ],
)
def test_lines_are_every_non_empty_line_exactly(text, expected):
    assert split_lines(text) == expected


@pytest.mark.parametrize(
    "language, paragraph, expected",
    [
        (
            "en",
            "Dr. Smith met Mr. Jones at 5 p.m. on Tuesday. They agreed. The U.S. paid $3.5 million.",
            ["Dr. Smith met Mr. Jones at 5 p.m. on Tuesday.", "They agreed.", "The U.S. paid $3.5 million."],
        ),
        (
            "fr",
            "M. Dupont a parlé avec Mme Martin. « C'est une vraie garantie », a-t-il dit.",
            ["M. Dupont a parlé avec Mme Martin.", "« C'est une vraie garantie », a-t-il dit."],
        ),
        (
            "de",
            "Das war am 3. Oktober in Berlin. „Wir sind bereit“, sagte er.",
            ["Das war am 3. Oktober in Berlin.", "„Wir sind bereit“, sagte er."],
        ),
        ("en", "No final punctuation here", ["No final punctuation here"]),
        ("xx", "Unknown language. Falls back to English.", ["Unknown language.", "Falls back to English."]),
    ],
)
def test_sentences_respect_abbreviations_of_the_language(language, paragraph, expected):
    assert split_sentences(paragraph, language) == expected


def test_a_quote_keeps_its_reporting_clause_in_one_sentence():
    paragraph = '"We will win!" he said. The vote is on Friday.'
    assert split_sentences(paragraph, "en") == ['"We will win!" he said.', "The vote is on Friday."]


def test_paragraph_segments_carry_boilerplate_flags_and_positional_ids():
    segments = build_segments(["Ferry saved", "Related Post", "It stays."], [False, True, False], "paragraphs", "en")
    assert [(s.id, s.text, s.boilerplate) for s in segments] == [
        (0, "Ferry saved", False),
        (1, "Related Post", True),
        (2, "It stays.", False),
    ]


def test_sentence_segments_split_content_but_keep_boilerplate_whole():
    paragraphs = ["The ferry stays. Tickets cost two pounds.", "Share this. Tweet this.", "It sails at noon."]
    segments = build_segments(paragraphs, [False, True, False], "sentences", "en")
    assert [(s.id, s.text, s.boilerplate) for s in segments] == [
        (0, "The ferry stays.", False),
        (1, "Tickets cost two pounds.", False),
        (2, "Share this. Tweet this.", True),
        (3, "It sails at noon.", False),
    ]


def test_line_segments_are_never_boilerplate():
    segments = build_segments(["X", "Related Post"], [True, True], "lines", "en")
    assert [s.boilerplate for s in segments] == [False, False]


def test_unknown_unit_is_a_programming_error():
    with pytest.raises(ValueError):
        build_segments(["a"], [False], "words", "en")


def test_long_texts_are_read_in_bounded_windows_that_cover_them_and_cut_after_sentences():
    from diptych.engine.sentences import WINDOW, windows

    text = "The ferry left at dawn. " * 400 + "word " * 2000
    pieces = windows(text)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(pieces, pieces[1:]))
    assert all(end - start <= WINDOW for start, end in pieces)
    assert text[pieces[0][1] - 2] == "."  # the first cut falls after a sentence end
