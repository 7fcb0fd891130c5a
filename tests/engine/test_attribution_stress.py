"""Attribution on rewrites worded unlike our corpus: a stress set of short pairs.

Each changed pair credits someone else (another body, another kind of body, an unnamed
source for an official one or the reverse, a credited outlet dropped, a claim left
without its source); each faithful pair renders the same source in other words or in
another language. All sentences are our own, about invented events.
"""

import pytest

from diptych.engine.attribution import credited_outlet, find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def read(text: str, language: str):
    return [(s.phrase.text, s.anonymous) for s in find_sources(span(text), language) if not s.pronoun]


def only_source(text: str, language: str):
    (source,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return source


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # An anonymity clause right after the verb, without a comma.
        ("en", "The army moved two brigades, an official said on condition of anonymity.", ("an official", True)),
        ("fr", "L'armée a déplacé deux brigades, a affirmé sous couvert d'anonymat un responsable.", None),
        ("en", "The ministry said the anonymous letter was a forgery.", ("The ministry", False)),
        ("en", "An official at the port said the ferry would not sail.", ("An official at the port", True)),
        ("de", "Laut Insidern hatte der Fahrer getrunken.", ("Insidern", True)),
        # Unnamed sources worded as the press words them.
        ("en", "The bank will cut 900 jobs, people briefed on the plans said.", ("people briefed on the plans", True)),
        ("fr", "La banque supprimera 900 emplois, selon un haut fonctionnaire.", ("un haut fonctionnaire", True)),
        ("fr", "Le conducteur a pris la fuite, a-t-on appris de source policière.", ("source policière", True)),
        ("de", "Nach Informationen aus Unternehmenskreisen streicht die Bank 900 Stellen.", ("Unternehmenskreisen", True)),
        # A verb after the preposition: its subject is the source.
        ("es", "El conductor huyó, según informó la policía.", ("la policía", False)),
        ("fr", "La préfecture a fait état de 40 blessés.", ("La préfecture", False)),
        # The agent of a passive verb of saying is the source...
        ("en", "The closure of the plant was announced by the ministry on Monday.", ("the ministry", False)),
        ("fr", "La fermeture de l'usine a été annoncée lundi par le syndicat.", ("le syndicat", False)),
        ("es", "El cierre fue anunciado por el Ministerio de Trabajo el lunes.", ("el Ministerio de Trabajo", False)),
        # ... and an attribution that opens the sentence is not part of the next speaker.
        ("en", "Citing police, the newspaper said twelve people were hurt.", ("the newspaper", False)),
        ("en", "Citing police, the newspaper said twelve people were hurt.", ("police", False)),
    ],
)
def test_sources_worded_unlike_the_usual_ones_are_read(language, text, expected):
    found = read(text, language)
    if expected is None:
        assert any(anonymous for _, anonymous in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    "language, text",
    [
        # The agent of a passive verb that is not one of saying acts, it does not speak.
        ("en", "The strike was called by the union after talks failed."),
        # "sources" that are no one's.
        ("fr", "Il s'agit de sources d'énergie renouvelables."),
    ],
)
def test_words_that_look_like_an_attribution_credit_nobody(language, text):
    assert read(text, language) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, similarity, changed",
    [
        # People who speak for no body, for a body or the reverse, however alike the phrases.
        ("en", "Critics of the transport minister said the line was late.", "en", "The transport minister said the line was late.", 0.8, True),
        ("en", "The minister's critics said the line was late.", "en", "The minister said the line was late.", 0.8, True),
        ("en", "The regional water board said the dam leaked.", "en", "Residents of the valley said the dam leaked.", 0.4, True),
        ("en", "According to the Lakeside Planning Office, rents rose.", "en", "According to private housing consultants, rents rose.", 0.4, True),
        ("en", "The interior ministry said 30,000 people marched.", "es", "Los organizadores dijeron que 30.000 personas marcharon.", 0.3, True),
        ("en", "Local farmers said the river was polluted.", "en", "The farmers' union said the river was polluted.", 0.6, True),
        # ... but the same people, or a body of theirs, in other words.
        ("en", "Residents said the river was polluted.", "fr", "Les riverains ont indiqué que la rivière était polluée.", 0.5, False),
        ("en", "The residents' association said the river was polluted.", "fr", "L'association des riverains a indiqué que la rivière était polluée.", 0.8, False),
        ("en", "Critics of the minister said the reform was rushed.", "fr", "Les détracteurs du ministre ont estimé que la réforme était précipitée.", 0.7, False),
        # A single name after the words that open the attribution is a named source.
        ("en", "According to Reuters, the refinery will close.", "en", "According to local media, the refinery will close.", 0.5, True),
        ("en", "According to Reuters, the refinery will close.", "fr", "Selon Reuters, la raffinerie fermera.", 0.9, False),
        # A name cut from the source's phrase leaves it unnamed; a body referred back to does not.
        ("en", "According to a study by the Nordic Ice Institute, the glacier shrank.", "en", "According to a study, the glacier shrank.", 0.6, True),
        ("en", "According to the Ministry of Health, 40 cases were found.", "en", "According to the ministry, 40 cases were found.", 0.6, False),
        # An outlet is referred back to as one.
        ("en", "The factory will close, the regional paper Nordkurier reported.", "fr", "L'usine fermera, a indiqué la direction.", 0.3, True),
        ("en", "The factory will close, the regional paper Nordkurier reported.", "fr", "L'usine fermera, selon le quotidien.", 0.5, False),
    ],
)
def test_who_a_source_speaks_for_is_compared(o_lang, original, d_lang, derivative, similarity, changed):
    why = source_change(only_source(original, o_lang), only_source(derivative, d_lang), similarity)
    assert (why is not None) is changed, why


@pytest.mark.parametrize(
    "language, text, outlet",
    [
        ("en", "The mayor told the BBC that the barriers had held.", "BBC"),
        ("en", "The barriers held, the mayor told the Herald Tribune on Tuesday.", "Herald Tribune"),
        ("fr", "Le maire a déclaré à la BBC que les digues avaient tenu.", "BBC"),
        ("fr", "Les digues ont tenu, a déclaré le maire au quotidien Le Soir.", "Soir"),
        ("es", "El alcalde dijo a EFE que los diques resistieron.", "EFE"),
        # An audience is not the press.
        ("en", "The minister told Parliament that the budget was balanced.", None),
        ("en", "The minister told the UN Security Council that troops would stay.", None),
        ("en", "The mayor told reporters that the barriers had held.", None),
    ],
)
def test_the_outlet_a_source_spoke_to_is_read(language, text, outlet):
    found = [credited_outlet(s, span(text)) for s in find_sources(span(text), language)]
    assert [n.span.text for n in found if n is not None][:1] == ([outlet] if outlet else [])

CHANGED = [
    # A named source swapped for another of another kind.
    ("en", "The interior ministry said three suspects were arrested near the border on Sunday.",
     "en", "The police said three suspects were arrested near the border on Sunday."),
    ("en", "According to Reuters, the refinery will shut two of its units next month.",
     "en", "According to local media, the refinery will shut two of its units next month."),
    ("en", "The appeals court said the contract signed in 2019 was void.",
     "en", "The government said the contract signed in 2019 was void."),
    ("en", "The appeals court said the contract signed in 2019 was void.",
     "fr", "Le gouvernement a affirmé que le contrat signé en 2019 était nul."),
    pytest.param("en", "Unemployment rose to 7.4% in May, the statistics office said.",
     "en", "Unemployment rose to 7.4% in May, a union leader said.",
                 marks=pytest.mark.xfail(strict=True, reason="a body named by a generic word for one person of another body")),
    ("en", "The dam was never inspected after the 2017 floods, according to the regional water board.",
     "en", "The dam was never inspected after the 2017 floods, according to residents of the valley."),
    ("en", "Fares will rise by 12% in January, the rail operator said on Thursday.",
     "fr", "Les tarifs augmenteront de 12 % en janvier, a indiqué jeudi le ministère des Transports."),
    # An official source replaced by anonymous ones.
    ("en", "The health ministry said 14 patients had been moved to other hospitals.",
     "en", "Sources said 14 patients had been moved to other hospitals."),
    ("en", "The prosecutor's office said the suspect had confessed during questioning.",
     "fr", "Le suspect a avoué pendant son interrogatoire, selon une source proche du dossier."),
    ("en", "The state prosecutor said the driver had been drinking before the crash.",
     "de", "Laut Insidern hatte der Fahrer vor dem Unfall getrunken."),
    ("en", "The defence ministry said two drones were shot down over the harbour.",
     "es", "Según fuentes anónimas, dos drones fueron derribados sobre el puerto."),
    ("en", "The city council said the stadium would be demolished in the autumn.",
     "en", "A source close to the council said the stadium would be demolished in the autumn."),
    pytest.param("en", "According to the national exam board, 8,000 pupils will resit the test.",
     "en", "According to private tutoring agencies, 8,000 pupils will resit the test.",
                 marks=pytest.mark.xfail(strict=True, reason='two bodies named by generic words (board, agencies): public and private are not told apart')),
    ("en", "The tournament will be moved to Porto, according to the European Handball Federation.",
     "en", "The tournament will be moved to Porto, according to sports bloggers."),
    # An anonymous source upgraded to an official one.
    ("en", "A person familiar with the talks said the merger would be announced on Friday.",
     "en", "The company said the merger would be announced on Friday."),
    ("en", "The army moved two brigades to the north, an official said on condition of anonymity.",
     "fr", "L'armée a déplacé deux brigades vers le nord, a annoncé le ministère de la Défense."),
    ("en", "Two people with knowledge of the matter said the bank would cut 900 jobs.",
     "de", "Die Bank werde 900 Stellen streichen, teilte die Bank mit."),
    # The source dropped: the claim stands as fact.
    ("en", "The bridge will stay closed until March, according to the regional transport authority.",
     "en", "The bridge will stay closed until March."),
    ("en", "The bridge will stay closed until March, according to the regional transport authority.",
     "fr", "Le pont restera fermé jusqu'en mars."),
    ("en", "According to the coast guard, the trawler sank within ten minutes.",
     "en", "The trawler sank within ten minutes."),
    ("en", "The new reactor will cost twice the original estimate, the energy regulator said.",
     "es", "El nuevo reactor costará el doble de lo previsto inicialmente."),
    ("en", "Citing hospital officials, the agency said 23 people were injured in the blast.",
     "en", "Twenty-three people were injured in the blast."),
    # A credited outlet dropped.
    ("en", "The mayor told the BBC that the flood barriers had held through the night.",
     "en", "The mayor said that the flood barriers had held through the night."),
    ("en", "The flood barriers held through the night, the mayor told Reuters.",
     "fr", "Les digues ont tenu toute la nuit, a déclaré le maire."),
    ("en", "The factory will close by the end of the year, the regional paper Nordkurier reported.",
     "fr", "L'usine fermera d'ici la fin de l'année, a indiqué la direction."),
    # Who speaks changed by the words around the name.
    ("en", "The transport minister said the new line would halve journey times.",
     "en", "Critics of the transport minister said the new line would halve journey times."),
    # Passive attributions.
    ("en", "The closure of the plant was announced by the ministry on Monday.",
     "en", "The closure of the plant was announced by the union on Monday."),
    ("en", "The closure of the plant was announced by the ministry on Monday.",
     "fr", "La fermeture de l'usine a été annoncée lundi par le syndicat."),
    # Sentence-initial attributions.
    ("en", "Citing police, the newspaper said twelve people were hurt.",
     "en", "Citing witnesses, the newspaper said twelve people were hurt."),
    ("en", "According to the airport operator, 40 flights were cancelled.",
     "fr", "D'après des passagers, 40 vols ont été annulés."),
    ("en", "According to the interior ministry, the protest drew 30,000 people.",
     "fr", "Selon les organisateurs, la manifestation a réuni 30 000 personnes."),
    pytest.param("en", "According to the interior ministry, the protest drew 30,000 people.",
     "de", "Laut den Veranstaltern kamen 30.000 Menschen zu der Kundgebung.",
                 marks=pytest.mark.xfail(strict=True, reason='the encoder scores the two sentences too far apart (0.57) to compare their sources')),
    ("en", "According to the interior ministry, the protest drew 30,000 people.",
     "es", "Según los organizadores, la protesta reunió a 30.000 personas."),
    ("en", "According to the weather service, the storm will reach the coast on Friday.",
     "en", "According to farmers in the region, the storm will reach the coast on Friday."),
    ("en", "The driver fled the scene before dawn, police said.",
     "fr", "Le conducteur a pris la fuite avant l'aube, a-t-on appris de source proche de l'enquête."),
    # A name cut from the source's phrase.
    ("en", "According to a study by the Nordic Ice Institute, the glacier lost a third of its mass.",
     "en", "According to a study, the glacier lost a third of its mass."),
    # People who speak for nobody given as a body, or the reverse.
    ("en", "Witnesses said the ferry listed sharply before it hit the pier.",
     "en", "The port authority said the ferry listed sharply before it hit the pier."),
    ("en", "The transport minister said the new line would halve journey times.",
     "fr", "Selon les détracteurs du ministre des Transports, la nouvelle ligne réduira de moitié les temps de trajet."),
    # A country's officials are not a source close to the case.
    ("en", "Latvian officials have said the barge was carrying scrap metal to a smelter.",
     "fr", "Selon une source proche du dossier, la barge transportait de la ferraille vers une fonderie."),
]

FAITHFUL = [
    ("en", "The Interior Ministry said three suspects were arrested near the border on Sunday.",
     "fr", "Le ministère de l'Intérieur a indiqué que trois suspects avaient été arrêtés près de la frontière dimanche."),
    ("en", "Police said the road would reopen on Tuesday.",
     "fr", "La route rouvrira mardi, a indiqué la police."),
    ("en", "The company said the merger would be announced on Friday.",
     "fr", "La fusion sera annoncée vendredi, a déclaré l'entreprise."),
    ("en", "According to Reuters, the refinery will shut two of its units next month.",
     "fr", "Selon Reuters, la raffinerie fermera deux de ses unités le mois prochain."),
    ("en", "According to Reuters, the refinery will shut two of its units next month.",
     "de", "Laut Reuters wird die Raffinerie im nächsten Monat zwei ihrer Anlagen schließen."),
    ("en", "According to Reuters, the refinery will shut two of its units next month.",
     "es", "Según Reuters, la refinería cerrará dos de sus unidades el mes próximo."),
    ("en", "The appeals court said the contract signed in 2019 was void.",
     "fr", "La cour d'appel a estimé que le contrat signé en 2019 était nul."),
    ("en", "The health ministry said 14 patients had been moved to other hospitals.",
     "en", "Fourteen patients have been transferred to other hospitals, the health ministry said."),
    ("en", "A person familiar with the talks said the merger would be announced on Friday.",
     "fr", "Une source proche des négociations a indiqué que la fusion serait annoncée vendredi."),
    ("en", "The army moved two brigades to the north, an official said on condition of anonymity.",
     "de", "Die Armee habe zwei Brigaden nach Norden verlegt, sagte ein Beamter, der nicht genannt werden wollte."),
    ("en", "The bridge will stay closed until March, according to the regional transport authority.",
     "fr", "Le pont restera fermé jusqu'en mars, selon l'autorité régionale des transports."),
    ("en", "Unemployment rose to 7.4% in May, the statistics office said.",
     "es", "El desempleo subió al 7,4 % en mayo, según la oficina de estadística."),
    ("en", "The closure of the plant was announced by the ministry on Monday.",
     "fr", "La fermeture de l'usine a été annoncée lundi par le ministère."),
    ("en", "The closure of the plant was announced by the ministry on Monday.",
     "en", "The ministry announced the closure of the plant on Monday."),
    ("en", "Citing police, the newspaper said twelve people were hurt.",
     "fr", "Citant la police, le journal a indiqué que douze personnes avaient été blessées."),
    ("en", "The mayor told reporters that the flood barriers had held through the night.",
     "fr", "Les digues ont tenu toute la nuit, a déclaré le maire aux journalistes."),
    ("en", "The mayor told the BBC that the flood barriers had held through the night.",
     "fr", "Le maire a déclaré à la BBC que les digues avaient tenu toute la nuit."),
    ("en", "The flood barriers held through the night, the mayor told Reuters.",
     "es", "Los diques resistieron toda la noche, dijo el alcalde a Reuters."),
    ("en", "Maria Lindqvist, the head of the port authority, said the strike had cost millions.",
     "en", "The strike had cost millions, said Maria Lindqvist, who heads the port authority."),
    ("en", "Maria Lindqvist, the head of the port authority, said the strike had cost millions. She added that talks would resume.",
     "fr", "La grève a coûté des millions, a déclaré Maria Lindqvist, qui dirige l'autorité portuaire. Les négociations reprendront, a-t-elle ajouté."),
    ("en", "According to the interior ministry, the protest drew 30,000 people.",
     "de", "Nach Angaben des Innenministeriums kamen 30.000 Menschen zu der Kundgebung."),
    ("en", "According to the interior ministry, the protest drew 30,000 people.",
     "es", "Según el Ministerio del Interior, la protesta reunió a 30.000 personas."),
    ("en", "The national exam board said 8,000 pupils would resit the test.",
     "en", "Some 8,000 pupils will have to sit the test again, the national examinations board said."),
    ("en", "Fares will rise by 12% in January, the rail operator said on Thursday.",
     "fr", "Les tarifs augmenteront de 12 % en janvier, a indiqué jeudi l'opérateur ferroviaire."),
    ("en", "The weather service said the storm would reach the coast on Friday.",
     "de", "Der Sturm werde am Freitag die Küste erreichen, teilte der Wetterdienst mit."),
    ("en", "The regional government said the limits would start on Monday.",
     "en", "The limits will take effect on Monday, regional authorities said."),
    ("en", "The driver fled the scene before dawn, police said.",
     "es", "El conductor huyó del lugar antes del amanecer, según informó la policía."),
    ("en", "The driver fled the scene before dawn, police said.",
     "fr", "Le conducteur a pris la fuite avant l'aube, a-t-on appris auprès de la police."),
    ("en", "Residents of the valley said the dam had been leaking for weeks.",
     "fr", "Des habitants de la vallée ont affirmé que le barrage fuyait depuis des semaines."),
    ("en", "Critics of the minister said the reform would close rural schools.",
     "fr", "Les détracteurs du ministre ont estimé que la réforme fermerait des écoles rurales."),
    ("en", "The residents' association said the river had been polluted since May.",
     "fr", "L'association des riverains a indiqué que la rivière était polluée depuis mai."),
    ("en", "Organisers said 30,000 people joined the march.",
     "de", "Nach Angaben der Veranstalter nahmen 30.000 Menschen an dem Marsch teil."),
    ("en", "Passengers said the ferry listed sharply before it hit the pier.",
     "es", "Según los pasajeros, el ferry se escoró bruscamente antes de chocar contra el muelle."),
    ("en", "According to the weather service, the storm will reach the coast on Friday.",
     "fr", "Selon le service météorologique, la tempête atteindra la côte vendredi."),
    ("en", "According to Reuters, the refinery will shut two of its units next month.",
     "en", "Reuters reported that the refinery would shut two of its units next month."),
    ("en", "The closure of the plant was announced by the ministry on Monday.",
     "es", "El cierre de la planta fue anunciado el lunes por el ministerio."),
    ("en", "An official said on condition of anonymity that the army had moved two brigades.",
     "fr", "L'armée a déplacé deux brigades, a affirmé sous couvert d'anonymat un responsable."),
    ("en", "The regional paper Nordkurier reported that the factory would close. The paper said 300 jobs would go.",
     "fr", "Le quotidien régional Nordkurier a rapporté que l'usine fermerait. Selon le journal, 300 emplois disparaîtront."),
    ("en", "The strike was called by the dockers' union after talks failed, the port operator said.",
     "fr", "La grève a été déclenchée par le syndicat des dockers après l'échec des négociations, a indiqué l'exploitant du port."),
    # Officials identified only by their country, on both sides.
    ("en", "Latvian officials have said the barge was carrying scrap metal to a smelter.",
     "fr", "Selon des responsables lettons, la barge transportait de la ferraille vers une fonderie."),
    ("en", "Danish officials said the cable had been cut by an anchor.",
     "de", "Nach Angaben dänischer Beamter wurde das Kabel von einem Anker durchtrennt."),
]


def attribution_findings(encoder, original: str, language: str, derivative: str):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(lang: str, text: str) -> Article:
        return Article("test", "", lang, text, [Segment(0, text, False)])

    found = find_span_findings(article("en", original), article(language, derivative), [Link([0], [0], 0.9)], encoder)
    return [f for f in found if f.kind == "attribution_changed"]


@pytest.mark.slow
@pytest.mark.parametrize("o_lang, original, language, derivative", CHANGED)
def test_a_source_credited_otherwise_is_reported(encoder, o_lang, original, language, derivative):
    assert attribution_findings(encoder, original, language, derivative)


@pytest.mark.slow
@pytest.mark.parametrize("o_lang, original, language, derivative", FAITHFUL)
def test_the_same_source_in_other_words_is_not_reported(encoder, o_lang, original, language, derivative):
    assert attribution_findings(encoder, original, language, derivative) == []
