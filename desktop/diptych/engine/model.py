"""The one data model of a comparison.

The CLI's JSON, the window and the reports all read these dataclasses; ``to_dict``
is the JSON contract (``diptych.comparison/1``), so there is no second shape of
the same data.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

SCHEMA = "diptych.comparison/1"

FINDING_KINDS = (
    "added",
    "omitted",
    "quote_changed",
    "quote_added",
    "quote_dropped",
    "quote_misattributed",
    "number_changed",
    "name_changed",
    "hedge_changed",
    "attribution_changed",
    "loaded_term",
)


@dataclass
class Segment:
    """One unit of alignment: a paragraph, a sentence or a line."""

    id: int
    text: str
    boilerplate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "boilerplate": self.boilerplate}


@dataclass
class Article:
    """An ingested and segmented document.

    ``text`` is the extracted text the segments were cut from; its SHA-256 lets a
    reader of a report re-check what was compared.
    """

    source: str
    title: str
    language: str
    text: str
    segments: list[Segment] = field(default_factory=list)
    retrieved: str = ""  # ISO 8601 time of loading
    kind: str = "text"  # "text", "html", "url" or "stdin": how it came in
    # Segments a comparison marked as boilerplate once aligned (see
    # ``boilerplate.unlinked_furniture``): a fact about that pair, undone before the article
    # is compared again (with another article, or the sides swapped).
    pair_furniture: tuple[int, ...] = ()

    def as_loaded(self) -> Article:
        """This article without the marks a comparison added."""
        return self._flagged(set(self.pair_furniture), False, ()) if self.pair_furniture else self

    def with_pair_furniture(self, ids: set[int]) -> Article:
        """This article with ``ids`` marked as page furniture found once aligned."""
        return self._flagged(ids, True, tuple(sorted(ids))) if ids else self

    def _flagged(self, ids: set[int], boilerplate: bool, pair_furniture: tuple[int, ...]) -> Article:
        segments = [replace(s, boilerplate=boilerplate) if s.id in ids else s for s in self.segments]
        return replace(self, segments=segments, pair_furniture=pair_furniture)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def content_segments(self) -> list[Segment]:
        """Segments that take part in alignment (boilerplate excluded)."""
        return [s for s in self.segments if not s.boilerplate]

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.content_segments)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "language": self.language,
            "sha256": self.sha256,
            "retrieved": self.retrieved,
            "segments": [s.to_dict() for s in self.segments],
        }


@dataclass
class Link:
    """An aligned group: original segment ids matched with derivative segment ids."""

    original: list[int]
    derivative: list[int]
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "original": list(self.original),
            "derivative": list(self.derivative),
            "score": round(float(self.score), 4),
        }


@dataclass
class Finding:
    """One thing a fact-checker should look at, with the exact spans concerned."""

    kind: str
    original: list[int]
    derivative: list[int]
    original_text: str | None
    derivative_text: str | None
    explanation: str
    confidence: float

    def __post_init__(self) -> None:
        if self.kind not in FINDING_KINDS:
            raise ValueError(f"unknown finding kind {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "original": list(self.original),
            "derivative": list(self.derivative),
            "original_text": self.original_text,
            "derivative_text": self.derivative_text,
            "explanation": self.explanation,
            "confidence": round(float(self.confidence), 3),
        }


@dataclass
class EngineInfo:
    version: str
    encoder: str
    translator: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "encoder": self.encoder,
            "translator": self.translator,
            "warnings": list(self.warnings),
        }


@dataclass
class Comparison:
    original: Article
    derivative: Article
    links: list[Link]
    findings: list[Finding]
    engine: EngineInfo

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "original": self.original.to_dict(),
            "derivative": self.derivative.to_dict(),
            "links": [link.to_dict() for link in self.links],
            "findings": [f.to_dict() for f in self.findings],
            "engine": self.engine.to_dict(),
        }

    def link_of_original(self, seg_id: int) -> Link | None:
        return next((l for l in self.links if seg_id in l.original), None)

    def link_of_derivative(self, seg_id: int) -> Link | None:
        return next((l for l in self.links if seg_id in l.derivative), None)
