"""Who says a quote, read from the sentences around it.

A quote closed by a full stop is not said by the subject of the sentence after it.

'« …, a-t-il déclaré. Je préfère … . » Sa successeure, X, dit avoir …': when the sentence
splitter leaves the closing piece of a quote and the next sentence together, the next
sentence's subject is nearest to the quote, but it opens a new statement; the quote stays
with the speaker its own incise names. Each row: a paragraph whose last sentence names a
second person, the sentences as a splitter may leave them (the quote's closing and the
next sentence in one), and who says the last quote.

A named speaker's words credited to "the engineer", where the derivative has just brought
in someone else as "an engineer at the port", are given to that other, unnamed person: a
misattribution, though "the engineer" alone could describe anyone.
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import Span, sentence_spans
from diptych.engine.spans import find_span_findings


def _two_sentences(text: str, cut: str) -> list[Span]:
    """The paragraph as a first sentence and, from ``cut`` on, one sentence holding the rest."""
    start = text.index(cut)
    return [Span(0, 0, start - 1, text[: start - 1]), Span(0, start, len(text), text[start:])]


CASES = [
    pytest.param(
        "fr",
        "Le maire sortant, Paul Girard, ne se représentera pas. « Nous avons tenu nos promesses, a-t-il "
        "affirmé lundi. Le reste appartient aux électeurs. » Son adjointe, Claire Vasseur, dit vouloir lui "
        "succéder.",
        None,
        "Paul Girard",
        id="fr: « …, a-t-il affirmé. … . » Son adjointe, X, dit …: the mayor's words (real splitter)",
    ),
    pytest.param(
        "en",
        'The former mayor, Paul Wagner, now sits on the regional council. "Nobody knew how bad the leak was," '
        'he said on Monday. "I would do it again." His successor, Anna Ross, said she had called in the auditors.',
        '"Nobody',
        "Paul Wagner",
        id='en: "… again." His successor, X, said …: the former mayor\'s words',
    ),
    pytest.param(
        "de",
        "Der frühere Bürgermeister Paul Wegner sitzt heute im Landtag. „Damals wusste niemand, wie groß der "
        "Schaden war“, sagte er am Montag. „Ich würde es wieder so machen.“ Seine Nachfolgerin, Anna Roth, "
        "sagte, sie habe Anzeige erstattet.",
        "„Damals",
        "Paul Wegner",
        id="de: „… machen.“ Seine Nachfolgerin, X, sagte …: Wegner's words",
    ),
    pytest.param(
        "es",
        "El exalcalde Pablo Ruiz ocupa hoy un escaño regional. «Nadie sabía lo grave que era la fuga», dijo "
        "Ruiz. «Lo volvería a hacer.» Su sucesora, Ana Ríos, afirmó que había llamado a los auditores.",
        "«Nadie",
        "Ruiz",
        id="es: «… hacer.» Su sucesora, X, afirmó …: Ruiz's words",
    ),
]


@pytest.mark.parametrize("language, text, cut, speaker", CASES)
def test_the_next_sentences_subject_does_not_say_the_quote(language, text, cut, speaker):
    sentences = sentence_spans(0, text, language) if cut is None else _two_sentences(text, cut)
    quotes = find_quotes(sentences, language, {0: text})
    last = quotes[-1]
    assert last.speaker is not None and last.speaker.span.text == speaker


def test_a_question_closed_in_its_marks_keeps_the_name_after_it():
    """'"…?" X said' is one sentence: only a full stop ends the quote's sentence."""
    text = 'The council met on Monday. "Who will pay for the repairs?" Anna Ross said.'
    quotes = find_quotes(_two_sentences(text, '"Who'), "en", {0: text})
    assert quotes[-1].speaker is not None and quotes[-1].speaker.span.text == "Anna Ross"


TITLES = {
    "en": "Harbour dredging halted after audit",
    "fr": "Le dragage du port suspendu après un audit",
    "de": "Hafenbaggerung nach Prüfung gestoppt",
    "es": "Suspendido el dragado del puerto tras una auditoría",
}
PORT = (
    "The regional audit office said the port authority had paid twice for the same dredging work in 2023.",
    "The port's director, Henrik Sorensen, said he had asked the police to look into the payments. \"Someone "
    'signed those invoices without reading them, and I want to know who," he told reporters on Tuesday.',
)
FIRST = {
    "en": PORT[0],
    "fr": "La Cour des comptes régionale a indiqué que l’autorité portuaire avait payé deux fois les mêmes travaux "
    "de dragage en 2023.",
    "de": "Der regionale Rechnungshof erklärte, die Hafenbehörde habe 2023 zweimal für dieselben Baggerarbeiten "
    "bezahlt.",
    "es": "La oficina regional de auditoría dijo que la autoridad portuaria había pagado dos veces los mismos "
    "trabajos de dragado en 2023.",
}

GIVEN = [
    pytest.param(
        "en",
        "The port's director, Henrik Sorensen, said he had asked the police to look into the payments. An engineer "
        "at the port, who asked not to be named, said the work had been done only once. \"Someone signed those "
        'invoices without reading them, and I want to know who," the engineer said.',
        [("quote_misattributed", "Henrik Sorensen", "the engineer")],
        id="en: 'the engineer' after 'An engineer at the port … said': the director's words given to him",
    ),
    pytest.param(
        "fr",
        "Le directeur du port, Henrik Sorensen, dit avoir demandé à la police d’examiner les paiements. Un ingénieur "
        "du port, qui a requis l’anonymat, a affirmé que les travaux n’avaient été faits qu’une fois. « Quelqu’un a "
        "signé ces factures sans les lire, et je veux savoir qui », a déclaré l’ingénieur.",
        [("quote_misattributed", "Henrik Sorensen", "l’ingénieur")],
        id="fr: « l’ingénieur » after « Un ingénieur du port … a affirmé »",
    ),
    pytest.param(
        "de",
        "Der Hafendirektor Henrik Sorensen sagte, er habe die Polizei gebeten, die Zahlungen zu prüfen. Ein "
        "Ingenieur des Hafens, der nicht genannt werden wollte, sagte, die Arbeiten seien nur einmal ausgeführt "
        "worden. „Jemand hat diese Rechnungen unterschrieben, ohne sie zu lesen, und ich will wissen, wer“, sagte "
        "der Ingenieur.",
        [("quote_misattributed", "Henrik Sorensen", "der Ingenieur")],
        id="de: „der Ingenieur“ after „Ein Ingenieur des Hafens … sagte“",
    ),
    pytest.param(
        "es",
        "El director del puerto, Henrik Sorensen, dijo que había pedido a la policía que examinara los pagos. Un "
        "ingeniero del puerto, que pidió no ser identificado, dijo que las obras solo se hicieron una vez. «Alguien "
        "firmó esas facturas sin leerlas, y quiero saber quién», dijo el ingeniero.",
        [("quote_misattributed", "Henrik Sorensen", "el ingeniero")],
        id="es: «el ingeniero» after «Un ingeniero del puerto … dijo»",
    ),
    pytest.param(
        "en",
        "The port's director, Henrik Sorensen, said he had asked the police to look into the payments. An engineer "
        "at the port, who asked not to be named, said the work had been done only once. \"Someone signed those "
        'invoices without reading them, and I want to know who," the director said.',
        [],
        id="en: 'the director' after the same engineer: the description fits the speaker, clean",
    ),
]


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.slow
@pytest.mark.parametrize("language, paragraph, expected", GIVEN)
def test_a_description_pointing_back_to_another_unnamed_person(encoder, language, paragraph, expected):
    o = article("en", [TITLES["en"], *PORT])
    d = article(language, [TITLES[language], FIRST[language], paragraph])
    findings = find_span_findings(o, d, [Link([i], [i], 0.9) for i in range(3)], encoder)
    quotes = [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")]
    assert quotes == expected


SHIPYARD_EN = [
    "Shipyard delays ferry delivery",
    "The union's leader, Pia Lund, called the six-month delay unacceptable and said workers had been kept in "
    "the dark.",
    'The shipyard, Norvik Marine, said in a statement that the delay was "caused by a supplier, not by our own '
    'workers" and that the ferry would be delivered in May.',
]
SHIPYARD_FR = [
    "Le chantier naval retarde la livraison d’un ferry",
    "La dirigeante du syndicat, Pia Lund, a jugé inacceptable ce retard de six mois et affirmé que les ouvriers "
    "avaient été tenus dans l’ignorance.",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param(
            "Le retard est « dû à un fournisseur, et non à nos propres ouvriers », a fait valoir Mme Lund, "
            "ajoutant que le ferry serait livré en mai.",
            ["quote_misattributed"],
            id="fr: « …, a fait valoir Mme Lund »: the shipyard's words given to the union leader",
        ),
        pytest.param(
            "Le retard est « dû à un fournisseur, et non à nos propres ouvriers », a fait valoir le chantier, "
            "Norvik Marine, dans un communiqué, ajoutant que le ferry serait livré en mai.",
            [],
            id="fr: « …, a fait valoir le chantier, Norvik Marine »: the same speaker, clean",
        ),
    ],
)
def test_a_fait_valoir_names_the_speaker_after_it(encoder, sentence, expected):
    """« a fait valoir X », « a fait savoir X »: the periphrasis is the reporting verb and
    X, after it, the one credited with the quote."""
    o = article("en", SHIPYARD_EN)
    d = article("fr", [*SHIPYARD_FR, sentence])
    findings = find_span_findings(o, d, [Link([i], [i], 0.9) for i in range(3)], encoder)
    assert [f.kind for f in findings if f.kind.startswith("quote")] == expected
