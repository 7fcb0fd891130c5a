"""Hedges in a derivative paragraph the aligner left unlinked.

Such a paragraph is still read against the original paragraph holding the sentence it
renders most closely (a soft group). Where a sentence of it renders an original sentence
closely, a hedge dropped there is as much a removed hedge as in a linked paragraph ("the
ruling probably breached the law" / « le jugement violait la loi »); where the nearest
original sentence is only on the same topic (a new sentence of background: "demand is
expected to rise" beside "the minister wants to double output"), nothing in it renders a
hedge or its absence, and the paragraph is reported as added instead.
"""

from __future__ import annotations

from diptych.engine.groups import build_context
from diptych.engine.hedges import find_hedge_changes
from diptych.engine.model import Link

from aligned_fixtures import article


ORIGINAL = [
    "A regional court approved the new ski lift on Monday.",
    "The hikers' club said it would appeal, arguing that the ruling probably breached the law on protected "
    "landscapes.",
    "The transport minister, Jana Holm, said the government wanted to triple the number of trains by 2040.",
]


def _changes(encoder, d_lang, derivative):
    o, d = article("en", ORIGINAL), article(d_lang, derivative)
    links = [Link([0], [0], 0.9)]  # the other derivative paragraphs left unlinked
    return find_hedge_changes(build_context(o, d, links, encoder))


def test_a_hedge_dropped_in_a_close_rendering_of_an_unlinked_paragraph_is_removed(encoder):
    derivative = [
        "Un tribunal régional a autorisé lundi le nouveau télésiège.",
        "Le club de randonneurs a annoncé qu’il ferait appel, estimant que le jugement violait la loi sur les "
        "paysages protégés. Les randonneurs manifesteront samedi devant la mairie.",
    ]
    found = _changes(encoder, "fr", derivative)
    assert [f.original_text for f in found] == ["probably"]


def test_a_hedge_in_an_unlinked_sentence_of_background_is_no_change(encoder):
    derivative = [
        "A regional court approved the new ski lift on Monday.",
        "Rail travel in the country is expected to grow strongly over the next twenty years as new lines open "
        "in the south. Most of the new trains are due to be built abroad.",
    ]
    assert _changes(encoder, "en", derivative) == []

