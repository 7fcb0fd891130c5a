"""What each finding kind is called in a report, its highlight colour and what it means.

One table for the HTML and the PDF renderers, so the legend an editor reads matches
the colours on the page in both formats.
"""

from __future__ import annotations

from dataclasses import dataclass

from diptych.engine.model import FINDING_KINDS


@dataclass(frozen=True)
class KindStyle:
    label: str
    colour: str  # highlight background, light enough for black text when printed
    meaning: str  # one line for the legend


KIND_STYLES: dict[str, KindStyle] = {
    "added": KindStyle("Added", "#c8ecc4", "in the derivative, with no counterpart in the original"),
    "omitted": KindStyle("Omitted", "#f6c9c6", "in the original, dropped by the derivative"),
    "quote_changed": KindStyle("Quote changed", "#d9d0f5", "a quotation reworded or truncated"),
    "quote_added": KindStyle("Quote added", "#d9d0f5", "a quotation with no source in the original"),
    "quote_dropped": KindStyle("Quote dropped", "#d9d0f5", "a quotation of the original left out"),
    "quote_misattributed": KindStyle(
        "Quote misattributed", "#d9d0f5", "the same words given to another speaker"),
    "number_changed": KindStyle("Number changed", "#fbd9a6", "a figure, date or amount differs"),
    "name_changed": KindStyle("Name changed", "#fbd9a6", "a person, place or body named differently"),
    "hedge_changed": KindStyle(
        "Hedge changed", "#fbf0a0", "certainty added or removed (\u201creportedly\u201d, \u201caurait\u201d)"),
    "attribution_changed": KindStyle(
        "Attribution changed", "#fbf0a0", "who is said to say it has changed"),
    "loaded_term": KindStyle("Loaded term", "#f5c4e3", "a charged word substituted for a neutral one"),
}

assert set(KIND_STYLES) == set(FINDING_KINDS), "every finding kind needs a label and a colour"

ADDED_ROW = "#e9f7e7"  # tint of a derivative cell with no counterpart
OMITTED_ROW = "#fbe8e6"  # tint of an original cell the derivative dropped
MOVED_MARK = "#2b6cb0"  # colour of the "moved" tag
MUTED = "#6b6b6b"  # secondary text (ids, scores, captions)
RULE = "#b8b8b8"  # table borders


def label(kind: str) -> str:
    style = KIND_STYLES.get(kind)
    return style.label if style else kind.replace("_", " ").capitalize()


def colour(kind: str) -> str:
    style = KIND_STYLES.get(kind)
    return style.colour if style else "#e0e0e0"


LEGEND: tuple[tuple[tuple[str, ...], str], ...] = (
    (("added",), "in the derivative, with no counterpart in the original"),
    (("omitted",), "in the original, dropped by the derivative"),
    (("quote_changed", "quote_added", "quote_dropped", "quote_misattributed"),
     "a quotation reworded, added, dropped or given to another speaker"),
    (("number_changed", "name_changed"), "a figure, date, name or place differs"),
    (("hedge_changed", "attribution_changed"), "certainty, or who is said to say it, changed"),
    (("loaded_term",), "a charged word substituted for a neutral one"),
)
"""Legend lines: kinds sharing one colour, and what they mean together."""

assert sorted(k for kinds, _ in LEGEND for k in kinds) == sorted(FINDING_KINDS)


def legend_entries() -> list[tuple[str, str, str]]:
    """(labels, colour, meaning) for each legend line, in kind order."""
    return [(", ".join(label(k) for k in kinds), colour(kinds[0]), meaning) for kinds, meaning in LEGEND]
