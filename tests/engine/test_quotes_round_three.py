"""Quotes, third round of session 15: a quote alone after a sentence that credits another
named person is that person's; a document's words credited to the body that issued it;
a named speaker's words given to an unnamed official brought in beside them.
"""

import pytest

from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import sentence_spans


def _speakers(language: str, paragraphs: list[str]) -> list[str | None]:
    texts = dict(enumerate(paragraphs))
    sentences = [s for i, p in texts.items() for s in sentence_spans(i, p, language)]
    return [q.speaker.span.text if q.speaker else None for q in find_quotes(sentences, language, texts)]


@pytest.mark.parametrize(
    "language, paragraphs",
    [
        (
            "fr",
            [
                "Anton Velic, patron d’un café du port, estime que la mairie a ignoré les commerçants. "
                "« Ils ont choisi la solution la plus simple », dit-il.",
                "Maren Holt, infirmière installée rue du Moulin depuis 1990, raconte qu’elle ne dort plus le samedi. "
                "« Je n’ai rien contre la fête, mais pas sous mes fenêtres. »",
            ],
        ),
        (
            "en",
            [
                'Anton Velic, who runs a café by the harbour, says the council ignored the traders. '
                '"They chose the easy way out," he says.',
                "Maren Holt, a nurse who has lived on Mill Street since 1990, says she no longer sleeps on Saturdays. "
                '"I have nothing against a party, but not under my windows."',
            ],
        ),
    ],
)
def test_a_quote_alone_after_another_named_source_is_that_persons(language, paragraphs):
    assert _speakers(language, paragraphs) == ["Anton Velic", "Maren Holt"]


def test_a_second_quoted_sentence_still_continues_its_speaker():
    paragraphs = [
        'Anton Velic runs a café by the harbour. "They chose the easy way out," he said. "Nobody asked us."',
    ]
    assert _speakers("en", paragraphs) == ["Anton Velic", "Anton Velic"]


def _article(language: str, paragraphs: list[str]):
    from diptych.engine.model import Article, Segment

    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def _quote_findings(original, derivative, o_lang, d_lang, encoder):
    from diptych.engine.model import Link
    from diptych.engine.spans import find_span_findings

    o, d = _article(o_lang, original), _article(d_lang, derivative)
    links = [Link([i], [i], 0.9) for i in range(len(original))]
    return [(f.kind, f.original_text, f.derivative_text) for f in find_span_findings(o, d, links, encoder)]


ORIGINAL = [
    "Ferry operator to cut winter crossings",
    "Harbour Lines said in a statement that it would run four crossings a day from November. "
    '"We kept the early boat because most commuters take it," the statement said.',
    "Ilse Brand, a transport economist at the University of Kerrow, said fares would probably rise. "
    '"When a line loses its late boat, the commuters buy cars," she said.',
]
STATEMENT_TO_COMPANY = [
    "L’exploitant du ferry réduit les traversées d’hiver",
    "Harbour Lines a indiqué dans un communiqué qu’elle assurerait quatre traversées par jour à partir de novembre. "
    "« Nous avons gardé le premier bateau parce que la plupart des navetteurs le prennent », fait valoir l’entreprise.",
    "Ilse Brand, économiste des transports à l’université de Kerrow, a déclaré que les tarifs augmenteraient "
    "probablement. « Quand une ligne perd son dernier bateau, les navetteurs achètent des voitures », a-t-elle déclaré.",
]


@pytest.mark.slow
def test_a_statements_words_given_to_the_body_that_issued_it_is_no_misattribution(encoder):
    found = _quote_findings(ORIGINAL, STATEMENT_TO_COMPANY, "en", "fr", encoder)
    assert [f for f in found if f[0] == "quote_misattributed"] == []


@pytest.mark.slow
def test_a_named_speakers_words_given_to_an_unnamed_official_are_misattributed(encoder):
    derivative = list(ORIGINAL)
    derivative[2] = (
        "Ilse Brand, a transport economist at the University of Kerrow, said fares would probably rise. "
        '"When a line loses its late boat, the commuters buy cars," a police officer said.'
    )
    found = _quote_findings(ORIGINAL, derivative, "en", "en", encoder)
    assert "quote_misattributed" in [f[0] for f in found]
