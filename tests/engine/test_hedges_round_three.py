"""Hedges, third round: faithful renderings that are no change, and a removed hedge kept in view.

- "which appears not to have been acted on": the negative hedge of evidence is a hedge like
  "appears to" („offenbar“, « semble-t-il » render it); stated as "was never acted on" it is
  removed.
- "should be banned" / « il faut interdire », "warned that the council should not" / « met en
  garde le conseil contre », „warnte davor“, « hay que »: an obligation or a warning of what to
  do renders the duty of "should", no hedge.
- "not yet clear whether" / « sans qu'on sache encore si »: an open question on both sides.
- "alleged" as a verb of saying ("alleged that", '," alleged the lawyer') for "said" is a loaded
  verb of saying, which the loaded-term analysis reports; "the alleged fraud" stays a hedge.
- "Some reports suggested that" for "According to the Daily X,": reports that are the subject of
  a verb of saying are a source swapped for another (attribution), not a hedge.
- A removed hedge whose clause the derivative left out whole is the omitted clause; another hedge
  of the same sentence, in the words kept and stated as fact, is still a removed hedge.

Pure text tests (one sentence each side) except the last, which runs the span analysis. Every
sentence is written for these tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("de", "Die Prüfer hatten 2021 in einem Vermerk Bedenken geäußert, der offenbar folgenlos blieb."),
        ("fr", "Les contrôleurs avaient exprimé leurs doutes dans une note en 2021, restée semble-t-il sans suite."),
        ("en", "The auditors raised doubts in a memo in 2021, which seems not to have been followed up."),
    ],
)
def test_appears_not_to_rendered_is_no_change(d_lang, derivative):
    original = "The auditors raised doubts in a memo in 2021, which appears not to have been followed up."
    assert change("en", original, d_lang, derivative) is None


def test_appears_not_to_stated_as_fact_is_a_removed_hedge():
    assert change("en", "The auditors raised doubts in a memo in 2021, which appears not to have been followed up.",
                  "en", "The auditors raised doubts in a memo in 2021, which was never followed up.") == "removed"


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Pour l’association des cyclistes, l’accident prouve qu’il faut interdire les camions dans le centre."),
        ("es", "Para la asociación de ciclistas, el accidente demuestra que hay que prohibir los camiones en el centro."),
    ],
)
def test_an_obligation_renders_should(d_lang, derivative):
    original = "The cyclists' association said the accident showed that lorries should be banned from the centre."
    assert change("en", original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Le médiateur a salué la décision, mais il met en garde la mairie contre la tentation de fermer "
               "chaque marché."),
        ("de", "Der Ombudsmann begrüßte die Entscheidung, warnte die Stadt aber davor, jeden Markt zu schließen."),
    ],
)
def test_a_warning_renders_should_not(d_lang, derivative):
    original = "The ombudsman welcomed the decision but warned that the town should not close every market."
    assert change("en", original, d_lang, derivative) is None


def test_an_open_question_with_sache_renders_not_yet_clear_whether():
    assert change("en", "Nine walkers fell ill, although it was not yet clear whether the spring was to blame.",
                  "fr", "Neuf randonneurs sont tombés malades, sans qu’on sache encore si la source est en cause.") is None


@pytest.mark.parametrize(
    "original, derivative",
    [
        ('"The forms were hidden on purpose," said Ana Ruiz, a lawyer for the tenants.',
         '"The forms were hidden on purpose," alleged Ana Ruiz, a lawyer for the tenants.'),
        ("A warden who asked not to be named said the prison was short of 40 staff.",
         "A warden who asked not to be named alleged that the prison was short of 40 staff."),
    ],
)
def test_alleged_for_said_is_a_verb_of_saying_not_a_hedge(original, derivative):
    assert change("en", original, "en", derivative) is None


def test_the_alleged_thing_is_still_a_hedge():
    assert change("en", "The court heard evidence of the fraud at the depot.",
                  "en", "The court heard evidence of the alleged fraud at the depot.") == "added"


@pytest.mark.parametrize(
    "derivative",
    [
        "Some reports suggested that the mill had been fined twice for dumping dye in the river.",
        "Unconfirmed local reports suggested the mill had been fined twice for dumping dye in the river.",
    ],
)
def test_reports_suggested_for_a_named_paper_is_a_source_swapped(derivative):
    original = "According to the Valley Herald, the mill had been fined twice for dumping dye in the river."
    assert change("en", original, "en", derivative) is None


def test_reports_suggested_for_a_plain_fact_is_still_a_hedge():
    assert change("en", "The mill had been fined twice for dumping dye in the river.",
                  "en", "Some reports suggested that the mill had been fined twice for dumping dye in the river.") == "added"


@pytest.mark.slow
def test_a_hedge_kept_beside_one_whose_clause_was_left_out_is_removed(encoder):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(language, paragraphs):
        return Article(source="test", title="", language=language, text="\n\n".join(paragraphs),
                       segments=[Segment(i, p, False) for i, p in enumerate(paragraphs)])

    original = ("Marta Lind, a transport economist at the technical university, said the new toll might push some "
                "drivers onto side roads, but that its effect on traffic in the city as a whole was likely to be small.")
    derivative = ("Marta Lind, économiste des transports à l’université technique, a déclaré que le nouveau péage "
                  "poussera les automobilistes vers les petites routes.")
    found = find_span_findings(article("en", [original]), article("fr", [derivative]), [Link([0], [0], 0.9)], encoder)
    hedges = [f for f in found if f.kind == "hedge_changed"]
    assert [f.original_text.split()[0] for f in hedges] == ["might"], found


def test_an_open_question_made_far_from_clear_is_a_stronger_hedge():
    # "not yet clear whether" leaves the question open; "far from clear whether" leans to no
    assert change("en", "Nine walkers fell ill, although it was not yet clear whether the spring was to blame.",
                  "en", "Nine walkers fell ill, although it was far from clear whether the spring was to blame.") == "added"


def test_unclear_and_not_clear_whether_are_one_degree():
    assert change("en", "Nine walkers fell ill, although it was unclear whether the spring was to blame.",
                  "en", "Nine walkers fell ill, although it was not clear whether the spring was to blame.") is None
