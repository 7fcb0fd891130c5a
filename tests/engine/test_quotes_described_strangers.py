"""A named speaker's words credited, after the derivative has named that speaker, to a
description of somebody else: "one of the bakery's drivers" (one of a group of the
speaker's own business, by a role unlike every role the versions give the speaker), or
"the village doctor" (a definite role the story gives nobody, unlike every role of the
speaker). A description the versions give the speaker ("the baker", "the owner") stays
quiet, as does a translation that keeps the pronoun.

Each row: the original's paragraph (English) and the derivative's, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Last bakery in Ostrava suburb to close its shop",
    "fr": "La dernière boulangerie d’un quartier d’Ostrava va fermer sa boutique",
}

LEAD = {
    "en": "The last bakery in the Poruba district of Ostrava will close its shop in March after its rent "
    "was doubled.",
    "fr": "La dernière boulangerie du quartier de Poruba, à Ostrava, fermera sa boutique en mars après le "
    "doublement de son loyer.",
}

ORIGINAL = [
    "The bakery employs nine people, and Pavel Novák, who has run the bakery with his brother since 1994, said deliveries "
    'to schools would go on. "We will bake at night in a rented kitchen," he said.',
    "Hana Dvořáková, a district councillor in charge of trade, said the council had no shop to offer. "
    '"We cannot build a bakery for anyone," she said.',
]

FAITHFUL = [
    "La boulangerie emploie neuf personnes, et Pavel Novák, qui tient la boulangerie avec son frère depuis 1994, a déclaré "
    "que les livraisons aux écoles continueraient. « Nous cuirons la nuit dans une cuisine louée », a-t-il dit.",
    "Hana Dvořáková, conseillère de quartier chargée du commerce, a déclaré que le conseil n’avait aucune "
    "boutique à proposer. « Nous ne pouvons construire de boulangerie pour personne », a-t-elle dit.",
]

OWN_ROLE = [
    "The bakery employs nine people, and Pavel Novák, who has run the bakery with his brother since 1994, said deliveries "
    'to schools would continue. "We will bake at night in a rented kitchen," said the baker.',
    "Hana Dvořáková, a district councillor in charge of trade, said the council had no shop to offer. "
    '"We cannot build a bakery for anyone," said the councillor.',
]

ONE_OF_THE_OWNERS = [
    "The bakery employs nine people, and Pavel Novák, who has run the bakery with his brother since 1994, said deliveries "
    'to schools would continue. "We will bake at night in a rented kitchen," said one of the bakery\'s two owners.',
    "Hana Dvořáková, a district councillor in charge of trade, said the council had no shop to offer. "
    '"We cannot build a bakery for anyone," she said.',
]

ONE_OF_THE_STAFF = [
    "The bakery employs nine people, and Pavel Novák, who has run the bakery with his brother since 1994, said deliveries "
    'to schools would continue. "We will bake at night in a rented kitchen," said one of the bakery\'s drivers.',
    "Hana Dvořáková, a district councillor in charge of trade, said the council had no shop to offer. "
    '"We cannot build a bakery for anyone," she said.',
]

A_STRANGER = [
    "The bakery employs nine people, and Pavel Novák, who has run the bakery with his brother since 1994, said deliveries "
    'to schools would continue. "We will bake at night in a rented kitchen," he said.',
    "Hana Dvořáková, a district councillor in charge of trade, said the council had no shop to offer. "
    '"We cannot build a bakery for anyone," said the village doctor.',
]


def quote_kinds(encoder, language, derivative):
    found = headed_findings(encoder, TITLE, LEAD, ORIGINAL, language, derivative)
    return sorted(f.kind for f in found if f.kind.startswith("quote"))


def test_a_faithful_translation_is_quiet(encoder):
    assert quote_kinds(encoder, "fr", FAITHFUL) == []


def test_the_speakers_own_role_is_no_other_person(encoder):
    assert "quote_misattributed" not in quote_kinds(encoder, "en", OWN_ROLE)


def test_one_of_the_speakers_own_kind_is_no_other_person(encoder):
    assert "quote_misattributed" not in quote_kinds(encoder, "en", ONE_OF_THE_OWNERS)


def test_one_of_the_businesss_staff_is_someone_else(encoder):
    assert "quote_misattributed" in quote_kinds(encoder, "en", ONE_OF_THE_STAFF)


def test_a_definite_role_the_story_gives_nobody_is_someone_else(encoder):
    assert "quote_misattributed" in quote_kinds(encoder, "en", A_STRANGER)
