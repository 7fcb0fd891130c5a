"""Attribution: a source kept as the speaker of its second statement only.

"The board said A and that B" / « A, et le conseil a fait savoir qu'il B »: the derivative
still credits the board, but with B alone; A is told as fact. And "according to" that
says in keeping with what something was done ("licences granted according to the
fishing plan") credits nobody: the sentence has one source, not two.
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings

ORIGINAL = [
    "The fisheries ministry said in a statement that every licence had been granted according to the fishing plan "
    "and that it would appeal against the court's decision.",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Toutes les licences avaient été accordées conformément au plan de pêche, et le ministère de la Pêche a "
               "fait savoir qu’il ferait appel de la décision du tribunal."),
        ("es", "Todas las licencias se habían concedido conforme al plan de pesca, y el ministerio de Pesca dijo que "
               "recurriría la decisión del tribunal."),
    ],
)
def test_a_source_kept_for_its_second_statement_only_is_a_change(encoder, language, derivative):
    found = attribution_findings(encoder, ORIGINAL, language, [derivative])
    assert any("The fisheries ministry said" in f.original_text for f in found), [f.explanation for f in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Le ministère de la Pêche a indiqué dans un communiqué que toutes les licences avaient été accordées "
               "conformément au plan de pêche et qu’il ferait appel de la décision du tribunal."),
        ("es", "Todas las licencias se habían concedido conforme al plan de pesca y se recurrirá la decisión del "
               "tribunal, afirmó el ministerio de Pesca."),
    ],
)
def test_both_statements_still_credited_are_no_change(encoder, language, derivative):
    assert not attribution_findings(encoder, ORIGINAL, language, [derivative])


@pytest.mark.parametrize(
    "language, text, phrases",
    [
        ("en", ORIGINAL[0], ["The fisheries ministry"]),
        ("en", "The new quay will open in 2028, according to the harbour plan.", ["the harbour plan"]),
        ("en", "According to the plan, the new quay will open in 2028.", ["the plan"]),
        ("fr", "Les travaux ont été menés selon les règles et la mairie a dit qu’elle publierait le rapport.", ["la mairie"]),
        ("es", "Las obras se hicieron según lo previsto y el alcalde dijo que el puente abriría en mayo.", ["el alcalde"]),
    ],
)
def test_in_keeping_with_rules_credits_nobody(language, text, phrases):
    assert [s.phrase.text for s in find_sources(Span(0, 0, len(text), text), language)] == phrases
