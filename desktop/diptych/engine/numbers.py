"""Figures in text, normalised across languages: 25,000 = 25 000 = 25.000 = vingt-cinq mille.

A fact-checker wants to know when a figure changed on the way, not when a translator
wrote "1,4 million" for "1.4 million". Each figure becomes a :class:`Quantity` with a
value (or, for "tens of thousands", an order of magnitude), a unit class (percent,
money, date) and the exact span including its qualifier ("more than 4,100"), so
versions can be compared by value whatever the language's separators and words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Callable

from diptych.engine.lexicons import available, compile_words, entries, pattern
from diptych.engine.sentences import Span

LEXICON = "number_words"
_COMPOUNDING = frozenset({"de", "it"})
"""Languages that write a number as one word ("fünfundzwanzigtausend", "venticinquemila")."""
_LETTER = re.compile(r"[^\W\d_]")

_DIGITS = re.compile(
    r"(?<![\w\-/])(\d+(?:(?:[.,'’]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*)"
    r"(?:\s?(?:st|nd|rd|th|er|e|ème|º|ª)(?!\w))?"
)
# A time of day: "21:14", « 21 h 14 », "21h14", "21.14 Uhr", "alle 21.14", "ore 21.14".
_TIME = re.compile(
    r"(?<![\w.,])(\d{1,2})\s?(?::|h\s?|heures?\s)(\d{2})(?!\d)"
    r"|(?<![\w.,])(\d{1,2})\.(\d{2})(?=\s?Uhr\b)"
    r"|(?<=\balle\s)(\d{1,2})\.(\d{2})(?![\d.,])|(?<=\bore\s)(\d{1,2})\.(\d{2})(?![\d.,])"
)
# A time of day given by its hour alone, or on the twelve-hour clock: "11 p.m." (23),
# "23 Uhr", « à 23 heures », « vers 23 h », "a las 23 horas", "alle 23", "ore 23"; never the
# « de » of a qualifier (« près de 14 heures », « plus de 6 heures » are numbers of hours).
_CLOCK = re.compile(
    r"(?<![\w.,])(?P<h12>\d{1,2})(?::(?P<m12>\d{2}))?\s?(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?<![\w.,])(?P<h>\d{1,2})(?=\s?Uhr\b)"
    r"|\b(?:à|vers|dès|avant|après|(?<!près\s)(?<!plus\s)(?<!moins\s)de)\s(?P<hfr>\d{1,2})(?=\s?(?:heures?\b|h\b))"
    r"|\blas\s(?P<hes>\d{1,2})(?=\s?(?:horas\b|h\b))|\ba\slas\s(?P<hes2>\d{1,2})(?=\s*[,.;]|\s+(?:de|del)\b)"
    r"|\bore\s(?P<hit>\d{1,2})(?![\d.,:]\d)|\balle\s(?P<hit2>\d{1,2})(?=\s*[,.;]|\s+(?:di|del|della)\b)",
    re.IGNORECASE,
)
# A century, by number or by name: "19th century", « XIXe siècle », „19. Jahrhundert“,
# « siglo XIX », « XIX secolo », « l'Ottocento ». Italian names a century by its hundreds
# (the 1800s, "Ottocento", are the 19th century); capitalised after a word, since a sentence
# may open on a count ("Ottocento persone").
_CENTURY_WORD = r"(?:century|centuries|siècles?|Jahrhunderts?|Jahrhunderten|secol[oi]|siglos?)"
_ROMAN = r"[IVX]{1,5}"
_CENTURY = re.compile(
    rf"(?<![\w-])(?P<n>\d{{1,2}})(?:st|nd|rd|th|e|ème|er|°|º|\.)?[\s-]?{_CENTURY_WORD}(?!\w)"
    rf"|(?<![\w-])(?P<r>{_ROMAN})(?:e|ème|er)?\s{_CENTURY_WORD}(?!\w)"
    rf"|(?<!\w)(?:siglos?|secol[oi])\s(?P<r2>{_ROMAN})(?!\w)"
    r"|(?<=\w['’ ])(?P<it>Duecento|Trecento|Quattrocento|Cinquecento|Seicento|Settecento|Ottocento|Novecento)(?!\w)"
)
_ITALIAN_CENTURIES = {
    name: k + 13
    for k, name in enumerate(("Duecento", "Trecento", "Quattrocento", "Cinquecento", "Seicento", "Settecento", "Ottocento", "Novecento"))
}


def _roman(numeral: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for k, c in enumerate(numeral):
        v = values[c]
        total += -v if k + 1 < len(numeral) and values[numeral[k + 1]] > v else v
    return total if 1 <= total <= 21 else None


_WORD = re.compile(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*")
_GAP = r"[ \u00a0\u202f\u2009]*"
_CURRENCY_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:US|C|A|HK))?[€$£][ \u00a0]?$")


@dataclass(frozen=True)
class Quantity:
    """One figure: ``value`` (exact) or ``magnitude`` (vague), its unit class and span."""

    span: Span
    value: float | None
    magnitude: float | None = None
    unit: str = ""  # "", "percent", "money", "date", "time", "share", "century"
    emphatic: bool = False
    """A "one" stressed as a count ("a single", « un seul »), so not an article."""

    @property
    def is_year(self) -> bool:
        """2022 is a year; "1,800" (with a separator) or "1800 hectares" written out is a count."""
        return (
            self.unit == ""
            and self.value is not None
            and self.value.is_integer()
            and 1800 <= self.value <= 2100
            and re.search(rf"(?<![\d.,' \u00a0\u202f]){int(self.value)}(?![\d.,])", self.span.text) is not None
        )

    @property
    def category(self) -> str:
        """Which figures can stand for each other: a year is never a changed count."""
        if self.is_year:
            return "year"
        return self.unit or "count"

    @property
    def reportable(self) -> bool:
        """A lone "one" or "half" is too often an article or a turn of phrase to report."""
        return self.value is None or self.emphatic or not (self.value in (0.5, 1.0) and self.unit == "")

    def agrees(self, other: Quantity) -> bool:
        """Same figure, as far as a reader is concerned."""
        if self.value is not None and other.value is not None:
            return _close(self.value, other.value)
        if self.magnitude is not None and other.magnitude is not None:
            return self.magnitude == other.magnitude
        vague, exact = (self, other) if self.magnitude is not None else (other, self)
        if exact.value is None or vague.magnitude is None:
            return False
        # "tens of thousands" is a fair rendering of 30,000, not of 300.
        return vague.magnitude <= exact.value < vague.magnitude * 10

    def same(self, other: Quantity) -> bool:
        """The same figure of the same kind: one renders the other."""
        return self.agrees(other) and self.category == other.category

    def describe(self) -> str:
        if self.value is None:
            return f"~{_format(self.magnitude)}s"
        if self.unit == "share":
            return str(Fraction(self.value).limit_denominator(12))
        return _format(self.value) + ("%" if self.unit == "percent" else "")


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _format(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[float, str]]
    vague: list[tuple[float, re.Pattern[str]]]
    shares: list[tuple[float, re.Pattern[str]]]
    months: list[tuple[int, re.Pattern[str]]]
    month_before: list[tuple[int, re.Pattern[str]]]
    units: list[tuple[str, re.Pattern[str]]]
    qualifier_before: re.Pattern[str] | None
    ignore: re.Pattern[str] | None
    connectors: frozenset[str]
    times: frozenset[str]
    single: re.Pattern[str] | None
    decades: re.Pattern[str] | None


@lru_cache(maxsize=None)
def number_lexicon(language: str) -> _Lexicon:
    words: dict[str, tuple[float, str]] = {}
    for line in entries(LEXICON, language, "words"):
        parts = line.split()
        words[parts[0].lower()] = (float(parts[1]), parts[2] if len(parts) > 2 else "unit")
    vague = []
    for line in entries(LEXICON, language, "vague"):
        magnitude, regex = line.split(None, 1)
        vague.append((float(magnitude), compile_words([regex])))
    vague.sort(key=lambda item: -len(item[1].pattern))
    shares = []
    for line in entries(LEXICON, language, "shares"):
        value, regex = line.split(None, 1)
        shares.append((float(Fraction(value)), compile_words([regex])))
    shares.sort(key=lambda item: -len(item[1].pattern))
    months, month_before = [], []
    for line in entries(LEXICON, language, "months"):
        number, regex = line.split(None, 1)
        # "15 November", "15. November"; "November 15"
        months.append((int(number), re.compile(rf"\.?{_GAP}(?:{regex})(?!\w)", re.IGNORECASE)))
        month_before.append((int(number), re.compile(rf"(?<!\w)(?:{regex}){_GAP}$", re.IGNORECASE)))
    units = []
    for line in entries(LEXICON, language, "units"):
        unit, regex = line.split(None, 1)
        # "25 %", "4 per cent", "1,2 milliard d'euros", "2,5 miliardi di euro", "5 million dollars"
        units.append((unit, re.compile(rf"{_GAP}(?:(?:d['’]|de\s+|di\s+|of\s+))?(?:{regex})(?!\w)", re.IGNORECASE)))
    qualifiers = entries(LEXICON, language, "qualifiers")
    qualifier_before = None
    if qualifiers:
        alternation = "|".join("(?:" + q.replace(" ", r"\s+") + ")" for q in sorted(qualifiers, key=len, reverse=True))
        qualifier_before = re.compile(rf"(?<!\w)(?:{alternation}){_GAP}$", re.IGNORECASE)
    decades = entries(LEXICON, language, "decades")
    # "two full decades", « deux longues décennies »; never "three a decade ago" (an article)
    # or "three per decade" (a rate): the word between belongs to the decade, not the figure
    apart = entries(LEXICON, language, "decade articles")
    between = rf"(?!(?:{'|'.join(apart)})\s)" if apart else ""
    return _Lexicon(
        decades=re.compile(rf"{_GAP}(?:{between}[^\W\d_]+\s+)?(?:{'|'.join(decades)})(?!\w)", re.IGNORECASE) if decades else None,
        words=words,
        vague=vague,
        shares=shares,
        months=months,
        month_before=month_before,
        units=units,
        qualifier_before=qualifier_before,
        ignore=compile_words(entries(LEXICON, language, "ignore")),
        connectors=frozenset(w.lower() for w in entries(LEXICON, language, "connectors")),
        times=frozenset(w.lower() for w in entries(LEXICON, language, "times")),
        single=compile_words(entries(LEXICON, language, "single")),
    )


def parse_digits(token: str, language: str) -> float | None:
    """Value of a written figure, by the separator conventions of ``language``.

    Spaces and apostrophes group thousands everywhere; with a single "." or ","
    followed by three digits, English reads a comma as thousands and a point as a
    decimal, the continental languages the other way round.
    """
    token = token.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    token = token.replace("’", "'")
    for sep in (" ", "'"):
        token = token.replace(sep, "")
    if not token:
        return None
    dots, commas = token.count("."), token.count(",")
    if dots and commas:
        decimal = "." if token.rfind(".") > token.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        token = token.replace(thousands, "").replace(decimal, ".")
    elif dots + commas:
        sep = "." if dots else ","
        groups = token.split(sep)
        three = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
        if len(groups) > 2:
            token = token.replace(sep, "") if three else token.replace(sep, "", len(groups) - 2).replace(sep, ".")
        else:
            english = language == "en"
            thousands = three and ((sep == "," and english) or (sep == "." and not english))
            token = token.replace(sep, "") if thousands else token.replace(sep, ".")
    try:
        return float(token)
    except ValueError:
        return None


_MEASURE_SUFFIX = re.compile(
    r"(?:tägig|jährig|wöchig|monatig|stündig|minütig|sekündig|köpfig|stöckig|spurig|teilig|gliedrig|stellig"
    r"|sitzig|seitig|malig|fach|prozentig)(?:e|en|er|es|em)?"
)
"""What a German number compound may end in: "zweitägigen", "dreijährige", "fünfköpfige"
(the figure is a count of days, years, people)."""


def _split_compound(word: str, lex: _Lexicon) -> list[str] | None:
    """"fünfundzwanzigtausend" -> [fünf, und, zwanzig, tausend]; "zweitägigen" -> [zwei];
    None if not all number words."""
    parts: list[str] = []
    rest = word
    vocabulary = set(lex.words) | lex.connectors | lex.times
    while rest:
        if any(p in lex.words for p in parts) and _MEASURE_SUFFIX.fullmatch(rest):
            return parts
        for size in range(len(rest), 1, -1):
            if rest[:size] in vocabulary:
                parts.append(rest[:size])
                rest = rest[size:]
                break
        else:
            return None
    return parts


def _words_value(words: list[str], lex: _Lexicon) -> float | None:
    """The value of a run of number words ("two hundred and five thousand")."""
    total = 0.0
    current = 0.0
    largest = 0.0
    seen = False
    for w in words:
        if w in lex.connectors or w in lex.times:
            continue
        value, kind = lex.words[w]
        seen = True
        if kind == "hundred":
            current = max(current, 1.0) * value
        elif kind == "scale":
            if value > largest and total:
                total = (total + current) * value
            else:
                total += max(current, 1.0) * value
            largest = max(largest, value)
            current = 0.0
        else:
            current += value
    return total + current if seen else None


def find_quantities(span: Span, language: str) -> list[Quantity]:
    """Every figure in ``span``'s text, with qualifier and unit, in reading order."""
    lex = number_lexicon(language)
    text = span.text
    found: list[tuple[int, int, float | None, float | None, str]] = []
    taken = [False] * (len(text) + 1)

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    def take(a: int, b: int) -> None:
        for k in range(a, b):
            taken[k] = True

    ignored = [m.span() for m in lex.ignore.finditer(text)] if lex.ignore else []
    for a, b in ignored:
        take(a, b)

    for m in _TIME.finditer(text):
        hours, minutes = [g for g in m.groups() if g is not None]
        found.append((m.start(), m.end(), int(hours) + int(minutes) / 60.0, None, "time"))
        take(m.start(), m.end())
    for m in _CLOCK.finditer(text):
        if m.group("h12"):
            hours = int(m.group("h12")) % 12 + (12 if m.group("half").lower() == "p" else 0)
            value, start = hours + int(m.group("m12") or 0) / 60.0, m.start()
        else:
            name = next(g for g in ("h", "hfr", "hes", "hes2", "hit", "hit2") if m.group(g))
            value, start = float(m.group(name)), m.start(name)
        if value > 24 or not free(start, m.end()):
            continue  # a duration ("48 h"), not a time of day
        found.append((start, m.end(), value, None, "time"))
        take(start, m.end())

    for m in _CENTURY.finditer(text):
        if m.group("n"):
            value = int(m.group("n"))
        elif m.group("it"):
            value = _ITALIAN_CENTURIES[m.group("it")]
        else:
            value = _roman(m.group("r") or m.group("r2"))
        if value is None or not free(m.start(), m.end()):
            continue
        found.append((m.start(), m.end(), float(value), None, "century"))
        take(m.start(), m.end())

    # Word tokens with their offsets, for number words and scale words after digits.
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
    token_at = {start: k for k, (start, _, _) in enumerate(tokens)}

    for m in _DIGITS.finditer(text):
        a, b = m.start(1), m.end()
        if not free(a, b):
            continue
        value = parse_digits(m.group(1), language)
        if value is None:
            continue
        end = b
        # Scale words after the digits: "1.4 million", "5m", "2,5 Mrd."
        k = _next_token(tokens, token_at, text, end)
        while k is not None:
            word = tokens[k][2]
            entry = lex.words.get(word) or lex.words.get(word.rstrip("."))
            if not entry or entry[1] not in ("scale", "abbr"):
                break
            if entry[1] == "abbr" and tokens[k][0] - end > 1:
                break
            value *= entry[0]
            end = tokens[k][1]
            if end < len(text) and text[end] == "." and entry[1] == "abbr":
                end += 1
            k = _next_token(tokens, token_at, text, end)
        found.append((a, end, value, None, ""))
        take(a, end)
        for _, unit in lex.units:  # "7,5 pour cent": "cent" is the unit, not a hundred
            m = unit.match(text, end)
            if m:
                take(end, m.end())
                break

    # Shares of a whole: "about a third of", « la moitié », "zwei Drittel".
    for value, regex in lex.shares:
        for m in regex.finditer(text):
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), value, None, "share"))
                take(m.start(), m.end())

    # A stressed "one": "a single", « un seul », "ein einziger" is a count, not an article.
    if lex.single is not None:
        for m in lex.single.finditer(text):
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), 1.0, None, "single"))
                take(m.start(), m.end())

    # Runs of number words: "twenty-five thousand", "vingt-cinq mille", "dreimal".
    k = 0
    while k < len(tokens):
        start, end, word = tokens[k]
        parts = _number_parts(word, lex, language)
        if parts is None or not free(start, end) or _only_connectors(parts, lex):
            k += 1
            continue
        run = list(parts)
        last = k
        j = k + 1
        while j < len(tokens) and text[tokens[j - 1][1] : tokens[j][0]].strip() in ("", "-"):
            more = [tokens[j][2]] if tokens[j][2] in lex.connectors else _number_parts(tokens[j][2], lex, language)
            if more is None or not free(tokens[j][0], tokens[j][1]) or not _continues(run, more, lex):
                break
            run += more
            last = j
            j += 1
        while last > k and tokens[last][2] in lex.connectors:
            run.pop()
            last -= 1
        value = _words_value(run, lex)
        a, b = tokens[k][0], tokens[last][1]
        lone_article = value == 1.0 and len([w for w in run if w in lex.words]) == 1
        if value is not None and not lone_article:
            found.append((a, b, value, None, ""))
            take(a, b)
        k = last + 1

    # Vague quantities not attached to a figure: "tens of thousands", "des milliers".
    for magnitude, regex in lex.vague:
        for m in regex.finditer(text):
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), None, magnitude, ""))
                take(m.start(), m.end())

    quantities = []
    for a, b, value, magnitude, unit in sorted(found):
        emphatic = unit == "single"
        # "two decades" is twenty years, as « veinte años » renders it (« las dos últimas décadas »)
        m = lex.decades.match(text, b) if lex.decades is not None and unit == "" and value in range(1, 11) else None
        if m:
            value, b = value * 10, m.end()
        a, b, value, unit = _attach(text, a, b, value, "" if emphatic else unit, lex)
        quantities.append(Quantity(span.sub(a, b), value, magnitude, unit, emphatic))
    return quantities


def _next_token(tokens, token_at, text: str, pos: int) -> int | None:
    j = pos
    while j < len(text) and text[j] in " \u00a0\u202f":
        j += 1
    return token_at.get(j)


def _continues(run: list[str], more: list[str], lex: _Lexicon) -> bool:
    """Whether the next word still belongs to the same written number.

    Words add up only from larger to smaller ("twenty-one", "vingt et un", "hundred and
    five") or multiply ("five hundred"); "between one and four years" and "two or three"
    are two numbers, never their sum.
    """
    previous = next((w for w in reversed(run) if w in lex.words), None)
    following = next((w for w in more if w in lex.words), None)
    if previous is None or following is None:
        return True
    (u, u_kind), (v, v_kind) = lex.words[previous], lex.words[following]
    if u_kind != "unit" or v_kind != "unit":
        return True  # "hundred and five", "five hundred", "two thousand three hundred"
    tens = u >= 20 and u % 10 == 0
    return tens and v < min(u, 20)


def _only_connectors(parts: list[str], lex: _Lexicon) -> bool:
    return all(p in lex.connectors or p in lex.times for p in parts)


def _number_parts(word: str, lex: _Lexicon, language: str) -> list[str] | None:
    """The number words a token is made of, or None if it is not a number word."""
    if word in lex.words:
        return None if lex.words[word][1] == "abbr" else [word]
    pieces = re.split(r"[-‑]", word)
    out: list[str] = []
    for k, piece in enumerate(pieces):
        if out and f"{out[-1]}-{piece}" in lex.words:  # "quatre-vingt"
            out[-1] = f"{out[-1]}-{piece}"
        elif piece in lex.words:
            if lex.words[piece][1] == "abbr":
                return None  # "m", "bn", "Mrd" only count right after digits
            out.append(piece)
        elif (piece in lex.connectors or piece in lex.times) and out:
            out.append(piece)  # "vingt-et-un"; "two-time" champion
        elif language in _COMPOUNDING and len(piece) > 4 and (split := _split_compound(piece, lex)) is not None:
            out += split
        elif k > 0 and any(p in lex.words for p in out) and all(p.isalpha() for p in pieces[k:]):
            return out  # a figure made a modifier: "a three-day strike", "a two-year-old"
        else:
            return None
    return out or None


def _attach(text: str, a: int, b: int, value: float | None, unit: str, lex: _Lexicon):
    """Widen a figure to its currency, percent sign, month name and qualifier."""
    for name, regex in lex.units:
        m = regex.match(text, b)
        if m:
            unit = unit or name
            b = m.end()
            break
    m = _CURRENCY_BEFORE.search(text, 0, a)
    if m and m.end() == a:
        unit = unit or "money"
        a = m.start()
    if value is not None and unit in ("", "time") and value.is_integer() and 1 <= value <= 31:
        for number, regex in lex.months:
            m = regex.match(text, b)
            if m:
                b, value, unit = m.end(), number * 100 + value, "date"
                break
        else:
            for number, regex in lex.month_before:
                m = regex.search(text, 0, a)
                if m and m.end() == a:
                    a, value, unit = m.start(), number * 100 + value, "date"
                    break
    if lex.qualifier_before is not None:
        m = lex.qualifier_before.search(text, 0, a)
        if m and m.end() == a:
            a = m.start()
    return a, b, value, unit


def _matches(
    o: list[Quantity], d: list[Quantity], counted: Callable[[Quantity], str] | None = None
) -> tuple[list[Quantity], list[Quantity]]:
    """Cancel out the figures both sides share; what is left on each side, in order.

    With ``counted`` (the word after each figure, in one language): a figure cancelled
    against one that counts something else ("two nights" against an added "two young
    children") is taken back where a figure left over counts the same thing ("five
    nights"): that is the figure which changed, and the other a detail added."""
    left_o = list(o)
    left_d: list[Quantity] = []
    pairs: list[tuple[Quantity, Quantity]] = []
    for q in d:
        partner = next((p for p in left_o if p.same(q)), None)
        if partner is None:
            partner = next((p for p in left_o if p.agrees(q)), None)
        if partner is None:
            left_d.append(q)
        else:
            left_o.remove(partner)
            pairs.append((partner, q))
    if counted is not None:
        for q in list(left_d):
            for p, r in pairs:
                if counted(p) and counted(p) == counted(q) != counted(r) and p.category == q.category:
                    pairs.remove((p, r))
                    left_o.append(p)
                    left_d.append(r)
                    break
        left_o.sort(key=lambda p: o.index(p))
        left_d.sort(key=lambda q: d.index(q))
    return left_o, left_d


def _comparable(a: Quantity, b: Quantity) -> bool:
    if a.category != b.category:
        money_and_count = {a.category, b.category} == {"money", "count"}
        if not money_and_count:
            return False
    va = a.value if a.value is not None else a.magnitude
    vb = b.value if b.value is not None else b.magnitude
    if not va or not vb:
        return False
    ratio = max(va, vb) / min(va, vb)
    return ratio <= 50


def find_number_changes(ctx) -> list:
    """``number_changed`` for figures that differ between aligned sentences of a group.

    Figures are first cancelled inside each aligned sentence block, then across the whole
    group (a figure moved to the next sentence is not a change); what is left is paired
    inside aligned sentence blocks, by kind (a year is never paired with a count) and order. An unpaired leftover is an
    added or dropped detail, which the sentence analysis reports, not a changed figure.
    """
    from diptych.engine.groups import finding

    findings = []
    o_lang, d_lang = ctx.original.language, ctx.derivative.language
    # Without a list for one language, its number words and scale words ("milioni",
    # "tientallen") go unread: only figures written in digits alone are compared.
    digits_only = not (available(LEXICON, o_lang) and available(LEXICON, d_lang))
    for group in ctx.linked_groups:
        o_q = {k: find_quantities(ctx.original.sentences[k], o_lang) for k in group.original}
        d_q = {k: find_quantities(ctx.derivative.sentences[k], d_lang) for k in group.derivative}
        # Cancel inside each aligned block first: a figure the paragraph repeats ("four to
        # two" here, "built for two" there) is cancelled where it is rendered, not by order.
        blocks = group.aligned()
        rest_o: list[Quantity] = []
        rest_d: list[Quantity] = []
        follower = _counted_by(ctx, group, o_q, d_q)
        counted = follower if ctx.same_language else None
        for o_block, d_block, _ in blocks:
            lo, ld = _matches([q for k in o_block for q in o_q[k]], [q for k in d_block for q in d_q[k]], counted)
            rest_o += lo
            rest_d += ld
        in_o = {k for o_block, _, _ in blocks for k in o_block}
        in_d = {k for _, d_block, _ in blocks for k in d_block}
        unaligned_o = [k for k in group.original if k not in in_o]
        unaligned_d = [k for k in group.derivative if k not in in_d]
        rest_o += [q for k in unaligned_o for q in o_q[k]]
        rest_d += [q for k in unaligned_d for q in d_q[k]]
        left_o, left_d = _matches(rest_o, rest_d, counted)
        if not left_o or not left_d:
            continue
        if len(unaligned_o) == 1 and len(unaligned_d) == 1:
            # the one sentence left on each side renders the other, however loosely (its
            # source swapped: "A council officer ... said" / « Les juristes du conseil
            # estiment »): a figure changed there is still a changed figure
            blocks = [*blocks, ([unaligned_o[0]], [unaligned_d[0]], 0.0)]
        else:
            blocks = [*blocks, *_sharing_a_figure(unaligned_o, unaligned_d, o_q, d_q)]
        for o_block, d_block, score in blocks:
            lo = [q for k in o_block for q in o_q[k] if q in left_o and q.reportable]
            ld = [q for k in d_block for q in d_q[k] if q in left_d and q.reportable]
            if score < 0.6 and len(lo) + len(ld) >= 3 and not any(
                q not in left_o for k in o_block for q in o_q[k]
            ):
                # A loose pair in which the derivative renders none of the original's figures
                # (a sentence replaced: "fell by a third since 2000, to 1,400" / "have cut
                # their hours since 2022"): other facts, not figures changed.
                continue
            if digits_only:
                lo = [q for q in lo if not _LETTER.search(q.span.text)]
                ld = [q for q in ld if not _LETTER.search(q.span.text)]
                if len(lo) != 1 or len(ld) != 1:
                    continue  # which unread figure stands for which is a guess
            for a in lo:
                b = next((q for q in ld if _comparable(a, q) and counted is not None and counted(a) == counted(q)), None)
                b = b or next((q for q in ld if _comparable(a, q) and not _counts_apart(a, o_lang, q, d_lang, follower)), None)
                if b is None:
                    continue
                ld.remove(b)
                left_o.remove(a)
                left_d.remove(b)
                findings.append(
                    finding(
                        "number_changed",
                        a.span,
                        b.span,
                        f"The figure changed: '{a.span.text}' in the original became '{b.span.text}' "
                        f"({a.describe()} -> {b.describe()}).",
                        0.85 if score >= 0.6 else 0.7,
                    )
                )
    return findings


def _sharing_a_figure(
    unaligned_o: list[int], unaligned_d: list[int], o_q: dict[int, list[Quantity]], d_q: dict[int, list[Quantity]]
) -> list[tuple[list[int], list[int], float]]:
    """Unaligned sentences of a group that render each other by a figure they alone share
    ("passed by 29 votes to 19" / « adopté par 29 voix contre 21 »): the one sentence on
    each side with that figure, so a figure changed beside it is compared."""

    def distinctive(q: Quantity) -> bool:
        return q.value is not None and q.reportable and (q.unit != "" or q.value >= 3)

    def share(k: int, j: int) -> bool:
        return any(distinctive(p) and p.same(q) for p in o_q[k] for q in d_q[j])

    pairs = []
    for k in unaligned_o:
        partners = [j for j in unaligned_d if share(k, j)]
        if len(partners) == 1 and [i for i in unaligned_o if share(i, partners[0])] == [k]:
            pairs.append(([k], [partners[0]], 0.0))
    return pairs


def _counted_by(ctx, group, o_q: dict[int, list[Quantity]], d_q: dict[int, list[Quantity]]) -> Callable[[Quantity], str]:
    """The word right after each figure of the group, lower-cased ("nights" in "two
    nights"): what the figure counts, as far as one language can tell."""
    words: dict[int, str] = {}
    for side, found in ((ctx.original, o_q), (ctx.derivative, d_q)):
        for k, quantities in found.items():
            sentence = side.sentences[k]
            for q in quantities:
                m = _WORD.match(sentence.text, q.span.end - sentence.start + 1)
                between = sentence.text[q.span.end - sentence.start : q.span.end - sentence.start + 1]
                words[id(q)] = m.group().lower() if m and between == " " else ""
    return lambda q: words.get(id(q), "")


def _counts_apart(a: Quantity, la: str, b: Quantity, lb: str, follower: Callable[[Quantity], str]) -> bool:
    """Whether one figure counts a stretch of time ("four years", « quatre ans ») and the
    other something else ("six people"): two facts, not one figure changed. A bare figure
    ("Le Goff, 34,") or one before a little word ("40 in 2019") may stand for either."""
    from diptych.engine.names import _stopword_set

    def kind(q: Quantity, language: str) -> str:
        word = follower(q)
        durations = pattern(LEXICON, language, "durations")
        if not word or durations is None:
            return ""
        if durations.fullmatch(word):
            return "time"
        return "" if word in _stopword_set(language) else "other"

    kinds = {kind(a, la), kind(b, lb)}
    return kinds == {"time", "other"}
