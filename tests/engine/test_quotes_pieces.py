"""One quote set out in pieces around a reporting clause, and who a pronoun stands for.

A writer may interrupt a quote with its reporting clause, inside the marks (« Le port
rouvrira, a-t-elle déclaré, et … », « …, raconte Ana Ortiz, 52 ans. Je … ») or between two
quoted pieces ("…," she said, "…"; „…“, sagte sie, „…“; «…», dijo, «…»). The pieces are
the speaker's words, the clause the writer's; and where the other version has the quote
whole, the pieces together render it: a faithful rendering set out in pieces is no change.
A subject pronoun ("she told reporters") stands for the person named as a subject before
it, not for a place named after a preposition ("the village of …").
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.quotes import find_quotes, quote_regions
from diptych.engine.sentences import sentence_spans
from diptych.engine.spans import find_span_findings


@pytest.mark.parametrize(
    "language, text, quoted",
    [
        # The present tense with a named subject and its apposition, to the end of its sentence.
        ("fr", "« Nous avons perdu les vignes et la grange, voilà tout, raconte Ana Ortiz, 52 ans, qui cultive ces "
         "terrasses depuis trente ans. Je ne sais pas si nous replanterons. »",
         ["Nous avons perdu les vignes et la grange, voilà tout", "Je ne sais pas si nous replanterons."]),
        # A described subject, and the quote goes on after a comma.
        ("fr", "« Le marché couvert restera ouvert, explique la maire de Sète, et nous paierons le chauffage. »",
         ["Le marché couvert restera ouvert", "et nous paierons le chauffage."]),
        ("fr", "« Le marché couvert restera ouvert, souligne l’adjoint aux finances. Il faudra trouver l’argent. »",
         ["Le marché couvert restera ouvert", "Il faudra trouver l’argent."]),
        # The simple past.
        ("fr", "« Nous reviendrons, déclara le capitaine Morel, avant la fin de l’hiver. »",
         ["Nous reviendrons", "avant la fin de l’hiver."]),
        # A compound past whose quote goes on after a comma keeps its last words.
        ("fr", "« Les digues ont tenu, a affirmé la préfète lors du point presse, et elles tiendront encore. »",
         ["Les digues ont tenu", "et elles tiendront encore."]),
        # A clause at the end of the quote leaves the words before it.
        ("fr", "« Il faut rouvrir la ligne avant l’été, insiste le président du syndicat. »",
         ["Il faut rouvrir la ligne avant l’été"]),
        # A present tense of the speaker's own words is no reporting clause.
        ("fr", "« Ce rapport dit la vérité sur nos salaires, et personne ne le lit. »",
         ["Ce rapport dit la vérité sur nos salaires, et personne ne le lit."]),
        ("de", "„Wir bleiben im Dorf, sagt die Bürgermeisterin, bis der Damm wieder steht.“",
         ["Wir bleiben im Dorf", "bis der Damm wieder steht."]),
        ("de", "„Wir haben die Ernte verloren, erzählt Ana Ortiz, 52, die seit dreißig Jahren hier lebt. Ich weiß "
         "nicht, ob wir neu pflanzen.“",
         ["Wir haben die Ernte verloren", "Ich weiß nicht, ob wir neu pflanzen."]),
        ("de", "„Das Gesetz sagt die Wahrheit über unsere Löhne, und niemand liest es.“",
         ["Das Gesetz sagt die Wahrheit über unsere Löhne, und niemand liest es."]),
        ("es", "«No vamos a cerrar la fábrica —dice la directora— ni este año ni el próximo».",
         ["No vamos a cerrar la fábrica", "ni este año ni el próximo"]),
    ],
)
def test_a_reporting_clause_in_the_present_or_with_its_subject_after_it_cuts_the_quote(language, text, quoted):
    assert [r.text for r in quote_regions(0, text, language)] == quoted


def test_she_stands_for_the_person_named_before_not_a_place_after_a_preposition():
    text = (
        "Marta Oliveira, who heads the coastguard, said the tanker had drifted towards the port of Vila Nova. "
        '"We have two hours before the tide turns," she told reporters.'
    )
    quotes = find_quotes(sentence_spans(0, text, "en"), "en", {0: text})
    assert [(q.span.text, q.speaker.span.text, q.pinned) for q in quotes] == [
        ("We have two hours before the tide turns", "Marta Oliveira", True)
    ]


TITLES = {
    "en": "Ferry service to resume on the island",
    "fr": "Le service de ferry reprendra sur l’île",
    "de": "Fährverkehr zur Insel wird wieder aufgenommen",
    "es": "El servicio de transbordador se reanudará en la isla",
}
LEAD = {
    "en": "The harbour master, Ingrid Solberg, spoke to the island council on Tuesday.",
    "fr": "La capitaine du port, Ingrid Solberg, s’est adressée mardi au conseil de l’île.",
    "de": "Die Hafenmeisterin Ingrid Solberg sprach am Dienstag vor dem Inselrat.",
    "es": "La capitana del puerto, Ingrid Solberg, habló el martes ante el consejo de la isla.",
}
WHOLE = 'Solberg rejected the criticism. "I have never cheated the islanders, and I never will," she said.'
SPLIT = 'Solberg rejected the criticism. "I have never cheated the islanders," she said, "and I never will."'
FARMER = (
    '"We lost the vines and the barn, nothing more," said Ana Ortiz, 52, who has farmed these terraces for '
    'thirty years. "I do not know if we will replant."'
)


def _article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def _quote_findings(encoder, original: str, language: str, derivative: str) -> list[tuple[str, str | None, str | None]]:
    o = _article("en", [TITLES["en"], LEAD["en"], original])
    d = _article(language, [TITLES[language], LEAD[language], derivative])
    findings = find_span_findings(o, d, [Link([i], [i], 0.9) for i in range(3)], encoder)
    return [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative",
    [
        pytest.param(
            WHOLE, "fr",
            "Ingrid Solberg rejette les critiques. « Je n’ai jamais trompé les insulaires, dit-elle, et je ne les "
            "tromperai jamais. »",
            id="fr: an incise inside the marks",
        ),
        pytest.param(
            WHOLE, "de",
            "Solberg weist die Kritik zurück. „Ich habe die Inselbewohner nie betrogen“, sagte sie, „und ich werde "
            "es nie tun.“",
            id="de: „…“, sagte sie, „…“",
        ),
        pytest.param(
            WHOLE, "es",
            "Solberg rechaza las críticas. «Nunca he engañado a los isleños», dijo, «y nunca lo haré».",
            id="es: «…», dijo, «…»",
        ),
        pytest.param(WHOLE, "en", SPLIT, id="en: the same words in two pieces"),
        pytest.param(
            SPLIT, "fr",
            "Ingrid Solberg rejette les critiques. « Je n’ai jamais trompé les insulaires et je ne les tromperai "
            "jamais », a-t-elle déclaré.",
            id="fr: the original in pieces, the translation whole",
        ),
        pytest.param(
            FARMER, "fr",
            "« Nous avons perdu les vignes et la grange, rien de plus, raconte Ana Ortiz, 52 ans, qui cultive ces "
            "terrasses depuis trente ans. Je ne sais pas si nous replanterons. »",
            id="fr: a present-tense incise with its subject's apposition, to the end of its sentence",
        ),
    ],
)
def test_a_quote_rendered_in_pieces_is_one_faithful_quote(encoder, original, language, derivative):
    assert _quote_findings(encoder, original, language, derivative) == []


@pytest.mark.slow
def test_two_quotes_of_one_speaker_each_rendered_stay_two_quotes(encoder):
    original = (
        '"The quay will be repaired by the end of March," she said. "The first ferry will sail in April," '
        "she added."
    )
    derivative = (
        "« Le quai sera réparé d’ici la fin mars, a-t-elle déclaré. Le premier ferry partira en avril », "
        "a-t-elle ajouté."
    )
    assert _quote_findings(encoder, original, "fr", derivative) == []


@pytest.mark.slow
def test_pieces_that_say_something_else_together_are_one_changed_quote_at_most(encoder):
    derivative = (
        "Ingrid Solberg rejette les critiques. « Les insulaires ne m’intéressent pas, lance-t-elle, et le port "
        "fermera cet hiver. »"
    )
    found = _quote_findings(encoder, WHOLE, "fr", derivative)
    assert found and {kind for kind, _, _ in found} == {"quote_changed"}


FIRE = {
    "en": ("Harbour fire spreads to dunes", "Crews fought the blaze through the night near the marina of Porto Vecchio."),
    "fr": ("Le feu du port gagne les dunes",
           "Les équipes ont combattu le feu toute la nuit près de la marina de Porto Vecchio."),
    "de": ("Hafenbrand greift auf Dünen über",
           "Einsatzkräfte bekämpften das Feuer die ganze Nacht nahe dem Jachthafen von Porto Vecchio."),
    "es": ("El fuego del puerto llega a las dunas",
           "Los equipos combatieron el fuego toda la noche cerca del puerto deportivo de Porto Vecchio."),
}
MAYOR = (
    'But the mayor of Porto Vecchio di Mare, Elena Conti, criticised the cuts to the fire service. "We asked for more crews '
    'three times, and three times we were refused," she said.'
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, expected",
    [
        pytest.param(
            "fr",
            "Mais la maire de Porto Vecchio di Mare, Elena Conti, a critiqué les coupes budgétaires. « Nous avons demandé trois "
            "fois plus d’équipes, et trois fois on nous a dit non », a confié un pompier volontaire du village.",
            [("quote_misattributed", "Elena Conti", "un pompier volontaire du village")],
            id="fr: the mayor's words given to a volunteer firefighter",
        ),
        pytest.param(
            "de",
            "Die Bürgermeisterin von Porto Vecchio di Mare, Elena Conti, kritisierte jedoch die Kürzungen. „Wir haben dreimal "
            "mehr Mannschaften verlangt, und dreimal wurden wir abgewiesen“, sagte ein freiwilliger Feuerwehrmann aus "
            "dem Dorf.",
            [("quote_misattributed", "Elena Conti", "ein freiwilliger Feuerwehrmann aus dem Dorf")],
            id="de: the same",
        ),
        pytest.param(
            "es",
            "Pero la alcaldesa de Porto Vecchio di Mare, Elena Conti, criticó los recortes. «Pedimos más equipos tres veces, y "
            "tres veces nos dijeron que no», dijo un bombero voluntario del pueblo.",
            [("quote_misattributed", "Elena Conti", "un bombero voluntario del pueblo")],
            id="es: the same",
        ),
        pytest.param(
            "en",
            MAYOR.replace("she said", "a volunteer firefighter from the village said"),
            [("quote_misattributed", "Elena Conti", "a volunteer firefighter from the village")],
            id="en: the same",
        ),
        pytest.param(
            "fr",
            "Mais la maire de Porto Vecchio di Mare, Elena Conti, a critiqué les coupes budgétaires. « Nous avons demandé trois "
            "fois plus d’équipes, et trois fois on nous a dit non », a-t-elle confié.",
            [],
            id="fr: her own words, 'a-t-elle confié': clean",
        ),
    ],
)
def test_a_named_speakers_words_given_to_a_description_of_another_kind_of_person(encoder, language, derivative, expected):
    """"she said" after "the mayor of Porto Vecchio di Mare, Elena Conti" is the mayor (not the
    town named after "of", nor a role of no kind: the whole phrase before the comma is her
    title); a volunteer firefighter is somebody else."""
    o = _article("en", [*FIRE["en"], MAYOR])
    d = _article(language, [*FIRE[language], derivative])
    findings = find_span_findings(o, d, [Link([i], [i], 0.9) for i in range(3)], encoder)
    assert [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")] == expected


APPEAL = (
    "The ruling can be appealed within a month.",
    'Her lawyer, Tom Reed, said he expected the appeal to take "several weeks".',
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, expected",
    [
        pytest.param(
            "en", "Her lawyer, Tom Reed, said he expected the appeal to take a while.",
            [("quote_dropped", "several weeks", None)],
            id="en: a two-word quote whose words are gone from its sentence is dropped",
        ),
        pytest.param(
            "en", "Her lawyer, Tom Reed, said he expected the appeal to take several weeks.",
            [],
            id="en: the same words without their marks: kept",
        ),
        pytest.param(
            "fr", "Son avocat, Tom Reed, a dit s’attendre à ce que l’appel prenne du temps.",
            [],
            id="fr: across languages a two-word quote may be rendered in any words",
        ),
    ],
)
def test_a_two_word_quote_is_dropped_only_when_its_words_are_gone(encoder, language, derivative, expected):
    first = {"en": APPEAL[0], "fr": "Le jugement peut faire l’objet d’un appel dans un délai d’un mois."}[language]
    o = _article("en", ["Court ruling", *APPEAL])
    d = _article(language, ["Court ruling" if language == "en" else "Décision de justice", first, derivative])
    findings = find_span_findings(o, d, [Link([i], [i], 0.9) for i in range(3)], encoder)
    assert [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")] == expected
