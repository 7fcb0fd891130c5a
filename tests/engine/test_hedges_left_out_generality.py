"""A hedge of generality that went with a clause left out whole leaves the sentence's other
hedges alone.

"said a smoke alarm that chirps is usually a sign that its battery still works. But she said
tenants might be tempted to take the battery out" rendered "said tenants might be tempted to take
the battery out": the "usually" went with its
clause, which the omitted clause reports; the "might" kept is no hedge removed, though the
"usually" (a hedge only within one language) is counted again whenever the rest is judged.

Real encoder; every sentence is written for this test.
"""

from diptych.engine.groups import build_context
from diptych.engine.hedges import find_hedge_changes
from diptych.engine.model import Link

from aligned_fixtures import article

ORIGINAL = [
    "The town's water board raised its tariff by 6 percent on Monday.",
    "Anna Berg, an engineer who trains safety inspectors at the regional college, said a smoke alarm that chirps "
    "is usually a sign that its battery still works. But she said tenants might be tempted to take the battery "
    "out in the summer.",
]


def test_a_generality_gone_with_its_clause_leaves_the_kept_might_alone(encoder):
    derivative = [
        "The town's water board raised its tariff by 6 percent on Monday.",
        "Anna Berg, an engineer who trains safety inspectors at the regional college, said tenants might be "
        "tempted to take the battery out in the summer.",
    ]
    o, d = article("en", ORIGINAL), article("en", derivative)
    found = find_hedge_changes(build_context(o, d, [Link([0], [0], 0.95), Link([1], [1], 0.8)], encoder))
    assert [f.original_text for f in found if "might" in f.original_text] == []
