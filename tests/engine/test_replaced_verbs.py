"""Plain verbs of events replaced by charged ones in a rewrite in the source's language.

The source says plainly what happened ("cut", "suspended", "collapsed"); a slanted rewrite
in the same language edits the sentence and puts a word of its own choosing in that place.
The word is read by its place, whatever it is: no list of charged words is needed.
"""

import pytest
from aligned_fixtures import context

from diptych.engine.loaded_terms import find_loaded_terms
from diptych.engine.replaced_verbs import find_replaced_verbs


def replaced(original, derivative):
    ctx = context("en", [original], "en", [derivative])
    return [(f.original_text, f.derivative_text) for f in find_replaced_verbs(ctx, [], [])]


@pytest.mark.parametrize(
    "original, derivative, word",
    [
        ("The district cut the library's budget by a tenth in March.", "The district pruned the library's budget by a tenth in March.", "pruned"),
        ("The ferry company suspended its night crossings on Friday.", "The ferry company abruptly shut down its night crossings on Friday.", "abruptly shut down"),
        ("Part of the old pier collapsed in a storm last winter.", "Part of the old pier was ripped apart by a storm last winter.", "was ripped apart by"),
        ("About 40,000 euros had been spent on consultants.", "About 40,000 euros had been squandered on consultants.", "squandered"),
        ("The co-operative will hold its final auction in May.", "The co-operative will quietly wind down its auctions in May.", "quietly wind down"),
    ],
)
def test_a_charged_word_in_the_place_of_a_plain_verb_is_a_loaded_term(original, derivative, word):
    assert [d for _, d in replaced(original, derivative)] == [word]


@pytest.mark.parametrize(
    "original, derivative",
    [
        # Another plain verb, or the same one in another form.
        ("The district cut the library's budget by a tenth in March.", "The district reduced the library's budget by a tenth in March."),
        ("The district cut the library's budget by a tenth in March.", "The library's budget was cut by a tenth in March, the district said."),
        ("Inspectors found cracks in two of the piers.", "Inspectors discovered cracks in two of the piers."),
        # A hedge or a source put in the verb's place is those detectors' finding.
        ("The repairs cost more than planned.", "The repairs reportedly cost more than planned."),
        ("Inspectors found cracks in two of the piers.", "Inspectors appeared to have found cracks in two of the piers."),
        # A sentence rewritten, not edited.
        ("The district cut the library's budget by a tenth in March.", "Readers will have fewer books next year after a decision taken in March by the district."),
    ],
)
def test_a_plain_rendering_or_a_change_of_another_kind_is_no_loaded_term(original, derivative):
    assert replaced(original, derivative) == []


def test_across_languages_no_word_stands_in_anothers_place():
    ctx = context("en", ["The district cut the library's budget by a tenth."], "fr", ["Le district a sabré le budget de la bibliothèque d'un dixième."])
    assert find_replaced_verbs(ctx, [], []) == []


def test_a_charged_word_the_lexicon_reports_is_reported_once():
    ctx = context("en", ["The district cut the library's budget by a tenth."], "en", ["The district slashed the library's budget by a tenth."])
    assert [f.derivative_text for f in find_loaded_terms(ctx) if f.kind == "loaded_term"] == ["slashed"]


@pytest.mark.parametrize(
    "original, derivative, word",
    [
        ("The agency said it would close the weather station in June.", "The agency said it would upgrade the weather station in June.", "upgrade"),
        ("The council voted to close nine of its toilets.", "The council voted to retire nine of its toilets.", "retire"),
    ],
)
def test_after_to_or_a_modal_a_bare_verb_in_the_plain_verbs_place_is_read(original, derivative, word):
    assert [d for _, d in replaced(original, derivative)] == [word]


def test_a_bare_noun_in_the_place_of_a_plain_verb_is_not_read():
    assert replaced("Lorries now pass the school every day.", "Lorries now race the school every day.") == []


def test_a_plain_verb_done_again_is_plain():
    assert replaced("Talks will resume in May.", "Talks will restart in May.") == []


@pytest.mark.parametrize(
    "original, derivative, word",
    [
        # The present tense of the source's plain verb, in the same form: a verb, not a plural noun.
        ("The new timetable cuts the number of stops from 40 to 25.", "The new timetable trims the route from 40 stops to 25.", "trims"),
        ("The ministry is cutting the grant for rural choirs.", "The ministry is gutting the grant for rural choirs.", "gutting"),
        # Resigning is a plain event too.
        ("The head teacher resigned on Friday after the vote.", "The head teacher jumped ship on Friday after the vote.", "jumped ship"),
    ],
)
def test_a_charged_verb_in_the_same_form_as_the_plain_one_is_read(original, derivative, word):
    found = [d for _, d in replaced(original, derivative)]
    assert len(found) == 1 and word in found[0], found


@pytest.mark.parametrize(
    "original, derivative",
    [
        ("The new timetable cuts the number of stops from 40 to 25.", "The new timetable reduces the number of stops from 40 to 25."),
        ("The head teacher resigned on Friday after the vote.", "The head teacher stepped down on Friday after the vote."),
        ("The head teacher resigned on Friday after the vote.", "The head teacher quit on Friday after the vote."),
        ("The plan cuts the number of buses on Sundays.", "The plan leaves fewer buses on Sundays."),
    ],
)
def test_a_plain_verb_in_the_same_form_is_plain(original, derivative):
    assert replaced(original, derivative) == []
