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
