"""Who "he said" stands for when the speaker's description names a party or a body.

"Jonas Brandt, who leads the opposition Green Coast group on the council, said ….
'…,' he said.": the group's name sits inside the description of the speaker (a relative
clause or an apposition after his name), so it is no second person the pronoun could
stand for; the quote is surely Brandt's. Pure text tests, invented sentences.
"""

import pytest

from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import sentence_spans


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        (
            "en",
            "Jonas Brandt, who leads the opposition Green Coast group on the council, said the plan was rushed. "
            '"Nobody asked the people who live here," he said.',
            "Jonas Brandt",
        ),
        (
            "en",
            "Lena Moritz, a councillor for the local party Nordhafen Jetzt, said the plan was rushed. "
            '"Nobody asked the people who live here," she said.',
            "Lena Moritz",
        ),
        (
            "en",
            "The plan was rushed, said Lena Moritz, who chairs the residents' association Hafen Zukunft. "
            '"Nobody asked the people who live here," she said.',
            "Lena Moritz",
        ),
        (
            "fr",
            "Lena Moritz, qui dirige l'association de riverains Hafen Zukunft, a déclaré que le projet était précipité. "
            "« Personne n'a demandé leur avis aux habitants », a-t-elle ajouté.",
            "Lena Moritz",
        ),
    ],
)
def test_a_name_inside_the_speakers_description_is_no_other_candidate(language, text, speaker):
    quotes = find_quotes(list(sentence_spans(0, text, language)), language, {0: text})
    assert [(q.speaker.span.text if q.speaker else None, q.pinned) for q in quotes] == [(speaker, True)]


def test_two_people_named_side_by_side_still_leave_the_pronoun_a_guess():
    text = (
        "Jonas Brandt and Lena Moritz, two councillors, said the plan was rushed. "
        '"Nobody asked the people who live here," she said.'
    )
    quotes = find_quotes(list(sentence_spans(0, text, "en")), "en", {0: text})
    assert not quotes[0].pinned


# The quote a pronoun pins to a named speaker, given to an unnamed person of another role.

from diptych.engine.model import Article, Link, Segment  # noqa: E402
from diptych.engine.spans import find_span_findings  # noqa: E402

TITLE = "Register office raises certificate fees"
ORIGINAL = (
    "Jonas Brandt, an opposition councillor for the local party Green Coast, said the new fees would hit families on "
    'low incomes hardest. "A birth certificate should not cost a week\'s shopping," he said.'
)
GIVEN_AWAY = {
    "en": (
        "Jonas Brandt, an opposition councillor for the local party Green Coast, said the new fees would hit families "
        'on low incomes hardest. "A birth certificate should not cost a week\'s shopping," said a father who had '
        "queued for two hours at the counter."
    ),
    "fr": (
        "Jonas Brandt, conseiller d'opposition du parti local Green Coast, a déclaré que les nouveaux tarifs frapperaient "
        "d'abord les familles modestes. « Un acte de naissance ne devrait pas coûter une semaine de courses », a "
        "déclaré un père qui avait fait la queue deux heures au guichet."
    ),
}
KEPT = {
    "en": ORIGINAL,
    "fr": (
        "Jonas Brandt, conseiller d'opposition du parti local Green Coast, a déclaré que les nouveaux tarifs frapperaient "
        "d'abord les familles modestes. « Un acte de naissance ne devrait pas coûter une semaine de courses », "
        "a-t-il déclaré."
    ),
}


def _article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def _kinds(encoder, derivative: str, language: str) -> list[str]:
    o = _article("en", [TITLE, ORIGINAL])
    d = _article(language, [TITLE, derivative])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    return sorted(f.kind for f in findings if f.kind.startswith("quote") or f.kind == "attribution_changed")


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(GIVEN_AWAY))
def test_a_pinned_pronouns_quote_given_to_an_unnamed_person_of_another_role_is_misattributed(encoder, language):
    assert "quote_misattributed" in _kinds(encoder, GIVEN_AWAY[language], language)


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(KEPT))
def test_the_pronoun_kept_is_no_misattribution(encoder, language):
    assert _kinds(encoder, KEPT[language], language) == []
