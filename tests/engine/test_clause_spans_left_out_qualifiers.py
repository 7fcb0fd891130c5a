"""Parts of a sentence a rewrite leaves out that qualify or answer what it keeps.

End to end with the real offline encoder, through ``find_span_findings``. A counterweight
of the same speaker ("…, but could not say when"), a clause inside the claim that qualifies
it ("… had been read on a holiday weekend and …") and the answer of the accused ("…, which
the firm denies") are ``omitted`` when a rewrite drops them; faithful translations keep
them and report nothing.
"""

import pytest

from tests.engine.test_clause_spans_dropped_and_framing import changes


@pytest.mark.slow
def test_a_dropped_but_clause_of_the_same_speaker_is_omitted(encoder):
    original = (
        "The ferry operator said it would try to charter a replacement vessel for the island but could not say "
        "when that would happen."
    )
    derivative = "The ferry operator said it would charter a replacement vessel for the island."
    assert ("omitted", "but could not say when that would happen") in changes(encoder, original, "en", derivative)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "L’exploitant du ferry a indiqué qu’il tenterait d’affréter un navire de remplacement pour l’île, "
               "mais n’a pas pu dire quand cela se ferait."),
        ("de", "Der Fährbetreiber sagte, er werde versuchen, ein Ersatzschiff für die Insel zu chartern, könne aber "
               "nicht sagen, wann das geschehen werde."),
        ("es", "El operador del ferri dijo que intentaría fletar un buque de sustitución para la isla, pero no pudo "
               "decir cuándo ocurriría."),
    ],
)
def test_a_kept_but_clause_is_quiet(encoder, language, derivative):
    original = (
        "The ferry operator said it would try to charter a replacement vessel for the island but could not say "
        "when that would happen."
    )
    assert changes(encoder, original, language, derivative) == []


@pytest.mark.slow
def test_a_qualifying_clause_dropped_inside_the_claim_is_omitted(encoder):
    original = (
        "An engineer who inspected the bridge said the sensors had been read on a holiday weekend and might "
        "miss the strain of heavy traffic."
    )
    derivative = "An engineer who inspected the bridge said the sensors might miss the strain of heavy traffic."
    assert changes(encoder, original, "en", derivative) == [("omitted", "had been read on a holiday weekend and")]


DENIED = (
    "A local newspaper reported on Tuesday that the quarry had blasted outside its permitted hours three times "
    "last year, which the operator denies."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Un journal local a rapporté mardi que la carrière avait procédé à des tirs de mine en dehors des "
               "heures autorisées à trois reprises l’an dernier."),
        ("en", "A local newspaper reported on Tuesday that the quarry had blasted outside its permitted hours three "
               "times last year."),
        ("es", "Un periódico local informó el martes de que la cantera había realizado voladuras fuera del horario "
               "permitido tres veces el año pasado."),
    ],
)
def test_a_dropped_denial_is_omitted(encoder, language, derivative):
    assert ("omitted", "which the operator denies") in changes(encoder, DENIED, language, derivative)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Un journal local a rapporté mardi que la carrière avait procédé à des tirs de mine en dehors des "
               "heures autorisées à trois reprises l’an dernier, ce que l’exploitant dément."),
        ("de", "Eine Lokalzeitung berichtete am Dienstag, der Steinbruch habe im vergangenen Jahr dreimal außerhalb "
               "der erlaubten Zeiten gesprengt, was der Betreiber bestreitet."),
        ("es", "Un periódico local informó el martes de que la cantera había realizado voladuras fuera del horario "
               "permitido tres veces el año pasado, algo que el operador niega."),
    ],
)
def test_a_kept_denial_is_quiet(encoder, language, derivative):
    assert changes(encoder, DENIED, language, derivative) == []


TREND = (
    "The shelter's director said it had taken in about 60 abandoned dogs since January, up from around 25 in the "
    "same period of 2023."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Le directeur du refuge a déclaré que celui-ci avait recueilli environ 60 chiens abandonnés depuis "
               "janvier."),
        ("de", "Der Leiter des Tierheims sagte, es habe seit Januar etwa 60 ausgesetzte Hunde aufgenommen."),
    ],
)
def test_a_dropped_comparison_with_an_earlier_figure_is_omitted(encoder, language, derivative):
    assert ("omitted", "up from around 25 in the same period of 2023") in changes(encoder, TREND, language, derivative)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Le directeur du refuge a déclaré que celui-ci avait recueilli environ 60 chiens abandonnés depuis "
               "janvier, contre environ 25 sur la même période de 2023."),
        ("es", "El director del refugio dijo que había acogido unos 60 perros abandonados desde enero, frente a "
               "unos 25 en el mismo periodo de 2023."),
        ("de", "Der Leiter des Tierheims sagte, es habe seit Januar etwa 60 ausgesetzte Hunde aufgenommen, nach "
               "rund 25 im gleichen Zeitraum 2023."),
    ],
)
def test_a_kept_comparison_is_quiet(encoder, language, derivative):
    assert changes(encoder, TREND, language, derivative) == []


LONG_TREND = (
    "Ingrid Halvorsen, a veterinary surgeon at the animal welfare clinic in the northern district of the city, said "
    "her team had treated about 70 dogs for heatstroke after long car journeys or walks at midday this summer, up "
    "from around 20 in 2023."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Ingrid Halvorsen, vétérinaire à la clinique de protection animale du quartier nord de la ville, a "
               "déclaré que son équipe avait soigné cet été environ 70 chiens pour un coup de chaleur après de longs "
               "trajets en voiture ou des promenades en plein midi."),
        ("es", "Ingrid Halvorsen, veterinaria de la clínica de protección animal del distrito norte de la ciudad, dijo "
               "que su equipo había atendido este verano a unos 70 perros por golpe de calor tras largos viajes en "
               "coche o paseos a mediodía."),
    ],
)
def test_a_dropped_comparison_in_a_long_sentence_is_omitted(encoder, language, derivative):
    assert ("omitted", "up from around 20 in 2023") in changes(encoder, LONG_TREND, language, derivative)


@pytest.mark.slow
def test_a_comparison_kept_in_a_long_sentence_is_quiet(encoder):
    derivative = (
        "Ingrid Halvorsen, Tierärztin an der Tierschutzklinik im Norden der Stadt, sagte, ihr Team habe in diesem "
        "Sommer etwa 70 Hunde wegen Hitzschlags nach langen Autofahrten oder Spaziergängen zur Mittagszeit "
        "behandelt, gegenüber rund zwanzig im Jahr 2023."
    )
    assert changes(encoder, LONG_TREND, "de", derivative) == []


@pytest.mark.parametrize(
    "language, text, comparison",
    [
        ("en", "up from around 20 in 2023", True),
        ("en", "down from 1,200 a year earlier", True),
        ("fr", "contre une vingtaine en 2023", True),
        ("de", "gegenüber 20 im Jahr 2023", True),
        ("es", "frente a unos 20 en 2023", True),
        ("en", "up from last year", False),  # no figure to lose
        ("en", "which had 20 beds", False),
    ],
)
def test_a_comparison_with_an_earlier_figure_is_recognised(language, text, comparison):
    from diptych.engine.clause_spans import _comparison_clause

    assert _comparison_clause(text, language) is comparison
