"""A quote's speaker is not read from the sentence after it.

'« Nous avons tout perdu, réagit X, maire du bourg. Personne ne nous a écoutés. » La
commune va faire appel : selon elle, …': the second sentence of the quote closes with a full
stop, and the next sentence reports what someone else thinks (« selon elle », 'in its
view', „nach ihrer Ansicht“). That pronoun is the next sentence's source, not the quote's:
the quote stays with the speaker its own incise names.

« réagit X » is the incise of French news copy for a reaction (« …, réagit le maire »), as
« explique » or « affirme » are: the name in it is outside the quoted words, so a later
« a-t-il ajouté » stands for that person.
"""

from __future__ import annotations

import pytest

from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import sentence_spans


LATER = [
    pytest.param(
        "fr",
        "« Nous avons tout perdu, réagit Paul Girard, maire du bourg. Personne ne nous a écoutés. » "
        "La commune va faire appel devant le tribunal : selon elle, le permis est illégal.",
        id="fr: réagit X … . » La commune … : selon elle",
    ),
    pytest.param(
        "fr",
        "« Nous avons tout perdu, explique Paul Girard, maire du bourg. Personne ne nous a écoutés. » "
        "L’association d’Anne Roux va faire appel : selon elle, le permis est illégal.",
        id="fr: explique X … . » L’association d’Y … : selon elle",
    ),
    pytest.param(
        "en",
        '"We have lost everything," said Paul Grant, the mayor of the town. "Nobody listened to us." '
        "The council led by Anne Rowe will appeal, and she said the permit was unlawful.",
        id="en: … us.\" The council will appeal, and she said",
    ),
    pytest.param(
        "de",
        "„Wir haben alles verloren“, sagte Paul Gruber, Bürgermeister des Ortes. „Niemand hat uns zugehört.“ "
        "Die Gemeinde von Anna Roth will Berufung einlegen; sie sagte, die Genehmigung sei rechtswidrig.",
        id="de: … zugehört.“ Die Gemeinde … ; sie sagte",
    ),
    pytest.param(
        "es",
        "«Lo hemos perdido todo», dijo Pablo Ruiz, alcalde del pueblo. «Nadie nos escuchó.» "
        "El ayuntamiento de Ana Ríos recurrirá la decisión y, según ella, el permiso es ilegal.",
        id="es: … escuchó.» El ayuntamiento … según ella",
    ),
]


@pytest.mark.parametrize("language, text", LATER)
def test_a_source_in_the_next_sentence_does_not_say_the_quote(language, text):
    quotes = find_quotes(sentence_spans(0, text, language), language, {0: text})
    assert quotes, "no quote found"
    for q in quotes:
        assert q.speaker is not None, q.span.text
        assert q.speaker.span.text.split()[-1] in {"Girard", "Grant", "Gruber", "Ruiz"}, (q.span.text, q.speaker.span.text)


@pytest.mark.parametrize(
    "text",
    [
        "« Nous avons tout perdu, réagit Paul Girard, maire du bourg. Personne ne nous a écoutés. »",
        "« C’est une trahison, réagit la présidente de l’association, Claire Vasseur. Nous irons en appel. »",
    ],
)
def test_reagit_is_an_incise(text):
    quotes = find_quotes(sentence_spans(0, text, "fr"), "fr", {0: text})
    assert len(quotes) == 2
    assert all("réagit" not in q.span.text for q in quotes)


NO_INCISE = [
    pytest.param(
        "fr",
        "Le maire, Paul Girard, a réuni le conseil lundi. « Nous avons tout perdu. Personne ne nous a écoutés. » "
        "L’association d’Anne Roux va faire appel : selon elle, le permis est illégal.",
        id="fr: « … écoutés. » L’association d’Y … : selon elle",
    ),
    pytest.param(
        "en",
        'The mayor, Paul Grant, met the council on Monday. "We have lost everything. Nobody listened to us." '
        "The group led by Anne Rowe will appeal; in her view, the permit was unlawful.",
        id="en: \"… us.\" The group led by Y …; in her view",
    ),
]


@pytest.mark.parametrize("language, text", NO_INCISE)
def test_a_pronoun_in_the_next_sentence_is_not_the_quotes_speaker(language, text):
    quotes = find_quotes(sentence_spans(0, text, language), language, {0: text})
    assert quotes
    for q in quotes:
        assert q.speaker is None or q.speaker.span.text.split()[-1] not in {"Roux", "Rowe"}, q.speaker.span.text


@pytest.mark.parametrize(
    "language, text",
    [
        pytest.param(
            "fr",
            "Le maire, Paul Girard, a réuni le conseil. « Nous avons tout perdu, grince Paul Girard. Personne ne "
            "nous a écoutés. » L’association d’Anne Roux va faire appel : selon elle, le permis est illégal.",
            id="fr: an incise verb no list has, then « … écoutés. » … selon elle",
        ),
        pytest.param(
            "fr",
            "« Nous avons tout perdu. » Le village va faire appel : selon lui, le permis est illégal.",
            id="fr: « … perdu. » Le village … selon lui",
        ),
        pytest.param(
            "de",
            "„Wir haben alles verloren.“ Die Gemeinde von Anna Roth will Berufung einlegen, sagte sie.",
            id="de: „… verloren.“ Die Gemeinde …, sagte sie",
        ),
    ],
)
def test_the_quote_does_not_take_the_next_sentences_pronoun(language, text):
    quotes = find_quotes(sentence_spans(0, text, language), language, {0: text})
    assert quotes
    last = quotes[-1]
    assert last.source is None or not last.source.pronoun, last.source.phrase.text
