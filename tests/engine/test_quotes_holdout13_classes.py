"""Who says a quote and whether it is the same quote, in five cases a rewrite gets wrong.

- A quote credited to an unnamed person of another role than its speaker ("…," said Karin
  Vogt, the clinic's head of cardiology / « …, a déclaré un porte-parole de la clinique »;
  "the night nurse said" / « a confié un chirurgien ») is given to someone else: a
  misattribution. A generic source (« une source à la clinique ») only hides who spoke,
  and the same role in another language is the same person.
- "…," he said, moved after the words of an unnamed person brought in after the named
  speaker ("An anaesthetist at the clinic … said …. '…,' he said"), is that person's: the
  chairman's words given to him. A pronoun of the other gender is not that person's.
- « l'une d'elles », „eine von ihnen“, "una de ellas": one of the people just mentioned,
  no one else.
- A quote kept whole with words added ("I could not sleep for weeks" -> "…, and nobody from
  the clinic ever called me back"; "the budget approved by the regional council" -> « …
  et signé par le préfet, sans la moindre discussion ») was changed; the original quote
  beside it that the derivative leaves out was dropped.
- A quote unrelated to the one it replaces, or a new quote after the faithful rendering of
  an original one, is a quote added (and the replaced one dropped), not a quote changed.

Each row: the original's paragraphs (English), the derivative's, paragraph for paragraph,
and the quote findings that must come out (kind, original text, derivative text).
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Heart patients wait months as clinic cuts surgery slots",
    "fr": "Les patients cardiaques attendent des mois, la clinique réduit ses créneaux opératoires",
    "de": "Herzpatienten warten monatelang, Klinik kürzt Operationstermine",
    "es": "Los pacientes cardíacos esperan meses por los recortes de quirófanos de la clínica",
}
LEAD = {
    "en": "The regional clinic in Steyr has cut its heart surgery slots by a third since January, and the waiting "
    "list has doubled.",
    "fr": "La clinique régionale de Steyr a réduit d’un tiers ses créneaux de chirurgie cardiaque depuis janvier, "
    "et la liste d’attente a doublé.",
    "de": "Die Regionalklinik in Steyr hat ihre Termine für Herzoperationen seit Januar um ein Drittel gekürzt, "
    "und die Warteliste hat sich verdoppelt.",
    "es": "La clínica regional de Steyr ha recortado un tercio de sus turnos de cirugía cardíaca desde enero, y "
    "la lista de espera se ha duplicado.",
}


def quote_findings(encoder, original: list[str], language: str, derivative: list[str]) -> list[tuple]:
    findings = headed_findings(encoder, TITLE, LEAD, original, language, derivative)
    return sorted(
        ((f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")),
        key=lambda row: (row[0], row[1] or "", row[2] or ""),
    )


def kinds(encoder, original: list[str], language: str, derivative: list[str]) -> list[str]:
    return sorted(f.kind for f in headed_findings(encoder, TITLE, LEAD, original, language, derivative))


# --- a described person of another role --------------------------------------------------

HEAD = [
    '"Patients are being sent home with conditions that cannot wait," said Karin Vogt, the clinic\'s head of '
    "cardiology."
]
OTHER_ROLE = [
    pytest.param(
        "fr",
        "« Des patients sont renvoyés chez eux avec des pathologies qui ne peuvent pas attendre », a déclaré un "
        "porte-parole de la clinique.",
        ["quote_misattributed"],
        id="fr: the head of cardiology's words given to « un porte-parole de la clinique »",
    ),
    pytest.param(
        "de",
        "„Patienten werden mit Erkrankungen nach Hause geschickt, die nicht warten können“, sagte ein Sprecher der "
        "Klinik.",
        ["quote_misattributed"],
        id="de: … given to „ein Sprecher der Klinik“",
    ),
    pytest.param(
        "es",
        "«Se envía a casa a pacientes con dolencias que no pueden esperar», dijo un portavoz de la clínica.",
        ["quote_misattributed"],
        id="es: … given to «un portavoz de la clínica»",
    ),
    pytest.param(
        "fr",
        "« Des patients sont renvoyés chez eux avec des pathologies qui ne peuvent pas attendre », a déclaré une "
        "source à la clinique.",
        ["attribution_changed"],
        id="fr: « une source à la clinique » hides who spoke: a changed attribution, no misattribution",
    ),
    pytest.param(
        "fr",
        "« Des patients sont renvoyés chez eux avec des pathologies qui ne peuvent pas attendre », a déclaré Karin "
        "Vogt, cheffe du service de cardiologie de la clinique.",
        [],
        id="fr: the same name and role, translated: clean",
    ),
]


@pytest.mark.parametrize("language, paragraph, expected", OTHER_ROLE)
def test_a_named_speakers_words_given_to_an_unnamed_person_of_another_role(encoder, language, paragraph, expected):
    found = kinds(encoder, HEAD, language, [paragraph])
    assert [k for k in found if k in ("quote_misattributed", "attribution_changed")] == expected


NURSE = [
    "A night nurse, who asked not to be named, said the ward had been short of staff for months. \"We were told "
    'to manage, and the patients paid for it," the night nurse said.'
]
UNNAMED = [
    pytest.param(
        "fr",
        "Une infirmière de nuit, qui a requis l’anonymat, a déclaré que le service manquait de personnel depuis "
        "des mois. « On nous a dit de nous débrouiller, et ce sont les patients qui en ont payé le prix », a confié "
        "un chirurgien de la clinique.",
        ["quote_misattributed"],
        id="fr: the night nurse's words given to « un chirurgien de la clinique »",
    ),
    pytest.param(
        "en",
        "A night nurse, who asked not to be named, said the ward had been short of staff for months. \"We were told "
        'to manage, and the patients paid for it," a clinic surgeon said.',
        ["quote_misattributed"],
        id="en: … given to 'a clinic surgeon'",
    ),
    pytest.param(
        "fr",
        "Une infirmière de nuit, qui a requis l’anonymat, a déclaré que le service manquait de personnel depuis "
        "des mois. « On nous a dit de nous débrouiller, et ce sont les patients qui en ont payé le prix », a confié "
        "l’infirmière de nuit.",
        [],
        id="fr: « l’infirmière de nuit »: the same person, clean",
    ),
]


@pytest.mark.parametrize("language, paragraph, expected", UNNAMED)
def test_an_unnamed_speakers_words_given_to_an_unnamed_person_of_another_role(encoder, language, paragraph, expected):
    found = kinds(encoder, NURSE, language, [paragraph])
    assert [k for k in found if k.startswith("quote")] == expected


# --- "he said" after someone else ----------------------------------------------------------

DIRECTOR = [
    "The clinic's director, Paul Berger, said in a statement that the cuts followed a budget decision by the "
    'region. "Our priority remains the safety of every patient," he said. An anaesthetist at the clinic, speaking '
    "on condition of anonymity, said the region had not been consulted."
]
MOVED = [
    pytest.param(
        "en",
        "The clinic's director, Paul Berger, said in a statement that the cuts followed a budget decision by the "
        "region. An anaesthetist at the clinic, speaking on condition of anonymity, said the region had not been "
        'consulted. "Our priority remains the safety of every patient," he said.',
        ["quote_misattributed"],
        id="en: the quote moved after the anaesthetist's words: 'he' is now the anaesthetist",
    ),
    pytest.param(
        "fr",
        "Le directeur de la clinique, Paul Berger, a affirmé dans un communiqué que les coupes découlaient d’une "
        "décision budgétaire de la région. Un anesthésiste de la clinique, s’exprimant sous couvert d’anonymat, a "
        "déclaré que la région n’avait pas été consultée. « Notre priorité reste la sécurité de chaque patient », "
        "a-t-il déclaré.",
        ["quote_misattributed"],
        id="fr: « a-t-il déclaré » after « Un anesthésiste … a déclaré »",
    ),
    pytest.param(
        "fr",
        "Le directeur de la clinique, Paul Berger, a affirmé dans un communiqué que les coupes découlaient d’une "
        "décision budgétaire de la région. « Notre priorité reste la sécurité de chaque patient », a-t-il déclaré. "
        "Un anesthésiste de la clinique, s’exprimant sous couvert d’anonymat, a déclaré que la région n’avait pas "
        "été consultée.",
        [],
        id="fr: the order kept: clean",
    ),
    pytest.param(
        "fr",
        "Le directeur de la clinique, Paul Berger, a affirmé dans un communiqué que les coupes découlaient d’une "
        "décision budgétaire de la région. Une anesthésiste de la clinique, s’exprimant sous couvert d’anonymat, a "
        "déclaré que la région n’avait pas été consultée. « Notre priorité reste la sécurité de chaque patient », "
        "a-t-il déclaré.",
        [],
        id="fr: « il » after « Une anesthésiste »: not hers, still the director's, clean",
    ),
]


@pytest.mark.parametrize("language, paragraph, expected", MOVED)
def test_a_pronoun_moved_after_an_unnamed_person_stands_for_that_person(encoder, language, paragraph, expected):
    found = kinds(encoder, DIRECTOR, language, [paragraph])
    assert [k for k in found if k.startswith("quote")] == expected


# --- "one of them" -------------------------------------------------------------------------

LETTER = [
    "Two nurses wrote to the board in March. One of the nurses wrote that patients were \"left on trolleys in the "
    'corridor for most of the night".'
]
ONE_OF_THEM = [
    pytest.param(
        "fr",
        "Deux infirmières ont écrit à la direction en mars. Les patients étaient « laissés sur des brancards dans "
        "le couloir la plus grande partie de la nuit », écrivait l’une d’elles.",
        id="fr: « écrivait l’une d’elles »",
    ),
    pytest.param(
        "de",
        "Zwei Pflegerinnen schrieben im März an die Klinikleitung. Die Patienten würden „die meiste Zeit der Nacht "
        "auf Tragen im Flur liegen gelassen“, schrieb eine von ihnen.",
        id="de: „schrieb eine von ihnen“",
    ),
    pytest.param(
        "es",
        "Dos enfermeras escribieron a la dirección en marzo. Los pacientes eran «dejados en camillas en el pasillo "
        "la mayor parte de la noche», escribió una de ellas.",
        id="es: «escribió una de ellas»",
    ),
]


@pytest.mark.parametrize("language, paragraph", ONE_OF_THEM)
def test_one_of_them_is_one_of_the_people_just_named(encoder, language, paragraph):
    assert "quote_misattributed" not in kinds(encoder, LETTER, language, [paragraph])


# --- a quote extended ----------------------------------------------------------------------

SLEEP = [
    '"My operation was postponed twice," said Marta Lenz, a 61-year-old patient from Linz. "I could not sleep for '
    'weeks."'
]
BUDGET = ['Berger said the cuts followed "the budget approved by the regional council" in December.']
JANUARY = ['"In January nobody knew how long the waiting list would grow," Berger said.']
EXTENDED = [
    pytest.param(
        SLEEP, "en",
        '"I could not sleep for weeks, and nobody from the clinic ever called me back," said Marta Lenz, a '
        "61-year-old patient from Linz.",
        [
            ("quote_changed", "I could not sleep for weeks.",
             "I could not sleep for weeks, and nobody from the clinic ever called me back"),
            ("quote_dropped", "My operation was postponed twice", None),
        ],
        id="en: one quote kept with words added, the one before it left out",
    ),
    pytest.param(
        BUDGET, "fr",
        "Berger a affirmé que les coupes découlaient « du budget approuvé par le conseil régional et signé par le "
        "préfet, sans la moindre discussion » en décembre.",
        [
            ("quote_changed", "the budget approved by the regional council",
             "du budget approuvé par le conseil régional et signé par le préfet, sans la moindre discussion"),
        ],
        id="fr: « … et signé par le préfet, sans la moindre discussion » added to the quote",
    ),
    pytest.param(
        BUDGET, "de",
        "Berger sagte, die Kürzungen folgten „dem vom Regionalrat genehmigten Haushalt, den der Präfekt ohne jede "
        "Debatte unterschrieben hat“ im Dezember.",
        [
            ("quote_changed", "the budget approved by the regional council",
             "dem vom Regionalrat genehmigten Haushalt, den der Präfekt ohne jede Debatte unterschrieben hat"),
        ],
        id="de: „…, den der Präfekt ohne jede Debatte unterschrieben hat“ added",
    ),
    pytest.param(
        BUDGET, "es",
        "Berger afirmó que los recortes seguían «el presupuesto aprobado por el consejo regional y firmado por el "
        "prefecto, sin la menor discusión» en diciembre.",
        [
            ("quote_changed", "the budget approved by the regional council",
             "el presupuesto aprobado por el consejo regional y firmado por el prefecto, sin la menor discusión"),
        ],
        id="es: «… y firmado por el prefecto, sin la menor discusión» added",
    ),
    pytest.param(
        JANUARY, "fr",
        "« En janvier, personne ne savait jusqu’où la liste d’attente allait s’allonger, et personne ne nous a "
        "proposé la moindre aide », a déclaré Berger.",
        [
            ("quote_changed", "In January nobody knew how long the waiting list would grow",
             "En janvier, personne ne savait jusqu’où la liste d’attente allait s’allonger, et personne ne nous a "
             "proposé la moindre aide"),
        ],
        id="fr: the original rendered by two clauses together, a third added",
    ),
    pytest.param(
        JANUARY, "fr",
        "« En janvier, personne ne savait jusqu’où la liste d’attente allait s’allonger », a déclaré Berger.",
        [],
        id="fr: the same quote translated, set out in two clauses: clean",
    ),
    pytest.param(
        BUDGET, "fr",
        "Berger a affirmé que les coupes découlaient « du budget approuvé par le conseil régional » en décembre.",
        [],
        id="fr: the quote translated: clean",
    ),
]


@pytest.mark.parametrize("original, language, paragraph, expected", EXTENDED)
def test_a_quote_kept_with_words_added_was_changed(encoder, original, language, paragraph, expected):
    assert quote_findings(encoder, original, language, [paragraph]) == expected


# --- a quote replaced by another ---------------------------------------------------------------

REGION = ['"If the region does not pay, the waiting list will only grow," Berger said.']
VISITOR = [
    '"We have come here for ten years, and the nurses always listened," said Anna Roth, a patient from nearby '
    'Linz. "But if the clinic cannot cope, it should say so."'
]
REPLACED = [
    pytest.param(
        REGION, "en",
        '"I am proud of what my staff achieve every day," Berger said.',
        [
            ("quote_added", None, "I am proud of what my staff achieve every day"),
            ("quote_dropped", "If the region does not pay, the waiting list will only grow", None),
        ],
        id="en: another quote in the same place: one dropped, one added",
    ),
    pytest.param(
        REGION, "en",
        '"Unless the region pays, the list of patients waiting will keep growing," Berger said.',
        [
            ("quote_changed", "If the region does not pay, the waiting list will only grow",
             "Unless the region pays, the list of patients waiting will keep growing"),
        ],
        id="en: the same quote reworded: changed",
    ),
    pytest.param(
        VISITOR, "fr",
        "« Nous venons ici depuis dix ans, et les infirmières nous ont toujours écoutés », a déclaré Anna Roth, "
        "une patiente de Linz. « Mais si la clinique ne s’en sort pas, elle doit le dire. » « Cette année, on a "
        "attendu des heures dans le couloir, et plus personne ne nous écoute », a-t-elle ajouté.",
        [("quote_added", None, "Cette année, on a attendu des heures dans le couloir, et plus personne ne nous écoute")],
        id="fr: a third quote after both faithful ones: added, not the first one changed",
    ),
    pytest.param(
        VISITOR, "de",
        "„Wir kommen seit zehn Jahren hierher, und die Pflegerinnen haben immer zugehört“, sagte Anna Roth, eine "
        "Patientin aus Linz. „Aber wenn die Klinik es nicht schafft, soll sie es sagen.“ „Diesen Sommer haben wir "
        "stundenlang im Flur gewartet, und keiner hat uns zugehört“, fügte sie hinzu.",
        [("quote_added", None, "Diesen Sommer haben wir stundenlang im Flur gewartet, und keiner hat uns zugehört")],
        id="de: a third quote after both faithful ones: added",
    ),
]


@pytest.mark.parametrize("original, language, paragraph, expected", REPLACED)
def test_a_quote_in_another_ones_place(encoder, original, language, paragraph, expected):
    assert quote_findings(encoder, original, language, [paragraph]) == expected
