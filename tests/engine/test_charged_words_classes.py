"""Classes of dramatising vocabulary in the broad lexicon of charged words (session 17).

Each class is one a style guide names, written in English, French, German, Spanish and
Italian: damage told as a desecration, a refusal told as a wall or a slammed door, people
moved told as parked or shuffled like parcels, decisions told as turned out on a conveyor
belt, a fee told as a toll or a ransom, cuts told as wrecking a public good, a budget told
as strangled or starved, a rule told as a bureaucratic monster. A class word is a loaded
term where the source said it plainly, and stays quiet where the source already said it
(a faithful translation of a charged word is charged itself) or where the word is used in
its literal sense. The sentences are invented; the stand-in encoder calls every pair of
sentences identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words

from diptych.engine.loaded_terms import substitutions

CLASSES = (
    "desecrated",
    "refusal-wall",
    "people-parked",
    "conveyor-belt",
    "fee-as-toll",
    "cuts-as-wrecking",
    "budget-strangled",
    "bureaucratic-monster",
    "banished",
    "quit-threw-in-towel",
)


def test_every_class_has_charged_words_and_renders_in_five_languages():
    by_name = {sub.name: sub for sub in substitutions()}
    for name in CLASSES:
        sub = by_name[name]
        assert sub.broad and sub.qualifier, name
        for lang in ("en", "fr", "de", "es", "it"):
            assert sub.loaded.get(lang) is not None, (name, lang)
            assert sub.renders.get(lang) is not None, (name, lang)


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # Damage to a grave or a memorial told as a desecration.
        ("en", "A war memorial in the square was sprayed with graffiti overnight.", "fr", "Le monument aux morts de la place a été profané dans la nuit.", "profané"),
        ("en", "Several headstones in the village cemetery were knocked over.", "de", "Auf dem Dorffriedhof wurden mehrere Grabsteine geschändet.", "geschändet"),
        ("en", "The chapel door was covered in paint on Saturday.", "es", "La puerta de la capilla fue profanada el sábado.", "profanada"),
        ("en", "Unknown people damaged the monument to the partisans.", "it", "Ignoti hanno sfregiato il monumento ai partigiani.", "sfregiato"),
        ("en", "Graffiti was painted on the memorial wall.", "en", "Vandals desecrated the memorial wall with graffiti.", "desecrated"),
        # A refusal told as a wall or a door slammed.
        ("en", "The ministry rejected the unions' request for talks.", "fr", "Le ministère a opposé une fin de non-recevoir à la demande de discussions des syndicats.", "fin de non-recevoir"),
        ("en", "The council said no to the residents' petition.", "de", "Die Anwohner bissen mit ihrer Petition beim Rat auf Granit.", "auf Granit"),
        ("en", "The company turned down the workers' wage claim.", "es", "Los trabajadores se toparon con un muro en su reclamación salarial.", "se toparon con un muro"),
        ("en", "The region refused the mayors' proposal.", "it", "Muro contro muro tra la regione e i sindaci sulla proposta.", "Muro contro muro"),
        ("en", "The board declined the shareholders' request.", "en", "The board gave the shareholders the brush-off.", "gave the shareholders the brush-off"),
        # People moved told as parked, shuffled or handled like parcels.
        ("en", "The clerks will be offered other posts in the ministry.", "fr", "Les employés seront recasés ailleurs au ministère.", "recasés"),
        ("en", "Patients were moved between three wards in one night.", "fr", "Les patients ont été ballottés d’un service à l’autre en une nuit.", "ballottés"),
        ("en", "The former director was given a post at the embassy.", "de", "Der frühere Direktor wurde an die Botschaft weggelobt.", "weggelobt"),
        ("en", "The pupils were sent to four different schools.", "es", "Los alumnos fueron repartidos como paquetes entre cuatro colegios.", "como paquetes"),
        ("en", "The elderly residents were transferred to another home.", "it", "Gli anziani sono stati sballottati in un'altra struttura.", "sballottati"),
        ("en", "The inspectors were transferred to regional offices.", "en", "The inspectors were shunted off to regional offices.", "inspectors were shunted off"),
        # Fines, permits or rulings told as turned out on a conveyor belt.
        ("en", "Wardens issued 3,000 parking fines last year.", "fr", "Les agents ont distribué à la chaîne 3 000 amendes l’an dernier.", "à la chaîne"),
        ("en", "The police issued many speeding tickets in June.", "de", "Die Polizei verteilte im Juni Strafzettel wie am Fließband.", "wie am Fließband"),
        ("en", "The town hall imposed fines on cyclists in the park.", "es", "El ayuntamiento pone multas como churros a los ciclistas del parque.", "como churros"),
        ("en", "The agency issued fines to delivery drivers.", "it", "L'agenzia ha inflitto multe a raffica ai fattorini.", "a raffica"),
        ("en", "The office approves about 200 permits a week.", "en", "The office churns out about 200 permits a week.", "churns out"),
        # A fee told as a toll, a ransom or a tax on grief.
        ("en", "The village will charge an annual fee of 40 euros for each grave.", "fr", "Le village imposera un véritable péage annuel de 40 euros par tombe.", "véritable péage"),
        ("en", "Relatives must pay a fee to visit the cemetery.", "de", "Angehörige müssen künftig einen Wegezoll für den Friedhof zahlen.", "Wegezoll"),
        ("en", "Visitors will pay a charge of 5 euros to enter the old town.", "es", "Los visitantes pagarán un auténtico peaje de 5 euros para entrar en el casco antiguo.", "auténtico peaje"),
        ("en", "The council introduced a fee for burials.", "it", "Il comune ha introdotto una tassa sul lutto per le sepolture.", "tassa sul lutto"),
        ("en", "Families must pay a fee to keep a plot in the cemetery.", "en", "Families must pay a ransom to keep a plot in the cemetery.", "ransom"),
        # Cuts told as wrecking or a massacre of a public good.
        ("en", "The government will cut 400 posts in hospitals.", "fr", "Le gouvernement poursuit la casse de l’hôpital public avec 400 postes en moins.", "casse de l’hôpital public"),
        ("en", "The new law changes several rules on overtime.", "fr", "La nouvelle loi détricote plusieurs règles sur les heures supplémentaires.", "détricote"),
        ("en", "The state sold its shares in the water company.", "de", "Der Staat hat sein Tafelsilber bei den Wasserwerken verkauft.", "Tafelsilber"),
        ("en", "The reform reduces funding for public schools.", "es", "La reforma desmantela la escuela pública.", "desmantela"),
        ("en", "The plan splits the rail company into three parts.", "it", "Il piano prevede lo spezzatino della compagnia ferroviaria.", "spezzatino"),
        ("en", "The ministry reduced the number of rural post offices.", "en", "The ministry took a wrecking ball to rural post offices.", "wrecking ball"),
        # A budget told as strangled or starved.
        ("en", "The state reduced grants to local councils.", "fr", "L’État asphyxie financièrement les communes.", "asphyxie"),
        ("en", "The ministry stopped its grants to the theatre.", "fr", "Le ministère a coupé les vivres au théâtre.", "coupé les vivres"),
        ("en", "The federal government halted payments to the project.", "de", "Der Bund hat dem Projekt den Geldhahn zugedreht.", "Geldhahn"),
        ("en", "The region ended its subsidies for the festival.", "es", "La región cerró el grifo de las subvenciones al festival.", "cerró el grifo de las subvenciones"),
        ("en", "The government reduced transfers to the municipalities.", "it", "Il governo ha chiuso i rubinetti ai comuni.", "chiuso i rubinetti"),
        ("en", "The libraries received less money this year.", "en", "The libraries were starved of funds this year.", "starved of funds"),
        # A rule told as a bureaucratic monster.
        ("en", "Applicants must fill in a twelve-page form.", "fr", "Les demandeurs affrontent une véritable usine à gaz de douze pages.", "usine à gaz"),
        ("en", "Getting the permit takes several months.", "fr", "Obtenir le permis relève du parcours du combattant.", "parcours du combattant"),
        ("en", "The new reporting rules apply to small firms.", "de", "Das neue Bürokratiemonster trifft kleine Betriebe.", "Bürokratiemonster"),
        ("en", "The subsidy requires several documents.", "es", "La ayuda exige superar una maraña burocrática.", "maraña burocrática"),
        ("en", "The procedure for the licence involves four offices.", "it", "Per la licenza serve un mostro burocratico di quattro uffici.", "mostro burocratico"),
        ("en", "The scheme requires farmers to submit monthly reports.", "en", "The scheme is a box-ticking exercise of monthly reports for farmers.", "box-ticking"),
        # A suspension or an exclusion told as banishment.
        ("en", "The federation suspended two referees for a season.", "fr", "La fédération a mis au ban deux arbitres pour une saison.", "mis au ban"),
        ("en", "The party removed the councillor from its group.", "es", "El partido condenó al ostracismo al concejal de su grupo.", "condenó al ostracismo"),
        ("en", "The club no longer invites the former president to its events.", "it", "Il club tratta come un appestato l'ex presidente.", "come un appestato"),
        ("en", "The academy removed the writer from its list of members.", "de", "Die Akademie behandelt den Schriftsteller wie einen Aussätzigen.", "wie einen Aussätzigen"),
        ("en", "The league suspended the coach for six matches.", "en", "The league made the coach a pariah for six matches.", "pariah"),
        # A departure told as throwing in the towel or quitting in a huff.
        ("en", "The coach resigned after the defeat.", "fr", "L’entraîneur a jeté l’éponge après la défaite.", "a jeté l’éponge"),
        ("en", "The chairman stepped down on Friday.", "de", "Der Vorsitzende hat am Freitag die Brocken hingeworfen.", "die Brocken hingeworfen"),
        ("en", "The director left the festival in March.", "es", "El director tiró la toalla con el festival en marzo.", "tiró la toalla"),
        ("en", "Two councillors left the majority on Tuesday.", "it", "Due consiglieri hanno gettato la spugna martedì.", "hanno gettato la spugna"),
        ("en", "The treasurer resigned after the audit.", "en", "The treasurer quit in disgust after the audit.", "quit in disgust"),
    ],
)
def test_a_class_word_where_the_source_said_it_plainly_is_loaded(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source already desecrates, already slams the door, already parks people.
        ("en", "Vandals desecrated dozens of graves in the Jewish cemetery.", "fr", "Des vandales ont profané des dizaines de tombes du cimetière juif."),
        ("en", "Swastikas were painted on the memorial.", "de", "Das Denkmal wurde mit Hakenkreuzen geschändet."),
        ("en", "The minister flatly rejected the proposal.", "fr", "Le ministre a opposé une fin de non-recevoir catégorique à la proposition."),
        ("en", "The union ran into a brick wall at the ministry.", "es", "El sindicato se topó con un muro en el ministerio."),
        ("en", "Staff say they are shunted from one department to another.", "fr", "Le personnel dit être ballotté d’un service à l’autre."),
        ("en", "The former minister was kicked upstairs to the senate.", "de", "Der frühere Minister wurde in den Senat weggelobt."),
        # A literal use: a television channel, a factory line, a kidnapper's ransom, a toll road.
        ("en", "The minister told the private channel that talks would resume.", "fr", "Le ministre a déclaré à la chaîne privée que les discussions reprendraient."),
        ("en", "The plant's workers assemble cars on the production line.", "fr", "Les ouvriers de l’usine assemblent les voitures à la chaîne."),
        ("en", "The kidnappers demanded a ransom for the hostage.", "fr", "Les ravisseurs ont exigé une rançon pour l’otage."),
        ("en", "Drivers will pay a higher toll on the motorway bridge.", "es", "Los conductores pagarán un peaje más alto en el puente de la autopista."),
        ("en", "The car was parked outside the town hall.", "it", "L'auto era parcheggiata davanti al municipio."),
        ("en", "The chain reaction damaged three buildings.", "es", "La reacción en cadena dañó tres edificios."),
        # Cuts, strangling and red tape the source already named.
        ("en", "Critics said the government was dismantling public healthcare.", "es", "Los críticos dijeron que el gobierno desmantela la sanidad pública."),
        ("en", "Councils say they are being starved of funds.", "de", "Die Kommunen sagen, sie würden finanziell ausgehungert."),
        ("en", "Farmers called the form a bureaucratic nightmare.", "fr", "Les agriculteurs ont qualifié le formulaire de cauchemar administratif."),
        ("en", "Officials admitted the paperwork was heavy.", "fr", "Les responsables ont reconnu que la paperasse était lourde."),
        ("en", "The mayor said the city would turn off the water in the fountains.", "es", "El alcalde dijo que la ciudad cerrará el grifo de las fuentes."),
        # Banishment and a slammed door the source already told.
        ("en", "Former members say they were ostracised by the community.", "fr", "D’anciens membres disent avoir été mis au ban de la communauté."),
        ("en", "The minister walked out in protest at the decision.", "fr", "Le ministre a claqué la porte pour protester contre la décision."),
        ("en", "The striker said he had given up on the national team.", "de", "Der Stürmer sagte, er habe bei der Nationalmannschaft das Handtuch geworfen."),
        ("en", "The director slammed the door as she left the meeting.", "it", "La direttrice ha sbattuto la porta uscendo dalla riunione."),
        ("en", "The delegation threatened to walk out of the talks.", "es", "La delegación amenazó con dar un portazo en las negociaciones."),
    ],
)
def test_a_class_word_the_source_already_said_or_used_literally_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []
