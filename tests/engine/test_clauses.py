"""Sentences added to or left out of a linked paragraph, and the ones a translator merged.

End to end with the real offline encoder, through ``find_span_findings``: each row is an
English paragraph and a rendering of it, linked as the aligner links them. A translator
who merges two sentences into one renders both; only a sentence really dropped from the
paragraph is ``omitted``.
"""

import pytest

from diptych.engine.clause_spans import clause_runs
from diptych.engine.model import Article, Link, Segment
from diptych.engine.sentences import Span
from diptych.engine.spans import find_span_findings


def test_a_sentence_is_read_as_every_run_of_its_clauses_cut_at_punctuation_and_conjunctions():
    text = "El jurado deliberó dos días, absolvió al alcalde y condenó al tesorero."
    assert clause_runs(Span(0, 0, len(text), text), "es") == [
        "El jurado deliberó dos días",
        "El jurado deliberó dos días, absolvió al alcalde",
        "El jurado deliberó dos días, absolvió al alcalde y condenó al tesorero",
        "absolvió al alcalde",
        "absolvió al alcalde y condenó al tesorero",
        "y condenó al tesorero",
    ]


def article(language: str, text: str) -> Article:
    return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])


def findings(encoder, original: str, language: str, derivative: str):
    return find_span_findings(article("en", original), article(language, derivative), [Link([0], [0], 0.9)], encoder)


MERGED = [
    (
        "es",
        "The company will pay a fine of 2 million euros. The regulator found that it had overcharged about "
        "40,000 customers for their electricity between 2021 and 2023 and ordered it to refund them by the end "
        "of the year.",
        "El regulador concluyó que la empresa cobró de más a unos 40.000 clientes por su electricidad entre 2021 "
        "y 2023, le impuso una multa de 2 millones de euros y le ordenó devolver el dinero antes de fin de año.",
    ),
    (
        "fr",
        "The village school will stay closed until next Friday. A burst pipe flooded the ground floor on Sunday "
        "night, damaging the kitchen and four classrooms, and the town has sent the 300 pupils to two other "
        "schools nearby.",
        "Une canalisation a cédé dans la nuit de dimanche et inondé le rez-de-chaussée, endommageant la cuisine "
        "et quatre salles de classe, l’école du village restera fermée jusqu’à vendredi prochain et la mairie a "
        "réparti les 300 élèves entre deux autres écoles voisines.",
    ),
    (
        "de",
        "The village school will stay closed until next Friday. A burst pipe flooded the ground floor on Sunday "
        "night, damaging the kitchen and four classrooms, and the town has sent the 300 pupils to two other "
        "schools nearby.",
        "Ein geplatztes Rohr hat in der Nacht zum Montag das Erdgeschoss überflutet und die Küche sowie vier "
        "Klassenzimmer beschädigt, die Dorfschule bleibt bis kommenden Freitag geschlossen, und die Gemeinde hat "
        "die 300 Schüler auf zwei Schulen in der Nähe verteilt.",
    ),
    (
        "it",
        "The summer festival has been moved to September. Organisers said the heatwave forecast for July made "
        "it impossible to guarantee the safety of the 40,000 people expected on the beach each night, and the "
        "town council agreed.",
        "Gli organizzatori hanno spiegato che le previsioni di caldo record per luglio non permettevano di "
        "garantire la sicurezza delle 40.000 persone attese ogni sera sulla spiaggia, e il festival estivo è "
        "stato quindi spostato a settembre con l’accordo del comune.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative", MERGED)
def test_a_sentence_a_translator_merged_into_another_is_not_omitted(encoder, language, original, derivative):
    found = findings(encoder, original, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == []


DROPPED = [
    (
        "fr",
        "The museum will reopen on 3 May. Visitors will need to book a time slot online, and the ticket price "
        "rises from 12 to 15 euros for adults. The director said the renovation had cost nearly twice the "
        "original budget.",
        "Le musée rouvrira le 3 mai. Il faudra réserver un créneau en ligne, et le billet passera de 12 à 15 "
        "euros pour les adultes.",
        "The director said the renovation had cost nearly twice the original budget.",
    ),
    (
        "de",
        "The ferry company cancelled all crossings on Friday. Strong winds and waves of up to six metres were "
        "forecast for the strait until Sunday evening, the coastguard said. Hundreds of lorries queued at the "
        "port, some of their drivers sleeping in their cabs for a second night.",
        "Die Reederei sagte am Freitag alle Überfahrten ab. Die Küstenwache sagte für die Meerenge bis "
        "Sonntagabend starken Wind und bis zu sechs Meter hohe Wellen voraus.",
        "Hundreds of lorries queued at the port, some of their drivers sleeping in their cabs for a second night.",
    ),
    (
        "es",
        "The mayor announced the closure of the old market hall on Thursday. Traders will move to temporary "
        "stalls in the square next to the town hall until the works are finished. The opposition accused the "
        "council of ignoring warnings about the building for a decade.",
        "El alcalde anunció el jueves el cierre del antiguo mercado. Los comerciantes se trasladarán a puestos "
        "provisionales en la plaza junto al ayuntamiento hasta que terminen las obras.",
        "The opposition accused the council of ignoring warnings about the building for a decade.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative, dropped", DROPPED)
def test_a_sentence_dropped_from_a_linked_paragraph_is_omitted(encoder, language, original, derivative, dropped):
    found = findings(encoder, original, language, derivative)
    assert [(f.kind, f.original_text) for f in found] == [("omitted", dropped)]


SHORT = [
    (
        "fr",
        "The regional government approved the new coastal path on Monday. Work on the 14-kilometre route is due "
        "to start in the autumn.",
        "Le gouvernement régional a approuvé lundi le nouveau sentier côtier. Un pari bien risqué. Les travaux "
        "sur ce tracé de 14 kilomètres doivent commencer à l’automne.",
        ("added", "Un pari bien risqué."),
    ),
    (
        "en",
        "The firefighter died in hospital on Tuesday, two days after the roof of the warehouse collapsed. She "
        "leaves two young sons. The cause of the fire is still being investigated.",
        "The firefighter died in hospital on Tuesday, two days after the roof of the warehouse collapsed. The "
        "cause of the fire is still being investigated.",
        ("omitted", "She leaves two young sons."),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative, expected", SHORT)
def test_a_short_sentence_added_or_dropped_inside_a_linked_paragraph_is_reported(
    encoder, language, original, derivative, expected
):
    found = findings(encoder, original, language, derivative)
    assert [(f.kind, f.derivative_text or f.original_text) for f in found] == [expected]


def test_an_omitted_sentence_and_an_added_clause_of_one_link_that_render_each_other_cancel(encoder):
    from types import SimpleNamespace

    from diptych.engine.clauses import cancel_renderings
    from diptych.engine.groups import Embeddings
    from diptych.engine.model import Finding

    def omitted(text: str, link: tuple[list[int], list[int]]) -> Finding:
        return Finding("omitted", [link[0][0]], link[1], text, None, "", 0.5)

    def added(text: str, link: tuple[list[int], list[int]]) -> Finding:
        return Finding("added", link[0], [link[1][0]], None, text, "", 0.5)

    ctx = SimpleNamespace(embeddings=Embeddings(encoder), merged=[], rendering_clauses=[], merged_by_length=[])
    link, other = ([3, 4], [3]), ([7], [6])
    moved = [
        omitted("She added that the coastguard had found no sign that the boat had been overloaded.", link),
        added("les garde-côtes n’ont relevé aucun signe de surcharge du bateau", link),
    ]
    unrelated = [
        omitted("The works are expected to last six weeks.", link),
        added("qui accuse la direction de mentir depuis des mois", link),
    ]
    elsewhere = [
        omitted("He said he had not known the boat could carry so few passengers.", link),
        added("il ignorait que le bateau ne pouvait transporter que si peu de passagers", other),
    ]
    assert cancel_renderings(ctx, moved) == []
    assert cancel_renderings(ctx, unrelated) == unrelated
    assert cancel_renderings(ctx, elsewhere) == elsewhere


NURSES = (
    "Three nurses, who spoke on condition of anonymity because they fear losing their jobs, said the ward had "
    "been short-staffed since March."
)


def two_paragraphs(encoder, original: list[str], language: str, derivative: str):
    o = Article(source="test", title="", language="en", text="\n\n".join(original),
                segments=[Segment(i, p, False) for i, p in enumerate(original)])
    return find_span_findings(o, article(language, derivative), [Link([0, 1], [0], 0.9)], encoder)


@pytest.mark.slow
def test_a_relative_clause_rendering_a_clause_of_another_sentence_of_the_link_is_not_added(encoder):
    found = two_paragraphs(
        encoder,
        [
            NURSES,
            "One nurse, a mother of two from Nantes who asked not to be named, said she had worked eleven nights "
            "in a row in April. She said she had not known the rota broke the law.",
        ],
        "fr",
        "Une infirmière, mère de deux enfants originaire de Nantes, qui a préféré garder l’anonymat, raconte "
        "avoir enchaîné onze nuits de garde en avril, sans savoir, dit-elle, que ce planning était illégal.",
    )
    assert "qui a préféré garder l’anonymat" not in [f.derivative_text for f in found if f.kind == "added"]


@pytest.mark.slow
def test_an_added_relative_clause_of_framing_and_an_unrelated_omission_in_one_link_are_both_reported(encoder):
    found = two_paragraphs(
        encoder,
        [NURSES, "One nurse, a mother of two from Nantes, said she had worked eleven nights in a row in April."],
        "fr",
        "Une infirmière, mère de deux enfants originaire de Nantes, qui accuse la direction de mentir depuis des "
        "mois, raconte avoir enchaîné onze nuits de garde en avril.",
    )
    assert sorted((f.kind, f.derivative_text or f.original_text) for f in found) == [
        ("added", "qui accuse la direction de mentir depuis des mois"),
        ("omitted", NURSES),
    ]


PETITION = (
    "Residents were less patient. A petition asking the council to reopen the bridge before winter had "
    "collected some 4,500 signatures by Friday, its authors said."
)
LE_GOFF = (
    "Fishermen welcomed the decision but said the quota for cod remained far too low. \"We can live with this "
    "for a year, not for five,\" said Pierre Le Goff, who chairs the Brittany fishing committee."
)


@pytest.mark.slow
def test_a_short_sentence_merged_loosely_into_the_next_is_rendered_when_the_lengths_say_so(encoder):
    # The clause "Los vecinos se muestran menos pacientes" scores only ~0.53 against
    # "Residents were less patient.", but the Spanish sentence is as long as both English
    # sentences together would be, not as the second alone.
    merged = (
        "Los vecinos se muestran menos pacientes: el viernes, una petición que pide al ayuntamiento reabrir "
        "el puente antes del invierno reunía unas 4.500 firmas, según sus autores."
    )
    assert findings(encoder, PETITION, "es", merged) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, derivative, dropped",
    [
        (
            PETITION,
            "Vendredi, une pétition demandant au conseil de rouvrir le pont avant l’hiver avait recueilli "
            "quelque 4 500 signatures, selon ses auteurs.",
            "Residents were less patient.",
        ),
        (
            LE_GOFF,
            "« On peut tenir un an comme ça, pas cinq », résume Pierre Le Goff, qui préside le comité des "
            "pêches de Bretagne.",
            "Fishermen welcomed the decision but said the quota for cod remained far too low.",
        ),
    ],
)
def test_a_dropped_sentence_leaves_its_neighbours_rendering_its_own_length_and_is_omitted(
    encoder, original, derivative, dropped
):
    found = findings(encoder, original, "fr", derivative)
    assert [(f.kind, f.original_text) for f in found] == [("omitted", dropped)]


def test_an_added_clause_renders_an_original_sentence_merged_into_its_link(encoder):
    from types import SimpleNamespace

    from diptych.engine.clauses import cancel_renderings
    from diptych.engine.groups import Embeddings
    from diptych.engine.model import Finding

    merged = "The Polish authorities have not commented on the case."
    ctx = SimpleNamespace(
        embeddings=Embeddings(encoder),
        merged=[(Span(5, 0, len(merged), merged), Link([5], [4], 0.8))],
        rendering_clauses=[],
        merged_by_length=[],
        original=SimpleNamespace(language="en"),
        derivative=SimpleNamespace(language="fr", sentences=[], by_segment={}),
    )
    metonymy = Finding("added", [5], [4], None, "Varsovie ne s’est pas exprimée", "", 0.5)
    unrelated = Finding("added", [5], [4], None, "alors que la colère gronde dans le pays", "", 0.5)
    other_link = Finding("added", [8], [7], None, "Varsovie ne s’est pas exprimée", "", 0.5)
    assert cancel_renderings(ctx, [metonymy, unrelated, other_link]) == [unrelated, other_link]



DAMS = "The agency has inspected 60 dams since the spring. Eleven of them failed."


@pytest.mark.parametrize(
    "language, merged",
    [
        ("fr", "Depuis le printemps, l’agence a inspecté 60 barrages, dont onze n’ont pas passé le contrôle."),
        ("de", "Seit dem Frühjahr hat die Behörde 60 Staudämme geprüft, elf davon fielen durch."),
    ],
)
def test_a_short_sentence_whose_figures_another_sentence_carries_was_merged_there(encoder, language, merged):
    # The clause is too short for the encoder to see "Eleven of them failed." in it, but
    # its figure is there, and the sentence that renders the first one has no eleven.
    assert [(f.kind, f.original_text or f.derivative_text) for f in findings(encoder, DAMS, language, merged)] == []


def test_a_dropped_sentence_whose_figure_no_other_sentence_carries_is_omitted(encoder):
    found = findings(encoder, DAMS, "fr", "Depuis le printemps, l’agence a inspecté 60 barrages.")
    assert [(f.kind, f.original_text) for f in found] == [("omitted", "Eleven of them failed.")]


def _lengths_context(original: list[int], derivative: list[int]):
    """A stand-in pair whose sentences have the given lengths, the first of each aligned."""
    from types import SimpleNamespace

    from diptych.engine.groups import Group
    from diptych.engine.clauses import SentencePair

    def side(lengths):
        return SimpleNamespace(sentences=[SimpleNamespace(text="x" * n) for n in lengths])

    group = Group(Link([0], [0], 0.9), [0, 1], [0], [SentencePair([0], [0], 0.8)])
    return SimpleNamespace(original=side(original), derivative=side(derivative)), group


@pytest.mark.parametrize(
    "derivative_length, part, merged",
    [
        (190, 0.40, True),  # a loose fit (0.06) suffices when the clauses score 0.40
        (190, 0.28, False),  # ...not when they score 0.28
        (199, 0.28, True),  # a tight fit (0.01) does, from 0.25
        (199, 0.22, False),  # never below 0.25
        (152, 0.28, False),  # the block alone is as long as its own original: nothing merged
    ],
)
def test_a_sentence_scoring_low_is_merged_only_when_the_lengths_fit_tightly(derivative_length, part, merged):
    from diptych.engine.clauses import merged_by_length

    # original: a 152-character sentence and a 31-character one, unpaired; ratio 1.1
    ctx, group = _lengths_context([152, 31], [derivative_length])
    assert merged_by_length(ctx, group, "o", 1, 1.1, part) is merged


class _Vectors:
    """Stand-in embeddings: a text's vector is given by the first key it contains."""

    def __init__(self, table: dict[str, list[float]]) -> None:
        import numpy as np

        self.table = {k: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for k, v in table.items()}

    def want(self, texts) -> None:
        pass

    def flush(self) -> None:
        pass

    def __getitem__(self, text: str):
        return next(v for k, v in self.table.items() if k in text)

    def matrix(self, texts):
        import numpy as np

        return np.stack([self[t] for t in texts])


@pytest.mark.parametrize(
    "tail_vector, carries",
    [
        ([0.6, 0.8], True),  # the runs holding the clause render the sentence best
        ([0.0, 1.0], False),  # framing on another matter lowers them
    ],
)
def test_an_added_clause_carries_a_merged_sentence_when_the_runs_holding_it_render_it_best(tail_vector, carries):
    from types import SimpleNamespace

    from diptych.engine.clauses import _carries

    text = "La obra sigue en el almacén, aunque nadie sabe si volverá a la sala."
    clause = "aunque nadie sabe si volverá a la sala"
    sentence = "He said it was too early to say whether it would return to the room."
    derivative = SimpleNamespace(
        sentences=[Span(4, 0, len(text), text)], by_segment={4: [0]}, language="es"
    )
    emb = _Vectors({"aunque": tail_vector, "La obra": [0.1, 1.0], "He said": [1.0, 0.3]})
    ctx = SimpleNamespace(derivative=derivative, embeddings=emb)
    added = SimpleNamespace(derivative_text=clause, derivative=[4])
    assert _carries(ctx, sentence, added) is carries
