"""A quote extended by words its speaker never said, and a quote given to someone's relative.

- A derivative quote that holds a faithful rendering of an original quote, with a clause
  before or after it that has no counterpart in that quote, was changed: it was extended
  ("reopen gradually" -> "reopen gradually and safely, as the crews have promised"). In one
  language the original's words are found in the derivative's (a word or two may differ);
  across languages the derivative's quote is cut at its clause boundaries and its head
  must render the original as a translation does, its tail not at all. A faithful
  translation, however long, is no extension; a quote cut short is a truncation.
- A quote given to "his neighbour", « son voisin », „seine Nachbarin“ (a relative or
  neighbour of the person just named) is given to someone else than that person, unless a
  version calls the speaker that.
- A plain "not" made "not yet" (« pas encore », «todavía no») makes what is not so something
  still to come: the quote was changed. German renders a plain "not" with „noch nicht“,
  „noch kein“ as often as not, so it is left alone there.

Each row: the original's paragraphs (English), the derivative's, paragraph for paragraph.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_article, headed_findings

from diptych.engine.model import Link
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Storm damage keeps the ferry port closed for a third day",
    "fr": "Les dégâts de la tempête gardent le port des ferries fermé pour un troisième jour",
    "de": "Sturmschäden halten den Fährhafen den dritten Tag geschlossen",
    "es": "Los daños del temporal mantienen cerrado el puerto de ferris por tercer día",
}
LEAD = {
    "en": "The ferry port of Kerrow stayed closed on Tuesday after the storm tore away two of its piers.",
    "fr": "Le port des ferries de Kerrow est resté fermé mardi après que la tempête a arraché deux de ses jetées.",
    "de": "Der Fährhafen von Kerrow blieb am Dienstag geschlossen, nachdem der Sturm zwei seiner Anleger "
    "weggerissen hatte.",
    "es": "El puerto de ferris de Kerrow siguió cerrado el martes después de que el temporal arrancara dos de sus "
    "muelles.",
}


def findings(encoder, original: list[str], language: str, derivative: list[str]):
    found = headed_findings(encoder, TITLE, LEAD, original, language, derivative)
    return [f for f in found if f.kind.startswith("quote")]


def rows(encoder, original, language, derivative) -> list[tuple]:
    return sorted((f.kind, f.original_text, f.derivative_text) for f in findings(encoder, original, language, derivative))


# --- a quote extended ----------------------------------------------------------------------

GRADUALLY = ['The harbour master, Ewan Tait, said the port would "reopen gradually" once the piers were checked.']
CHEAPER = ['"Patching the old pier is cheaper than building a new one," said Ewan Tait, the harbour master.']
SCHOOL = ['"We will repair the slipway before the winter crossings begin," said Ewan Tait, the harbour master.']

EXTENDED = [
    pytest.param(
        GRADUALLY, "en",
        'The harbour master, Ewan Tait, said the port would "reopen gradually and safely, as the crews have always '
        'promised" once the piers were checked.',
        ("reopen gradually", "reopen gradually and safely, as the crews have always promised"),
        id="en: a quote of two words kept, a clause added after it",
    ),
    pytest.param(
        SCHOOL, "en",
        '"We will repair this slipway before the winter crossings begin, whatever the ministry decides in the '
        'meantime," said Ewan Tait, the harbour master.',
        ("We will repair the slipway before the winter crossings begin",
         "We will repair this slipway before the winter crossings begin, whatever the ministry decides in the meantime"),
        id="en: the quote kept but for one word, a clause added after it",
    ),
    pytest.param(
        CHEAPER, "fr",
        "« Réparer la vieille jetée coûte moins cher que d’en construire une nouvelle, et cela explique le silence "
        "de la mairie », a déclaré Ewan Tait, le capitaine du port.",
        ("Patching the old pier is cheaper than building a new one",
         "Réparer la vieille jetée coûte moins cher que d’en construire une nouvelle, et cela explique le silence de "
         "la mairie"),
        id="fr: a faithful translation with « et cela … » added",
    ),
    pytest.param(
        CHEAPER, "de",
        "„Den alten Pier zu reparieren ist billiger, als einen neuen zu bauen, und das gefällt den Aktionären der "
        "Reederei“, sagte Ewan Tait, der Hafenmeister.",
        ("Patching the old pier is cheaper than building a new one",
         "Den alten Pier zu reparieren ist billiger, als einen neuen zu bauen, und das gefällt den Aktionären der "
         "Reederei"),
        id="de: „…, und das gefällt den Aktionären“ added",
    ),
    pytest.param(
        CHEAPER, "es",
        "«Reparar el viejo muelle es más barato que construir uno nuevo, y eso les conviene a los accionistas de "
        "la naviera», dijo Ewan Tait, el capitán del puerto.",
        ("Patching the old pier is cheaper than building a new one",
         "Reparar el viejo muelle es más barato que construir uno nuevo, y eso les conviene a los accionistas de la "
         "naviera"),
        id="es: «…, y eso les conviene a los accionistas» added",
    ),
]


@pytest.mark.parametrize("original, language, paragraph, expected", EXTENDED)
def test_a_quote_kept_with_a_clause_added_was_extended(encoder, original, language, paragraph, expected):
    found = findings(encoder, original, language, [paragraph])
    assert [(f.kind, f.original_text, f.derivative_text) for f in found] == [("quote_changed", *expected)]
    assert "extended" in found[0].explanation


FAITHFUL = [
    pytest.param(GRADUALLY, "en", GRADUALLY[0], id="en: copied"),
    pytest.param(SCHOOL, "en", SCHOOL[0], id="en: copied, a longer quote"),
    pytest.param(
        CHEAPER, "fr",
        "« Réparer la vieille jetée coûte moins cher que d’en construire une nouvelle », a déclaré Ewan Tait, le "
        "capitaine du port.",
        id="fr: translated",
    ),
    pytest.param(
        CHEAPER, "fr",
        "« Rafistoler la vieille jetée, ça revient moins cher que d’en bâtir une toute neuve », a déclaré Ewan "
        "Tait, le capitaine du port.",
        id="fr: translated loosely and at length",
    ),
    pytest.param(
        CHEAPER, "de",
        "„Den alten Pier zu reparieren ist billiger, als einen neuen zu bauen“, sagte Ewan Tait, der Hafenmeister.",
        id="de: translated",
    ),
    pytest.param(
        SCHOOL, "es",
        "«Repararemos la rampa antes de que empiecen las travesías de invierno», dijo Ewan Tait, el capitán del "
        "puerto.",
        id="es: translated",
    ),
]


@pytest.mark.parametrize("original, language, paragraph", FAITHFUL)
def test_a_faithful_rendering_is_no_extension(encoder, original, language, paragraph):
    assert rows(encoder, original, language, [paragraph]) == []


LONG = ['"Patching the old pier is cheaper than building a new one, and the ferry company knows it," said Ewan '
        "Tait, the harbour master."]


@pytest.mark.parametrize(
    "language, paragraph",
    [
        ("fr", "« Réparer la vieille jetée coûte moins cher que d’en construire une nouvelle », a déclaré Ewan Tait, "
         "le capitaine du port."),
        ("de", "„Den alten Pier zu reparieren ist billiger, als einen neuen zu bauen“, sagte Ewan Tait, der "
         "Hafenmeister."),
    ],
)
def test_a_quote_cut_after_its_first_clause_was_truncated(encoder, language, paragraph):
    found = findings(encoder, LONG, language, [paragraph])
    assert [f.kind for f in found] == ["quote_changed"]
    assert "truncated" in found[0].explanation


# --- a quote given to someone's neighbour or relative ------------------------------------------

GROWER = [
    "Tomas Varga, who keeps bees on the hill above the port, said the storm had flattened his hives. "
    '"I have nothing left to sell this summer," he said.'
]


@pytest.mark.parametrize(
    "language, paragraph",
    [
        ("fr", "Tomas Varga, qui élève des abeilles sur la colline au-dessus du port, a déclaré que la tempête avait "
         "couché ses ruches. « Je n’ai plus rien à vendre cet été », a soupiré son voisin, pêcheur."),
        ("en", "Tomas Varga, who keeps bees on the hill above the port, said the storm had flattened his hives. "
         '"I have nothing left to sell this summer," sighed his neighbour, a fisherman.'),
        ("de", "Tomas Varga, der am Hügel über dem Hafen Bienen hält, sagte, der Sturm habe seine Bienenstöcke "
         "umgeworfen. „Ich habe diesen Sommer nichts mehr zu verkaufen“, sagte seine Schwester."),
    ],
)
def test_a_quote_given_to_the_speakers_neighbour_is_misattributed(encoder, language, paragraph):
    assert [f.kind for f in findings(encoder, GROWER, language, [paragraph])] == ["quote_misattributed"]


def test_a_speaker_the_original_calls_a_neighbour_may_be_his_neighbour(encoder):
    original = [
        "Anna Berg lost her boat in the storm, said her neighbour, Tomas Varga, who keeps bees on the hill. "
        '"I have nothing left to sell this summer," he said.'
    ]
    derivative = (
        "Anna Berg a perdu son bateau dans la tempête, a déclaré son voisin, Tomas Varga, qui élève des abeilles sur "
        "la colline. « Je n’ai plus rien à vendre cet été », a soupiré son voisin."
    )
    assert "quote_misattributed" not in [f.kind for f in findings(encoder, original, "fr", [derivative])]


def test_the_speaker_himself_keeps_his_words(encoder):
    derivative = (
        "Tomas Varga, qui élève des abeilles sur la colline au-dessus du port, a déclaré que la tempête avait couché "
        "ses ruches. « Je n’ai plus rien à vendre cet été », a-t-il soupiré."
    )
    assert rows(encoder, GROWER, "fr", [derivative]) == []


# --- "not" made "not yet" ------------------------------------------------------------------------

CALM = ['"The piers can be rebuilt, and this is not a disaster," said Ewan Tait, the harbour master.']
NOT_YET = ['"The piers can be rebuilt, and this is not yet a disaster," said Ewan Tait, the harbour master.']


@pytest.mark.parametrize(
    "language, paragraph",
    [
        ("fr", "« Les jetées peuvent être reconstruites, et ce n’est pas encore une catastrophe », a déclaré Ewan Tait, "
         "le capitaine du port."),
        ("es", "«Los muelles se pueden reconstruir, y todavía no es una catástrofe», dijo Ewan Tait, el capitán del "
         "puerto."),
    ],
)
def test_a_negation_made_not_yet_insinuates_what_is_to_come(encoder, language, paragraph):
    found = findings(encoder, CALM, language, [paragraph])
    assert [f.kind for f in found] == ["quote_changed"]


@pytest.mark.parametrize(
    "original, language, paragraph",
    [
        (CALM, "fr", "« Les jetées peuvent être reconstruites, et ce n’est pas une catastrophe », a déclaré Ewan Tait, "
         "le capitaine du port."),
        (NOT_YET, "fr", "« Les jetées peuvent être reconstruites, et ce n’est pas encore une catastrophe », a déclaré "
         "Ewan Tait, le capitaine du port."),
        (NOT_YET, "es", "«Los muelles se pueden reconstruir, y todavía no es una catástrofe», dijo Ewan Tait, el "
         "capitán del puerto."),
        # German says "noch kein" / "noch nicht" for a plain "not" as often as not.
        (CALM, "de", "„Die Anleger können wieder aufgebaut werden, und das ist noch keine Katastrophe“, sagte Ewan "
         "Tait, der Hafenmeister."),
    ],
)
def test_not_yet_for_not_yet_or_in_german_is_faithful(encoder, original, language, paragraph):
    assert rows(encoder, original, language, [paragraph]) == []


def test_the_neighbour_of_the_person_named_in_the_paragraph_before(encoder):
    o = headed_article("en", GROWER, TITLE, LEAD)
    d = headed_article("fr", [
        "Tomas Varga, qui élève des abeilles sur la colline au-dessus du port, a déclaré que la tempête avait couché "
        "ses ruches.",
        "« Je n’ai plus rien à vendre cet été », a soupiré son voisin, pêcheur.",
    ], TITLE, LEAD)
    links = [Link([0], [0], 0.9), Link([1], [1], 0.9), Link([2], [2, 3], 0.9)]
    found = [f.kind for f in find_span_findings(o, d, links, encoder) if f.kind.startswith("quote")]
    assert found == ["quote_misattributed"]
