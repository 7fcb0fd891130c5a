"""A modal of ability or obligation, or a verb of belief, that a translation renders by a
restructured sentence is no hedge removed; a degree word kept is never removed."""

from hedge_texts import change


def test_kept_probablement_in_a_conditional_is_no_removed_hedge():
    # the conditional renders "would" and its « probablement » the "probably": both kept
    assert change(
        "en", "The director said the club had settled to avoid a hearing that it would probably have lost.",
        "fr", "Selon le directeur, le club a voulu éviter une audience qu'il aurait probablement perdue.",
    ) is None


def test_probably_dropped_beside_the_conditional_is_still_removed():
    assert change(
        "en", "The director said the club had settled to avoid a hearing that it would probably have lost.",
        "fr", "Selon le directeur, le club a voulu éviter une audience qu'il aurait perdue.",
    ) == "removed"


def test_a_could_of_capacity_rendered_by_capables_de_is_no_removed_hedge():
    assert change(
        "en", "According to the local weekly Dorfblatt, the dairy had only about 60 cows, which could give no more "
              "than 900 litres of milk a day.",
        "fr", "La laiterie n'avait qu'une soixantaine de vaches, capables de donner au plus 900 litres de lait par "
              "jour, selon l'hebdomadaire local Dorfblatt.",
    ) is None


def test_a_could_of_capacity_stated_as_a_plain_present_is_still_removed():
    assert change(
        "en", "The dairy's 60 cows could give up to 900 litres of milk a day, the cooperative said.",
        "fr", "Les 60 vaches de la laiterie donnent jusqu'à 900 litres de lait par jour, a indiqué la coopérative.",
    ) == "removed"


BEFORE = "The bones, dated to the Bronze Age, were found in May during an inspection required before work on the new wing could start."


def test_a_could_in_a_clause_of_time_is_no_hedge():
    assert change(
        "en", BEFORE,
        "fr", "Datés de l'âge du bronze, les ossements sont apparus en mai, lors de l'inspection imposée avant "
              "d'engager le chantier de la nouvelle aile.",
    ) is None
    assert change(
        "en", BEFORE,
        "de", "Die Knochen aus der Bronzezeit wurden im Mai bei einer Prüfung gefunden, die vor Beginn der Arbeiten "
              "am neuen Flügel vorgeschrieben war.",
    ) is None


def test_a_might_beside_a_clause_of_time_made_a_future_is_still_removed():
    assert change(
        "en", "The heritage office said the frescoes might be moved before work on the new wing could start.",
        "fr", "L'office du patrimoine a indiqué que les fresques seront déplacées avant le début des travaux de la "
              "nouvelle aile.",
    ) == "removed"


def test_should_in_a_question_of_what_to_do_is_no_hedge():
    assert change(
        "en", "The heritage office said it would decide by the end of May whether some of the frescoes should be "
              "removed and shown in the regional museum.",
        "fr", "L'office du patrimoine tranchera d'ici à la fin mai sur la dépose de certaines fresques en vue de les "
              "montrer au musée régional.",
    ) is None


def test_not_ruling_out_in_the_participle_renders_might():
    assert change(
        "en", "The chair of the club, Lena Kraus, said the club would accept the ruling \"with regret\" but might ask "
              "the league to review it.",
        "fr", "La présidente du club, Lena Kraus, assure que le club acceptera la décision « avec regret », tout en "
              "n'excluant pas de demander à la ligue de la réexaminer.",
    ) is None


def test_a_might_made_a_plain_future_is_still_removed():
    assert change(
        "en", "The chair said the club might ask the league to review the ruling.",
        "fr", "La présidente assure que le club demandera à la ligue de réexaminer la décision.",
    ) == "removed"


def test_a_word_of_conviction_renders_a_verb_of_belief():
    assert change(
        "en", "The chair of the fishing club, Tomas Berg, said many anglers had stopped reporting poaching because "
              "they did not believe the poachers would ever be punished.",
        "fr", "Bien des pêcheurs ne signalaient plus le braconnage, convaincus que les braconniers ne seraient jamais "
              "punis, selon le président du club, Tomas Berg.",
    ) is None


def test_a_verb_of_belief_dropped_is_still_removed():
    assert change(
        "en", "Anglers believe the poachers come from the next valley, the club said.",
        "fr", "Les braconniers viennent de la vallée voisine, a indiqué le club.",
    ) == "removed"


def test_probably_with_the_negation_on_the_verb_is_the_same_degree():
    # the negation is the claim's: "unaware" / « ne savent pas », "do little" / « ne fera pas grand-chose »
    assert change(
        "en", "A walkers' group said ramblers were probably unaware that the trails could be shut on race days.",
        "fr", "Un groupe de randonneurs estime que les marcheurs ne savent probablement pas que les sentiers peuvent "
              "être fermés les jours de course.",
    ) is None
    assert change(
        "en", "A walkers' group said the new fence would probably do little to keep deer out.",
        "de", "Eine Wandergruppe sagte, der neue Zaun werde die Hirsche wahrscheinlich nicht fernhalten.",
    ) is None


def test_unlikely_against_probably_is_still_a_change_of_degree():
    assert change(
        "en", "A walkers' group said the new fence was unlikely to keep deer out.",
        "fr", "Un groupe de randonneurs a déclaré que la nouvelle clôture tiendra probablement les cerfs à l'écart.",
    ) == "removed"
