"""Quotes, second round of session 15: who "she said" stands for after a place named on a
street or a river, and an idiom a faithful translation renders in its own words.
"""

import pytest

from diptych.engine.quotes import _figures, find_quotes
from diptych.engine.sentences import sentence_spans


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "en",
            "Olwen Tracy, who has kept a bakery on Mersey Lane for 12 years, said trade had fallen. "
            '"Nobody stops on this side any more," she said.',
            "Olwen Tracy",
        ),
        (
            "en",
            "Piet Aarts, who rents a boathouse along the Maas Quay, said the water had risen. "
            '"We moved the boats twice this week," he said.',
            "Piet Aarts",
        ),
        (
            "fr",
            "Odile Marchal, qui tient une boulangerie sur la place Saint-Roch depuis 12 ans, a déclaré que les "
            "ventes avaient baissé. « Plus personne ne s'arrête de ce côté », a-t-elle ajouté.",
            "Odile Marchal",
        ),
    ],
)
def test_a_pronoun_after_a_street_stands_for_the_person(language, text, expected):
    quotes = find_quotes(list(sentence_spans(0, text, language)), language, {0: text})
    assert [q.speaker.span.text if q.speaker else None for q in quotes] == [expected]


@pytest.mark.parametrize(
    "a, b",
    [
        ("We lost 1,400 graves", "Nous avons perdu 1 400 tombes"),
        ("It took 3.5 years", "Cela a pris 3,5 ans"),
        ("Nothing to count here", "Rien à compter ici"),
    ],
)
def test_figures_of_two_quotes_compare_without_separators(a, b):
    assert _figures(a) == _figures(b)


def test_another_figure_differs():
    assert _figures("We lost 1,400 graves") != _figures("Nous avons perdu 1 600 tombes")


def _article(language: str, paragraphs: list[str]):
    from diptych.engine.model import Article, Segment

    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


ORIGINAL = [
    "Ferry fares to rise in the spring",
    'The harbour board will raise ferry fares by a fifth in April. "The engines are thirty years old and the '
    'parts cost a fortune," said its director, Ilse Brand.',
    'Commuters were not convinced. "I pay more every year for a boat that is late every week," said '
    "Tomas Wirth, who crosses every morning.",
    '"We are a captive market," said Wirth\'s neighbour, Ruth Kamp, who also crosses daily.',
    'The board said the new timetable would add a late crossing. "Nobody should have to sleep on the wrong '
    'side of the water," Brand said.',
]
FAITHFUL = [
    "Les tarifs du ferry augmenteront au printemps",
    "L'autorité portuaire augmentera les tarifs du ferry d'un cinquième en avril. « Les moteurs ont trente ans "
    "et les pièces coûtent une fortune », a déclaré sa directrice, Ilse Brand.",
    "Les usagers ne sont pas convaincus. « Je paie plus cher chaque année pour un bateau qui est en retard chaque "
    "semaine », a déclaré Tomas Wirth, qui traverse chaque matin.",
    "« Nous sommes pieds et poings liés », a déclaré la voisine de Wirth, Ruth Kamp, qui traverse elle aussi "
    "tous les jours.",
    "L'autorité a indiqué que le nouvel horaire ajouterait une traversée tardive. « Personne ne devrait avoir à "
    "dormir du mauvais côté de l'eau », a déclaré Brand.",
]


@pytest.mark.slow
def test_an_idiom_in_a_faithful_translation_is_no_changed_quote(encoder):
    from diptych.engine.model import Link
    from diptych.engine.spans import find_span_findings

    o, d = _article("en", ORIGINAL), _article("fr", FAITHFUL)
    links = [Link([i], [i], 0.9) for i in range(len(ORIGINAL))]
    findings = find_span_findings(o, d, links, encoder)
    assert [(f.kind, f.original_text) for f in findings if f.kind.startswith("quote")] == []


@pytest.mark.slow
def test_a_low_scoring_quote_beside_other_changed_quotes_is_still_reported(encoder):
    # the same rendering, but the version drops another quote: nothing vouches for it
    from diptych.engine.model import Link
    from diptych.engine.spans import find_span_findings

    rewrite = list(FAITHFUL)
    rewrite[4] = "L'autorité a indiqué que le nouvel horaire ajouterait une traversée tardive."
    o, d = _article("en", ORIGINAL), _article("fr", rewrite)
    links = [Link([i], [i], 0.9) for i in range(len(ORIGINAL))]
    findings = find_span_findings(o, d, links, encoder)
    assert ("quote_changed", "We are a captive market") in [(f.kind, f.original_text) for f in findings]
