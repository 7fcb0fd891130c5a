"""Attribution: paragraphs the aligner linked to nothing.

A rewrite that moves a paragraph, cuts it and changes its figures may leave it, on both
sides, out of every link. Its sentences that render each other best (and state the same
thing once their attributions are set aside) are still compared: an anonymous technician
made into the project's opponents is a changed source wherever the paragraph went.
"""

import pytest

from diptych.engine.model import Link
from aligned_fixtures import attribution_findings

ORIGINAL = [
    "The regional water board said on Tuesday that the reservoir near Valdra held less water than at any time since 1990.",
    "A chemist involved in the inquiry, who spoke on condition of anonymity because the investigation into the "
    "station's management was continuing and he had not been authorised to talk to journalists, said samples taken "
    "on Friday showed nitrate levels about 30 times above the permitted limit.",
]


@pytest.mark.slow
def test_a_source_changed_in_a_paragraph_no_link_holds_is_reported(encoder):
    derivative = [
        "Das regionale Wasseramt erklärte am Dienstag, der Stausee bei Valdra führe so wenig Wasser wie seit 1990 nicht mehr.",
        # (a rework the encoder scores far from the original sentence as a whole, 0.38)
        "Gegner des Pumpwerks behaupten, am Freitag entnommene Proben hätten Nitratwerte von etwa dem 13-Fachen des "
        "zulässigen Grenzwerts gezeigt.",
    ]
    found = attribution_findings(encoder, ORIGINAL, "de", derivative, links=[Link([0], [0], 0.9)])
    assert any("A chemist involved in the inquiry" in f.original_text for f in found), found


@pytest.mark.slow
def test_the_same_source_in_a_paragraph_no_link_holds_stays_quiet(encoder):
    derivative = [
        "Das regionale Wasseramt erklärte am Dienstag, der Stausee bei Valdra führe so wenig Wasser wie seit 1990 nicht mehr.",
        "Ein an der Untersuchung beteiligter Chemiker, der anonym bleiben wollte, sagte, am Freitag entnommene Proben "
        "hätten Nitratwerte von etwa dem 30-Fachen des zulässigen Grenzwerts gezeigt.",
    ]
    assert attribution_findings(encoder, ORIGINAL, "de", derivative, links=[Link([0], [0], 0.9)]) == []
