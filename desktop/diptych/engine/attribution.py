"""Who is given as the source of a statement: "X said", "according to X", "selon X".

A rewrite can launder a claim by changing its source: an anonymous diplomat becomes
"the Commission", a named official becomes "sources", a credited outlet disappears.
:func:`find_sources` reads the attributions of one sentence from the per-language
reporting-verb lexicon (``lexicons/reporting_verbs.<lang>.txt``); :func:`compare_sources`
says whether two versions of a sentence credit the same kind of source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diptych.engine.lexicons import entries, pattern
from diptych.engine.names import Name, find_names, gazetteer, name_in_text, same_spelling
from diptych.engine.sentences import Span

LEXICON = "reporting_verbs"

_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|had|have|was|were|is|are|a|ont|avait|avaient|hat|hatte|haben|hatten|ha|han|había|habían|"
    r"also|aussi|auch|también|then|alors|dann|again|encore|further|previously))+$",
    re.IGNORECASE,
)
_INVERSION = re.compile(r"^-t-(il|elle|ils|elles|on)\b|^-(il|elle|ils|elles)\b", re.IGNORECASE)
_INVERSION_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aurait)-t?-?(il|elle|ils|elles|on)\s+$", re.IGNORECASE)
_DETERMINERS = re.compile(
    r"^(?:the|a|an|le|la|les|l['’]|un|une|des|der|die|das|ein|eine|einer|el|los|las|uno|una|"
    r"its|his|her|their|son|sa|ses|leur|sein|seine|ihr|ihre|su|sus)\b",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    r"(?:à|aux|au|to|an|a|ante)\s+(?:\w+\s+){0,2}?(?:ministres?|journalistes|reporters|ministers|journalists|"
    r"la presse|the press|presse|periodistas|Journalisten|Reportern|medios|média|médias|AFP|Reuters)\s*,?\s*",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?]|,\s*(?=[«“\"„‚‘‹»])|\s[–—]\s")
_WORD = re.compile(r"\w[\w'’\-]*")


@dataclass(frozen=True)
class Source:
    """An attribution: the source's words (``phrase``) and the whole claim with its verb."""

    phrase: Span
    claim: Span
    names: tuple[Name, ...]
    anonymous: bool
    pronoun: bool
    language: str

    @property
    def named(self) -> bool:
        return bool(self.names) and not self.anonymous

    def describe(self) -> str:
        if self.pronoun:
            return f"'{self.phrase.text}'"
        kind = "an unnamed source" if self.anonymous else ("a named source" if self.names else "a source")
        return f"{kind}, '{self.phrase.text}'"


def find_sources(
    sentence: Span, language: str, excluded: list[tuple[int, int]] = (), lowercase_words: frozenset[str] = frozenset()
) -> list[Source]:
    """Attributions in a sentence; ``excluded`` are segment offsets (quotes) to skip.

    ``lowercase_words`` (the article's words written in lower case) keep a sentence's
    first word out of the speaker's names ("Speaking at a conference, X said").
    """
    text = sentence.text
    found: list[Source] = []
    verbs = pattern(LEXICON, language, "")
    preps = pattern(LEXICON, language, "prepositions")
    hits: list[tuple[int, int, str]] = []
    if verbs:
        hits += [(m.start(), m.end(), "verb") for m in verbs.finditer(text)]
    if preps:
        hits += [(m.start(), m.end(), "prep") for m in preps.finditer(text)]
    if language == "de":  # ", so der Minister."
        hits += [(m.start(1), m.end(1), "verb") for m in re.finditer(r",\s+(so)\s+(?=\w)", text)]
    hits.sort()
    used_until = -1
    for start, end, kind in hits:
        if start < used_until or _inside(sentence.start + start, excluded):
            continue
        source = (
            _after_preposition(sentence, start, end, language, excluded)
            if kind == "prep"
            else _around_verb(sentence, start, end, language, excluded)
        )
        if source is not None and source.names and lowercase_words:
            names = tuple(n for n in source.names if not (n.span.start == sentence.start and len(n.words) == 1 and n.head.lower() in lowercase_words))
            source = Source(source.phrase, source.claim, names, source.anonymous, source.pronoun, source.language)
        if source is not None:
            found.append(source)
            used_until = max(end, source.claim.end - sentence.start)
    return found


def _inside(pos: int, regions) -> bool:
    return any(a <= pos < b for a, b in regions)


def _after_preposition(sentence: Span, start: int, end: int, language: str, excluded) -> Source | None:
    text = sentence.text
    word = text[start:end].lower()
    if word == "zufolge":  # "Angaben des Ministeriums zufolge": the source comes first
        left = _left_context(sentence, start, language, excluded)
        if left is None:
            return None
        a, b = left
        return _source(sentence, a, b, a, end, language)
    stop = _CLAUSE_END.search(text, end)
    limit = stop.start() if stop else len(text)
    comma = text.find(",", end)
    if 0 <= comma < limit:
        # "according to a transcript released by her office, ..." keeps its clause;
        # "selon l'entreprise, ..." ends at the comma.
        limit = comma
    a = end
    while a < limit and text[a] in " \u00a0":
        a += 1
    words = list(_WORD.finditer(text, a, limit))
    if not words:
        return None
    b = words[min(len(words), 14) - 1].end()
    return _source(sentence, a, b, start, b, language)


def _around_verb(sentence: Span, start: int, end: int, language: str, excluded) -> Source | None:
    text = sentence.text
    after = text[end:]
    inversion = _INVERSION.match(after)
    if inversion:  # "a-t-il déclaré" / "dit-elle"
        a = end + inversion.start(1 if inversion.group(1) else 2)
        b = end + inversion.end()
        return _source(sentence, a, b, start, b, language, pronoun=True)
    before = _INVERSION_BEFORE.search(text, 0, start)
    if before:  # "a-t-il déclaré"
        return _source(sentence, before.start(1), before.end(1), before.start(), end, language, pronoun=True)
    left = _left_context(sentence, start, language, excluded)
    if left is not None:
        a, b = left
        return _source(sentence, a, b, a, end, language)
    # Inverted order: '"...," said Petro Koval, who heads the team.'
    a = end
    while a < len(text) and text[a] in " \u00a0":
        a += 1
    m = _WORD.match(text, a)
    if not m:
        # '"...", añadió.' - the subject is the speaker of the sentence before.
        if not text[end:].strip(" .!?»”\"“\u00a0"):
            return _source(sentence, start, end, start, end, language, pronoun=True)
        return None
    first = m.group(0)
    pronouns = {p.lower() for p in entries(LEXICON, language, "pronouns")}
    if first.lower() in pronouns:
        return _source(sentence, a, m.end(), start, m.end(), language, pronoun=True)
    if not (first[:1].isupper() or _DETERMINERS.match(text[a:])):
        # "a déclaré aux ministres la commissaire ...", "told reporters the minister"
        skip = _OBJECT.match(text, a)
        if not skip:
            return None
        a = skip.end()
        m = _WORD.match(text, a)
        if not m or not (m.group(0)[:1].isupper() or _DETERMINERS.match(text[a:])):
            return None
    stop = _CLAUSE_END.search(text, a)
    b = stop.start() if stop else len(text)
    b = _cut_words(text, a, b, 16)
    if _inside(sentence.start + a, excluded):
        return None
    return _source(sentence, a, b, start, b, language)


def _left_context(sentence: Span, verb_start: int, language: str, excluded) -> tuple[int, int] | None:
    """The subject before a reporting verb, back to the clause boundary; None if empty."""
    text = sentence.text
    head = text[:verb_start]
    head = _AUXILIARIES.sub("", head.rstrip())
    b = len(head.rstrip(" ,\u00a0"))
    # Back to the last closing quote or sentence start.
    a = 0
    for qa, qb in excluded:
        rel = qb - sentence.start
        if 0 < rel <= b:
            a = max(a, rel)
    while a < b and not text[a].isalnum():
        a += 1
    if a >= b:
        return None
    chunk = text[a:b]
    # Clause boundaries: "..., where doctors said" -> "doctors"
    boundaries = pattern(LEXICON, language, "boundaries")
    if boundaries:
        last = None
        for m in boundaries.finditer(chunk):
            if m.start() > 0 and not chunk[m.start() - 1].isspace() and chunk[m.start() - 1] not in ",(":
                continue
            if m.group(0).lower() in _RELATIVES:
                continue  # "Lea Fontana, who did not take part, said": the subject is Lea Fontana
            last = m
        if last is not None and last.end() < len(chunk) and _names_after(chunk, last.end()):
            a = a + last.end()
            while a < b and text[a] in " \u00a0,":
                a += 1
    # Appositions: keep at most the last two comma parts ("Taras Melnyk, Ukraine's
    # human rights commissioner"), and only one unless one of them holds a name.
    parts = [p for p in re.split(r",\s+", text[a:b])]
    if len(parts) > 2:
        drop = sum(len(p) + 2 for p in parts[:-2])
        a += drop
        parts = parts[-2:]
    if len(parts) == 2:
        if not (_has_capital(parts[0]) or _has_capital(parts[1])) or _adverbial(parts[0]):
            a += len(parts[0]) + 2
    if a >= b:
        return None
    words = list(_WORD.finditer(text, a, b))
    if not words or len(words) > 16:
        if len(words) > 16:
            a = words[-16].start()
        else:
            return None
    return a, b


_RELATIVES = frozenset("who which whom qui lequel laquelle quien cual".split())

_ADVERBIAL = re.compile(
    r"^(?:in|on|at|after|before|during|last|earlier|later|en|dans|lors|après|avant|au|le|la|"
    r"im|am|nach|vor|bei|in|en|tras|durante|el)\b",
    re.IGNORECASE,
)


def _adverbial(part: str) -> bool:
    return bool(_ADVERBIAL.match(part)) and not any(w[:1].isupper() for w in part.split()[1:])


def _has_capital(part: str) -> bool:
    return any(w[:1].isupper() for w in part.split()[1:]) or (part[:1].isupper() and len(part.split()) <= 3)


def _names_after(chunk: str, pos: int) -> bool:
    return bool(chunk[pos:].strip())


def _cut_words(text: str, a: int, b: int, limit: int) -> int:
    words = list(_WORD.finditer(text, a, b))
    if len(words) > limit:
        return words[limit - 1].end()
    return len(text[:b].rstrip(" ,\u00a0")) if b > a else b


def _source(sentence: Span, a: int, b: int, ca: int, cb: int, language: str, pronoun: bool = False) -> Source | None:
    text = sentence.text
    while b > a and text[b - 1] in " ,\u00a0":
        b -= 1
    if b <= a:
        return None
    phrase = sentence.sub(a, b)
    claim = sentence.sub(min(a, ca), max(b, cb))
    names = tuple(find_names(phrase, language)) if not pronoun else ()
    anonymous_re = pattern(LEXICON, language, "anonymous")
    anonymous = bool(anonymous_re and anonymous_re.search(phrase.text))
    pronouns = {p.lower() for p in entries(LEXICON, language, "pronouns")}
    pronoun = pronoun or phrase.text.lower() in pronouns
    return Source(phrase, claim, names, anonymous, pronoun, language)


def same_source(a: Source, b: Source) -> bool | None:
    """Whether two attributions name the same source; None when it cannot be told."""
    if a.pronoun or b.pronoun:
        return None
    if a.anonymous != b.anonymous and (a.names or b.names):
        return False
    heads_a = [n for n in a.names if not gazetteer().entities_of(n.span.text)]
    heads_b = [n for n in b.names if not gazetteer().entities_of(n.span.text)]
    if heads_a and heads_b:
        return any(
            same_spelling(x.head, a.language, y.head, b.language) for x in heads_a for y in heads_b
        ) or any(name_in_text(x, a.language, b.phrase.text, b.language) for x in heads_a)
    ents_a = set().union(*(gazetteer().entities_of(n.span.text) for n in a.names)) if a.names else set()
    ents_b = set().union(*(gazetteer().entities_of(n.span.text) for n in b.names)) if b.names else set()
    ents_a |= gazetteer().entities(a.phrase.text)
    ents_b |= gazetteer().entities(b.phrase.text)
    if bool(heads_a) != bool(heads_b):
        return False
    if ents_a != ents_b and (ents_a or ents_b):
        return False
    return None
