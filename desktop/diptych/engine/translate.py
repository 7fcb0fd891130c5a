"""Translation stage: an optional online gloss of one side's segments in the other's language.

Alignment never depends on it: the offline encoder is multilingual. When the user
names a backend, translations feed a second similarity beside the encoder and a
gloss in the window and the report. A service that is down, refuses, rate-limits or
never answers costs that extra, never the comparison: what was translated is kept,
the rest stays None, and one warning line says what happened. Every translation is
cached on disk, so a comparison made online reopens with ``--offline``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from diptych.engine.errors import Cancelled
from diptych.engine.options import Options
from diptych.engine.translators import LABELS, Backend, ServiceFailure, Unsupported, open_backend
from diptych.engine.translators.cache import TranslationCache
from diptych.engine.translators.chunks import chunk_text, join_chunks
from diptych.engine.translators.http import display_url, http_scope
from diptych.engine.translators.retry import RetryBudget, RetryPolicy

log = logging.getLogger(__name__)

RETRY = RetryPolicy()
"""Backoff on 429/5xx for every run; a few seconds of waiting at most."""

_FALLBACK = "the comparison used the offline encoder only"


@dataclass
class Translation:
    """Glosses of segment texts (same order), or None where none was made."""

    backend: str | None
    texts: list[str | None]
    warnings: list[str] = field(default_factory=list)


def no_translation(texts: list[str]) -> Translation:
    return Translation(backend=None, texts=[None] * len(texts))


def translate_texts(
    texts: list[str],
    source: str,
    target: str,
    options: Options,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Translation:
    """Translate ``texts`` from ``source`` to ``target`` (ISO 639-1) with ``options.translator``.

    Never raises for a failing service (see the module docstring); raises ``Cancelled``
    when ``cancel()`` turns true between requests. Safe to call from several threads
    at once: each call has its own backend instance, HTTP session and timeouts.
    ``Translation.backend`` names the backend when at least one text has a translation.
    """
    name = options.translator
    if name is None or not texts:
        return no_translation(texts)
    source, target = _language(source), _language(target)
    label = LABELS[name]
    if source == target and source != "und":
        return no_translation(texts)  # same language: there is nothing to gloss
    if target == "und":
        unknown = "the language to translate into is unknown"
        return _only_warning(texts, f"{label} was not asked: {unknown}; {_FALLBACK}.")

    cache = TranslationCache(Path(options.cache_dir) / "translations", name, source, target)
    out: list[str | None] = [None] * len(texts)
    pending: dict[str, list[int]] = {}  # text -> its positions, so a repeated text is sent once
    wanted = 0
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        wanted += 1
        cached = cache.get(text)
        if cached is not None:
            out[i] = cached
        else:
            pending.setdefault(text, []).append(i)
    if not pending:
        _report(progress, 1.0)
        return _result(name, out, [])
    if options.offline:
        missing = sum(len(positions) for positions in pending.values())
        _report(progress, 1.0)
        return _result(name, out, [
            f"Offline: {missing} of {wanted} segments have no cached {label} translation; "
            "they were compared by the offline encoder only."
        ])

    try:
        backend = open_backend(
            name, source, target, url=options.translator_url,
            timeout=(options.connect_timeout, options.read_timeout),
        )
    except Unsupported as exc:
        return _result(name, out, [f"{label} {exc}; {_fallback(out, wanted)}."])
    with backend, http_scope(options.connect_timeout, options.read_timeout):
        failure = _translate_pending(backend, pending, out, cache, source, wanted, progress, cancel)
    if failure is None:
        _report(progress, 1.0)
        return _result(name, out, [])
    log.info("%s stopped with %d of %d segments translated: %s",
             label, sum(t is not None for t in out), wanted, failure.kind)
    where = f"The {label} service at {display_url(backend.url)} {failure.reason}"
    return _result(name, out, [f"{where}; {_fallback(out, wanted)}."])


def _translate_pending(
    backend: Backend,
    pending: dict[str, list[int]],
    out: list[str | None],
    cache: TranslationCache,
    language: str,
    wanted: int,
    progress: Callable[[float], None] | None,
    cancel: Callable[[], bool] | None,
) -> ServiceFailure | None:
    """Fill ``out`` for the pending texts in order; stop at the first failure and return it."""
    jobs = [(text, chunk_text(text, backend.max_chars, language)) for text in pending]
    done = wanted - sum(len(positions) for positions in pending.values())
    _report(progress, done / wanted)
    budget = RetryBudget(RETRY, cancel)
    parts: dict[int, list[str]] = {}
    for batch in _batches(jobs, backend):
        if cancel is not None and cancel():
            raise Cancelled("The comparison was cancelled.")
        chunks = [chunk for _, chunk in batch]
        try:
            translations = budget.call(lambda: backend.translate(chunks))
        except ServiceFailure as failure:
            return failure
        for (job, _), translation in zip(batch, translations):
            parts.setdefault(job, []).append(translation)
            text, text_chunks = jobs[job]
            if len(parts[job]) == len(text_chunks):
                joined = join_chunks(parts.pop(job))
                cache.put(text, joined)
                for i in pending[text]:
                    out[i] = joined
                done += len(pending[text])
                _report(progress, done / wanted)
    return None


def _batches(jobs: list[tuple[str, list[str]]], backend: Backend):
    """Requests' worth of (job index, chunk), in order, within the backend's limits."""
    batch: list[tuple[int, str]] = []
    size = 0
    for job, (_, chunks) in enumerate(jobs):
        for chunk in chunks:
            if batch and (len(batch) >= backend.batch_size or size + len(chunk) > backend.batch_chars):
                yield batch
                batch, size = [], 0
            batch.append((job, chunk))
            size += len(chunk)
    if batch:
        yield batch


def _fallback(out: list[str | None], wanted: int) -> str:
    """The end of a warning: what the comparison did without (all of) the translations."""
    translated = sum(t is not None for t in out)
    if not translated:
        return _FALLBACK
    return (f"{translated} of {wanted} segments were translated, "
            "the others were compared by the offline encoder only")


def _language(code: str | None) -> str:
    """ISO 639-1 from a code such as "fr", "FR" or "pt_BR"; "und" when there is none."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return base or "und"


def _result(name: str, out: list[str | None], warnings: list[str]) -> Translation:
    backend = name if any(t is not None for t in out) else None
    return Translation(backend=backend, texts=out, warnings=warnings)


def _only_warning(texts: list[str], warning: str) -> Translation:
    result = no_translation(texts)
    result.warnings.append(warning)
    return result


def _report(progress: Callable[[float], None] | None, fraction: float) -> None:
    if progress is not None:
        progress(min(1.0, max(0.0, fraction)))
