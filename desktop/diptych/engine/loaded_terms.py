"""Charged words put where the source used neutral ones: Kyiv -> Kiev, militants -> terrorists.

The substitutions are data (``lexicons/loaded_terms.ini``, one section per
substitution with its terms in every language and a note for the reader), so what
counts as loaded can be read and argued with. A term is reported only where the
original used the neutral word at that place (same aligned sentences) and the
derivative the loaded one - an article that says "Kiev" in its original too is not
flagged.

Behind those curated substitutions stands a broad lexicon of charged words grouped by
concept (``lexicons/charged_words.ini``: torched, slammed, hushed up, witch-hunt, national
hero, draconian ...), so that a rewrite's judgement is found even in words no earlier
article used. Its words are charged qualifiers like the curated ones: reported where a
derivative sentence that renders a source sentence carries one and the source's passage
has no word of like charge (a faithful translation of a charged word is charged itself).

Where no list can reach, the place of a word tells (see ``_by_place``): the verb standing
where a verb of saying stands, and in a same-language rewrite the word a diff finds where
the source had a plain verb or nothing before its noun.
"""

from __future__ import annotations

import configparser
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from diptych.engine.groups import Context
from diptych.engine.model import Finding
from diptych.engine.sentences import Span
from diptych.resource_files import resource


@dataclass(frozen=True)
class Substitution:
    name: str
    note: str
    neutral: dict[str, re.Pattern[str] | None]
    loaded: dict[str, re.Pattern[str] | None]
    renders: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    # A concept of the broad lexicon of charged words (charged_words.ini), not a curated
    # substitution: each of its words is its own finding, and a sentence another section
    # already reports is left to it.
    broad: bool = False
    # Whether a word of this section in the source's passage is the source passing a
    # judgement of its own, which leaves every charged word there quiet (see _scorned).
    # A mild framing word ("demanded", "quietly", "a nightmare") is ordinary in a sober
    # source: its section says ``judges = no``, so it quiets only its own words.
    judges: bool = True
    # A section of frames around words ("a veritable ...", « pur et simple »): tried after
    # every other section, so a charged word inside the frame is reported as itself
    # (« un auténtico mazazo » is the word « mazazo »), and the frame only where none is.
    yields: bool = False

    def neutral_in(self, language: str) -> re.Pattern[str] | None:
        return self.neutral.get(language) or self.neutral.get("*")

    def loaded_in(self, language: str) -> re.Pattern[str] | None:
        return self.loaded.get(language) or self.loaded.get("*")

    def renders_in(self, language: str) -> re.Pattern[str] | None:
        """Words of the original that the loaded word may faithfully translate ("alleged"
        -> « prétendu », "very" -> « très »): where the original's passage has one, the
        derivative's word is a rendering, not a judgement of its own."""
        return self.renders.get(language) or self.renders.get("*")

    @property
    def qualifier(self) -> bool:
        """A section without neutral terms: a charged qualifier ("price-gouging", « véreux »)
        the derivative adds where the source described the same thing without one."""
        return not any(self.neutral.values())


def _split_terms(value: str) -> list[str]:
    """The terms of a lexicon value: split at every "|" outside parentheses, so a term may
    hold its own alternatives ("joueu(?:r|rs|se|ses)")."""
    terms, depth, start = [], 0, 0
    for i, c in enumerate(value):
        if c == "(" and (i == 0 or value[i - 1] != "\\"):
            depth += 1
        elif c == ")" and (i == 0 or value[i - 1] != "\\"):
            depth = max(0, depth - 1)
        elif c == "|" and depth == 0:
            terms.append(value[start:i])
            start = i + 1
    terms.append(value[start:])
    return terms


def _terms(values: list[str]) -> re.Pattern[str] | None:
    alternatives = []
    for value in values:
        for term in _split_terms(value):
            term = term.strip()
            if not term:
                continue
            # "Spieler*": a word and any ending; a term that is already a regular
            # expression there ("cyber-?terror\w*", "(?:e|en)*") keeps its own star
            star = term.endswith("*") and term[-2:-1].isalpha() and term[-3:-2] != "\\"
            body = term[:-1] + r"\w*" if star else term
            body = body.replace(" ", r"\s+")
            if any(c.isupper() for c in term[1:]):
                alternatives.append(body)
            else:
                alternatives.append(f"(?i:{body})")
    if not alternatives:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])")


def parse_substitutions(text: str, broad: bool = False) -> list[Substitution]:
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",), inline_comment_prefixes=None)
    parser.read_string(text)
    subs = []
    for name in parser.sections():
        section = parser[name]
        languages = {key.split(".", 1)[1] for key in section if "." in key}
        sides: dict[str, dict[str, re.Pattern[str] | None]] = {}
        for key in ("neutral", "loaded", "renders"):
            sides[key] = {"*": _terms([section.get(key, "")])}
            for lang in languages:
                sides[key][lang] = _terms([section.get(key, ""), section.get(f"{key}.{lang}", "")])
        subs.append(
            Substitution(
                name,
                section.get("note", name),
                sides["neutral"],
                sides["loaded"],
                sides["renders"],
                broad,
                section.getboolean("judges", fallback=True),
                section.getboolean("yields", fallback=False),
            )
        )
    return subs


LEXICONS = (("loaded_terms.ini", False), ("charged_words.ini", True))
"""The curated substitutions first, then the broad lexicon of charged words by concept: a
word both hold is reported once, under the first."""


@lru_cache(maxsize=1)
def substitutions() -> list[Substitution]:
    return [
        sub
        for name, broad in LEXICONS
        for sub in parse_substitutions(resource("lexicons", name).read_text(encoding="utf-8"), broad)
    ]


def _first(regex: re.Pattern[str] | None, spans: list[Span], outside: Span | None = None) -> Span | None:
    """The first match of ``regex`` in ``spans`` (not overlapping ``outside``)."""
    if regex is None:
        return None
    for span in spans:
        for m in regex.finditer(span.text):
            found = span.sub(m.start(), m.end())
            if outside is None or not found.overlaps(outside):
                return found
    return None


def _count(regex: re.Pattern[str] | None, spans: list[Span], outside: Span | None = None) -> int:
    """How many matches of ``regex`` ``spans`` hold (not overlapping ``outside``)."""
    if regex is None:
        return 0
    return sum(
        1
        for span in spans
        for m in regex.finditer(span.text)
        if outside is None or not span.sub(m.start(), m.end()).overlaps(outside)
    )


def _replaced(ctx: Context, regex: re.Pattern[str], o_spans: list[Span], loaded: Span, d_spans: list[Span]) -> Span:
    """The source's neutral word that ``loaded`` stands in for (see saying.counterpart)."""
    from diptych.engine.saying import counterpart

    source, m = counterpart(ctx, [(s, m) for s in o_spans for m in regex.finditer(s.text)], o_spans, loaded, d_spans, regex)
    return source.sub(m.start(), m.end())


def find_loaded_terms(ctx: Context, framing: Iterable[Finding] = (), qualifiers: bool = True) -> list[Finding]:
    """One finding per substitution, listing every linked group where the neutral term gave way.

    Groups are compared whole, not sentence by sentence: a term is rarely moved between
    sentences, and a sentence the aligner could not pair still counts. A spelling
    substituted throughout ("Kiev" in every paragraph) is one editorial choice, so it
    is one finding whose ids name every paragraph concerned.

    ``framing`` holds the clauses found added inside linked sentences: a charged word of a
    section without a neutral side inside one that says more than the word belongs to that
    framing ("…, déjà malmenée par une gestion jugée calamiteuse") and is reported with it
    (see :func:`with_framing`). A word of a section with a neutral side replaced one, so it
    is reported wherever it stands. ``qualifiers=False`` leaves out the sections without a
    neutral side (their words may be the framing's, which the caller finds first).
    """
    hits = _hits(ctx, _framing_spans(ctx, framing), qualifiers)
    return _findings(hits) + contested_names(ctx) + _by_place(ctx, hits, None if not qualifiers else [])


_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)*"
_WHAT = r"(?:(?:it|them|the\s+\w+|this\s+\w+|its\s+\w+|la\s+\w+|le\s+\w+|les\s+\w+|l['’]\w+|die\s+\w+|das\s+\w+|den\s+\w+|es|sie|el\s+\w+|lo|la|los\s+\w+)\s+)?"
_NOT_A_NAMING = r"(?!\s+(?:to|on|for|à|a|de|zu|an|auf)\b)"
_NAMING = {
    "en": re.compile(rf"\b(?:calls?|called|calling|refers?\s+to|known\s+as|dubs?|dubbed)\s+{_WHAT}(?:as\s+)?(?P<name>{_CAP})(?![\w’'-]){_NOT_A_NAMING}"),
    "fr": re.compile(rf"\b(?:appellent|appelle|appelait|appelaient|appelée?s?|nomment|nomme|nommée?s?|baptisent|baptise|baptisée?s?|dite?s?)\s+{_WHAT}(?:sous\s+le\s+nom\s+de\s+)?(?P<name>{_CAP})(?![\w’'-]){_NOT_A_NAMING}"),
    "de": re.compile(rf"\b(?:nennt|nennen|nannte|nannten|genannt)\s+{_WHAT}(?P<name>{_CAP})(?![\w’'-]){_NOT_A_NAMING}"),
    "es": re.compile(rf"\b(?:llaman|llama|llamaba|llamaban|llamad[oa]s?|denominan|denomina|denominad[oa]s?|conocid[oa]s?\s+como)\s+{_WHAT}(?P<name>{_CAP})(?![\w’'-]){_NOT_A_NAMING}"),
    "it": re.compile(rf"\b(?:chiamano|chiama|chiamat[oaie]|denominano|denomina|denominat[oaie]|not[oa]\s+come)\s+{_WHAT}(?P<name>{_CAP})(?![\w’'-]){_NOT_A_NAMING}"),
}
"""A name another party gives a place or a body ("Doravia calls the region Tarsk",
« que Moscou appelle Tarsk », „das Doravien Tarsk nennt“)."""


def _aliases(ctx: Context) -> set[str]:
    """The names the source says someone calls a thing by, as the source spells them (the
    derivative writes them alike: a name is not translated)."""
    pattern = _NAMING.get(ctx.original.language)
    if pattern is None:
        return set()
    return {m.group("name") for text in ctx.original.texts.values() for m in pattern.finditer(text)}


def contested_names(ctx: Context) -> list[Finding]:
    """A place or body named, where the source used its own name, by the name the story
    says another party gives it ("the Velm valley" -> « la vallée de Tarsk », Tarsk being
    what Doravia calls it): a side taken in a dispute over names (Londonderry for Derry,
    Malvinas for Falklands), which no list of real names can hold for every dispute.
    Both passes of the span analysis ask for them: they are found once per comparison."""
    return ctx.memo("contested_names", lambda: _contested_names(ctx))


def _contested_names(ctx: Context) -> list[Finding]:
    from rapidfuzz import fuzz

    from diptych.engine.names import find_names, name_in_text, name_kind, plain_key

    aliases = _aliases(ctx)
    if not aliases:
        return []
    o, d = ctx.original, ctx.derivative
    out: list[Finding] = []
    for group in ctx.linked_groups:
        o_text = ctx.group_text(o, group.original)
        d_text = ctx.group_text(d, group.derivative)
        d_words = [plain_key(w) for w in re.findall(r"[^\W\d_][\w'’-]*", d_text) if w[:1].isupper()]
        for alias in sorted(aliases):
            word = re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)")
            if len(word.findall(d_text)) <= len(word.findall(o_text)):
                continue  # the source's passage names it so as often: it reports the name
            lost = [
                n
                for k in group.original
                for n in find_names(o.sentences[k], o.language, o.lowercase_words)
                if alias not in n.span.text
                and not name_in_text(n, o.language, d_text, d.language)
                and not any(fuzz.ratio(plain_key(n.head), w) >= 75 for w in d_words)  # Kalvenia / Kalvénie
                and name_kind(n, o.language) != "person"
            ]
            d_sentence = next(d.sentences[k] for k in group.derivative if word.search(d.sentences[k].text))
            m = word.search(d_sentence.text)
            loaded = d_sentence.sub(m.start(), m.end())
            source = f"'{lost[0].span.text}'" if lost else "what the source named otherwise"
            out.append(
                Finding(
                    kind="loaded_term",
                    original=list(group.link.original),
                    derivative=list(group.link.derivative),
                    original_text=lost[0].span.text if lost else None,
                    derivative_text=loaded.text,
                    explanation=(
                        f"Loaded term: {source} is called '{loaded.text}', the name the story says another "
                        "party uses for it: the derivative takes a side in a dispute over names."
                    ),
                    confidence=0.7 if lost else 0.55,
                )
            )
    return out


def with_framing(ctx: Context, framing: list[Finding]) -> list[Finding]:
    """The loaded terms and the added clauses of ``framing``, each word or clause once.

    A clause that is little more than a charged word ("…, a cyber-terror gang that …") is
    that word put in the source's place: the word is reported and the clause is not. A
    clause that says more keeps the word as part of its framing.
    """
    hits = _hits(ctx, _framing_spans(ctx, framing), True)
    by_name = {sub.name: sub for sub in substitutions()}
    words = [l for name, found in hits.items() if by_name[name].qualifier for _, l, _ in found]
    kept = [f for f in framing if not any(span.overlaps(w) for span in _framing_spans(ctx, [f]) for w in words)]
    return _findings(hits) + contested_names(ctx) + _by_place(ctx, hits, _framing_spans(ctx, framing)) + kept


def _by_place(ctx: Context, hits: dict[str, list[tuple[Span, Span, float]]], framed: list[Span] | None) -> list[Finding]:
    """The words that judge found by their place rather than by a list, in sentences where
    no lexicon word is reported already: verbs of saying and adverbs of manner (see
    :mod:`diptych.engine.saying` and :mod:`diptych.engine.manner`), and, in a rewrite in
    the source's language, what replaced a plain verb of an event or was slipped in before
    a noun (:mod:`diptych.engine.replaced_verbs`, :mod:`diptych.engine.inserted_qualifiers`).
    Those but the verbs of saying are qualifiers: ``framed`` holds the added clauses that
    would own one (``None``: the clauses are not known yet, so none is looked for, as with
    the lexicon's qualifiers)."""
    from diptych.engine.inserted_qualifiers import find_inserted_qualifiers
    from diptych.engine.manner import find_manner_adverbs
    from diptych.engine.replaced_verbs import find_replaced_verbs
    from diptych.engine.saying import find_judging_sayings

    words = [l for found in hits.values() for _, l, _ in found]
    taken = [s for s in ctx.derivative.sentences if any(s.contains(w) for w in words)]
    sayings = find_judging_sayings(ctx, taken)
    if framed is None:
        return sayings
    said = _sentences_of(ctx, sayings)
    adverbs = find_manner_adverbs(ctx, taken + said, framed)
    judged = _sentences_of(ctx, adverbs)
    replaced = find_replaced_verbs(ctx, taken + said + judged, framed)
    return sayings + adverbs + replaced + find_inserted_qualifiers(ctx, taken + said + judged, framed)


def _sentences_of(ctx: Context, findings: list[Finding]) -> list[Span]:
    """The derivative's sentences that hold one of ``findings``' words."""
    return [s for s in ctx.derivative.sentences if any(f.derivative_text in s.text and s.seg in f.derivative for f in findings)]


def _hits(ctx: Context, framed: list[Span], qualifiers: bool) -> dict[str, list[tuple[Span, Span, float]]]:
    """(the source's span, the charged word, the group's best pair score) per section."""
    o_lang, d_lang = ctx.original.language, ctx.derivative.language
    hits: dict[str, list[tuple[Span, Span, float]]] = {}
    # Substitutions first: a word they report is not reported again as a qualifier or label.
    ordered = sorted(substitutions(), key=lambda sub: (sub.qualifier, sub.yields))
    for group in ctx.groups:
        if not group.pairs:
            continue  # nothing in the group says the same thing: no place to compare
        score = max(p.score for p in group.pairs)
        o_spans = [ctx.original.sentences[k] for k in group.original]
        d_spans = [ctx.derivative.sentences[k] for k in group.derivative]
        # A source passage that already judges leaves every charged qualifier quiet.
        judged = not qualifiers or _scorned(o_lang, o_spans)
        for sub in ordered:
            if sub.qualifier:
                found = None if judged else _added_qualifier(ctx, group, sub, o_spans)
                if found is None or any(_frames(ctx, span, *found) for span in framed):
                    continue
                if sub.broad and any(_same_sentence(ctx, found[1], l) for h in hits.values() for _, l, _ in h):
                    continue  # one judgement per sentence: the sentence is reported already
                if not any(found[1].overlaps(l) for h in hits.values() for _, l, _ in h):
                    hits.setdefault(sub.name, []).append((*found, score))
                continue
            neutral = _first(sub.neutral_in(o_lang), o_spans)
            loaded = _first(sub.loaded_in(d_lang), d_spans)
            if neutral is None or loaded is None:
                continue
            # The original already used the loaded word, or the derivative's sentence
            # keeps the neutral one as well (as often as the original has it: "the
            # failure was one person's mistake" -> "ce scandale était l'erreur d'une
            # personne" lost one): a faithful rendering, not a substitution.
            d_sentence = next(s for s in d_spans if s.contains(loaded))
            if _first(sub.loaded_in(o_lang), o_spans) or _rendered_by(sub, o_spans, d_spans, loaded, o_lang, d_lang):
                continue
            # A neutral word inside the loaded phrase itself ("sold off", « fusion forcée »)
            # is part of the substitution, not the neutral word kept.
            if _first(sub.neutral_in(d_lang), [d_sentence], loaded) and _count(sub.neutral_in(d_lang), d_spans, loaded) >= _count(
                sub.neutral_in(o_lang), o_spans
            ):
                continue
            if any(loaded.overlaps(l) for h in hits.values() for _, l, _ in h):
                continue  # a word two substitutions hold is reported once, under the first
            hits.setdefault(sub.name, []).append((_replaced(ctx, sub.neutral_in(o_lang), o_spans, loaded, d_spans), loaded, score))
    return hits


def _rendered_by(sub: Substitution, o_spans: list[Span], d_spans: list[Span], loaded: Span, o_lang: str, d_lang: str) -> bool:
    """Whether the loaded word may render a word of the source's passage that it translates
    faithfully (``renders``): the source has one, and the derivative has not rendered every
    one of them already with words of its own outside the loaded one ("the merger would mean
    closing the office" -> « la fusion signifierait un regroupement des services »: the
    merger is « la fusion », so « regroupement » stands for the closing)."""
    source = _count(sub.renders_in(o_lang), o_spans)
    if not source:
        return False
    own = sub.renders_in(d_lang) if d_lang != o_lang else sub.renders_in(o_lang)
    if own is None or own is sub.renders_in("*"):
        return True
    return _count(own, d_spans, loaded) < source


def renders_source(sentence: Span, start: int, o_spans: list[Span], language: str) -> bool:
    """Whether a charged word the lexicon knows, at ``start`` (an offset in the sentence's
    segment) of a sentence in the source's own language, renders a word of the source's
    (its section's ``renders``: "speculated that" for a "possibly", "shelved" for
    "postponed indefinitely"): a word read by its place is then no judgement."""
    rest = sentence.text[start - sentence.start :]
    return any(
        (loaded := sub.loaded_in(language)) is not None
        and (renders := sub.renders_in(language)) is not None
        and loaded.match(rest)
        and any(renders.search(s.text) for s in o_spans)
        for sub in substitutions()
    )


def _same_sentence(ctx: Context, a: Span, b: Span) -> bool:
    """Whether two words of the derivative stand in one sentence."""
    return a.seg == b.seg and any(s.contains(a) and s.contains(b) for s in ctx.derivative.sentences)


def _findings(hits: dict[str, list[tuple[Span, Span, float]]]) -> list[Finding]:
    """One finding per section; a concept of the broad lexicon gives one per word, since
    its different words ("slammed" here, "lambasted" there) are different choices."""
    findings: list[Finding] = []
    by_name = {sub.name: sub for sub in substitutions()}
    for name, all_found in hits.items():
        sub = by_name[name]
        if sub.broad:
            by_word: dict[str, list[tuple[Span, Span, float]]] = {}
            for hit in all_found:
                by_word.setdefault(" ".join(hit[1].text.lower().split()), []).append(hit)
            findings += [_finding(sub, found) for found in by_word.values()]
        else:
            findings.append(_finding(sub, all_found))
    return findings


def _finding(sub: Substitution, found: list[tuple[Span, Span, float]]) -> Finding:
    neutral, loaded, _ = found[0]
    where = f" ({len(found)} passages)" if len(found) > 1 else ""
    change = (
        f"'{loaded.text}' was added to a passage the source wrote without it"
        if sub.qualifier
        else f"'{neutral.text}' became '{loaded.text}'"
    )
    return Finding(
        kind="loaded_term",
        original=sorted({n.seg for n, _, _ in found}),
        derivative=sorted({l.seg for _, l, _ in found}),
        original_text=neutral.text,
        derivative_text=loaded.text,
        explanation=f"Loaded term: {change}{where}: {sub.note}.",
        confidence=round(0.85 if max(s for _, _, s in found) >= 0.6 else 0.7, 3),
    )


def _frames(ctx: Context, clause: Span, source: Span, word: Span) -> bool:
    """Whether the added ``clause`` holds ``word`` and says more than the charged words in it:
    they are under half of it, or it holds at least two content words beyond them ("a
    cyber-terror gang that" and "quick to seize on the scare" are labels put in the source's
    place; "déjà malmenée par une gestion jugée calamiteuse" is a judgement added around one,
    and "dans une rue déjà envahie par les touristes" adds a street as well as the swarm). A
    clause that stands where the ``source`` sentence had a neutral verb of saying ("said" ->
    "was quick to point out once again that") is that verb made a charged one, whatever its
    length."""
    if not clause.overlaps(word):
        return False
    covered = _charged_cover(ctx, clause)
    if len(clause.text) <= 2 * len(covered) and _content_words(clause, covered) < 2:
        return False
    return not _saying_replaced(ctx, source, clause)


_FUNCTION_WORDS = frozenset(
    """a an the this that these those some any of to in on at by for from with into onto as and or but nor
    so if than then who whom whose which what where when while it its they them their he him his she her we
    our you your is are was were be been being has have had do does did will would can could may might
    shall should must not no there here very also too just only
    le la les l un une des du de d au aux à a en dans sur sous par pour avec sans chez et ou mais ni donc
    or car que qu qui dont où ce cet cette ces son sa ses leur leurs il elle ils elles on se s y ne pas plus
    est sont était étaient été être ont avait avaient sera seront très aussi
    der die das den dem des ein eine einen einem einer eines und oder aber in im an am auf aus bei mit nach
    von vom zu zum zur für über unter vor durch um als wie wenn dass ob er sie es wir ihr ihre ihren sein
    seine ist sind war waren wird werden hat haben hatte nicht kein keine sehr auch noch
    el lo los las un una unos unas y o pero en con por para sin sobre entre desde hasta del al que quien
    cuyo su sus es son era eran fue fueron ha han había no muy también
    il lo la i gli le un uno una e o ma in con per su tra fra da di del della dei degli delle al alla ai
    agli alle nel nella nei che chi cui suo sua suoi sue loro è sono era erano ha hanno non molto anche""".split()
)
"""Articles, prepositions, pronouns, conjunctions and auxiliaries of the five languages: the
words a clause needs to hold its content words together, which say nothing of their own."""


def _content_words(clause: Span, covered: set[int]) -> int:
    """How many words of ``clause`` outside the ``covered`` characters (segment offsets) say
    something of their own: not an article, a preposition, a pronoun or an auxiliary."""
    return sum(
        1
        for m in re.finditer(r"[^\W\d_]+", clause.text)
        if m.group().lower() not in _FUNCTION_WORDS
        and not any(clause.start + i in covered for i in range(m.start(), m.end()))
    )


def _charged_cover(ctx: Context, clause: Span) -> set[int]:
    """The characters (segment offsets) of ``clause`` the words of the charged qualifiers
    cover, read in the clause's segment (a word may need its context: ", quick to")."""
    text = ctx.derivative.texts.get(clause.seg, "")
    covered: set[int] = set()
    for sub in substitutions():
        regex = sub.loaded_in(ctx.derivative.language) if sub.qualifier else None
        for m in regex.finditer(text) if regex is not None else ():
            covered.update(range(max(m.start(), clause.start), min(m.end(), clause.end)))
    return covered


_RELATIVE = {
    "en": re.compile(r"\W*(?:which|who|whom|whose|that|where)\b", re.I),
    "fr": re.compile(r"\W*(?:qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|où)(?!\w)", re.I),
    "de": re.compile(r"\W*(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?|wo)\b", re.I),
    "es": re.compile(r"\W*(?:que|quien|quienes|cuy[oa]s?|cual|cuales|donde)\b", re.I),
    "it": re.compile(r"\W*(?:che|cui|il quale|la quale|i quali|le quali|dove)\b", re.I),
}
"""The words that open a relative clause: one describes a noun, so it cannot stand for a verb."""

_APPOSITION = {
    "en": re.compile(r"\W*(?:a|an|one)\s", re.I),
    "fr": re.compile(r"\W*(?:un|une)\s", re.I),
    "de": re.compile(r"\W*(?:ein|eine|einen|einem|einer)\s", re.I),
    "es": re.compile(r"\W*(?:un|una)\s", re.I),
    "it": re.compile(r"\W*(?:un|uno|una|un['’])\s?", re.I),
}
"""The indefinite articles that open an apposition (« une somme modeste pour une ville qui
dépense sans compter »): a noun phrase said of another, which cannot stand for a verb either."""

SAYING = "said-claimed"
"""The section whose neutral side lists the neutral verbs of saying of every language."""


@lru_cache(maxsize=None)
def saying_verbs(language: str) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """(the neutral verbs of saying, the charged ones the lexicon reports in their place:
    the loaded words of every section that shares that neutral side) in ``language``."""
    said = next((sub for sub in substitutions() if sub.name == SAYING), None)
    neutral = said.neutral_in(language) if said is not None else None
    if neutral is None:
        return None, ()
    charged = tuple(
        regex
        for sub in substitutions()
        if (own := sub.neutral_in(language)) is not None and own.pattern == neutral.pattern
        and (regex := sub.loaded_in(language)) is not None
    )
    return neutral, charged


def _saying_replaced(ctx: Context, source: Span, clause: Span) -> bool:
    """Whether the derivative's sentence holding the added ``clause`` has fewer neutral verbs of saying
    than the ``source`` sentence it renders, and no charged verb of saying ("a avoué") stands
    for the lost one outside the clause: the clause stands where the neutral verb was. A
    relative clause ("which has dragged its feet") describes the speaker instead."""
    for opening in (_RELATIVE, _APPOSITION):
        regex = opening.get(ctx.derivative.language)
        if regex is not None and regex.match(clause.text):
            return False
    d_sentence = next((s for s in ctx.derivative.sentences if s.overlaps(clause)), None)
    if d_sentence is None:
        return False
    o_neutral, _ = saying_verbs(ctx.original.language)
    d_neutral, charged = saying_verbs(ctx.derivative.language)
    if _count(o_neutral, [source]) <= _count(d_neutral, [d_sentence]):
        return False
    return not any(
        m.end() <= clause.start - d_sentence.start or m.start() >= clause.end - d_sentence.start
        for regex in charged
        for m in regex.finditer(d_sentence.text)
    )


def _framing_spans(ctx: Context, framing: Iterable[Finding]) -> list[Span]:
    """The derivative spans of the added clauses in ``framing``, found back in their segments."""
    spans = []
    for f in framing:
        if f.kind != "added" or not f.derivative_text:
            continue
        for seg in f.derivative:
            start = ctx.derivative.texts.get(seg, "").find(f.derivative_text)
            if start >= 0:
                spans.append(Span(seg, start, start + len(f.derivative_text), f.derivative_text))
    return spans


def _added_qualifier(ctx: Context, group, sub: Substitution, o_spans: list[Span]) -> tuple[Span, Span] | None:
    """(the source's sentence, the charged word) when a derivative sentence that renders a
    source sentence carries a charged qualifier of ``sub`` (the caller has left out the
    groups whose source passage judges with a word of its own, see :func:`_scorned`).

    Only aligned sentences count: a charged word in a sentence with no counterpart is
    part of added framing, reported as such. The original language must have the list
    too, or a faithful rendering of its own charged word could not be recognised.
    """
    o_terms, d_terms = sub.loaded_in(ctx.original.language), sub.loaded_in(ctx.derivative.language)
    if o_terms is None or d_terms is None:
        return None
    if _first(sub.renders_in(ctx.original.language), o_spans) is not None:
        return None  # "the alleged fraud" / « la prétendue fraude »: a rendering
    for o_block, d_block, _ in group.aligned():
        if not o_block:
            continue
        loaded = _first(d_terms, [ctx.derivative.sentences[k] for k in d_block])
        if loaded is None or (sub.broad and (_between_marks(ctx, loaded, o_block) or _proper_noun(ctx, loaded))):
            continue
        if not _quoted_rendering(ctx, loaded, o_block):
            return ctx.original.sentences[o_block[0]], loaded
    return None


_CAPITALISED_NOUNS = frozenset({"de"})
"""Languages that capitalise every noun: there a capital says nothing of a name."""


def _proper_noun(ctx: Context, word: Span) -> bool:
    """Whether a charged word is a capitalised word inside its sentence: a name ("Gerrit
    Molder"), not the verb "molder", in a language whose common nouns are lower-case."""
    if ctx.derivative.language in _CAPITALISED_NOUNS or not word.text[:1].isupper():
        return False
    return not any(s.seg == word.seg and s.start == word.start for s in ctx.derivative.sentences)


def _quoted_rendering(ctx: Context, word: Span, o_block: list[int]) -> bool:
    """Whether the charged word stands inside a quote where the source's sentence quotes
    too: the speaker's words translated (« rangées dans un tiroir » for "filed and
    forgotten"), which the quote analysis compares, not the writer's judgement."""
    from diptych.engine.quotes import quote_regions

    d = ctx.derivative
    regions = ctx.memo(
        f"quote_regions:{word.seg}", lambda: [(r.start, r.end) for r in quote_regions(word.seg, d.texts[word.seg], d.language)]
    )
    if not any(a <= word.start and word.end <= b for a, b in regions):
        return False
    o = ctx.original
    return any(
        quote_regions(o.sentences[k].seg, o.sentences[k].text, o.language) for k in o_block
    )


MARKED = re.compile(r"«[^»]{1,200}»|“[^”]{1,200}”|„[^“”]{1,200}[“”]|\"[^\"]{1,200}\"|‘[^’]{1,200}’")
"""Words between quotation marks, however short: a quoted word or phrase (« scandaleuse »)
is the speaker's, even where it is too short to count as a quote."""


def _between_marks(ctx: Context, word: Span, o_block: list[int]) -> bool:
    """Whether a word of the broad lexicon stands between quotation marks where the source's
    sentence quotes too: the speaker's word rendered ("deeply troubling" -> « scandaleuse »),
    which the quote analysis compares."""
    text = ctx.derivative.texts[word.seg]
    if not any(m.start() < word.start and word.end < m.end() for m in MARKED.finditer(text)):
        return False
    return any(MARKED.search(ctx.original.sentences[k].text) for k in o_block)


def _scorned(language: str, spans: list[Span]) -> bool:
    """Whether the source's passage already passes a judgement of its own with a word of any
    charged section: a translator may render one charged word with another list's word
    ("eco-zealots" -> « écolos fanatiques »), so no word of judgement there is new."""
    return any(
        _first(sub.loaded_in(language), spans) is not None for sub in substitutions() if sub.qualifier and sub.judges
    )
