"""Who says a quote, when a version names the speaker by a description, a statement or a
bare surname, and when a body's words are handed to a person.

A description with no name ("the judge", « la juge », „die Richterin“, « son communiqué »)
that fits the original's speaker is that speaker, not another one; only a different
identifiable speaker is a misattribution. One row per behaviour: an English paragraph
(with the article's earlier paragraph), its rendering, and the quote findings that must
come out (kind, original text, derivative text).
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLES = {
    "en": "Court fines river dredging firm",
    "fr": "Une entreprise de dragage condamnée à une amende",
    "de": "Baggerfirma zu Geldstrafe verurteilt",
    "es": "Multa a una empresa de dragado",
}

JUDGE = (
    "Judge Amara Lindqvist fined the dredging firm Kallio Marine 90,000 euros on Thursday for dumping silt "
    "in a protected stretch of the river.",
    '"A river is not a rubbish tip, and no permit turns it into one," Lindqvist said as she read the ruling.',
)
ANGLERS = (
    "Several groups reacted to the ruling, among them the firm's chief executive, Tomas Berg, who said it would "
    "study the judgment.",
    "The largest of them, the Northern Anglers' Union, said in a statement that the fine was "
    '"far too small for the harm done to the spawning grounds".',
)
COACH = (
    "The rower Lena Moser was disqualified from the final on Sunday.",
    "Moser's coach, Karl Brandt, said the team would lodge a protest. \"The judges saw a false start that "
    'nobody else saw, and we will prove it on video," he said.',
)
LAWYER = (
    "The firm's owner, Oskar Halme, did not speak in court.",
    "His lawyer, Ines Moretti, said the firm would appeal. \"My client followed the plan the port authority gave him, "
    'and he never saw the survey,\" Moretti told reporters outside the court.',
)

CASES = [
    pytest.param(
        JUDGE, "fr",
        (
            "La juge Amara Lindqvist a infligé jeudi une amende de 90 000 euros à l’entreprise de dragage Kallio "
            "Marine pour avoir déversé de la vase dans une portion protégée de la rivière.",
            "« Une rivière n’est pas une décharge, et aucun permis n’en fera une », a lancé la juge en lisant "
            "sa décision.",
        ),
        [],
        id="fr: 'la juge' where the translation itself calls the speaker 'la juge Amara Lindqvist' is that speaker",
    ),
    pytest.param(
        JUDGE, "de",
        (
            "Richterin Amara Lindqvist verurteilte die Baggerfirma Kallio Marine am Donnerstag zu 90.000 Euro "
            "Geldstrafe, weil sie Schlamm in einen geschützten Flussabschnitt gekippt hatte.",
            "„Ein Fluss ist keine Müllkippe, und keine Genehmigung macht ihn dazu“, sagte die Richterin bei der "
            "Urteilsverkündung.",
        ),
        [],
        id="de: 'die Richterin' after 'Richterin Amara Lindqvist' is that speaker",
    ),
    pytest.param(
        JUDGE, "en",
        (
            JUDGE[0],
            '"A river is not a rubbish tip, and no permit turns it into one," the judge said as she read the ruling.',
        ),
        [],
        id="en: 'the judge' after 'Judge Amara Lindqvist' in one language is that speaker",
    ),
    pytest.param(
        JUDGE, "fr",
        (
            "Amara Lindqvist a infligé jeudi une amende de 90 000 euros à l’entreprise de dragage Kallio Marine "
            "pour avoir déversé de la vase dans une portion protégée de la rivière.",
            "« Une rivière n’est pas une décharge, et aucun permis n’en fera une », a lancé la juge en lisant "
            "sa décision.",
        ),
        [],
        id="fr: 'la juge' for the original's 'Judge Amara Lindqvist', the translation naming her without a title",
    ),
    pytest.param(
        JUDGE, "fr",
        (
            "Amara Lindqvist a infligé jeudi une amende de 90 000 euros à l’entreprise de dragage Kallio Marine "
            "pour avoir déversé de la vase dans une portion protégée de la rivière.",
            "« Une rivière n’est pas une décharge, et aucun permis n’en fera une », a lancé le procureur après "
            "la lecture de la décision.",
        ),
        [("quote_misattributed", "Lindqvist", "le procureur après la lecture de la décision")],
        id="fr: a role the original never gives its speaker ('le procureur' for the judge) is another speaker",
    ),
    pytest.param(
        JUDGE, "es",
        (
            "El consejero delegado de la empresa, Tomas Berg, y la jueza Amara Lindqvist asistieron a la lectura "
            "de la multa de 90.000 euros impuesta el jueves a Kallio Marine.",
            "«Un río no es un vertedero, y ningún permiso lo convierte en uno», afirmó el consejero delegado.",
        ),
        [("quote_misattributed", "Lindqvist", "el consejero delegado")],
        id="es: a description that fits another person of the story is still a misattribution",
    ),
    pytest.param(
        ANGLERS, "fr",
        (
            "Plusieurs organisations ont réagi à la décision, dont le directeur général de l’entreprise, Tomas "
            "Berg, qui a dit vouloir étudier le jugement.",
            "La plus importante, l’Union des pêcheurs du Nord, juge l’amende « bien trop faible pour le tort "
            "causé aux frayères », selon son communiqué.",
        ),
        [],
        id="fr: a body's words 'selon son communiqué', the body named beside: no other speaker",
    ),
    pytest.param(
        ANGLERS, "en",
        (
            ANGLERS[0],
            'The fine was "far too small for the harm done to the spawning grounds", Tomas Berg told reporters.',
        ),
        [("quote_misattributed", "The largest of them, the Northern Anglers' Union", "Tomas Berg")],
        id="en: a body's words handed to another person of the story",
    ),
    pytest.param(
        ANGLERS, "de",
        (
            "Mehrere Gruppen reagierten auf das Urteil, darunter der Vorstandschef der Firma, Tomas Berg, der "
            "sagte, man werde das Urteil prüfen.",
            "Die Strafe sei „viel zu gering für den Schaden an den Laichgründen“, sagte Tomas Berg vor "
            "Journalisten.",
        ),
        [("quote_misattributed", "The largest of them, the Northern Anglers' Union", "Tomas Berg vor Journalisten")],
        id="de: the same across languages",
    ),
    pytest.param(
        ANGLERS, "es",
        (
            "Varios grupos reaccionaron al fallo, entre ellos el consejero delegado de la empresa, Tomas Berg, "
            "que dijo que estudiaría la sentencia.",
            "La mayor de ellas, la Unión de Pescadores del Norte, calificó la multa de «demasiado pequeña para "
            "el daño causado a los frezaderos», según su comunicado.",
        ),
        [],
        id="es: 'según su comunicado' beside the body is the body",
    ),
    pytest.param(
        COACH, "fr",
        (
            "La rameuse Lena Moser a été disqualifiée de la finale dimanche.",
            "L’entraîneur de Moser, Karl Brandt, a annoncé que l’équipe déposerait une réclamation. « Les juges ont "
            "vu un faux départ que personne d’autre n’a vu, et nous le prouverons en vidéo », a lancé Lena Moser.",
        ),
        [("quote_misattributed", "Karl Brandt", "Lena Moser")],
        id="fr: 'he said' after 'Moser's coach, Karl Brandt' is Brandt, not the possessor: given to Moser, misattributed",
    ),
    pytest.param(
        LAWYER, "fr",
        (
            "Le propriétaire de l’entreprise, Oskar Halme, ne s’est pas exprimé à l’audience.",
            "Son avocate, Ines Moretti, a indiqué que l’entreprise ferait appel. « Mon client a suivi le plan que "
            "lui avait remis l’autorité portuaire, et il n’a jamais vu l’étude », a lancé Oskar Halme depuis "
            "le banc des accusés.",
        ),
        [("quote_misattributed", "Moretti", "Oskar Halme depuis le banc des accusés")],
        id="fr: a bare surname of someone named in full before is that person; given to another, misattributed",
    ),
    pytest.param(
        LAWYER, "fr",
        (
            "Le propriétaire de l’entreprise, Oskar Halme, ne s’est pas exprimé à l’audience.",
            "Son avocate, Ines Moretti, a indiqué que l’entreprise ferait appel. « Mon client a suivi le plan que "
            "lui avait remis l’autorité portuaire, et il n’a jamais vu l’étude », a déclaré Moretti devant le "
            "palais de justice.",
        ),
        [],
        id="fr: the same surname on both sides: clean",
    ),
]


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.parametrize("original, language, derivative, expected", CASES)
def test_speaker_findings(encoder, original, language, derivative, expected):
    o = article("en", [TITLES["en"], *original])
    d = article(language, [TITLES[language], *derivative])
    links = [Link([i], [i], 0.9) for i in range(3)]
    findings = find_span_findings(o, d, links, encoder)
    quotes = [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")]
    assert quotes == expected
