"""Who a French reporting clause after a quote points to.

« Pour Marc Dubois, … » opens an opinion credited to Marc Dubois (as « selon », « d'après »,
"according to" do): a « résume-t-il » after it stands for him, not for the person the
sentence before named as its subject.

An indefinite description (« un contrôleur de la cour ») brings in someone new: where the
derivative has already named the original's speaker, the quote it gives to « un
contrôleur » is given to another person, not only left unnamed.

Each row: the original's paragraphs (English), the derivative's, paragraph for paragraph.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_article, headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Old bridge found under the river quay",
    "fr": "Un vieux pont découvert sous le quai",
}
LEAD = {
    "en": "Workers repairing the quay of Saint-Aubin found the piers of a medieval bridge, the town said on Friday.",
    "fr": "Des ouvriers qui réparaient le quai de Saint-Aubin ont trouvé les piles d’un pont médiéval, a indiqué "
    "vendredi la commune.",
}


def quote_findings(encoder, original: list[str], derivative: list[str]) -> list[tuple[str, str]]:
    found = headed_findings(encoder, TITLE, LEAD, original, "fr", derivative)
    return [(f.kind, f.derivative_text) for f in found if f.kind.startswith("quote")]


def merged_findings(encoder, original: list[str], derivative: list[str]) -> list[str]:
    """The quote findings where the derivative merges the original's two paragraphs into one."""
    from diptych.engine.model import Link
    from diptych.engine.spans import find_span_findings

    o, d = headed_article("en", original, TITLE, LEAD), headed_article("fr", derivative, TITLE, LEAD)
    links = [Link([0], [0], 0.9), Link([1], [1], 0.9), Link([2, 3], [2], 0.9)]
    return [f.kind for f in find_span_findings(o, d, links, encoder) if f.kind.startswith("quote")]


MERGED_ORIGINAL = [
    "The mayor, Paul Rivet, said the town would pay for the survey but asked the region to share the cost.",
    "Marc Dubois, a historian at the University of Caen who has no part in the works, said the bridge was "
    'probably older than the town itself. "Stones remember what people forget," he said.',
]


def test_a_pronoun_after_an_opinion_opened_by_pour_stands_for_its_holder(encoder):
    derivative = [
        "Le maire, Paul Rivet, assure que la commune paiera l’étude, mais il demande à la région d’en partager "
        "le coût. Pour Marc Dubois, historien à l’université de Caen, étranger aux travaux, le pont est "
        "probablement plus ancien que la ville elle-même. « Les pierres se souviennent de ce que les gens "
        "oublient », résume-t-il.",
    ]
    assert merged_findings(encoder, MERGED_ORIGINAL, derivative) == []


def test_a_pronoun_after_the_mayor_alone_is_still_the_mayor(encoder):
    derivative = [
        "Le maire, Paul Rivet, assure que la commune paiera l’étude, mais il demande à la région d’en partager "
        "le coût.",
        "Marc Dubois, historien à l’université de Caen, étranger aux travaux, estime que le pont est "
        "probablement plus ancien que la ville elle-même. « Les pierres se souviennent de ce que les gens "
        "oublient », a-t-il résumé.",
    ]
    assert [k for k, _ in quote_findings(encoder, MERGED_ORIGINAL, derivative)] == []


NAMED_ORIGINAL = [
    '"Nobody looked at these piers for three hundred years," said Hélène Morvan, head of the regional '
    'heritage office. "Now everyone wants to see them."',
]


def test_a_quote_given_to_an_indefinite_description_after_its_speaker_was_named_is_misattributed(encoder):
    derivative = [
        "« Personne n’a regardé ces piles depuis trois cents ans », a déclaré Hélène Morvan, directrice du "
        "service régional du patrimoine. « Maintenant, tout le monde veut les voir », a ajouté un technicien "
        "du service.",
    ]
    assert [k for k, _ in quote_findings(encoder, NAMED_ORIGINAL, derivative)] == ["quote_misattributed"]


def test_the_same_speaker_named_for_both_quotes_is_no_finding(encoder):
    derivative = [
        "« Personne n’a regardé ces piles depuis trois cents ans », a déclaré Hélène Morvan, directrice du "
        "service régional du patrimoine. « Maintenant, tout le monde veut les voir », a-t-elle ajouté.",
    ]
    assert [k for k, _ in quote_findings(encoder, NAMED_ORIGINAL, derivative)] == []


BREEDER_ORIGINAL = [
    "Louis Garnier, who keeps goats on the road to the pass, said he would fence his field. "
    '"They have grazed here for a century," he said.',
    'Claire Fontaine, a vet in the valley, said goats rarely stray far. "A goat goes where the grass is," she said.',
]


def test_a_definite_description_of_another_person_of_the_story_is_that_person(encoder):
    derivative = [
        "Louis Garnier, qui élève des chèvres sur la route du col, a déclaré qu’il clôturerait son champ. "
        "« Elles broutent ici depuis un siècle », a-t-il déclaré.",
        "Claire Fontaine, vétérinaire dans la vallée, a déclaré que les chèvres s’éloignent rarement. « Une chèvre "
        "va là où est l’herbe », a résumé l’éleveur de la route du col.",
    ]
    assert [k for k, _ in quote_findings(encoder, BREEDER_ORIGINAL, derivative)] == ["quote_misattributed"]


def test_a_definite_description_of_the_speaker_herself_is_no_finding(encoder):
    derivative = [
        "Louis Garnier, qui élève des chèvres sur la route du col, a déclaré qu’il clôturerait son champ. "
        "« Elles broutent ici depuis un siècle », a-t-il déclaré.",
        "Claire Fontaine, vétérinaire dans la vallée, a déclaré que les chèvres s’éloignent rarement. « Une chèvre "
        "va là où est l’herbe », a résumé la vétérinaire.",
    ]
    assert [k for k, _ in quote_findings(encoder, BREEDER_ORIGINAL, derivative)] == []


CRUSH_ORIGINAL = [
    "Hélène Morvan, who heads the regional heritage office, said the quay would stay closed. "
    '"The works come first," she said.',
    "Sophie Lemaire, a student who was on the quay, said she had been pushed against a rail. "
    '"Nobody told us where to go," she said.',
]


def test_a_lone_quote_in_a_paragraph_that_names_another_person_is_not_surely_the_last_speaker_s(encoder):
    derivative = [
        "Pour Hélène Morvan, qui dirige le service régional du patrimoine, le quai restera fermé. « Les travaux "
        "passent d’abord », souligne-t-elle.",
        "Sophie Lemaire, étudiante, était sur le quai : elle raconte avoir été plaquée contre une rampe. "
        "« Personne ne nous disait où aller. »",
    ]
    assert "quote_misattributed" not in [k for k, _ in quote_findings(encoder, CRUSH_ORIGINAL, derivative)]
