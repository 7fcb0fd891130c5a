"""Classes of loaded words a wire-service style guide names, in every language of the lexicon.

Blind rewrites of court, prison, business and labour stories brought words no earlier
article used, each one of a class a style guide warns against:
(a) a crime dramatised by an intensifier the source did not use (a brutal killing, « un
meurtre sauvage », „kaltblütig ermordet“, « un brutal asesinato », « un efferato omicidio »);
(b) money labelled by who pays for it (a taxpayer-funded payout, « aux frais du
contribuable », „auf Kosten der Steuerzahler“) or called a handout;
(c) a quashed conviction told as a name cleared (« a blanchi », "exonerated", „reingewaschen“);
(d) what a party said it did told as an act it was forced into (« a dû rouvrir », "was forced to",
„sah sich gezwungen“, « tuvo que », « ha dovuto »);
(e) people held or housed said to be crammed or packed in (« entassés », „gepfercht“);
(f) inmates or prisoners labelled offenders, criminals, « délinquants », „Kriminelle“;
(g) verbs of saying that denounce, allege or hammer home where the source said;
(h) a step announced told as a spectre brandished (« a agité le spectre »);
(i) a cut told as an amputation (not in French, where « amputer » is the ordinary verb); job cuts called a rationalisation;
(j) a company called ailing or struggling (« mal en point », „angeschlagen“).
Each stays quiet where the source's passage has a word it renders (« a dû » for "had to",
"brutal" for "brutal", « blanchi » for "cleared"), and where the word has its literal sense
(dairy cows, a market share won). The sentences are our own; the stand-in encoder calls every
pair of sentences identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # (a) A crime dramatised.
        ("en", "He was jailed in 2004 for killing a taxi driver.", "en",
         "He was jailed in 2004 for the brutal killing of a taxi driver.", "brutal killing"),
        ("en", "The farmer was murdered in his barn.", "en",
         "The farmer was savagely murdered in his barn.", "savagely murdered"),
        ("en", "Two men were charged with the murder of a pensioner.", "en",
         "Two men were charged with the cold-blooded murder of a pensioner.", "cold-blooded murder"),
        ("en", "The baker was killed in 1998.", "fr", "Le boulanger a été sauvagement assassiné en 1998.", "sauvagement assassiné"),
        ("en", "He was convicted of the murder of a nurse.", "fr",
         "Il avait été condamné pour le meurtre atroce d’une infirmière.", "meurtre atroce"),
        ("en", "The guard was killed during the robbery.", "de",
         "Der Wächter wurde bei dem Überfall kaltblütig ermordet.", "kaltblütig"),
        ("en", "He was jailed for the killing of a cyclist.", "es",
         "Fue encarcelado por el brutal asesinato de un ciclista.", "brutal asesinato"),
        ("en", "He was jailed for the murder of a shopkeeper.", "it",
         "Fu condannato per l’efferato omicidio di un negoziante.", "efferato omicidio"),
        # (b) Money labelled by who pays.
        ("en", "He will seek compensation of about 2 million euros.", "en",
         "He will seek a taxpayer-funded payout of about 2 million euros.", "taxpayer-funded"),
        ("en", "The council gave the club a grant of 40,000 pounds.", "en",
         "The council gave the club a handout of 40,000 pounds.", "handout"),
        ("en", "He will receive compensation of 1 million euros.", "fr",
         "Il touchera aux frais du contribuable une indemnité d’un million d’euros.", "aux frais du contribuable"),
        ("en", "The state will pay the firm 3 million euros.", "de",
         "Auf Kosten der Steuerzahler erhält die Firma 3 Millionen Euro.", "Auf Kosten der Steuerzahler"),
        ("en", "The ministry will pay the families 500,000 euros.", "es",
         "El ministerio pagará a costa del contribuyente 500.000 euros a las familias.", "a costa del contribuyente"),
        ("en", "The region paid the airline 4 million euros.", "it",
         "La regione ha versato alla compagnia 4 milioni di euro a spese dei contribuenti.", "a spese dei contribuenti"),
        # (c) A quashed conviction told as a name cleared.
        ("en", "The appeal court quashed the conviction of Ann Kerr.", "fr",
         "La cour d’appel a blanchi Ann Kerr.", "a blanchi"),
        ("en", "Judges quashed the conviction of the nurse on Monday.", "en",
         "Judges exonerated the nurse on Monday.", "exonerated"),
        ("en", "The court overturned his conviction.", "de", "Das Gericht hat ihn reingewaschen.", "reingewaschen"),
        ("en", "The court overturned the conviction of the mayor.", "es",
         "El tribunal limpió el nombre del alcalde.", "limpió el nombre"),
        ("en", "The court overturned the conviction of the mayor.", "it",
         "La corte ha riabilitato il sindaco.", "ha riabilitato"),
        # (d) A plain act told as forced.
        ("en", "The police said they had reopened the inquiry.", "fr",
         "La police a dû rouvrir l’enquête.", "a dû rouvrir"),
        ("en", "The council said it had withdrawn the plan.", "en", "The council was forced to withdraw the plan.", "was forced to"),
        ("en", "The airline said it had cancelled 40 flights.", "de",
         "Die Fluggesellschaft sah sich gezwungen, 40 Flüge zu streichen.", "sah sich gezwungen"),
        ("en", "The club said it had withdrawn the plan.", "es", "El club tuvo que dar marcha atrás y retirar el plan.",
         "tuvo que dar marcha atrás"),
        ("en", "The company said it would recall 3,000 heaters.", "it", "L’azienda ha dovuto richiamare 3.000 stufe.", "ha dovuto richiamare"),
        # (e) People held or housed crammed in.
        ("en", "The centre was holding 300 migrants in tents built for 120.", "en",
         "The centre was cramming 300 migrants into tents built for 120.", "cramming"),
        ("en", "The jail held 90 men in cells built for 40.", "fr",
         "La prison entassait 90 hommes dans des cellules prévues pour 40.", "entassait"),
        ("en", "The camp housed 2,000 people.", "de", "In dem Lager wurden 2000 Menschen zusammengepfercht.", "zusammengepfercht"),
        ("en", "The ship carried 400 passengers.", "es", "El barco apiñaba a 400 pasajeros.", "apiñaba"),
        ("en", "The centre held 150 asylum seekers.", "it", "Il centro ammassava 150 richiedenti asilo.", "ammassava"),
        # (f) Inmates labelled.
        ("en", "The prison holds 600 inmates.", "fr", "La prison compte 600 délinquants.", "délinquants"),
        ("en", "The prison holds 600 inmates.", "en", "The prison holds 600 offenders.", "offenders"),
        ("en", "Forty prisoners were moved to Antwerp.", "de", "Vierzig Kriminelle wurden nach Antwerpen verlegt.", "Kriminelle"),
        ("en", "The jail holds 300 prisoners.", "es", "La cárcel alberga a 300 delincuentes.", "delincuentes"),
        ("en", "The jail holds 300 inmates.", "it", "Il carcere ospita 300 delinquenti.", "delinquenti"),
        # (g) Verbs of saying that denounce, allege or hammer home.
        ("en", "The museum said on Friday that the drawing was a fake.", "it",
         "Il museo ha denunciato venerdì che il disegno era un falso.", "ha denunciato"),
        ("en", "The museum said on Friday that the drawing was a fake.", "es",
         "El museo denunció el viernes que el dibujo era falso.", "denunció"),
        ("en", "The museum said on Friday that the drawing was a fake.", "fr",
         "Le musée a dénoncé vendredi un faux.", "a dénoncé"),
        ("en", "The minister said the region had to save money.", "es",
         "La ministra alegó que la región tenía que ahorrar.", "alegó"),
        ("en", "\"Most riders will earn more,\" said the company's manager.", "fr",
         "« La plupart des livreurs gagneront plus », a martelé le directeur de l’entreprise.", "a martelé"),
        ("en", "\"Most riders will earn more,\" said the company's manager.", "es",
         "«La mayoría de los repartidores ganará más», machacó el gerente de la empresa.", "machacó"),
        # (h) A step announced told as a spectre brandished.
        ("en", "The union said it would go to court.", "it",
         "Il sindacato ha agitato lo spettro di un ricorso in tribunale.", "ha agitato lo spettro"),
        ("en", "The union said it would go to court.", "fr",
         "Le syndicat a agité le spectre d’un recours en justice.", "a agité le spectre"),
        ("en", "The union said it would strike.", "en", "The union raised the spectre of a strike.", "raised the spectre"),
        ("en", "The union said it would strike.", "es", "El sindicato agitó el fantasma de una huelga.", "agitó el fantasma"),
        ("en", "The union said it would strike.", "de",
         "Die Gewerkschaft beschwor das Schreckgespenst eines Streiks.", "beschwor das Schreckgespenst"),
        # (i) A cut told as an amputation; job cuts rationalised.
        ("en", "The province reduced its grant by 2 million euros.", "es",
         "La provincia le amputó 2 millones de euros de su subvención.", "amputó"),
        ("en", "The state cut the theatre's budget by a fifth.", "it",
         "Lo Stato ha amputato di un quinto il bilancio del teatro.", "amputato"),
        ("en", "The broadcaster will cut 38 of its 142 jobs.", "it",
         "L’emittente razionalizzerà 38 dei suoi 142 posti di lavoro.", "razionalizzerà"),
        ("en", "The bank said it would cut 120 of its 900 jobs.", "en",
         "The bank said it would streamline 120 of its 900 jobs.", "streamline"),
        # (j) A company called ailing.
        ("en", "The group bought a family-owned Dutch chain.", "de",
         "Die Gruppe kaufte eine angeschlagene niederländische Kette in Familienbesitz.", "angeschlagene"),
        ("en", "The group bought a family-owned Dutch chain.", "en",
         "The group bought an ailing family-owned Dutch chain.", "ailing"),
        ("en", "The group bought a family-owned Dutch chain.", "fr",
         "Le groupe a racheté une chaîne néerlandaise mal en point.", "mal en point"),
        ("en", "The group bought a family-owned Dutch chain.", "es",
         "El grupo compró una cadena neerlandesa en apuros.", "en apuros"),
        ("en", "The group bought a family-owned Dutch chain.", "it",
         "Il gruppo ha comprato una catena olandese in affanno.", "in affanno"),
    ],
)
def test_a_word_of_the_class_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own word, rendered.
        ("en", "He was jailed for the brutal killing of a taxi driver.", "fr",
         "Il a été condamné pour le meurtre brutal d’un chauffeur de taxi."),
        ("en", "The man was shot dead in a cold-blooded attack.", "de", "Der Mann wurde kaltblütig erschossen."),
        ("en", "The payout will be funded by taxpayers.", "fr", "L’indemnité sera payée par le contribuable."),
        ("en", "The court cleared him of the murder.", "fr", "Le tribunal l’a blanchi du meurtre."),
        ("en", "He was acquitted in 2011.", "es", "Fue exonerado en 2011."),
        ("en", "The police had to reopen the inquiry.", "fr", "La police a dû rouvrir l’enquête."),
        ("en", "The airline was forced to cancel 40 flights.", "de", "Die Fluggesellschaft sah sich gezwungen, 40 Flüge zu streichen."),
        ("en", "The strike had left 40 ships waiting offshore.", "de", "Wegen des Streiks mussten 40 Schiffe vor der Küste warten."),
        ("en", "The club needed to sell its stadium.", "es", "El club tuvo que vender su estadio."),
        ("en", "The company was obliged to recall the heaters.", "it", "L’azienda ha dovuto richiamare le stufe."),
        ("en", "He must have left before midnight, the police said.", "fr", "Il a dû partir avant minuit, a déclaré la police."),
        ("en", "The plane aborted its take-off after a truck crossed the runway, the agency said.", "fr",
         "L’avion a dû interrompre son décollage après qu’un camion a traversé la piste, a indiqué l’agence."),
        ("en", "Parents improvised childcare in libraries, she said.", "fr", "Les parents ont dû improviser des gardes dans les bibliothèques."),
        ("en", "The club said it had sold its stadium.", "es", "El club tuvo que vender su estadio."),
        ("en", "Rescuers were called out 200 times, according to the police.", "es",
         "Los rescatistas tuvieron que salir 200 veces, según la policía."),
        ("en", "The centre was overcrowded, with 300 migrants in tents.", "fr",
         "Le centre était surpeuplé : 300 migrants y étaient entassés sous des tentes."),
        ("en", "The prison holds 600 offenders.", "fr", "La prison compte 600 délinquants."),
        ("en", "The police arrested 12 criminals.", "de", "Die Polizei nahm 12 Kriminelle fest."),
        ("en", "The museum denounced the sale on Friday.", "it", "Il museo ha denunciato venerdì la vendita."),
        ("en", "The family reported the theft to the police, she said.", "es", "La familia denunció el robo a la policía, dijo."),
        ("en", "The lawyer argued that the evidence was weak.", "es", "El abogado alegó que las pruebas eran débiles."),
        ("en", "\"Most riders will earn more,\" the manager repeated.", "fr",
         "« La plupart des livreurs gagneront plus », a martelé le directeur."),
        ("en", "The union raised the spectre of a strike.", "it", "Il sindacato ha agitato lo spettro di uno sciopero."),
        ("en", "The cut will amputate a fifth of the budget, the union said.", "fr",
         "La coupe amputera d’un cinquième le budget, a déclaré le syndicat."),
        ("en", "The surgeons amputated his leg.", "es", "Los cirujanos le amputaron la pierna."),
        ("en", "The new formula cuts their pay by a fifth.", "fr", "La nouvelle formule ampute leur paie d’un cinquième."),
        ("en", "The group bought an ailing Dutch chain.", "de", "Die Gruppe kaufte eine angeschlagene niederländische Kette."),
        ("en", "The group bought a struggling Dutch chain.", "fr", "Le groupe a racheté une chaîne néerlandaise en difficulté."),
        # A literal or ordinary sense.
        ("en", "A dairy farmer near the town said he would miss the show.", "es",
         "Un ganadero de vacas lecheras cerca de la ciudad dijo que echará de menos el programa."),
        ("en", "Discount chains have won a third of the market.", "fr",
         "Les enseignes de hard discount se sont adjugé un tiers du marché."),
        ("en", "The family turned down an offer from a French group.", "fr",
         "La famille avait éconduit un groupe français."),
        ("en", "Riders say the formula cuts their pay by a fifth.", "de",
         "Die Formel kürzt ihre Bezahlung angeblich um ein Fünftel."),
    ],
)
def test_a_rendering_or_an_ordinary_use_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # Other persons, tenses and word orders of the same classes.
        ("en", "The union said the plan was unfair.", "it", "I sindacati hanno denunciato che il piano è ingiusto.", "hanno denunciato"),
        ("en", "The union said the plan was unfair.", "es", "Los sindicatos denuncian que el plan es injusto.", "denuncian"),
        ("en", "The unions said the plan was unfair.", "fr", "Les syndicats dénoncent un plan injuste.", "dénoncent"),
        ("en", "\"We will win,\" the leaders said.", "fr", "« Nous gagnerons », ont martelé les dirigeants.", "ont martelé"),
        ("en", "The leaders said they would win.", "es", "Los dirigentes machacaron que ganarían.", "machacaron"),
        ("en", "The jail held 400 people.", "fr", "400 personnes sont entassées dans la prison.", "entassées"),
        ("en", "The man was killed on Sunday.", "en", "The man was brutally murdered on Sunday.", "brutally murdered"),
        ("en", "The court quashed the conviction of Ann Kerr.", "fr", "La cour l’a blanchie.", "l’a blanchie"),
        ("en", "The company said it would refund customers.", "fr", "L’entreprise a dû rembourser ses clients.", "a dû rembourser"),
        ("en", "The minister said he would resign.", "es", "El ministro tuvo que dimitir.", "tuvo que dimitir"),
        ("en", "The region cut its grant.", "de", "Die Region hat den Zuschuss amputiert.", "amputiert"),
        ("en", "The council bought a Belgian chain.", "it", "Il comune ha comprato una catena belga traballante.", "traballante"),
        ("de", "Der Sender streicht 38 seiner 142 Stellen.", "it", "L’emittente razionalizzerà 38 dei suoi 142 posti.", "razionalizzerà"),
        ("es", "La emisora suprimirá 38 de sus 142 empleos.", "fr", "La chaîne va rationaliser 38 de ses 142 postes.", "rationaliser"),
        # Literal senses.
        ("en", "Her hair had turned white.", "fr", "Ses cheveux avaient blanchi.", None),
        ("en", "The walls were painted white.", "fr", "Les murs ont été blanchis à la chaux.", None),
        ("en", "The blacksmith shapes the iron.", "fr", "Le forgeron martèle le fer.", None),
        ("en", "\"We will win,\" the leaders said.", "fr", "« Nous gagnerons », martèlent les dirigeants.", None),
        ("en", "Hospitals are struggling to cope.", "en", "Hospitals are struggling to cope.", None),
        ("en", "The state treats the club as a cash cow.", "es", "El Estado trata al club como una vaca lechera.", None),
    ],
)
def test_every_usual_form_of_a_class_is_covered(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == ([word] if word else [])


def test_a_denial_hammered_home_is_still_a_verb_that_judges():
    # A source that denied something and then said its piece did not insist on it.
    assert charged_words(
        "en",
        "The director denied any wrongdoing. \"Every cent went to the team,\" he said in a statement.",
        "fr",
        "Le directeur a nié toute faute. « Chaque centime est allé à l’équipe », a-t-il martelé dans un communiqué.",
    ) == ["a-t-il martelé"]


@pytest.mark.parametrize(
    "derivative, word",
    [
        ("The nurses had grumbled about the rota for months.", "grumbled"),
        ("The nurses had whined about the rota for months.", "whined"),
    ],
)
def test_a_complaint_told_as_grumbling_is_reported(derivative, word):
    # "complained" is the source's plain report of a grievance; grumbling and whining mock it.
    assert charged_words("en", "The nurses had complained about the rota for months, the union said.", "en", derivative) == [word]
