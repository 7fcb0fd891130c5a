"""A pronoun that stands for the same unnamed person on both sides credits one speaker.

"A steward who …, and who asked not to be named, said …. '…,' he said." A translation
renders the description with a word the encoder reads loosely (a "steward" is « un
commissaire », „ein Ordner“); where each side's pronoun stands for the person its
sentence brought in, and those two sentences render one another, the quote keeps its
speaker, whatever the role words: a changed description is the attribution's matter.
And "one of them" (« l’une d’elles », „eine von ihnen“) after a group names no role of its
own: it is one of the people said before, no one else.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Stadium gates opened late, fans say",
    "fr": "Les portes du stade ont ouvert en retard, selon des supporters",
    "de": "Stadiontore öffneten zu spät, sagen Fans",
    "es": "Las puertas del estadio abrieron tarde, según aficionados",
}
LEAD = {
    "en": "Hundreds of fans waited outside the Lindholm stadium for more than an hour on Saturday.",
    "fr": "Des centaines de supporters ont attendu plus d’une heure samedi devant le stade de Lindholm.",
    "de": "Hunderte Fans warteten am Samstag mehr als eine Stunde vor dem Lindholm-Stadion.",
    "es": "Cientos de aficionados esperaron más de una hora el sábado ante el estadio de Lindholm.",
}
ORIGINAL = [
    "A volunteer who worked at the north gate, and who asked not to be named because the club had told staff "
    "not to talk to reporters, said the scanners had failed before kick-off. "
    '"We were letting people in by hand," she said.'
]


def quote_kinds(encoder, language: str, derivative: str) -> list[str]:
    found = headed_findings(encoder, TITLE, LEAD, ORIGINAL, language, [derivative])
    return [f.kind for f in found if f.kind.startswith("quote")]


@pytest.mark.parametrize(
    "language, derivative",
    [
        (
            "de",
            "Eine Helferin, die am Nordtor arbeitete und nicht genannt werden wollte, weil der Verein den Mitarbeitern "
            "untersagt hatte, mit Reportern zu sprechen, sagte, die Scanner seien vor dem Anpfiff ausgefallen. "
            "„Wir haben die Leute von Hand eingelassen“, sagte sie.",
        ),
        (
            "es",
            "Una voluntaria que trabajaba en la puerta norte, y que pidió no ser identificada porque el club había "
            "prohibido al personal hablar con los periodistas, dijo que los escáneres habían fallado antes del "
            "inicio. «Dejábamos entrar a la gente a mano», dijo.",
        ),
    ],
)
def test_a_pronoun_for_the_unnamed_person_of_a_rendered_sentence_is_the_same_speaker(encoder, language, derivative):
    assert quote_kinds(encoder, language, derivative) == []


def test_one_of_a_group_said_before_is_no_other_person(encoder):
    derivative = (
        "Les hôtesses de la porte nord, à qui le club avait interdit de parler aux journalistes, racontent que les "
        "scanners sont tombés en panne avant le coup d’envoi. « On faisait entrer les gens à la main », a déclaré "
        "l’une d’elles."
    )
    assert quote_kinds(encoder, "fr", derivative) == []


def test_a_quote_after_one_with_no_known_source_does_not_go_back_to_an_earlier_speaker():
    """ "…," sniffed Karin Olsen (a verb no list holds). "…." The second quoted sentence
    continues the first, whose speaker is not known: it is not the last speaker the
    article did know (another paragraph's Tomas Berg)."""
    from diptych.engine.quotes import find_quotes
    from diptych.engine.sentences import sentence_spans

    paragraphs = [
        '"We will appeal the ruling," Tomas Berg told reporters outside the court.',
        '"The rules on labels have been clear for years," sniffed Karin Olsen, who chairs the growers\' board. '
        '"Nobody is above them."',
    ]
    sentences = [s for i, p in enumerate(paragraphs) for s in sentence_spans(i, p, "en")]
    quotes = find_quotes(sentences, "en", dict(enumerate(paragraphs)))
    last = [q for q in quotes if q.span.text.startswith("Nobody")]
    assert last and (last[0].speaker is None or last[0].speaker.span.text != "Tomas Berg")
