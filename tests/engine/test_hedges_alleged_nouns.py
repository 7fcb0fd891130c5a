""""alleged" before a noun the rewrite brought in hedges no claim of the original.

"the complaint was lodged by two rival growers" rewritten "the alleged fraud was exposed by two rival
growers": the rewrite names a fraud the original never stated and hedges its own word, which the
loaded term reports; no claim of the original was made less certain. "the fraud was exposed" made
"the alleged fraud was exposed" still adds a hedge: the noun is the original's.

Real encoder; every sentence is written for this test.
"""

import pytest

from diptych.engine.groups import build_context
from diptych.engine.hedges import find_hedge_changes
from diptych.engine.model import Link

from aligned_fixtures import article

HEAD = "The county show named a new champion marrow grower on Saturday."


def _found(encoder, original, derivative):
    o, d = article("en", [HEAD, original]), article("en", [HEAD, derivative])
    return [f.derivative_text for f in find_hedge_changes(build_context(o, d, [Link([0], [0], 0.95),
                                                                                Link([1], [1], 0.85)], encoder))]


@pytest.mark.parametrize(
    "original, derivative, expected",
    [
        ("According to the weekly Dale Gazette, the complaint was lodged by two rival growers who had also "
         "entered the show.",
         "According to local reports, the alleged fraud was exposed by two rival growers who had also entered "
         "the show.", []),
        ("According to the weekly Dale Gazette, the fraud was exposed by two rival growers who had also "
         "entered the show.",
         "According to the weekly Dale Gazette, the alleged fraud was exposed by two rival growers who had also "
         "entered the show.", ["alleged"]),
    ],
)
def test_alleged_before_a_noun_of_the_rewrite(encoder, original, derivative, expected):
    assert _found(encoder, original, derivative) == expected
