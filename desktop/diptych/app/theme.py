"""Colours, labels and fonts of the window.

Kind labels, highlight colours and meanings come from the report's legend
(diptych.report.legend, a Qt-free table), so an editor who reads the PDF and the
window sees the same colour for the same kind of finding; the window adds only a
darker accent per kind (underlines, chip borders) and its own chrome colours.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase

from diptych.engine.model import FINDING_KINDS
from diptych.report import legend


@dataclass(frozen=True)
class KindLook:
    label: str
    background: str  # span highlight: light enough for dark text
    accent: str  # underline, legend swatch border, link-map tick
    meaning: str  # one line for the legend's tooltip


def _accent(background: str) -> str:
    """A darker, more saturated shade of a highlight for lines drawn on top of it."""
    colour = QColor(background)
    h, s, v, _ = colour.getHsvF()
    return QColor.fromHsvF(max(h, 0.0), min(1.0, s * 2.2 + 0.25), v * 0.55).name()


KINDS: dict[str, KindLook] = {
    kind: KindLook(style.label, style.colour, _accent(style.colour), style.meaning)
    for kind, style in legend.KIND_STYLES.items()
}
assert set(KINDS) == set(FINDING_KINDS), "every finding kind needs a label and a colour"

# Whole paragraphs with no counterpart: the report's paler row tints.
ADDED_BLOCK = legend.ADDED_ROW
OMITTED_BLOCK = legend.OMITTED_ROW
# Word-level differences inside linked paragraphs of a same-language pair.
WORD_DELETED = "#f9d7d4"  # words of the original that the derivative changed or dropped
WORD_INSERTED = "#d3efd4"  # words the derivative changed or added
# The current selection: a bar in the margin and the current finding's span.
SELECTION_BAR = "#3b6fb6"
CURRENT_SPAN = "#ffd54a"
# Text.
INK = "#1f2328"
MUTED = "#6b7079"
BOILERPLATE = "#9aa0a8"
PAPER = "#fdfcf9"
# Link map: one hue, more ink for a stronger match; moved links get a dashed violet border.
LINK_WEAK = QColor("#cdd3da")
LINK_STRONG = QColor("#3f78c0")
LINK_WEAK_SCORE, LINK_STRONG_SCORE = 0.4, 0.85
MOVED = "#7a4fb5"


def label(kind: str) -> str:
    look = KINDS.get(kind)
    return look.label if look else kind.replace("_", " ").capitalize()


def link_colour(score: float) -> QColor:
    """Colour of a link band: from LINK_WEAK (score ≤ 0.4) to LINK_STRONG (≥ 0.85).

    Good translations score 0.6–0.85 with the offline encoder, so the ramp spends its
    range there.
    """
    t = max(0.0, min(1.0, (score - LINK_WEAK_SCORE) / (LINK_STRONG_SCORE - LINK_WEAK_SCORE)))
    a, b = LINK_WEAK, LINK_STRONG
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


_READING_FAMILIES = ["Source Serif 4", "Charter", "Georgia", "Noto Serif", "DejaVu Serif", "serif"]
_UI_FAMILIES = ["Inter", "Cantarell", "Noto Sans", "Segoe UI", "DejaVu Sans", "sans-serif"]


def _first_available(families: list[str]) -> list[str]:
    installed = set(QFontDatabase.families())
    chosen = [f for f in families if f in installed]
    return chosen or families


def reading_font(point_size: float) -> QFont:
    """The body font of the panes: a serif made for long reading, at the zoomed size."""
    font = QFont()
    font.setFamilies(_first_available(_READING_FAMILIES))
    font.setPointSizeF(point_size)
    return font


def ui_font_families() -> list[str]:
    return _first_available(_UI_FAMILIES)


BASE_POINT_SIZE = 11.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 24.0
MAX_LINE_EMS = 36  # about 75 characters a line: beyond that the eye loses the next line
