"""Find bundled resources (lexicons, samples, icons, styles) in a wheel or a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """``resource("lexicons", "boilerplate.en.txt")`` -> a readable Traversable."""
    node = resources.files("diptych.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def read_lexicon(name: str, language: str) -> list[str]:
    """Entries of ``lexicons/<name>.<language>.txt``: one per line, ``#`` starts a comment.

    A missing language gives an empty list, so an unsupported language degrades to
    structural cues instead of failing.
    """
    node = resource("lexicons", f"{name}.{language}.txt")
    if not node.is_file():
        return []
    entries = []
    for line in node.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            entries.append(line)
    return entries
