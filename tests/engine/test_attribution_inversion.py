"""Attribution: a verb after a comma takes the subject that follows it, a subordinate or
anonymity clause only describes the speaker, and a body called by a common noun is the
same source whatever the noun.

Pure text tests (no encoder) except the end-to-end ones marked slow.
"""

import pytest

from diptych.engine.attribution import find_sources, resolve_anaphors, source_kinds
from aligned_fixtures import attribution_findings, source_phrases as phrases, one_span as span


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # a second cue after the subject does not make the subject too long to be read
        (
            "de",
            "Die Gemeinde prüft noch, ob sie den Bau der Brücke stoppt, berichtete der örtliche Radiosender Welle Süd "
            "am Dienstag unter Berufung auf einen leitenden Mitarbeiter der städtischen Verwaltung.",
            "der örtliche Radiosender Welle Süd",
        ),
        (
            "fr",
            "La commune étudie encore l’arrêt du chantier du pont, a rapporté mardi la radio locale Onde Sud, "
            "citant un employé du service technique de la mairie de la ville.",
            "la radio locale Onde Sud",
        ),
        # the subject ends where its relative clause opens, whatever comes after that clause
        (
            "fr",
            "Les contrôles de sécurité avaient été réduits de moitié depuis le printemps, affirme une ancienne "
            "technicienne de la centrale, qui a requis l’anonymat, la direction ayant interdit toute déclaration.",
            "une ancienne technicienne de la centrale, qui a requis l’anonymat, la direction ayant interdit",
        ),
    ],
)
def test_a_verb_after_a_comma_takes_the_subject_after_it(language, text, phrase):
    found = phrases(text, language)
    assert found and found[0].startswith(phrase), found


@pytest.mark.parametrize(
    "language, text, head",
    [
        (
            "de",
            "Eine Mitarbeiterin der Werft, die anonym bleiben wollte, weil die Firma noch Aufträge der Marine hat, "
            "sagte, die Schweißnähte seien nie geprüft worden.",
            "Eine Mitarbeiterin der Werft",
        ),
        (
            "de",
            "Drei Pfleger der Klinik, die ungenannt bleiben wollten, weil ihnen der Vorstand Gespräche untersagt "
            "hat, sich öffentlich zu äußern, sagten, die Station sei seit Monaten unterbesetzt.",
            "Drei Pfleger der Klinik",
        ),
        (
            "en",
            "An engineer at the firm that designed the dam, who asked not to be named because the firm is still "
            "in talks with the state, said the spillway had never been tested.",
            # the restrictive relative is a clause too, as « qui a conçu le barrage » is
            "An engineer at the firm",
        ),
    ],
)
def test_a_reason_for_anonymity_is_part_of_the_description_not_the_source(language, text, head):
    found = find_sources(span(text), language)
    assert len(found) == 1, [s.phrase.text for s in found]
    assert found[0].phrase.text.startswith(head)
    assert found[0].core == head
    assert found[0].anonymous


def test_a_verb_in_a_relative_clause_credits_nobody():
    assert phrases("The crew that maintained the pumps was replaced in May.", "en") == []


def test_a_back_reference_to_a_body_is_not_one_to_someone_belonging_to_it():
    found = [
        s
        for text in (
            "Two nurses on the hospital's night shift, who asked not to be named, said the alarms were switched off.",
            "The hospital said it would review its procedures.",
        )
        for s in find_sources(span(text), "en")
    ]
    nurses, hospital = resolve_anaphors(found)
    assert nurses.anonymous
    assert not hospital.anonymous  # the institution speaks in its own name


@pytest.mark.parametrize(
    "phrase",
    ["the university", "l’école", "die Hochschule", "la universidad", "la scuola", "the school board"],
)
def test_schools_and_universities_are_one_kind_of_body(phrase):
    assert source_kinds(phrase) == {"education"}


# --- end to end, with the real offline encoder --------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            [
                "Two teachers at the academy, who spoke on condition of anonymity, said exam papers had been "
                "shared in advance. The academy said it would hire an outside examiner for the summer session.",
            ],
            "fr",
            [
                "Deux enseignants de l’académie, qui ont requis l’anonymat, affirment que des sujets d’examen "
                "avaient circulé à l’avance. La session d’été aura bien lieu, avec un examinateur extérieur, "
                "précise l’établissement.",
            ],
        ),
        (
            [
                "The town is still deciding whether to close the bridge, the local radio station Radio Delta "
                "reported on Tuesday, citing an official in the planning department.",
            ],
            "fr",
            [
                "D’après la radio locale Radio Delta, qui citait mardi un responsable du service d’urbanisme, la "
                "commune n’a pas encore décidé si elle fermerait le pont.",
            ],
        ),
    ],
)
def test_a_faithful_rendering_with_moved_or_renamed_sources_is_clean(encoder, original, language, derivative):
    assert attribution_findings(encoder, original, language, derivative) == []


def test_a_role_word_that_opens_like_a_preposition_is_still_the_role():
    found = [
        s
        for text in (
            "Les autorités sanitaires, qui ont requis l’anonymat, ont confirmé trois cas.",
            "Un quatrième cas est suspecté, selon les autorités.",
        )
        for s in find_sources(span(text), "fr")
    ]
    _, authorities = resolve_anaphors(found)
    assert authorities.anonymous  # "autorités" is the role, not "au" + "torités"
