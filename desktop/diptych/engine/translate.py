"""Translation stage: an optional online gloss of the derivative in the original's language.

Alignment never depends on it: the offline encoder is multilingual. When the user
names a backend, translations feed a second similarity beside the encoder and a
gloss in the window and the report. Without one, this stage passes through.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Translation:
    """Glosses of segment texts (same order), or None where none was made."""

    backend: str | None
    texts: list[str | None]
    warnings: list[str] = field(default_factory=list)


def no_translation(texts: list[str]) -> Translation:
    return Translation(backend=None, texts=[None] * len(texts))
