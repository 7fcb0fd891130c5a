"""Hedges of single sentences, for the hedge tests that need no encoder or alignment."""

from __future__ import annotations

from diptych.engine.hedges import Hedges, find_hedges, hedge_change
from diptych.engine.sentences import Span


def hedges(text: str, language: str) -> Hedges:
    """The hedges of ``text`` read as one sentence."""
    return find_hedges([Span(0, 0, len(text), text)], language)


def change(o_lang: str, original: str, d_lang: str, derivative: str) -> str | None:
    """"added", "removed" or None between two one-sentence versions."""
    return hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang)
