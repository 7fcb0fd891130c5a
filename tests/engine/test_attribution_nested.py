"""Attribution: what a source reports others said, and words that only look like verbs
of saying.

- "A port agent said two carriers had warned they might leave": the second verb's
  subject is "two carriers", whose words the agent reports; it never reaches back over
  the first attribution to read "A port agent said two carriers had" as a speaker.
- "move their calls to another port", "their claims": a noun after a possessive
  determiner, no verb.
- An Italian subject before a compound tense with "hanno", "aveva" (« Alcuni
  funzionari, che hanno parlato a condizione di anonimato, hanno ammesso ») is read
  past the auxiliary, as "ha" and "han" are.

Pure text tests (no encoder).
"""

import pytest

from diptych.engine.attribution import _number_change, find_sources
from aligned_fixtures import source_phrases as phrases, one_span as span


def test_a_reported_speaker_is_read_after_the_first_attribution():
    found = phrases("A port agent who asked not to be named said two carriers had already warned they might leave.")
    assert found[0] == "A port agent who asked not to be named"
    assert all(not p.startswith("A port agent") for p in found[1:]), found


@pytest.mark.parametrize(
    "text",
    [
        "Two carriers might move their calls to a rival port next year.",
        "The ministry has not examined their claims in detail.",
        "Ferries will resume its calls at the island in spring.",
    ],
)
def test_a_noun_after_a_possessive_is_no_verb(text):
    assert phrases(text) == []


@pytest.mark.parametrize(
    "text, core",
    [
        (
            "Alcuni funzionari della regione, che hanno parlato a condizione di anonimato, hanno ammesso che i controlli "
            "erano stati sospesi.",
            "Alcuni funzionari della regione",
        ),
        ("Due ispettori del porto avevano ammesso che i controlli erano stati sospesi.", "Due ispettori del porto"),
    ],
)
def test_an_italian_subject_is_read_past_its_auxiliary(text, core):
    found = find_sources(span(text), "it")
    assert [s.core for s in found][:1] == [core]


@pytest.mark.parametrize(
    "o_text, o_language, d_text, d_language",
    [
        (
            "An inspector in Valdoria, who asked not to be named because he was not allowed to speak, said the checks had stopped.",
            "en",
            "Inspectors in Valdoria say the checks had stopped.",
            "en",
        ),
        (
            "An inspector at the port, who spoke on condition of anonymity, said the checks had stopped.",
            "en",
            "Alcuni ispettori del porto, che hanno parlato a condizione di anonimato, hanno ammesso che i controlli erano cessati.",
            "it",
        ),
    ],
)
def test_one_unnamed_source_made_several_where_both_name_the_same_place(o_text, o_language, d_text, d_language):
    (o,) = find_sources(span(o_text), o_language)
    (d,) = find_sources(span(d_text), d_language)
    assert _number_change(o, d)


def span_findings(encoder, original: list[str], language: str, derivative: list[str]):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(lang: str, paragraphs: list[str]) -> Article:
        return Article("test", "", lang, "\n\n".join(paragraphs), [Segment(i, p, False) for i, p in enumerate(paragraphs)])

    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_span_findings(article("en", original), article(language, derivative), links, encoder)


@pytest.mark.slow
def test_one_unnamed_source_made_several_is_reported_though_the_place_stays(encoder):
    original = [
        "Harvest workers at the Valdoria estates stopped work on Monday over pay.",
        "An inspector in Valdoria, who asked not to be named because he was not allowed to speak to reporters, "
        "said the company could lose a third of its crop if the stoppage lasted two weeks.",
    ]
    derivative = [
        "Harvest workers at the Valdoria estates stopped work on Monday over pay.",
        "Inspectors in Valdoria say the company could lose a third of its crop if the stoppage lasted two weeks.",
    ]
    found = [f for f in span_findings(encoder, original, "en", derivative) if f.kind == "attribution_changed"]
    assert len(found) == 1 and "several" in found[0].explanation, found


def test_a_recipient_with_a_relative_clause_is_not_reported_speech():
    found = find_sources(span("The manager told the weekly Norvik Post, which first reported the leak, that he had acted."), "en")
    assert not any(s.nested for s in found)
