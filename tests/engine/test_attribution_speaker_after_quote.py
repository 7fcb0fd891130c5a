"""The speaker after a closing quotation mark: verb, then a description, then the name.

"«…», ha detto il capogruppo dei Verdi, Jonas X" credits the group leader named after
the comma, in every language; an Italian article (il, lo, gli, i) opens the speaker
as « le », „der“ and « el » do.
"""

import re

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span


def speakers(text: str, language: str):
    quoted = [(m.start(), m.end()) for m in re.finditer(r"[«„\"][^»“\"]*[»“\"]", text)]
    return [(s.phrase.text, [n.span.text for n in s.names]) for s in find_sources(Span(0, 0, len(text), text), language, quoted)]


@pytest.mark.parametrize(
    "text, language, phrase, name",
    [
        ("«Il ponte non regge», ha detto il portavoce dei Liberali, Marco Ferri.", "it", "il portavoce dei Liberali, Marco Ferri", "Marco Ferri"),
        ("«Il ponte non regge», ha dichiarato lo storico della città, Carlo Neri.", "it", "lo storico della città, Carlo Neri", "Carlo Neri"),
        ("« Le pont ne tient pas », a déclaré le président du groupe, Paul Lenoir.", "fr", "le président du groupe, Paul Lenoir", "Paul Lenoir"),
        ("„Die Brücke hält nicht“, sagte der Fraktionschef der Liberalen, Jan Weber.", "de", "der Fraktionschef der Liberalen, Jan Weber", "Jan Weber"),
        ("«El puente no aguanta», dijo el portavoz del grupo, Pablo Serra.", "es", "el portavoz del grupo, Pablo Serra", "Pablo Serra"),
        ('"The bridge will not hold," said the group\'s leader, Tom Baker.', "en", "the group's leader, Tom Baker", "Tom Baker"),
    ],
)
def test_speaker_after_quote_is_description_then_name(text, language, phrase, name):
    (found,) = speakers(text, language)
    assert found[0] == phrase
    assert name in found[1]


def test_italian_plural_article_opens_the_speaker():
    assert speakers("«Il ponte non regge», hanno detto gli abitanti del quartiere.", "it") == [
        ("gli abitanti del quartiere", [])
    ]


def test_french_pronoun_after_verb_stays_a_pronoun():
    text = "« Le pont ne tient pas », a dit il y a deux jours le maire."
    assert all(not p.startswith("il ") for p, _ in speakers(text, "fr"))
