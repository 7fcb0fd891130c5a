"""Adverbs of manner a rewrite puts on a verb ("hastily closed"), found by their place.

The source says the authority closed the road; the rewrite says it "hastily" closed it.
No list holds every adverb that judges, but a grammar can read where an adverb stands on a
verb, and the adverbs that only say when, how often or how much are a closed list. Sentences
are aligned by a stand-in encoder.
"""

import pytest
from aligned_fixtures import context

from diptych.engine.loaded_terms import find_loaded_terms
from diptych.engine.manner import manner_adverbs
from diptych.engine.sentences import Span


def adverbs(text, language):
    return [w.text for w in manner_adverbs(Span(0, 0, len(text), text), language)]


def loaded(original, d_lang, derivative):
    found = find_loaded_terms(context("en", [original], d_lang, [derivative]))
    return [f.derivative_text for f in found if f.kind == "loaded_term"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "The council hastily approved the budget.", ["hastily"]),
        ("en", "The regulator has summarily revoked the licence.", ["summarily"]),
        ("en", "The plan was brazenly pushed through.", ["brazenly"]),
        ("fr", "La mairie a hâtivement fermé la route.", ["hâtivement"]),
        ("fr", "Le projet a été discrètement enterré.", ["discrètement"]),
        ("es", "El consejo aprobó precipitadamente el presupuesto.", []),
        ("es", "El consejo ha precipitadamente aprobado el presupuesto.", ["precipitadamente"]),
        ("it", "Il consiglio ha frettolosamente approvato il bilancio.", ["frettolosamente"]),
        # After the participle of a compound tense, where French, Italian and Spanish often put it.
        ("fr", "L’entreprise avait écoulé frauduleusement les stocks de l’entrepôt.", ["frauduleusement"]),
        ("fr", "Le conseil a écarté brutalement la direction du projet.", ["brutalement"]),
        # An adverb that ends the clause or opens a complement completes the verb's sense.
        ("fr", "L’équipage a freiné brutalement.", []),
        ("fr", "Elle estime que son service a agi correctement, mais elle attend l’expertise.", []),
        ("fr", "Les permis avaient été délivrés conformément au plan.", []),
        ("fr", "Les données ont été librement consultables pendant sept mois.", []),
        ("it", "L’azienda ha venduto segretamente i terreni del comune.", ["segretamente"]),
        ("es", "La empresa ha vendido fraudulentamente las acciones.", ["fraudulentamente"]),
        ("fr", "La mairie a fermé définitivement la route.", []),
        ("fr", "Le conseil a voté également une aide aux familles.", []),
        ("fr", "Les tarifs ont augmenté légèrement en mars.", []),
        # How badly someone was hurt is a degree, not a judgement of an act.
        ("fr", "Deux passagers ont été grièvement blessés dans l’accident.", []),
        ("it", "Due passeggeri sono stati gravemente feriti nell’incidente.", []),
        # When, how often, how much, how surely: no judgement of the act.
        ("en", "The council recently approved the budget.", []),
        ("en", "The council has provisionally suspended two players.", []),
        ("en", "The road was temporarily closed.", []),
        ("fr", "La mairie a finalement fermé la route.", []),
        ("fr", "La route a été partiellement fermée.", []),
        # Not on a verb, or the speaker's own word.
        ("en", "The hastily built road is closed.", []),
        ("en", "A hastily assembled team took over.", []),
        ("en", 'He said they had "never knowingly published" a false result.', []),
    ],
)
def test_an_adverb_that_says_how_an_act_was_done_is_found_by_its_place(language, text, expected):
    assert adverbs(text, language) == expected


def test_an_adverb_of_manner_the_source_did_not_write_is_a_loaded_term():
    assert "hâtivement" in loaded("The town hall closed the road on Monday.", "fr", "La mairie a hâtivement fermé la route lundi.")
    assert "quietly" in loaded("The council approved the budget.", "en", "The council quietly approved the budget.")


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # The source's own adverb, rendered by another word.
        ("The town hall hurriedly closed the road.", "fr", "La mairie a hâtivement fermé la route."),
        ("The town hall closed the road in haste, frankly.", "fr", "La mairie a précipitamment fermé la route."),
        # A neutral adverb a translator adds.
        ("The town hall closed the road.", "fr", "La mairie a finalement fermé la route."),
    ],
)
def test_an_adverb_the_source_had_or_a_neutral_one_is_no_loaded_term(original, d_lang, derivative):
    assert loaded(original, d_lang, derivative) == []


def test_an_adverb_of_degree_before_an_adjective_in_ant_is_no_adverb_of_manner():
    """« profondément préoccupants » renders "deeply troubling": the word after the adverb is
    an adjective (a present participle), not the past participle of an act."""
    assert adverbs("Elle a déclaré que ces constats étaient profondément préoccupants.", "fr") == []
    assert adverbs("Les résultats sont particulièrement inquiétants.", "fr") == []
