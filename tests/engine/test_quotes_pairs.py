"""Which quote of the derivative renders which of the original, and what is reported for it.

One row per behaviour: an English paragraph, its rendering, and the quote findings that
must come out (kind, original text, derivative text). Faithful renderings must come out
clean.
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLES = {
    "en": "Valley bridge opens to traffic",
    "fr": "Le pont de la vallée ouvert à la circulation",
    "es": "El puente del valle abre al tráfico",
    "de": "Brücke im Tal für den Verkehr freigegeben",
}
BRIDGE = (
    "Mayor Lena Hartmann opened the new bridge on Saturday after four years of works. "
    '"This bridge belongs to every family in the valley," she told the crowd.'
)
HARBOUR = (
    "Harbour director Jonas Weber said traffic would resume on Monday. "
    '"We lost four days, but not a single ship," he said.'
)
HARBOUR_FR = (
    "Le directeur du port, Jonas Weber, a indiqué que le trafic reprendrait lundi. "
    "« Nous avons perdu quatre jours, mais pas un seul navire », {attribution}."
)

ROAD = (
    "Harbour director Jonas Weber met the engineers on Monday. "
    '"We did not close the road on a whim; we closed it because of what the engineers found under the deck," he said.'
)
ROAD_FR = (
    "Le directeur du port, Jonas Weber, a rencontré lundi les ingénieurs. « Ce n’est pas un caprice : la route "
    "est fermée à cause de ce que les ingénieurs ont trouvé sous le tablier », {attribution}."
)
LAWYER = (
    "Harbour director Jonas Weber denied any negligence through his lawyer, who said the port had "
    '"followed every safety rule it was given".'
)

OVERSPEND = (
    "The council leader, Marta Olsen, said she had learned of the overspend from the auditors. "
    '"If anyone hid these costs, they did it behind my back, and they will answer for it," she said.'
)

CASES = [
    pytest.param(
        BRIDGE, "fr",
        "La maire Lena Hartmann a inauguré samedi le nouveau pont après quatre ans de travaux. "
        "« Ce pont appartient à chaque famille de la vallée », a-t-elle déclaré à la foule.",
        [],
        id="faithful translation",
    ),
    # An original quote rendered faithfully is that rendering's: a new quote beside it,
    # from another speaker, is an added quote, not the first one reworded.
    pytest.param(
        OVERSPEND, "fr",
        "La présidente du conseil, Marta Olsen, a déclaré avoir appris le dépassement par les auditeurs. "
        "« Si quelqu’un a caché ces coûts, il l’a fait dans mon dos, et il devra en répondre », a-t-elle déclaré. "
        "Le chef de l’opposition, Per Lund, a réclamé sa démission. "
        "« Toute la ville sait qui décide vraiment dans cette mairie, et ce n’est pas elle », a-t-il ajouté.",
        [("quote_added", None, "Toute la ville sait qui décide vraiment dans cette mairie, et ce n’est pas elle")],
        id="a new quote beside a faithful one",
    ),
    pytest.param(
        BRIDGE, "fr",
        "La maire Lena Hartmann a inauguré samedi le nouveau pont après quatre ans de travaux. "
        "« Ceux qui s’y opposaient devront s’excuser », a-t-elle lancé à la foule.",
        [("quote_changed", "This bridge belongs to every family in the valley", "Ceux qui s’y opposaient devront s’excuser")],
        id="a new quote in the sentence that renders the original's is that quote reworded, not added and dropped",
    ),
    pytest.param(
        BRIDGE, "en",
        "Mayor Lena Hartmann opened the new bridge on Saturday after four years of works. "
        '"Those who fought it owe us an apology," she told the crowd.',
        [("quote_changed", "This bridge belongs to every family in the valley", "Those who fought it owe us an apology")],
        id="the same in one language",
    ),
    pytest.param(
        HARBOUR, "fr", HARBOUR_FR.format(attribution="a déclaré la ministre des Transports, Clara Janssen"),
        [("quote_misattributed", "Jonas Weber", "la ministre des Transports, Clara Janssen")],
        id="'he said' after the one person of its paragraph is that person: given to another, misattributed",
    ),
    pytest.param(HARBOUR, "fr", HARBOUR_FR.format(attribution="a-t-il déclaré"), [], id="'he said' both sides"),
    pytest.param(HARBOUR, "fr", HARBOUR_FR.format(attribution="a déclaré M. Weber"), [], id="'he' named"),
    pytest.param(
        "Harbour director Jonas Weber met Transport Minister Clara Janssen on Monday. "
        '"We lost four days, but not a single ship," she said.',
        "fr",
        "Le directeur du port, Jonas Weber, a rencontré lundi la ministre des Transports, Clara Janssen. "
        "« Nous avons perdu quatre jours, mais pas un seul navire », a déclaré Clara Janssen.",
        [],
        id="'she said' after two people is a guess: naming one of them accuses nobody",
    ),
    pytest.param(
        ROAD, "fr", ROAD_FR.format(attribution="a assuré Clara Janssen, la présidente du conseil régional"),
        [("quote_misattributed", "Jonas Weber", "Clara Janssen, la présidente du conseil régional")],
        id="a loose rendering that is its original's best match both ways is that quote: given to another, misattributed",
    ),
    pytest.param(ROAD, "fr", ROAD_FR.format(attribution="a-t-il assuré"), [], id="the same loose rendering, 'he said' both sides"),
    pytest.param(
        HARBOUR.replace("he said", "he told reporters"), "es",
        "El director del puerto, Jonas Weber, dijo que el tráfico se reanudaría el lunes. "
        "«Perdimos cuatro días, pero ni un solo barco», declaró a la prensa.",
        [],
        id="a verb without a subject (Spanish) credits nobody else",
    ),
    pytest.param(
        "The ferry company said it would review its timetables and that it had \"every confidence\" in its captains.",
        "fr",
        "Dans un communiqué, la compagnie de ferry annonce qu'elle réexaminera ses horaires, et assure avoir "
        "« toute confiance » en ses capitaines.",
        [],
        id="a conjunction before the quote is not a speaker the quote was given to",
    ),
    pytest.param(
        LAWYER, "fr",
        "Par la voix de son avocat, le directeur du port, Jonas Weber, rejette toute négligence : le port a "
        "« respecté chaque règle de sécurité qui lui était imposée », assure son conseil.",
        [],
        id="a role that names nobody ('son conseil') beside the original's speaker in the quote's sentence: not another speaker",
    ),
    pytest.param(
        LAWYER, "de",
        "Hafendirektor Jonas Weber wies über seinen Anwalt jede Fahrlässigkeit zurück; dieser erklärte, der Hafen "
        "habe „jede Sicherheitsregel eingehalten, die ihm vorgegeben war“.",
        [],
        id="a demonstrative ('dieser') is no speaker of its own",
    ),
    pytest.param(
        LAWYER, "fr",
        "Le directeur du port, Jonas Weber, a rejeté toute négligence par l’intermédiaire de son avocat, qui a "
        "affirmé que le port avait « respecté chaque règle de sécurité qui lui était imposée ».",
        [],
        id="a relative pronoun ('son avocat, qui') is no speaker of its own",
    ),
    pytest.param(
        '"We owe the valley an apology," its director, Jonas Weber, said in a statement.', "en",
        '"We owe the valley an apology," Jonas Weber, its director, said in a statement.',
        [],
        id="a role description after the same named speaker ('its director') is that speaker",
    ),
]


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.parametrize("original, language, derivative, expected", CASES)
def test_quote_findings(encoder, original, language, derivative, expected):
    o = article("en", [TITLES["en"], original])
    d = article(language, [TITLES[language], derivative])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    quotes = [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")]
    assert quotes == expected
