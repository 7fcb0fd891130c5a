"""Attribution: the speaker of a verb set inside a quote, or coordinated after a comma.

French sets a short incise inside the guillemets (« Nous sommes rentrés tard, raconte la
mère, Ana Silva, infirmière à l'hôpital de la ville. Le lendemain ... »): the speaker
follows the verb, a description, the name and its apposition, however long; what comes
before the verb is the quote. And a verb coordinated after a comma (« Elle dirige la
ferme depuis dix ans, entourée de saisonniers venus du Portugal, et dit ... ») shares the
sentence's subject: the comma part before it names no one.
"""

import pytest

from aligned_fixtures import attribution_findings, source_phrases as phrases


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("fr", "« Nous sommes rentrés tard, puis nous avons dormi dans la voiture, raconte la mère, Ana Silva, "
               "infirmière depuis 2019 dans un hôpital à la sortie de la ville. Le lendemain, tout était fermé. »",
         "la mère, Ana Silva, infirmière depuis 2019 dans un hôpital à la sortie de la ville"),
        ("es", "«Volvimos tarde y después dormimos en el coche, relata la madre, Ana Silva, enfermera desde 2019 "
               "en un hospital a las afueras de la ciudad. Al día siguiente todo estaba cerrado.»",
         "la madre, Ana Silva, enfermera desde 2019 en un hospital a las afueras de la ciudad"),
        ("it", "«Siamo tornati tardi e poi abbiamo dormito in macchina, racconta la madre, Ana Silva, infermiera "
               "dal 2019 in un ospedale alla periferia della città. Il giorno dopo era tutto chiuso.»",
         "la madre, Ana Silva, infermiera dal 2019 in un ospedale alla periferia della città"),
    ],
)
def test_a_speaker_inside_the_quote_follows_the_verb_with_name_and_apposition(language, text, phrase):
    found = phrases(text, language)
    assert found and found[0].startswith(phrase.split(",")[0])
    assert not any("dormi" in p for p in found)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Elle dirige la ferme depuis dix ans avec les mêmes saisonniers, venus du Portugal et du Maroc, et dit avoir "
               "demandé leurs permis en mars."),
        ("es", "Ella dirige la granja desde hace diez años con los mismos temporeros, llegados de Portugal y de Marruecos, "
               "y dice haber pedido sus permisos en marzo."),
        ("it", "Lei gestisce la fattoria da dieci anni con gli stessi stagionali, arrivati dal Portogallo e dal Marocco, "
               "e dice di aver chiesto i permessi a marzo."),
        ("en", "She has run the farm for ten years with the same seasonal workers, who come from Portugal and Morocco, "
               "and says she applied for their permits in March."),
    ],
)
def test_a_verb_coordinated_after_a_comma_part_credits_no_comma_part(language, text):
    found = phrases(text, language)
    assert not any("Portugal" in p or "Portogallo" in p for p in found)


@pytest.mark.slow
def test_an_incise_inside_the_quote_rendered_stays_quiet(encoder):
    original = ('"We came home late, and then we slept in the car," said the mother, Ana Silva, who has worked as a '
                'nurse at a hospital outside the city since 2019.')
    derivative = ("« Nous sommes rentrés tard, puis nous avons dormi dans la voiture, raconte la mère, Ana Silva, "
                  "infirmière depuis 2019 dans un hôpital à la sortie de la ville. »")
    assert attribution_findings(encoder, [original], "fr", [derivative]) == []


@pytest.mark.slow
def test_a_coordinated_verb_after_a_comma_part_rendered_stays_quiet(encoder):
    original = ("Silva said she had employed the same seasonal workers from Portugal and Morocco for ten years "
                "and had applied for their permits in March.")
    derivative = ("Elle emploie depuis dix ans les mêmes saisonniers, venus du Portugal et du Maroc, et dit avoir "
                  "demandé leurs permis en mars.")
    assert attribution_findings(encoder, ["Ana Silva runs a farm near the coast.", original], "fr",
                                ["Ana Silva dirige une ferme près de la côte.", derivative]) == []


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("C’est ce qu’a dit la mairie lundi.", "la mairie"),
        ("Le chantier coûterait 40 millions, comme l’a déclaré le maire.", "le maire"),
        ("Le chantier coûterait 40 millions, c’est ce qu’ont affirmé les promoteurs.", "les promoteurs"),
    ],
)
def test_a_french_verb_after_que_or_comme_has_its_subject_after_it(text, phrase):
    assert phrase in phrases(text, "fr")


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The loan would cover 40 percent of the cost, more than the city has disclosed."),
        ("fr", "Le prêt couvrirait 40 % du coût, plus que ce qu’a dit la ville."),
        ("es", "El préstamo cubriría el 40 % del coste, más de lo que ha dicho la ciudad."),
        ("it", "Il prestito coprirebbe il 40 per cento del costo, più di quanto abbia detto il comune."),
    ],
)
def test_a_verb_of_saying_in_a_comparative_clause_credits_no_one(language, text):
    assert phrases(text, language) == []
