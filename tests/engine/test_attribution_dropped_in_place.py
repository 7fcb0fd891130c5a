"""Attribution: a source dropped where the sentence next to it keeps its own.

"X said" moved to the next sentence still credits X; but the next sentence's own
attribution, rendered where it was ("The government says ..." in both versions), is
no moved rendering of a source the sentence before lost. In one language, a claim
whose attribution is gone and whose source's words appear nowhere in the derivative's
sentence is stated as fact ("..., according to the report," / "..."), however little
the few words weigh against a long sentence.

End to end, with the real offline encoder.
"""

import pytest


def span_findings(encoder, original: list[str], language: str, derivative: list[str]):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(lang: str, paragraphs: list[str]) -> Article:
        return Article("test", "", lang, "\n\n".join(paragraphs), [Segment(i, p, False) for i, p in enumerate(paragraphs)])

    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_span_findings(article("en", original), article(language, derivative), links, encoder)


def changed(found):
    return [f for f in found if f.kind == "attribution_changed"]


@pytest.mark.slow
def test_a_neighbours_own_source_is_no_moved_attribution(encoder):
    original = (
        "Valdoria received about 41,000 asylum applications last year, according to the Valdoria Statistics Bureau, "
        "slightly more than the year before. The government says the shortage of beds is caused by slow processing."
    )
    derivative = (
        "Valdoria received about 41,000 asylum applications last year, slightly more than the year before. "
        "The government says the shortage of beds is caused by slow processing."
    )
    found = changed(span_findings(encoder, [original], "en", [derivative]))
    assert found and "Valdoria Statistics Bureau" in found[0].original_text, found


@pytest.mark.slow
def test_an_attribution_moved_to_the_next_sentence_stays_quiet(encoder):
    original = (
        "Valdoria received about 41,000 asylum applications last year, according to the Valdoria Statistics Bureau. "
        "That is slightly more than the year before."
    )
    derivative = (
        "Valdoria received about 41,000 asylum applications last year. "
        "That is slightly more than the year before, according to the Valdoria Statistics Bureau."
    )
    assert changed(span_findings(encoder, [original], "en", [derivative])) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, derivative, source",
    [
        (
            "Towns that bought the same filters through the regional scheme paid about 12 euros each, according to the audit, "
            "while Marvella paid 19 euros.",
            "Towns that bought the same filters through the regional scheme paid about 12 euros each, while Marvella paid 19 euros.",
            "according to the audit",
        ),
        (
            "Police said they had opened an investigation into the warehouse fire but had not yet named any suspects.",
            "An investigation into the warehouse fire has been opened, but no suspects have yet been named.",
            "Police said",
        ),
        (
            "The regional fisheries ministry said the quotas set so far already exceeded the scientific advice by a third.",
            "The quotas set so far already exceed the scientific advice by a third.",
            "The regional fisheries ministry said",
        ),
    ],
)
def test_in_one_language_a_source_whose_words_are_gone_was_dropped(encoder, original, derivative, source):
    found = changed(span_findings(encoder, [original], "en", [derivative]))
    assert found and source in found[0].original_text, found


@pytest.mark.slow
def test_a_source_kept_as_the_subject_of_another_verb_stays_quiet(encoder):
    original = "The regional fisheries ministry said the quotas set so far already exceeded the scientific advice by a third."
    derivative = "Figures from the regional fisheries ministry show the quotas set so far already exceed the scientific advice by a third."
    assert changed(span_findings(encoder, [original], "en", [derivative])) == []


@pytest.mark.slow
def test_a_quotes_speaker_dropped_with_the_claim_around_it_is_reported(encoder):
    original = (
        'In a statement, Harlow Foods said a labelling error at its plant in May had caused the recall, '
        'and that it "sincerely regrets" the harm done.'
    )
    derivative = 'A labelling error at the plant in May caused the recall, and the company "sincerely regrets" the harm done.'
    found = changed(span_findings(encoder, [original], "en", [derivative]))
    assert found and "Harlow Foods said" in found[0].original_text, found


@pytest.mark.slow
def test_a_quotes_speaker_kept_stays_quiet(encoder):
    original = (
        'In a statement, Harlow Foods said a labelling error at its plant in May had caused the recall, '
        'and that it "sincerely regrets" the harm done.'
    )
    derivative = (
        'Harlow Foods said in a statement that a labelling error at its plant in May caused the recall and that it '
        '"sincerely regrets" the harm done.'
    )
    assert changed(span_findings(encoder, [original], "en", [derivative])) == []
