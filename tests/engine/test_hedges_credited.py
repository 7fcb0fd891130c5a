"""Hedges: a belief rendered by another belief verb, the conditional of a second-hand
claim, and the modals that hedge a claim only within one language.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # "said she believed" rendered by the other language's verb of belief, in the form
        # reported speech gives it: an infinitive, an imperfect, a subjunctive
        ("en", "The keeper said she believed the otter had escaped through a drain.",
         "fr", "La gardienne a dit penser que la loutre s’était échappée par une canalisation."),
        ("en", "The keeper said she believed the otter had escaped through a drain.",
         "fr", "La gardienne a dit croire à une fuite par une canalisation."),
        ("en", "The mayor believed the bridge had been closed by mistake.",
         "fr", "Le maire croyait que le pont avait été fermé par erreur."),
        ("en", "The keeper said she believed the otter had escaped through a drain.",
         "de", "Die Tierpflegerin sagte, sie gehe davon aus, dass der Otter durch einen Abfluss entkommen sei."),
        ("en", "The keeper said she believed the otter had escaped through a drain.",
         "de", "Die Tierpflegerin sagte, sie glaube, der Otter sei durch einen Abfluss entkommen."),
        ("en", "The coach said he believed the referee had been misled.",
         "es", "El entrenador dijo creer que el árbitro había sido engañado."),
        ("en", "The coach said he believed the referee had been misled.",
         "it", "L’allenatore ha detto di credere che l’arbitro fosse stato ingannato."),
    ],
)
def test_a_belief_rendered_by_a_belief_verb_is_no_hedge_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # A claim credited to material someone obtained, or to people nobody names: the
        # other language reports it in the conditional (or with „soll“), wherever it puts
        # the source.
        ("en", "According to minutes obtained by the weekly Kurjer, the board delayed the vote by six weeks.",
         "fr", "Le conseil aurait repoussé le vote de six semaines, selon des procès-verbaux obtenus par l’hebdomadaire Kurjer.", None),
        ("en", "According to minutes obtained by the weekly Kurjer, the board delayed the vote by six weeks.",
         "de", "Laut Protokollen, die der Wochenzeitung Kurjer vorliegen, soll der Vorstand die Abstimmung um sechs Wochen verschoben haben.", None),
        ("en", "According to minutes obtained by the weekly Kurjer, the board delayed the vote by six weeks.",
         "es", "Según actas obtenidas por el semanario Kurjer, la junta habría aplazado la votación seis semanas.", None),
        ("en", "According to minutes obtained by the weekly Kurjer, the board delayed the vote by six weeks.",
         "it", "Secondo verbali ottenuti dal settimanale Kurjer, il consiglio avrebbe rinviato il voto di sei settimane.", None),
        ("en", "A source close to the inquiry said the pilot had ignored two warnings.",
         "fr", "Le pilote aurait ignoré deux avertissements, a confié une source proche de l’enquête.", None),
        ("en", "An official familiar with the talks said the pilot had ignored two warnings.",
         "de", "Der Pilot soll zwei Warnungen ignoriert haben, sagte ein mit den Gesprächen vertrauter Beamter.", None),
        # A body's published finding or a named speaker's statement put in the conditional
        # is distanced: the hedge is new, whatever names the source.
        ("en", "The rail network lost 4% of its passengers, according to a report published by the Transit Institute.",
         "fr", "Le réseau ferré aurait perdu 4 % de ses voyageurs, selon un rapport publié par l’Institut des transports.", "added"),
        ("en", "The treasurer said the board had delayed the vote by six weeks.",
         "fr", "Selon le trésorier, le conseil aurait repoussé le vote de six semaines.", "added"),
        # and a hedge of its own added to obtained material is added all the same
        ("en", "According to minutes obtained by the weekly Kurjer, the board delayed the vote by six weeks.",
         "en", "According to minutes obtained by the weekly Kurjer, the board allegedly delayed the vote by six weeks.", "added"),
    ],
)
def test_the_conditional_of_a_second_hand_claim_is_no_hedge(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "original, derivative, expected",
    [
        # In one language a claim that something can or may happen is weaker than one
        # that it does or will...
        ("Patients who finish the course can recover within a month.",
         "Patients who finish the course recover within a month.", "removed"),
        ("Engineers expect the river to stay below the dykes until Friday.",
         "Engineers say the river may stay below the dykes until Friday.", "added"),
        # ... but one modal of possibility for another is a rewording,
        ("Patients who finish the course can recover within a month.",
         "Patients who finish the course may recover within a month.", None),
        ("The river may stay below the dykes until Friday.",
         "The river could stay below the dykes until Friday.", None),
        # and an ability or permission kept or reworded is no change.
        ("Residents may return on Friday, the council said.",
         "The council said residents may return on Friday.", None),
        ("Under the new rules, landlords can charge a deposit of two months' rent.",
         "The new rules allow landlords a deposit of two months' rent.", None),
        ("Shops will be allowed to open on Sundays only if they close on Mondays.",
         "Shops may open on Sundays only if they close on Mondays.", None),
        ("Campers may no longer light fires in the park.",
         "The park bans campfires.", None),
    ],
)
def test_can_and_may_hedge_a_claim_within_one_language(original, derivative, expected):
    assert change("en", original, "en", derivative) == expected


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Les patients qui terminent le traitement guérissent en un mois."),
        ("de", "Patienten, die die Behandlung abschließen, erholen sich innerhalb eines Monats."),
    ],
)
def test_can_is_no_hedge_across_languages(d_lang, derivative):
    # a translation renders "can recover" without a modal as often as with one
    assert change("en", "Patients who finish the course can recover within a month.", d_lang, derivative) is None
