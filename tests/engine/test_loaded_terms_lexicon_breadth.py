"""Breadth of the loaded-term lexicons, by classes a style guide names, not by article.

Blind rewrites keep bringing charged words no earlier article used. These tests pin down
whole classes in English, French, German, Spanish (and Italian where the section has it):
(a) euphemisms put where the source said a site, a service or jobs would close or go
(paused, mothballed, wound down, « mis en sommeil », „eingemottet“, « hibernar »);
(b) dramatising words for an ordinary act (a cut told as axing or slashing, « sabrer »,
« condamner » a service; a price cut told as squeezing the farmers, « ponctionner les
éleveurs »; a bonus called fat or juicy, « juteuse »; news told as a bombshell,
„Paukenschlag“); (c) judging verbs of saying (dismissed the criticism, « a balayé les
critiques », „wischte … vom Tisch“; insisted, « s'est défendu ») and a manner that judges
the speaker (coldly, « froidement »); (d) labels for a group by what it is said to hate
(anti-migrant, « xénophobes ») or for a product by what it kills (bee-killing).
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
        ("en", "The spokesman said the risk was small.", "de", "Der Sprecher wiegelte ab, das Risiko sei gering.", "wiegelte ab"),
        ("en", "The spokesman said the risk was small.", "es", "El portavoz restó importancia al riesgo.", "restó importancia"),
        ("en", "The minister said the protests were about other issues.", "it",
         "Il ministro ha liquidato le proteste come questioni di altro genere.", "ha liquidato"),
        # (c) A manner that judges the speaker: coldly, without batting an eyelid.
        ("en", "The chief executive said the closure was a business decision.", "fr",
         "La fermeture est une décision d’entreprise, a froidement justifié le directeur général.", "froidement"),
        ("en", "The chief executive said the closure was a business decision.", "en",
         "The chief executive said coldly that the closure was a business decision.", "coldly"),
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
