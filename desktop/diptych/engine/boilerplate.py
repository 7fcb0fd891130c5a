"""Tell page furniture from article text: share prompts, "Related Post", credits, debris.

Boilerplate is marked, never deleted: the reader still sees it, greyed, and the
segment ids keep matching the extracted text. Two kinds of evidence:

- per-language lexicons (``resources/lexicons/boilerplate.<lang>.txt``; English is always
  checked too, because sites mix), each entry a regular expression matched against a
  whole short paragraph;
- structural cues that need no language: a stray one- or two-character line, a line of
  only symbols, a bare URL, a short line repeated like navigation, and a short line
  ending with ":" at the very end that introduced share buttons the scrape left out.

The rules err towards keeping text: a short real headline or a one-sentence paragraph
of news must stay content, because a wrongly hidden paragraph hides an omission.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from diptych.resource_files import read_lexicon

LEXICON = "boilerplate"
MAX_LEXICON_WORDS = 40  # furniture is short; longer paragraphs are never matched by phrase
MAX_NAV_WORDS = 3  # a repeated line this short is navigation ("Share", "Advertisement")

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŠŽČŘĚŤĎŇŐŰĞİŞ"
_NAME_WORD = rf"(?-i:[{_UPPER}][\w'’.\-]*)"
_PARTICLE = r"(?:de|da|del|della|di|du|des|dos|van|von|der|den|la|le|al|el|bin|ibn|zu|ter)"
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

_SPACES = re.compile(r"\s+")
# Trailing decoration of a furniture line: "Share:", "Lien source →", "Read more »".
_TRAILING_DECORATION = re.compile(r"[\s:|»›→>•·\-–—]+$")
_URL_TOKEN = re.compile(
    r"^[(<\[]?(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?)[)>\]]?$",
    re.IGNORECASE,
)


def mark_boilerplate(paragraphs: list[str], language: str) -> list[bool]:
    """For each paragraph, True if it is page furniture rather than article text."""
    patterns = _patterns(language)
    normalized = [_SPACES.sub(" ", p).strip() for p in paragraphs]
    flags = [_is_debris(p) or _matches_lexicon(p, patterns) for p in normalized]
    _mark_repeated_short_lines(normalized, flags)
    _mark_trailing_prompt(normalized, flags)
    return flags


def is_boilerplate(paragraph: str, language: str = "en") -> bool:
    """One paragraph on its own (no structural context): a convenience for callers and tests."""
    return mark_boilerplate([paragraph], language)[0]


@functools.lru_cache(maxsize=32)
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """Compiled lexicon entries of ``language`` plus English, in file order."""
    languages = ["en"] if language in ("en", "und", "") else [language, "en"]
    compiled = []
    for lang in languages:
        for entry in read_lexicon(LEXICON, lang):
            for placeholder, regex in PLACEHOLDERS.items():
                entry = entry.replace(placeholder, regex)
            try:
                compiled.append(re.compile(entry, re.IGNORECASE))
            except re.error as error:
                raise ValueError(f"bad entry in {LEXICON}.{lang}.txt: {entry!r}: {error}") from None
    return tuple(compiled)


def _matches_lexicon(paragraph: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
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


_CRUMB_SEPARATORS = re.compile(r"\s*[›»>|·•]\s*")


def _is_breadcrumb(paragraph: str) -> bool:
    """"Home › World › Europe", "Business | Economy": short capitalised sections in a row."""
    parts = [p for p in _CRUMB_SEPARATORS.split(paragraph) if p]
    if len(parts) < 2 or len(paragraph.split()) > 10 or re.search(r"[.!?,;:\d]", paragraph):
        return False
    return all(len(p.split()) <= 3 and p[0].isupper() for p in parts)


_TIME_TOKENS = re.compile(
    rf"""\d{{1,2}}(?:[:h]\d{{2}})(?:\s*(?:am|pm|uhr))?  # 18:55, 19h48, 9:30 pm
    |\d{{1,4}}(?:[/.\-]\d{{1,2}}[/.\-]\d{{2,4}})?   # 6, 2025, 06/02/2025
    |{PLACEHOLDERS["{MONTH}"]}|{PLACEHOLDERS["{WEEKDAY}"]}
    |(?:min|mins|minutes?)\s*(?:read|de\s+lecture|lesezeit)?
    |(?:updated|published|posted|last\s+updated|mis\s+à\s+jour|publié|modifié|aktualisiert
       |veröffentlicht|actualizado|publicado|le|la|à|a|at|on|am|um|el|de|du|of|the|gmt|utc|cet|cest|et|edt)\b
    |[,|·•—–\-:()]""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_timestamp(paragraph: str) -> bool:
    """A dateline: a date or time with at most a desk name left ("Sports desk | 6 Feb 2025 18:55")."""
    if len(paragraph.split()) > 14 or not re.search(r"\d", paragraph):
        return False
    # A year, a clock time or a reading time: a bare "3 May" may be a headline's.
    if not re.search(r"\b(?:19|20)\d\d\b|\d[:h]\d\d|\bmin\b", paragraph, re.IGNORECASE):
        return False
    rest = _TIME_TOKENS.sub(" ", paragraph).split()
    # Words left over are a desk or author name, set apart as bylines are.
    return not rest or (len(rest) <= 2 and re.search(r"[|·•—–]", paragraph) is not None)


def _is_nav_like(paragraph: str) -> bool:
    words = paragraph.split()
    return 0 < len(words) <= MAX_NAV_WORDS and len(paragraph) <= 30 and paragraph[-1] not in ".!?\"»”"


def _mark_repeated_short_lines(paragraphs: list[str], flags: list[bool]) -> None:
    """A very short line that occurs twice or more is navigation or an ad label."""
    counts = Counter(p.casefold() for p in paragraphs if _is_nav_like(p))
    for i, p in enumerate(paragraphs):
        if counts.get(p.casefold(), 0) >= 2:
            flags[i] = True


def _mark_trailing_prompt(paragraphs: list[str], flags: list[bool]) -> None:
    """The last content line, if short and ending with ":", introduced share buttons."""
    for i in range(len(paragraphs) - 1, -1, -1):
        if flags[i]:
            continue
        p = paragraphs[i]
        if p.endswith(":") and len(p.split()) <= 15:
            flags[i] = True
        return
