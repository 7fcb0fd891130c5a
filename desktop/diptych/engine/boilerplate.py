"""Tell page furniture from article text: share prompts, "Related Post", credits, debris.

Boilerplate is marked, never deleted: the reader still sees it, greyed, and the
segment ids keep matching the extracted text. Two kinds of evidence:

- per-language lexicons (``resources/lexicons/boilerplate.<lang>.txt``; English is always
  checked too, because sites mix), each entry a regular expression matched against a
  whole short paragraph;
- structural cues that need no language: a stray one- or two-character line, a line of
  only symbols, a bare URL, a short line repeated like navigation, and a short line
  ending with ":" at the very end that introduced share buttons the scrape left out;
- structural cues fed by the lexicons' word lists: a menu line made only of menu and
  section words ("Menu Search"), a share bar made only of share words and network names
  ("Partager sur Facebook Partager sur X Envoyer par e-mail"), a byline cut by separators
  into names and a date or reading time ("Jane Doe, Lyon · 3 May 2026 · 4 min read"), a
  cookie or consent notice (up to ``MAX_NOTICE_WORDS``), a consent banner that names the
  reader's privacy and ends in its buttons ("We value your privacy. Accept all | Reject all"),
  a subscription offer ("Subscribe for €1 a month"), and a topic trail ("Topics: A · B");
- cues that need the other article (``unlinked_furniture``): a short line with no
  counterpart that is no sentence ("Listen to this article") came with the page, not the
  writer; in a copy that repeats the original word for word, so did any short line with
  no counterpart that speaks to the reader;
- cues that need the paragraph's neighbours: a kicker, the one-word or section label
  set above or below the headline ("CHESS", "Wirtschaft"), and a reporter's name with the
  place she writes from ("Laura Kettunen in Helsinki"), in the lines before the body.

The rules err towards keeping text: a short real headline or a one-sentence paragraph
of news must stay content, because a wrongly hidden paragraph hides an omission.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from diptych.engine.lexicons import compile_words, sections

LEXICON = "boilerplate"
MAX_LEXICON_WORDS = 40  # furniture is short; longer paragraphs are never matched by phrase
MAX_NAV_WORDS = 3  # a repeated line this short is navigation ("Share", "Advertisement")
MAX_MENU_WORDS = 14  # a menu or share bar longer than this is a sentence that happens to use the words
MAX_BYLINE_WORDS = 20
MAX_WIRE_DATELINE_WORDS = 8  # "Oslo, 12.03.2026 (NTB)": a place, a date, an agency
MAX_BYLINE_NAME_WORDS = 6  # "By Ana María de la Fuente, Madrid" fits; a headline clause rarely does
MAX_NOTICE_WORDS = 90  # cookie and consent notices run longer than other furniture
MAX_OFFER_WORDS = 35  # "Subscribe for €1 a month and read without limits. Cancel anytime."
MAX_TRAIL_ITEM_WORDS = 5  # a topic is a name or a short phrase, never a clause
MAX_TRAIL_WORDS = 30
MAX_RANKED_ITEM_WORDS = 14  # a ranked list ("Most read: 1. …") holds headlines, not topics
MAX_KICKER_WORDS = 3
MAX_HEADLINE_WORDS = 25
MAX_TIMESTAMP_WORDS = 30  # a published and a modified date with their times
TOP_LINES = 6  # kickers are looked for among the first content lines, before the body starts

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŠŽČŘĚŤĎŇŐŰĞİŞ"
_NAME_WORD = rf"(?-i:[{_UPPER}][\w'’.\-]*)"
_PARTICLE = r"(?:de|da|do|das|del|della|dello|dei|degli|delle|di|du|des|dos|van|von|der|den|la|le|al|el|bin|ibn|zu|ter|y)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}}"
_NETWORK = (
    r"(?:facebook|x|twitter|telegram|whatsapp|instagram|linkedin|reddit|pinterest|tiktok"
    r"|youtube|threads|bluesky|mastodon|vk|vkontakte|odnoklassniki|e-?mail|messenger"
    r"|flipboard|google news|rumble|truth social|viber|snapchat|xing)"
)

PLACEHOLDERS = {
    "{NAMES}": rf"{_NAME}(?:\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*{_NAME})*",
    "{TAIL}": r"(?:\s*[,;|/–—-]\s*[^.!?]{0,80})?",
    # A linked headline or a site name: no sentence break (a dot only inside "rt.com").
    "{SHORT}": r"(?:[^.!?]|\.(?=\w)){0,100}[?!]?",
    "{MEDIA}": r"(?:photo|photograph|picture|image|video|illustration|graphic|credit|source|footage)",
    "{NETWORKS}": rf"{_NETWORK}(?:[\s,|/·•]+{_NETWORK})*",
    "{WEEKDAY}": (
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu"
        r"|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag"
        r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles"
        r"|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato"
        r"|domenica)\b\.?"
    ),
    "{MONTH}": (
        r"(?:january|february|march|april|may|june|july|august|september|october|november"
        r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars"
        r"|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar"
        r"|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio"
        r"|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio"
        r"|giugno|luglio|settembre|ottobre|dicembre)\b\.?"
    ),
}

# A price in any of the five languages' currencies: "€1", "0,99 €", "£4.99", "99p", "2 euros".
_PRICE = re.compile(
    r"(?:[€$£]\s?\d+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?\s?(?:[€$£]|(?:eur|euros?|usd|dollars?|pounds?|p|cents?|centimes?|céntimos?"
    r"|centesimi|chf|franken|francs?|gbp)\b)"
    r"|\b(?:eur|usd|chf|gbp)\s?\d)",
    re.IGNORECASE,
)

_SPACES = re.compile(r"\s+")
# Trailing decoration of a furniture line: "Share:", "Lien source →", "Read more »".
_TRAILING_DECORATION = re.compile(r"[\s:|»›→>•·\-–—]+$")
_URL_TOKEN = re.compile(
    r"^[(<\[]?(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?)[)>\]]?$",
    re.IGNORECASE,
)


def mark_boilerplate(paragraphs: list[str], language: str) -> list[bool]:
    """For each paragraph, True if it is page furniture rather than article text."""
    lexicon = _lexicon(language)
    normalized = [_SPACES.sub(" ", p).strip() for p in paragraphs]
    flags = [_is_debris(p) or _is_furniture(p, lexicon) for p in normalized]
    _mark_repeated_short_lines(normalized, flags)
    _mark_trailing_prompt(normalized, flags)
    _mark_kickers(normalized, flags, lexicon)
    return flags


def is_boilerplate(paragraph: str, language: str = "en") -> bool:
    """One paragraph on its own (no structural context): a convenience for callers and tests."""
    return mark_boilerplate([paragraph], language)[0]


@dataclass(frozen=True)
class _Lexicon:
    """One language's boilerplate lexicon (with English merged in), compiled."""

    patterns: tuple[_Entry, ...]  # whole short paragraphs
    notices: tuple[_Entry, ...]  # whole cookie/consent notices
    menu_item: re.Pattern[str]  # one menu word (group "tool") or section name
    share_item: re.Pattern[str]  # one share word (group "share") or network name
    byline_words: frozenset[str]  # lower-case words a byline may hold besides names
    subscribe: re.Pattern[str]  # a call to subscribe or try, opening a sentence
    offer: re.Pattern[str]  # an offer's terms ("a month", "first month", "cancel anytime")
    trail_label: re.Pattern[str]  # "Topics", "More on this story", "Mehr zum Thema"
    kicker_item: re.Pattern[str]  # a section or label name that may stand above a headline
    privacy: re.Pattern[str]  # a consent banner's words about the reader's privacy or data
    button_item: re.Pattern[str]  # a consent button (group "consent") or another banner button
    call: re.Pattern[str]  # a bare call to the reader that ends a pitch ("Subscribe here")
    reader: re.Pattern[str]  # words addressing the reader or naming the publisher ("you", "our")


def _languages(language: str) -> list[str]:
    return ["en"] if language in ("en", "und", "") else [language, "en"]


@functools.lru_cache(maxsize=32)
def _lexicon(language: str) -> _Lexicon:
    """The lexicon of ``language`` plus English: regular expressions in file order, word lists merged."""
    lists: dict[str, list[str]] = {}
    for lang in _languages(language):
        for section, items in sections(LEXICON, lang).items():
            lists.setdefault(section, []).extend(items)
    return _Lexicon(
        patterns=_compile_all(lists.get("", []), language),
        notices=_compile_all(lists.get("notices", []), language),
        menu_item=_item_pattern(("tool", lists.get("navigation", [])), ("other", lists.get("sections", []))),
        share_item=_item_pattern(("share", lists.get("share", [])), ("network", [_NETWORK])),
        byline_words=frozenset(w.casefold() for w in lists.get("byline", [])),
        subscribe=_item_pattern(("subscribe", lists.get("subscribe", []))),
        offer=_item_pattern(("offer", lists.get("offer", []))),
        trail_label=_item_pattern(("label", lists.get("trails", []))),
        kicker_item=_item_pattern(("kicker", lists.get("sections", []) + lists.get("kickers", []))),
        privacy=_item_pattern(("privacy", lists.get("privacy", []))),
        button_item=_item_pattern(
            ("consent", lists.get("consent", [])),
            ("other", lists.get("settings", []) + lists.get("navigation", [])),
        ),
        call=_item_pattern(("call", lists.get("calls", []))),
        reader=_item_pattern(("reader", lists.get("reader", []))),
    )


# What each long placeholder may match, widened to a pattern that is cheap to compile.
# An entry is first tried with these in place (a necessary condition: each widening
# matches everything its placeholder does); its exact pattern, costly to compile because
# of the placeholders' long alternations, is only compiled for a paragraph that passes.
# Most entries never see one, and compiling them all was a third of a cold comparison's
# own time.
_WIDENED = {
    "{NAMES}": r"[\s\S]+?",
    "{NETWORKS}": r"[\s\S]+?",
    "{WEEKDAY}": r"\w+\.?",
    "{MONTH}": r"\w+\.?",
    "{MEDIA}": r"\w+",
}


class _Entry:
    """One lexicon entry, matched against a whole paragraph."""

    def __init__(self, entry: str) -> None:
        self._entry = entry
        self.quick = re.compile(_expand(entry, {**PLACEHOLDERS, **_WIDENED}), re.IGNORECASE)
        self._exact: re.Pattern[str] | None = None if _expand(entry, _WIDENED) != entry else self.quick

    def fullmatch(self, paragraph: str) -> bool:
        if not self.quick.fullmatch(paragraph):
            return False
        if self._exact is None:
            self._exact = re.compile(_expand(self._entry, PLACEHOLDERS), re.IGNORECASE)
        return bool(self._exact.fullmatch(paragraph))


def _expand(entry: str, placeholders: dict[str, str]) -> str:
    for placeholder, regex in placeholders.items():
        entry = entry.replace(placeholder, regex)
    return entry


def _compile_all(entries: list[str], language: str) -> tuple[_Entry, ...]:
    compiled = []
    for entry in entries:
        try:
            compiled.append(_Entry(entry))
        except re.error as error:
            raise ValueError(f"bad entry in {LEXICON} lexicon ({language}): {entry!r}: {error}") from None
    return tuple(compiled)


def _item_pattern(*groups: tuple[str, list[str]]) -> re.Pattern[str]:
    """One word-list item at a position, named by the group it comes from, longest first."""
    parts = []
    for name, items in groups:
        words = compile_words(items)
        if words is not None:
            parts.append(f"(?P<{name}>{words.pattern})")
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def _is_furniture(paragraph: str, lexicon: _Lexicon) -> bool:
    words = len(paragraph.split())
    if words <= MAX_NOTICE_WORDS and (
        any(p.fullmatch(paragraph) for p in lexicon.notices) or _is_consent_banner(paragraph, lexicon)
    ):
        return True
    if words > MAX_LEXICON_WORDS:
        return False
    return (
        _is_furniture_item(paragraph, lexicon)
        or _ends_in_call(paragraph, lexicon)
        or _is_compound(paragraph, lexicon)
    )


def _is_furniture_item(paragraph: str, lexicon: _Lexicon) -> bool:
    return (
        _matches_lexicon(paragraph, lexicon.patterns)
        or _is_menu(paragraph, lexicon)
        or _is_share_bar(paragraph, lexicon)
        or _is_byline(paragraph, lexicon)
        or _is_offer(paragraph, lexicon)
        or _is_trail(paragraph, lexicon)
    )


_COMPOUND_SEPARATORS = re.compile(r"\s+[|·•]\s+")


def _is_compound(paragraph: str, lexicon: _Lexicon) -> bool:
    """"47 comments · Join the conversation": widgets a page sets side by side on one line.

    Each part, cut at a spaced · | •, must be furniture on its own: a news sentence is
    never cut by those marks, and one content part keeps the whole line content.
    """
    parts = [p for p in _COMPOUND_SEPARATORS.split(paragraph) if p.strip()]
    if len(parts) < 2:
        return False
    return all(_is_debris(p) or _is_furniture_item(p, lexicon) for p in parts)


_LAST_SENTENCE = re.compile(r"[.!?:]\s+(?=\S)")
_CALL_TAIL = re.compile(r"[\s.!:»›→>]*$")


def _ends_in_call(paragraph: str, lexicon: _Lexicon) -> bool:
    """"Want the week's news in one email? Subscribe here": a pitch closed by its button.

    The last sentence is nothing but a call to the reader ("Subscribe here", "Inscrivez-vous",
    "Jetzt herunterladen"); news reports such a call in a clause, it never ends on one.
    """
    if len(paragraph.split()) > MAX_OFFER_WORDS or _QUOTES.search(paragraph):
        return False
    breaks = list(_LAST_SENTENCE.finditer(paragraph))
    if not breaks:
        return False
    last = _CALL_TAIL.sub("", paragraph[breaks[-1].end():])
    return lexicon.call.fullmatch(last) is not None


def _matches_lexicon(paragraph: str, patterns: tuple[_Entry, ...]) -> bool:
    words = paragraph.split()
    if not words or len(words) > MAX_LEXICON_WORDS:
        return False
    candidates = {paragraph, _TRAILING_DECORATION.sub("", paragraph)}
    # "Subscribe to our newsletter." is a button; a long line ending with a full stop
    # is a sentence, so only short lines lose their final dot.
    if len(words) <= 6:
        candidates.add(_TRAILING_DECORATION.sub("", paragraph.rstrip(".")))
    candidates.discard("")
    return any(p.fullmatch(c) for p in patterns for c in candidates)


_ITEM_GAP = re.compile(r"[\s|·•/›»>:,&+]*")  # what may sit between menu or share-bar items
_SENTENCE_MARKS = re.compile(r"[.!?;\"“”«»„\d]")


def _items(paragraph: str, item: re.Pattern[str]) -> list[str] | None:
    """Names of the groups of the word-list items that make up all of ``paragraph``, or None."""
    names: list[str] = []
    position = _ITEM_GAP.match(paragraph).end()
    while position < len(paragraph):
        match = item.match(paragraph, position)
        if match is None or match.end() == position:
            return None
        names.append(match.lastgroup or "")
        position = _ITEM_GAP.match(paragraph, match.end()).end()
    return names


def _is_menu(paragraph: str, lexicon: _Lexicon) -> bool:
    """"Menu Search", "Home | World | Business | Log in": menu words only, one of them a tool.

    Section names alone ("World Business") do not make a menu: a short headline may be two
    such words. No sentence punctuation, quote or digit may appear.
    """
    line = _TRAILING_DECORATION.sub("", paragraph)
    if not line or len(line.split()) > MAX_MENU_WORDS or _SENTENCE_MARKS.search(line):
        return False
    names = _items(line, lexicon.menu_item)
    return bool(names) and "tool" in names


def _is_share_bar(paragraph: str, lexicon: _Lexicon) -> bool:
    """"Partager sur Facebook Partager sur X Envoyer par e-mail": share words and networks only."""
    line = _TRAILING_DECORATION.sub("", paragraph)
    if not line or len(line.split()) > MAX_MENU_WORDS or _SENTENCE_MARKS.search(line):
        return False
    names = _items(line, lexicon.share_item)
    return bool(names) and len(names) >= 2 and "network" in names


_QUOTES = re.compile(r"[\"“”«»„]")
_SENTENCE_START = re.compile(r"[.!?:;|·•—–]\s+|[¡¿]\s*")
_SENTENCE_END = re.compile(r"[.!?…]\s+")


def _sentence_starts(paragraph: str) -> list[int]:
    """Where a sentence, or a button's text after a separator, may begin."""
    return [0] + [m.end() for m in _SENTENCE_START.finditer(paragraph)]


def _is_offer(paragraph: str, lexicon: _Lexicon) -> bool:
    """"Subscribe for €1 a month", "Jetzt für 0,99 € testen": a call to subscribe with a price or terms.

    The call opens a sentence (an imperative addressed to the reader): news about prices
    ("Subscribers will pay €2 a month more") names subscribers, it does not address them.
    """
    if len(paragraph.split()) > MAX_OFFER_WORDS or _QUOTES.search(paragraph):
        return False
    if not any(lexicon.subscribe.match(paragraph, start) for start in _sentence_starts(paragraph)):
        return False
    return bool(_PRICE.search(paragraph) or lexicon.offer.search(paragraph))


_TRAIL_LABEL_END = re.compile(r"\s*[:|—–]\s*")
_TRAIL_SEPARATORS = re.compile(r"\s*[·•|/]\s*")
_TRAIL_SEPARATORS_AFTER_COLON = re.compile(r"\s*[·•|/,;]\s*")
_TRAIL_BREAKS = re.compile(r"[.!?\"“”«»„]")
_NUMBERED = re.compile(r"(?:^|\s+)\d{1,2}[.)]\s+")


def _is_trail(paragraph: str, lexicon: _Lexicon) -> bool:
    """"Explore more on these topics: Greece · Ports · Strikes": a label and a short list of topics.

    Without a colon after the label the topics must be cut by · | / • (a comma may be a
    clause's); each topic is at most a few words and no topic holds a sentence mark.
    """
    line = _TRAILING_DECORATION.sub("", paragraph)
    label = lexicon.trail_label.match(line)
    if label is None or len(line.split()) > MAX_TRAIL_WORDS:
        return False
    rest = line[label.end():]
    colon = _TRAIL_LABEL_END.match(rest)
    if colon:
        rest = rest[colon.end():]
    if not rest.strip():
        # The label alone: "Explore more on these topics", "Temi:".
        return bool(colon) or len(label.group().split()) >= 2 or paragraph != line
    if not colon and not rest[:1].isspace():
        return False
    if colon and not _NUMBERED.match(rest) and _is_linked_headline(rest):
        # "Most read: The farmer who found a golden horn": the label and one linked headline.
        return True
    if colon and _NUMBERED.match(rest):
        # "Most read: 1. Drought … 2. Fuel prices rise": a ranked list of linked headlines.
        items = [t for t in _NUMBERED.split(rest) if t.strip()]
        return len(items) >= 2 and all(_is_linked_headline(t) for t in items)
    separators = _TRAIL_SEPARATORS_AFTER_COLON if colon else _TRAIL_SEPARATORS
    topics = [t for t in separators.split(rest.strip()) if t]
    if not colon and len(topics) < 2:
        return False
    return all(len(t.split()) <= MAX_TRAIL_ITEM_WORDS and not _TRAIL_BREAKS.search(t) for t in topics)


def _is_linked_headline(text: str) -> bool:
    """A headline as a trail links it: a few words, no sentence mark, no quote."""
    text = text.strip()
    return bool(text) and len(text.split()) <= MAX_RANKED_ITEM_WORDS and not _TRAIL_BREAKS.search(text)


def _is_consent_banner(paragraph: str, lexicon: _Lexicon) -> bool:
    """"We value your privacy. … Accept all | Reject all": the reader's privacy, then the buttons.

    Banners that never say "cookie" are told by their end: after a sentence about the
    reader's privacy or data, the paragraph ends in buttons only, one of them a consent
    button (accept, agree, reject). A news sentence about privacy ends in words, not buttons.
    """
    if _QUOTES.search(paragraph):
        return False
    cues = list(lexicon.privacy.finditer(paragraph))
    if not cues:
        return False
    first_cue = cues[0].start()
    starts = [m.end() for m in cues] + [m.end() for m in _SENTENCE_END.finditer(paragraph, first_cue)]
    for start in sorted(set(starts)):
        tail = _TRAILING_DECORATION.sub("", paragraph[start:]).strip()
        if not tail or len(tail.split()) > MAX_MENU_WORDS:
            continue
        names = _items(tail, lexicon.button_item)
        if names and "consent" in names:
            return True
    return False


_BYLINE_SEPARATORS = re.compile(r"\s*[|·•—–]\s*|\s+-\s+")
_BYLINE_PARTICLE = re.compile(rf"{_PARTICLE}|&", re.IGNORECASE)


def _is_byline(paragraph: str, lexicon: _Lexicon) -> bool:
    """"Helen Doe, Lyon · 3 May 2026 · 4 min read": names and places set apart from a date.

    Every part between separators is either a date, time or reading time, or a short run
    of capitalised names with a byline's few lower-case words ("by", "correspondent"); at
    least one part is a date. A dateline opening a sentence ("PARIS — The strike ...") has
    a part of lower-case words and stays content.
    """
    if len(paragraph.split()) > MAX_BYLINE_WORDS:
        return False
    parts = [p.strip(" ,;") for p in _BYLINE_SEPARATORS.split(paragraph)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return False
    dated = False
    for part in parts:
        if _is_date(part):
            dated = True
        elif not _is_names(part, lexicon.byline_words):
            return False
    return dated


def _is_names(part: str, byline_words: frozenset[str]) -> bool:
    """A run of capitalised words ("Helen Doe, Lyon"), with a byline's lower-case words allowed."""
    words = part.replace(",", " ").split()
    if not words or len(words) > MAX_BYLINE_NAME_WORDS:
        return False
    capitalised = 0
    for word in words:
        if word[0].isupper() and not any(c.isdigit() for c in word):
            capitalised += 1
        elif word.casefold() not in byline_words and not _BYLINE_PARTICLE.fullmatch(word):
            return False
    return capitalised > 0


_ZONE = re.compile(r"\b[A-Z]{2,5}\b")  # a time zone after a clock time: "EAT", "CEST", "AEDT"
_CLOCK = re.compile(r"\d{1,2}[:h.]\d{2}\b")


def _is_date(part: str) -> bool:
    """A date, a clock time or a reading time, perhaps with "Updated" before it.

    A clock time may carry any time zone's capitals ("17.52 EAT"): the lexicon cannot
    list them all, and a run of capitals after a time is no name.
    """
    if _DATE_EVIDENCE.search(part) is None:
        return False
    clock = _CLOCK.search(part)
    if clock is not None:
        part = part[: clock.end()] + _ZONE.sub(" ", part[clock.end():])
    return not _TIME_TOKENS.sub(" ", part).split()


def _is_debris(paragraph: str) -> bool:
    """Structural cues that need no lexicon."""
    if len(paragraph) <= 2:  # empty, "X", "»", "12": scrape debris
        return True
    if not any(char.isalnum() for char in paragraph):  # "* * *", "|", "— —"
        return True
    words = paragraph.split()
    if len(words) <= 3 and any(_URL_TOKEN.match(word) for word in words):
        return True
    return _is_breadcrumb(paragraph) or _is_timestamp(paragraph)


_CRUMB_MARKS = re.compile(r"[›»>|·•]")
_CRUMB_SEPARATORS = re.compile(rf"\s*{_CRUMB_MARKS.pattern}\s*|\s+/\s+")  # "/" only spaced: "and/or" is a word


def _is_breadcrumb(paragraph: str) -> bool:
    """"Home › World › Europe", "Home / Africa / East Africa": short capitalised sections in a row.

    A slash alone needs three sections: "Paris / Berlin talks resume" is a headline.
    """
    parts = [p for p in _CRUMB_SEPARATORS.split(paragraph) if p]
    # The words of the sections, not the marks between them: "Home · Europe · Culture ·
    # Crime · Podcasts · Log in" is seven words, not twelve.
    words = sum(len(p.split()) for p in parts)
    if len(parts) < 2 or words > 10 or re.search(r"[.!?,;:\d]", paragraph):
        return False
    if len(parts) < 3 and not _CRUMB_MARKS.search(paragraph):
        return False
    return all(len(p.split()) <= 3 and p[0].isupper() for p in parts)


_TIME_TOKENS = re.compile(
    rf"""\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}  # 06/02/2025, 02.03.2027
    |\d{{1,2}}(?:[:h.]\d{{2}})(?:\s*(?:am|pm|uhr|h))?  # 18:55, 19h48, 9:30 pm, 10.12 Uhr
    |\d{{1,4}}\.?   # 6, 2025, 13.
    |{PLACEHOLDERS["{MONTH}"]}|{PLACEHOLDERS["{WEEKDAY}"]}
    |(?:min|mins|minutes?|minuten|minuti|minutos)\b\.?   # reading time in five languages
    |(?:read|lecture|lesezeit|lesedauer|lectura|lettura|tempo|temps|tiempo)\b|ca\.
    |(?:updated|published|posted|modified|last\s+updated|last\s+modified|first\s+published|geändert|modificado|mis\s+à\s+jour|publié|modifié
       |actualisé|aktualisiert|veröffentlicht|zuletzt|stand|actualizado|publicado|última\s+actualización
       |aggiornato|pubblicato|modificato|ultimo\s+aggiornamento
       |le|la|à|a|at|on|am|um|el|de|del|di|du|of|the|il|alle|ore|las|h
       |gmt|utc|cet|cest|et|edt|bst)\b
    |[,|·•—–\-:()]""",
    re.IGNORECASE | re.VERBOSE,
)
# A year, a clock time or a reading time: a line of these is a dateline on its own.
_STRONG_DATE = r"\b(?:19|20)\d\d\b|\d[:h]\d\d|\bmin\b|\d\s*(?:mins?|minutes?|minuten|minuti|minutos)\b"
# Set apart in a byline, a day and month will do too: a bare number is no date.
_MONTH = PLACEHOLDERS["{MONTH}"]
_DATE_EVIDENCE = re.compile(
    rf"{_STRONG_DATE}|\d[.]\d\d|\d{{1,2}}\.?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b", re.IGNORECASE
)


def _is_timestamp(paragraph: str) -> bool:
    """A dateline: a date or time with at most a desk name left ("Sports desk | 6 Feb 2025 18:55")."""
    words = len(paragraph.split())
    if words > MAX_TIMESTAMP_WORDS or not re.search(r"\d", paragraph):
        return False
    # A year, a clock time or a reading time: a bare "3 May" may be a headline's.
    if not re.search(_STRONG_DATE, paragraph, re.IGNORECASE):
        return False
    rest = _TIME_TOKENS.sub(" ", paragraph).split()
    # Words left over are a desk or author name, set apart as bylines are.
    if not rest:  # dates and times only ("Sat 3 May 2026 09.30 GMT · Last modified on ...")
        return True
    if words <= 14 and len(rest) <= 2 and re.search(r"[|·•—–]", paragraph) is not None:
        return True
    if words > MAX_WIRE_DATELINE_WORDS:
        return False
    # A wire dateline: a place, a comma, the date and the agency ("Oslo, 12.03.2026 (NTB)"),
    # or the places, the agency and the date after a dash ("Vlissingen/Den Haag (AFP) – 24.
    # November 2026").
    if _PLACE_COMMA.match(paragraph) is not None:
        place = _TIME_TOKENS.sub(" ", _AGENCY.sub(" ", paragraph)).split()
        return len(place) <= 2 and all(w[:1].isupper() for w in place)
    agency = _AGENCY.search(paragraph)
    if agency is None or not _DATELINE_DASH.match(paragraph, agency.end()):
        return False
    places = _PLACE_JOINS.split(_TIME_TOKENS.sub(" ", paragraph[: agency.start()]))
    places = [w for w in places if w]
    return 0 < len(places) <= 3 and all(w[:1].isupper() for w in places) and not _TIME_TOKENS.sub(
        " ", paragraph[agency.end() :]
    ).strip(" –—-")


# An agency credited in brackets: "(dpa)", "(AFP)".
_AGENCY = re.compile(r"\([^()\d]{2,12}\)")
_DATELINE_DASH = re.compile(r"\s*[–—-]\s+")
_PLACE_JOINS = re.compile(r"[\s/]+")
# A place opening a line, set off by a comma.
_PLACE_COMMA = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]*)?,\s")


def _is_nav_like(paragraph: str) -> bool:
    words = paragraph.split()
    return 0 < len(words) <= MAX_NAV_WORDS and len(paragraph) <= 30 and paragraph[-1] not in ".!?\"»”"


def _mark_repeated_short_lines(paragraphs: list[str], flags: list[bool]) -> None:
    """A very short line that occurs twice or more is navigation or an ad label."""
    counts = Counter(p.casefold() for p in paragraphs if _is_nav_like(p))
    for i, p in enumerate(paragraphs):
        if counts.get(p.casefold(), 0) >= 2:
            flags[i] = True


def is_headline_like(paragraph: str) -> bool:
    """A headline or standfirst without a final full stop: a few words, at most a question."""
    words = len(paragraph.split())
    return 2 <= words <= MAX_HEADLINE_WORDS and paragraph[-1] not in ".…:;,"


def _is_kicker(paragraph: str, lexicon: _Lexicon) -> bool:
    """"CHESS", "ÉCHECS", "World news", "Wirtschaft": a label, not a headline.

    One word in capitals, or up to three words all of them section or label names
    ("POLITICS", "Middle East", "Opinión"). No sentence mark, quote, comma or number.
    """
    line = _TRAILING_DECORATION.sub("", paragraph)
    words = [w for w in line.split() if w not in ("&", "+")]  # "Wissen & Umwelt": two names
    if not words or len(words) > MAX_KICKER_WORDS or len(line) > 40:
        return False
    if _SENTENCE_MARKS.search(line) or "," in line or not all(any(c.isalpha() for c in w) for w in words):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(words) == 1 and len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    names = _items(line, lexicon.kicker_item)
    return bool(names)


def _mark_kickers(paragraphs: list[str], flags: list[bool], lexicon: _Lexicon) -> None:
    """A kicker right above or below the headline, before the article's body starts.

    Only among the first content lines, and only next to a headline-like line: a one-word
    line in capitals in the body, or the only line above the lede, stays content.
    """
    content = [i for i, flag in enumerate(flags) if not flag][:TOP_LINES]
    top: list[int] = []
    for i in content:
        p = paragraphs[i]
        if not _is_kicker(p, lexicon) and not is_headline_like(p):
            break  # the body has begun
        top.append(i)
    kickers = {i for i in top if _is_kicker(paragraphs[i], lexicon)}
    for i in top[1:]:  # never the headline itself ("Zelensky in Washington")
        if _is_place_byline(paragraphs[i]):
            flags[i] = True
    for k, i in enumerate(top):
        if i not in kickers:
            continue
        neighbours = [content[j] for j in (k - 1, k + 1) if 0 <= j < len(content)]
        if any(j not in kickers and is_headline_like(paragraphs[j]) for j in neighbours):
            flags[i] = True


_PLACE_PREPOSITION = re.compile(r"\s+(?:in|à|a|aus|en|da|em|from|depuis|desde)\s+")


def _is_place_byline(line: str) -> bool:
    """"Laura Kettunen in Helsinki", « Jeanne Roux à Lyon »: a reporter's name and where she
    writes from, on a line of its own under the headline."""
    parts = _PLACE_PREPOSITION.split(line.strip(), maxsplit=1)
    if len(parts) != 2 or _SENTENCE_MARKS.search(line):
        return False
    person, place = parts
    return 2 <= len(person.split()) <= 4 and len(place.split()) <= 3 and all(
        _is_names(part, frozenset()) and all(w[:1].isupper() for w in part.split()) for part in (person, place)
    )


def _mark_trailing_prompt(paragraphs: list[str], flags: list[bool]) -> None:
    """The last content line, if short and ending with ":", introduced share buttons."""
    for i in range(len(paragraphs) - 1, -1, -1):
        if flags[i]:
            continue
        p = paragraphs[i]
        if p.endswith(":") and len(p.split()) <= 15:
            flags[i] = True
        return


COPY_RATIO = 95  # rapidfuzz ratio of a paragraph copied word for word (typography aside)
COPY_SHARE = 0.9  # of the linked paragraphs, so many copied make the derivative a copy
MIN_COPIED = 3
MAX_COPY_FURNITURE_WORDS = 25
MAX_STRAY_WORDS = 12  # an unlinked line this short with no sentence end is furniture anywhere
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"'»”’)\]]*$")


def is_copy(original: dict[int, str], derivative: dict[int, str], links: list[tuple[list[int], list[int]]]) -> bool:
    """Whether the derivative repeats the original's paragraphs word for word.

    A rewrite, which words its paragraphs anew, never qualifies.
    """
    linked = [(o[0], d[0]) for o, d in links if len(o) == 1 and len(d) == 1]
    copied = sum(fuzz.ratio(original[o], derivative[d]) >= COPY_RATIO for o, d in linked)
    return copied >= MIN_COPIED and copied >= COPY_SHARE * sum(len(d) for _, d in links)


def unlinked_furniture(texts: dict[int, str], linked: set[int], language: str, copy: bool = False) -> list[int]:
    """Paragraphs of one side with no counterpart that are page furniture, not content.

    Once the two versions are aligned, what has no counterpart is either content one
    version added or left out, or furniture the lexicons did not know. A short line that
    is no sentence (no final full stop: "Listen to this article", "Kenya edition") is
    never news content; the first paragraph, the headline, is left alone. In a page that
    copies the other word for word (``copy``), which adds nothing of its own but its
    furniture, so is any short line of a few words, and any that speaks to the reader or
    for the publisher ("you", "our"; news tells of third parties, outside quotes).
    """
    reader = _lexicon(language).reader
    order = sorted(texts)
    return [
        i for i in order[1:]
        if i not in linked and _is_stray_line(_SPACES.sub(" ", texts[i]).strip(), reader, copy)
    ]


def _is_stray_line(line: str, reader: re.Pattern[str], copy: bool) -> bool:
    words = len(line.split())
    if not words or _QUOTES.search(line):
        return False
    if words <= MAX_STRAY_WORDS and not _SENTENCE_CLOSE.search(line):
        return True
    return copy and words <= MAX_COPY_FURNITURE_WORDS and (words < 6 or reader.search(line) is not None)
