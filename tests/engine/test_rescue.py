"""Folding an unlinked paragraph into its neighbour's link on sentence evidence."""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.rescue import attach_by_sentences
from diptych.engine.score import Encoder

pytestmark = pytest.mark.slow

EN = [
    "Harbour authority fines tanker operator",
    "The harbour authority fined a tanker operator 2 million euros on Monday for a fuel spill that closed two beaches for a week.",
    "Inspectors have opened an inquiry into the company's maintenance records, an official at the authority said, asking not to be named because the inquiry is still running.",
    "Early checks point to a cracked valve on the tanker's starboard side that had been reported to the crew in March, the official added.",
    "Fishermen said the spill had cost them most of the summer season.",
]
# Paragraphs 2 and 3 merged; 2 cut down to its first clause.
FR_MERGED = [
    "L'autorité portuaire inflige une amende à un armateur de pétroliers",
    "L'autorité portuaire a infligé lundi une amende de 2 millions d'euros à un armateur de pétroliers pour une fuite de carburant qui a fermé deux plages pendant une semaine.",
    "Des inspecteurs ont ouvert une enquête sur les registres d'entretien de la compagnie. Une vanne fissurée sur le flanc tribord du pétrolier, signalée à l'équipage en mars, serait en cause.",
    "Les pêcheurs ont déclaré que la fuite leur avait coûté l'essentiel de la saison estivale.",
]
FRAMING = (
    "Cette affaire rappelle une fois de plus l'impunité dont jouissent les grandes compagnies "
    "maritimes, accusées de longue date de sacrifier la sécurité à leurs profits."
)


def article(texts, language):
    segs = [Segment(i, t) for i, t in enumerate(texts)]
    return Article(source="mem", title=texts[0], language=language, text="\n\n".join(texts), segments=segs)


def pairs(links):
    return sorted((tuple(l.original), tuple(l.derivative)) for l in links)


def test_a_paragraph_cut_down_and_merged_into_its_neighbour_joins_the_neighbours_link(tmp_path):
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [2], 0.5), Link([4], [3], 0.8)]
    out = attach_by_sentences(article(EN, "en"), article(FR_MERGED, "fr"), links, Encoder(tmp_path))
    assert ((2, 3), (2,)) in pairs(out)


def test_added_framing_next_to_a_link_stays_unlinked(tmp_path):
    fr = FR_MERGED[:3] + [FRAMING] + FR_MERGED[3:]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([2, 3], [2], 0.6), Link([4], [4], 0.8)]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links)


def test_a_dropped_paragraph_whose_content_is_nowhere_stays_unlinked(tmp_path):
    fr = FR_MERGED[:2] + [
        "Une vanne fissurée sur le flanc tribord du pétrolier, signalée à l'équipage en mars, serait en cause."
    ] + FR_MERGED[3:]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [2], 0.7), Link([4], [3], 0.8)]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links)


def test_an_unlinked_paragraph_and_the_paragraphs_it_was_split_into_are_linked(tmp_path):
    en = EN[:3] + [EN[3] + " " + EN[4]]
    fr = FR_MERGED[:2] + [
        "Des inspecteurs ont ouvert une enquête sur les registres d'entretien de la compagnie, a indiqué un responsable de l'autorité sous couvert d'anonymat, l'enquête étant toujours en cours.",
        "Les premières vérifications désignent une vanne fissurée sur le flanc tribord du pétrolier, signalée à l'équipage en mars, a ajouté le responsable.",
        FR_MERGED[3],
    ]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([2], [2], 0.8)]
    out = attach_by_sentences(article(en, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert ((3,), (3, 4)) in pairs(out)


def test_a_dropped_paragraph_and_added_framing_on_the_same_subject_stay_apart(tmp_path):
    fr = FR_MERGED[:2] + [FR_MERGED[2].split(". ")[0] + ".", FRAMING] + FR_MERGED[3:]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([2], [2], 0.8), Link([4], [4], 0.8)]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links)
