"""A document's sponsor dropped: "A geological survey commissioned by the quarry owner
found …" rewritten as "Geologists found …" (or « Une étude a montré … ») no longer says
who paid for the finding; the claim lost who stands behind it (attribution_changed). Kept
("commissioned by the quarry owner", « commandée par l'exploitant », „im Auftrag des
Betreibers“), or said in other words in another language, it is no change."""

from __future__ import annotations

import pytest

from aligned_fixtures import attribution_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Quarry expansion approved despite objections",
    "fr": "L’extension de la carrière approuvée malgré les objections",
    "de": "Steinbruch-Erweiterung trotz Einwänden genehmigt",
}
ORIGINAL = [
    TITLE["en"],
    "A geological survey commissioned by the quarry owner found that the hillside was stable and that blasting "
    "would not affect the village wells.",
]
DROPPED = {
    "en": "Geologists found that the hillside was stable and that blasting would not affect the village wells.",
    "fr": "Des géologues ont constaté que le versant était stable et que les tirs de mines n’affecteraient pas les "
    "puits du village.",
}
KEPT = {
    "en": "A geological survey commissioned by the quarry owner found the hillside stable and said blasting would "
    "not affect the village wells.",
    "fr": "Une étude géologique commandée par l’exploitant de la carrière a conclu que le versant était stable et "
    "que les tirs de mines n’affecteraient pas les puits du village.",
    "de": "Ein im Auftrag des Steinbruchbetreibers erstelltes geologisches Gutachten kam zu dem Schluss, dass der "
    "Hang stabil sei und die Sprengungen die Dorfbrunnen nicht beeinträchtigen würden.",
}


@pytest.mark.parametrize("language", sorted(DROPPED))
def test_a_dropped_sponsor_is_a_changed_attribution(encoder, language):
    found = attribution_findings(encoder, ORIGINAL, language, [TITLE[language], DROPPED[language]])
    assert len(found) == 1 and "quarry owner" in found[0].original_text


@pytest.mark.parametrize("language", sorted(KEPT))
def test_a_kept_sponsor_is_no_change(encoder, language):
    assert attribution_findings(encoder, ORIGINAL, language, [TITLE[language], KEPT[language]]) == []
