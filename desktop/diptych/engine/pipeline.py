"""The engine's front door: two inputs in, one Comparison out.

The CLI, the window and the benchmarks all call these functions, so a comparison
is the same wherever it is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO, Callable

from diptych import __version__
from diptych.engine import analyse
from diptych.engine.align import AlignParams, align, split_at_anchors
from diptych.engine.boilerplate import is_copy, unlinked_furniture
from diptych.engine.crossing import attach_anchored_orphans, merge_crossing_links
from diptych.engine.errors import Cancelled
from diptych.engine.headlines import link_headlines
from diptych.engine.model import Article, Comparison, EngineInfo, Link
from diptych.engine.options import Options, Progress
from diptych.engine.score import ENCODER_NAME, Encoder, ScoreParams, score_groups
from diptych.engine.rescue import attach_by_sentences
from diptych.engine.spans import find_span_findings
from diptych.engine.spans import prepare as prepare_spans

if TYPE_CHECKING:
    from diptych.engine.translate import Translation

MAX_CELLS = 1000 * 1000
"""Above this many segment pairs, long texts are cut into blocks at confident anchors.
Blocks cost accuracy (each is scored on its own: Text+Berg de-fr dev, strict F1 0.92 whole,
0.90 in 300-line blocks), so only texts whose full programme would not fit in memory are cut:
1000 x 1100 lines align whole in about 470 MB."""

# Tuned on a published development split (Text+Berg de-fr dev, lines) and on the
# benchmark's own derived news cases (paragraphs): see benchmarks/README.md.
UNIT_PARAMS: dict[str, tuple[ScoreParams, AlignParams]] = {
    "paragraphs": (
        ScoreParams(length_weight=0.3, many_to_many=False, embed_runs=False),
        AlignParams(skip_cost=0.35, layers=4, size_exponent=0.85, attach_tolerance=None),
    ),
    "sentences": (
        ScoreParams(length_weight=0.5, many_to_many=False, embed_runs=False),
        AlignParams(skip_cost=0.35, layers=4, size_exponent=0.85),
    ),
    "lines": (
        ScoreParams(length_weight=1.0, second_opinions=True),
        AlignParams(skip_cost=0.45, layers=2, group_penalty=0.0),
    ),
}


def compare(
    original_spec: str,
    derivative_spec: str,
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Comparison:
    """Load both sides (URL, file or ``-``) and compare them."""
    from diptych.engine.ingest import load_article

    original = load_article(
        original_spec, options, stdin=stdin, language=options.source_lang, progress=progress
    )
    _check(cancel)
    derivative = load_article(
        derivative_spec, options, stdin=stdin, language=options.target_lang, progress=progress
    )
    _check(cancel)
    return compare_articles(original, derivative, options, progress=progress, cancel=cancel)


def compare_articles(
    original: Article,
    derivative: Article,
    options: Options,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Comparison:
    """Align two loaded articles and analyse the differences."""
    original, derivative = original.as_loaded(), derivative.as_loaded()
    score_params, align_params = UNIT_PARAMS[options.segments]
    src = original.content_segments
    tgt = derivative.content_segments
    src_texts = [s.text for s in src]
    tgt_texts = [s.text for s in tgt]
    warnings: list[str] = []

    gloss: list[str | None] = [None] * len(tgt_texts)
    translator = None
    translation = None
    if options.translator:  # the network stack loads only for those who asked for it
        from diptych.engine.translate import translate_texts

        translation = translate_texts(
            tgt_texts,
            derivative.language,
            original.language,
            options,
            progress=(lambda f: progress("translate", f)) if progress else None,
            cancel=cancel,
        )
        warnings += translation.warnings
        gloss, translator = translation.texts, translation.backend
    _check(cancel)

    prepare_spans(original, derivative)  # while the encoder may still be loading elsewhere
    encoder = Encoder(options.cache_dir)
    same_language = original.language == derivative.language and original.language != "und"
    embed_progress = (lambda f: progress("embed", f)) if progress else None
    blocks = [(range(len(src)), range(len(tgt)))]
    if len(src) * len(tgt) > MAX_CELLS:
        singles = encoder.encode(src_texts + tgt_texts, progress=embed_progress, cancelled=cancel)
        blocks = split_at_anchors(singles[: len(src)] @ singles[len(src) :].T, MAX_CELLS)
    links: list[Link] = []
    closest = analyse.Closest.empty(len(src), len(tgt))
    for rows, cols in blocks:
        _check(cancel)
        scores = score_groups(
            src_texts[rows.start : rows.stop],
            tgt_texts[cols.start : cols.stop],
            encoder,
            same_language=same_language,
            gloss=gloss[cols.start : cols.stop],
            params=score_params,
            progress=embed_progress if len(blocks) == 1 else None,
            cancelled=cancel,
        )
        closest.update(scores, rows.start, cols.start)
        if progress:
            progress("align", rows.stop / max(1, len(src)))
        for g in align(scores, align_params):
            links.append(
                Link(
                    original=[src[rows.start + i].id for i in g.original],
                    derivative=[tgt[cols.start + j].id for j in g.derivative],
                    score=max(0.0, min(1.0, g.score)),
                )
            )
    links.sort(key=lambda link: (link.derivative[0], link.original[0]))
    _check(cancel)
    o_texts, d_texts = {s.id: s.text for s in src}, {s.id: s.text for s in tgt}
    if options.segments == "paragraphs":
        links = link_headlines(original, derivative, attach_by_sentences(original, derivative, links, encoder), encoder)
        # Marked on copies of the articles, so neither reported nor given spans.
        original, derivative = _mark_unlinked_furniture(original, derivative, o_texts, d_texts, links, same_language)
    elif options.segments == "lines":  # pre-cut corpora, where boundaries move between lines
        links = attach_anchored_orphans(merge_crossing_links(links, o_texts, d_texts), o_texts, d_texts)
    if progress:
        progress("align", 1.0)
        progress("analyse", 0.0)
    findings = analyse.find_unmatched(
        original, derivative, links, closest, [s.id for s in src], [s.id for s in tgt], options.segments
    )
    _check(cancel)
    findings += find_span_findings(
        original, derivative, links, encoder, _quote_translator(translation, original, derivative, options, cancel)
    )
    if progress:
        progress("analyse", 1.0)
    return Comparison(
        original=original,
        derivative=derivative,
        links=links,
        findings=findings,
        engine=EngineInfo(
            version=__version__,
            encoder=ENCODER_NAME,
            translator=translator,
            warnings=warnings,
        ),
    )


def _mark_unlinked_furniture(
    original: Article,
    derivative: Article,
    o_texts: dict[int, str],
    d_texts: dict[int, str],
    links: list[Link],
    same_language: bool,
) -> tuple[Article, Article]:
    """Both articles with the page furniture that alignment reveals marked as boilerplate."""
    copy = same_language and is_copy(o_texts, d_texts, [(k.original, k.derivative) for k in links])
    o_linked = {i for k in links for i in k.original}
    d_linked = {j for k in links for j in k.derivative}
    return (
        original.with_pair_furniture(set(unlinked_furniture(o_texts, o_linked, original.language))),
        derivative.with_pair_furniture(set(unlinked_furniture(d_texts, d_linked, derivative.language, copy))),
    )


def _quote_translator(
    translation: Translation | None,
    original: Article,
    derivative: Article,
    options: Options,
    cancel: Callable[[], bool] | None,
) -> Callable[[list[str]], list[str | None]] | None:
    """Texts -> their translations for the quote analysis, through the same service and
    cache as the segments; None when the segments got none, or when the service failed
    on them (it has said so in one warning: it is not asked, or waited for, again).
    Offline, only cached translations are used and a miss costs no second warning."""
    if translation is None or translation.backend is None:
        return None
    if translation.warnings and not options.offline:
        return None
    from diptych.engine.translate import translate_texts

    def translate(texts: list[str]) -> list[str | None]:
        return translate_texts(texts, derivative.language, original.language, options, cancel=cancel).texts

    return translate


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled("The comparison was cancelled.")
