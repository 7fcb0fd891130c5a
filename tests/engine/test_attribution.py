"""Attribution: who a sentence credits, and when two versions credit someone else.

Pure text tests (no encoder): the similarity of two source phrases, which the encoder
gives in the pipeline, is passed in by hand.
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def sources(text: str, language: str):
    return [(s.phrase.text, s.pronoun) for s in find_sources(span(text), language)]


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "A Western diplomat familiar with the talks said the deal had nearly collapsed.", "A Western diplomat familiar with the talks"),
        ("en", "Ukraine's grid operator, Ukrenergo, said on Monday that four plants were hit.", "Ukraine's grid operator, Ukrenergo"),
        ("en", "The quake damaged hundreds of homes in the region, officials said.", "officials"),
        ("en", "Several men were taken to a hospital, where doctors said many were underweight.", "doctors"),
        ("en", "Half the capacity was lost, according to Ukrainian officials, last winter.", "Ukrainian officials"),
        ("fr", "Au plus fort des coupures, 1,4 million de foyers étaient privés de courant, selon l’entreprise.", "l’entreprise"),
        ("fr", "Le matériel passera par la Pologne, a précisé la Commission européenne.", "la Commission européenne"),
        ("fr", "Selon le directeur du port, Tomas Vaitkus, la grève a coûté cher.", "le directeur du port, Tomas Vaitkus"),
        ("de", "Zahlungskartendaten seien nicht betroffen, erklärte die Fluggesellschaft.", "die Fluggesellschaft"),
        ("de", "Die Preise stiegen, wie Vertreter beider Länder mitteilten.", "Vertreter beider Länder"),
        ("de", "Nach Angaben der Strombehörde waren 120 000 Haushalte ohne Strom.", "der Strombehörde"),
        ("es", "La inflación bajó al 2,1 %, según datos del BCE.", "datos del BCE"),
    ],
)
def test_the_source_of_a_sentence_is_read_around_its_reporting_verb(language, text, phrase):
    assert (phrase, False) in sources(text, language)


@pytest.mark.parametrize(
    "language, text, pronoun",
    [
        ("en", "It was wrong, she said.", "she"),
        ("fr", "C’était une erreur, a-t-il déclaré.", "il"),
        ("de", "Das war falsch, sagte er.", "er"),
    ],
)
def test_a_pronoun_source_is_marked_as_such(language, text, pronoun):
    assert (pronoun, True) in sources(text, language)


def only_source(text: str, language: str):
    (source,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return source


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, similarity, changed",
    [
        # Faithful renderings of the same source.
        ("en", "Officials said the talks failed.", "fr", "Des responsables ont indiqué que les discussions avaient échoué.", 0.6, False),
        ("en", "Taras Melnyk said Kyiv had evidence.", "de", "Taras Melnyk sagte, Kyjiw habe Beweise.", 0.8, False),
        ("en", "The Civil Protection Authority said the fire spread.", "de", "Die Nationale Behörde für Katastrophenschutz teilte mit, das Feuer habe sich ausgebreitet.", 0.45, False),
        # Changed sources.
        ("en", "An EU diplomat, speaking on condition of anonymity, said states had wanted it.", "fr", "La Commission européenne a confirmé que des États l'avaient voulu.", 0.3, True),
        ("en", "A Western diplomat familiar with the negotiations said the talks nearly collapsed.", "en", "US officials familiar with the talks said the negotiations almost fell apart.", 0.6, True),
        ("en", "Petro Koval said the deal was dead.", "en", "Taras Melnyk said the deal was dead.", 0.7, True),
        ("en", "Camila Rojas said the building was swaying.", "en", "One resident said the building was swaying.", 0.3, True),
    ],
)
def test_a_source_changes_when_someone_else_is_credited(o_lang, original, d_lang, derivative, similarity, changed):
    why = source_change(only_source(original, o_lang), only_source(derivative, d_lang), similarity)
    assert (why is not None) is changed
