"""Plain verbs of events replaced by charged ones, in a rewrite in the source's language.

The source says a budget was "cut", a service "suspended", a wall "collapsed"; a slanted
rewrite has it "slashed" or "trimmed", "abruptly shut down", "torn away by a ferocious
storm". No list holds every such word, but the other side is closed: the few plain verbs
copy uses for what happened (``lexicons/plain_verbs``). In a sentence the rewrite only
edited, a word diff tells what stands where the plain verb stood: a verb that is not itself
plain, or a manner adverb the source did not have, is the rewrite's judgement. Only a
language with a list of plain verbs is read, and only against the same language: across
languages no word stands in another's place.
"""

from __future__ import annotations

import re

from diptych.engine import word_diff
from diptych.engine.groups import Context
from diptych.engine.lexicons import pattern
from diptych.engine.manner import neutral_adverb
from diptych.engine.model import Finding
from diptych.engine.sentences import Span

_SHAPE = {
    "en": re.compile(
        r"[a-z]{3,}(?:ed|en)|torn|tore|swept|sank|slid|shot|spun|struck|stole|stuck|thrust|threw|"
        r"wound|bore|drove|dug|flung|hung|ground|wrung|split|slit|sliced|slew|burnt|forced"
    )
}
"""The shapes of a past tense or participle in the derivative's change ("slashed", "torn",
"wound"), so that a noun put in the place of a longer phrase is not read as the verb (a
plural noun and a present tense both end in -s: the present is left out)."""
_ADVERB = {"en": re.compile(r"[a-z]{3,}ly")}
_MAX_SOURCE, _MAX_DERIVATIVE = 5, 7
"""The longest changes read: a verb phrase, not a rewritten clause."""


def find_replaced_verbs(ctx: Context, taken: list[Span], framed: list[Span]) -> list[Finding]:
    """One finding per plain verb a same-language rewrite replaced with a charged word;
    ``taken`` are sentences whose judgement other detectors report, ``framed`` added
    clauses, which own the words inside them."""
    language = ctx.derivative.language
    plain = pattern("plain_verbs", language)
    if plain is None or language not in _SHAPE:
        return []
    reporting = pattern("reporting_verbs", language, "")
    other = word_diff.hedge_words(language) + ([reporting] if reporting else [])
    out: list[Finding] = []
    for source, span, score in word_diff.edited_sentences(ctx, taken):
        for src, words in _replaced(source, span, plain, other, language):
            if not any(words.overlaps(f) for f in framed):
                why = (
                    f"Loaded term: '{src.text}' became '{words.text}': the rewrite put a word of its own "
                    "choosing where the source plainly said what happened."
                )
                out.append(word_diff.placed_term(src, words, score, why))
    return out


def _replaced(source: Span, span: Span, plain: re.Pattern[str], other: list[re.Pattern[str]], language: str) -> list[tuple[Span, Span]]:
    """(the source's words, the derivative's) of each change that put a charged word where
    a plain verb stood (not one the lexicon knows as a rendering of the source's words)."""
    from diptych.engine.loaded_terms import renders_source

    kept_o, kept_d = word_diff.stems(source.text), word_diff.stems(span.text)
    out = []
    for change in word_diff.changes(source.text, span.text):
        src, dst = change.source_words, change.derivative_words
        if not 0 < len(src) <= _MAX_SOURCE or not 0 < len(dst) <= _MAX_DERIVATIVE:
            continue
        if not any(w.islower() and plain.fullmatch(w) and word_diff.stem(w) not in kept_d for w in src):
            continue  # no plain verb of the source went (a moved or repeated one is still there)
        text = " ".join(src + dst)
        if any(p.search(text) for p in other):
            continue  # a hedge or a source changed: those detectors' finding
        # After "to" or a modal the bare form is a verb too ("would upgrade the station").
        bare = _after_modal(span, change) or _same_form(src, dst, plain)
        charged = [
            w
            for w in _head(dst)
            if w.isalpha() and w.islower() and word_diff.stem(w) not in kept_o and not _is_plain(w, plain)
            and (_SHAPE[language].fullmatch(w) or (w == bare and len(w) >= 4) or (_ADVERB[language].fullmatch(w) and not neutral_adverb(w, language)))
        ]
        starts = [m.start() + span.start for m in change.derivative if m.group() in charged]
        if charged and not any(renders_source(span, at, [source], language) for at in starts):
            out.append((word_diff.phrase(source, change.source), word_diff.phrase(span, change.derivative)))
    return out


def _is_plain(word: str, plain: re.Pattern[str]) -> bool:
    """Whether a word is a plain verb, or one done again ("restarted", "reopened")."""
    return plain.fullmatch(word) is not None or (word.startswith("re") and plain.fullmatch(word[2:]) is not None)


_MODALS = frozenset("to will would could can may might must should shall".split())


def _after_modal(span: Span, change: word_diff.Change) -> str:
    """The change's first word when "to" or a modal stands right before it, in the change or
    just before it ("would upgrade", "to retire"): then it is a verb whatever its form."""
    words = change.derivative_words
    if len(words) > 1 and words[0].lower() in _MODALS:
        return words[1]
    before = [m.group().lower() for m in word_diff.tokens(span.text[: change.derivative[0].start()])]
    return words[0] if before and before[-1] in _MODALS else ""


def _same_form(src: list[str], dst: list[str], plain: re.Pattern[str]) -> str:
    """The change's first word when it has the ending of the plain verb that opened the
    source's change, a present in -s or a form in -ing ("cuts the number" -> "trims the
    route", "is cutting" -> "is gutting"): put in the verb's place in the verb's form, it is
    a verb, not the plural noun an -s alone could be."""
    first, word = src[0].lower(), dst[0]
    if not plain.fullmatch(first):
        return ""
    for ending in ("ing", "s"):
        if first.endswith(ending) and word.endswith(ending) and not word.endswith("ss"):
            return word
    return ""


_AUXILIARIES = frozenset("was were been be being is are has had have will would could can may might must should to".split())
_HEAD = 3


def _head(words: list[str]) -> list[str]:
    """The first words of a change after its auxiliaries ("was torn away by a …" -> "torn
    away by"): the verb that replaced another stands first; a word further on belongs to
    the rest of a rewritten phrase."""
    rest = [w for i, w in enumerate(words) if not all(x.lower() in _AUXILIARIES for x in words[: i + 1])]
    return rest[:_HEAD]
