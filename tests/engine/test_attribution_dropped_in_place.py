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


def test_a_sentence_without_its_opening_attribution_keeps_what_follows():
    from diptych.engine.attribution import _without

    text = "In a statement, the firm said a fault during an upgrade had made the folder public, and that it regrets it."
    assert _without(text, "the firm said") == "In a statement, a fault during an upgrade had made the folder public, and that it regrets it."
    # a trailing attribution still takes its comma and an anonymity clause along
    text = "The folder was public for a week, an engineer said, speaking on condition of anonymity."
    assert _without(text, "an engineer said") == "The folder was public for a week."


def test_a_participle_describing_its_noun_credits_nobody():
    from diptych.engine.attribution import _credits_someone

    assert not _credits_someone("The quotas announced so far already exceed the advice by a third.", "en")
    assert _credits_someone("The quotas already exceed the advice, the ministry announced.", "en")
    assert _credits_someone("According to the ministry, the quotas exceed the advice.", "en")


@pytest.mark.slow
def test_a_source_whose_only_words_left_are_the_sentences_own_was_dropped(encoder):
    # "Finland" is what the sentence is about, not who says it
    original = "Finland received about 41,000 asylum applications last year, according to Statistics Finland, slightly more than the year before."
    derivative = "Finland received about 41,000 asylum applications last year, slightly more than the year before."
    found = changed(span_findings(encoder, [original], "en", [derivative]))
    assert found and "Statistics Finland" in found[0].original_text, found


@pytest.mark.slow
def test_a_source_dropped_before_a_participle_of_saying_is_reported(encoder):
    original = "The regional fisheries ministry said the quotas announced so far already exceeded the scientific advice by a third."
    derivative = "The quotas announced so far already exceed the scientific advice by a third."
    found = changed(span_findings(encoder, [original], "en", [derivative]))
    assert found and "ministry" in found[0].original_text, found


@pytest.mark.slow
def test_a_sentence_merged_in_from_an_unlinked_paragraph_is_compared_with_it(encoder):
    # The rewrite drops the paragraph's second sentence and puts in its place one from a
    # paragraph the aligner left unlinked: its source is compared with that one's.
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    original = [
        "The herders' cooperative said it would appeal against the ruling. It has already written to a United Nations committee.",
        "An official at the county land board, who asked not to be named, said the developer's impact study had left out two of the calving grounds.",
    ]
    derivative = [
        "The herders' cooperative said it would appeal against the ruling. Critics of the scheme have also claimed that "
        "the developer's impact study left out two of the calving grounds.",
    ]

    def article(lang, paragraphs):
        return Article("test", "", lang, "\n\n".join(paragraphs), [Segment(i, p, False) for i, p in enumerate(paragraphs)])

    found = find_span_findings(article("en", original), article("en", derivative), [Link([0], [0], 0.9)], encoder)
    assert any("An official at the county land board" in (f.original_text or "") for f in changed(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "According to the weekly Harbour Ledger, the firm's investors were not told about the inquiry until May.",
        "The firm's investors were never told about the inquiry, the weekly Harbour Ledger reported.",
    ],
)
def test_a_negated_passive_of_saying_credits_nobody(text):
    from diptych.engine.attribution import find_sources
    from diptych.engine.sentences import Span

    sources = [s for s in find_sources(Span(0, 0, len(text), text), "en")]
    assert [s.phrase.text for s in sources] == ["the weekly Harbour Ledger"]


OUTLET_TOLD = '"We fixed every fault the inspectors listed," he told the regional newspaper Kaleva Courier, which first reported the breach.'


@pytest.mark.slow
def test_an_outlet_dropped_from_a_loosely_rendered_sentence_is_reported(encoder):
    derivative = "« Nous avons corrigé chacun des défauts relevés par les inspecteurs », a-t-il affirmé."
    found = changed(span_findings(encoder, [OUTLET_TOLD], "fr", [derivative]))
    assert found and "Kaleva Courier" in found[0].original_text, found


@pytest.mark.slow
def test_an_outlet_kept_stays_quiet(encoder):
    derivative = (
        "« Nous avons corrigé chacun des défauts relevés par les inspecteurs », a-t-il déclaré au quotidien régional "
        "Kaleva Courier, qui a révélé la faille."
    )
    assert changed(span_findings(encoder, [OUTLET_TOLD], "fr", [derivative])) == []


KOVAC = (
    "Mira Kovac, a soil scientist at the University of Tarn, said the pattern of deaths pointed to poisoning rather "
    'than disease. "The timing and the residues all point the same way," she said.'
)


@pytest.mark.slow
def test_a_named_source_moved_to_the_quote_after_it_leaves_the_claim_to_others(encoder):
    # Kovac now speaks only the quote; the claim before it is credited to farmers
    derivative = (
        "Farmers say the pattern of deaths points to poisoning rather than disease. "
        '"The timing and the residues all point the same way," said Mira Kovac, a soil scientist at the University of Tarn.'
    )
    found = changed(span_findings(encoder, [KOVAC], "en", [derivative]))
    assert any("Mira Kovac" in (f.original_text or "") and "Farmers" in (f.derivative_text or "") for f in found), found


@pytest.mark.slow
def test_a_named_source_and_its_quote_kept_stay_quiet(encoder):
    derivative = (
        "Mira Kovac, a soil scientist at the University of Tarn, said the pattern of deaths points to poisoning, not "
        'disease. "The timing and the residues all point the same way," she said.'
    )
    assert changed(span_findings(encoder, [KOVAC], "en", [derivative])) == []


UNION_COUNT = "The Harbour Workers' Union said crews had been cut by about 15 percent over the decade, according to its own count."


@pytest.mark.slow
def test_a_sources_own_count_credited_to_a_body_the_original_never_names_is_reported(encoder):
    derivative = (
        "Le syndicat des dockers a déclaré que les équipages avaient été réduits d’environ 15 % en dix ans, selon "
        "l’Agence européenne pour la sécurité maritime."
    )
    found = changed(span_findings(encoder, [UNION_COUNT], "fr", [derivative]))
    assert any("its own count" in (f.original_text or "") for f in found), found


@pytest.mark.slow
def test_a_sources_own_count_kept_stays_quiet(encoder):
    derivative = (
        "Le syndicat des dockers a déclaré que les équipages avaient été réduits d’environ 15 % en dix ans, selon ses "
        "propres calculs."
    )
    assert changed(span_findings(encoder, [UNION_COUNT], "fr", [derivative])) == []


@pytest.mark.slow
def test_a_sources_own_count_put_first_stays_quiet(encoder):
    # each derivative source renders the original source it is closest to, whatever the order
    derivative = (
        "D’après ses propres calculs, le syndicat des dockers estime que les équipages ont été réduits d’environ 15 % "
        "en dix ans."
    )
    assert changed(span_findings(encoder, [UNION_COUNT], "fr", [derivative])) == []


@pytest.mark.parametrize(
    "language, text",
    [
        # a participle set off after its noun describes it: no one says anything
        ("fr", "Un projet de réfection du quai, estimé en 2021 à 30 millions d’euros, a été reporté deux fois."),
        ("es", "Un proyecto de reforma del muelle, estimado en 2021 en 30 millones de euros, fue aplazado dos veces."),
    ],
)
def test_a_participle_after_its_noun_is_no_attribution(language, text):
    from diptych.engine.attribution import _credits_someone, find_sources
    from diptych.engine.sentences import Span

    assert find_sources(Span(0, 0, len(text), text), language) == []
    assert not _credits_someone(text, language)


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("fr", "Le ministère a également estimé que le quai devait être refait.", "Le ministère"),
        ("fr", "Le quai doit être refait, a-t-il estimé.", "il"),
        ("fr", "Le quai doit être refait, a estimé jeudi le ministère.", "le ministère"),
        ("es", "El ministerio ha estimado que el muelle debe ser reformado.", "El ministerio"),
    ],
)
def test_a_participle_after_its_auxiliary_still_credits(language, text, phrase):
    from diptych.engine.attribution import find_sources
    from diptych.engine.sentences import Span

    assert [s.phrase.text for s in find_sources(Span(0, 0, len(text), text), language)] == [phrase]


@pytest.mark.slow
def test_a_statement_dropped_with_its_source_is_no_dropped_source(encoder):
    # what the source said went too: an omitted clause, not a claim stated as fact
    original = "The bridge, built by a Dutch firm in 1978, is insured for 9 million euros, but the council said its value to the valley could not be counted in money."
    derivative = "The bridge, built by a Dutch firm in 1978, is insured for 9 million euros."
    assert changed(span_findings(encoder, [original], "en", [derivative])) == []
