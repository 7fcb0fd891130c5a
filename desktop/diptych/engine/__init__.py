"""The comparison engine: pure Python, no Qt. Article in, Comparison out.

Stages, each a module with plain dataclasses in and out:
ingest -> segment (+ boilerplate, language) -> translate -> score -> align -> analyse.
"""

from diptych.engine.errors import Cancelled, DiptychError, InputError, NetworkError, TranslationError
from diptych.engine.model import Article, Comparison, EngineInfo, Finding, Link, Segment
from diptych.engine.options import Options

__all__ = [
    "Article", "Cancelled", "Comparison", "DiptychError", "EngineInfo", "Finding", "InputError",
    "Link", "NetworkError", "Options", "Segment", "TranslationError",
]
