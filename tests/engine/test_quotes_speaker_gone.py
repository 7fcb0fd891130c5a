"""A named person's quote dropped with the person, and a new quote of another named
person in its paragraph: two changes, not one quote reworded.

Across languages a new quote on the same subject ("For these pupils, this is no small
matter" / « Nos enfants ne sont pas des cobayes ») scores loosely against the dropped one
(about 0.45). Where the derivative credits it to someone else, named, and names the
original's speaker nowhere (the person left the article), a loose score is no evidence
that it renders that person's words: it is a new quote. A quote that renders its original
closely stays that quote, whoever it is credited to.

Each row: the original's paragraph (English) and the derivative's, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "School kitchen in Vessby closed after inspectors find mould",
    "fr": "La cuisine scolaire de Vessby fermée après la découverte de moisissures",
}

LEAD = {
    "en": "The central school kitchen in Vessby was closed on Friday after inspectors found mould in its "
    "storerooms. Pupils in twelve schools will eat packed lunches until it reopens.",
    "fr": "La cuisine scolaire centrale de Vessby a été fermée vendredi après que des inspecteurs ont trouvé des "
    "moisissures dans ses réserves. Les élèves de douze écoles mangeront des repas froids jusqu’à sa réouverture.",
}

ORIGINAL = [
    "Ana Ruiz, who chairs the parents' association, said families had complained about the food since "
    'the spring. "Nobody answered our letters until the inspectors came," she said. Tomas Berg, a '
    "doctor at the regional hospital, said a few weeks of cold lunches would do the pupils no harm, but "
    'that some of them had no other warm meal. "For those pupils, it matters a great deal," he said.'
]

NEW_QUOTE = [
    "Ana Ruiz, qui préside l’association des parents, a déclaré que les familles se plaignaient de la "
    "nourriture depuis le printemps. « Personne n’a répondu à nos lettres avant l’arrivée des inspecteurs », "
    "a-t-elle déclaré. « Nos enfants ne sont pas des cobayes », a-t-elle poursuivi."
]

GIVEN_TO_HER = [
    "Ana Ruiz, qui préside l’association des parents, a déclaré que les familles se plaignaient de la "
    "nourriture depuis le printemps. « Personne n’a répondu à nos lettres avant l’arrivée des inspecteurs », "
    "a-t-elle déclaré. « Pour ces élèves, c’est très important », a-t-elle poursuivi."
]


def quote_kinds(encoder, derivative):
    found = headed_findings(encoder, TITLE, LEAD, ORIGINAL, "fr", derivative)
    return sorted(f.kind for f in found if f.kind.startswith("quote"))


def test_a_new_quote_of_another_person_is_new_where_the_speaker_left(encoder):
    assert "quote_added" in quote_kinds(encoder, NEW_QUOTE)
    assert "quote_changed" not in quote_kinds(encoder, NEW_QUOTE)


def test_a_close_rendering_given_to_another_person_is_still_that_quote(encoder):
    assert "quote_added" not in quote_kinds(encoder, GIVEN_TO_HER)
