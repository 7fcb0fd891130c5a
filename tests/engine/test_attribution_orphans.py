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


ORIGINAL_NESTED = [
    "The regional water board said on Tuesday that the reservoir near Valdra held less water than at any time since 1990.",
    "A clerk at the town hall, who spoke on condition of anonymity because he was not allowed to talk to reporters, "
    "said the parks office had warned in writing that the contractors owned no pumps of their own.",
]


@pytest.mark.slow
def test_a_source_changed_before_a_body_it_credits_is_reported(encoder):
    # What both state once the first attribution alone is set aside is the parks
    # office's warning; set aside both sources, the derivative keeps only a stub.
    derivative = [
        "L'ente idrico regionale ha detto martedì che il bacino vicino a Valdra non era mai stato così vuoto dal 1990.",
        "Secondo alcuni avversari del sindaco, l'ufficio parchi aveva avvertito per iscritto che le ditte non "
        "possedevano pompe proprie.",
    ]
    found = attribution_findings(encoder, ORIGINAL_NESTED, "it", derivative, links=[Link([0], [0], 0.9)])
    assert any("A clerk at the town hall" in f.original_text for f in found), found


@pytest.mark.slow
def test_the_same_source_before_a_body_it_credits_stays_quiet(encoder):
    derivative = [
        "L'ente idrico regionale ha detto martedì che il bacino vicino a Valdra non era mai stato così vuoto dal 1990.",
        "Un impiegato del municipio, che ha chiesto l'anonimato perché non autorizzato a parlare con i giornalisti, "
        "ha detto che l'ufficio parchi aveva avvertito per iscritto che le ditte non possedevano pompe proprie.",
    ]
    assert attribution_findings(encoder, ORIGINAL_NESTED, "it", derivative, links=[Link([0], [0], 0.9)]) == []
