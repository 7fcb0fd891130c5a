"""Faithful renderings that look like a hedge changed, and are none.

- A negation that stands a few words after "probably" is still its negation: German puts
  the object between them („wird wahrscheinlich nichts an der Praxis ändern“, „wird die
  Praxis wahrscheinlich nicht ändern“), French, Spanish and Italian say "nothing" (« ne
  changera probablement rien », « probablemente no cambie nada »): each renders "would
  probably not change", a hedge of the degree unlikely.
- A negated modal of possibility says what cannot happen, a fact: « ne peuvent pas venir
  » renders "cannot travel", and is no possibility against a version that states things
  done in the perfect.
- German „dürfte(n)“ says a permission as well as a probability: against a version
  that speaks of a permission ("were allowed to hold"), it renders that.
- Spanish « supone » with a noun is "means, entails" (« el plan no supone ningún coste
  »); only « supone que » assumes.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change

PROBABLY_NOT = "The inspector said the ruling would probably not change the agency's practice."


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("de", "Der Inspektor sagte, das Urteil werde wahrscheinlich nichts an der Praxis der Behörde ändern."),
        ("de", "Der Inspektor sagte, das Urteil werde die Praxis der Behörde wahrscheinlich nicht ändern."),
        ("de", "Der Inspektor sagte, das Urteil werde vermutlich keine Änderung der Praxis bringen."),
        ("fr", "L’inspecteur a déclaré que la décision ne changerait probablement rien à la pratique de l’agence."),
        ("es", "El inspector dijo que el fallo probablemente no cambiaría nada en la práctica de la agencia."),
        ("it", "L’ispettore ha detto che la sentenza probabilmente non cambierebbe nulla nella prassi dell’agenzia."),
    ],
)
def test_probably_not_with_words_between_is_still_probably_not(d_lang, derivative):
    assert change("en", PROBABLY_NOT, d_lang, derivative) is None


def test_probably_against_probably_not_is_still_a_change():
    assert change("en", PROBABLY_NOT, "de",
                  "Der Inspektor sagte, das Urteil werde die Praxis der Behörde wahrscheinlich ändern.") is not None


CANNOT = ("Farmers say about 200 workers they have hired cannot travel because their visas have not been "
          "issued.")


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Quelque 200 ouvriers recrutés par les fermiers ne peuvent pas venir : leurs visas n’ont pas été "
               "délivrés, affirment-ils."),
        ("fr", "Quelque 200 ouvriers recrutés par les fermiers ne peuvent toujours pas venir, faute de visas, "
               "affirment-ils."),
        ("es", "Unos 200 trabajadores contratados por los agricultores no pueden viajar porque no se han emitido "
               "sus visados, dicen."),
        ("it", "Circa 200 lavoratori assunti dagli agricoltori non possono partire perché i visti non sono stati "
               "rilasciati, dicono."),
    ],
)
def test_a_negated_modal_is_no_possibility(d_lang, derivative):
    assert change("en", CANNOT, d_lang, derivative) is None


def test_a_modal_of_possibility_against_a_perfect_is_still_a_change():
    assert change("en", "Engineers said the spores have settled in the ventilation shafts.", "fr",
                  "Les ingénieurs ont déclaré que les spores peuvent se déposer dans les conduits.") is not None


def test_durften_of_permission_renders_allowed_to():
    assert change(
        "en", "The party had offered its support if the islands were first allowed to hold a referendum.",
        "de", "Die Partei hatte ihre Unterstützung angeboten, wenn die Inseln zuvor ein Referendum abhalten dürften.",
    ) is None


def test_durften_of_probability_is_still_a_hedge():
    assert change(
        "en", "The costs rose sharply last year, the auditors said.",
        "de", "Die Kosten dürften im vergangenen Jahr stark gestiegen sein, sagten die Prüfer.",
    ) == "added"


def test_supone_with_a_noun_is_no_assumption():
    assert change(
        "en", 'The minister said the loan carried "no risk" for taxpayers.',
        "es", "El ministro sostiene que el préstamo no supone ningún riesgo para los contribuyentes.",
    ) is None


def test_supone_que_is_still_an_assumption():
    assert change(
        "en", "The minister said the loan carried no risk for taxpayers.",
        "es", "El ministro supone que el préstamo no tiene ningún riesgo para los contribuyentes.",
    ) == "added"


@pytest.mark.parametrize(
    "original, derivative",
    [
        # « devraient », the conditional of an expectation, renders a prediction's "would"
        ("The director said the camp could strain the town's clinics, and families, who would make up about "
         "half of the residents, would suffer most.",
         "Selon le directeur, le camp pourrait saturer les cliniques de la ville, et les familles, qui devraient "
         "représenter environ la moitié des résidents, en souffriraient le plus."),
        # what unnamed officials say is an allegation, which French reports in the conditional
        ("Latvian officials have said the trawler belongs to a fleet of old boats used to dodge the quotas, a "
         "claim its owners reject.",
         "Selon des responsables lettons, le chalutier ferait partie d’une flotte de vieux bateaux servant à "
         "contourner les quotas, ce que contestent ses propriétaires."),
    ],
)
def test_faithful_french_renderings_of_a_prediction_and_an_allegation(original, derivative):
    assert change("en", original, "fr", derivative) is None


def test_a_named_speakers_statement_in_the_conditional_is_still_distanced():
    assert change("en", "The treasurer said the board had delayed the vote by six weeks.",
                  "fr", "Selon le trésorier, le conseil aurait repoussé le vote de six semaines.") == "added"


def test_an_expectation_added_to_a_promise_is_still_a_change():
    assert change("en", "The council will vote on the plan next week.",
                  "fr", "Le conseil devrait voter sur le projet la semaine prochaine.") == "added"


def test_seguramente_is_the_spanish_probably():
    assert change(
        "en", "The lawyer said the farmers would win the case but would probably struggle to recover their costs.",
        "es", "El abogado dijo que los agricultores ganarán el caso, pero que seguramente les costará recuperar sus gastos.",
    ) is None


def test_seguramente_dropped_is_still_a_hedge_removed():
    assert change(
        "en", "The lawyer said the farmers would probably struggle to recover their costs.",
        "es", "El abogado dijo que a los agricultores les costará recuperar sus gastos.",
    ) == "removed"
