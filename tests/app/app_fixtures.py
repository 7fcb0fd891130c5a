"""Hand-built comparisons for the window tests (all text written for these tests).

They let the widgets be tested without the encoder: the links and findings are
what the engine would produce for these pairs, written out by hand.
"""

from __future__ import annotations

from diptych.engine.model import Article, Comparison, EngineInfo, Finding, Link, Segment

ENGLISH = """Harbour council approves tidal barrier

The council of Port Avel voted fourteen to nine on Tuesday to build a tidal barrier across the mouth of the old \
harbour, ending two years of argument about how to protect the lower town from winter storms.

The barrier will cost forty-eight million euros, most of it paid by the regional flood fund. Work is due to start \
next spring and to last three years, the council said in a statement after the vote.

Opponents say the barrier will trap silt and ruin the oyster beds north of the town. The fishermen's cooperative \
has asked for an independent study before any concrete is poured.

A public meeting on the building works will be held in March at the town hall, where residents can see the plans.
"""

FRENCH = """Port Avel adopte un barrage contesté

Le conseil de Port Avel a voté mardi, par quatorze voix contre neuf, la construction d'un barrage à l'entrée du \
vieux port, après deux ans de querelles sur la manière de protéger la ville basse des tempêtes d'hiver.

Les opposants affirment que l'ouvrage piégera la vase et détruira les parcs à huîtres au nord de la ville. La \
coopérative des pêcheurs demande une étude indépendante avant le premier coulage de béton.

Le barrage coûtera quarante-huit millions d'euros, en grande partie financés par le fonds régional contre les \
inondations. Les travaux doivent commencer au printemps prochain et durer trois ans.

Pour beaucoup d'habitants, ce vote marque la fin d'une époque pour le vieux port et pour ses pêcheurs, qui \
craignent de voir disparaître leur métier.
"""


ORIGINAL_EN = [
    ("Harbour council approves tidal barrier after long night of debate", False),
    ("The council of Port Avel voted 14 to 9 on Tuesday to build a tidal barrier across the mouth of the old harbour, "
     "ending two years of argument about how to protect the lower town from winter storms.", False),
    ("The barrier will cost 48 million euros, most of it paid by the regional flood fund. Work is due to start next "
     "spring and to last three years.", False),
    ("\u201cWe cannot ask the fish market to move every time the sea rises,\u201d said the mayor, Ines Marlow, after "
     "the vote. \u201cThis gives the harbour another century.\u201d", False),
    ("Opponents say the barrier will trap silt and ruin the oyster beds north of the town. The fishermen\u2019s "
     "cooperative has asked for an independent study before any concrete is poured.", False),
    ("Engineers from the regional office said the gates would stay open for all but a few days a year.", False),
    ("A public meeting on the building works will be held on 3 March at the town hall.", False),
    ("Share this article", True),
    ("Related: Storm damage in the lower town", True),
]

DERIVATIVE_FR = [
    ("Port Avel : un barrage contest\u00e9 adopt\u00e9 au milieu de la nuit", False),
    ("Le conseil de Port Avel aurait vot\u00e9 mardi, par 15 voix contre 9, la construction d\u2019un barrage "
     "\u00e0 l\u2019entr\u00e9e du vieux port, apr\u00e8s deux ans de querelles sur la protection de la ville basse.", False),
    ("Les opposants affirment que l\u2019ouvrage pi\u00e9gera la vase et d\u00e9truira les parcs \u00e0 hu\u00eetres au "
     "nord de la ville.", False),
    ("Le barrage co\u00fbtera 48 millions d\u2019euros, en grande partie financ\u00e9s par le fonds r\u00e9gional "
     "contre les inondations. Les travaux doivent commencer au printemps prochain.", False),
    ("\u00ab Nous ne pouvons pas demander au march\u00e9 aux poissons de d\u00e9m\u00e9nager \u00e0 chaque "
     "mar\u00e9e \u00bb, a d\u00e9clar\u00e9 la maire, Ines Marlow.", False),
    ("Pour beaucoup d\u2019habitants, ce vote marque la fin d\u2019une \u00e9poque pour le port.", False),
    ("Une r\u00e9union publique sur les travaux aura lieu le 3 mars \u00e0 la mairie.", False),
    ("Partager cet article", True),
]


def article(source: str, title: str, language: str, rows: list[tuple[str, bool]]) -> Article:
    segments = [Segment(i, text, boilerplate) for i, (text, boilerplate) in enumerate(rows)]
    return Article(
        source=source,
        title=title,
        language=language,
        text="\n\n".join(text for text, _ in rows),
        segments=segments,
        kind="text",
    )


def cross_language_comparison() -> Comparison:
    """An English original and a French rewrite that reorders, adds, drops and changes things."""
    o = article("original.en.txt", ORIGINAL_EN[0][0], "en", ORIGINAL_EN)
    d = article("rewrite.fr.txt", DERIVATIVE_FR[0][0], "fr", DERIVATIVE_FR)
    links = [
        Link([0], [0], 0.71),
        Link([1], [1], 0.86),
        Link([4], [2], 0.80),  # moved up: the opponents come before the cost
        Link([2], [3], 0.83),
        Link([3], [4], 0.77),
        Link([6], [6], 0.88),
    ]
    findings = [
        Finding("added", [], [5], None, DERIVATIVE_FR[5][0],
                "This paragraph has no counterpart in the original.", 0.9),
        Finding("omitted", [5], [], ORIGINAL_EN[5][0], None,
                "This paragraph of the original was left out of the derivative.", 0.85),
        Finding("number_changed", [1], [1], "14 to 9", "15 voix contre 9",
                "The vote count changed from 14 to 15.", 0.95),
        Finding("hedge_changed", [1], [1], "voted", "aurait vot\u00e9",
                "The derivative adds a hedge (\u201caurait\u201d) the original does not have.", 0.8),
        Finding("quote_changed", [3], [4],
                "\u201cWe cannot ask the fish market to move every time the sea rises,\u201d",
                "\u00ab Nous ne pouvons pas demander au march\u00e9 aux poissons de d\u00e9m\u00e9nager \u00e0 chaque mar\u00e9e \u00bb",
                "The quote was truncated: its second sentence is missing.", 0.7),
    ]
    return Comparison(o, d, links, findings, EngineInfo("test", "hand-built"))


SAME_ORIGINAL = [
    ("The bridge will reopen on Monday after three weeks of repairs, the city said.", False),
    ("Drivers should expect delays on the ring road until the end of the month.", False),
    ("The repairs cost 2.1 million, paid from the roads budget.", False),
]
SAME_DERIVATIVE = [
    ("The bridge will finally reopen on Monday after four weeks of repairs, the city said.", False),
    ("The repairs cost 2.1 million, paid from the roads budget.", False),
    ("Drivers should expect long delays on the ring road until the end of the month.", False),
]


def same_language_comparison() -> Comparison:
    """An English edit of an English article: a word changed, a word added, two paragraphs swapped."""
    o = article("bridge.txt", "Bridge reopens", "en", SAME_ORIGINAL)
    d = article("bridge-edit.txt", "Bridge reopens", "en", SAME_DERIVATIVE)
    links = [Link([0], [0], 0.93), Link([1], [2], 0.95), Link([2], [1], 0.99)]
    findings = [
        Finding("number_changed", [0], [0], "three weeks", "four weeks",
                "The length of the repairs changed from three weeks to four.", 0.9),
    ]
    return Comparison(o, d, links, findings, EngineInfo("test", "hand-built"))


def long_comparison(paragraphs: int = 60) -> Comparison:
    """A long same-order pair (for scrolling): paragraph i links to paragraph i."""
    rows_o = [(f"Paragraph {i} of the original report, with enough words to wrap onto a second line "
               f"in a pane of ordinary width, so that scrolling has somewhere to go.", False)
              for i in range(paragraphs)]
    rows_d = [(f"Paragraphe {i} de la reprise, avec assez de mots pour passer \u00e0 la ligne dans un "
               f"panneau de largeur ordinaire, pour que le d\u00e9filement ait de la place.", False)
              for i in range(paragraphs)]
    o = article("long.en.txt", "Long original", "en", rows_o)
    d = article("long.fr.txt", "Long derivative", "fr", rows_d)
    links = [Link([i], [i], 0.85) for i in range(paragraphs)]
    return Comparison(o, d, links, [], EngineInfo("test", "hand-built"))
