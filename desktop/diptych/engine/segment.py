"""Cut extracted text into the units the aligner matches: paragraphs, sentences or lines.

Segment ids are positions (0..n-1) so a report's ids point into the JSON's list.
Boilerplate is decided per paragraph (a share prompt is one line whatever the unit)
and carried over to the sentences cut from it.
"""

from __future__ import annotations

import re

from diptych.engine.model import Segment

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|\s+#+\s*$")


def split_paragraphs(text: str, *, markdown: bool = False) -> list[str]:
    """Plain-text paragraphs: separated by blank lines; inner line breaks become spaces.

    With ``markdown``, ATX heading marks ("## ") are dropped so a heading reads as text.
    """
    paragraphs = []
    for block in _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.split("\n")]
        paragraph = " ".join(line for line in lines if line)
        if markdown:
            paragraph = _MARKDOWN_HEADING.sub("", paragraph)
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


def split_lines(text: str) -> list[str]:
    """Every non-empty line, exactly as written except its line ending (pre-segmented corpora).

    Whitespace-only lines count as empty. Splits on ``\\n`` only, not on the other
    characters ``str.splitlines`` treats as breaks, so a line is never cut inside.
    """
    lines = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if line.strip():
            lines.append(line)
    return lines


def split_sentences(paragraph: str, language: str) -> list[str]:
    """Sentences of one paragraph, by pysbd's rules for ``language`` (English if it has none).

    The same splitter as the span analysis (:func:`diptych.engine.sentences.sentence_spans`),
    so a sentence is the same unit wherever it is counted.
    """
    from diptych.engine.sentences import sentence_spans

    return [span.text for span in sentence_spans(0, paragraph, language)] or [paragraph]


def build_segments(
    paragraphs: list[str], boilerplate: list[bool], unit: str, language: str
) -> list[Segment]:
    """Segments in reading order, ids 0..n-1.

    "paragraphs" gives one segment per paragraph; "lines" one per line, none of them
    boilerplate whatever ``boilerplate`` says; "sentences" splits each content paragraph
    and keeps a boilerplate paragraph whole.
    """
    if unit not in ("paragraphs", "sentences", "lines"):
        raise ValueError(f"unknown segment unit {unit!r}")
    pieces: list[tuple[str, bool]] = []
    if unit == "sentences":
        for paragraph, is_boilerplate in zip(paragraphs, boilerplate):
            if is_boilerplate:
                pieces.append((paragraph, True))
            else:
                pieces.extend((s, False) for s in split_sentences(paragraph, language))
    elif unit == "lines":  # a pre-segmented corpus: every line takes part
        pieces = [(line, False) for line in paragraphs]
    else:
        pieces = list(zip(paragraphs, boilerplate))
    return [Segment(id=i, text=text, boilerplate=flag) for i, (text, flag) in enumerate(pieces)]
