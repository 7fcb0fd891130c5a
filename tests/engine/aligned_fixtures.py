"""Articles aligned paragraph by paragraph with a stand-in encoder, for the lexicon tests.

Loaded terms and charged words need sentences to be aligned, not what they mean: an
encoder that calls every pair of sentences identical aligns them all and keeps the tests
fast.
"""

from __future__ import annotations

import numpy as np

from diptych.engine.groups import Context, build_context
from diptych.engine.model import Article, Link, Segment


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
