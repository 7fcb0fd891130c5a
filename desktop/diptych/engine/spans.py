"""Span-level analysis: what changed inside the linked groups, and quotes across the pair.

The aligner says which paragraphs render which; this module says what changed on the
way, at the level a fact-checker reads: a quote reworded or given to someone else, a
figure, a name, a hedge, a source, a loaded word, a sentence of framing slipped into a
faithful paragraph. Each kind has its own module; this one cuts both sides into
sentences, aligns them inside every group (:mod:`diptych.engine.groups`), runs the
detectors and drops findings that say the same thing twice.

False alarms are the enemy: every detector compares like with like (aligned
sentences), cancels what a faithful translation changes (separators, spellings,
conditionals), and reports only what is left on both sides.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from diptych.engine import clause_spans, clauses, hedges, loaded_terms, numbers
from diptych.engine.attribution import find_attribution_changes, source_kind_patterns
from diptych.engine.groups import build_context
from diptych.engine.lexicons import pattern, sections
from diptych.engine.names import NameComparison, gazetteer
from diptych.engine.quotes import QuoteComparison, negation_pattern, quoted_regions
from diptych.engine.sentences import sentence_spans
from diptych.engine.model import Article, Finding, Link
from diptych.engine.score import Encoder


# (lexicon, sections) the detectors search as regular expressions; None: every section.
ANALYSIS_PATTERNS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("reporting_verbs", ("", "prepositions", "boundaries", "subordinators", "anonymous")),
    ("hedges", None),
    ("name_stopwords", ("place prepositions",)),
)
PREPARED_SEGMENTS = 2000  # beyond this (pre-cut corpora) the sentence memo would forget them again


def prepare(original: Article, derivative: Article) -> None:
    """Do now the part of the analysis that needs no embedding: cut the segments into
    sentences and compile both languages' lexicons (a third of a cold comparison's own
    time is spent compiling regular expressions). The pipeline calls this while the
    encoder loads in its own process, where it costs no wall time; in this process it
    only moves work earlier."""
    cut = len(original.content_segments) + len(derivative.content_segments) <= PREPARED_SEGMENTS
    for article in (original, derivative):
        for name, wanted in ANALYSIS_PATTERNS:
            for section in wanted if wanted is not None else sections(name, article.language):
                pattern(name, article.language, section)
        numbers.number_lexicon(article.language)
        negation_pattern(article.language)
        if cut:
            for segment in article.content_segments:
                sentence_spans(segment.id, segment.text, article.language)
    gazetteer()
    loaded_terms.substitutions()
    source_kind_patterns()


def find_span_findings(
    original: Article,
    derivative: Article,
    links: list[Link],
    encoder: Encoder,
    translate: Callable[[list[str]], Sequence[str | None]] | None = None,
) -> list[Finding]:
    """Every span-level finding of a compared pair (boilerplate segments never take part).

    ``translate`` (derivative's language -> original's, None where it fails) lets the
    quotes be judged on a translation; without it the offline encoder judges alone.
    """
    if not links:
        return []
    ctx = build_context(original, derivative, links, encoder)  # encoder call 1: sentences
    quotes = QuoteComparison(ctx, translate)
    names = NameComparison(ctx)
    hedge_changes = hedges.HedgeComparison(ctx, quoted_regions(quotes.o), quoted_regions(quotes.d))
    for wanted in (quotes.wanted(), names.wanted(), _source_phrases(ctx, quotes), hedge_changes.wanted()):
        ctx.embeddings.want(wanted)
    ctx.embeddings.flush()  # encoder call 2: quotes, their parts, names, sources, hedged words
    findings: list[Finding] = []
    findings += quotes.findings()
    findings += clauses.find_sentence_changes(ctx, quotes.regions())
    findings += names.findings([span for f in findings for span in _spans_of(f, original, derivative)])
    reported = [span for f in findings if f.kind == "name_changed" for span in _spans_of(f, original, derivative)]
    findings += find_attribution_changes(ctx, quotes.source_claims(), quotes.regions(), reported)
    findings += numbers.find_number_changes(ctx)
    findings += hedge_changes.findings()
    # Added clauses before the charged words without a neutral side: a clause that says more
    # than such a word takes it as its framing, one that says little more gives way to it.
    words = loaded_terms.find_loaded_terms(ctx, qualifiers=False)
    framing = clause_spans.find_added_clauses(ctx, quotes.regions(), findings + words)
    findings += loaded_terms.with_framing(ctx, framing)
    findings += clause_spans.find_omitted_clauses(ctx, quotes.regions(), findings)
    held = {id(f) for f in ctx.memos.get(clause_spans.HELD_BACK, [])}
    kept = [f for f in clauses.cancel_renderings(ctx, findings) if id(f) not in held]
    return _deduplicate(_left_to_quotes(ctx, kept))


def _source_phrases(ctx, quotes) -> list[str]:
    """The phrases of every attribution in linked groups, to compare across versions."""
    from diptych.engine.attribution import find_sources

    regions = quotes.regions()
    texts = []
    for side, key in ((ctx.original, "o"), (ctx.derivative, "d")):
        for group in ctx.linked_groups:
            for k in (group.original if key == "o" else group.derivative):
                sentence = side.sentences[k]
                for s in find_sources(sentence, side.language, regions[key].get(sentence.seg, []), side.lowercase_words):
                    texts.append(s.phrase.text)
                    texts += [n.span.text for n in s.names]
    return texts


def _spans_of(f: Finding, original: Article, derivative: Article) -> list[tuple[str, int, int, int]]:
    """(side, segment, start, end) of a finding's texts, found back in their segments."""
    out = []
    for side, ids, text, article in (
        ("o", f.original, f.original_text, original),
        ("d", f.derivative, f.derivative_text, derivative),
    ):
        if not text:
            continue
        for seg in ids:
            start = article.segments[seg].text.find(text)
            if start >= 0:
                out.append((side, seg, start, start + len(text)))
    return out


def _left_to_quotes(ctx, findings: list[Finding]) -> list[Finding]:
    """Without the sentences whose dropped or added quote is reported as such and is
    their point: the quote's finding already says the sentence went or came ("…, said
    the Faroes were "helping themselves"" dropped whole). A sentence that goes on past
    its quote with a conjunction ("… "a modernisation programme" and would not comment")
    says more than the quote and stays reported."""
    quoted = [
        ("o" if f.kind == "quote_dropped" else "d", seg, f.original_text or f.derivative_text)
        for f in findings
        if f.kind in ("quote_dropped", "quote_added")
        for seg in (f.original if f.kind == "quote_dropped" else f.derivative)
    ]
    languages = {"o": ctx.original.language, "d": ctx.derivative.language}

    def carries_quote(f: Finding) -> bool:
        side, ids, text = ("o", f.original, f.original_text) if f.kind == "omitted" else ("d", f.derivative, f.derivative_text)
        for where, seg, quote in quoted:
            if where == side and seg in ids and quote and text and quote in text:
                after = _WORDS.findall(text[text.index(quote) + len(quote) :])
                return not after or after[0].lower() not in clause_spans.CONJUNCTIONS.get(languages[side], ())
        return False

    return [f for f in findings if f.kind not in ("omitted", "added") or not carries_quote(f)]


_WORDS = re.compile(r"\w+")


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    """One finding per kind and pair of spans, in the derivative's reading order; a name
    change that is a loaded term (the other party's name for a place) is reported as that,
    and one inside a changed attribution (an outlet swapped for another: "quoted by the
    daily X" -> "quoted by the news site Y") is that attribution's change."""
    loaded = {(tuple(f.original), tuple(f.derivative), f.original_text, f.derivative_text) for f in findings if f.kind == "loaded_term"}
    sources = [f for f in findings if f.kind == "attribution_changed" and f.original_text and f.derivative_text]

    def in_source(f: Finding) -> bool:
        return any(
            set(f.original) <= set(a.original)
            and set(f.derivative) <= set(a.derivative)
            and f.original_text in a.original_text
            and f.derivative_text in a.derivative_text
            for a in sources
        )

    seen: set[tuple] = set()
    out: list[Finding] = []
    for f in findings:
        if f.kind == "name_changed" and (
            (tuple(f.original), tuple(f.derivative), f.original_text, f.derivative_text) in loaded or in_source(f)
        ):
            continue
        key = (f.kind, tuple(f.original), tuple(f.derivative), f.original_text, f.derivative_text)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    out.sort(key=lambda f: (min(f.derivative, default=10**9), min(f.original, default=10**9)))
    return out
