"""Direct quotes and who says them, in English, French, German and Spanish typography.

A quote is the words between “…”, "…", « … », „…“, »…«, ‹…›, ‘…’ (two words or more:
one quoted word is a scare quote, not speech). Its speaker comes from the reporting
verb of its sentence (:mod:`diptych.engine.attribution`); a pronoun ("she said", "a-t-il
déclaré") is resolved to the last named speaker before it, and a quote that stands
alone in its sentence continues the previous speaker's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diptych.engine.attribution import Source, find_sources
from diptych.engine.names import Name, find_names
from diptych.engine.sentences import Span

# opening mark -> closing marks it accepts
_PAIRS = {
    "“": "”“",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "‘": "’",
    "‚": "‘’",
}
_GERMAN_PAIRS = {"»": "«", "›": "‹"}
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Quote:
    """Quoted words (``span``, marks excluded) and who is credited with them."""

    span: Span
    sentence: Span
    source: Source | None
    speaker: Name | None  # the named speaker, pronouns resolved

    @property
    def words(self) -> int:
        return len(_WORDS.findall(self.span.text))

    @property
    def speaker_text(self) -> str:
        if self.speaker is not None:
            return self.speaker.span.text
        if self.source is not None:
            return self.source.phrase.text
        return ""


def quote_regions(seg: int, text: str, language: str) -> list[Span]:
    """The quoted stretches of a segment's text, marks excluded, outermost only."""
    pairs = dict(_PAIRS)
    if language == "de" or _german_guillemets(text):
        pairs.update(_GERMAN_PAIRS)
    regions: list[Span] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"' and _opens(text, i):
            j = _find_straight_close(text, i + 1)
        elif c in pairs and (c != "‘" or _opens(text, i)):
            j = _find_close(text, i + 1, c, pairs[c])
        else:
            i += 1
            continue
        if j is None:
            i += 1
            continue
        inner = _trim(seg, text, i + 1, j)
        if inner is not None:
            regions.append(inner)
        i = j + 1
    return regions


def _german_guillemets(text: str) -> bool:
    first_open = text.find("«")
    first_close = text.find("»")
    return first_close >= 0 and (first_open < 0 or first_close < first_open) and re.search(r"»\w", text) is not None


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:,;") and not after.isspace()


def _find_straight_close(text: str, start: int) -> int | None:
    j = start
    while True:
        j = text.find('"', j)
        if j < 0:
            return None
        after = text[j + 1] if j + 1 < len(text) else " "
        if not after.isalnum():
            return j
        j += 1


def _find_close(text: str, start: int, opener: str, closers: str) -> int | None:
    depth = 0
    j = start
    while j < len(text):
        c = text[j]
        if c == opener and opener not in closers:
            depth += 1
        elif c in closers:
            if c == "’" and j + 1 < len(text) and text[j + 1].isalpha():
                j += 1  # an apostrophe: don’t
                continue
            if depth == 0:
                return j
            depth -= 1
        j += 1
    return None


def _trim(seg: int, text: str, a: int, b: int) -> Span | None:
    while a < b and (text[a].isspace() or text[a] in "\u00a0\u202f"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "\u00a0\u202f,"):
        b -= 1
    # A trailing full stop belongs to the quoted sentence, but a comma before the
    # closing mark is English punctuation style, not the speaker's words.
    if b <= a or len(_WORDS.findall(text[a:b])) < 2:
        return None
    return Span(seg, a, b, text[a:b])


def find_quotes(
    sentences: list[Span], language: str, segment_texts: dict[int, str]
) -> list[Quote]:
    """Every quote of an article, in reading order, with its speaker.

    ``sentences`` are the article's sentences in reading order (any segments);
    ``segment_texts`` maps segment ids to their text so quotes that run over sentence
    boundaries are found whole.
    """
    regions_by_seg = {seg: quote_regions(seg, text, language) for seg, text in segment_texts.items()}
    quotes: list[Quote] = []
    last_named: Name | None = None
    last_speaker: Name | None = None
    last_source: Source | None = None
    previous_seg = None
    by_seg: dict[int, list[Span]] = {}
    for sentence in sentences:
        by_seg.setdefault(sentence.seg, []).append(sentence)
    for sentence in sentences:
        regions = regions_by_seg.get(sentence.seg, [])
        excluded = [(r.start - 1, r.end + 1) for r in regions]
        # Remember named people mentioned outside quotes, for pronouns.
        for name in find_names(sentence, language):
            if not any(r.start <= name.span.start < r.end for r in regions) and len(name.words) >= 2:
                last_named = name
        for source in find_sources(sentence, language, excluded):
            if source.names and not source.pronoun:
                person = _person(source.names)
                if person is not None:
                    last_speaker = person
        for region in (r for r in regions if sentence.start <= r.start < sentence.end):
            # A quote of several sentences: its reporting clause may follow the last one.
            context = _context(sentence, region, by_seg[sentence.seg], segment_texts[sentence.seg])
            source = _nearest(find_sources(context, language, excluded), region)
            speaker: Name | None = None
            if source is not None and source.names and not source.pronoun:
                speaker = _person(source.names)
            elif source is not None and source.pronoun:
                speaker = last_speaker or last_named
            elif source is None and _stands_alone(context, region) and last_source is not None:
                source = last_source  # a second quoted sentence continues the speaker
                speaker = last_speaker
            if source is not None:
                last_source = source
                if speaker is not None:
                    last_speaker = speaker
            quotes.append(Quote(region, context, source, speaker))
    return quotes


def _context(sentence: Span, region: Span, siblings: list[Span], text: str) -> Span:
    """From the start of the sentence a quote opens in to the end of the one it closes in."""
    end = sentence.end
    for other in siblings:
        if other.start < region.end + 1 <= other.end or (other.start <= region.end and other.end > end and other.start < region.end):
            end = max(end, other.end)
    return Span(sentence.seg, sentence.start, end, text[sentence.start : end])


def _person(names: tuple[Name, ...]) -> Name | None:
    """The name in a speaker phrase that is most likely the person (the longest run)."""
    from diptych.engine.names import gazetteer

    people = [n for n in names if not gazetteer().entities_of(n.span.text)]
    if not people:
        return names[0] if names else None
    return max(people, key=lambda n: len(n.words))


def _nearest(sources: list[Source], region: Span) -> Source | None:
    if not sources:
        return None

    def distance(source: Source) -> int:
        claim = source.claim
        if claim.end <= region.start:
            return region.start - claim.end
        if claim.start >= region.end:
            return claim.start - region.end
        return 0

    return min(sources, key=distance)


def _stands_alone(sentence: Span, region: Span) -> bool:
    """A sentence that is nothing but the quote (and its marks)."""
    outside = sentence.text[: region.start - sentence.start] + sentence.text[region.end - sentence.start :]
    return len(_WORDS.findall(outside)) == 0
