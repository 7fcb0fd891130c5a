"""A comment in apposition (« …, un chiffre qui augmente chaque semaine ») added where the
original block already has an apposition of its own (", a group of parents from …") is
still a comment the rewrite added: the bar of an apposition applies when the derivative
block holds more appositions than its original, not only when the original holds none.
A faithful translation, with as many appositions as its original, stays quiet.
End to end with the real offline encoder, through ``find_span_findings``.
"""

import pytest

from tests.engine.test_clause_spans_dropped_and_framing import changes

ORIGINAL = (
    "A petition asking the town to keep the open-air pool open has gathered about 3,100 signatures, according to "
    "its organisers, a group of parents from the Lindenhof district."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, clause",
    [
        ("fr", "Une pétition demandant à la ville de garder la piscine en plein air ouverte a recueilli environ 3 100 "
               "signatures, un chiffre qui augmente chaque semaine, selon ses organisateurs, un groupe de parents du "
               "quartier de Lindenhof.",
         "un chiffre qui augmente chaque semaine"),
    ],
)
def test_an_added_apposition_beside_the_originals_own_is_added(encoder, language, derivative, clause):
    assert ("added", clause) in changes(encoder, ORIGINAL, language, derivative)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Une pétition demandant à la ville de garder la piscine en plein air ouverte a recueilli environ 3 100 "
               "signatures, selon ses organisateurs, un groupe de parents du quartier de Lindenhof."),
        ("es", "Una petición que pide al ayuntamiento mantener abierta la piscina al aire libre ha reunido unas 3.100 "
               "firmas, según sus organizadores, un grupo de padres del barrio de Lindenhof."),
    ],
)
def test_a_translation_with_as_many_appositions_is_quiet(encoder, language, derivative):
    assert changes(encoder, ORIGINAL, language, derivative) == []
