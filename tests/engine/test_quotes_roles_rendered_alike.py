"""An unnamed speaker's role, rendered in another language the way the whole article
renders it, is the same role.

The encoder may not know that "registrar" and „Standesbeamter“ are one office, but a
translation that says „Standesbeamte“ in every sentence where the original says
"registrars", and nowhere else, tells it: "A registrar, who asked not to be named, said
…" rendered „Ein Standesbeamter, der nicht genannt werden wollte, sagte …“ is the same
person, no misattributed quote. A role that only the quote's own sentence gives (a
caretaker for the registrar) is still another person. Invented sentences.
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

ORIGINAL = [
    "Harbour town register office cuts opening hours",
    "The county said the register office in Amblemouth had lost two of its six registrars this year.",
    "Couples must now book a registrar at least three months ahead, the county said.",
    "A registrar, who asked not to be named because staff had been told not to talk to reporters, said the "
    'office had been "kept going by goodwill and unpaid overtime" for two years.',
    "The county said it hoped to recruit two more registrars by the summer.",
]
FAITHFUL = [
    "Standesamt in Amblemouth verkürzt Öffnungszeiten",
    "Die Grafschaft erklärte, das Standesamt in Amblemouth habe in diesem Jahr zwei seiner sechs Standesbeamten "
    "verloren.",
    "Paare müssen einen Standesbeamten nun mindestens drei Monate im Voraus buchen, erklärte die Grafschaft.",
    "Ein Standesbeamter, der nicht genannt werden wollte, weil den Mitarbeitern untersagt worden war, mit "
    "Journalisten zu sprechen, sagte, das Amt werde seit zwei Jahren „von gutem Willen und unbezahlten Überstunden "
    "am Laufen gehalten“.",
    "Die Grafschaft erklärte, sie hoffe, bis zum Sommer zwei weitere Standesbeamte einzustellen.",
]
GIVEN_AWAY = FAITHFUL[:3] + [
    "Ein Hausmeister, der nicht genannt werden wollte, weil den Mitarbeitern untersagt worden war, mit "
    "Journalisten zu sprechen, sagte, das Amt werde seit zwei Jahren „von gutem Willen und unbezahlten Überstunden "
    "am Laufen gehalten“.",
    FAITHFUL[4],
]


def _article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def _kinds(encoder, derivative: list[str]) -> list[str]:
    o = _article("en", ORIGINAL)
    d = _article("de", derivative)
    links = [Link([i], [i], 0.9) for i in range(len(ORIGINAL))]
    findings = find_span_findings(o, d, links, encoder)
    return sorted(f.kind for f in findings if f.kind.startswith("quote") or f.kind == "attribution_changed")


def test_a_role_rendered_as_the_article_renders_it_is_the_same_speaker(encoder):
    assert "quote_misattributed" not in _kinds(encoder, FAITHFUL)


def test_a_role_only_the_quotes_sentence_gives_is_another_speaker(encoder):
    assert "quote_misattributed" in _kinds(encoder, GIVEN_AWAY)
