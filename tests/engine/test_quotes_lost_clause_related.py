"""A clause of the quote left out in translation, though on the same matter as the rest.

"We kept the ferry running for as long as we could, and longer than the accounts told
us to" rendered « Nous avons fait tourner le ferry aussi longtemps que nous le pouvions »:
the second clause is gone. It speaks of the same ferry, so the encoder scores it a little
against the shorter quote, but far below a clause the quote renders: the quote was cut.
The whole quote rendered is no finding. Invented sentences.
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLE = ["Island ferry to stop in March", "Le ferry de l'île s'arrêtera en mars"]
ORIGINAL = (
    '"We kept the ferry running for as long as we could, and longer than the accounts told us to," said the '
    "operator's managing director, Ruth Calder."
)
CUT = (
    "« Nous avons fait tourner le ferry aussi longtemps que nous le pouvions », a déclaré la directrice générale "
    "de l'exploitant, Ruth Calder."
)
WHOLE = (
    "« Nous avons fait tourner le ferry aussi longtemps que nous le pouvions, et plus longtemps que les comptes "
    "ne nous le conseillaient », a déclaré la directrice générale de l'exploitant, Ruth Calder."
)


def _kinds(encoder, derivative: str) -> list[str]:
    o = Article(source="test", title=TITLE[0], language="en", text=f"{TITLE[0]}\n\n{ORIGINAL}",
                segments=[Segment(0, TITLE[0]), Segment(1, ORIGINAL)])
    d = Article(source="test", title=TITLE[1], language="fr", text=f"{TITLE[1]}\n\n{derivative}",
                segments=[Segment(0, TITLE[1]), Segment(1, derivative)])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    return sorted(f.kind for f in findings if f.kind.startswith("quote"))


def test_a_clause_cut_from_the_quote_is_a_changed_quote_though_on_the_same_matter(encoder):
    assert _kinds(encoder, CUT) == ["quote_changed"]


def test_the_whole_quote_rendered_is_no_finding(encoder):
    assert _kinds(encoder, WHOLE) == []

