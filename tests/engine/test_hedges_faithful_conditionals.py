"""Hedges: conditionals a faithful French, Spanish or Italian translation must write.

A conditional in an indirect question governed by a past verb of deciding or saying (« sans
avoir arrêté comment il serait financé », "had not agreed how it would be paid for") is the
future of the past, as it is after « si » or « que ». A conditional perfect in a relative
clause whose antecedent was refused or rejected (« a refusé une rallonge qui aurait permis
d'embaucher ») is a counterfactual: what the refused thing would have allowed, which English
says with an infinitive of purpose ("turned down a grant to hire"). Neither is hearsay.
« quelque » (about) is no participle: « aurait besoin de quelque 90 000 euros » holds no
conditional perfect.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change, hedges


@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Le conseil a indiqué qu’une navette pourrait peut-être circuler l’été, sans avoir arrêté comment elle serait financée."),
        ("fr", "Le conseil a indiqué qu’une navette pourrait peut-être circuler l’été, mais n’avait pas décidé quand elle serait mise en service."),
        ("es", "El consejo dijo que quizá podría circular un autobús en verano, pero no había decidido cómo se financiaría."),
        ("it", "Il consiglio ha detto che forse potrebbe circolare una navetta d’estate, ma non aveva deciso come sarebbe stata finanziata."),
    ],
)
def test_a_conditional_in_an_indirect_question_after_a_past_decision_is_the_future_of_the_past(language, derivative):
    original = "The council said a shuttle might be able to run in the summer but had not decided how it would be paid for."
    assert change("en", original, language, derivative) is None


def test_the_conditional_of_an_indirect_question_counts_as_a_modal():
    found = hedges("Le conseil n’a pas décidé comment la navette serait financée.", "fr")
    assert found.weak == () and found.sequenced >= 1


def test_a_conditional_of_hearsay_beside_a_decision_is_still_a_hedge():
    found = hedges("Le conseil n’a pas décidé du financement, et la navette serait tombée en panne en mars.", "fr")
    assert [w.text for w in found.weak] == ["serait tombée"]


@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "L’an dernier, le ministère a refusé à la clinique une subvention de 40 000 euros qui lui aurait permis d’embaucher deux infirmières."),
        ("es", "El año pasado, el ministerio rechazó a la clínica una subvención de 40.000 euros que le habría permitido contratar a dos enfermeras."),
        ("it", "L’anno scorso il ministero ha respinto la richiesta della clinica di 40.000 euro che le avrebbe permesso di assumere due infermiere."),
    ],
)
def test_a_conditional_perfect_of_what_a_refused_thing_would_have_allowed_is_a_counterfactual(language, derivative):
    original = "Last year the ministry turned down a request from the clinic for 40,000 euros to hire two nurses."
    assert change("en", original, language, derivative) is None


def test_a_conditional_perfect_of_what_a_granted_thing_allowed_is_still_hearsay():
    original = "Last year the ministry gave the clinic a grant of 40,000 euros that allowed it to hire two nurses."
    derivative = "L’an dernier, le ministère a accordé à la clinique une subvention de 40 000 euros qui lui aurait permis d’embaucher deux infirmières."
    assert change("en", original, "fr", derivative) == "added"


def test_quelque_is_no_participle():
    found = hedges("Selon la mairie, le toit aurait besoin de quelque 90 000 euros de travaux.", "fr")
    assert not any("quelque" in w.text for w in found.weak)


def test_a_conditional_perfect_before_quelque_is_still_a_hedge():
    found = hedges("Selon la mairie, les travaux auraient coûté quelque 90 000 euros.", "fr")
    assert [w.text for w in found.weak] == ["auraient coûté"]


@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "La ministre a déclaré que la région examinerait le dossier et consulterait les éleveurs avant de trancher."),
        ("es", "La ministra dijo que la región examinaría el expediente y consultaría a los ganaderos antes de decidir."),
        ("it", "La ministra ha detto che la regione esaminerebbe il fascicolo e consulterebbe gli allevatori prima di decidere."),
    ],
)
def test_a_second_conditional_coordinated_with_the_future_of_the_past_is_one_too(language, derivative):
    original = "The minister said the region would examine the file and consult the farmers before deciding."
    assert change("en", original, language, derivative) is None


def test_a_conditional_of_hearsay_coordinated_with_another_still_hedges():
    original = "Two guards were injured and a van was burnt, police said."
    derivative = "Deux gardiens auraient été blessés et une camionnette aurait été incendiée, selon la police."
    assert change("en", original, "fr", derivative) == "added"
