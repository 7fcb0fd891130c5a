"""Breadth of the loaded-term lexicons, by classes a style guide names, not by article.

Blind rewrites keep bringing charged words no earlier article used. These tests pin down
whole classes in English, French, German, Spanish (and Italian where the section has it):
(a) euphemisms put where the source said a site, a service or jobs would close or go
(paused, mothballed, wound down, « mis en sommeil », „eingemottet“, « hibernar »), and the
classic ones (negative growth, collateral damage, enhanced interrogation); (b) dramatising
words for an ordinary act (a cut told as axing or slashing, « sabrer », « condamner » a
service; a price cut told as squeezing the farmers, « ponctionner les éleveurs »; a bonus
called fat or juicy, « juteuse »; news told as a bombshell, „Paukenschlag“; an appeal told
as a fight; grants told as handed out freely); (c) judging verbs of saying (dismissed the
criticism, « a balayé les critiques », „wischte … vom Tisch“, insisted, retorted) and a
manner that judges the speaker (without batting an eyelid, « sans sourciller »); (d) labels
for a group by what it is said to hate (anti-migrant, « xénophobes »), slurs and sneers for
people the source named plainly (Gypsies, « clochards », junkies, wheelchair-bound), a
product named by what it kills (bee-killing) and a place called lawless (« trou perdu »).
Each is quiet where the source's passage has a word it renders. The sentences are our
own; the stand-in encoder calls every pair of sentences identical, so only the words decide.
"""

import pytest
from aligned_fixtures import context

from diptych.engine.loaded_terms import find_loaded_terms


def loaded(o_lang: str, original: str, d_lang: str, derivative: str) -> list[str]:
    return [f.derivative_text for f in find_loaded_terms(context(o_lang, [original], d_lang, [derivative]))]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # (a) A closure told as a pause, a mothballing, a winding down, a folding in.
        ("en", "The operator said it would close four of its six ferries next winter.", "en",
         "The operator said it would pause four of its six ferries next winter.", "pause"),
        ("en", "The hospital will close its birth unit in May.", "en",
         "The hospital will fold its birth unit into the city clinic in May.", "fold"),
        ("en", "The mill was shut in 2019.", "en", "The mill was mothballed in 2019.", "mothballed"),
        ("en", "The bank is closing its branch network in the region.", "en",
         "The bank is winding down its branch network in the region.", "winding down"),
        ("en", "The council will close two libraries.", "en",
         "The council will put two libraries on hold.", "put two libraries on hold"),
        ("en", "The owner said it would close the smelter.", "fr",
         "Le propriétaire a annoncé qu’il mettrait la fonderie en sommeil.", "mettrait la fonderie en sommeil"),
        ("en", "The brewery closed in March.", "fr", "La brasserie a été mise en sommeil en mars.", "mise en sommeil"),
        ("en", "The group will close three depots.", "fr", "Le groupe va rationaliser son réseau de dépôts.", "rationaliser"),
        ("en", "The owner said it would close the smelter.", "de",
         "Der Eigentümer kündigte an, die Hütte einzumotten.", "einzumotten"),
        ("en", "The chain will close 40 stores.", "de", "Die Kette will ihr Filialnetz gesundschrumpfen.", "gesundschrumpfen"),
        ("en", "The plant was closed last year.", "de", "Das Werk wurde im vergangenen Jahr in einen Dornröschenschlaf versetzt.", "Dornröschenschlaf"),
        ("en", "The mine will close next year.", "es", "La mina entrará en hibernación el año próximo.", "hibernación"),
        ("en", "The airline will close two routes.", "es", "La aerolínea va a racionalizar su red de rutas.", "racionalizar"),
        ("en", "The firm will close its plant in Vigo.", "es", "La empresa pondrá en pausa su planta de Vigo.", "pondrá en pausa"),
        ("en", "The region will close the night train.", "it", "La regione metterà in pausa il treno notturno.", "metterà in pausa"),
        ("en", "The site is being closed.", "it", "Il sito viene razionalizzato.", "razionalizzato"),
        # (a) A closure or a layoff told as a restructuring or a rationalisation.
        ("en", "The group will close its two plants in Wales.", "en",
         "The group will rationalise its two plants in Wales.", "rationalise"),
        ("en", "The carmaker said it would close the Turin plant.", "en",
         "The carmaker said it would restructure the Turin plant.", "restructure"),
        # (b) A cut or a closure dramatised: axed, slashed, gutted, « sabré », « condamné ».
        ("en", "The ministry cut the museum's budget by a third.", "en",
         "The ministry slashed the museum's budget by a third.", "slashed"),
        ("en", "The broadcaster will close its regional newsrooms.", "en",
         "The broadcaster will axe its regional newsrooms.", "axe"),
        ("en", "The city reduced the library's opening hours.", "en",
         "The city gutted the library's opening hours.", "gutted"),
        ("en", "The government cut the grant for rural buses.", "fr",
         "Le gouvernement a sabré la subvention des bus ruraux.", "sabré"),
        ("en", "The company said it would close 11 of its 14 shops.", "fr",
         "L’entreprise a annoncé qu’elle condamnait 11 de ses 14 boutiques.", "condamnait"),
        ("en", "The board cut 200 jobs.", "fr", "Le conseil a taillé à la hache dans les effectifs.", "à la hache"),
        ("en", "The state cut the funding for theatres.", "de",
         "Der Staat hat die Mittel für Theater zusammengestrichen.", "zusammengestrichen"),
        ("en", "The broadcaster closed its youth channel.", "de", "Der Sender hat seinen Jugendkanal eingestampft.", "eingestampft"),
        ("en", "The government cut the research budget.", "es",
         "El Gobierno dio un tijeretazo al presupuesto de investigación.", "tijeretazo"),
        ("en", "The region cut the school transport budget.", "it",
         "La regione ha dato una sforbiciata al bilancio dei trasporti scolastici.", "sforbiciata"),
        # (b) A price cut or a levy told as squeezing or bleeding the people who pay.
        ("en", "The dairy will pay its farmers 3 cents less per litre.", "en",
         "The dairy will squeeze its farmers by 3 cents a litre.", "squeeze its farmers"),
        ("en", "The council raised the parking fee for residents.", "en",
         "The council is bleeding residents with a higher parking fee.", "bleeding residents"),
        ("en", "The dairy said it would lower the price it pays to farmers.", "fr",
         "La laiterie a annoncé qu’elle ponctionnerait ses producteurs.", "ponctionnerait"),
        # "milk" in a dairy story is the product, not a render of "milked".
        ("en", "The co-operative said it would cut the price it pays for milk by 4 cents.", "fr",
         "La coopérative a annoncé qu’elle ponctionnerait ses éleveurs de 4 centimes.", "ponctionnerait"),
        ("en", "The new tax applies to all households.", "fr",
         "La nouvelle taxe va encore essorer les ménages.", "essorer"),
        ("en", "The buyer lowered the price it pays to growers.", "es",
         "El comprador asfixia a los productores con un precio más bajo.", "asfixia"),
        ("en", "The toll applies to every lorry driver.", "it",
         "Il pedaggio tartassa tutti gli autotrasportatori.", "tartassa"),
        ("en", "The charge applies to all customers.", "de", "Die Gebühr soll die Kunden weiter ausquetschen.", "ausquetschen"),
        # (b) A sum called fat, juicy or hefty.
        ("en", "The firm paid its chief executive a bonus of 200,000 euros.", "fr",
         "L’entreprise a versé à son directeur une prime juteuse de 200 000 euros.", "juteuse"),
        ("en", "The firm paid its chief executive a bonus of 200,000 euros.", "en",
         "The firm paid its chief executive a fat bonus of 200,000 euros.", "fat"),
        ("en", "The directors received a pay rise of 8 percent.", "en",
         "The directors received a hefty pay rise of 8 percent.", "hefty"),
        ("en", "The chairman received a bonus of 90,000 euros.", "de",
         "Der Vorsitzende kassierte einen fetten Bonus von 90.000 Euro.", "fetten Bonus"),
        ("en", "The chairman received a bonus of 90,000 euros.", "es",
         "El presidente recibió una jugosa prima de 90.000 euros.", "jugosa"),
        ("en", "The managers were paid a bonus.", "it", "I dirigenti hanno incassato un lauto premio.", "lauto"),
        # (b) News told as a bombshell or a blow.
        ("en", "The club announced on Friday that the coach would leave.", "en",
         "In a bombshell announcement on Friday, the club said the coach would leave.", "bombshell"),
        ("en", "The company announced the closure on Monday.", "de",
         "Mit einem Paukenschlag hat das Unternehmen am Montag die Schließung verkündet.", "Paukenschlag"),
        ("en", "The decision was announced to staff on Monday.", "fr",
         "La décision est tombée comme un couperet lundi devant le personnel.", "comme un couperet"),
        ("en", "The court announced its decision on Monday.", "es",
         "El tribunal anunció el lunes su decisión, un auténtico mazazo.", "mazazo"),
        ("en", "The results were published on Tuesday.", "it",
         "I risultati, una doccia fredda, sono stati pubblicati martedì.", "doccia fredda"),
        # (c) A statement told as a dismissal, an insistence or a defence.
        ("en", "The mayor said the bridge was safe.", "en",
         "The mayor dismissed concerns about the bridge.", "dismissed"),
        ("en", "The minister said the plan was sound.", "en", "The minister insisted the plan was sound.", "insisted"),
        ("en", "The director said the plan would go ahead.", "fr",
         "Le directeur a balayé les critiques : le plan sera maintenu.", "a balayé"),
        ("en", "The minister said the report's findings did not apply.", "de",
         "Der Minister wischte die Ergebnisse des Berichts vom Tisch.", "wischte die Ergebnisse des Berichts vom Tisch"),
        ("en", "The spokesman said the risk was small.", "de", "Der Sprecher wiegelte ab, das Risiko sei gering.", "wiegelte"),
        ("en", "The spokesman said the risk was small.", "es", "El portavoz restó importancia al riesgo.", "restó importancia"),
        ("en", "The minister said the protests were about other issues.", "it",
         "Il ministro ha liquidato le proteste come questioni di altro genere.", "ha liquidato"),
        # (c) A manner that judges the speaker: without batting an eyelid (an adverb such as
        # « froidement » is found by its form, not by this lexicon).
        ("en", "The chief executive said the closure was a business decision.", "fr",
         "La fermeture est une décision d’entreprise, a justifié sans sourciller le directeur général.", "sans sourciller"),
        ("en", "The chief executive said the closure was a business decision.", "en",
         "Without batting an eyelid, the chief executive said the closure was a business decision.", "Without batting an eyelid"),
        ("en", "The owner said the rents would go up.", "de", "Der Eigentümer kündigte ungerührt an, die Mieten würden steigen.", "ungerührt"),
        ("en", "The owner said the rents would go up.", "es",
         "El propietario anunció sin inmutarse que los alquileres subirán.", "sin inmutarse"),
        # (d) A group labelled by what it is said to hate; a product by what it kills.
        ("en", "About 200 people protested outside the town hall.", "en",
         "About 200 anti-migrant protesters gathered outside the town hall.", "anti-migrant"),
        ("en", "About 200 people protested outside the town hall.", "fr",
         "Quelque 200 manifestants xénophobes se sont rassemblés devant la mairie.", "xénophobes"),
        ("en", "About 200 people protested outside the town hall.", "de",
         "Rund 200 fremdenfeindliche Demonstranten versammelten sich vor dem Rathaus.", "fremdenfeindliche"),
        ("en", "About 200 people protested outside the town hall.", "es",
         "Unos 200 manifestantes antiinmigrantes se concentraron ante el ayuntamiento.", "antiinmigrantes"),
        ("en", "The farmers used a pesticide on the maize seed.", "fr",
         "Les agriculteurs ont utilisé un insecticide tueur d’abeilles sur les semences de maïs.", "tueur d’abeilles"),
        ("en", "The farmers used a pesticide on the maize seed.", "en",
         "The farmers used a bee-killing pesticide on the maize seed.", "bee-killing"),
        ("en", "The new rules apply to small firms.", "de", "Die neuen Regeln gelten als Jobkiller für kleine Firmen.", "Jobkiller"),
        # (d) A place labelled as lawless or godforsaken.
        ("en", "The estate has the city's highest unemployment rate.", "en",
         "The crime-ridden estate has the city's highest unemployment rate.", "crime-ridden"),
        ("en", "The village lies 40 kilometres from the nearest town.", "fr",
         "Ce trou perdu se trouve à 40 kilomètres de la ville la plus proche.", "trou perdu"),
        ("en", "The village lies 40 kilometres from the nearest town.", "de",
         "Das Kaff liegt 40 Kilometer von der nächsten Stadt entfernt.", "Kaff"),
    ],
)
def test_a_charged_word_of_a_class_the_lexicon_lacked_is_reported(o_lang, original, d_lang, derivative, word):
    assert loaded(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # Faithful renderings of a closure, a cut, a statement: no euphemism, no drama.
        ("en", "The operator said it would close four of its six ferries next winter.", "fr",
         "L’exploitant a annoncé qu’il fermerait quatre de ses six ferries l’hiver prochain."),
        ("en", "The company said it would close 11 of its 14 lifts.", "fr",
         "La société a annoncé qu’elle laisserait 11 de ses 14 remontées à l’arrêt."),
        ("en", "The owner said it would close the smelter.", "de", "Der Eigentümer kündigte an, die Hütte stillzulegen."),
        ("en", "The mine will close next year.", "es", "La mina cerrará el año próximo."),
        ("en", "The ministry cut the museum's budget by a third.", "fr", "Le ministère a réduit d’un tiers le budget du musée."),
        ("en", "The ministry cut the museum's budget by a third.", "de", "Das Ministerium kürzte das Budget des Museums um ein Drittel."),
        ("en", "The dairy said it would cut the price it pays for milk.", "fr",
         "La laiterie a annoncé qu’elle baisserait le prix qu’elle paie pour le lait."),
        ("en", "The firm paid its chief executive a bonus of 200,000 euros.", "fr",
         "L’entreprise a versé à son directeur une prime de 200 000 euros."),
        ("en", "The director said the criticism was unfounded.", "fr", "Le directeur a déclaré que les critiques étaient infondées."),
        ("en", "The director said the criticism was unfounded.", "de", "Der Direktor sagte, die Kritik sei unbegründet."),
        ("en", "About 200 people protested outside the town hall.", "fr", "Quelque 200 personnes ont manifesté devant la mairie."),
        # The source's own euphemism, drama or judgement, rendered.
        ("en", "The operator said it would temporarily suspend four ferries.", "en",
         "The operator said it would pause four ferries."),
        ("en", "The mill, closed in 2019, has been mothballed since.", "fr",
         "L’usine, fermée en 2019, est en sommeil depuis."),
        ("en", "The group will close three depots as part of a restructuring.", "fr",
         "Le groupe va fermer trois dépôts dans le cadre d’une restructuration."),
        ("en", "The ministry slashed the museum's budget.", "fr", "Le ministère a sabré le budget du musée."),
        ("en", "The government made drastic cuts to the grant.", "es",
         "El Gobierno dio un tijeretazo a la subvención."),
        ("en", "Farmers say they are being squeezed by the lower milk price.", "fr",
         "Les éleveurs disent être étranglés par la baisse du prix du lait."),
        ("en", "The firm paid its chief executive a generous bonus of 200,000 euros.", "de",
         "Die Firma zahlte ihrem Chef einen üppigen Bonus von 200.000 Euro."),
        ("en", "The club's shock announcement came on Friday.", "en",
         "The club's bombshell announcement came on Friday."),
        ("en", "The mayor dismissed the concerns as unfounded.", "fr",
         "Le maire a balayé les inquiétudes, qu’il juge infondées."),
        ("en", "The minister insisted the plan was sound.", "de", "Der Minister beharrte darauf, der Plan sei solide."),
        # A translator renders a plain "said" as « se défend » or „verteidigte sich“ where the
        # statement is a defence: those verbs are no judgement.
        ("en", "\"We cannot pay money we do not have,\" the chairman said.", "fr",
         "« Nous ne pouvons pas payer de l’argent que nous n’avons pas », se défend le président."),
        ("en", "The director said the cuts were necessary.", "de",
         "Der Direktor verteidigte sich, die Kürzungen seien notwendig."),
        ("en", "The zoo's extension was shelved in 2023.", "de", "Der Ausbau des Zoos wurde 2023 auf Eis gelegt."),
        ("en", "Neighbours said they heard a loud bang.", "de", "Nachbarn sagten, sie hätten einen lauten Knall gehört."),
        ("en", "Several hundred people protested against the arrival of the migrants.", "en",
         "Several hundred anti-migrant protesters gathered."),
        ("en", "The pesticide has been linked to the deaths of bees.", "fr",
         "Ce pesticide tueur d’abeilles est mis en cause."),
        # Literal or ordinary senses of these words.
        ("en", "The court sentenced him to three years in prison.", "fr", "Le tribunal l’a condamné à trois ans de prison."),
        ("en", "The speaker paused before answering.", "en", "The speaker paused before answering."),
        ("en", "The fire gutted the warehouse.", "en", "The fire gutted the warehouse."),
        ("en", "Officers closed the road after the crash.", "fr", "Les policiers ont coupé la route après l’accident."),
        ("en", "The court dismissed the appeal.", "en", "The court dismissed the appeal."),
        ("en", "The minister cut the ribbon at the new station.", "en", "The minister cut the ribbon at the new station."),
        ("en", "The shop closed at six, the owner said.", "en", "The shop shut at six, the owner said."),
        # "close to" is nearness, and released gas is no worker set free.
        ("en", "The chemist said burning batteries released a gas. \"It is dangerous close to the fire,\" she said.", "de",
         "Die Chemikerin sagte, beim Brand werde ein Gas freigesetzt. „Es ist in der Nähe des Feuers gefährlich“, sagte sie."),
    ],
)
def test_a_faithful_rendering_or_a_literal_use_stays_quiet(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # Every usual form of a verb of the classes: past, participle, present, infinitive,
        # the French inverted « a-t-il … ».
        ("en", "The airline closed the route in May.", "en", "The route was mothballed in May.", "mothballed"),
        ("en", "The airline is closing the route.", "en", "The airline is mothballing the route.", "mothballing"),
        ("en", "The airline will close the route.", "en", "The airline will wind down the route.", "wind down"),
        ("en", "The airline closed the route.", "en", "The airline wound down the route.", "wound down"),
        ("en", "The board cut 300 jobs.", "en", "The board axed 300 jobs.", "axed"),
        ("en", "The board is cutting the budget.", "en", "The board is slashing the budget.", "slashing"),
        ("en", "The firm said it would lower the price it pays its suppliers.", "en",
         "The firm is squeezing its suppliers with a lower price.", "squeezing its suppliers"),
        ("en", "The mayor said the plan was legal.", "en", "The mayor insists the plan is legal.", "insists"),
        ("en", "The minister said the risk was low.", "en", "The minister played down the risk.", "played down"),
        ("en", "The group will close the site.", "fr", "Le site, a-t-il annoncé, sera rationalisé.", "rationalisé"),
        ("en", "The region cut the rail budget.", "fr", "La région sabre le budget ferroviaire.", "sabre"),
        ("en", "The region will cut the rail budget.", "fr", "La région va sabrer le budget ferroviaire.", "sabrer"),
        ("en", "The director said the plan would go ahead.", "fr",
         "Le plan sera maintenu, a-t-il balayé les critiques.", "a-t-il balayé"),
        ("en", "The director said the plan would go ahead.", "fr",
         "Le directeur balaie les critiques : le plan sera maintenu.", "balaie les"),
        ("en", "The spokesman said the risk was small.", "de", "Der Sprecher hat das Risiko heruntergespielt.", "heruntergespielt"),
        ("en", "The state closed the plant.", "de", "Der Staat mottete das Werk ein.", "mottete das Werk ein"),
        ("en", "The firm closed the plant.", "es", "La empresa hibernó la planta.", "hibernó"),
        ("en", "The region cut the budget.", "es", "La región metió la tijera al presupuesto.", "metió la tijera"),
        ("en", "The minister said the protests were minor.", "es", "El ministro restaba importancia a las protestas.", "restaba importancia"),
    ],
)
def test_every_usual_form_of_a_verb_is_covered(o_lang, original, d_lang, derivative, word):
    assert loaded(o_lang, original, d_lang, derivative) == ([word] if word else [])


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # (c) A plain statement told as a retort or a lecture.
        ("en", "The minister said the figures were correct.", "en", "The minister retorted that the figures were correct.", "retorted"),
        ("en", "The mayor said the rules applied to everyone.", "fr",
         "Les règles s’appliquent à tous, a rétorqué le maire.", "a rétorqué"),
        ("en", "The mayor said the rules applied to everyone.", "fr",
         "Les règles s’appliquent à tous, rétorque-t-il.", "rétorque-t-il"),
        ("en", "The mayor said the rules applied to everyone.", "de", "Der Bürgermeister konterte, die Regeln gälten für alle.", "konterte"),
        ("en", "The mayor said the rules applied to everyone.", "es", "El alcalde retrucó que las normas se aplican a todos.", "retrucó"),
        ("en", "The mayor said the rules applied to everyone.", "it", "Il sindaco ha ribattuto che le regole valgono per tutti.", "ha ribattuto"),
        ("en", "The minister said the farmers should adapt.", "fr",
         "Le ministre a fait la leçon aux agriculteurs, qui doivent s’adapter.", "a fait la leçon"),
        ("en", "The company said the report was false.", "en", "The company alleged that the report was false.", "alleged"),
        # (d) People named by a slur or a sneer where the source used their own name or a plain word.
        ("en", "Roma families were moved from the camp.", "en", "Gypsy families were moved from the camp.", "Gypsy"),
        ("en", "Roma families were moved from the camp.", "fr", "Des familles gitanes ont été déplacées du camp.", "gitanes"),
        ("en", "Roma families were moved from the camp.", "de", "Zigeunerfamilien wurden aus dem Lager gebracht.", "Zigeunerfamilien"),
        ("en", "Homeless people slept in the station.", "fr", "Des clochards dormaient dans la gare.", "clochards"),
        ("en", "Homeless people slept in the station.", "en", "Vagrants slept in the station.", "Vagrants"),
        ("en", "Homeless people slept in the station.", "de", "Penner schliefen im Bahnhof.", "Penner"),
        ("en", "Drug users gather near the park.", "en", "Junkies gather near the park.", "Junkies"),
        ("en", "Drug users gather near the park.", "fr", "Des toxicos se retrouvent près du parc.", "toxicos"),
        ("en", "Drug users gather near the park.", "es", "Los yonquis se reúnen cerca del parque.", "yonquis"),
        ("en", "The councillor, who uses a wheelchair, spoke first.", "en",
         "The wheelchair-bound councillor spoke first.", "wheelchair-bound"),
        ("en", "The councillor, who uses a wheelchair, spoke first.", "fr",
         "Le conseiller, cloué dans un fauteuil roulant, a parlé en premier.", "cloué dans un fauteuil roulant"),
        ("en", "The councillor, who uses a wheelchair, spoke first.", "de",
         "Der an den Rollstuhl gefesselte Stadtrat sprach zuerst.", "an den Rollstuhl gefesselte"),
        # (a) Euphemisms: negative growth, collateral damage, enhanced interrogation.
        ("en", "Output fell by 2 percent.", "en", "Output saw negative growth of 2 percent.", "negative growth"),
        ("en", "Output fell by 2 percent.", "fr", "La production a connu une croissance négative de 2 %.", "croissance négative"),
        ("en", "Four civilians were killed in the strike.", "en", "The strike caused collateral damage.", "collateral damage"),
        ("en", "Four civilians were killed in the strike.", "de", "Bei dem Angriff gab es Kollateralschäden.", "Kollateralschäden"),
        ("en", "The report said detainees were tortured.", "en",
         "The report said detainees were subjected to enhanced interrogation.", "enhanced interrogation"),
        ("en", "The bank will close 30 branches.", "en", "The bank will optimise its branch network.", "optimise its branch network"),
        ("en", "The bank will close 30 branches.", "fr", "La banque va procéder à une optimisation de son réseau d’agences.", "optimisation de son réseau"),
        # (b) A legal step told as a fight; money told as handed out freely; criticism as demolition.
        ("en", "The group said it would appeal to the Supreme Court.", "en",
         "The group said it would take its fight to the Supreme Court.", "take its fight to"),
        ("en", "The region gave grants to 40 clubs.", "en", "The region doled out grants to 40 clubs.", "doled out"),
        ("en", "The region gave grants to 40 clubs.", "fr", "La région a arrosé 40 clubs de subventions.", "arrosé"),
        ("en", "The region gave grants to 40 clubs.", "de", "Die Region verteilte Zuschüsse mit der Gießkanne an 40 Vereine.", "mit der Gießkanne"),
        ("en", "The region gave grants to 40 clubs.", "it", "La regione ha distribuito contributi a pioggia a 40 società.", "a pioggia"),
        ("en", "The minister said the report was wrong.", "en", "The minister rubbished the report.", "rubbished"),
        ("en", "The minister said the report was wrong.", "es", "El ministro hizo trizas el informe.", "hizo trizas"),
        ("en", "The minister said the report was wrong.", "de", "Der Minister verriss den Bericht.", "verriss"),
    ],
)
def test_a_second_batch_of_classes_is_reported(o_lang, original, d_lang, derivative, word):
    assert loaded(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The minister replied that the figures were correct.", "fr", "Les chiffres sont exacts, a rétorqué le ministre."),
        ("en", "The coach joked that the team had played well.", "de", "Der Trainer witzelte, das Team habe gut gespielt."),
        # A translator writes « a répliqué » or « a ironisé » for a plain "said" before a reply
        # or an ironic quote: the quote, not the verb, carries the tone.
        ("en", "\"Nobody lends a family its own Bible,\" said the minister.", "fr",
         "« On ne prête pas à une famille sa propre Bible », a répliqué le ministre."),
        ("en", "\"They spent two years printing leaflets,\" said the spokesman.", "fr",
         "« Ils ont passé deux ans à imprimer des dépliants », a ironisé le porte-parole."),
        ("en", "Homeless people slept in the station.", "fr", "Des sans-abri dormaient dans la gare."),
        ("en", "Homeless people slept in the station.", "de", "Obdachlose schliefen im Bahnhof."),
        ("en", "Roma families were moved from the camp.", "fr", "Des familles roms ont été déplacées du camp."),
        ("en", "The group calls itself the Gypsy Council.", "fr", "Le groupe se fait appeler le Conseil gitan."),
        ("en", "Drug users gather near the park.", "fr", "Des toxicomanes se retrouvent près du parc."),
        ("en", "Output fell by 2 percent.", "de", "Die Produktion ging um 2 Prozent zurück."),
        ("en", "Four civilians were killed in the strike.", "fr", "Quatre civils ont été tués dans la frappe."),
        ("en", "The group said it would appeal to the Supreme Court.", "fr", "Le groupe a annoncé qu’il ferait appel devant la Cour suprême."),
        ("en", "The group vowed to fight the ruling in court.", "en", "The group said it would take its fight to the courts."),
        ("en", "The region handed out grants to 40 clubs.", "de", "Die Region verteilte Zuschüsse an 40 Vereine."),
        ("en", "The minister criticised the report.", "fr", "Le ministre a critiqué le rapport."),
        ("en", "The minister sharply criticised the report.", "de", "Der Minister verriss den Bericht."),
    ],
)
def test_a_second_batch_renders_quietly(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, original, d_lang, derivative) == []
