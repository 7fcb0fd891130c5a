"""Articles aligned paragraph by paragraph, for the engine's span tests.

Loaded terms and charged words need sentences to be aligned, not what they mean: an
encoder that calls every pair of sentences identical aligns them all and keeps the tests
fast. The attribution tests run the real encoder over paragraph-linked versions.
"""

from __future__ import annotations

import numpy as np

from diptych.engine.groups import Context, build_context
from diptych.engine.model import Article, Link, Segment
from diptych.engine.sentences import Span


class SameEverything:
    """Every text gets the same vector: every sentence pair aligns."""

    def encode(self, texts):
        return np.full((len(texts), 512), 1 / np.sqrt(512), dtype=np.float32)


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test",
        title="",
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def context(o_lang: str, original: list[str], d_lang: str, derivative: list[str]) -> Context:
    """Paragraph i of the original linked with paragraph i of the derivative."""
    o, d = article(o_lang, original), article(d_lang, derivative)
    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return build_context(o, d, links, SameEverything())


def charged_words(o_lang: str, original: str, d_lang: str, derivative: str) -> list[str]:
    """The loaded terms found in one derivative sentence against one original sentence
    (the stand-in encoder calls them identical, so only the words decide)."""
    from diptych.engine.loaded_terms import find_loaded_terms

    return [f.derivative_text for f in find_loaded_terms(context(o_lang, [original], d_lang, [derivative]))]


def attribution_findings(encoder, original: list[str], language: str, derivative: list[str], links=None):
    """The attribution_changed findings of an English original against a derivative,
    paragraph i linked with paragraph i unless ``links`` says otherwise."""
    from diptych.engine.spans import find_span_findings

    links = links or [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    found = find_span_findings(article("en", original), article(language, derivative), links, encoder)
    return [f for f in found if f.kind == "attribution_changed"]


def headed_article(language: str, paragraphs: list[str], title: dict[str, str], lead: dict[str, str]) -> Article:
    """An article that opens with the test's title and lead paragraph in ``language``, as a
    real article does (a quote's paragraph is then not the first thing the aligner sees)."""
    paragraphs = [title[language], lead[language], *paragraphs]
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def headed_findings(encoder, title, lead, original: list[str], language: str, derivative: list[str]):
    """Every span finding of an English original against a derivative, both under the test's
    title and lead, paragraph i linked with paragraph i."""
    from diptych.engine.spans import find_span_findings

    o, d = headed_article("en", original, title, lead), headed_article(language, derivative, title, lead)
    links = [Link([i], [i], 0.9) for i in range(len(o.segments))]
    return find_span_findings(o, d, links, encoder)



def one_span(text: str) -> Span:
    """``text`` as the one sentence of segment 0."""
    return Span(0, 0, len(text), text)


def source_phrases(text: str, language: str = "en") -> list[str]:
    """The phrases the attribution reader takes for sources in one sentence."""
    from diptych.engine.attribution import find_sources

    return [s.phrase.text for s in find_sources(one_span(text), language)]
