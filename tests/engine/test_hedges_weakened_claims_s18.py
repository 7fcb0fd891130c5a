"""Hedges: claims weakened or strengthened with no hearsay word, and a verb of saying recast.

- A frequency changed ("often" -> "sometimes", "often" -> « systématiquement »): within one
  language any step on the scale always > usually > often > sometimes > rarely is a changed
  hedge; across languages only a jump of two steps or more, since translators render the
  neighbouring steps freely.
- An attempt stated as a result ("would try to find" -> "would find"): within one language a
  removed hedge, as a tendency made a rule is.
- A duty or advice made a mere possibility ("should have abstained" -> "could perhaps have
  abstained"): within one language a weakened claim.
- A source nobody names ("on condition of anonymity", « sous couvert d'anonymat ») renders the
  other side's hedge of hearsay, not a modal of possibility: "might underestimate" ->
  « sous-estiment » is a removed hedge though both versions keep their anonymous source.
- "alleged on Monday that" recasts a verb of saying ("reported on Monday that"), which a loaded
  term reports, as "alleged that" is: no hedge of the claim.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change


def test_often_made_sometimes_is_a_weakened_claim():
    original = "Inspectors said safety checks were often skipped at weekends."
    derivative = "Inspectors said safety checks were sometimes skipped at weekends."
    assert change("en", original, "en", derivative) == "added"


def test_sometimes_made_often_is_a_strengthened_claim():
    original = "Inspectors said safety checks were sometimes skipped at weekends."
    derivative = "Inspectors said safety checks were frequently skipped at weekends."
    assert change("en", original, "en", derivative) == "removed"


def test_often_made_systematic_across_languages_is_a_strengthened_claim():
    original = "Inspectors said safety checks were often skipped at weekends."
    derivative = "Les inspecteurs ont déclaré que les contrôles de sécurité étaient systématiquement sautés le week-end."
    assert change("en", original, "fr", derivative) == "removed"


@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Les inspecteurs ont déclaré que les contrôles de sécurité étaient souvent sautés le week-end."),
        ("fr", "Les inspecteurs ont déclaré que les contrôles de sécurité étaient fréquemment sautés le week-end."),
        ("es", "Los inspectores dijeron que los controles de seguridad a menudo se saltaban los fines de semana."),
        ("it", "Gli ispettori hanno detto che i controlli di sicurezza venivano spesso saltati nei fine settimana."),
        ("de", "Die Inspektoren sagten, die Sicherheitskontrollen seien am Wochenende oft ausgelassen worden."),
    ],
)
def test_often_rendered_by_the_same_frequency_is_no_change(language, derivative):
    original = "Inspectors said safety checks were often skipped at weekends."
    assert change("en", original, language, derivative) is None


def test_often_rendered_one_step_off_across_languages_is_no_change():
    original = "Inspectors said safety checks were usually skipped at weekends."
    derivative = "Les inspecteurs ont déclaré que les contrôles de sécurité étaient souvent sautés le week-end."
    assert change("en", original, "fr", derivative) is None


def test_an_attempt_stated_as_a_result_is_a_removed_hedge():
    original = "The council said it would try to find a new operator for the pool."
    derivative = "The council said it would find a new operator for the pool."
    assert change("en", original, "en", derivative) == "removed"


def test_an_attempt_kept_is_no_change():
    original = "The council said it would try to find a new operator for the pool."
    derivative = "The council said it would attempt to find a new operator for the swimming pool."
    assert change("en", original, "en", derivative) is None


def test_a_duty_made_a_possibility_is_a_weakened_claim():
    original = "A board member said two trustees with ties to the buyer should have stepped aside."
    derivative = "Critics said two trustees with ties to the buyer could perhaps have stepped aside."
    assert change("en", original, "en", derivative) == "added"


def test_a_duty_kept_is_no_change():
    original = "A board member said two trustees with ties to the buyer should have stepped aside."
    derivative = "Critics said two trustees with ties to the buyer should really have stepped aside."
    assert change("en", original, "en", derivative) is None


def test_an_anonymous_source_renders_no_modal_of_possibility():
    original = (
        "An engineer, speaking on condition of anonymity because he was not authorised to comment, said the "
        "readings had been taken in winter and might overstate the flow in summer."
    )
    derivative = (
        "Un ingénieur, s’exprimant sous couvert d’anonymat car il n’était pas autorisé à commenter, a déclaré que "
        "les relevés avaient été faits en hiver et surestiment le débit en été."
    )
    assert change("en", original, "fr", derivative) == "removed"


def test_an_anonymous_source_still_renders_hearsay():
    original = "Officials, speaking on condition of anonymity, said the mayor had reportedly signed the deal."
    derivative = "Des responsables, sous couvert d’anonymat, ont indiqué que le maire avait signé l’accord."
    assert change("en", original, "fr", derivative) is None


@pytest.mark.parametrize("when", ["on Monday", "last week", "in a report", "in court"])
def test_alleged_with_a_time_or_place_before_that_is_a_verb_of_saying(when):
    original = f"The weekly reported {when} that the dairy had broken its permit twice."
    derivative = f"The weekly alleged {when} that the dairy had broken its permit twice."
    assert change("en", original, "en", derivative) is None


def test_the_alleged_breach_is_still_a_hedge():
    original = "The weekly reported that the breach of the permit was being investigated."
    derivative = "The weekly reported that the alleged breach of the permit was being investigated."
    assert change("en", original, "en", derivative) == "added"


@pytest.mark.parametrize("attempt", ["trying to establish", "trying to determine", "seeking to find out"])
def test_an_attempt_to_learn_renders_an_open_question(attempt):
    original = "Inspectors were examining whether the barn had been set alight on purpose."
    derivative = f"Inspectors were {attempt} whether the barn had been set alight on purpose."
    assert change("en", original, "en", derivative) is None
