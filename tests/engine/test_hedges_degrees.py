"""Hedges of a degree: "certainly" > "probably", "likely" > "possibly", "perhaps", "may" >
"unlikely". A hedge on both sides is no change across languages, unless its degree
changed ("would probably push" / « pousserait peut-être »); a degree rendered faithfully
("probably" / « sans doute », „vermutlich“, « probablemente ») is none. A conditional
that renders the original's own "would" does not also render its "probably".

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "The board said the merger was probably illegal.",
         "en", "The board said the merger could conceivably be illegal.", "added"),
        ("en", "The fire was possibly caused by a cigarette.",
         "en", "The fire was most likely caused by a cigarette.", "removed"),
        ("en", "The strike would probably close the port for a week.",
         "fr", "La grève fermerait peut-être le port pendant une semaine.", "added"),
        ("en", "The strike will probably close the port for a week.",
         "de", "Der Streik wird den Hafen vielleicht eine Woche lang schließen.", "added"),
        ("en", "The strike will probably close the port for a week.",
         "es", "La huelga quizás cierre el puerto durante una semana.", "added"),
        ("fr", "Le pont sera sans doute fermé tout l’hiver.",
         "fr", "Le pont sera peut-être fermé tout l’hiver.", "added"),
        ("en", "The virus is unlikely to spread beyond the farm.",
         "fr", "Le virus va probablement se propager au-delà de la ferme.", "removed"),
        ("de", "Der Schaden ist vermutlich größer als gemeldet.",
         "en", "The damage is perhaps greater than reported.", "added"),
    ],
)
def test_a_hedge_whose_degree_changed_is_a_change(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The strike would probably close the port for a week.",
         "fr", "La grève fermerait probablement le port pendant une semaine."),
        ("en", "The strike will probably close the port for a week.",
         "fr", "La grève fermera sans doute le port pendant une semaine."),
        ("en", "The strike will probably close the port for a week.",
         "de", "Der Streik wird den Hafen vermutlich eine Woche lang schließen."),
        ("en", "The strike will probably close the port for a week.",
         "es", "La huelga probablemente cerrará el puerto durante una semana."),
        ("en", "The strike will probably close the port for a week.",
         "it", "Lo sciopero probabilmente chiuderà il porto per una settimana."),
        ("en", "Perhaps the tunnel will open in May.",
         "de", "Vielleicht wird der Tunnel im Mai eröffnet."),
        # evidence that "suggested" something, in the past tense
        ("en", "The researchers said the results suggested regular exposure.",
         "it", "I ricercatori hanno detto che i risultati suggerivano un’esposizione regolare."),
        ("en", "The researchers said the results suggested regular exposure.",
         "es", "Los investigadores dijeron que los resultados sugerían una exposición regular."),
        # "unlikely" rendered, not removed
        ("en", "Short exposure at these levels was unlikely to harm children.",
         "fr", "Une exposition brève à ces niveaux avait peu de chances de nuire aux enfants."),
        ("en", "Short exposure at these levels is unlikely to harm children.",
         "es", "Es poco probable que una exposición breve a estos niveles dañe a los niños."),
        ("en", "Short exposure at these levels is unlikely to harm children.",
         "de", "Eine kurze Belastung in dieser Höhe schadet Kindern wahrscheinlich nicht."),
        # one degree kept, another hedge rendered by a conditional of hearsay
        ("en", "The plant probably leaked and may have polluted the river.",
         "fr", "L’usine a probablement fui et aurait pollué la rivière."),
    ],
)
def test_a_degree_rendered_faithfully_is_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The group said it would sue the city, arguing that the ban was probably unlawful.",
         "fr", "L’association a annoncé qu’elle porterait plainte contre la ville, l’interdiction étant illégale."),
        ("en", "The union said it would strike, arguing that the cuts were probably illegal.",
         "de", "Die Gewerkschaft kündigte an, sie werde streiken, weil die Kürzungen rechtswidrig seien."),
    ],
)
def test_a_conditional_that_renders_would_does_not_render_probably(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) == "removed"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The group said it would sue the city, arguing that the ban was probably unlawful.",
         "fr", "L’association a annoncé qu’elle porterait plainte contre la ville, l’interdiction étant probablement illégale."),
        # the conditional of hearsay renders the hedge of a sentence without "would"
        ("en", "The ban may have been unlawful.",
         "fr", "L’interdiction aurait été illégale."),
        ("fr", "L’interdiction aurait été illégale.",
         "en", "The ban would have been unlawful."),
    ],
)
def test_a_conditional_still_renders_a_hedge_where_no_would_claims_it(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The river is not likely to flood this spring.",
         "fr", "Il est peu probable que la rivière déborde ce printemps."),
        ("en", "The river will probably not flood this spring.",
         "de", "Der Fluss wird in diesem Frühjahr wahrscheinlich nicht über die Ufer treten."),
        ("en", "The river is unlikely to flood this spring.",
         "es", "No es probable que el río se desborde esta primavera."),
        ("en", "The river is unlikely to flood this spring.",
         "it", "Non è probabile che il fiume esondi questa primavera."),
        ("en", "Fixed prices were probably no longer realistic.",
         "de", "Feste Preise seien wahrscheinlich nicht mehr realistisch."),
        ("en", "Fixed prices were probably no longer realistic.",
         "fr", "Des prix fixes n’étaient probablement plus réalistes."),
        ("en", "Fixed prices were probably no longer realistic.",
         "es", "Los precios fijos probablemente ya no eran realistas."),
    ],
)
def test_a_negated_likelihood_is_the_degree_unlikely(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        ("en", "The councillor said the region could pay for a training course.", "added"),
        ("fr", "Le conseiller a dit que la région pourrait payer une formation.", "added"),
        ("es", "El consejero dijo que la región podría pagar un curso de formación.", "added"),
        ("de", "Der Stadtrat sagte, die Region könnte einen Lehrgang bezahlen.", "added"),
        ("it", "Il consigliere ha detto che la regione potrebbe pagare un corso di formazione.", "added"),
        ("it", "Il consigliere ha detto che la regione pagherebbe un corso di formazione.", None),
        # The future of the past rendered as such.
        ("fr", "Le conseiller a dit que la région paierait une formation.", None),
        ("es", "El consejero dijo que la región pagaría un curso de formación.", None),
        ("de", "Der Stadtrat sagte, die Region werde einen Lehrgang bezahlen.", None),
    ],
)
def test_a_reported_promise_made_a_possibility_is_an_added_hedge(d_lang, derivative, expected):
    original = "The councillor said the region would pay for a training course."
    assert change("en", original, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("de", "Das Rote Kreuz hat wiederholt erklärt, es könne nicht alle Gefangenen besuchen."),
        ("fr", "La Croix-Rouge a répété qu’elle ne pourrait pas rendre visite à tous les prisonniers."),
        ("es", "La Cruz Roja ha repetido que no podría visitar a todos los prisioneros."),
    ],
)
def test_a_negated_modal_of_reported_speech_is_an_inability_not_a_possibility(d_lang, derivative):
    original = "The Red Cross has said repeatedly that it cannot visit all prisoners."
    assert change("en", original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "derivative, expected",
    [
        ("Estate owners said they would lose about a fifth of the crop.", "removed"),
        ("Estate owners said they might lose about a fifth of the crop.", None),
        ("Estate owners said they could lose about a fifth of the crop.", None),
    ],
)
def test_in_one_language_a_possibility_made_a_conditional_is_a_removed_hedge(derivative, expected):
    original = "Estate owners said they could lose about a fifth of the crop."
    assert change("en", original, "en", derivative) == expected
