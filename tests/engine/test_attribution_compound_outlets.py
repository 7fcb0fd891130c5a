"""Attribution: a German outlet whose name is one compound ending in a word for a
newspaper ("Abendpost", "Morgenblatt", "Landeszeitung", "Tagesspiegel") is an outlet
like "the Evening Post": a source that told it, and a derivative that drops it or makes
it "a local newspaper", changes who the words were given to.

Pure text tests except the end-to-end ones marked slow; every sentence is written for
these tests.
"""

import pytest

from diptych.engine.attribution import credited_outlet, find_sources
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings


def outlets(text: str, language: str) -> list[str]:
    sentence = Span(0, 0, len(text), text)
    found = [credited_outlet(s, sentence) for s in find_sources(sentence, language)]
    return [o.span.text for o in found if o is not None]


@pytest.mark.parametrize(
    "language, text, outlet",
    [
        ("en", "His sister told the Velmarer Abendpost that the bridge had been shaking for days.", "Velmarer Abendpost"),
        ("en", "The caretaker told the Ostheimer Morgenblatt that the boiler was forty years old.", "Ostheimer Morgenblatt"),
        ("fr", "Sa sœur a déclaré à la Velmarer Landeszeitung que le pont tremblait depuis des jours.", "Velmarer Landeszeitung"),
        # German reads the capitalised adjective as a noun of its own: the compound is named
        ("de", "Ihre Schwester sagte dem Velmarer Tagesspiegel, die Brücke habe tagelang gewackelt.", "Tagesspiegel"),
    ],
)
def test_a_compound_newspaper_name_is_an_outlet(language, text, outlet):
    assert outlets(text, language) == [outlet]


@pytest.mark.parametrize(
    "text",
    [
        # a word that merely ends like a newspaper's is no outlet
        "His sister told the Velmar Hauptbahnhof staff that the bridge had been shaking.",
        "His sister told the Velmarer Bürgermeister that the bridge had been shaking for days.",
    ],
)
def test_other_compounds_are_no_outlet(text):
    assert outlets(text, "en") == []


ORIGINAL = [
    "The bridge over the Velma was closed on Friday after engineers found a crack in one of its piers.",
    "A woman who lives beside it told the Velmarer Abendpost that the deck had been shaking for days before the closure.",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, changed",
    [
        ("en", [ORIGINAL[0], "A woman who lives beside it told a local newspaper that the deck had been shaking for days before the closure."], True),
        ("fr", ["Le pont sur la Velma a été fermé vendredi après que des ingénieurs ont découvert une fissure dans l’une de ses piles.",
                "Une riveraine a déclaré que le tablier tremblait depuis des jours avant la fermeture."], True),
        ("fr", ["Le pont sur la Velma a été fermé vendredi après que des ingénieurs ont découvert une fissure dans l’une de ses piles.",
                "Une riveraine a déclaré à la Velmarer Abendpost que le tablier tremblait depuis des jours avant la fermeture."], False),
    ],
)
def test_a_compound_outlet_dropped_or_made_vague_is_reported(encoder, language, derivative, changed):
    found = attribution_findings(encoder, ORIGINAL, language, derivative)
    assert bool(found) == changed, found
    if changed:
        assert "Velmarer Abendpost" in (found[0].original_text or "")
