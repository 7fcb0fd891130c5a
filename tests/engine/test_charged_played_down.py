"""A fact the source named plainly, played down or turned into something done to people.

Classes a style guide names whatever the story: a halt or a suspension told as a pause or a
pause for reflection; a loss told as something compromised; people told not to speak said to
be muzzled; licences issued said to flood a place; a plain rise said to soar; a plain
statement told as the least the speaker could do ("merely promised", « se limitó a
prometer ») or as a cry of scandal; a disappointment told as a betrayal; a protest labelled
noisy; a fee for walking or entering called a toll or played down as a small contribution;
a step the source said someone would take told as a threat to drag someone to court. A faithful rendering of the source's own word, and
the literal senses translators use, stay quiet. The sentences are our own; the stand-in
encoder calls every pair of sentences identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A halt or a suspension told as a pause.
        ("en", "The brewery suspended production at its Leiden plant.", "en", "The brewery paused production at its Leiden plant.", "paused"),
        ("en", "The port halted work on the new quay.", "fr", "Le port a mis le chantier du quai en pause.", "mis le chantier du quai en pause"),
        ("en", "The carmaker stopped deliveries of the van.", "de", "Der Autobauer pausiert die Auslieferung des Transporters.", "pausiert"),
        ("en", "The region suspended the dredging of the river.", "es", "La región puso en pausa el dragado del río.", "puso en pausa"),
        ("en", "The town has halted the building of the car park.", "it", "Il comune si è preso una pausa di riflessione sul parcheggio.", "si è preso una pausa di riflessione"),
        ("en", "The town has halted the building of the car park.", "fr", "La commune s’accorde une pause de réflexion sur le parking.", "pause de réflexion"),
        # A loss told as something compromised.
        ("en", "About 900 seed samples were destroyed when the cooling failed.", "en", "About 900 seed samples were compromised when the cooling failed.", "were compromised"),
        ("en", "The archive lost 300 films in the flood.", "fr", "Quelque 300 films de l’archive ont été compromis par l’inondation.", "été compromis"),
        ("en", "The frost destroyed most of the vines.", "es", "La helada ha dejado comprometidas la mayoría de las viñas.", "ha dejado comprometidas"),
        # People told not to speak, said to be muzzled.
        ("en", "Nurses had been told not to speak to reporters.", "fr", "Les infirmières, muselées par leur direction, ne parlent plus aux journalistes.", "muselées"),
        ("en", "Staff were told not to comment on the closure.", "en", "Staff were muzzled over the closure.", "muzzled"),
        ("en", "Teachers were instructed not to discuss the results.", "es", "Los profesores fueron amordazados por la consejería.", "amordazados"),
        ("en", "Rangers were asked not to talk about the culls.", "it", "I guardaparco sono stati imbavagliati sugli abbattimenti.", "imbavagliati"),
        # Licences or goods issued, said to flood a place.
        ("en", "The city will issue 400 new street-trading permits.", "es", "La ciudad va a inundar el centro con 400 nuevos permisos de venta ambulante.", "inundar el centro con"),
        ("en", "The ministry will grant 80 new pharmacy licences.", "en", "The ministry will flood the market with 80 new pharmacy licences.", "flood the market with"),
        ("en", "The region will approve 60 new holiday rentals.", "fr", "La région va inonder le littoral de 60 nouvelles locations saisonnières.", "inonder"),
        # A plain rise said to soar, in the tenses a report uses.
        ("en", "The bill rose from 40 million to 65 million.", "es", "La factura se disparara de 40 a 65 millones, según el informe.", "se disparara"),
        # « bondir » is how French news and its translators write a marked rise ("jumped", and
        # "rose" where the rise is large), as English "jumped" is: only the explosion counts.
        ("en", "Rents rose by 12 percent last year.", "fr", "Les loyers ont flambé de 12 % l’an dernier.", "ont flambé"),
        # A plain statement told as the least the speaker could do.
        ("en", "The minister said the ministry would look at the figures.", "es", "La ministra se limitó a prometer que el ministerio estudiará las cifras.", "se limitó a prometer"),
        ("en", "The director said the board would meet in May.", "fr", "Le directeur s’est limité à annoncer une réunion du conseil en mai.", "s’est limité à annoncer"),
        ("en", "The mayor said the council would study the plan.", "it", "Il sindaco si è limitato a promettere che il consiglio studierà il piano.", "si è limitato a promettere"),
        ("en", "The minister said the ministry would look at the figures.", "en", "The minister merely promised that the ministry would look at the figures.", "merely promised"),
        # A statement told as a cry of scandal.
        ("en", "The opposition leader called the plan a waste of money.", "it", "Il capo dell’opposizione ha gridato allo spreco.", "ha gridato allo"),
        ("en", "The union said the vote had been rigged.", "fr", "Le syndicat a crié à la fraude.", "a crié à la"),
        ("en", "The union said the vote had been rigged.", "en", "The union cried foul over the vote.", "cried foul"),
        ("en", "The mayor called the delay \"a farce\".", "it", "Il sindaco ha gridato alla «farsa».", "ha gridato alla"),
        ("en", "The residents said the plan was unfair.", "es", "Los vecinos pusieron el grito en el cielo por el plan.", "pusieron el grito en el cielo"),
        # A disappointment told as a betrayal.
        ("en", "Fans said they felt let down by the club.", "fr", "Les supporters se disent trahis par le club.", "trahis"),
        # A protest labelled noisy.
        ("en", "Dockers held a protest outside the port authority.", "en", "Dockers held a noisy protest outside the port authority.", "noisy protest"),
        ("en", "Parents held a demonstration outside the school.", "es", "Los padres celebraron una ruidosa protesta ante la escuela.", "ruidosa protesta"),
        # A fee for walking or entering called a toll.
        ("en", "The park will charge visitors 5 euros a day.", "es", "El parque cobrará un peaje de 5 euros al día.", "peaje"),
        ("en", "The island will charge tourists an entry fee of 2 euros.", "it", "L’isola imporrà un pedaggio di 2 euro ai turisti.", "pedaggio"),
        # A fee played down as a small contribution.
        ("en", "The museum will charge visitors 4 euros from May.", "it", "Il museo chiederà ai visitatori un piccolo contributo di 4 euro da maggio.", "piccolo contributo"),
        ("en", "The town will charge hikers a trail fee of 2 euros.", "fr", "La commune demandera aux randonneurs une petite participation de 2 euros.", "petite participation"),
        # A step the source said someone would take, told as a threat to drag someone to court.
        ("en", "The tenants said they would ask a court to stop the sale.", "fr", "Les locataires menacent de traîner le bailleur devant les tribunaux.", "menacent de"),
        ("en", "The tenants' group said it would ask a court to stop the sale.", "fr", "Le collectif menace de saisir la justice contre la vente.", "menace de saisir"),
    ],
)
def test_a_fact_played_down_or_turned_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # A faithful translator's word for a suspension or a halt.
        ("en", "The brewery suspended production at its Leiden plant.", "it", "Il birrificio ha sospeso la produzione nello stabilimento di Leida."),
        ("en", "The brewery suspended production at its Leiden plant.", "fr", "La brasserie a suspendu la production de son usine de Leyde."),
        ("en", "The port halted work on the new quay.", "es", "El puerto detuvo las obras del nuevo muelle."),
        # The source's own pause, or a halt it called temporary.
        ("en", "The brewery temporarily suspended production.", "en", "The brewery paused production."),
        ("en", "The plant paused production for a week.", "fr", "L’usine a mis la production en pause pendant une semaine."),
        ("en", "Workers paused for a minute before the vote.", "en", "Workers paused for a minute before the vote."),
        # Damage the source named, rendered as compromised; a pledge in Spanish.
        ("en", "The flood damaged about 300 films.", "fr", "Quelque 300 films ont été compromis par l’inondation."),
        ("en", "The archive lost 300 films, and the city said it was committed to rebuilding.", "es", "El archivo perdió 300 películas y la ciudad se ha comprometido a reconstruirlo."),
        # The source's own silencing.
        ("en", "Critics said the law would muzzle the press.", "fr", "Selon les critiques, la loi musèlera la presse."),
        # A river flooding a place with water; the source's own flood of licences.
        ("en", "The river burst its banks overnight.", "en", "The river flooded the town with muddy water overnight."),
        ("en", "Drivers said the city was flooding the market with licences.", "es", "Los conductores dijeron que la ciudad inundaba el mercado con licencias."),
        # The source's own jump.
        ("en", "Rents jumped by 12 percent last year.", "fr", "Les loyers ont bondi de 12 % l’an dernier."),
        ("en", "Costs soared from 40 million to 65 million.", "es", "Los costes se dispararon de 40 a 65 millones."),
        # The source's own 'only'; a limit that is not a statement.
        ("en", "The minister only said the ministry would look at the figures.", "es", "La ministra se limitó a decir que el ministerio estudiará las cifras."),
        ("en", "The damage was confined to the kitchen.", "es", "Los daños se limitaron a la cocina."),
        # A cry for help; the source's own outcry.
        ("en", "The swimmer shouted for help.", "fr", "Le nageur a crié au secours."),
        ("en", "The opposition cried foul over the vote.", "it", "L’opposizione ha gridato allo scandalo per il voto."),
        # A verdict the source gives in its own voice, cried in the derivative.
        ("en", "The farmers said the ruling was a scandal.", "fr", "Les agriculteurs crient au scandale après la décision."),
        ("en", "The coach called the refereeing a disgrace.", "it", "L’allenatore ha gridato alla vergogna per l’arbitraggio."),
        # The source's own betrayal; « déçus » for let down.
        ("en", "Fans said they felt betrayed by the club.", "fr", "Les supporters se disent trahis par le club."),
        ("en", "Fans said they felt let down by the club.", "fr", "Les supporters se disent déçus par le club."),
        # The source's own noise.
        ("en", "Dockers held a loud protest with horns outside the port authority.", "en", "Dockers held a noisy protest with horns outside the port authority."),
        # A road toll.
        ("en", "The bridge will charge drivers 5 euros.", "es", "El puente cobrará un peaje de 5 euros a los conductores."),
        # The source's own small fee.
        ("en", "The museum will charge visitors a small fee of 4 euros.", "it", "Il museo chiederà ai visitatori un piccolo contributo di 4 euro."),
        # A warning the source reported.
        ("en", "The tenants warned they would go to court.", "fr", "Les locataires menacent de saisir la justice."),
    ],
)
def test_a_rendering_or_a_literal_use_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A recall given a euphemism.
        ("en", "The carmaker will recall 12,000 vans over a brake fault.", "de", "Der Autobauer startet eine Serviceaktion für 12.000 Transporter.", "Serviceaktion"),
        ("en", "The retailer recalled 5,000 kettles.", "en", "The retailer launched a voluntary service campaign for 5,000 kettles.", "voluntary service campaign"),
        ("en", "The toy maker recalled 8,000 dolls.", "fr", "Le fabricant a lancé une campagne de vérification pour 8 000 poupées.", "campagne de vérification"),
        # Cancelled trains or flights played down as a timetable adjustment.
        ("en", "The airline will cancel 40 of its 200 daily flights.", "it", "La compagnia ha annunciato una rimodulazione dell’offerta su 40 voli.", "rimodulazione dell’offerta"),
        ("en", "The operator will cancel a third of its buses.", "de", "Der Betreiber kündigt eine Fahrplananpassung an.", "Fahrplananpassung"),
        ("en", "The railway cut 30 trains a day.", "es", "El ferrocarril anunció un ajuste de horarios que afecta a 30 trenes.", "ajuste de horarios"),
        # Pesticides called poisons.
        ("en", "The court banned the spraying of pesticides near schools.", "es", "El tribunal prohibió fumigar con venenos cerca de las escuelas.", "venenos"),
        ("en", "Farmers use herbicides on the maize.", "de", "Die Bauern spritzen Ackergift auf den Mais.", "Ackergift"),
        # A statement told as a threat, a retreat behind a pretext, or passing the blame.
        ("en", "The regulator said it might also fine the firm.", "de", "Der Regulierer drohte, er könne die Firma auch bestrafen.", "drohte"),
        ("en", "The firm said in a statement that the pipes met the standards.", "fr", "L’entreprise s’est retranchée dans un communiqué derrière les normes.", "s’est retranchée dans un communiqué derrière"),
        ("en", "The maker said the fault lay with a supplier.", "de", "Der Hersteller wälzte die Schuld auf einen Zulieferer ab.", "wälzte die Schuld auf einen Zulieferer ab"),
    ],
)
def test_a_euphemism_or_a_charged_label_of_a_second_batch_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The carmaker will recall 12,000 vans over a brake fault.", "de", "Der Autobauer ruft 12.000 Transporter wegen eines Bremsfehlers zurück."),
        ("en", "The carmaker launched a service campaign for 12,000 vans.", "de", "Der Autobauer startet eine Serviceaktion für 12.000 Transporter."),
        ("en", "The airline will cancel 40 of its 200 daily flights.", "it", "La compagnia cancellerà 40 dei suoi 200 voli giornalieri."),
        ("en", "The operator announced a timetable change from May.", "de", "Der Betreiber kündigt eine Fahrplanänderung ab Mai an."),
        ("en", "The court banned the spraying of pesticides near schools.", "fr", "Le tribunal a interdit l’épandage de pesticides près des écoles."),
        ("en", "The court banned toxic pesticides near schools.", "es", "El tribunal prohibió los venenos cerca de las escuelas."),
        ("en", "The regulator warned it might also fine the firm.", "de", "Der Regulierer drohte, er könne die Firma auch bestrafen."),
        ("en", "The maker blamed a supplier for the fault.", "de", "Der Hersteller wälzte die Schuld auf einen Zulieferer ab."),
    ],
)
def test_a_second_batch_renders_quietly(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        ("en", "Members said they would feel let down by the vote.", "de", "Die Mitglieder würden sich durch die Abstimmung verraten fühlen, hieß es.", "sich durch die Abstimmung verraten fühlen"),
        ("en", "Members said they felt let down by the vote.", "de", "Die Mitglieder fühlten sich durch die Abstimmung verraten.", "fühlten sich durch die Abstimmung verraten"),
        ("en", "Members said they felt let down by the vote.", "es", "Los socios se sintieron traicionados por la votación.", "traicionados"),
        ("en", "The spokesman said the firm would look into it.", "de", "Der Sprecher sagte lediglich, die Firma werde die Sache prüfen.", "sagte lediglich"),
        ("en", "The spokesman said the firm would look into it.", "en", "The spokesman only said the firm would look into it.", "only said"),
        ("en", "The cost of the bridge rose to 90 million.", "it", "Il costo del ponte si è impennato a 90 milioni.", "si è impennato"),
    ],
)
def test_the_usual_forms_of_a_concept_are_covered(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # German „verraten“ also means to reveal.
        ("en", "The firm would not say how much it paid.", "de", "Wie viel die Firma zahlte, wollte sie nicht verraten."),
        ("en", "The spokesman said only that the firm would look into it.", "de", "Der Sprecher sagte lediglich, die Firma werde die Sache prüfen."),
        ("en", "The cost of the bridge jumped to 90 million.", "it", "Il costo del ponte si è impennato a 90 milioni."),
    ],
)
def test_the_usual_forms_render_quietly(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []
