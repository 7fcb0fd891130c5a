"""Adverbs of manner a rewrite puts on a verb: "hastily closed", « a sommairement retiré ».

A slanted rewrite judges an act by how it says it was done: the authority "summarily"
revoked a licence, the council "quietly" approved, the firm « a hâtivement fermé ». No
list holds every such adverb, but an adverb stands in a place a grammar can read (between
an auxiliary and its participle, right before a past participle, after "was"), and what
is closed is the other side: the adverbs that say when, how often, how much or how surely
a thing happened, which a faithful rendering carries over or adds without judging. So an
adverb in that place that is not one of those, in a sentence rendering a source sentence
that has no adverb of its own, is a judgement the source did not make.
"""

from __future__ import annotations

import re

from diptych.engine.groups import Context
from diptych.engine.lexicons import pattern
from diptych.engine.model import Finding
from diptych.engine.sentences import Span

_FR_LETTERS = r"a-zàâçéèêëîïôûùüÿœ"
PLACES: dict[str, list[re.Pattern[str]]] = {
    "en": [
        # 'was hastily closed', 'has quietly dropped', 'summarily revoked'
        re.compile(
            r"\b(?:has|have|had|was|were|is|are|be|been|being|will|would|could|should|must|may|might)\s+"
            r"(?P<adv>[a-z]{3,}ly)\s+(?=[a-z]+(?:ed|en|wn|ung|ought|aught|ept|ost|elt|ade|id|ut|et)\b)"
        ),
        # (not an adjective's: 'a hastily assembled team')
        re.compile(
            r"(?<!\b(?:is|as|so|to|be|an)\s)(?<!\ba\s)(?<!\bthe\s)(?<!\b(?:its|his|her)\s)(?<!\btheir\s)"
            r"\b(?P<adv>[a-z]{3,}ly)\s+(?=[a-z]{3,}ed\b)",
            re.IGNORECASE,
        ),
    ],
    "fr": [
        # « a hâtivement fermé », « a été sommairement retiré »
        re.compile(
            rf"\b(?:a|ont|avait|avaient|aura|auront|avoir|est|sont|était|étaient|été|être)\s+"
            rf"(?P<adv>[{_FR_LETTERS}]{{3,}}ment)\s+(?=[{_FR_LETTERS}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ts)\b)"
            # (not an adjective in -ant / -ent: « profondément préoccupants » is a degree on a
            # quality, "deeply troubling", not the manner of an act)
            rf"(?![{_FR_LETTERS}]+(?:ant|ante|ants|antes|ent|ente|ents|entes)\b)"
        ),
        # « avait écoulé frauduleusement les stocks »: after the participle, before its object
        # (an adverb that ends the clause or opens a complement, « a agi correctement », « a
        # freiné brutalement », « délivrés conformément au plan », completes the verb's sense)
        re.compile(
            rf"\b(?:a|ont|avait|avaient|aura|auront|avoir)\s+(?!été\b)"
            rf"[{_FR_LETTERS}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ts)\s+"
            rf"(?P<adv>[{_FR_LETTERS}]{{3,}}ment)\s+(?=(?:les?|la|l['’]|une?|des|ses|son|sa|leurs?|ces?|cette|cet)\b)"
        ),
    ],
    "es": [
        re.compile(r"\b(?:ha|han|había|habían|fue|fueron|ha\s+sido|han\s+sido)\s+(?P<adv>\w{3,}mente)\s+(?=\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha)\b)"),
        re.compile(r"\b(?P<adv>\w{3,}mente)\s+(?=\w+(?:ó|aron|ieron)\b)"),
        re.compile(r"\b(?:ha|han|había|habían)\s+\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+(?P<adv>\w{3,}mente)\s+(?=(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas)\b)"),
    ],
    "it": [
        re.compile(r"\b(?:ha|hanno|aveva|avevano|è|sono|è\s+stat[oa]|sono\s+stat[ie])\s+(?P<adv>\w{3,}mente)\s+(?=\w+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite|so|sa|si|se|to|ta|ti|te)\b)"),
        re.compile(r"\b(?:ha|hanno|aveva|avevano)\s+\w+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)\s+(?P<adv>\w{3,}mente)\s+(?=(?:il|lo|la|i|gli|le|l['’]|un|uno|una|suo|sua|suoi|sue|loro|questo|questa|questi|queste)\b)"),
    ],
}
"""Where an adverb stands on a verb, in the languages whose adverbs a form shows."""

_ANY = {"en": r"[a-z]{3,}ly", "fr": rf"[{_FR_LETTERS}]{{3,}}ment", "es": r"\w{3,}mente", "it": r"\w{3,}mente"}
"""An adverb's form anywhere in a sentence (French nouns in -ment count too: the source
side errs towards quiet)."""


def manner_adverbs(span: Span, language: str) -> list[Span]:
    """The adverbs of ``span`` standing on a verb that say how it was done (not when, how
    often, how much or how surely: the ``adverbs`` lexicon's neutral ones)."""
    from diptych.engine.loaded_terms import MARKED

    quoted = [(m.start(), m.end()) for m in MARKED.finditer(span.text)]
    found: list[Span] = []
    for regex in PLACES.get(language, ()):
        for m in regex.finditer(span.text):
            if any(a < m.start("adv") < b for a, b in quoted):
                continue  # the speaker's own word, which the quote analysis compares
            word = span.sub(m.start("adv"), m.end("adv"))
            if not neutral_adverb(word.text, language) and not any(w.overlaps(word) for w in found):
                found.append(word)
    return found


def neutral_adverb(word: str, language: str) -> bool:
    """Whether an adverb says when, how often, how much or how surely, not how."""
    neutral = pattern("adverbs", language, "")
    return neutral is not None and neutral.fullmatch(word) is not None


_DEGREE = {
    "en": r"too (?:little|much|few|many|loosely|tightly|quickly|slowly|late|early|soon|far|long)|not (?:\w+ )?enough|(?:under|over)-?(?:tightened|tighten|heated|cooked|staffed|funded|used|done|stretched)\w*",
    "fr": r"trop (?:peu|vite|tôt|tard|lentement|longtemps)|pas assez|(?:sous|sur)-?\w+és?",
    "de": r"zu (?:wenig|viel|schnell|langsam|früh|spät|locker|fest|lange)|nicht genug|nicht ausreichend",
    "es": r"demasiado (?:poco|rápido|pronto|tarde|lento)|no (?:lo )?suficiente(?:mente)?",
    "it": r"troppo (?:poco|presto|tardi|veloce|lento)|non abbastanza|non a sufficienza",
}
"""Phrases of degree a source uses where another language puts an adverb of manner in its
place ("tightened too little" -> « insuffisamment serrés », "not enough" -> „unzureichend“):
an adverb of its own."""


def has_adverb(spans: list[Span], language: str) -> bool:
    """Whether the source's passage has an adverb of its own anywhere, neutral or not (it
    may be the one the rendering translates with another word), or a phrase of degree
    ("too little") another language renders with one."""
    form = _ANY.get(language)
    if form is None:
        return True  # a language whose adverbs no form shows: nothing can be compared
    degree = _DEGREE.get(language)
    if degree is not None and any(re.search(rf"(?<!\w)(?:{degree})(?!\w)", s.text, re.IGNORECASE) for s in spans):
        return True
    return any(
        not neutral_adverb(m.group(), language)
        for s in spans
        for m in re.finditer(rf"(?<!\w){form}(?!\w)", s.text, re.IGNORECASE)
    )


def find_manner_adverbs(ctx: Context, taken: list[Span] = (), framed: list[Span] = ()) -> list[Finding]:
    """One finding per adverb of manner a derivative sentence puts on a verb where the
    source sentence it renders has no adverb; ``taken`` are sentences whose charged words
    other detectors report, left to them, and ``framed`` the added clauses, whose adverbs are
    part of their framing. An adverb a charged-word section lists is that section's to judge
    (it may know the source's words it renders: "refused to budge" -> "stubbornly refused")."""
    from diptych.engine.loaded_terms import substitutions

    o, d = ctx.original, ctx.derivative
    if d.language not in PLACES or o.language not in _ANY:
        return []
    listed = [regex for sub in substitutions() if (regex := sub.loaded_in(d.language)) is not None]
    out: list[Finding] = []
    for group in ctx.linked_groups:
        for o_block, d_block, score in group.aligned():
            o_spans = [o.sentences[k] for k in o_block]
            if has_adverb(o_spans, o.language):
                continue
            for k in d_block:
                span = d.sentences[k]
                if any(span.overlaps(t) for t in taken):
                    continue
                words = [
                    w
                    for w in manner_adverbs(span, d.language)
                    if not any(w.overlaps(f) for f in framed) and not any(r.fullmatch(w.text) for r in listed)
                ]
                for word in words[:1]:
                    out.append(
                        Finding(
                            kind="loaded_term",
                            original=[o_spans[0].seg],
                            derivative=[word.seg],
                            original_text=None,
                            derivative_text=word.text,
                            explanation=(
                                f"Loaded term: '{word.text}' was added to a passage the source wrote without "
                                "it: an adverb that judges how the act was done, which the source did not say."
                            ),
                            confidence=0.6 if score >= 0.6 else 0.5,
                        )
                    )
    return out
