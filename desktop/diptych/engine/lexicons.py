"""Span-analysis lexicons: per-language word lists in ``resources/lexicons``, loaded once.

The lists are data, not code, so that a reader can check what counts as a hedge or a
reporting verb (each file's header says where it comes from). A file may be cut into
``[sections]``; lines before the first header belong to section ``""``. A language
without a file gives empty sections, so an unsupported language degrades to the
structural cues (quote marks, digits) instead of failing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from diptych.resource_files import read_lexicon

_SECTION = re.compile(r"^\[([\w ]+)\]$")


@lru_cache(maxsize=None)
def sections(name: str, language: str) -> dict[str, tuple[str, ...]]:
    """``{section: entries}`` of ``lexicons/<name>.<language>.txt``."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for entry in read_lexicon(name, language):
        header = _SECTION.match(entry)
        if header:
            current = header.group(1).strip()
            out.setdefault(current, [])
        else:
            out[current].append(entry)
    return {key: tuple(values) for key, values in out.items()}


def available(name: str, language: str) -> bool:
    """Whether ``language`` has a ``<name>`` list at all. A detector that compares two
    versions through a list keeps silent when either side's language has none: an
    English hedge with no way to see its Italian rendering is not a removed hedge."""
    return any(sections(name, language).values())


def entries(name: str, language: str, section: str = "") -> tuple[str, ...]:
    return sections(name, language).get(section, ())


@lru_cache(maxsize=None)
def pattern(name: str, language: str, section: str = "") -> re.Pattern[str] | None:
    """One case-insensitive regex matching any entry of a section as whole words.

    Entries are regular expressions; longer ones are tried first so "according to
    reports" wins over "according to". ``None`` when the section is empty.
    """
    items = entries(name, language, section)
    return compile_words(items)


def compile_words(items: tuple[str, ...] | list[str]) -> re.Pattern[str] | None:
    if not items:
        return None
    ordered = sorted(set(items), key=len, reverse=True)
    alternation = "|".join(f"(?:{_spaces(item)})" for item in ordered)
    # A match ending in an apostrophe (elided "qu'") needs no word boundary after it.
    return re.compile(rf"(?<!\w)(?:{alternation})(?:(?<=['’])|(?!\w))", re.IGNORECASE)


def _spaces(item: str) -> str:
    # A space in an entry matches any run of white space (no-break spaces included),
    # and a straight apostrophe matches a curly one (inside a [class] it just joins it).
    out, in_class, escaped = [], False, False
    for ch in item:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif ch == " ":
            out.append(r"\s" if in_class else r"\s+")
        elif ch == "'":
            out.append("'’" if in_class else "['’]")
        else:
            out.append(ch)
    return "".join(out)
