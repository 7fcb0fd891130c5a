"""Hedged claims made certain.

- A degree word replaced by a word of certainty ("probably" -> « forcément », "inevitably",
  „zwangsläufig“, « sin duda ») makes a hedged claim certain: a removed hedge, in any pair of
  languages that both list degrees, even where a conditional is left (« seraient forcément
  plus faibles »). The same certainty on both sides is no change, nor is a certainty where
  the other side has no degree at all, nor a negated one (« pas forcément »: not necessarily).
- In one language a modal of possibility before a verb ("towers could help cities grow")
  dropped with the verb kept ("towers help cities grow", "are forming") states the possibility
  as a fact: a removed hedge, though both versions share a word of permission elsewhere ("only
  if").
- A [rendering] word that renders the other side's own ("cost estimate" / « estimation des
  coûts ») renders no hedge as well: "could lead to" made « entraînera » is a removed hedge.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change

PROBABLY = "The economist said the gains would probably be smaller than hoped, because some firms would leave."


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "L’économiste a déclaré que les gains seraient forcément plus faibles qu’espéré, car certaines "
               "entreprises partiraient."),
        ("fr", "L’économiste a déclaré que les gains seraient inévitablement plus faibles qu’espéré, car "
               "certaines entreprises partiraient."),
        ("fr", "L’économiste a déclaré que les gains seraient sans aucun doute plus faibles qu’espéré, car "
               "certaines entreprises partiraient."),
        ("en", "The economist said the gains would certainly be smaller than hoped, because some firms would "
               "leave."),
        ("en", "The economist said the gains would inevitably be smaller than hoped, because some firms would "
               "leave."),
        ("de", "Der Ökonom sagte, die Gewinne würden zwangsläufig kleiner ausfallen als erhofft, weil einige "
               "Firmen abwandern würden."),
        ("es", "El economista dijo que las ganancias serían sin duda menores de lo esperado, porque algunas "
               "empresas se irían."),
    ],
)
def test_a_degree_made_a_certainty_is_a_removed_hedge(d_lang, derivative):
    assert change("en", PROBABLY, d_lang, derivative) == "removed"


def test_a_certainty_made_a_degree_is_an_added_hedge():
    assert change("en", "The economist said the gains would inevitably be smaller than hoped.",
                  "fr", "L’économiste a déclaré que les gains seraient probablement plus faibles qu’espéré.") == "added"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The economist said the gains would inevitably be smaller than hoped.",
         "fr", "L’économiste a déclaré que les gains seraient forcément plus faibles qu’espéré."),
        ("en", "The economist said the gains would certainly be smaller than hoped.",
         "de", "Der Ökonom sagte, die Gewinne würden zweifellos kleiner ausfallen als erhofft."),
        ("en", "The gains will be smaller than hoped.",
         "fr", "Les gains seront forcément plus faibles qu’espéré."),
        ("en", "The economist said the gains would not necessarily be smaller than hoped.",
         "fr", "L’économiste a déclaré que les gains ne seraient pas forcément plus faibles qu’espéré."),
    ],
)
def test_a_certainty_rendered_or_against_no_degree_is_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "original, derivative",
    [
        ("A planner said small parks could cool streets in summer, but that they work only if trees are watered.",
         "A planner said small parks cool streets in summer, but that they work only if trees are watered."),
        ("The botanist said new shoots could appear on many burnt trees within a year.",
         "The botanist said new shoots are appearing on many burnt trees within a year."),
    ],
)
def test_a_possibility_stated_as_fact_in_one_language(original, derivative):
    assert change("en", original, "en", derivative) == "removed"


def test_a_possibility_kept_in_one_language_is_no_change():
    assert change("en", "A planner said small parks could cool streets in summer.",
                  "en", "A planner said that small parks could cool the streets in summer.") is None
    assert change("en", "A planner said small parks could cool streets in summer.",
                  "en", "A planner said small parks might cool streets in summer.") is None


def test_a_possibility_made_a_fact_beside_a_rendering_both_share():
    assert change(
        "en", "Critics said the price was far below the council's own cost estimate and could lead to delays.",
        "fr", "Les critiques ont dit que le prix était très inférieur à l’estimation des coûts de la mairie "
              "et entraînera des retards.",
    ) == "removed"


def test_a_possibility_stated_as_fact_beside_a_rule_of_thumb_both_keep():
    assert change(
        "en", "A planner said small parks could cool streets, but that they usually work only if trees are watered.",
        "en", "A planner said small parks cool streets, but that they usually work only if trees are watered.",
    ) == "removed"


SHOOTS = "The botanist said new shoots could appear on many burnt trees within a year."


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        # a possibility in the conditional stated as a plain present: made a fact
        ("fr", "Le botaniste a déclaré que de nouvelles pousses apparaissent sur de nombreux arbres brûlés en "
               "moins d’un an.", "removed"),
        ("de", "Der Botaniker sagte, auf vielen verbrannten Bäumen erscheinen binnen eines Jahres neue Triebe.",
         "removed"),
        ("es", "El botánico dijo que en muchos árboles quemados aparecen brotes nuevos en menos de un año.", "removed"),
        # rendered by a modal of possibility, or an infinitive of one: no change
        ("fr", "Le botaniste a déclaré que de nouvelles pousses pourraient apparaître sur de nombreux arbres "
               "brûlés en moins d’un an.", None),
        ("fr", "Le botaniste a dit pouvoir observer de nouvelles pousses sur de nombreux arbres brûlés en moins "
               "d’un an.", None),
        ("de", "Der Botaniker sagte, auf vielen verbrannten Bäumen könnten binnen eines Jahres neue Triebe "
               "erscheinen.", None),
        ("es", "El botánico dijo que en muchos árboles quemados podrían aparecer brotes nuevos en menos de un año.",
         None),
    ],
)
def test_a_conditional_possibility_stated_as_a_plain_fact_across_languages(d_lang, derivative, expected):
    assert change("en", SHOOTS, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        # "can" is a capacity as often as a possibility: rendered without a modal it stays quiet
        ("fr", "Selon le botaniste, une forêt brûlée repousse en quelques années."),
        ("de", "Laut dem Botaniker wächst ein verbrannter Wald in wenigen Jahren nach."),
    ],
)
def test_a_present_capacity_rendered_without_a_modal_is_no_change(d_lang, derivative):
    assert change("en", "According to the botanist, a burnt forest can grow back within a few years.",
                  d_lang, derivative) is None


def test_a_source_nobody_names_inside_hearsay_renders_nothing_of_the_other_side():
    assert change(
        "en", "Investigators told the Valley Courier that the crates had passed through a depot in Kisumu.",
        "fr", "Selon des sources proches du dossier, les caisses seraient passées par un dépôt de Kisumu.",
    ) == "added"


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        # the modal renders "should"; nothing renders "probably"
        ("fr", "L’association a déclaré que les remboursements devraient inclure des intérêts et que le nombre de "
               "clients touchés était supérieur au chiffre officiel.", "removed"),
        ("es", "La asociación dijo que los reembolsos deberían incluir intereses y que el número de clientes "
               "afectados era mayor que la cifra oficial.", "removed"),
        # both rendered
        ("fr", "L’association a déclaré que les remboursements devraient inclure des intérêts et que le nombre de "
               "clients touchés était probablement supérieur au chiffre officiel.", None),
    ],
)
def test_a_modal_renders_a_modal_not_the_adverb_beside_it(d_lang, derivative, expected):
    assert change("en", "The association said the refunds should include interest and that the number of customers "
                        "affected was probably higher than the official figure.", d_lang, derivative) == expected


def test_a_duty_rendered_once_leaves_the_adverb_beside_it():
    assert change("en", "The trust said the old chapel should probably be listed.",
                  "fr", "La fondation a déclaré que l’ancienne chapelle devait être classée.") == "removed"
    assert change("en", "The trust said the old chapel should probably be listed.",
                  "fr", "La fondation a déclaré que l’ancienne chapelle devait sans doute être classée.") is None


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        # the verb of assessment renders "said"; the possibility became a certain future
        ("fr", "Le sociologue estime que la fermeture poussera de nombreux habitants à partir.", "removed"),
        # the possibility kept
        ("fr", "Le sociologue estime que la fermeture pourrait pousser certains habitants à partir.", None),
        # no future: the verb of assessment may render the "might"
        ("fr", "Le sociologue estime que la fermeture pousse certains habitants à partir.", None),
    ],
)
def test_a_possibility_made_a_future_behind_a_verb_of_assessment(d_lang, derivative, expected):
    assert change("en", "The sociologist said the closure might lead some residents to leave.",
                  d_lang, derivative) == expected


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        # the verb of assessment renders "said"; the probability became a certain future
        ("fr", "Les forestiers estiment que les jeunes chênes mettront vingt ans à fermer la clairière.", "removed"),
        ("es", "Los guardas forestales estiman que los robles jóvenes tardarán veinte años en cerrar el claro.",
         "removed"),
        # the probability kept
        ("fr", "Les forestiers estiment que les jeunes chênes mettront probablement vingt ans à fermer la "
               "clairière.", None),
    ],
)
def test_a_probability_made_a_future_behind_a_verb_of_assessment(d_lang, derivative, expected):
    assert change("en", "The forester said the young oaks would probably take twenty years to close the clearing.",
                  d_lang, derivative) == expected


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        # a modal of possibility where the source said "will": a certain future made a maybe
        ("fr", "Selon le quotidien Gazette du Val, 14 des 60 lits de l’hôpital pourraient ne pas être rouverts "
               "après les travaux.", "added"),
        ("es", "Según el diario Heraldo del Valle, 14 de las 60 camas del hospital podrían no reabrirse tras "
               "las obras.", "added"),
        # the conditional of hearsay by which French relays a newspaper's report renders it
        ("fr", "Selon le quotidien Gazette du Val, 14 des 60 lits de l’hôpital ne seraient pas rouverts "
               "après les travaux.", None),
        ("fr", "Selon le quotidien Gazette du Val, 14 des 60 lits de l’hôpital ne seront pas rouverts "
               "après les travaux.", None),
    ],
)
def test_a_newspapers_report_renders_the_conditional_of_hearsay_not_a_possibility(d_lang, derivative, expected):
    assert change("en", "According to the daily Gazette du Val, 14 of the hospital's 60 beds will not be reopened "
                        "after the works.", d_lang, derivative) == expected
