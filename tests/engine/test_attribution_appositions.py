"""Attribution: a named speaker described by an apposition of title or affiliation is
read whole, name first, whether the apposition stands before the verb ("Name, title,
said: ...", German "Name, Titel, sagte, ...") or after an inverted verb of any tense
(« ..., estime Name, titre, car ... »). The name is who speaks; reading the apposition
alone, or the clause before the verb, credits nobody the other version names.

Pure text tests (no encoder).
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def sources(text: str, language: str) -> list[tuple[str, list[str]]]:
    return [(s.phrase.text, [n.span.text for n in s.names]) for s in find_sources(span(text), language)]


@pytest.mark.parametrize(
    "language, text, phrase, name",
    [
        # the verb opens what was said with a comma (German) or a colon: the speaker is
        # the name and its apposition, not the apposition alone
        (
            "de",
            "Ilse Brandauer, Leiterin der Abteilung für Lawinenforschung am Alpeninstitut Innsbruck, erklärte, "
            "der Schnee sei in diesem Winter ungewöhnlich locker gewesen.",
            "Ilse Brandauer, Leiterin der Abteilung für Lawinenforschung am Alpeninstitut Innsbruck",
            "Ilse Brandauer",
        ),
        (
            "de",
            "Ilse Brandauer, Leiterin der Lawinenwarnstelle Tirol, sagte: „Wir haben die Hänge zu spät gesperrt.“",
            "Ilse Brandauer, Leiterin der Lawinenwarnstelle Tirol",
            "Ilse Brandauer",
        ),
        (
            "fr",
            "Ilse Brandauer, responsable du service d’étude des avalanches de l’institut alpin d’Innsbruck, a déclaré : "
            "« Nous avons fermé les pentes trop tard. »",
            "Ilse Brandauer, responsable du service d’étude des avalanches de l’institut alpin d’Innsbruck",
            "Ilse Brandauer",
        ),
        (
            "es",
            "Ilse Brandauer, jefa del servicio de estudio de aludes del instituto alpino de Innsbruck, dijo: "
            "«Cerramos las laderas demasiado tarde».",
            "Ilse Brandauer, jefa del servicio de estudio de aludes del instituto alpino de Innsbruck",
            "Ilse Brandauer",
        ),
        (
            "en",
            'Ilse Brandauer, head of avalanche research at the Alpine Institute in Innsbruck, said: '
            '"We closed the slopes too late."',
            "Ilse Brandauer, head of avalanche research at the Alpine Institute in Innsbruck",
            "Ilse Brandauer",
        ),
        # an inverted subject with a long apposition, then the sentence goes on: the
        # speaker is the name and its apposition, not the clause before the verb
        (
            "fr",
            "La neige de cet hiver était inhabituellement instable sur les versants nord, estime Ilse Brandauer, "
            "responsable du service d’étude des avalanches de l’institut alpin d’Innsbruck, car les redoux se sont "
            "succédé.",
            "Ilse Brandauer, responsable du service d’étude des avalanches de l’institut alpin d’Innsbruck",
            "Ilse Brandauer",
        ),
        (
            "es",
            "La nieve de este invierno era inusualmente inestable en las laderas norte, afirmó Ilse Brandauer, "
            "jefa del servicio de estudio de aludes del instituto alpino de Innsbruck, porque los deshielos se "
            "sucedieron.",
            "Ilse Brandauer, jefa del servicio de estudio de aludes del instituto alpino de Innsbruck",
            "Ilse Brandauer",
        ),
        (
            "de",
            "Der Schnee war in diesem Winter an den Nordhängen ungewöhnlich locker, sagt Ilse Brandauer, Leiterin "
            "der Abteilung für Lawinenforschung am Alpeninstitut Innsbruck, weil sich Tauwetter und Frost abwechselten.",
            "Ilse Brandauer, Leiterin der Abteilung für Lawinenforschung am Alpeninstitut Innsbruck",
            "Ilse Brandauer",
        ),
    ],
)
def test_a_named_speaker_keeps_the_apposition_that_describes_them(language, text, phrase, name):
    found = sources(text, language)
    assert found, text
    assert found[0][0] == phrase
    assert name in found[0][1]


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # what stands before the last comma is no name: the speaker is the last part only
        ("en", "The avalanche buried two huts on Sunday, cutting off the valley road, rescuers said.", "rescuers"),
        ("en", 'On Tuesday, rescuers said: "The road stays closed."', "rescuers"),
    ],
)
def test_a_clause_or_a_time_before_the_speaker_is_not_read_as_a_name(language, text, phrase):
    assert [p for p, _ in sources(text, language)] == [phrase]
