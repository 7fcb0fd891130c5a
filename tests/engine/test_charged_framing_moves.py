"""Framing moves of partisan rewrites that recur whatever the story is about.

Each blind rewrite picks its own charged words, so the broad lexicon
(resources/lexicons/charged_words.ini) gathers them by the move they make: an act told as
done in secret, questioning told as an interrogation, an ordinary act told with force,
people or animals moved told as got rid of, a witness given a motive, people labelled as
extremists, a request told as a demand, a hard situation told as a nightmare. A faithful
rendering of the source's own word, and the literal or idiomatic senses translators use
for plain acts, stay quiet. Sentences are aligned by a stand-in encoder.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # An act told as done on the quiet.
        ("en", "The ministry raised the parking fee in March.", "en", "The ministry quietly raised the parking fee in March.", "quietly"),
        ("en", "The school board changed the admission rules last year.", "fr", "Le conseil scolaire a modifié en douce les règles d’admission l’an dernier.", "en douce"),
        ("en", "The company moved its headquarters to Zug in 2021.", "de", "Das Unternehmen verlegte 2021 klammheimlich seinen Sitz nach Zug.", "klammheimlich"),
        ("en", "The council sold the land to a developer.", "es", "El ayuntamiento vendió a escondidas el terreno a una promotora.", "a escondidas"),
        ("de", "Die Regierung hat die Förderung im Herbst gestrichen.", "it", "Il governo ha tagliato alla chetichella i fondi in autunno.", "alla chetichella"),
        # Questioning told as an interrogation.
        ("en", "Senators will question the bank's executives on Tuesday.", "en", "Senators will grill the bank's executives on Tuesday.", "grill"),
        ("en", "Investigators questioned the ferry operator's managers for six hours.", "fr", "Les enquêteurs ont cuisiné les dirigeants de l’armateur pendant six heures.", "cuisiné"),
        ("en", "The committee questioned the minister about the contract.", "de", "Der Ausschuss nahm die Ministerin zu dem Vertrag ins Kreuzverhör.", "ins Kreuzverhör"),
        ("en", "Reporters asked the coach about the defeat.", "es", "Los periodistas acribillaron a preguntas al entrenador tras la derrota.", "acribillaron a preguntas"),
        # An ordinary act told with force.
        ("en", "Guards closed the main gate at nine.", "en", "Guards slammed the main gate shut at nine.", "slammed the main gate shut"),
        ("en", "The delegates left the meeting before the vote.", "en", "The delegates stormed out of the meeting before the vote.", "stormed out"),
        ("en", "Police removed the protesters from the square.", "fr", "La police a évacué manu militari les manifestants de la place.", "manu militari"),
        ("en", "The landlord ended the tenants' leases.", "it", "Il proprietario ha chiuso senza tanti complimenti i contratti degli inquilini.", "senza tanti complimenti"),
        # People or animals moved told as got rid of.
        ("en", "The city wants the homeless shelter moved to the outskirts.", "en", "The city wants the homeless shelter shipped off to the outskirts.", "shipped off"),
        ("en", "The care home transferred twelve residents to other homes.", "fr", "La maison de retraite s’est débarrassée de douze résidents en les envoyant ailleurs.", "s’est débarrassée"),
        ("en", "The ministry moved the refugees to a camp near the border.", "de", "Das Ministerium verfrachtete die Flüchtlinge in ein Lager an der Grenze.", "verfrachtete"),
        # A witness or a source given a motive.
        ("en", "A former employee said the machines were rarely cleaned.", "en", "A disgruntled former employee said the machines were rarely cleaned.", "disgruntled"),
        ("en", "A former adviser to the mayor described the meetings.", "fr", "Un ancien conseiller aigri du maire a raconté les réunions.", "aigri"),
        ("en", "A former player criticised the club's youth policy.", "es", "Un exjugador resentido criticó la política de cantera del club.", "resentido"),
        # People described plainly given a label of extremism.
        ("en", "Several supporters waited outside the stadium.", "fr", "Plusieurs ultras attendaient devant le stade.", "ultras"),
        ("en", "The cycling association asked for wider lanes.", "en", "The activist group asked for wider lanes.", "activist group"),
        ("en", "Fans gathered at the station before the match.", "de", "Chaoten sammelten sich vor dem Spiel am Bahnhof.", "Chaoten"),
        ("en", "Residents blocked the road to the quarry.", "it", "Un gruppo di facinorosi ha bloccato la strada della cava.", "facinorosi"),
        # A request told as a demand.
        ("en", "The union asked for a meeting with the minister.", "en", "The union demanded a meeting with the minister.", "demanded"),
        ("en", "The neighbours asked the council to remove the antenna.", "fr", "Les riverains ont exigé du conseil le retrait de l’antenne.", "ont exigé"),
        ("en", "The teachers asked the region for more staff.", "es", "Los profesores exigieron a la región más personal.", "exigieron"),
        # A hard situation told as a nightmare or a death trap.
        ("en", "Passengers waited nine hours at the airport.", "en", "Passengers endured a nine-hour nightmare at the airport.", "nightmare"),
        ("en", "The north stand has a single exit.", "fr", "La tribune nord est une souricière avec une seule sortie.", "souricière"),
        ("en", "The shelter houses 40 dogs in a small building.", "de", "Das Tierheim ist ein Albtraum mit 40 Hunden in einem kleinen Gebäude.", "Albtraum"),
        # A plain statement told as a concession wrung out; a reply told as contempt.
        ("en", "The mayor said the budget was too small.", "en", "The mayor grudgingly said the budget was too small.", "grudgingly"),
        ("en", "The director announced a change to the plan.", "de", "Der Direktor kündigte zähneknirschend eine Änderung des Plans an.", "zähneknirschend"),
        ("en", "The minister said the figures were wrong.", "it", "Il ministro ha ammesso a denti stretti che i dati erano sbagliati.", "a denti stretti"),
        ("en", "The board rejected the workers' proposal.", "en", "The board scoffed at the workers' proposal.", "scoffed at"),
        ("en", "The club declined the fans' offer of help.", "fr", "Le club a rembarré les supporters qui proposaient leur aide.", "rembarré"),
        ("en", "The agency did not accept the residents' request.", "es", "La agencia dio calabazas a la petición de los vecinos.", "dio calabazas"),
        # Criticism told as an assault; a plan dropped told as thrown away.
        ("en", "The opposition spoke about the government and the delays.", "en", "The opposition took a swipe at the government over the delays.", "took a swipe at"),
        ("en", "The town council dropped the tram plan in June.", "en", "The town council dumped the tram plan in June.", "dumped"),
        ("en", "The ministry postponed the reform indefinitely.", "fr", "Le ministère a renvoyé la réforme aux calendes grecques.", "aux calendes grecques"),
        ("en", "The board put the expansion on hold.", "es", "La junta dio carpetazo a la ampliación.", "dio carpetazo"),
        ("en", "The region withdrew the proposal.", "it", "La regione ha cestinato la proposta.", "cestinato"),
        # A reaction told as an uproar, a change of side as a betrayal, a body as falling apart.
        ("en", "Residents objected to the new bus timetable.", "en", "The new bus timetable sparked outrage among residents.", "sparked outrage"),
        ("en", "Several MPs criticised the appointment.", "fr", "La nomination a provoqué un tollé chez plusieurs députés.", "a provoqué un tollé"),
        ("en", "The decision drew complaints from parents.", "it", "La decisione ha scatenato la bufera tra i genitori.", "ha scatenato la bufera"),
        ("en", "The senator voted with the government on the budget.", "en", "The senator betrayed his party by voting with the government on the budget.", "betrayed"),
        ("en", "The mayor joined another party in May.", "es", "El alcalde traicionó a su partido y se pasó a otro en mayo.", "traicionó"),
        ("en", "The federation's board met on Monday.", "en", "The embattled federation's board met on Monday.", "embattled"),
        ("en", "The party is looking for a new leader.", "fr", "Le parti, à la dérive, cherche un nouveau chef.", "à la dérive"),
        # People whose asylum claims are undecided called refugees.
        ("en", "The town will house 200 asylum seekers in a former hotel.", "en", "The town will house 200 refugees in a former hotel.", "refugees"),
        ("en", "Asylum seekers will be housed in two schools.", "it", "I profughi saranno ospitati in due scuole.", "profughi"),
    ],
)
def test_a_framing_move_the_source_did_not_make_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own word, rendered.
        ("en", "The ministry secretly dropped the plan in March.", "fr", "Le ministère a discrètement abandonné le projet en mars."),
        ("en", "The change was made without any announcement.", "de", "Die Änderung wurde klammheimlich vorgenommen."),
        ("en", "MPs will put tough questions to the regulator.", "en", "MPs will grill the regulator."),
        ("en", "The delegation walked out of the talks.", "en", "The delegation stormed out of the talks."),
        ("en", "A former keeper, bitter about his dismissal, spoke to the paper.", "fr", "Un ancien soigneur, aigri par son licenciement, s’est confié au journal."),
        ("en", "Hooligans threw bottles at the police.", "fr", "Des ultras ont lancé des bouteilles sur la police."),
        ("en", "Campaigners asked the council to close the road.", "de", "Aktivisten forderten den Stadtrat auf, die Straße zu sperren."),
        ("en", "The union demanded a pay rise.", "es", "El sindicato exigió una subida salarial."),
        ("en", "The commissioner called for inspectors to be given access.", "en", "The commissioner demanded that inspectors be given access."),
        ("en", "The mayor insisted that the hall be closed.", "fr", "Le maire a exigé la fermeture de la salle."),
        ("en", "One survivor called the night a nightmare.", "it", "Un sopravvissuto ha definito la notte un incubo."),
        ("en", "The animals will be sold to a park in Poland.", "es", "El zoo se deshizo de los animales vendiéndolos a un parque en Polonia."),
        ("en", "The minister reluctantly admitted the error.", "fr", "Le ministre a reconnu l’erreur à contrecœur."),
        ("en", "The council rejected the plan with contempt.", "it", "Il consiglio ha respinto il piano con disprezzo."),
        ("en", "Workers dumped the rubble in a quarry.", "en", "Workers dumped the rubble in a quarry."),
        ("en", "The council dumped the plan, the mayor said.", "fr", "Le conseil a jeté le projet à la poubelle, selon le maire."),
        ("en", "The storm hammered the coast overnight.", "en", "The storm hammered the coast overnight."),
        ("en", "The asylum seekers include 40 refugees from Sudan.", "fr", "Parmi les demandeurs d’asile figurent 40 réfugiés soudanais."),
        ("en", "Asylum seekers waited at the border.", "de", "Flüchtlinge warteten an der Grenze."),
        ("en", "Parents called the decision a betrayal.", "de", "Eltern nannten die Entscheidung einen Verrat."),
        ("en", "The spokesman did not say how many staff had left.", "de", "Wie viele Mitarbeiter gegangen sind, verriet der Sprecher nicht."),
        ("en", "We let down every customer whose data we held, the director said.", "fr", "Nous avons trahi la confiance de chaque client dont nous détenions les données, a déclaré la directrice."),
        ("en", "The owner said the company was devastated.", "de", "Der Inhaber sagte, das Unternehmen sei am Boden zerstört."),
        ("en", "The federation, under pressure from sponsors, met on Monday.", "en", "The embattled federation met on Monday."),
        # Plain acts, literal senses and idioms translators use for them.
        ("en", "She said quietly that she would stay.", "en", "She quietly said that she would stay."),
        ("en", "The chef grilled fish for the guests.", "en", "The chef grilled fish for the guests."),
        ("en", "The Doravian delegation threatened to leave the talks.", "fr", "La délégation doravienne a menacé de claquer la porte des pourparlers."),
        ("en", "The group has attacked at least ten hospitals.", "fr", "Le groupe s’en est pris à au moins dix hôpitaux."),
        ("en", "Unions called for higher wages.", "de", "Die Gewerkschaften forderten höhere Löhne."),
        ("en", "The federation asked the clubs to report by Friday.", "fr", "La fédération a demandé aux clubs de répondre d’ici vendredi."),
        ("en", "Free radicals damage the cells, the study found.", "en", "Free radicals damage the cells, the study found."),
        ("en", "The law requires that every lift be inspected.", "fr", "La loi exige que chaque ascenseur soit inspecté."),
        ("en", "The ferry shipped the lorries to Rostock.", "de", "Die Fähre verschiffte die Lastwagen nach Rostock."),
    ],
)
def test_a_rendering_a_literal_sense_or_an_idiom_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        ("en", "The minister's aides quietly prepared the budget.", "en", "The minister's cronies quietly prepared the budget.", "cronies"),
        ("en", "Officials demanded the documents on Monday.", "fr", "Les sbires du ministère ont exigé les documents lundi.", "sbires"),
        ("en", "The trip was a nightmare, the coach said.", "de", "Die Reise sei ein Albtraum gewesen, sagte der skrupellose Trainer.", "skrupellose"),
    ],
)
def test_a_mild_framing_word_in_the_source_does_not_quiet_a_judgement_added_beside_it(o_lang, original, d_lang, derivative, word):
    """"Demanded", "quietly" or "a nightmare" are ordinary in a sober source: unlike a word of
    judgement there, they leave a charged word the rewrite adds beside them reported."""
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        ("en", "The mayor warned of further cuts.", "en", "The mayor unleashed a warning of further cuts.", "unleashed"),
        ("en", "The talks began on Monday and the union asked for a raise.", "en", "The talks began on Monday and the union begged for a raise.", "begged"),
        ("en", "A strong wind closed the harbour, and the mayor spoke about the port.", "en", "A strong wind closed the harbour, and the mayor lambasted the port.", "lambasted"),
        ("en", "Rents in the highlands rose to 900 euros.", "en", "Rents in the highlands rose to an exorbitant 900 euros.", "exorbitant"),
        ("en", "The new route opens in May, the operator said.", "fr", "La nouvelle ligne ouvre en mai, a dit l’opérateur, un camouflet pour la mairie.", "camouflet"),
    ],
)
def test_an_unrelated_word_that_shares_a_stem_with_a_rendering_does_not_quiet_a_charged_word(o_lang, original, d_lang, derivative, word):
    """"further" is not "fury", "began" not "begged", a strong wind not strong criticism,
    the highlands not a high price, a route not a rout: the source words a charged word may
    render are whole words of its sense, not any word with their first letters."""
    assert charged_words(o_lang, original, d_lang, derivative) == [word]
