"""Settings of a comparison, in one place, with defaults a user can override."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

SEGMENT_UNITS = ("paragraphs", "sentences", "lines")
TRANSLATORS = ("google", "libre", "mymemory", "deepl")

Progress = Callable[[str, float], None]
"""``progress(step, fraction)``: a step name ("fetch", "embed", ...) and 0..1."""


def default_cache_dir() -> Path:
    env = os.environ.get("DIPTYCH_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("diptych", appauthor=False))


@dataclass
class Options:
    segments: str = "paragraphs"
    offline: bool = False
    translator: str | None = None
    translator_url: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    cache_dir: Path = field(default_factory=default_cache_dir)
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024

    def __post_init__(self) -> None:
        if self.segments not in SEGMENT_UNITS:
            raise ValueError(f"segments must be one of {SEGMENT_UNITS}")
        if self.translator is not None and self.translator not in TRANSLATORS:
            raise ValueError(f"translator must be one of {TRANSLATORS}")
        if self.translator_url is None:
            self.translator_url = os.environ.get("DIPTYCH_TRANSLATOR_URL") or None
        # Slow networks (or tests) can stretch or shorten every network wait at once.
        self.connect_timeout = _env_seconds("DIPTYCH_CONNECT_TIMEOUT", self.connect_timeout)
        self.read_timeout = _env_seconds("DIPTYCH_READ_TIMEOUT", self.read_timeout)


def _env_seconds(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default
