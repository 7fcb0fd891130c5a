"""Attribution: a body's own account of a cause, stated as fact by a rewrite in the same
language ("The company said the delays had been caused by ..." / "The delays were caused
by ..."). Every word of the source is gone and the statement is kept nearly whole: that
is proof enough in one language, even where the statement points back to the body ("its
northern line") and the encoder scores it closer with its attribution than without.

End-to-end tests (marked slow) with the real offline encoder; every sentence is written
for these tests.
"""

import pytest

from aligned_fixtures import attribution_findings

ORIGINAL = [
    "Trains between Velmar and Ostheim ran up to two hours late on Thursday.",
    "The company said the delays had been caused by a faulty signal box on its northern line, installed last year by an outside supplier.",
]


@pytest.mark.slow
def test_a_bodys_account_stated_as_fact_is_reported(encoder):
    derivative = [
        ORIGINAL[0],
        "The delays were caused by a faulty signal box on its northern line, installed last year by an outside "
        "supplier, a firm that also equips several other networks.",
    ]
    found = attribution_findings(encoder, ORIGINAL, "en", derivative)
    assert [f.original_text for f in found] == ["The company said"], found


@pytest.mark.slow
@pytest.mark.parametrize(
    "second",
    [
        "The company said the delays were caused by a faulty signal box on its northern line, installed last year by an outside supplier.",
        "According to the company, the delays were caused by a faulty signal box on its northern line, installed last year by an outside supplier.",
        "The delays were caused by a faulty signal box on its northern line, installed last year by an outside supplier, the operator said.",
    ],
)
def test_the_account_still_credited_is_no_change(encoder, second):
    assert attribution_findings(encoder, ORIGINAL, "en", [ORIGINAL[0], second]) == []
