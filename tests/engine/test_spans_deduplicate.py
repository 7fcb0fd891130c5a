"""One change, one finding: what the span detectors both report is reported once, as the
kind a fact-checker would file it under."""

from diptych.engine.model import Finding
from diptych.engine.spans import _deduplicate


def finding(kind, o_text, d_text, original=(3,), derivative=(4,)):
    return Finding(kind, list(original), list(derivative), o_text, d_text, "", 0.8)


def test_an_outlet_swapped_inside_a_changed_attribution_is_that_attribution_s_change():
    source = finding("attribution_changed", "quoted by the daily Nordlys", "quoted by the news site Kvasir.no")
    name = finding("name_changed", "Nordlys", "Kvasir.no")
    assert [f.kind for f in _deduplicate([name, source])] == ["attribution_changed"]


def test_a_renamed_person_outside_the_changed_attribution_stays_a_name_change():
    source = finding("attribution_changed", "quoted by the daily Nordlys", "quoted by the news site Kvasir.no")
    elsewhere = finding("name_changed", "Nordlys", "Kvasir.no", derivative=(7,))
    renamed = finding("name_changed", "Helen Marsh", "Helen Marshall")
    kinds = sorted(f.kind for f in _deduplicate([source, elsewhere, renamed]))
    assert kinds == ["attribution_changed", "name_changed", "name_changed"]


def test_a_dropped_attribution_does_not_swallow_a_name_change():
    dropped = finding("attribution_changed", "according to the mayor Helen Marsh", None)
    renamed = finding("name_changed", "Helen Marsh", "Helen Marshall")
    assert sorted(f.kind for f in _deduplicate([dropped, renamed])) == ["attribution_changed", "name_changed"]
