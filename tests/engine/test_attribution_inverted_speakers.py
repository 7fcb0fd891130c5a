"""Attribution: in Italian, as in French, German and Spanish, a reporting verb after a
comma takes the subject that follows it (« ..., ha detto il sindaco »); and a speaker
given as a name, an age and a description ("Name, 72, a retired teacher, said") is
one phrase that keeps its name.

Pure text tests (no encoder) except the end-to-end ones that take the encoder fixture.
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def phrases(text: str, language: str) -> list[str]:
    return [s.phrase.text for s in find_sources(span(text), language)]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Il ponte resterà chiuso per settimane, ha spiegato il sindaco.", "il sindaco"),
        ("La strada è stata riaperta in serata, ha detto un portavoce della polizia stradale.", "un portavoce della polizia stradale"),
        # a relative clause inside the statement does not make it the speaker
        (
            "I soccorritori hanno portato in salvo dodici escursionisti, alcuni dei quali feriti, ha riferito "
            "un portavoce del soccorso alpino.",
            "un portavoce del soccorso alpino",
        ),
        ("Il piano è già pronto, ha dichiarato Marta Bellini.", "Marta Bellini"),
    ],
)
def test_an_italian_verb_after_a_comma_takes_the_subject_after_it(text, phrase):
    assert phrases(text, "it") == [phrase]


@pytest.mark.parametrize(
    "text, phrase",
    [
        # the subject opens the sentence with its relative clause: what follows the verb is its object
        ("Un funzionario, che ha chiesto di restare anonimo, ha confermato l’arresto.", "Un funzionario, che ha chiesto di restare anonimo"),
    ],
)
def test_an_italian_subject_with_its_relative_clause_before_the_verb_stays_the_speaker(text, phrase):
    assert phrases(text, "it") == [phrase]


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "Lena Forsberg, 68, a retired nurse, said she would not move.", "Forsberg"),
        ("fr", "Lena Forsberg, 68 ans, infirmière retraitée, a déclaré qu’elle ne déménagerait pas.", "Forsberg"),
        ("de", "Lena Forsberg, 68, eine pensionierte Krankenschwester, sagte, sie werde nicht umziehen.", "Forsberg"),
        ("es", "Lena Forsberg, de 68 años, enfermera jubilada, dijo que no se mudaría.", "Forsberg"),
        ("it", "Lena Forsberg, 68 anni, infermiera in pensione, ha detto che non si trasferirà.", "Forsberg"),
    ],
)
def test_a_name_with_an_age_and_a_description_is_one_speaker(language, text, name):
    sources = find_sources(span(text), language)
    assert len(sources) == 1
    assert sources[0].phrase.text.startswith("Lena Forsberg")
    assert any(n.head == name for n in sources[0].names)


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            ["Rescuers brought twelve hikers to safety, some of them injured, a mountain rescue spokesman said."],
            "it",
            ["I soccorritori hanno portato in salvo dodici escursionisti, alcuni dei quali feriti, ha detto un portavoce del soccorso alpino."],
        ),
        (
            ["Lena Forsberg, 68, who has lived on the street since 1979, said she would not move."],
            "fr",
            ["Lena Forsberg, 68 ans, habitante de la rue depuis 1979, a déclaré qu’elle ne déménagerait pas."],
        ),
    ],
)
def test_a_faithful_rendering_of_these_speakers_is_clean(encoder, original, language, derivative):
    assert attribution_findings(encoder, original, language, derivative) == []
