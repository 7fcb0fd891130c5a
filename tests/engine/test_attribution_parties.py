"""Attribution: a source's own country folded into it by a translator, a body's name whose
kind a compound absorbed, a speaker described by how they spoke, an anonymous source
stripped of whom it speaks for, a source swapped for another party of the sentence, and a
pronoun's attribution dropped in one language.

Pure text tests for reading sources; end-to-end tests (marked slow) with the real offline
encoder. Every sentence is written for these tests.
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings


def sources(text: str, language: str):
    return find_sources(Span(0, 0, len(text), text), language)


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "A senior customs officer, speaking on condition of anonymity because the case is open, said the "
               "containers had been emptied.", "A senior customs officer"),
        ("en", "Two nurses at the clinic, asking not to be named, said the generator failed twice.", "Two nurses at the clinic"),
    ],
)
def test_a_speaker_is_read_without_the_clause_that_says_how_they_spoke(language, text, phrase):
    found = sources(text, language)
    assert [s.phrase.text for s in found] == [phrase]
    assert all(s.anonymous for s in found)  # the clause still makes them anonymous


REGULATOR = (
    "Norway's maritime authority has opened an inquiry into the ferry operator Fjordlink after two groundings "
    "in a month, the authority said on Tuesday."
)
CLINIC = (
    "Doctors at the Saint Elena University Clinic in Brasov said three of the injured climbers were still in "
    "intensive care on Monday."
)
DEPOT = (
    "A senior army officer, speaking on condition of anonymity because the case is open, said the "
    "depot had been emptied before the inspection."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative",
    [
        # the country the sentence ties to the body, folded into its name by the translator
        (REGULATOR, "fr",
         "L’autorité maritime norvégienne a annoncé mardi l’ouverture d’une enquête visant l’armateur Fjordlink, "
         "après deux échouements en un mois."),
        (REGULATOR, "es",
         "La autoridad marítima noruega anunció el martes la apertura de una investigación sobre la naviera "
         "Fjordlink tras dos encallamientos en un mes."),
        # a body's name whose kind a compound absorbed
        (CLINIC, "de",
         "Ärzte der Universitätsklinik Saint Elena in Brasov sagten, drei der verletzten Bergsteiger lägen am "
         "Montag noch auf der Intensivstation."),
        # an anonymous source who still says whom they speak for
        (DEPOT, "fr",
         "Selon un officier supérieur de l’armée, qui a requis l’anonymat car l’affaire est en cours, le "
         "dépôt avait été vidé avant l’inspection."),
        # the body a source works in, read past the phrase ("eine Quelle in der Staatsanwaltschaft")
        ("Prosecutors in Graz are still weighing charges, the regional daily Murtal Bote reported on Tuesday, "
         "citing a source in the prosecution service.", "de",
         "Die Staatsanwaltschaft in Graz prüft noch eine Anklage, berichtete die Regionalzeitung Murtal Bote am "
         "Dienstag unter Berufung auf eine Quelle in der Staatsanwaltschaft."),
    ],
)
def test_a_faithful_rendering_keeps_the_source(encoder, original, language, derivative):
    assert attribution_findings(encoder, [original], language, [derivative]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative, expected",
    [
        # the word given to the party under inquiry
        (REGULATOR, "en",
         "Norway's maritime authority has opened an inquiry into the ferry operator Fjordlink after two groundings "
         "in a month, the operator said on Tuesday.", "the authority said"),
        # an anonymous source that no longer says whom it speaks for
        (DEPOT, "fr", "Selon une source, le dépôt avait été vidé avant l’inspection.", "A senior army officer"),
        (DEPOT, "es", "Según una fuente, el depósito había sido vaciado antes de la inspección.", "A senior army officer"),
    ],
)
def test_a_source_swapped_for_another_party_or_stripped_of_its_body_is_reported(encoder, original, language, derivative, expected):
    found = attribution_findings(encoder, [original], language, [derivative])
    assert any(expected in (f.original_text or "") for f in found), found


QUAY = [
    "Harbour master Lena Ostrova said the quay would reopen on Friday. She said most of the cracks found in the "
    "concrete had been old, and that divers had found no fresh damage."
]


@pytest.mark.slow
def test_a_pronoun_attribution_dropped_in_one_language_is_reported(encoder):
    derivative = [
        "Harbour master Lena Ostrova said the quay would reopen on Friday. Most of the cracks found in the concrete "
        "were old, and divers found no fresh damage."
    ]
    found = attribution_findings(encoder, QUAY, "en", derivative)
    assert any((f.original_text or "").startswith("She said") for f in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "derivative",
    [
        # kept, or moved to the end of the sentence
        "Harbour master Lena Ostrova said the quay would reopen on Friday. She said most of the cracks in the "
        "concrete were old, and that divers found no fresh damage.",
        "Harbour master Lena Ostrova said the quay would reopen on Friday. Most of the cracks in the concrete were "
        "old, and divers found no fresh damage, she said.",
    ],
)
def test_a_pronoun_attribution_kept_or_moved_is_no_change(encoder, derivative):
    assert attribution_findings(encoder, QUAY, "en", [derivative]) == []
