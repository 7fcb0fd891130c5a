"""A place named in an unnamed speaker's description is nobody "he" stands for, and a
French reporting clause in « rapporte X » cuts the quote it sits in.

"A ranger who has worked in the Pyrenees for years said …. '…,' he said": "he" is the
ranger, not "Pyrenees", a name after a locative preposition (in, dans, im, nel, sobre…).
« …, rapporte Inès Vidal, qui dirige … . Ce n'est … »: "rapporte", like « raconte », sets
the writer's words inside the guillemets. Pure text tests.
"""

import pytest

from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import sentence_spans


def _quotes(language: str, text: str, before: str = ""):
    texts = [before, text] if before else [text]
    sentences = [s for i, t in enumerate(texts) for s in sentence_spans(i, t, language)]
    return find_quotes(sentences, language, dict(enumerate(texts)))


_EARLIER = {
    "en": "Two hikers were rescued in the High {} on Saturday.",
    "fr": "Deux randonneurs ont été secourus samedi dans les Hauts {}.",
    "de": "Zwei Wanderer wurden am Samstag in den Hohen {} gerettet.",
    "es": "Dos excursionistas fueron rescatados el sábado en los Altos {}.",
}


@pytest.mark.parametrize(
    "language, text, described",
    [
        (
            "en",
            "A ranger who has worked in the Pyrenees for more than ten years, and who asked not to be named, said "
            'the snow had been drifting since Monday. "Anyone on the ridge could see the slabs forming," he said.',
            "A ranger",
        ),
        (
            "fr",
            "Depuis lundi, la neige s'accumulait, affirme un garde qui travaille dans les Pyrénées depuis plus de dix "
            "ans et a requis l'anonymat. « Il suffisait de regarder la crête pour le voir », dit-il.",
            "un garde",
        ),
        (
            "de",
            "Ein Bergführer, der seit zehn Jahren in den Dolomiten arbeitet und nicht genannt werden wollte, sagte, der "
            "Wind habe seit Montag Schnee verfrachtet. „Jeder auf dem Grat konnte es sehen“, sagte er.",
            "Ein Bergführer",
        ),
        (
            "es",
            "Un guía que trabaja en los Pirineos desde hace diez años, y que pidió no ser identificado, dijo que el "
            "viento cargaba las laderas desde el lunes. «Cualquiera en la cresta podía verlo», dijo.",
            None,
        ),
    ],
)
@pytest.mark.parametrize("earlier", [False, True])
def test_a_place_after_a_locative_preposition_is_not_the_pronoun_s_speaker(language, text, described, earlier):
    # named before (the range in a headline or a lead), the place is a known name: still no speaker
    place = next(p for p in ("Pyrenees", "Pyrénées", "Dolomiten", "Pirineos") if p in text)
    quotes = _quotes(language, text, _EARLIER[language].format(place) if earlier else "")
    assert quotes, text
    q = quotes[-1]
    assert q.speaker is None or q.speaker.span.text not in ("Pyrenees", "Pyrénées", "Dolomiten", "Pirineos")
    if described is not None and q.referent is not None:
        assert q.referent.phrase.text.startswith(described)


def test_rapporte_sets_a_reporting_clause_inside_the_guillemets():
    text = (
        "« Plusieurs familles nous ont dit qu'elles n'appelaient plus, parce que personne ne venait, rapporte Inès "
        "Vidal, qui dirige le service d'inspection. Ce n'est acceptable nulle part. »"
    )
    quotes = _quotes("fr", text)
    texts = [q.span.text for q in quotes]
    assert not any("Inès Vidal" in t for t in texts), texts
    assert any(t.startswith("Plusieurs familles") for t in texts)
    assert any(t.startswith("Ce n'est acceptable") for t in texts)
