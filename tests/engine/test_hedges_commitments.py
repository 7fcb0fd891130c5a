"""How a hedge is rendered, and how it is made a commitment, across and within languages.

- « risquer de », « rischiare di » (with either apostrophe) render "be likely to";
- « lo más probable es que no » is "probably not", not "probably";
- an opinion about what should be done ("said the city should", « cree que habría que »)
  reported with a verb of belief is no added hedge: the claim was an opinion already;
- something under consideration in the conditional or the future ("would consider keeping",
  « envisagerait de ») stated as what will be done ("would keep") is a removed hedge;
- a modal of possibility ("might") whose claim the other version states in the future
  (« auront »), while the other version's only modal renders another modal of the
  original ("could switch" / « pouvaient passer »), is a removed hedge;
- "likely" rendered by a bare modal of possibility (« possono », « peut ») is a weakened
  hedge: the claim went from likely to possible.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Smaller ports are likely to be hit first, the report said.",
         "fr", "Selon le rapport, les petits ports risquent d’être touchés en premier."),
        ("en", "Smaller ports are likely to be hit first, the report said.",
         "fr", "Selon le rapport, les petits ports risquent d'être touchés en premier."),
        ("en", "Smaller ports are likely to be hit first, the report said.",
         "it", "Secondo il rapporto, i porti più piccoli rischiano di essere colpiti per primi."),
        ("en", "The province said it would probably not pay for the extension.",
         "es", "La provincia indicó que lo más probable es que no pague la ampliación."),
        ("en", "The province said it would probably pay for the extension.",
         "es", "La provincia indicó que lo más probable es que pague la ampliación."),
        ("en", "Residents said the city should first repair the old pier, since boats keep using it.",
         "es", "Los vecinos creen que antes habría que reparar el viejo muelle, porque los barcos lo siguen usando."),
        ("en", "Residents said the city should first repair the old pier.",
         "fr", "Les riverains pensent qu’il faudrait d’abord réparer la vieille jetée."),
        ("en", "The mayor said the city would consider building a second pier.",
         "fr", "Le maire a dit que la ville envisagerait de construire une seconde jetée."),
        ("en", "The vet said most dogs could eat the new feed, but that a few might have stomach pains.",
         "fr", "Le vétérinaire a déclaré que la plupart des chiens pouvaient manger le nouvel aliment, "
               "mais que quelques-uns pourraient avoir des maux de ventre."),
        ("en", "The engineer said delays of this sort might add to the bill.",
         "it", "L’ingegnere ha detto che ritardi di questo tipo possono far crescere il conto."),
        ("en", "The engineer said delays of this sort were likely to add to the bill.",
         "it", "L’ingegnere ha detto che ritardi di questo tipo probabilmente faranno crescere il conto."),
        # an inquiry promised is no weighing: "would review" / « examinerait »
        ("en", "The inspector said she would review the accounts.",
         "fr", "L’inspectrice a dit qu’elle examinerait les comptes."),
        ("en", "The regulator said it would examine whether the bank broke the rules.",
         "en", "The regulator said it would look into whether the bank broke the rules."),
        # a verb of inquiry renders a weighing as often as an inquiry: "would consider" / „prüfen“
        ("en", "The minister said the ministry would consider a fine once the refunds were paid.",
         "de", "Der Minister sagte, das Ministerium werde eine Geldstrafe prüfen, sobald die Rückzahlungen geleistet seien."),
        ("en", "The minister said the government would consider moving the market indoors.",
         "en", "The minister said the government would look at moving the market indoors."),
        # a seeming and a "might" told with « probablemente »: no degree to compare the "might" by
        ("en", "The curator said the vase appeared to be a copy, and that other museums might own copies.",
         "es", "Para la conservadora, todo apunta a una copia, y probablemente otros museos tengan copias."),
        # "unlikely" against a conditional clause and « pourrait »: no degree likely made possible
        ("en", "The agency said a ruling was unlikely before May.",
         "fr", "L’agence pourrait imposer des conditions là où les deux groupes domineraient ; "
               "une décision n’est guère attendue avant mai."),
    ],
)
def test_a_hedge_rendered_is_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Residents said the pier was unsafe.",
         "es", "Los vecinos creen que el muelle es peligroso.", "added"),
        ("en", "The mayor said the city would consider building a second pier.",
         "en", "The mayor said the city would build a second pier.", "removed"),
        ("en", "The mayor said the city was considering building a second pier.",
         "en", "The mayor said the city would build a second pier.", "removed"),
        ("fr", "Le maire a dit que la ville envisagerait de construire une seconde jetée.",
         "en", "The mayor said the city would build a second pier.", "removed"),
        ("en", "The mayor said the city would build a second pier.",
         "es", "El alcalde dijo que la ciudad consideraría construir un segundo muelle.", "added"),
        ("en", "The minister said the ministry would consider a review of the contract.",
         "de", "Der Minister sagte, das Ministerium werde eine Überprüfung des Vertrags in Erwägung ziehen.", None),
        ("en", "The vet said most dogs could eat the new feed, but that a few might have stomach pains.",
         "fr", "Le vétérinaire a déclaré que la plupart des chiens pouvaient manger le nouvel aliment, "
               "mais que quelques-uns auront des maux de ventre.", "removed"),
        ("en", "The engineer said delays of this sort were likely to add to the bill.",
         "it", "L’ingegnere ha detto che ritardi di questo tipo possono far crescere il conto.", "added"),
        ("en", "The engineer said delays of this sort were likely to add to the bill.",
         "fr", "L’ingénieur a dit que des retards de ce genre peuvent alourdir la facture.", "added"),
    ],
)
def test_a_hedge_made_a_commitment_or_weakened_is_a_change(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "The regulator said it might also fine the airline.",
         "fr", "Le régulateur n’exclut pas de sanctionner aussi la compagnie d’une amende.", None),
        ("en", "The regulator said it might also fine the airline.",
         "es", "El regulador no descarta multar también a la aerolínea.", None),
        ("en", "The regulator said it might also fine the airline.",
         "it", "L’autorità non esclude di multare anche la compagnia aerea.", None),
        ("en", "The regulator said it might also fine the airline.",
         "de", "Die Behörde schließt eine Geldstrafe gegen die Fluggesellschaft nicht aus.", None),
        ("en", "The regulator did not rule out fining the airline.",
         "en", "The regulator said it might fine the airline.", None),
        ("en", "The regulator did not rule out fining the airline.",
         "en", "The regulator will fine the airline.", "removed"),
        ("en", "The regulator said it will fine the airline.",
         "fr", "Le régulateur n’exclut pas de sanctionner la compagnie.", "added"),
        # « ne peut être écartée »: the literary negation of pouvoir, without « pas ».
        ("en", "The police said a deliberate act could not be ruled out.",
         "fr", "Selon la police, l’hypothèse d’un acte délibéré ne peut être écartée.", None),
        ("en", "The police said a deliberate act could not be ruled out.",
         "fr", "Selon la police, un acte délibéré n’est pas à exclure.", None),
        ("en", "The police said a deliberate act could not be ruled out.",
         "it", "Secondo la polizia, un atto deliberato non può essere escluso.", None),
        ("en", "The police said a deliberate act could not be ruled out.",
         "es", "Según la policía, no puede descartarse un acto deliberado.", None),
        ("en", "The police said a deliberate act could not be ruled out.",
         "de", "Nach Angaben der Polizei kann eine absichtliche Tat nicht ausgeschlossen werden.", None),
    ],
)
def test_a_possibility_not_ruled_out_is_a_might(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected
