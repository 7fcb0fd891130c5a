"""Hedges made certainties, and certainties made hedges, that both versions seem to hedge.

- An expectation ("a ruling is expected on Friday", with no "to") stated as a plain future
  (« sera rendue vendredi ») is a removed hedge; stated as a modal of possibility ("could
  come as early as Friday") it is weakened, an added hedge; « est attendue vendredi », „wird
  am Freitag erwartet“ render it.
- "Likely" made "almost certain" or « inévitable » is a hedge made stronger: "almost
  certain" is a degree above "likely", not the same one. A modal of possibility of the
  derivative renders the original's own "might", not also its "likely".
- A hedge rendered by the same degree on the other side (« probablement ») leaves the other
  hedges of the sentence to be judged alone: "could have paid" made « avaient financé » is a
  possibility stated as done.
- A reported future ("said most cases would be decided") made a modal of possibility, in
  the passive too (« pourrait être tranchée »), is a promise made a maybe; so is "would
  review" made « potrebbe rivedere » beside a "would not" the other side renders with a future.
- A [rendering] phrase of the other side ("bajo anonimato") that renders this side's own
  ("on condition of anonymity") renders no hedge as well.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change

EXPECTED = "A ruling on the dam is expected on Friday."


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        ("fr", "La décision sur le barrage sera rendue vendredi.", "removed"),
        ("de", "Das Urteil über den Damm fällt am Freitag.", None),  # a present for the future: no list says it
        ("en", "A ruling on the dam will be handed down on Friday.", "removed"),
        ("en", "A ruling on the dam could come as early as Friday.", "added"),
        ("fr", "La décision sur le barrage pourrait tomber dès vendredi.", "added"),
        ("fr", "La décision sur le barrage est attendue vendredi.", None),
        ("de", "Das Urteil über den Damm wird am Freitag erwartet.", None),
        ("es", "Se espera la sentencia sobre la presa el viernes.", None),
        ("it", "La sentenza sulla diga è attesa venerdì.", None),
    ],
)
def test_an_expectation_made_certain_or_possible(d_lang, derivative, expected):
    assert change("en", EXPECTED, d_lang, derivative) == expected


LIKELY = "The analyst said a strike was likely but not certain, because the union might still accept the offer."


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        ("fr", "L’analyste a déclaré qu’une grève était inévitable, même si le syndicat pourrait encore accepter "
               "l’offre.", "removed"),
        ("fr", "L’analyste a déclaré qu’une grève était probable mais pas certaine, car le syndicat pourrait "
               "encore accepter l’offre.", None),
        ("de", "Der Analyst sagte, ein Streik sei wahrscheinlich, aber nicht sicher, weil die Gewerkschaft das "
               "Angebot noch annehmen könnte.", None),
    ],
)
def test_likely_made_inevitable_beside_a_rendered_might(d_lang, derivative, expected):
    assert change("en", LIKELY, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Lawyers said a new trial was likely.", "en", "Lawyers said a new trial was almost certain.", "removed"),
        ("en", "Lawyers said a new trial was almost certain.", "en", "Lawyers said a new trial was likely.", "added"),
        ("en", "Lawyers said a new trial was almost certain.", "fr",
         "Les avocats ont déclaré qu’un nouveau procès était presque certain.", None),
        ("en", "Lawyers said a new trial was almost certain.", "de",
         "Die Anwälte sagten, ein neuer Prozess sei so gut wie sicher.", None),
        ("en", "Lawyers said a new trial was almost certain.", "es",
         "Los abogados dijeron que un nuevo juicio era casi seguro.", None),
    ],
)
def test_almost_certain_is_a_degree_above_likely(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


COULD_HAVE = ("The economist said the grants were probably too small to matter, but that they could have "
              "covered most of the club's wages.")


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        ("fr", "L’économiste a déclaré que les subventions étaient probablement trop modestes pour compter, mais "
               "qu’elles avaient couvert l’essentiel des salaires du club.", "removed"),
        ("fr", "L’économiste a déclaré que les subventions étaient probablement trop modestes pour compter, mais "
               "qu’elles auraient pu couvrir l’essentiel des salaires du club.", None),
        ("de", "Der Ökonom sagte, die Zuschüsse seien wahrscheinlich zu gering gewesen, um ins Gewicht zu fallen, "
               "hätten aber den Großteil der Gehälter des Vereins decken können.", None),
    ],
)
def test_a_possibility_stated_as_done_beside_a_rendered_probably(d_lang, derivative, expected):
    assert change("en", COULD_HAVE, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "The office said most of the pending claims would be settled by the end of May.",
         "fr", "Le bureau a déclaré qu’une partie des demandes en suspens pourrait être réglée d’ici fin mai.",
         "added"),
        ("en", "The office said most of the pending claims would be settled by the end of May.",
         "fr", "Le bureau a déclaré que la plupart des demandes en suspens seraient réglées d’ici fin mai.", None),
        ("en", "The minister said the government would review how permits are issued, but would not revoke this one.",
         "it", "Il ministro ha detto che il governo potrebbe rivedere il modo in cui vengono rilasciati i permessi, "
               "ma che non revocherà questo.", "added"),
        ("en", "The minister said the government would review how permits are issued, but would not revoke this one.",
         "it", "Il ministro ha detto che il governo rivedrà il modo in cui vengono rilasciati i permessi, "
               "ma che non revocherà questo.", None),
    ],
)
def test_a_reported_future_made_a_possibility(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


ANONYMOUS = ("A clerk, who spoke on condition of anonymity because she was not authorised to speak, said the "
             "letter had probably been lost in the post.")


@pytest.mark.parametrize(
    "derivative, expected",
    [
        ("Una empleada, que habló bajo condición de anonimato porque no estaba autorizada, reconoció que la carta "
         "se perdió en el correo.", "removed"),
        ("Una empleada, que habló bajo condición de anonimato porque no estaba autorizada, dijo que la carta "
         "probablemente se perdió en el correo.", None),
    ],
)
def test_a_rendering_phrase_rendered_renders_no_hedge_too(derivative, expected):
    assert change("en", ANONYMOUS, "es", derivative) == expected


def test_a_participle_of_possibility_renders_might():
    assert change("en", LIKELY, "fr",
                  "Selon l’analyste, une grève est probable mais pas certaine, le syndicat pouvant encore accepter "
                  "l’offre.") is None


def test_possible_renders_a_possibility_whatever_the_other_side_renders():
    assert change("en", "The firm said it was possible that some drivers had skipped the checks required by law.",
                  "de", "Die Firma sagte, es sei möglich, dass einige Fahrer die gesetzlich vorgeschriebenen Kontrollen "
                        "ausgelassen hätten, die die Sicherheit gewährleisten sollen.") is None


def test_a_modal_of_possibility_rendering_the_other_sides_own_renders_no_more():
    # "could face" is „könne … belegt werden“'s own; "might have to" is judged alone
    assert change("en", "The minister said the firm could face a fine and might have to pay for the repairs.",
                  "de", "Der Minister sagte, die Firma könne mit einer Geldbuße belegt werden, und sie werde die "
                        "Reparaturen bezahlen.") == "removed"


def test_a_rendering_word_rendered_by_its_own_leaves_probably_alone():
    assert change("en", "The union said the savings were probably smaller than the ministry's estimate.",
                  "de", "Die Gewerkschaft erklärte, die Einsparungen seien geringer als die Schätzung des "
                        "Ministeriums.") == "removed"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # a word of permission elsewhere on the side of the modal does not make it a permission
        ("en", "A manager, who was not authorised to speak, said the mill could lose a third of its orders.",
         "en", "Managers say the mill would lose a third of its orders.", "removed"),
        ("en", "A manager, who was not authorised to speak, said the mill could lose a third of its orders.",
         "fr", "Selon la direction, l’usine va perdre un tiers de ses commandes.", "removed"),
        # ... but a permission on the other side renders it
        ("en", "Shops may open on Sundays.", "en", "Shops will be allowed to open on Sundays.", None),
        # a future of the past renders a conditional, not an adverb of possibility
        ("en", "He said the budget of the fire service would be reviewed.",
         "es", "Dijo que tal vez se revise el presupuesto del servicio de bomberos.", "added"),
        ("en", "The agency said it would recall the kettles after they were linked to three fires.",
         "de", "Die Behörde sagte, sie werde die Wasserkocher zurückrufen, nachdem sie mit möglicherweise drei "
               "Bränden in Verbindung gebracht worden seien.", "added"),
        ("en", "He said the budget of the fire service would be reviewed.",
         "fr", "Il a dit que le budget des pompiers serait réexaminé.", None),
        # an Italian or Spanish noun that begins like a verb of fear is none (« temporali », « temporada »)
        ("en", "The hydrologist said storms of this kind were likely to become more frequent.",
         "it", "L’idrologo ha detto che i temporali di questo tipo potrebbero diventare più frequenti.", "added"),
        ("en", "The hydrologist said storms of this kind were likely to become more frequent.",
         "it", "L’idrologo ha detto che i temporali di questo tipo diventeranno probabilmente più frequenti.", None),
        # two degree words against one: the second is gone
        ("en", "The ecologist said run-off was probably the main source, though sewage was likely to matter "
               "more in summer.",
         "fr", "L’écologue a déclaré que le ruissellement était la principale source, même si les eaux usées "
               "pesaient sans doute davantage en été.", "removed"),
        # a possibility in the past (« avait pu ») renders "may have", not also "probably"
        ("en", "The doctor said the cases were probably heat stroke, and that the lack of water may have made "
               "them worse.",
         "fr", "Le médecin a déclaré que les cas relevaient d’un coup de chaleur, et que le manque d’eau avait "
               "pu les aggraver.", "removed"),
        ("en", "The doctor said the cases were probably heat stroke, and that the lack of water may have made "
               "them worse.",
         "fr", "Le médecin a déclaré que les cas relevaient probablement d’un coup de chaleur, et que le manque "
               "d’eau avait pu les aggraver.", None),
        # "it was possible that" hedges in English as « il est possible que » does
        ("en", "The firm said it was possible that some drivers had skipped the checks.",
         "en", "The firm said some drivers had skipped the checks.", "removed"),
        ("en", "The firm said it was possible that some drivers had skipped the checks.",
         "fr", "L’entreprise a déclaré qu’il était possible que certains chauffeurs aient sauté les contrôles.", None),
        ("en", "The firm said it was possible to book the checks online.",
         "en", "The firm said drivers could book the checks online.", None),
    ],
)
def test_more_certainty_shifts(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected
