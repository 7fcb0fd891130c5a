"""Attribution: who speaks after the verb, and who does not.

A surname with its particle ("», ha detto de Boer.") is a speaker although it opens in
lower case; an English pronoun after "said" away from a quote is the subject of what was
said ("… and said it would appeal"), not the speaker; a characterisation in quotation
marks is attributed by the verb that introduces it ("spoke of", « ha parlato di »,
« calificó … de »). Pure text tests.
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.quotes import quote_regions
from diptych.engine.sentences import Span


def sources(text: str, language: str) -> list[tuple[str, list[str]]]:
    sentence = Span(0, 0, len(text), text)
    excluded = [(r.start - 1, r.end + 1) for r in quote_regions(0, text, language)]
    return [(s.phrase.text, [n.span.text for n in s.names]) for s in find_sources(sentence, language, excluded)]


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("it", "«Non chiuderemo la linea», ha detto de Vries.", "de Vries"),
        ("fr", "« Nous ne fermerons pas la ligne », a ajouté van der Meulen.", "van der Meulen"),
        ("es", "«No cerraremos la línea», dijo de la Torre.", "de la Torre"),
        ("en", '"We will not close the line," said de Vries.', "de Vries"),
    ],
)
def test_a_surname_with_its_particle_after_the_verb_is_the_speaker(language, text, phrase):
    assert [p for p, _ in sources(text, language)] == [phrase]


def test_a_place_after_the_verb_is_no_speaker():
    assert sources("Il sindaco ha detto da Torino che la linea resterà aperta.", "it") == [("Il sindaco", [])]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'The drivers\' union called the timetable "a slow strangling" and said it would ask the council to vote again.',
            ["The drivers' union"],
        ),
        ('"We will ask the council to vote again," said she.', ["she"]),
    ],
)
def test_an_english_pronoun_after_said_is_a_speaker_only_after_a_quote(text, expected):
    assert [p for p, _ in sources(text, "en")] == expected


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", 'The drivers\' union spoke of "a slow strangling".', "The drivers' union"),
        ("fr", "Le syndicat des chauffeurs a parlé d’« un lent étranglement ».", "Le syndicat des chauffeurs"),
        ("es", "El sindicato de conductores calificó el horario de «un lento estrangulamiento».", "El sindicato de conductores"),
        ("it", "Il sindacato degli autisti ha parlato di «un lento strangolamento».", "Il sindacato degli autisti"),
    ],
)
def test_a_characterisation_in_quotation_marks_is_attributed_by_its_verb(language, text, phrase):
    assert [p for p, _ in sources(text, language)] == [phrase]
