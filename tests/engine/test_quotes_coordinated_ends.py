"""A quote rendered clause for clause across languages, with a clause of the derivative's
own coordinated at its end, or with the original's first clause cut.

Across languages the quote's words cannot be compared, and the encoder barely moves when
a short coordinated clause is added (« …, ni quarante ans de clients », „…, und niemand
hat uns gewarnt“): the whole still scores as a rendering. The evidence is the quote's
structure: the derivative coordinates more clauses than the original (a comma and
« ni »/« et »/„und“/«y» before its last clause, where the original has fewer
coordinators), the clauses before that last one render the original at least as well as
the whole, the last clause renders no clause of the original, and the quote is longer
than a faithful rendering would be. The mirror: of an original of two clauses joined by
"but", only the second rendered, the first said nowhere in the quote.

A translation that renders the original's own coordinated clause ("…, nor forty years
of customers" / « …, ni quarante ans de clients ») is no extension; one that renders both
clauses is no truncation.

Each row: the original's paragraph (English) and the derivative's, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Village bakery closes after the landlord doubles the rent",
    "fr": "La boulangerie du village ferme après que le propriétaire a doublé le loyer",
    "de": "Dorfbäckerei schließt, nachdem der Vermieter die Miete verdoppelt hat",
    "es": "La panadería del pueblo cierra después de que el propietario duplicara el alquiler",
}

LEAD = {
    "en": "The only bakery in Harnley closed on Saturday after its landlord doubled the rent. "
    "Customers queued from dawn to buy the last loaves.",
    "fr": "La seule boulangerie de Harnley a fermé samedi après que son propriétaire a doublé le loyer. "
    "Les clients ont fait la queue dès l’aube pour acheter les derniers pains.",
    "de": "Die einzige Bäckerei in Harnley hat am Samstag geschlossen, nachdem ihr Vermieter die Miete "
    "verdoppelt hatte. Die Kunden standen ab dem Morgengrauen an, um die letzten Brote zu kaufen.",
    "es": "La única panadería de Harnley cerró el sábado después de que su propietario duplicara el alquiler. "
    "Los clientes hicieron cola desde el amanecer para comprar los últimos panes.",
}


def findings(encoder, original: list[str], language: str, derivative: list[str]):
    found = headed_findings(encoder, TITLE, LEAD, original, language, derivative)
    return [f for f in found if f.kind.startswith("quote")]


RECIPES = ['"You cannot pack forty years of recipes into a cardboard box," said Edna Marsh, the baker.']
RECIPES_NOR = ['"You cannot pack forty years of recipes into a cardboard box, nor forty years of customers," '
               "said Edna Marsh, the baker."]
OVEN = ['"It took us ten years to pay for that oven and one letter to lose it," said Edna Marsh, the baker.']
OVEN_AND = ['"It took us ten years to pay for that oven and one letter to lose it, and nobody warned us," '
            "said Edna Marsh, the baker."]
RENT = ['"I have nothing against bread, but we cannot keep a shop that loses money every month," said '
        "Colin Abbot, who owns the building."]

EXTENDED = [
    pytest.param(
        RECIPES, "fr",
        "« On ne range pas quarante ans de recettes dans un carton, ni quarante ans de clients », a déclaré "
        "Edna Marsh, la boulangère.",
        id="fr: « …, ni quarante ans de clients » coordinated at the end",
    ),
    pytest.param(
        OVEN, "fr",
        "« Il nous a fallu dix ans pour payer ce four et une lettre pour le perdre, et personne ne nous a "
        "prévenus », a déclaré Edna Marsh, la boulangère.",
        id="fr: « …, et personne ne nous a prévenus » after the original's two clauses",
    ),
    pytest.param(
        OVEN, "de",
        "„Wir haben zehn Jahre gebraucht, um diesen Ofen zu bezahlen, und einen Brief, um ihn zu verlieren, "
        "und niemand hat uns gewarnt“, sagte Edna Marsh, die Bäckerin.",
        id="de: „…, und niemand hat uns gewarnt“ after the original's two clauses",
    ),
]

TRUNCATED = [
    pytest.param(
        RENT, "fr",
        "« Nous ne pouvons pas garder une boutique qui perd de l’argent tous les mois », a déclaré Colin Abbot, "
        "le propriétaire de l’immeuble.",
        id="fr: only the clause after 'but' rendered",
    ),
]

FAITHFUL = [
    pytest.param(
        RECIPES_NOR, "fr",
        "« On ne range pas quarante ans de recettes dans un carton, ni quarante ans de clients », a déclaré "
        "Edna Marsh, la boulangère.",
        id="fr: the original's 'nor' clause rendered by « ni »",
    ),
    pytest.param(
        OVEN_AND, "fr",
        "« Il nous a fallu dix ans pour payer ce four et une lettre pour le perdre, et personne ne nous a "
        "prévenus », a déclaré Edna Marsh, la boulangère.",
        id="fr: the original's last 'and' clause rendered",
    ),
    pytest.param(
        OVEN, "fr",
        "« Il nous a fallu dix ans pour payer ce four et une lettre pour le perdre », a déclaré Edna Marsh, "
        "la boulangère.",
        id="fr: translated",
    ),
    pytest.param(
        RECIPES, "de",
        "„Vierzig Jahre Rezepte packt man nicht in einen Pappkarton“, sagte Edna Marsh, die Bäckerin.",
        id="de: translated",
    ),
    pytest.param(
        RENT, "fr",
        "« Je n’ai rien contre le pain, mais nous ne pouvons pas garder une boutique qui perd "
        "de l’argent tous les mois », a déclaré Colin Abbot, le propriétaire de l’immeuble.",
        id="fr: both clauses rendered",
    ),
    pytest.param(
        RENT, "de",
        "„Ich habe nichts gegen Brot, aber wir können keinen Laden halten, der jeden "
        "Monat Geld verliert“, sagte Colin Abbot, dem das Haus gehört.",
        id="de: both clauses rendered",
    ),
]


@pytest.mark.parametrize("original, language, paragraph", EXTENDED)
def test_a_clause_coordinated_at_the_end_extends_the_quote(encoder, original, language, paragraph):
    found = findings(encoder, original, language, [paragraph])
    assert [f.kind for f in found] == ["quote_changed"]
    assert "extended" in found[0].explanation


@pytest.mark.parametrize("original, language, paragraph", TRUNCATED)
def test_the_first_of_two_clauses_cut_truncates_the_quote(encoder, original, language, paragraph):
    assert [f.kind for f in findings(encoder, original, language, [paragraph])] == ["quote_changed"]


@pytest.mark.parametrize("original, language, paragraph", FAITHFUL)
def test_a_clause_for_clause_translation_is_no_change(encoder, original, language, paragraph):
    assert [f.kind for f in findings(encoder, original, language, [paragraph])] == []
