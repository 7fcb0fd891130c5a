"""Who "she said" stands for when a document is brought in as a source between.

"X, a mother of two, said a note on a home visit described her as …. '…,' she said.":
"described" makes the note a source, but a note is no person a later "she" can be; the
pronoun is still the named speaker before it. Pure text tests.
"""

import pytest

from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import sentence_spans


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Anna Holm, a teacher in Aarhus, said a note on a school visit in May described her as shouting at a "
            'pupil. "Nobody had asked me what happened," she said.',
        ),
        (
            "en",
            "Anna Holm, a teacher in Aarhus, said a short statement from the school described her as shouting at a "
            'pupil. "Nobody had asked me what happened," she said.',
        ),
    ],
)
def test_a_pronoun_after_a_document_source_stands_for_the_named_speaker(language, text):
    quotes = find_quotes(list(sentence_spans(0, text, language)), language, {0: text})
    assert [(q.speaker.span.text if q.speaker else None, q.referent) for q in quotes] == [("Anna Holm", None)]


def test_a_pronoun_after_an_unnamed_person_stands_for_that_person():
    text = (
        "Anna Holm, a teacher in Aarhus, said a senior inspector described her as shouting at a pupil. "
        '"Nobody had asked me what happened," he said.'
    )
    quotes = find_quotes(list(sentence_spans(0, text, "en")), "en", {0: text})
    assert quotes[0].referent is not None and quotes[0].referent.phrase.text == "a senior inspector"
