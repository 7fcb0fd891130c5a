"""Link the two headlines when the aligner left both alone.

A rewrite's headline is the rewrite of the source's headline, whatever it now says: a
fact-checker reads the two side by side. Rewritten headlines share few words and little
meaning ("Kuopio tells parents not to use tap water" / "Finnish city acts fast on well"),
so the paragraph score often leaves both unlinked, and the report would call the one
added and the other omitted. When each article opens with a headline-like line that is
unlinked, and the rest of the two articles is aligned (they are the same story), the
two headlines are linked; what changed inside is then the span analysis's business.
"""

from __future__ import annotations

from diptych.engine.boilerplate import is_headline_like
from diptych.engine.model import Article, Link
from diptych.engine.score import Encoder

RELATED = 0.5
"""Share of each article's other content paragraphs that must be linked: two unrelated
articles (the wrong pair dragged in) keep their headlines apart."""


def link_headlines(original: Article, derivative: Article, links: list[Link], encoder: Encoder) -> list[Link]:
    """The links, plus one between the two opening headlines when both are unlinked."""
    o_content, d_content = original.content_segments, derivative.content_segments
    if len(o_content) < 2 or len(d_content) < 2:
        return links
    o_head, d_head = o_content[0], d_content[0]
    o_linked = {i for link in links for i in link.original}
    d_linked = {j for link in links for j in link.derivative}
    if o_head.id in o_linked or d_head.id in d_linked:
        return links
    if not (is_headline_like(o_head.text) and is_headline_like(d_head.text)):
        return links
    for content, linked in ((o_content, o_linked), (d_content, d_linked)):
        if sum(s.id in linked for s in content[1:]) < RELATED * (len(content) - 1):
            return links
    a, b = encoder.encode([o_head.text, d_head.text])
    score = max(0.0, min(1.0, float(a @ b)))
    return sorted(links + [Link([o_head.id], [d_head.id], score)], key=lambda l: (l.derivative[0], l.original[0]))
