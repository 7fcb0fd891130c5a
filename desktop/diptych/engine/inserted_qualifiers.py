"""A qualifier slipped in before a noun, in a rewrite in the source's language.

"a storm" becomes "a ferocious storm", "the forest" "the infested forest", "a former
employee" "a disgruntled former employee": one word put between a determiner and the noun
the source had, in a sentence otherwise kept. No list holds every such adjective, but the
place is unambiguous (right after the article, in a word diff of the edited sentence), and
what separates framing from a fact is that the source's article never uses the word: a
"university hospital" or a "lorry detour" the rewrite spelled out is named elsewhere in
the source. Only a language with a list of determiners here is read, and only against the
same language.
"""

from __future__ import annotations

import re

from diptych.engine import word_diff
from diptych.engine.groups import Context
from diptych.engine.model import Finding
from diptych.engine.sentences import Span

_DETERMINERS = {
    "en": frozenset(
        "a an the its their his her our this these those some several many two three four five six seven eight nine ten".split()
    )
}
"""("that" is left out: after a verb it opens a clause, "said that only …".)"""
_ORDINARY = {
    "en": frozenset("only same other first last next whole entire very latest previous following final".split())
}
"""Words that stand between a determiner and a noun to say which one, not what to think."""
_WORD = re.compile(r"[a-z]{4,}(?:-[a-z]+)*")


def find_inserted_qualifiers(ctx: Context, taken: list[Span], framed: list[Span]) -> list[Finding]:
    """One finding per word a same-language rewrite put between a determiner and its noun
    that the source's article never uses; ``taken`` sentences and ``framed`` added clauses
    are left to the detectors that report them."""
    language = ctx.derivative.language
    determiners = _DETERMINERS.get(language)
    if determiners is None or ctx.original.language != language:
        return []
    known = set().union(*(word_diff.stems(s.text) for s in ctx.original.sentences))
    hedges = word_diff.hedge_words(language)
    out: list[Finding] = []
    for source, span, score in word_diff.edited_sentences(ctx, taken):
        for words, before in _inserted(source, span, determiners):
            word = words.text
            if word.lower() in _ORDINARY[language] or word_diff.stem(word) in known or any(h.search(word) for h in hedges):
                continue
            if not any(words.overlaps(f) for f in framed):
                why = (
                    f"Loaded term: '{word}' was put before the noun in '{before.text}': a qualifier the "
                    "source never uses, which tells the reader what to think of it."
                )
                out.append(word_diff.placed_term(before, words, score, why))
    return out


def _inserted(source: Span, span: Span, determiners: frozenset[str]) -> list[tuple[Span, Span]]:
    """(the word, the source's words around its place) of each single word inserted right
    after a determiner and before another word."""
    out = []
    tokens = word_diff.tokens(span.text)
    for change in word_diff.changes(source.text, span.text):
        if change.source or len(change.derivative) != 1:
            continue
        word = change.derivative[0]
        i = next(n for n, m in enumerate(tokens) if m.start() == word.start())
        if i == 0 or i + 1 >= len(tokens) or not _WORD.fullmatch(word.group()):
            continue
        if tokens[i - 1].group().lower() not in determiners or not tokens[i + 1].group()[:1].isalpha():
            continue
        context = _around(source, tokens[i - 1].group(), tokens[i + 1].group())
        if context is not None:
            out.append((span.sub(word.start(), word.end()), context))
    return out


def _around(source: Span, before: str, after: str) -> Span | None:
    """The source's "determiner noun" the word was put into ("a storm")."""
    m = re.search(rf"\b{re.escape(before)}\s+{re.escape(after)}\b", source.text, re.IGNORECASE)
    return source.sub(m.start(), m.end()) if m else None
