"""Shapes of added and omitted clauses that punctuation alone does not set off.

A clause a rewrite adds or drops is not always between commas: a statement joined by
"and that", a participle or a subordinate clause tacked on with "y" or "sin que", a
description of a company opened by "that". Each row is an English paragraph and a
rendering of it, linked as the aligner links them, judged with the real offline encoder.
"""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test",
        title="",
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p, False) for i, p in enumerate(paragraphs)],
    )


def findings(encoder, original: str, language: str, derivative: str):
    o, d = article("en", [original]), article(language, [derivative])
    return find_span_findings(o, d, [Link([0], [0], 0.9)], encoder)


DYKES = (
    "The water board said in a letter that all the dykes had been raised according to the national "
    "standard and that it would examine the report."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("de", "Der Wasserverband erklärte in einem Schreiben, alle Deiche seien nach der nationalen Norm erhöht worden."),
        ("fr", "Le syndicat des eaux a affirmé dans une lettre que toutes les digues avaient été rehaussées selon la norme nationale."),
    ],
)
def test_a_dropped_statement_opened_by_that_is_content_not_a_description_of_its_source(encoder, language, derivative):
    """"and that it would examine the report" is what the source said (its second
    statement), not words about the source, even where the source's phrase seems to run on."""
    found = findings(encoder, DYKES, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == ["and that it would examine the report"]


CULVERTS = "The grant will pay for rebuilding about 40 culverts under the coast road, some of them dug before 1910."
TENDER = (
    "An internal audit warned in 2022 that the contracts were too large for one supplier, but the utility "
    "signed another 8 million euros of orders with the firm the following spring."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative, clause",
    [
        # a second participle tacked on with "y": the rewrite's own comment
        (
            "es",
            CULVERTS,
            "La subvención servirá para reconstruir unas 40 alcantarillas bajo la carretera de la costa, algunas "
            "excavadas antes de 1910 y abandonadas a su suerte por la diputación desde entonces.",
            "y abandonadas a su suerte por la diputación desde entonces",
        ),
        # a subordinate clause opened by "sin que" / "sans que" with no comma before it
        (
            "es",
            TENDER,
            "Una auditoría interna advirtió en 2022 de que los contratos eran demasiado grandes para un solo "
            "proveedor, pero la empresa firmó otros 8 millones de euros en pedidos con la firma la primavera "
            "siguiente sin que ningún concejal levantara la voz.",
            "sin que ningún concejal levantara la voz",
        ),
        (
            "fr",
            TENDER,
            "Un audit interne avait averti en 2022 que les contrats étaient trop importants pour un seul "
            "fournisseur, mais l’entreprise a signé 8 millions d’euros de commandes supplémentaires avec la "
            "société au printemps suivant sans que le moindre élu ne s’en émeuve.",
            "sans que le moindre élu ne s’en émeuve",
        ),
    ],
)
def test_a_clause_tacked_on_without_a_comma_is_reported_as_added(encoder, language, original, derivative, clause):
    found = findings(encoder, original, language, derivative)
    assert [(f.kind, f.derivative_text) for f in found] == [("added", clause)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        (
            "es",
            CULVERTS.replace("dug before 1910.", "dug before 1910 and patched many times since."),
            "La subvención servirá para reconstruir unas 40 alcantarillas bajo la carretera de la costa, algunas "
            "excavadas antes de 1910 y reparadas muchas veces desde entonces.",
        ),
        (
            "fr",
            TENDER.replace("the following spring.", "the following spring without asking the council."),
            "Un audit interne avait averti en 2022 que les contrats étaient trop importants pour un seul "
            "fournisseur, mais l’entreprise a signé 8 millions d’euros de commandes supplémentaires avec la "
            "société au printemps suivant sans consulter le conseil municipal.",
        ),
        (
            "de",
            "Rescuers searched the flooded tunnel through the night and found the two missing workers alive "
            "near the second shaft early on Sunday.",
            "Die Retter durchsuchten den überfluteten Tunnel die ganze Nacht und fanden die beiden vermissten "
            "Arbeiter am frühen Sonntag lebend in der Nähe des zweiten Schachts.",
        ),
        (
            "es",
            "Rescuers searched the flooded tunnel through the night and found the two missing workers alive "
            "near the second shaft early on Sunday.",
            "Los equipos de rescate registraron el túnel inundado durante toda la noche y encontraron a los dos "
            "trabajadores desaparecidos con vida cerca del segundo pozo el domingo por la mañana.",
        ),
    ],
)
def test_a_rendered_tail_joined_without_a_comma_is_no_addition(encoder, language, original, derivative):
    found = findings(encoder, original, language, derivative)
    assert [(f.kind, f.derivative_text) for f in found if f.kind in ("added", "omitted")] == []


BARGES = (
    "The court suspended the licence of Dunaflot, a shipping firm based in Vukovar that carries grain to "
    "ports on the Black Sea."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Le tribunal a suspendu la licence de Dunaflot, une compagnie de navigation établie à Vukovar."),
        ("es", "El tribunal suspendió la licencia de Dunaflot, una naviera con sede en Vukovar."),
    ],
)
def test_a_dropped_relative_clause_opened_by_that_is_omitted(encoder, language, derivative):
    """"that carries grain …" describes the firm as "which" would: a clause of its own,
    although "that" opens complement clauses too."""
    found = findings(encoder, BARGES, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == ["that carries grain to ports on the Black Sea"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Le tribunal a suspendu la licence de Dunaflot, une compagnie de navigation établie à Vukovar qui "
               "transporte des céréales vers les ports de la mer Noire."),
        ("de", "Das Gericht setzte die Lizenz von Dunaflot aus, einer Reederei mit Sitz in Vukovar, die Getreide "
               "zu Häfen am Schwarzen Meer befördert."),
    ],
)
def test_a_rendered_relative_clause_opened_by_that_is_not_omitted(encoder, language, derivative):
    found = findings(encoder, BARGES, language, derivative)
    assert [f.original_text for f in found if f.kind in ("omitted", "added")] == []


PUMP = (
    "The operator said in a statement that a pump at its filtering station had broken down during a storm "
    "and that it was helping the investigators in every way it could."
)


@pytest.mark.slow
def test_a_charged_word_in_the_rendering_does_not_hide_a_clause_it_dropped(encoder):
    """The rewrite renders the first statement with a charged adverb (a loaded term whose
    original side is the whole sentence) and drops the second: both are reported."""
    derivative = (
        "L’exploitant invoque opportunément, dans un communiqué, une pompe de sa station de filtrage qui "
        "aurait lâché lors d’une tempête."
    )
    found = findings(encoder, PUMP, "fr", derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == [
        "and that it was helping the investigators in every way it could"
    ]
    assert "loaded_term" in [f.kind for f in found]


@pytest.mark.slow
def test_a_clause_dropped_from_a_sentence_recast_too_freely_to_align_is_omitted(encoder):
    """The rewrite recasts the first statement and drops the second: the two sentences score
    too low for the sentence alignment (a loose pair, neither reported whole), but they are
    still each other's rendering, and the dropped clause is what they differ by."""
    original = "Dead fish were found along a 10-kilometre stretch of the river on Tuesday. " + PUMP
    derivative = (
        "Des poissons morts ont été retrouvés mardi sur dix kilomètres de rivière. "
        "Commodément, l’exploitant met tout sur le compte d’une pompe qui aurait lâché pendant l’orage."
    )
    found = findings(encoder, original, "fr", derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == [
        "and that it was helping the investigators in every way it could"
    ]




def test_clauses_are_looked_for_in_each_aligned_block_its_own_pairs_and_loose_pairs():
    """A 2-2 block is also searched pair by pair where a pair would align alone (a sentence
    aligned with its neighbour only because the neighbour's quote was replaced); unpaired
    sentences each the other's best loose partner form a block of their own."""
    from types import SimpleNamespace

    import numpy as np

    from diptych.engine import clause_spans
    from diptych.engine.clauses import SentencePair
    from diptych.engine.groups import Group

    sim = np.array(
        [
            [0.60, 0.20, 0.10, 0.05],
            [0.30, 0.30, 0.10, 0.05],
            [0.05, 0.10, 0.80, 0.10],
            [0.05, 0.05, 0.10, 0.40],
        ]
    )
    group = Group(
        Link([0], [0], 0.9), [0, 1, 2, 3], [0, 1, 2, 3],
        [SentencePair((0, 1), (0, 1), 0.62), SentencePair((2,), (2,), 0.80)],
    )
    blocks = clause_spans._blocks(SimpleNamespace(similarity=sim), group)
    assert blocks == [([0, 1], [0, 1]), ([0], [0]), ([2], [2]), ([3], [3])]
    # a group where nothing aligned (a headline rewritten whole) has no loose block
    alone = Group(Link([0], [0], 0.9), [3], [3], [])
    assert clause_spans._blocks(SimpleNamespace(similarity=sim), alone) == []


LOCKDOWN = "The inmates stayed locked in their cells for the whole weekend."
SEARCH = (
    "The inmates stayed locked in their cells for the whole weekend because the guards were searching every "
    "wing for the missing keys."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, clause",
    [
        # a cause tacked on with no comma before it: the rewrite's own explanation
        (
            "fr",
            "Les détenus sont restés enfermés dans leurs cellules tout le week-end parce qu’il n’y avait pas assez "
            "de gardiens pour surveiller la cour.",
            "parce qu’il n’y avait pas assez de gardiens pour surveiller la cour",
        ),
        (
            "es",
            "Los presos permanecieron encerrados en sus celdas todo el fin de semana porque no había suficientes "
            "guardias para vigilar el patio.",
            "porque no había suficientes guardias para vigilar el patio",
        ),
    ],
)
def test_a_cause_tacked_on_without_a_comma_is_reported_as_added(encoder, language, derivative, clause):
    found = findings(encoder, LOCKDOWN, language, derivative)
    assert [(f.kind, f.derivative_text) for f in found] == [("added", clause)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Les détenus sont restés enfermés dans leurs cellules tout le week-end."),
        ("es", "Los presos permanecieron encerrados en sus celdas todo el fin de semana."),
    ],
)
def test_a_cause_dropped_where_no_comma_set_it_off_is_reported_as_omitted(encoder, language, derivative):
    found = findings(encoder, SEARCH, language, derivative)
    assert [(f.kind, f.original_text) for f in found] == [
        ("omitted", "because the guards were searching every wing for the missing keys")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        (
            "fr",
            "Les détenus sont restés enfermés dans leurs cellules tout le week-end parce que les gardiens "
            "fouillaient chaque aile à la recherche des clés disparues.",
        ),
        (
            "de",
            "Die Häftlinge blieben das ganze Wochenende in ihren Zellen eingeschlossen, weil die Wärter jeden "
            "Flügel nach den verschwundenen Schlüsseln durchsuchten.",
        ),
        (
            "es",
            "Los presos permanecieron encerrados en sus celdas todo el fin de semana porque los guardias "
            "registraban cada módulo en busca de las llaves desaparecidas.",
        ),
    ],
)
def test_a_rendered_cause_without_a_comma_is_no_change(encoder, language, derivative):
    found = findings(encoder, SEARCH, language, derivative)
    assert [(f.kind, f.derivative_text) for f in found if f.kind in ("added", "omitted")] == []
