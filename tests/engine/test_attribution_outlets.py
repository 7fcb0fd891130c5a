"""Attribution: the outlet a source told or that stands behind a report, a French subject
put after the outlet its verb names, a body's statement made an insider's, and a verb of
advocacy that credits nobody.

Pure text tests (no encoder) except the end-to-end ones marked slow; every sentence is
written for these tests.
"""

import pytest

from diptych.engine.attribution import credited_outlet, find_sources, source_change
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def sources(text: str, language: str):
    return find_sources(span(text), language)


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # the verb names the outlet it told first, and its subject comes after
        ("fr", "Le barrage aurait cédé dans la nuit, a confié au quotidien régional Kurjer un ingénieur du chantier.",
         "un ingénieur du chantier"),
        ("fr", "Trois camions auraient été saisis, a indiqué à l’agence TPA une source policière.",
         "une source policière"),
        ("es", "La presa habría cedido por la noche, dijo al diario Kurjer un ingeniero de la obra.",
         "un ingeniero de la obra"),
    ],
)
def test_a_subject_after_the_outlet_its_verb_names_is_the_source(language, text, phrase):
    assert [s.phrase.text for s in sources(text, language)] == [phrase]


def test_an_outlet_told_without_a_subject_after_it_is_no_subject():
    # what follows the outlet is what was said, so the speaker is before the verb
    text = "Le directeur du chantier, visiblement inquiet, a confié au quotidien Kurjer que le barrage était fragile."
    found = sources(text, "fr")
    assert found and all(s.phrase.end <= text.index("a confié") for s in found)


@pytest.mark.parametrize(
    "language, text, outlet",
    [
        ("en", "An engineer at the site told the regional newspaper Kurjer that the dam was fragile.", "Kurjer"),
        ("en", "The engineer told the weekly Kurjer that the dam was fragile.", "Kurjer"),
        ("fr", "La digue aurait cédé, a confié au quotidien régional Kurjer un ingénieur du chantier.", "Kurjer"),
        ("fr", "Un ingénieur a déclaré à l’hebdomadaire local Kurjer que la digue était fragile.", "Kurjer"),
    ],
)
def test_the_outlet_a_source_told_is_read_past_the_words_that_describe_it(language, text, outlet):
    sentence = span(text)
    found = [credited_outlet(s, sentence) for s in find_sources(sentence, language)]
    assert [o.span.text for o in found if o is not None] == [outlet]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, changed",
    [
        # a body's own statement credited to an anonymous insider, or the reverse
        ("en", "The Maritime Safety Authority said the ferry had been overloaded.",
         "en", "A source at the Maritime Safety Authority said the ferry had been overloaded.", True),
        ("en", "An official at the Maritime Safety Authority, who asked not to be named, said the ferry had been overloaded.",
         "en", "The Maritime Safety Authority said the ferry had been overloaded.", True),
        ("en", "The Maritime Safety Authority said the ferry had been overloaded.",
         "fr", "Une source au sein de la Maritime Safety Authority a indiqué que le ferry était surchargé.", True),
        # a spokesperson speaks for the body, and the body kept is the same source
        ("en", "The Maritime Safety Authority said the ferry had been overloaded.",
         "en", "A spokesman for the Maritime Safety Authority said the ferry had been overloaded.", False),
        ("en", "The Maritime Safety Authority said the ferry had been overloaded.",
         "fr", "La Maritime Safety Authority a indiqué que le ferry était surchargé.", False),
        ("en", "A source at the Maritime Safety Authority said the ferry had been overloaded.",
         "fr", "Une source à la Maritime Safety Authority a indiqué que le ferry était surchargé.", False),
    ],
)
def test_a_bodys_statement_made_an_anonymous_insiders_is_a_change(o_lang, original, d_lang, derivative, changed):
    o, d = sources(original, o_lang)[0], sources(derivative, d_lang)[0]
    assert (source_change(o, d, 0.8) is not None) == changed


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Two council members argued for an immediate recall of the ferry."),
        ("fr", "Deux élus avaient plaidé pour un rappel immédiat du ferry."),
    ],
)
def test_arguing_for_a_measure_credits_no_one_with_the_claim(language, text):
    assert sources(text, language) == []


SURVEY = "A survey for the broadcaster Kanal 9 found that 61 percent of farmers opposed the new water tariff."


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, dropped",
    [
        ("en", "A survey found that 61 percent of farmers opposed the new water tariff.", True),
        ("fr", "Selon un sondage, 61 % des agriculteurs s’opposent au nouveau tarif de l’eau.", True),
        ("fr", "Selon un sondage réalisé pour la chaîne Kanal 9, 61 % des agriculteurs s’opposent au nouveau tarif de l’eau.", False),
        ("de", "Laut einer Umfrage für den Sender Kanal 9 lehnen 61 Prozent der Landwirte den neuen Wassertarif ab.", False),
    ],
)
def test_an_outlet_that_stands_behind_a_survey_dropped_is_a_change(encoder, language, derivative, dropped):
    found = attribution_findings(encoder, [SURVEY], language, [derivative])
    assert bool(found) == dropped
    if dropped:
        assert found[0].original_text == "for the broadcaster Kanal 9"


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, dropped",
    [
        ("fr", "Une source proche du dossier a indiqué que des ingénieurs avaient découvert deux fissures profondes "
         "dans la partie nord de la digue lors d’une inspection début septembre.", True),
        # the outlet kept, the French subject put after it: the same source, and the
        # conditional is how French reports what an unnamed source says
        ("fr", "Des ingénieurs auraient découvert deux fissures profondes dans la partie nord de la digue lors "
         "d’une inspection début septembre, a confié à l’hebdomadaire Kurjer une source proche du dossier.", False),
    ],
)
def test_the_outlet_an_anonymous_source_told_dropped_is_a_change(encoder, language, derivative, dropped):
    original = (
        "A source close to the case told the weekly newspaper Kurjer that engineers had found two deep cracks in "
        "the northern section of the dyke during an inspection in early September."
    )
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    o = Article("test", "", "en", original, [Segment(0, original, False)])
    d = Article("test", "", language, derivative, [Segment(0, derivative, False)])
    kinds = [f.kind for f in find_span_findings(o, d, [Link([0], [0], 0.9)], encoder)]
    assert kinds == (["attribution_changed"] if dropped else [])
