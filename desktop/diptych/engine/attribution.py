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
from diptych.engine.names import Name, find_names, gazetteer, is_organisation, name_in_text, same_spelling
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
_APPOSED_NAME = re.compile(r",\s+((?:[A-ZÀ-Ý][\w'’\-]+\s+){1,3}[A-ZÀ-Ý][\w'’\-]+)\s*,")
_AFTER_QUOTE = re.compile(r"[»”\"“’‹›]\s*,?$")
def _ends_sentence(tail: str) -> bool:
    """Nothing but a short time phrase between the verb and the end of its clause:
    "..., officials said on Saturday." / "..., the ONS said last week, but ..."."""
    stop = re.search(r"[.;:!?,]", tail)
    clause = (tail[: stop.start()] if stop else tail).strip(" »”\"\u00a0")
    if not clause:
        return True
    return bool(_TIME_PHRASE.fullmatch(clause))


_TIME_PHRASE = re.compile(
    r"(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"am|heute|gestern|el|ayer|hoy)(?:\s+[\w'’]+){0,3}",
    re.IGNORECASE,
)
_AFTER_VERB_TIME = re.compile(
    r"^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|"
    r"am\s+\w+|heute|gestern|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ayer|hoy|"
    r"on\s+\w+day|yesterday|today)(?:\s+(?:soir|matin|après-midi|abend|morgen|por\s+la\s+\w+|night|morning|evening))?\s*,?)",
    re.IGNORECASE,
)


_PRONOUN_FIRST = re.compile(r"^(?:er|sie|es|il|elle|ils|elles|él|ella|ellos|ellas)\b", re.IGNORECASE)


def _subject_follows(tail: str) -> bool:
    """The verb is followed by a name or a determiner: "..., erklärte die Airline"."""
    rest = tail.lstrip(" \u00a0")
    time = _AFTER_VERB_TIME.match(rest)
    if time:
        rest = rest[time.end() :].lstrip(" \u00a0")  # "a annoncé jeudi l'organisme ..."
    return bool(rest[:1].isupper() or _DETERMINERS.match(rest) or _PRONOUN_FIRST.match(rest))


def _short_clause(tail: str) -> bool:
    """A subject after the verb that closes its clause: ", erklärte die Fluggesellschaft."."""
    stop = _CLAUSE_END.search(tail)
    clause = tail[: stop.start()] if stop else tail
    return 0 < len(_WORD.findall(clause)) <= 14


_OBJECT = re.compile(
    r"(?:à|aux|au|to|an|a|ante)\s+(?:\w+\s+){0,2}?(?:ministres?|journalistes|reporters|ministers|journalists|"
    r"la presse|the press|presse|periodistas|Journalisten|Reportern|medios|média|médias|AFP|Reuters)\s*,?\s*",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\bMme)(?<!\bSr)(?<!\bSra)(?<!\bHr)(?<!\bFr)"
    r"[.;:!?]|,\s*(?=[«“\"„‚‘‹»])|\s[–—]\s"
)
"""Where a speaker's phrase ends: a full stop (not the one of "Dr." or an initial), a
colon, a semicolon, a dash, or a comma before a quote."""
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
    sentence: Span,
    language: str,
    excluded: list[tuple[int, int]] = (),
    lowercase_words: frozenset[str] = frozenset(),
    extra_verbs: tuple[str, ...] = (),
) -> list[Source]:
    """Attributions in a sentence; ``excluded`` are segment offsets (quotes) to skip.

    ``lowercase_words`` (the article's words written in lower case) keep a sentence's
    first word out of the speaker's names ("Speaking at a conference, X said");
    ``extra_verbs`` are words to read as reporting verbs here (a verb found by its place
    after a quote).
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
    for word in extra_verbs:
        hits += [(m.start(), m.end(), "verb") for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
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
        # "selon l'entreprise, ..." ends at the comma, unless a name in apposition
        # follows: "selon le directeur du port, Tomas Vaitkus, la grève ..."
        limit = comma
        apposition = _APPOSED_NAME.match(text, comma)
        if apposition:
            limit = apposition.end(1)
    a = end
    while a < limit and text[a] in " \u00a0":
        a += 1
    words = list(_WORD.finditer(text, a, limit))
    if not words:
        return None
    if language == "de":
        words = _german_noun_phrase(words)
    b = words[min(len(words), 10) - 1].end()
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
    head = _AUXILIARIES.sub("", text[:start].rstrip()).rstrip()
    tail = text[end:]
    inverted = bool(_AFTER_QUOTE.search(head)) or (
        language in ("de", "fr", "es") and head.endswith(",") and not tail.lstrip().startswith(",")
        and _short_clause(tail) and _subject_follows(tail)
    )
    if not inverted:
        left = _left_context(sentence, start, language, excluded)
        if left is not None:
            a, b = left
            if _ends_sentence(tail):
                # "..., damaging hundreds of homes, officials said.": the subject is
                # the last part only (but not an age: "Maria Gomes, 67, said").
                comma = text.rfind(", ", a, b)
                if comma >= 0 and any(c.isalpha() for c in text[comma + 2 : b]):
                    a = comma + 2
            return _source(sentence, a, b, a, end, language)
    # Inverted order: '"...," said Petro Koval, who heads the team.'
    a = end
    while a < len(text) and text[a] in " \u00a0":
        a += 1
    time = _AFTER_VERB_TIME.match(text, a)
    if time and time.end() > a:
        a = time.end()
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
    that = _THAT.search(text, a, b)
    if that:
        b = that.start()  # "Sabine Krüger, who predicted that ..." ends before "that"
    b = _cut_words(text, a, b, 16)
    if _inside(sentence.start + a, excluded):
        return None
    return _source(sentence, a, b, start, b, language)


_DE_FUNCTION = frozenset("der des dem den die das von vom für am im zum zur und einer eines einem".split())


def _german_noun_phrase(words: list) -> list:
    """"der Strombehörde waren in der Region" -> "der Strombehörde": German nouns are capitalised,
    so the phrase ends at the first lower-case word that is neither an article nor an
    adjective before a noun."""
    out = []
    for k, m in enumerate(words):
        w = m.group(0)
        nxt = words[k + 1].group(0) if k + 1 < len(words) else ""
        if w[:1].isupper():
            out.append(m)
        elif w.lower() in _DE_FUNCTION and (nxt[:1].isupper() or nxt.lower() in _DE_FUNCTION):
            out.append(m)  # "des Umweltbundesamtes", not "von vergangener Woche"
        elif nxt[:1].isupper() and re.search(r"(?:e|en|er|es|em)$", w) and out:
            out.append(m)
        else:
            break
    return out or words[:1]


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
    for mark in (";", ":", " — ", " – "):
        cut = text.rfind(mark, a, b)
        if cut >= 0:
            a = max(a, cut + len(mark))
    while a < b and not text[a].isalnum():
        a += 1
    if a >= b:
        return None
    chunk = text[a:b]
    if _CONJUNCTION_ONLY.match(chunk):
        # '"a landmark" and said': the verb shares the sentence's subject.
        return _sentence_subject(text, a)
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


_THAT = re.compile(r"\s(?:that|que|qu['’]|dass|que)\s", re.IGNORECASE)
_CONJUNCTION_ONLY = re.compile(r"^(?:and|et|und|y|e|but|mais|aber|pero)$", re.IGNORECASE)


def _sentence_subject(text: str, upto: int) -> tuple[int, int] | None:
    """The sentence's opening noun phrase up to its first name run ("Their lawyer, Jonas Petersen")."""
    m = re.match(r"^((?:[^,;:\"“«„]{0,60}?,\s*)?(?:[A-ZÀ-Ý][\w'’\-]+\s+){0,3}[A-ZÀ-Ý][\w'’\-]+)\s*,", text[:upto])
    if not m:
        return None
    return m.start(1), m.end(1)


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
    # Names are read in the whole sentence (so the phrase's first word is not taken for
    # a sentence opener), then kept if they fall inside the phrase.
    names = (
        tuple(n for n in find_names(sentence, language) if phrase.start <= n.span.start and n.span.end <= phrase.end)
        if not pronoun
        else ()
    )
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


# --- comparing the sources of two versions ------------------------------------------------

UNRELATED_SOURCES = 0.45
"""Cosine of two unnamed sources' phrases below which they are different sources
("futures data" / « certaines informations »)."""


def _entities(source: Source) -> set[int]:
    gaz = gazetteer()
    found = set(gaz.entities(source.phrase.text))
    for name in source.names:
        found |= gaz.entities_of(name.span.text)
    return found


def _acronym_of(short: Name, long: Name) -> bool:
    """"ONS" for "Office for National Statistics": the initials of the capitalised words."""
    word = short.span.text
    if not (word.isupper() and 2 <= len(word) <= 6):
        return False
    initials = "".join(w[0] for w in long.words if w[:1].isupper())
    return initials.upper() == word


def _people(source: Source) -> list[Name]:
    return [n for n in source.names if not gazetteer().entities_of(n.span.text) and (len(n.words) >= 2 or is_organisation(n))]


def source_change(o: Source, d: Source, similarity: float, same_entity=None) -> str | None:
    """Why two attributions of the same sentence differ, or None when they agree.

    Only changes of who is credited count: a named person or body for another, a named
    source for an unnamed one (or the reverse), a source with a new country or body in
    it. Two unnamed sources worded differently ("officials" / « des responsables ») are
    the same source.
    """
    o_people, d_people = _people(o), _people(d)
    if o_people and d_people:
        same = (
            any(same_spelling(a.head, o.language, b.head, d.language) for a in o_people for b in d_people)
            or any(name_in_text(a, o.language, d.phrase.text, d.language) for a in o_people)
            or (same_entity is not None and any(same_entity(a, b) for a in o_people for b in d_people))
            or any(_acronym_of(b, a) or _acronym_of(a, b) for a in o_people for b in d_people)
        )
        bodies = all(is_organisation(n) for n in o_people + d_people)
        threshold = SAME_BODY if o.language == d.language else TRANSLATED_BODY
        if not same and bodies and similarity >= threshold:
            same = True  # a body's name translated ("Seismological Centre" / "Seismologischen Zentrums")
        return None if same else f"the source '{o.phrase.text}' became '{d.phrase.text}'"
    identified_o = bool(o_people or _entities(o)) or not _unidentified(o.phrase.text, o.language)
    identified_d = bool(d_people or _entities(d)) or not _unidentified(d.phrase.text, d.language)
    if o.anonymous != d.anonymous and similarity < SAME_SOURCE and (identified_d if o.anonymous else identified_o):
        if o.anonymous:
            return f"an unnamed source ('{o.phrase.text}') became '{d.phrase.text}'"
        return f"the source '{o.phrase.text}' became an unnamed one ('{d.phrase.text}')"
    if o_people and not d_people:
        if any(name_in_text(a, o.language, d.phrase.text, d.language) for a in o_people):
            return None
        translated_body = o.language != d.language and all(is_organisation(n) for n in o_people)
        if d.anonymous or _indefinite_phrase(d.phrase.text, d.language) or (similarity < UNRELATED_SOURCES and not translated_body):
            return f"a named source ('{o.phrase.text}') became an unnamed one ('{d.phrase.text}')"
        return None
    if d_people and not o_people and (o.anonymous or _indefinite_phrase(o.phrase.text, o.language)):
        return f"an unnamed source ('{o.phrase.text}') became a named one ('{d.phrase.text}')"
    new_entities = _entities(d) - _entities(o)
    if new_entities and not _entities(o) and similarity < SAME_SOURCE:
        return f"the source '{o.phrase.text}' became '{d.phrase.text}'"
    return None


SAME_SOURCE = 0.7
"""Cosine of two source phrases above which they credit the same source."""
TRANSLATED_BODY = 0.3
"""Across languages a body's name is translated word for word or not at all
("Civil Protection Authority" / "Nationale Behörde für Notfälle und Katastrophenschutz"):
only an unrelated body is another source."""
SAME_BODY = 0.55
"""The same for two bodies' names, which translations reword ("Higher Administrative
Court of Saxony in Bautzen" / « Cour administrative supérieure de Saxe »)."""

_INDEFINITE_PHRASE = {
    "en": re.compile(r"^(?:a|an|one|some|several|two|three)\b", re.IGNORECASE),
    "fr": re.compile(r"^(?:un|une|des|plusieurs|certain[e]?s|deux|trois)\b", re.IGNORECASE),
    "de": re.compile(r"^(?:ein|eine|einer|eines|einem|einen|mehrere|einige|zwei|drei)\b", re.IGNORECASE),
    "es": re.compile(r"^(?:un|una|unos|unas|varios|varias|algun[oa]s|dos|tres)\b", re.IGNORECASE),
}


def _indefinite_phrase(text: str, language: str = "en") -> bool:
    """"a diplomat", « des responsables », „ein Sprecher“: nobody in particular.
    (German "des" is a genitive article, French "des" an indefinite one.)"""
    pattern = _INDEFINITE_PHRASE.get(language, _INDEFINITE_PHRASE["en"])
    return bool(pattern.match(text))


_BARE_PLURAL = re.compile(r"^[a-zà-ÿ]+s\b(?!['’])", re.IGNORECASE)


def _unidentified(text: str, language: str = "en") -> bool:
    """"officials", "des responsables", "sources": nobody a reader could look up."""
    return _indefinite_phrase(text, language) or bool(_BARE_PLURAL.match(text))


def find_attribution_changes(ctx, skip: set[tuple[int, int]] = frozenset(), excluded=None, reported=()) -> list:
    """``attribution_changed`` for aligned sentences whose source changed or vanished.

    ``skip`` holds (segment, claim start) of attributions of quotes, which the quote
    analysis judges; ``excluded`` maps a side ("o"/"d") to segment -> quoted regions;
    ``reported`` (side "o"/"d", segment, start, end) spans another detector already
    reported (a changed name), which are not reported again as a changed source.
    """
    from diptych.engine.names import SAME_ENTITY

    def same_entity(a: Name, b: Name) -> bool:
        return ctx.embeddings.sim(a.span.text, b.span.text) >= SAME_ENTITY

    def already(side: str, span: Span) -> bool:
        return any(
            where == side and seg == span.seg and start < span.end and span.start < end
            for where, seg, start, end in reported
        )

    from diptych.engine.groups import finding

    out = []
    o_side, d_side = ctx.original, ctx.derivative
    excluded = excluded or {"o": {}, "d": {}}

    def sources(side, key, block, everything=False):
        found = []
        for k in block:
            sentence = side.sentences[k]
            regions = excluded[key].get(sentence.seg, [])
            for s in find_sources(sentence, side.language, regions, side.lowercase_words):
                if not everything and (s.pronoun or (s.claim.seg, s.claim.start) in skip):
                    continue
                found.append(s)
        return found

    for group in ctx.linked_groups:
        d_text = ctx.group_text(d_side, group.derivative)
        for o_block, d_block, score in group.aligned():
            if score < 0.6:
                continue  # sentences too loosely aligned to compare their sources
            o_sources = sources(o_side, "o", o_block)
            d_sources = sources(d_side, "d", d_block)
            if o_sources and d_sources:
                o, d = o_sources[0], d_sources[0]
                if len(o_sources) > 1 or len(d_sources) > 1:
                    o, d = max(
                        ((a, b) for a in o_sources for b in d_sources),
                        key=lambda p: ctx.embeddings.sim(p[0].phrase.text, p[1].phrase.text),
                    )
                why = source_change(o, d, ctx.embeddings.sim(o.phrase.text, d.phrase.text), same_entity)
                if why and not already("o", o.claim) and not already("d", d.claim):
                    out.append(finding("attribution_changed", o.claim, d.claim, f"The attribution changed: {why}.", 0.7))
            elif o_sources and not sources(d_side, "d", d_block, everything=True):
                o = o_sources[0]
                # Only a person's name is written alike in every language; a body's
                # is translated, so its absence proves nothing across languages.
                people = [n for n in _people(o) if len(n.words) >= 2 and (ctx.same_language or not is_organisation(n))]
                if people and not any(name_in_text(n, o.language, d_text, d_side.language) for n in people):
                    out.append(
                        finding(
                            "attribution_changed",
                            o.claim,
                            ctx.derivative.sentences[d_block[0]],
                            f"The source was dropped: the original credits '{o.phrase.text}', the derivative states it without a source.",
                            0.55,
                        )
                    )
    return out
