"""Attribution: a document's recipient is not its author.

"according to a letter from the regulator to the club" credits the regulator; "according
to the club" gives the claim to the party the letter was sent to, which is another
source. The letter rendered, or its author kept, is no change.

End-to-end tests (marked slow) with the real offline encoder. Every sentence is written
for these tests.
"""

import pytest

from aligned_fixtures import attribution_findings

LETTER = ("The stand held 2,000 fewer seats than the licence allowed, according to a letter from the safety "
          "regulator to the club.")


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", "The stand held 2,000 fewer seats than the licence allowed, according to the club."),
        ("en", "According to the club, the stand held 2,000 fewer seats than the licence allowed."),
    ],
)
def test_a_letter_credited_to_its_recipient_is_reported(encoder, language, derivative):
    found = attribution_findings(encoder, [LETTER], language, [derivative])
    assert any("letter from the safety regulator" in (f.original_text or "") for f in found), found


@pytest.mark.slow
def test_a_named_recipient_in_another_language_is_reported(encoder):
    original = "The plant exceeded its limits twice, according to an email from the environment agency to Varkos Chemicals."
    derivative = "Selon Varkos Chemicals, l’usine a dépassé ses limites à deux reprises."
    found = attribution_findings(encoder, [original], "fr", [derivative])
    assert any("Varkos Chemicals" in (f.derivative_text or "") for f in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", "The stand held 2,000 fewer seats than the licence allowed, according to a letter the safety regulator sent to the club."),
        ("en", "The stand held 2,000 fewer seats than the licence allowed, according to the safety regulator."),
    ],
)
def test_the_letter_or_its_author_kept_is_no_change(encoder, language, derivative):
    assert attribution_findings(encoder, [LETTER], language, [derivative]) == []
