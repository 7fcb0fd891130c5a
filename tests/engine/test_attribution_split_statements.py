"""Attribution: a source dropped from what it said, where the derivative keeps a trace of
the source that is no attribution.

- A source that made two statements ("X said A and that B") kept for the second only,
  the first told as fact ("A, and X expects B"): the source was dropped from the first.
- A body's attribution dropped from a sentence that names only bodies of other kinds,
  which the statement is about ("Police said ... near the hospital" / « ... vicino
  all'ospedale »).
- An anonymous source dropped from a sentence that says nothing of anyone speaking
  without a name, the claim told as a body's own doing.

Every sentence is written for these tests; they run the encoder (slow).
"""

import pytest

from aligned_fixtures import attribution_findings


TWO_STATEMENTS = [
    "The ferry line Nordsund has cancelled all crossings to the island until further notice.",
    "In a statement, the company said no passengers had been hurt in the collision and that it hoped to "
    "resume crossings next month.",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", [
            "The ferry line Nordsund has cancelled all crossings to the island until further notice.",
            "No passengers were hurt in the collision, and the company hopes to resume crossings next month.",
        ]),
        ("it", [
            "La compagnia di traghetti Nordsund ha annullato tutte le traversate verso l’isola fino a nuovo ordine.",
            "Nessun passeggero è rimasto ferito nella collisione, e la compagnia spera di riprendere le traversate "
            "il mese prossimo.",
        ]),
    ],
)
def test_a_source_kept_for_its_second_statement_only_is_a_change(encoder, language, derivative):
    found = attribution_findings(encoder, TWO_STATEMENTS, language, derivative)
    assert any("the company said" in f.original_text for f in found), [f.explanation for f in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", [
            "The ferry line Nordsund has cancelled all crossings to the island until further notice.",
            "In a statement, the company said no passengers had been hurt in the collision and that it hoped "
            "to resume crossings next month.",
        ]),
        ("it", [
            "La compagnia di traghetti Nordsund ha annullato tutte le traversate verso l’isola fino a nuovo ordine.",
            "In un comunicato, la compagnia ha detto che nessun passeggero era rimasto ferito nella collisione "
            "e che sperava di riprendere le traversate il mese prossimo.",
        ]),
        ("en", [
            "The ferry line Nordsund has cancelled all crossings to the island until further notice.",
            "No passengers were hurt in the collision, and it hopes to resume crossings next month, the company said.",
        ]),
    ],
)
def test_both_statements_still_credited_are_no_change(encoder, language, derivative):
    assert not attribution_findings(encoder, TWO_STATEMENTS, language, derivative)


POLICE = [
    "Hundreds of farmers blocked the ring road around the city with tractors on Tuesday.",
    "Police said three farmers were arrested and that a bus had been stuck for about an hour near the main "
    "hospital.",
]


@pytest.mark.slow
def test_a_bodys_attribution_dropped_beside_another_kind_of_body_is_a_change(encoder):
    derivative = [
        "Centinaia di agricoltori hanno bloccato martedì con i trattori la tangenziale attorno alla città.",
        "Tre agricoltori sono stati arrestati e un autobus è rimasto bloccato per circa un’ora vicino "
        "all’ospedale principale.",
    ]
    found = attribution_findings(encoder, POLICE, "it", derivative)
    assert any("Police" in f.original_text for f in found), [f.explanation for f in found]


@pytest.mark.slow
def test_a_bodys_attribution_kept_beside_another_kind_of_body_is_no_change(encoder):
    derivative = [
        "Centinaia di agricoltori hanno bloccato martedì con i trattori la tangenziale attorno alla città.",
        "Secondo la polizia, tre agricoltori sono stati arrestati e un autobus è rimasto bloccato per circa "
        "un’ora vicino all’ospedale principale.",
    ]
    assert not attribution_findings(encoder, POLICE, "it", derivative)


ANONYMOUS = [
    "The town has postponed its vote on the new wind farm until the spring.",
    "An official at the town hall, who asked not to be named, said the objections of "
    "residents had been studied closely and that a new noise survey would be carried out.",
]


@pytest.mark.slow
def test_an_anonymous_source_dropped_with_no_trace_of_anonymity_is_a_change(encoder):
    derivative = [
        "Il comune ha rinviato alla primavera il voto sul nuovo parco eolico.",
        "Il comune ha studiato con attenzione le obiezioni dei residenti, e sarà realizzato un nuovo "
        "studio sul rumore.",
    ]
    found = attribution_findings(encoder, ANONYMOUS, "it", derivative)
    assert any("asked not to be named" in f.original_text for f in found), [f.explanation for f in found]


@pytest.mark.slow
def test_an_anonymous_source_kept_is_no_change(encoder):
    derivative = [
        "Il comune ha rinviato alla primavera il voto sul nuovo parco eolico.",
        "Un funzionario del municipio, che ha chiesto di restare anonimo, ha detto che "
        "le obiezioni dei residenti erano state studiate con attenzione e che sarebbe stato realizzato un nuovo "
        "studio sul rumore.",
    ]
    assert not attribution_findings(encoder, ANONYMOUS, "it", derivative)


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # a reply is a verb of saying in every language
        ("es", "El plan se decidió hace meses, replica un portavoz de la alcaldía.", "un portavoz de la alcaldía"),
        ("es", "La portavoz replicó que el plan se decidió hace meses.", "La portavoz"),
        ("fr", "Le plan a été décidé il y a des mois, a rétorqué le porte-parole de la mairie.", "le porte-parole de la mairie"),
        ("fr", "Le plan a été décidé il y a des mois, a répliqué la maire.", "la maire"),
        ("en", "The plan was decided months ago, the mayor retorted.", "the mayor"),
        ("de", "Der Plan sei seit Monaten beschlossen, erwiderte die Bürgermeisterin.", "die Bürgermeisterin"),
    ],
)
def test_a_reply_credits_its_speaker(language, text, phrase):
    from diptych.engine.attribution import find_sources
    from diptych.engine.sentences import Span

    assert [s.phrase.text for s in find_sources(Span(0, 0, len(text), text), language)] == [phrase]


def test_an_aftershock_is_no_reply():
    from diptych.engine.attribution import find_sources
    from diptych.engine.sentences import Span

    text = "Une réplique de magnitude 5 a secoué la ville dans la nuit."
    assert find_sources(Span(0, 0, len(text), text), "fr") == []


@pytest.mark.slow
def test_a_statement_still_credited_by_a_reply_after_it_is_no_change(encoder):
    derivative = [
        "La naviera Nordsund ha cancelado todas las travesías a la isla hasta nuevo aviso.",
        "Ningún pasajero resultó herido en la colisión, y se espera reanudar las travesías el mes próximo, "
        "replica la compañía.",
    ]
    assert not attribution_findings(encoder, TWO_STATEMENTS, "es", derivative)


OWNED = [
    "The ferry line Nordsund has cancelled all crossings to the island until further notice.",
    "The company said a pump on one of its ferries had broken down during a storm and that it would refund "
    "every ticket sold for the week.",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        # the source named as the owner of what the first clause is about (a genitive)
        ("de", [
            "Die Fährlinie Nordsund hat alle Überfahrten zur Insel bis auf Weiteres gestrichen.",
            "Eine Pumpe auf einer Fähre des Unternehmens war bei einem Sturm ausgefallen, und das Unternehmen "
            "erstattet alle für die Woche verkauften Fahrkarten.",
        ]),
        # ... and the derivative's own comment appended to the first statement
        ("en", [
            "The ferry line Nordsund has cancelled all crossings to the island until further notice.",
            "A pump on one of the company's ferries broke down during a storm, the kind of mishap no shipping "
            "line can rule out, and the company will refund every ticket sold for the week.",
        ]),
    ],
)
def test_a_source_kept_as_owner_and_second_subject_only_is_a_change(encoder, language, derivative):
    found = attribution_findings(encoder, OWNED, language, derivative)
    assert any("The company said" in f.original_text for f in found), [f.explanation for f in found]


@pytest.mark.slow
def test_both_statements_still_credited_stay_quiet(encoder):
    derivative = [
        "Die Fährlinie Nordsund hat alle Überfahrten zur Insel bis auf Weiteres gestrichen.",
        "Das Unternehmen erklärte, eine Pumpe auf einer seiner Fähren sei bei einem Sturm ausgefallen, und es "
        "werde alle für die Woche verkauften Fahrkarten erstatten.",
    ]
    assert attribution_findings(encoder, OWNED, "de", derivative) == []
