"""A pronoun after a paragraph that names several people stands for the one the last
reporting clause credited, when nobody is named after that clause ("X, head of a firm,
said .... '…,' he added": he is X, not a firm or a place named earlier as a name).

So the same quote credited to that person in one version and to someone else in the
other is a misattribution, while a translation that keeps the pronoun (or renders it as
the name) stays quiet.

Each row: the original's paragraph (English) and the derivative's, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Ferry link to Holmsund island to be cut in winter",
    "fr": "La liaison par ferry vers l’île de Holmsund supprimée en hiver",
}

LEAD = {
    "en": "The regional council will stop the winter ferry to Holmsund island from December, saving "
    "about 400,000 euros a year.",
    "fr": "Le conseil régional arrêtera le ferry d’hiver vers l’île de Holmsund à partir de décembre, "
    "économisant environ 400 000 euros par an.",
}

ORIGINAL = [
    "The ferry, the Nordic Star, is run by a firm from Umeå owned by Lars Ekdahl, who said the crew had been "
    'told in October. "We will keep two boats for emergencies," he said.',
    "The island's grocer, Holm Handel, said it would close from December. "
    '"No boat means no customers," said its manager, Jonas Berg.',
    "Erik Sjöberg, a teacher who has lived on the island for 30 years, said families would leave. "
    '"Without the winter ferry the school will not last," he said.',
]

FAITHFUL = [
    "Le ferry, le Nordic Star, est exploité par une société d’Umeå appartenant à Lars Ekdahl, qui a déclaré que "
    "l’équipage avait été prévenu en octobre. « Nous garderons deux bateaux pour les urgences », a-t-il dit.",
    "L’épicier de l’île, Holm Handel, a déclaré qu’il fermerait à partir de décembre. "
    "« Pas de bateau, pas de clients », a déclaré son gérant, Jonas Berg.",
    "Erik Sjöberg, un enseignant qui vit sur l’île depuis 30 ans, a déclaré que des familles partiraient. "
    "« Sans le ferry d’hiver, l’école ne tiendra pas », a-t-il dit.",
]

NAMED = [
    "Le ferry, le Nordic Star, est exploité par une société d’Umeå appartenant à Lars Ekdahl, qui a déclaré que "
    "l’équipage avait été prévenu en octobre. « Nous garderons deux bateaux pour les urgences », a déclaré Lars Ekdahl.",
    "L’épicier de l’île, Holm Handel, a déclaré qu’il fermerait à partir de décembre. "
    "« Pas de bateau, pas de clients », a déclaré son gérant, Jonas Berg.",
    "Erik Sjöberg, un enseignant qui vit sur l’île depuis 30 ans, a déclaré que des familles partiraient. "
    "« Sans le ferry d’hiver, l’école ne tiendra pas », a déclaré Erik Sjöberg.",
]

GIVEN_TO_ANOTHER = [
    "Le ferry, le Nordic Star, est exploité par une société d’Umeå appartenant à Lars Ekdahl, qui a déclaré que "
    "l’équipage avait été prévenu en octobre. « Nous garderons deux bateaux pour les urgences », a assuré Jonas Berg.",
    "L’épicier de l’île, Holm Handel, a déclaré qu’il fermerait à partir de décembre. "
    "« Pas de bateau, pas de clients », a déclaré son gérant, Jonas Berg.",
    "Erik Sjöberg, un enseignant qui vit sur l’île depuis 30 ans, a déclaré que des familles partiraient. "
    "« Sans le ferry d’hiver, l’école ne tiendra pas », a-t-il dit.",
]

PRONOUN_FOR_ANOTHER = [
    "Le ferry, le Nordic Star, est exploité par une société d’Umeå appartenant à Lars Ekdahl, qui a déclaré que "
    "l’équipage avait été prévenu en octobre. « Nous garderons deux bateaux pour les urgences », a-t-il dit.",
    "L’épicier de l’île, Holm Handel, a déclaré qu’il fermerait à partir de décembre. "
    "« Pas de bateau, pas de clients », a déclaré son gérant, Jonas Berg. "
    "« Sans le ferry d’hiver, l’école ne tiendra pas », a-t-il ajouté.",
    "Erik Sjöberg, un enseignant qui vit sur l’île depuis 30 ans, a déclaré que des familles partiraient.",
]


def quote_kinds(encoder, derivative):
    found = headed_findings(encoder, TITLE, LEAD, ORIGINAL, "fr", derivative)
    return sorted(f.kind for f in found if f.kind.startswith("quote"))


def test_a_faithful_translation_keeping_the_pronoun_is_quiet(encoder):
    assert quote_kinds(encoder, FAITHFUL) == []


def test_the_pronoun_rendered_as_the_name_is_quiet(encoder):
    assert quote_kinds(encoder, NAMED) == []


def test_the_credited_persons_words_given_to_another_named_person(encoder):
    assert "quote_misattributed" in quote_kinds(encoder, GIVEN_TO_ANOTHER)


def test_a_pronoun_that_now_stands_for_another_speaker(encoder):
    assert "quote_misattributed" in quote_kinds(encoder, PRONOUN_FOR_ANOTHER)
