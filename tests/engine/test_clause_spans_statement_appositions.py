"""An apposition that characterises what a speaker said ("…, a promise already made last
year", « …, une promesse déjà faite l'an dernier », „…, eine Zusage, die …“, «…, una promesa
ya hecha el año pasado») is the rewrite's comment on the statement: it tells the reader
how to take it. In a long sentence it moves the encoder little, so where the original
names no such act of speech it is judged on a gain alone. A translation of an original that
has the apposition reports nothing.
End to end with the real offline encoder, through ``find_span_findings``.
"""

import pytest

from tests.engine.test_clause_spans_dropped_and_framing import changes

ORIGINAL = (
    "The regional transport minister, Ewa Lindqvist, said the government had set aside an extra 3 million euros "
    "for rural bus lines this year and would review the night timetable in the spring."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, clause",
    [
        ("fr", "La ministre régionale des Transports, Ewa Lindqvist, a affirmé que le gouvernement avait débloqué "
               "3 millions d’euros supplémentaires pour les lignes de bus rurales cette année et qu’il réexaminerait "
               "les horaires de nuit au printemps, une promesse déjà faite l’an dernier.",
         "une promesse déjà faite l’an dernier"),
        ("es", "La consejera regional de Transportes, Ewa Lindqvist, dijo que el gobierno había destinado 3 millones "
               "de euros adicionales a las líneas rurales de autobús este año y que revisaría el horario nocturno en "
               "primavera, una promesa que ya hizo el año pasado.",
         "una promesa que ya hizo el año pasado"),
    ],
)
def test_an_added_apposition_on_a_statement_is_added(encoder, language, derivative, clause):
    assert ("added", clause) in changes(encoder, ORIGINAL, language, derivative)


PROMISED = ORIGINAL[:-1] + ", a promise she first made last year."


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "La ministre régionale des Transports, Ewa Lindqvist, a déclaré que le gouvernement avait débloqué "
               "3 millions d’euros supplémentaires pour les lignes de bus rurales cette année et qu’il réexaminerait "
               "les horaires de nuit au printemps, une promesse qu’elle avait faite pour la première fois l’an dernier."),
        ("de", "Die regionale Verkehrsministerin Ewa Lindqvist sagte, die Regierung habe in diesem Jahr zusätzlich "
               "3 Millionen Euro für ländliche Buslinien bereitgestellt und werde den Nachtfahrplan im Frühjahr "
               "überprüfen, ein Versprechen, das sie erstmals im vergangenen Jahr gegeben hatte."),
    ],
)
def test_a_translated_apposition_on_a_statement_is_quiet(encoder, language, derivative):
    assert changes(encoder, PROMISED, language, derivative) == []
