"""The engine end to end on articles built in memory: links and added/omitted findings."""

import subprocess
import sys

import pytest

from diptych.engine.errors import Cancelled
from diptych.engine.model import Article, Segment
from diptych.engine.options import Options
from diptych.engine.pipeline import compare_articles

EN = [
    "Storm closes schools across the coast",
    "A winter storm closed more than 200 schools along the coast on Thursday, as winds of up to 130 km/h tore down power lines.",
    "The weather service said the storm would move inland overnight and weaken by Saturday morning.",
    "\"We have never had to close so many schools in a single day,\" said regional education director Paul Ferrand.",
    "About 45,000 homes were without electricity on Thursday evening, the grid operator said.",
    "Ferry services to the islands were suspended until further notice.",
]
FR = [
    "Une tempête ferme les écoles sur toute la côte",
    "Une tempête hivernale a fermé jeudi plus de 200 écoles le long de la côte, des vents atteignant 130 km/h ayant abattu des lignes électriques.",
    "Le service météorologique a indiqué que la tempête se déplacerait vers l'intérieur des terres pendant la nuit et faiblirait d'ici samedi matin.",
    "« Nous n'avons jamais dû fermer autant d'écoles en une seule journée », a déclaré le directeur régional de l'éducation, Paul Ferrand.",
    "Environ 45 000 foyers étaient privés d'électricité jeudi soir, selon le gestionnaire du réseau.",
    "Les liaisons par ferry vers les îles ont été suspendues jusqu'à nouvel ordre.",
]
FRAMING = (
    "Les critiques accusent depuis longtemps le gouvernement d'avoir négligé l'entretien du réseau "
    "électrique au profit de projets de prestige dans la capitale."
)


def article(texts, language, boilerplate=()):
    segs = [Segment(i, t, i in boilerplate) for i, t in enumerate(texts)]
    return Article(source="mem", title=texts[0], language=language, text="\n\n".join(texts), segments=segs)


@pytest.fixture
def options(tmp_path):
    return Options(cache_dir=tmp_path, offline=True)


def pairs(comparison):
    return sorted((tuple(l.original), tuple(l.derivative)) for l in comparison.links)


def kinds(comparison):
    return sorted((f.kind, tuple(f.original or f.derivative)) for f in comparison.findings)


pytestmark = pytest.mark.slow


def test_a_faithful_translation_links_every_paragraph_and_reports_nothing(options):
    c = compare_articles(article(EN, "en"), article(FR, "fr"), options)
    assert pairs(c) == [((i,), (i,)) for i in range(6)]
    assert c.findings == []


def test_a_verbatim_copy_with_boilerplate_reports_nothing(options):
    copy = ["X"] + EN + ["Share this story", "Source link"]
    c = compare_articles(article(EN, "en"), article(copy, "en", boilerplate={0, 7, 8}), options)
    assert pairs(c) == [((i,), (i + 1,)) for i in range(6)]
    assert c.findings == []


def test_furniture_no_lexicon_knows_is_marked_in_a_verbatim_copy(options):
    copy = EN[:2] + ["Listen to this story"] + EN[2:4] + ["Coast edition | Weather"] + EN[4:]
    derivative = article(copy, "en")
    c = compare_articles(article(EN, "en"), derivative, options)
    assert [s.id for s in c.derivative.segments if s.boilerplate] == [2, 5]
    assert c.findings == []
    # The caller's article is left as it was, and the marks are the pair's: compared
    # again, the article starts as loaded.
    assert not any(s.boilerplate for s in derivative.segments)
    assert not any(s.boilerplate for s in c.derivative.as_loaded().segments)
    swapped = compare_articles(c.derivative, article(EN, "en"), options)
    assert swapped.original.pair_furniture == (2, 5) and swapped.findings == []


def test_a_line_of_furniture_without_a_counterpart_is_marked_on_either_side_of_a_translation(options):
    original = EN[:3] + ["Listen to this article"] + EN[3:]
    translation = FR[:2] + ["Édition Côte | Météo"] + FR[2:]
    c = compare_articles(article(original, "en"), article(translation, "fr"), options)
    assert [s.id for s in c.original.segments if s.boilerplate] == [3]
    assert [s.id for s in c.derivative.segments if s.boilerplate] == [2]
    assert c.findings == []


def test_a_sentence_added_to_a_verbatim_copy_is_still_reported(options):
    added = "Critics say the coast has been neglected by every government for twenty years."
    copy = EN[:3] + [added] + EN[3:]
    c = compare_articles(article(EN, "en"), article(copy, "en"), options)
    assert kinds(c) == [("added", (3,))]


def test_a_rewrite_that_moves_drops_merges_and_adds_is_aligned(options):
    rewrite = [
        FR[0],
        FR[4],  # moved up
        FR[1] + " " + FR[2],  # merged
        FRAMING,  # added
        FR[3],
        # FR[5] dropped
    ]
    c = compare_articles(article(EN, "en"), article(rewrite, "fr"), options)
    assert pairs(c) == [((0,), (0,)), ((1, 2), (2,)), ((3,), (4,)), ((4,), (1,))]
    assert kinds(c) == [("added", (3,)), ("omitted", (5,))]
    added = next(f for f in c.findings if f.kind == "added")
    assert added.derivative_text == FRAMING and added.explanation and 0 < added.confidence <= 1


def test_a_split_paragraph_is_one_group(options):
    long_en = EN[1] + " " + EN[2]
    c = compare_articles(article([EN[0], long_en, EN[3]], "en"), article([FR[0], FR[1], FR[2], FR[3]], "fr"), options)
    assert ((1,), (1, 2)) in pairs(c)
    assert c.findings == []


def test_unrelated_articles_are_not_linked(options):
    other = [
        "Le musée rouvre après deux ans de travaux",
        "Le musée des beaux-arts a rouvert ses portes samedi après une rénovation de deux ans qui a coûté 18 millions d'euros.",
        "Les visiteurs pourront découvrir une nouvelle aile consacrée à la peinture flamande.",
        "L'entrée sera gratuite le premier dimanche de chaque mois.",
    ]
    c = compare_articles(article(EN, "en"), article(other, "fr"), options)
    assert c.links == []
    assert len([f for f in c.findings if f.kind == "added"]) == 4


def test_cancel_stops_the_comparison(options):
    with pytest.raises(Cancelled):
        compare_articles(article(EN, "en"), article(FR, "fr"), options, cancel=lambda: True)


def test_progress_reports_each_step(options):
    steps = []
    compare_articles(article(EN, "en"), article(FR, "fr"), options, progress=lambda s, f: steps.append(s))
    assert {"embed", "align", "analyse"} <= set(steps)


def test_the_engine_imports_without_qt():
    code = "import sys, diptych.engine.pipeline, diptych.engine.ingest; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_long_texts_cut_into_blocks_align_like_short_ones(options, monkeypatch):
    from diptych.engine import pipeline
    from diptych.engine.align import split_at_anchors

    whole = compare_articles(article(EN, "en"), article(FR, "fr"), options)
    monkeypatch.setattr(pipeline, "MAX_CELLS", 4)
    blocks: list[list] = []

    def cut_small(cos, max_cells):
        blocks.append(split_at_anchors(cos, max_cells, min_gap=2))
        return blocks[-1]

    monkeypatch.setattr(pipeline, "split_at_anchors", cut_small)
    cut = compare_articles(article(EN, "en"), article(FR, "fr"), options)
    assert len(blocks[0]) > 1
    assert pairs(cut) == pairs(whole)
