"""Hedges: the grammar of reported speech is a rendering, not a hedge.

A German translator puts what someone said in the Konjunktiv I („sagte, der Bericht
könne bis Mai fertig sein“), a Spanish or Italian one in the subjunctive, a French one
in an infinitive after the verb of saying (« a dit s’attendre à »): those forms render
the original's "could", "may" or "expected to" and are no hedge change.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The Konjunktiv I of a modal renders "could" and "may".
        ("en", "The mayor said the new ferry could be in service by August.",
         "de", "Die neue Fähre könne bis August in Betrieb sein, sagte der Bürgermeister."),
        ("en", "The inspector said the tunnel might be closed for a month.",
         "de", "Der Inspektor sagte, der Tunnel könne einen Monat lang gesperrt sein."),
        ("en", "The museum said the loan of the tapestry may be extended.",
         "de", "Das Museum teilte mit, die Leihgabe des Wandteppichs dürfe verlängert werden."),
        # The subjunctive after a verb of saying or hoping, in French, Spanish, Italian.
        ("en", "The director said the report could be ready in May.",
         "fr", "Le directeur a dit espérer que le rapport puisse être prêt en mai."),
        ("en", "The director said the report could be ready in May.",
         "es", "El director dijo que esperaba que el informe pueda estar listo en mayo."),
        ("en", "The director said the report could be ready in May.",
         "it", "Il direttore ha detto che il rapporto possa essere pronto a maggio."),
    ],
)
def test_a_modal_in_the_mood_of_reported_speech_renders_a_possibility(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
    assert change(d_lang, derivative, o_lang, original) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # « a dit s’attendre à », « dit espérer »: the infinitive after a verb of saying is
        # the expectation itself.
        ("en", "The insurer said it expected to settle most claims within a month.",
         "fr", "L’assureur a dit s’attendre à régler la plupart des dossiers dans un délai d’un mois."),
        ("en", "The club said it hoped to reopen the stand before the derby.",
         "fr", "Le club a dit espérer rouvrir la tribune avant le derby."),
    ],
)
def test_an_expectation_in_the_infinitive_renders_an_expectation(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
    assert change(d_lang, derivative, o_lang, original) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # The rendering excuses a hedge, it does not hide one taken away: a possibility
        # reported as a certain future (Konjunktiv I „werde“) is still a removed hedge ...
        ("en", "The engineer said the repairs could take until March.",
         "de", "Der Ingenieur sagte, die Reparaturen werden bis März dauern.", "removed"),
        ("en", "The engineer said the repairs could take until March.",
         "de", "Der Ingenieur sagte, die Reparaturen werde man bis März abschließen.", "removed"),
        # ... and an expectation made a plain plan is still a removed hedge.
        ("en", "The insurer said it expected to settle most claims within a month.",
         "fr", "L’assureur a dit qu’il réglerait la plupart des dossiers dans un délai d’un mois.", "removed"),
    ],
)
def test_a_hedge_taken_away_stays_a_change(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


INQUIRY = "The harbour authority said it had asked prosecutors to examine whether any safety rules were broken."


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # An open question stated as a fact: the doubt is gone, in any language.
        ("en", INQUIRY,
         "en", "The harbour authority said it had asked prosecutors to investigate the safety breaches."),
        ("en", INQUIRY,
         "fr", "L’autorité portuaire a indiqué avoir saisi le parquet des manquements aux règles de sécurité."),
        ("en", INQUIRY,
         "de", "Die Hafenbehörde teilte mit, sie habe die Staatsanwaltschaft wegen der Verstöße gegen die "
               "Sicherheitsregeln eingeschaltet."),
        ("en", INQUIRY,
         "es", "La autoridad portuaria dijo que había pedido a la fiscalía investigar las infracciones de las "
               "normas de seguridad."),
        ("en", "Nobody yet knows whether the virus reached the second farm.",
         "it", "Il virus ha raggiunto anche la seconda azienda agricola."),
    ],
)
def test_an_open_question_stated_as_a_fact_is_a_removed_hedge(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) == "removed"
    assert change(d_lang, derivative, o_lang, original) == "added"


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("es", "La prohibición entra en vigor en 30 días y se aplica haya o no clases."),
        ("it", "Il divieto entra in vigore tra 30 giorni e si applica che ci siano lezioni o no."),
        ("fr", "L’interdiction entre en vigueur dans 30 jours et s’applique qu’il y ait cours ou non."),
    ],
)
def test_a_concessive_whether_or_not_asks_nothing(d_lang, derivative):
    original = "The ban takes effect in 30 days and applies whether or not classes are in session."
    assert change("en", original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # the question kept, in each language's words for it
        ("en", INQUIRY,
         "fr", "L’autorité portuaire a indiqué avoir demandé au parquet d’examiner si des règles de sécurité "
               "avaient été enfreintes."),
        ("en", INQUIRY,
         "fr", "L’autorité portuaire a demandé au parquet de chercher à savoir s’il y avait eu des manquements."),
        ("en", INQUIRY,
         "de", "Die Hafenbehörde teilte mit, sie habe die Staatsanwaltschaft gebeten zu prüfen, ob "
               "Sicherheitsregeln verletzt wurden."),
        ("en", INQUIRY,
         "es", "La autoridad portuaria dijo que había pedido a la fiscalía que examinara si se violaron normas "
               "de seguridad."),
        ("en", "Nobody yet knows whether the virus reached the second farm.",
         "it", "Nessuno sa ancora se il virus abbia raggiunto la seconda azienda agricola."),
        # an English "if" that asks, rendered by another language's "whether"
        ("en", "Engineers are trying to determine if the dam was damaged by the flood.",
         "de", "Die Ingenieure versuchen festzustellen, ob der Damm durch das Hochwasser beschädigt wurde."),
        ("en", "It is not clear if the dam was damaged by the flood.",
         "fr", "On ne sait pas si le barrage a été endommagé par la crue."),
        # the doubt rendered by a word that can stand for it ("possible", « éventuels »)
        ("en", INQUIRY,
         "fr", "L’autorité portuaire a saisi le parquet d’éventuels manquements aux règles de sécurité."),
        ("en", INQUIRY,
         "en", "The harbour authority said it had asked prosecutors to look at possible breaches of safety rules."),
        # a decision to be taken, which a translator may name with a noun
        ("en", "The council will decide in May whether to renew the ferry contract.",
         "fr", "Le conseil se prononcera en mai sur le renouvellement du contrat du ferry."),
        # a condition is no question
        ("fr", "Le syndicat a dit que si la direction refusait, la grève continuerait.",
         "en", "The union said the strike would go on if management refused."),
        ("de", "Der Zug fuhr weiter, als ob nichts geschehen wäre.",
         "en", "The train carried on as though nothing had happened."),
    ],
)
def test_a_question_rendered_or_a_decision_named_is_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
    assert change(d_lang, derivative, o_lang, original) is None


@pytest.mark.parametrize(
    "language, original, derivative",
    [
        ("en", "Investigators said the intruders appeared to have known the alarm codes.",
         "Investigators said the intruders may have guessed the alarm codes."),
        ("en", "The dam apparently held during the night, the engineers said.",
         "The dam might have held during the night, the engineers said."),
        ("fr", "Selon les enquêteurs, les voleurs semblaient connaître les codes de l’alarme.",
         "Selon les enquêteurs, les voleurs pourraient avoir deviné les codes de l’alarme."),
        ("de", "Die Ermittler sagten, die Täter kannten offenbar die Alarmcodes.",
         "Die Ermittler sagten, die Täter hätten die Alarmcodes vielleicht erraten."),
        ("es", "Según los investigadores, los ladrones aparentemente conocían los códigos de la alarma.",
         "Según los investigadores, los ladrones tal vez adivinaron los códigos de la alarma."),
    ],
)
def test_in_one_language_a_seeming_made_a_guess_is_a_changed_hedge(language, original, derivative):
    assert change(language, original, language, derivative) == "removed"
    assert change(language, derivative, language, original) == "added"


@pytest.mark.parametrize(
    "language, original, derivative",
    [
        # one seeming for another, one guess for another
        ("en", "Investigators said the intruders appeared to have known the alarm codes.",
         "Investigators said the intruders seemed to know the alarm codes."),
        ("en", "Investigators said the intruders might have guessed the alarm codes.",
         "Investigators said the intruders may have guessed the alarm codes."),
        ("fr", "Selon les enquêteurs, les voleurs semblaient connaître les codes de l’alarme.",
         "Selon les enquêteurs, les voleurs paraissaient connaître les codes de l’alarme."),
    ],
)
def test_in_one_language_a_hedge_of_the_same_kind_is_no_change(language, original, derivative):
    assert change(language, original, language, derivative) is None
