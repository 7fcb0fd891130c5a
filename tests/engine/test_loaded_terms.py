"""Loaded terms: a charged word where the source used a neutral one, from a documented lexicon.

These tests need sentences to be aligned but not what they mean, so a stand-in
encoder that calls every pair of sentences identical keeps them fast.
"""

import numpy as np
import pytest
from aligned_fixtures import SameEverything, article, context

from diptych.engine.groups import build_context
from diptych.engine.loaded_terms import find_loaded_terms, parse_substitutions, substitutions, with_framing
from diptych.engine.model import Finding, Link


def loaded(o_lang, original, d_lang, derivative):
    return find_loaded_terms(context(o_lang, original, d_lang, derivative))


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Drones struck Kyiv overnight.", "fr", "Des drones ont frappé Kiev dans la nuit.", ("Kyiv", "Kiev")),
        ("en", "Drones struck Kyiv overnight.", "en", "Drones struck Kiev overnight.", ("Kyiv", "Kiev")),
        ("en", "Militants attacked a checkpoint.", "fr", "Des terroristes ont attaqué un poste de contrôle.", ("Militants", "terroristes")),
        ("en", "Since the full-scale invasion began, exports fell.", "fr", "Depuis le début du conflit, les exportations ont chuté.", ("invasion", "conflit")),
        ("en", "Protesters gathered outside the court.", "fr", "Des casseurs se sont rassemblés devant le tribunal.", ("Protesters", "casseurs")),
        ("en", "A man was held on suspicion of starting the fire.", "fr", "Le pyromane a été placé en garde à vue.", ("suspicion", "pyromane")),
        ("en", "A man was held on suspicion of starting the fire.", "fr", "Un homme soupçonné d’être le pyromane a été arrêté.", None),
        ("en", "The government in Kabul said so.", "de", "Das Regime in Kabul sagte das.", ("government", "Regime")),
        # Players, athletes, defendants are presumed innocent: not cheats or criminals.
        ("en", "Both players deny any wrongdoing.", "fr", "Les deux tricheurs nient toute faute.", ("players", "tricheurs")),
        ("en", "Both players deny any wrongdoing.", "es", "Los dos tramposos niegan cualquier falta.", ("players", "tramposos")),
        ("en", "Both players deny any wrongdoing.", "de", "Beide Betrüger bestreiten jedes Fehlverhalten.", ("players", "Betrüger")),
        ("en", "The three defendants will appear in court on Friday.", "en", "The three criminals will appear in court on Friday.", ("defendants", "criminals")),
        ("en", "The three defendants will appear in court on Friday.", "fr", "Les trois malfaiteurs comparaîtront vendredi.", ("defendants", "malfaiteurs")),
        # A cut or a rise told as an "adjustment" hides who pays or loses.
        ("en", "The dairy said it would cut the price it pays for milk by 3 cents.", "en", "The dairy said it would adjust the price it pays for milk by 3 cents.", ("cut", "adjust the price")),
        ("en", "The dairy said it would cut the price it pays for milk by 3 cents.", "fr", "La laiterie a annoncé qu’elle ajusterait le prix qu’elle paie pour le lait de 3 centimes.", ("cut", "ajusterait le prix")),
        ("en", "The firm cut wages by 5 percent.", "de", "Die Firma kündigte eine Lohnanpassung von 5 Prozent an.", ("cut", "Lohnanpassung")),
        ("en", "The utility said it would raise prices by 4 percent.", "en", "The utility said it would adjust its prices upwards by 4 percent.", ("raise", "adjust its prices upwards")),
    ],
)
def test_a_charged_word_in_place_of_a_neutral_one_is_reported(o_lang, original, d_lang, derivative, expected):
    found = [(f.original_text, f.derivative_text) for f in loaded(o_lang, [original], d_lang, [derivative])]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Drones struck Kyiv overnight.", "de", "Drohnen trafen in der Nacht Kyjiw."),
        ("en", "Drones struck Kyiv overnight.", "fr", "Des drones ont frappé Kyiv dans la nuit."),
        ("en", "Drones struck Kiev overnight.", "fr", "Des drones ont frappé Kiev dans la nuit."),  # the source said it
        ("en", "The invasion became a long conflict.", "fr", "L’invasion est devenue un long conflit."),
        ("en", "Militants attacked a checkpoint.", "es", "Milicianos atacaron un puesto de control."),
        ("en", "Both players deny any wrongdoing.", "fr", "Les deux joueurs se disent innocents."),
        ("en", "Both players deny any wrongdoing.", "es", "Los dos jugadores niegan haber hecho trampa."),
        ("en", "The three defendants will appear in court on Friday.", "de", "Die drei Angeklagten erscheinen am Freitag vor Gericht."),
        # "criminal" describing the charge is not "criminals" for the people.
        ("en", "The defendants face criminal charges.", "en", "The three men face criminal charges."),
        ("en", "The dairy said it would cut the price it pays for milk by 3 cents.", "fr", "La laiterie a annoncé qu’elle baisserait de 3 centimes le prix qu’elle paie pour le lait."),
        ("en", "The dairy said it would adjust the price it pays for milk.", "fr", "La laiterie a annoncé qu’elle ajusterait le prix qu’elle paie pour le lait."),
        ("en", "Sales fell by 5 percent and the firm will adjust its prices.", "fr", "Les ventes ont baissé de 5 % et l’entreprise ajustera ses prix."),
    ],
)
def test_a_faithful_rendering_is_not_a_loaded_term(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


def test_a_substitution_made_throughout_is_one_finding_naming_every_paragraph():
    original = ["Drones struck Kyiv overnight.", "Power was cut in Kyiv.", "Kyiv asked for help."]
    derivative = ["Des drones ont frappé Kiev.", "Le courant a été coupé à Kiev.", "Kiev a demandé de l’aide."]
    (finding,) = loaded("en", original, "fr", derivative)
    assert finding.original == [0, 1, 2] and finding.derivative == [0, 1, 2]
    assert "3 passages" in finding.explanation


def test_the_lexicon_format_reads_terms_for_every_language_and_for_one():
    (sub,) = parse_substitutions(
        "[x]\nnote = why\nneutral = Kyiv\nloaded = Kiev\nneutral.fr = Kyïv\nloaded.de = Kiew*\n"
    )
    assert sub.note == "why"
    assert sub.neutral_in("fr").search("à Kyïv") and sub.neutral_in("fr").search("à Kyiv")
    assert sub.loaded_in("de").search("in Kiews Zentrum")
    assert sub.loaded_in("es").search("en Kiev") and not sub.loaded_in("es").search("en Kiews")


def test_a_term_may_hold_its_own_alternatives():
    # "|" separates terms only outside parentheses: the term's own endings stay its own.
    (sub,) = parse_substitutions("[x]\nnote = why\nneutral = joueu(?:r|rs|se|ses)\nloaded = tricheu(?:r|rs|se|ses)\n")
    assert sub.loaded_in("fr").search("les tricheurs") and sub.loaded_in("fr").search("une tricheuse")
    assert not sub.loaded_in("fr").search("il se tait") and not sub.neutral_in("fr").search("ils se sont dit")


def test_every_substitution_of_the_bundled_lexicon_explains_itself_in_four_languages():
    for sub in substitutions():
        assert sub.note and sub.note != sub.name
        for language in ("en", "fr", "de", "es"):
            assert sub.loaded_in(language) is not None, (sub.name, language)
            assert sub.qualifier or sub.neutral_in(language) is not None, (sub.name, language)


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Three generic manufacturers raised the price.", "en",
         "Three price-gouging manufacturers raised the price.", "price-gouging"),
        ("en", "The ministry hired a consultancy firm in 2024.", "fr",
         "Le ministère a engagé un cabinet de conseil véreux en 2024.", "véreux"),
        ("en", "The mayor's adviser resigned on Monday.", "de",
         "Der berüchtigte Berater des Bürgermeisters trat am Montag zurück.", "berüchtigte"),
        ("en", "A group calling itself a people's council took over the building.", "es",
         "Un autoproclamado consejo popular tomó el edificio.", "autoproclamado"),
    ],
)
def test_a_charged_qualifier_added_to_a_rendered_sentence_is_reported(o_lang, original, d_lang, derivative, expected):
    found = loaded(o_lang, [original], d_lang, [derivative])
    assert [(f.original_text, f.derivative_text) for f in found] == [(original, expected)]
    assert "added" in found[0].explanation


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "The attackers demanded a ransom in bitcoin.", "en",
         "The cyber-terrorists demanded a ransom in bitcoin.", "cyber-terrorists"),
        ("en", "The tanker is owned by a company registered in Panama.", "fr",
         "Le pétrolier appartient à une société écran enregistrée au Panama.", "société écran"),
        ("en", "A group of ageing tankers carries the oil past the sanctions.", "de",
         "Eine Schattenflotte alter Tanker bringt das Öl an den Sanktionen vorbei.", "Schattenflotte"),
        ("en", "The union's leaders rejected the offer on Monday.", "en",
         "The union bosses rejected the offer on Monday.", "union bosses"),
        ("en", "The union's leaders rejected the offer on Monday.", "fr",
         "Les bonzes syndicaux ont rejeté l’offre lundi.", "bonzes syndicaux"),
        ("en", "A crowd gathered outside the court.", "en", "A mob gathered outside the court.", "mob"),
        ("en", "The breach was blamed on a hacking group called Night Owl.", "en",
         "The breach was blamed on Night Owl, a cyber-terror gang.", "cyber-terror"),
    ],
)
def test_a_judging_label_in_place_of_the_sources_description_is_reported(o_lang, original, d_lang, derivative, expected):
    found = [(f.original_text, f.derivative_text) for f in loaded(o_lang, [original], d_lang, [derivative])]
    assert found == ([(original, expected)] if expected else [])


def test_a_term_that_is_already_a_regular_expression_keeps_its_own_star():
    # "terror\w*" is "terror" with any ending or none; only a letter before "*" asks for one.
    (sub,) = parse_substitutions("[x]\nnote = why\nloaded = cyber-?terror\\w*|Spieler*\n")
    assert sub.loaded_in("en").search("a cyber-terror gang") and sub.loaded_in("en").search("cyberterrorists")
    assert sub.loaded_in("de").search("den Spielern") and sub.loaded_in("de").search("der Spieler")


def test_a_word_a_substitution_reports_is_not_reported_again_as_a_label():
    found = loaded("en", ["Militants attacked a checkpoint."], "fr", ["Des terroristes ont attaqué un poste de contrôle."])
    assert [(f.original_text, f.derivative_text) for f in found] == [("Militants", "terroristes")]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Terrorists attacked the embassy.", "de", "Terroristen griffen die Botschaft an."),
        ("en", "The money went through a shell company in Cyprus.", "fr", "L’argent a transité par une société écran à Chypre."),
        ("en", "Russia's shadow fleet carries much of its oil.", "it", "La flotta ombra russa trasporta gran parte del suo petrolio."),
    ],
)
def test_a_label_the_source_used_itself_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source passed the judgement itself.
        ("en", "The notorious smuggler was arrested in Split.", "fr", "Le tristement célèbre passeur a été arrêté à Split."),
        ("en", "The self-proclaimed president spoke on television.", "de", "Der selbsternannte Präsident sprach im Fernsehen."),
        # Explaining a term, or rendering "alleged", is not judging.
        ("en", "The debt brake limits new borrowing.", "de", "Die sogenannte Schuldenbremse begrenzt neue Kredite."),
        ("en", "The alleged fraud cost the city millions.", "fr", "La prétendue fraude a coûté des millions à la ville."),
        # The judgement is the source's, one sentence further on.
        ("en", "He runs a lending firm. Critics call him greedy.", "fr", "Il dirige une société de prêt. Ses détracteurs le disent cupide."),
    ],
)
def test_a_qualifier_the_source_had_or_that_judges_nothing_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


def test_a_charged_word_in_an_added_sentence_is_framing_not_a_loaded_term():
    o = article("en", ["The firm raised prices in May."])
    d = article("en", ["The firm raised prices in May. Shameless profiteering, critics say."])

    class OnlyFirstSentences:
        def encode(self, texts):
            out = np.zeros((len(texts), 512), dtype=np.float32)
            for i, t in enumerate(texts):
                out[i, 0 if "raised" in t else 1] = 1.0
            return out

    ctx = build_context(o, d, [Link([0], [0], 0.9)], OnlyFirstSentences())
    assert find_loaded_terms(ctx) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # Money the source only called a payment, a donation or a gift, called a bribe.
        ("en", "The inquiry found payments of €40,000 to the mayor's foundation.", "en",
         "The inquiry found kickbacks of €40,000 paid to the mayor's foundation.", ("payments", "kickbacks")),
        ("en", "Several contractors had given money to the councillor's campaign.", "fr",
         "Plusieurs entreprises avaient versé des pots-de-vin à la campagne du conseiller.", ("money", "pots-de-vin")),
        ("en", "The donations were declared to the electoral commission.", "de",
         "Die Schmiergelder wurden der Wahlkommission gemeldet.", ("donations", "Schmiergelder")),
        ("en", "The donations were declared to the electoral commission.", "es",
         "Los sobornos fueron declarados a la comisión electoral.", ("donations", "sobornos")),
        ("en", "The donations were declared to the electoral commission.", "it",
         "Le tangenti sono state dichiarate alla commissione elettorale.", ("donations", "tangenti")),
        # A failure, an error or a problem called a scandal, even where another neutral
        # word of the sentence survives ("not a single error" -> « une simple erreur »).
        ("en", "The regulator said the outage was a failure of planning, not a single error.", "fr",
         "Le régulateur a déclaré que la panne était un scandale de planification, et non une simple erreur.",
         ("failure", "scandale")),
        ("en", "The regulator said the outage was a failure of planning.", "de",
         "Die Aufsicht sprach von einem Skandal bei der Planung.", ("failure", "Skandal")),
        ("en", "The problem was reported in May.", "es", "El escándalo se conoció en mayo.", ("problem", "escándalo")),
    ],
)
def test_money_called_a_bribe_and_a_failure_called_a_scandal_are_reported(o_lang, original, d_lang, derivative, expected):
    found = [(f.original_text, f.derivative_text) for f in loaded(o_lang, [original], d_lang, [derivative])]
    assert found == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Several contractors had given money to the councillor's campaign.", "fr",
         "Plusieurs entreprises avaient versé de l'argent à la campagne du conseiller."),
        # The source said it: the charged word on both sides is no finding.
        ("en", "The auditor called the payments bribes.", "fr", "L'auditeur a qualifié ces versements de pots-de-vin."),
        ("en", "The opposition called the delays a scandal and a failure.", "fr",
         "L'opposition a qualifié les retards de scandale et d'échec."),
        # The neutral word kept as often as the source has it: the scandal is added beside it.
        ("en", "The problem was reported in May.", "en", "The problem, now a scandal, was reported in May."),
        ("en", "The regulator said the outage was a failure of planning.", "de",
         "Die Aufsicht sprach von einem Versagen bei der Planung."),
        # "scandalous" is a judgement a quote may hold (a changed quote), not the noun.
        ("en", "The minister said the figures were troubling and the error inexcusable.", "fr",
         "Le ministre a jugé les chiffres scandaleux et l'erreur inexcusable."),
    ],
)
def test_payments_and_failures_rendered_faithfully_are_not_loaded_terms(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # A qualifier that casts doubt on what something is, where the source had no doubt.
        ("en", "The fund was run by a property management firm in Lyon.", "fr",
         "Le fonds était géré par une prétendue société de gestion immobilière à Lyon.", "prétendue"),
        ("en", "The clinic was registered as a charity in 2019.", "en",
         "The clinic was registered as a so-called charity in 2019.", "so-called"),
        ("en", "The shipment went through a trading house in Hamburg.", "de",
         "Die Ladung lief über ein angebliches Handelshaus in Hamburg.", "angebliches"),
        ("en", "The votes were counted by an electoral board.", "es",
         "Los votos fueron contados por una supuesta junta electoral.", "supuesta"),
    ],
)
def test_a_qualifier_that_casts_doubt_where_the_source_had_none_is_reported(o_lang, original, d_lang, derivative, expected):
    found = loaded(o_lang, [original], d_lang, [derivative])
    assert [(f.original_text, f.derivative_text) for f in found] == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The doubt is the source's: "alleged", "supposedly", "reportedly" are rendered.
        ("en", "The alleged charity collected €2 million.", "fr", "La prétendue association caritative a collecté 2 millions d’euros."),
        ("en", "The firm was supposedly based in Malta.", "es", "La supuesta empresa tenía su sede en Malta."),
        ("en", "The firm was reportedly based in Malta.", "de", "Die Firma hatte angeblich ihren Sitz in Malta."),
        # The verb « prétendre » and Spanish « por supuesto » are no qualifier.
        ("en", "The director claimed that the accounts were in order.", "fr",
         "Le directeur a prétendu que les comptes étaient en ordre."),
        ("en", "Of course the mayor will attend.", "es", "Por supuesto, el alcalde asistirá."),
        ("en", "The ferry was supposed to leave at noon.", "en", "The ferry was supposed to leave at noon."),
    ],
)
def test_a_doubt_the_source_expressed_or_a_verb_is_not_a_doubting_qualifier(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # An intensified epithet slipped between the article and a name.
        ("en", "The Farmers' Federation rejected the plan.", "fr",
         "La très combative Fédération des agriculteurs a rejeté le plan.", "La très combative"),
        ("en", "The report was published by the Daily Courier.", "en",
         "The report was published by the fiercely partisan Daily Courier.", "the fiercely partisan"),
        ("en", "The Riverside Residents' Association opposed the tower.", "es",
         "La muy beligerante Asociación de Vecinos de Riverside se opuso a la torre.", "La muy beligerante"),
        ("en", "The Free Voters' Party won two seats.", "de",
         "Die erzkonservative Partei der Freien Wähler gewann zwei Sitze.", "erzkonservative"),
    ],
)
def test_an_intensified_epithet_before_a_name_is_reported(o_lang, original, d_lang, derivative, expected):
    found = loaded(o_lang, [original], d_lang, [derivative])
    assert [(f.original_text, f.derivative_text) for f in found] == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own intensifier, translated.
        ("en", "The highly regarded Pasteur Institute led the study.", "fr",
         "Le très réputé Institut Pasteur a mené l’étude."),
        # An intensifier that describes a fact, with no name after it.
        ("en", "Many victims were children.", "fr", "De très nombreuses victimes étaient des enfants."),
        ("en", "The costs were very high in Bavaria.", "de", "Die Kosten waren in Bayern sehr hoch."),
        ("en", "It was a very different Europe then.", "en", "It was a very different Europe then."),
    ],
)
def test_an_intensifier_the_source_had_or_that_qualifies_no_name_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # A neutral word for a group given as a lobby, a clique or a sect.
        ("en", "Cycling groups asked for wider lanes.", "fr", "Les lobbies du vélo ont réclamé des pistes plus larges.",
         ("groups", "lobbies")),
        ("en", "The party's leadership chose the candidate.", "en", "The party's clique chose the candidate.",
         ("leadership", "clique")),
        ("en", "A religious association bought the farm.", "de", "Eine Sekte kaufte den Hof.", ("association", "Sekte")),
        ("en", "Hunting organisations opposed the ban.", "es", "Los lobbies de la caza se opusieron a la prohibición.",
         ("organisations", "lobbies")),
    ],
)
def test_a_group_called_a_lobby_a_clique_or_a_sect_is_reported(o_lang, original, d_lang, derivative, expected):
    found = [(f.original_text, f.derivative_text) for f in loaded(o_lang, [original], d_lang, [derivative])]
    assert found == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The tobacco lobby fought the tax, industry groups said.", "fr",
         "Le lobby du tabac a combattu la taxe, selon des groupes industriels."),
        ("en", "Cycling groups asked for wider lanes.", "fr", "Les associations de cyclistes ont réclamé des pistes plus larges."),
        ("en", "Cycling groups asked for wider lanes.", "de", "Radfahrerverbände forderten breitere Spuren."),
    ],
)
def test_a_group_rendered_as_a_group_or_a_lobby_the_source_named_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # Labels that judge a person or a group in place of the source's description.
        ("en", "The strike committee's chair, Ana Petrescu, spoke first.", "fr",
         "La passionaria du comité de grève, Ana Petrescu, a parlé la première.", "passionaria"),
        ("en", "The organiser of the march was arrested.", "en", "The ringleader of the march was arrested.", "ringleader"),
        ("en", "Nurses at the clinic stopped work.", "en", "Militant nurses at the clinic stopped work.", "Militant"),
        ("en", "The student leader addressed the crowd.", "es", "El agitador estudiantil se dirigió a la multitud.", "agitador"),
        ("en", "The student leader addressed the crowd.", "de", "Der studentische Einpeitscher sprach zur Menge.", "Einpeitscher"),
    ],
)
def test_a_label_that_judges_a_person_is_reported(o_lang, original, d_lang, derivative, expected):
    found = loaded(o_lang, [original], d_lang, [derivative])
    assert [(f.original_text, f.derivative_text) for f in found] == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # "militant" for armed groups is the wire services' neutral word.
        ("en", "A militant group claimed the attack.", "en", "A militant group claimed the attack."),
        ("en", "An armed group claimed the attack.", "en", "A militant group claimed the attack."),
        ("en", "The militant was killed in the raid.", "en", "The militant was killed in the raid."),
        ("en", "The rally was led by a firebrand preacher.", "fr", "Le rassemblement était mené par un prédicateur boutefeu."),
    ],
)
def test_militant_for_armed_groups_and_a_label_the_source_used_are_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


def found_pairs(o_lang, original, d_lang, derivative):
    return [(f.original_text, f.derivative_text) for f in loaded(o_lang, [original], d_lang, [derivative])]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # A plain refusal told as stonewalling or dodging.
        ("en", "The ministry declined to say how many inspectors it employs.", "en",
         "The ministry dodged questions about how many inspectors it employs.", ("declined", "dodged")),
        ("en", "The club refused to answer questions about the transfer fee.", "fr",
         "Le club a esquivé les questions sur le montant du transfert.", ("refused", "esquivé")),
        ("en", "The airline did not respond to requests for comment.", "de",
         "Die Fluggesellschaft mauerte auf Anfragen.", ("did not respond", "mauerte")),
        ("fr", "Le rectorat n’a pas souhaité commenter les chiffres.", "es",
         "El rectorado eludió comentar las cifras.", ("n’a pas souhaité", "eludió")),
        ("en", "The council declined to release the report.", "it",
         "Il comune ha glissato sulla pubblicazione del rapporto.", ("declined", "glissato")),
        # Money received or spent said to be swallowed or squandered.
        ("en", "The stadium project has received 40 million in public money.", "fr",
         "Le projet de stade a englouti 40 millions d’argent public.", ("received", "englouti")),
        ("en", "The agency spent 3 million on consultants.", "en",
         "The agency squandered 3 million on consultants.", ("spent", "squandered")),
        ("en", "The hospital wing cost 12 million euros.", "de",
         "Der Krankenhausflügel hat 12 Millionen Euro verschlungen.", ("cost", "verschlungen")),
        ("en", "The ferry line received a subsidy of 2 million.", "es",
         "La naviera despilfarró una subvención de 2 millones.", ("received", "despilfarró")),
        # A group belittled as a splinter cell, a gang, a back-room outfit.
        ("en", "A neighbourhood association filed the complaint.", "fr",
         "Un groupuscule de quartier a déposé la plainte.", ("association", "groupuscule")),
        ("en", "A tenants' group organised the sit-in.", "de",
         "Ein Mieter-Grüppchen organisierte den Sitzstreik.", ("group", "Mieter-Grüppchen")),
        ("en", "A consultancy firm drafted the plan.", "fr",
         "Une officine de conseil a rédigé le plan.", ("firm", "officine")),
        ("en", "A student group occupied the lecture hall.", "es",
         "Un grupúsculo estudiantil ocupó el aula magna.", ("group", "grupúsculo")),
    ],
)
def test_a_neutral_report_told_with_a_charged_verb_or_noun_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # Contempt for a figure the source gave plainly.
        ("en", "The rebate is too small to change how households heat their homes.", "en",
         "The rebate is ridiculously small.", "ridiculously"),
        ("en", "The fine amounts to 5,000 euros.", "fr", "L’amende se monte à un dérisoire 5 000 euros.", "dérisoire"),
        ("en", "The fine amounts to 5,000 euros.", "de", "Die Strafe beträgt lächerliche 5.000 Euro.", "lächerliche"),
        ("en", "The fine amounts to 5,000 euros.", "it", "La multa ammonta a ridicoli 5.000 euro.", "ridicoli"),
        # A political label put on an official the source described plainly.
        ("en", "The mayor of Varna opened the bridge.", "fr", "Le maire populiste de Varna a inauguré le pont.", "populiste"),
        ("en", "The regional governor signed the decree.", "de",
         "Der rechtspopulistische Gouverneur unterzeichnete das Dekret.", "rechtspopulistische"),
        ("en", "The senator voted against the bill.", "en", "The far-left senator voted against the bill.", "far-left"),
        ("en", "The minister defended the budget.", "es", "El ministro populista defendió el presupuesto.", "populista"),
        # A firm called by the wrong it is accused of, or run down.
        ("en", "The bakery supplied the school canteen.", "fr",
         "L’empoisonneur fournissait la cantine de l’école.", "empoisonneur"),
        ("en", "The contractor repaired the roof.", "en", "The cowboy builders repaired the roof.", "cowboy builders"),
        ("en", "A Lyon-based cleaning company won the contract.", "en", "A cut-rate cleaner won the contract.", "cut-rate"),
        ("en", "The broker sold the bonds to pensioners.", "es",
         "El estafador vendió los bonos a jubilados.", "estafador"),
        # "militant" before a group that is not armed.
        ("en", "A local environmental group blocked the road.", "en",
         "A militant local environmental group blocked the road.", "militant"),
        ("en", "A student association occupied the rectorate.", "en",
         "A militant student association occupied the rectorate.", "militant"),
    ],
)
def test_a_judgement_added_to_a_plain_description_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # Faithful renderings: the refusal, the sum, the group and the label as the source gave them.
        ("en", "The ministry declined to comment.", "fr", "Le ministère n’a pas souhaité faire de commentaire."),
        ("en", "The ministry declined to comment.", "de", "Das Ministerium lehnte eine Stellungnahme ab."),
        ("en", "The ministry dodged the question, opposition deputies said.", "fr",
         "Le ministère a esquivé la question, selon des députés de l’opposition."),
        ("en", "The stadium project has received 40 million in public money.", "de",
         "Das Stadionprojekt hat 40 Millionen an öffentlichen Geldern erhalten."),
        ("en", "Critics say the agency wasted 3 million on consultants.", "fr",
         "Selon ses détracteurs, l’agence a gaspillé 3 millions en consultants."),
        ("en", "A neighbourhood association filed the complaint.", "es",
         "Una asociación de vecinos presentó la denuncia."),
        ("en", "A criminal gang stole the copper cables.", "fr", "Un gang criminel a volé les câbles de cuivre."),
        ("en", "The rebate is negligible, economists said.", "fr", "La remise est dérisoire, selon des économistes."),
        ("en", "The fine amounts to 5,000 euros.", "it", "La multa ammonta a 5.000 euro."),
        ("en", "The far-right mayor of Varna opened the bridge.", "fr",
         "Le maire d’extrême droite de Varna a inauguré le pont."),
        ("en", "The right-wing nationalist party won the vote.", "de",
         "Die rechtspopulistische Partei gewann die Abstimmung."),
        ("en", "The populist mayor opened the bridge.", "es", "El alcalde populista inauguró el puente."),
        ("en", "Two men were convicted of poisoning the well.", "fr",
         "Les deux empoisonneurs du puits ont été condamnés."),
        ("en", "Robbers took the cash from the safe.", "fr", "Des voleurs ont pris l’argent du coffre."),
        ("en", "A low-cost airline will serve the route.", "de", "Eine Billigfluglinie wird die Strecke bedienen."),
        # "militant" before an armed group, or before people, keeps its old reading.
        ("en", "Militant groups fired rockets at the town.", "en", "Militant groups fired rockets at the town."),
        ("en", "An armed group attacked the convoy.", "en", "A militant group attacked the convoy."),
        ("en", "Militants attacked the convoy.", "en", "Militant fighters attacked the convoy."),
    ],
)
def test_faithful_renderings_of_refusals_sums_groups_and_labels_stay_quiet(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


def test_stolen_data_is_not_a_dodged_question():
    """« dérobé » is also the participle of « dérober », to steal: only the reflexive « se
    dérober » evades."""
    original = "The hospital declined to say whether patient records were stolen."
    quiet = "L’hôpital n’a pas voulu dire si des dossiers de patients avaient été dérobés."
    evasive = "L’hôpital s’est dérobé quand on lui a demandé si des dossiers avaient été volés."
    assert loaded("en", [original], "fr", [quiet]) == []
    assert found_pairs("en", original, "fr", evasive) == [("declined", "s’est dérobé")]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "A hacking group claimed the theft of the files.", "en", "A ransomware gang claimed the theft of the files."),
        ("en", "A smuggling group ran the boats.", "fr", "Un gang de passeurs gérait les bateaux."),
    ],
)
def test_a_criminal_group_called_a_gang_is_the_usual_word_not_a_belittling(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


def test_a_citizens_group_called_a_gang_is_belittled():
    assert found_pairs("en", "A residents' group collected the signatures.", "en",
                       "A gang of residents collected the signatures.") == [("group", "gang")]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # A neutral verb of saying told as an admission.
        ("en", "The harbour master said the crane had been idle since March.", "en",
         "The harbour master admitted the crane had been idle since March.", ("said", "admitted")),
        ("en", "The rector said the library would close on Sundays.", "fr",
         "Le recteur a avoué que la bibliothèque fermerait le dimanche.", ("said", "a avoué")),
        ("en", "The mayor said the bridge would reopen in May.", "de",
         "Der Bürgermeister räumte ein, die Brücke werde erst im Mai wieder geöffnet.", ("said", "räumte ein")),
        ("en", "The coach said the team had trained badly.", "es",
         "El entrenador admitió que el equipo había entrenado mal.", ("said", "admitió")),
        ("en", "The director said the museum needed more staff.", "it",
         "Il direttore ha ammesso che il museo aveva bisogno di più personale.", ("said", "ha ammesso")),
        # ... as an outburst of temper.
        ("en", "The union leader said in a statement that the offer was an insult.", "en",
         "The union leader fumed in a statement that the offer was an insult.", ("said", "fumed")),
        ("en", "The farmers' spokesman said the milk price was too low.", "fr",
         "Le porte-parole des éleveurs a fulminé contre un prix du lait trop bas.", ("said", "a fulminé")),
        ("en", "The opposition leader said the budget was unfair.", "de",
         "Der Oppositionsführer wetterte, der Haushalt sei ungerecht.", ("said", "wetterte")),
        ("en", "The mayor said the ruling was a mistake.", "es",
         "El alcalde arremetió contra el fallo, que calificó de error.", ("said", "arremetió")),
        ("en", "The minister said the strike was unjustified.", "it",
         "Il ministro ha tuonato che lo sciopero era ingiustificato.", ("said", "ha tuonato")),
        # ... as boasting or whining.
        ("en", "The chief executive said sales had doubled.", "en",
         "The chief executive boasted that sales had doubled.", ("said", "boasted")),
        ("en", "The coach said his squad was the best in the league.", "fr",
         "L’entraîneur s’est vanté d’avoir la meilleure équipe du championnat.", ("said", "s’est vanté")),
        ("en", "The tenants said the heating had failed again.", "de",
         "Die Mieter jammerten, die Heizung sei wieder ausgefallen.", ("said", "jammerten")),
        ("en", "The owner said the restaurant was full every night.", "es",
         "El dueño se jactó de que el restaurante se llenaba cada noche.", ("said", "se jactó")),
        # ... as a mere claim.
        ("en", "The company said the leak had been fixed.", "en",
         "The company claimed that the leak had been fixed.", ("said", "claimed")),
        ("en", "The company said the leak had been fixed.", "fr",
         "L’entreprise a prétendu que la fuite avait été réparée.", ("said", "a prétendu")),
        ("en", "The company said the leak had been fixed.", "de",
         "Das Unternehmen behauptete, das Leck sei behoben.", ("said", "behauptete")),
        # ... with words between the verb and its clause.
        ("en", "The operator said in a statement that the fault had been isolated.", "fr",
         "L’exploitant a prétendu dans un communiqué que la panne avait été circonscrite.", ("said", "a prétendu")),
        # A claim whose clause opens with a bare noun, after a speaker described at length.
        ("en", "A former clerk, who asked not to be named, said staff had been told to stay silent.", "en",
         "A former clerk, who asked not to be named, claimed staff had been told to stay silent.", ("said", "claimed")),
        ("en", "The union said members were never consulted.", "en",
         "The union claimed members were never consulted.", ("said", "claimed")),
        # A French source's neutral verb, too.
        ("fr", "La ministre a déclaré que le tunnel coûterait deux milliards.", "en",
         "The minister conceded that the tunnel would cost two billion.", ("a déclaré", "conceded")),
    ],
)
def test_a_neutral_verb_of_saying_made_a_charged_one_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own admission, anger, pride or claim, rendered.
        ("en", "The rector admitted the library had closed too early.", "fr",
         "Le recteur a admis que la bibliothèque avait fermé trop tôt."),
        ("en", "The mayor conceded that the bridge was unsafe.", "de",
         "Der Bürgermeister räumte ein, dass die Brücke unsicher war."),
        ("en", "The coach acknowledged that the team had trained badly.", "es",
         "El entrenador admitió que el equipo había entrenado mal."),
        ("en", "The farmers' spokesman angrily said the milk price was too low.", "fr",
         "Le porte-parole des éleveurs s’est emporté : le prix du lait est trop bas."),
        ("en", "The opposition leader criticised the budget, saying it was unfair.", "de",
         "Der Oppositionsführer wetterte gegen den Haushalt, der ungerecht sei."),
        ("en", "The chief executive proudly said sales had doubled.", "fr",
         "Le PDG s’est vanté d’un doublement des ventes."),
        ("en", "The company claimed the leak had been fixed.", "de", "Das Unternehmen behauptete, das Leck sei behoben."),
        ("de", "Das Unternehmen behauptete, das Leck sei behoben.", "en", "The company claimed the leak had been fixed."),
        # The same words for facts, not for speech.
        ("en", "Twelve people were taken to hospital, the police said.", "en",
         "Twelve people were admitted to hospital, police said."),
        ("en", "The clinic took in 40 patients overnight, a spokesman said.", "en",
         "The clinic admitted 40 patients overnight, a spokesman said."),
        ("en", "The visitors let in two goals before the break, the coach said.", "en",
         "The visitors conceded two goals before the break, the coach said."),
        ("en", "The blaze burned for two days, firefighters said.", "en",
         "The blaze raged for two days, firefighters said."),
        ("en", "The town has three museums, the guide said.", "en", "The town boasts three museums, the guide said."),
        ("en", "The rebels said they carried out the attack.", "en",
         "The rebels claimed responsibility for the attack, the army said."),
        ("en", "The flood killed six people, officials said.", "en", "The flood claimed six lives, officials said."),
        ("en", "The storm killed four people on Monday, officials said.", "en",
         "The storm claimed four lives on Monday, officials said."),
        ("en", "The cyclists won the title, which was their third, the club said.", "en",
         "The cyclists claimed the title, which was their third, the club said."),
        # Faithful translations with their usual verbs of saying.
        ("en", "The minister said the tunnel would cost two billion.", "fr",
         "Le ministre a indiqué que le tunnel coûterait deux milliards."),
        ("en", "The minister said the tunnel would cost two billion.", "it",
         "Il ministro ha detto che il tunnel costerà due miliardi."),
    ],
)
def test_a_verb_of_saying_rendered_faithfully_or_used_for_a_fact_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # Sneering nicknames for people the source described plainly.
        ("en", "Environmental campaigners blocked the quarry gate on Tuesday.", "en",
         "Eco-warriors blocked the quarry gate on Tuesday.", "Eco-warriors"),
        ("en", "Environmental campaigners blocked the quarry gate on Tuesday.", "fr",
         "Des écolos ont bloqué mardi l’entrée de la carrière.", "écolos"),
        ("en", "Residents opposed to the wind farm filed an appeal.", "de",
         "Gutmenschen und Bedenkenträger legten Einspruch gegen den Windpark ein.", "Gutmenschen"),
        ("en", "Volunteers handed out soup at the station.", "it",
         "I buonisti hanno distribuito zuppa alla stazione.", "buonisti"),
        # A lobby where the source named people by their trade or reported objections.
        ("en", "The plan was dropped after objections from taxi drivers.", "fr",
         "Le projet a été abandonné sous la pression du lobby des taxis.", "lobby"),
        ("en", "Farmers opposed the new water rules.", "de", "Die Bauernlobby und ihre Seilschaften bekämpften die Wasserregeln.",
         "Seilschaften"),
        # A warning mocked as crying wolf.
        ("en", "Shopkeepers warned that the roadworks would cost them customers.", "fr",
         "Les commerçants crient déjà à la catastrophe à cause des travaux.", "crient déjà à la catastrophe"),
        ("en", "Parents raised concerns about the new timetable.", "en",
         "Parents reacted with hysteria to the new timetable.", "hysteria"),
        ("en", "Doctors warned of longer waiting times.", "es",
         "Los médicos, siempre alarmistas, auguran esperas más largas.", "alarmistas"),
        # A sober outcome dramatised.
        ("en", "The opening of the new terminal was postponed for a third time.", "en",
         "The opening of the new terminal turned into a fiasco for a third time.", "fiasco"),
        ("en", "The opening of the new terminal was postponed for a third time.", "de",
         "Die Eröffnung des neuen Terminals wurde zum Debakel und zum dritten Mal verschoben.", "Debakel"),
        ("en", "The opening of the new terminal was postponed for a third time.", "it",
         "L’apertura del nuovo terminal, un fiasco, è stata rinviata per la terza volta.", "fiasco"),
        # A plan the source said was not adopted, buried.
        ("en", "The proposal was not adopted because the council was divided.", "fr",
         "La proposition a été enterrée par un conseil divisé.", "enterrée"),
        ("en", "The reform was postponed until after the election.", "es",
         "La reforma fue torpedeada hasta después de las elecciones.", "torpedeada"),
        # A decision told as a grab.
        ("en", "The island government set its own quota for next year.", "fr",
         "Le gouvernement de l’île s’est arrogé un quota pour l’an prochain.", "s’est arrogé"),
        ("en", "The board took a larger share of the profits.", "en",
         "The board helped itself to a larger share of the profits.", "helped itself to"),
        ("en", "The club set a higher price for season tickets.", "de",
         "Der Verein hat sich höhere Preise für Dauerkarten genehmigt.", "hat sich höhere Preise für Dauerkarten genehmigt"),
        # A thing given a scornful name.
        ("en", "Heavy lorries now drive through the village centre.", "en",
         "Juggernauts now thunder through the village centre.", "Juggernauts"),
        ("en", "Heavy lorries now drive through the village centre.", "fr",
         "Des mastodontes traversent désormais le centre du village.", "mastodontes"),
        ("en", "The region set its own catch limit for cod.", "en", "The region set a pirate quota for cod.", "pirate"),
        ("en", "The new council offices cost 30 million.", "es",
         "El nuevo ayuntamiento, un elefante blanco, costó 30 millones.", "elefante blanco"),
        # An agreement or a payment called improper.
        ("en", "The two parties agreed to share the committee seats.", "de",
         "Die beiden Parteien einigten sich in einer Kungelei auf die Ausschusssitze.", "Kungelei"),
        ("en", "The regional government paid for the delegation's trip to Dubai.", "en",
         "The regional government paid for the delegation's junket to Dubai.", "junket"),
    ],
)
def test_a_scornful_word_added_to_a_plain_report_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # Faithful translations of plain reports.
        ("en", "Environmental campaigners blocked the quarry gate on Tuesday.", "fr",
         "Des militants écologistes ont bloqué mardi l’entrée de la carrière."),
        ("en", "Environmental campaigners blocked the quarry gate on Tuesday.", "de",
         "Umweltaktivisten blockierten am Dienstag das Tor des Steinbruchs."),
        ("en", "The plan was dropped after objections from taxi drivers.", "fr",
         "Le projet a été abandonné après des objections des chauffeurs de taxi."),
        ("en", "Shopkeepers warned that the roadworks would cost them customers.", "it",
         "I negozianti hanno avvertito che i lavori stradali costeranno loro clienti."),
        ("en", "The opening of the new terminal was postponed for a third time.", "fr",
         "L’ouverture du nouveau terminal a été reportée pour la troisième fois."),
        ("en", "The island government set its own quota for next year.", "de",
         "Die Inselregierung legte ihre eigene Quote für das nächste Jahr fest."),
        ("en", "Heavy lorries now drive through the village centre.", "es",
         "Los camiones pesados atraviesan ahora el centro del pueblo."),
        # The source's own words, rendered.
        ("en", "Critics called the protesters eco-zealots.", "fr", "Les critiques ont qualifié les manifestants d’écolos fanatiques."),
        ("en", "The plan was dropped after lobbying by taxi drivers.", "fr",
         "Le projet a été abandonné sous la pression du lobby des taxis."),
        ("en", "Shopkeepers said the roadworks were a disaster for trade.", "fr",
         "Les commerçants crient à la catastrophe pour le commerce à cause des travaux."),
        ("en", "The strike caused chaos at the airport.", "de", "Der Streik sorgte für Chaos am Flughafen."),
        ("en", "The rail strike caused severe disruption across the country.", "fr",
         "La grève des trains a semé la pagaille dans tout le pays."),
        ("en", "The report was quietly shelved by the ministry.", "fr", "Le rapport a été enterré par le ministère."),
        ("en", "The victims were buried on Friday.", "fr", "Les victimes ont été enterrées vendredi."),
        ("en", "Rebels seized a share of the oil fields.", "fr", "Les rebelles se sont approprié une partie des champs pétroliers."),
        ("en", "Fishermen complained about illegal trawlers.", "fr", "Les pêcheurs se sont plaints des chalutiers pirates."),
        ("en", "Giant container ships dock at the new quay.", "fr", "Des mastodontes des mers accostent au nouveau quai."),
        ("en", "Hackers stole the passwords.", "fr", "Des pirates ont volé les mots de passe."),
        # Places and everyday words that only look charged.
        ("en", "The guests waited in the hotel lobby.", "en", "The guests waited in the lobby of the hotel."),
        ("en", "Rescuers found three people buried under the rubble.", "fr",
         "Les secouristes ont retrouvé trois personnes enterrées sous les décombres."),
    ],
)
def test_a_plain_report_or_the_sources_own_scorn_rendered_stays_quiet(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # People on the move called illegals; a faith made a movement.
        ("en", "Forty migrants reached the island on Sunday.", "fr",
         "Quarante clandestins ont débarqué dimanche sur l’île.", ("migrants", "clandestins")),
        ("en", "Forty asylum seekers reached the island on Sunday.", "de",
         "Vierzig Illegale erreichten am Sonntag die Insel.", ("asylum seekers", "Illegale")),
        ("en", "A Muslim charity runs the kitchen.", "en", "An Islamist charity runs the kitchen.", ("Muslim", "Islamist")),
        # Job cuts and price rises hidden behind a euphemism.
        ("en", "The carmaker announced 800 job cuts at its Ghent plant.", "en",
         "The carmaker announced a restructuring at its Ghent plant.", ("job cuts", "restructuring")),
        ("en", "The carmaker announced 800 layoffs at its Ghent plant.", "de",
         "Der Autobauer kündigte eine Neuausrichtung seines Werks in Gent an.", ("layoffs", "Neuausrichtung")),
        ("en", "The water company announced a 9% increase in its charges.", "fr",
         "La compagnie des eaux a annoncé un réajustement tarifaire de 9 %.", ("increase", "réajustement tarifaire")),
        ("en", "The water company announced a 9% increase in its charges.", "it",
         "La società idrica ha annunciato un adeguamento tariffario del 9%.", ("increase", "adeguamento tariffario")),
    ],
)
def test_a_label_for_people_or_a_euphemism_for_a_loss_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "About 9,000 visitors came to the old town on Saturday.", "en",
         "Hordes of visitors descended on the old town on Saturday.", "Hordes"),
        ("en", "About 9,000 visitors came to the old town on Saturday.", "de",
         "Eine Touristenflut ergoss sich am Samstag über die Altstadt.", "Touristenflut"),
        ("en", "Train drivers went on strike on Monday.", "fr",
         "Les conducteurs de train ont pris les voyageurs en otage lundi.", "pris les voyageurs en otage"),
        ("en", "The new parking fee is 4 euros an hour.", "de", "Die neue Parkgebühr ist mit 4 Euro pro Stunde reine Abzocke.",
         "Abzocke"),
        ("en", "The new parking fee is 4 euros an hour.", "it", "La nuova tariffa di sosta, una stangata, costa 4 euro l’ora.",
         "stangata"),
    ],
)
def test_people_likened_to_a_flood_or_kidnappers_and_a_fee_called_a_robbery_are_reported(
    o_lang, original, d_lang, derivative, expected
):
    assert found_pairs(o_lang, original, d_lang, derivative) == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Forty migrants reached the island on Sunday.", "es", "Cuarenta migrantes llegaron el domingo a la isla."),
        ("en", "Forty undocumented migrants reached the island.", "fr", "Quarante migrants clandestins ont débarqué sur l’île."),
        ("en", "Islamic State fighters attacked the village.", "fr", "Des combattants islamistes de l’État islamique ont attaqué le village."),
        ("en", "The carmaker announced 800 job cuts as part of a restructuring.", "fr",
         "Le constructeur a annoncé 800 suppressions de postes dans le cadre d’une restructuration."),
        ("en", "The water company announced a 9% increase in its charges.", "de",
         "Der Wasserversorger kündigte eine Erhöhung seiner Gebühren um 9 % an."),
        ("en", "A flood of tourists filled the old town.", "de", "Eine Touristenflut füllte die Altstadt."),
        ("en", "Gunmen held six aid workers hostage for a week.", "fr",
         "Des hommes armés ont pris six humanitaires en otage pendant une semaine."),
        ("en", "Drivers called the new fee a rip-off.", "de", "Autofahrer nannten die neue Gebühr Abzocke."),
        ("en", "She lost her tennis racket at the airport.", "en", "She lost her tennis racket at the airport."),
    ],
)
def test_plain_renderings_of_people_fees_and_hostages_stay_quiet(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


def test_a_charged_word_inside_an_added_clause_is_left_to_that_framing():
    """A word without a neutral side inside a clause found added that says more is the
    framing's; a word that replaced the source's neutral one is reported wherever it stands."""
    o = article("en", ["The airline's shares fell 6% on Monday, and its chief executive said the plan would work."])
    d = article("fr", ["L’action de la compagnie, déjà malmenée par une gestion calamiteuse, a chuté de 6 % lundi, "
                       "et son PDG a avoué que le plan fonctionnerait."])
    ctx = build_context(o, d, [Link([0], [0], 0.9)], SameEverything())
    clause = "déjà malmenée par une gestion calamiteuse"
    framing = [Finding("added", [0], [0], None, clause, "A clause the derivative added.", 0.7)]
    assert {f.derivative_text for f in find_loaded_terms(ctx)} == {"calamiteuse", "a avoué"}
    assert [f.derivative_text for f in find_loaded_terms(ctx, framing)] == ["a avoué"]
    assert [f.derivative_text for f in find_loaded_terms(ctx, qualifiers=False)] == ["a avoué"]


def test_a_clause_that_is_little_more_than_a_charged_word_gives_way_to_the_word():
    o = article("en", ["The breach was blamed on a group known as Night Owl, which demanded a ransom."])
    d = article("en", ["The breach was blamed on Night Owl, a cyber-terror gang that demanded a ransom, "
                       "in a raid that left the city's hospitals in chaos for a week."])
    ctx = build_context(o, d, [Link([0], [0], 0.9)], SameEverything())
    label = Finding("added", [0], [0], None, "a cyber-terror gang that", "A clause the derivative added.", 0.7)
    framing = Finding("added", [0], [0], None, "in a raid that left the city's hospitals in chaos for a week",
                      "A clause the derivative added.", 0.7)
    reported = with_framing(ctx, [label, framing])
    assert [(f.kind, f.derivative_text) for f in reported] == [
        ("loaded_term", "cyber-terror"),
        ("added", "in a raid that left the city's hospitals in chaos for a week"),
    ]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Council officials rejected the permit.", "en", "Council pen-pushers rejected the permit.", "pen-pushers"),
        ("en", "EU officials drafted the new rules.", "fr", "Les eurocrates ont rédigé les nouvelles règles.", "eurocrates"),
        ("en", "A private equity fund bought the hospital chain.", "de",
         "Eine Heuschrecke kaufte die Klinikkette.", "Heuschrecke"),
        ("en", "People who receive the allowance must report every month.", "it",
         "I furbetti che ricevono il sussidio devono presentarsi ogni mese.", "furbetti"),
        ("en", "The owner of the building raised the rents.", "fr",
         "Le marchand de sommeil a augmenté les loyers.", "marchand de sommeil"),
    ],
)
def test_officials_investors_landlords_and_claimants_given_a_sneering_name_are_reported(
    o_lang, original, d_lang, derivative, expected
):
    assert found_pairs(o_lang, original, d_lang, derivative) == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Protesters marched to the parliament.", "en", "Troublemakers marched to the parliament.",
         ("Protesters", "Troublemakers")),
        ("en", "Protesters marched to the parliament.", "it", "I facinorosi hanno marciato verso il parlamento.",
         ("Protesters", "facinorosi")),
    ],
)
def test_protesters_called_troublemakers_are_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Speculators bet against the currency.", "fr", "Des spéculateurs ont parié contre la monnaie."),
        ("en", "Critics blame bureaucracy for the delay.", "de", "Kritiker machen Bürokraten für die Verzögerung verantwortlich."),
        ("en", "Vandals damaged the bus shelter during the protest.", "fr",
         "Des vandales ont endommagé l’abribus pendant la manifestation."),
        ("en", "The parasites spread through the fish farm.", "it", "I parassiti si sono diffusi nell’allevamento ittico."),
    ],
)
def test_the_sources_own_speculators_vandals_and_parasites_stay_quiet(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Parliament passed the pension bill on Thursday.", "en",
         "The government rammed the pension bill through parliament on Thursday.", "rammed the pension bill through"),
        ("en", "Parliament passed the pension bill on Thursday.", "fr",
         "Le gouvernement a fait passer en force la réforme des retraites jeudi.", "passer en force"),
        ("en", "Parliament passed the pension bill on Thursday.", "de",
         "Die Regierung hat das Rentengesetz am Donnerstag durchgepeitscht.", "durchgepeitscht"),
        ("en", "The regulator fined the bank 20,000 euros.", "en",
         "The regulator gave the bank a slap on the wrist of 20,000 euros.", "a slap on the wrist"),
    ],
)
def test_a_law_forced_through_or_a_fine_made_a_slap_on_the_wrist_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [(original, expected)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The government forced the bill through parliament without a vote.", "fr",
         "Le gouvernement a fait passer la loi en force, sans vote."),
        ("en", "Firefighters forced their way through the door.", "en", "Firefighters forced their way through the door."),
        ("en", "Parliament passed the pension bill on Thursday.", "it", "Il parlamento ha approvato giovedì la riforma delle pensioni."),
        ("en", "Critics called the fine a slap on the wrist.", "de", "Kritiker nannten die Strafe einen Klaps auf die Finger."),
    ],
)
def test_a_law_passed_or_forced_as_the_source_said_stays_quiet(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "The bank's shares fell 4% on Tuesday.", "en", "The bank's shares plunged 4% on Tuesday.", ("fell", "plunged")),
        ("en", "The bank's shares fell 4% on Tuesday.", "fr", "L’action de la banque s’est effondrée de 4 % mardi.",
         ("fell", "s’est effondrée")),
        ("en", "Ticket sales dropped by a third.", "de", "Der Kartenverkauf brach um ein Drittel ein.", ("dropped", "brach um ein Drittel ein")),
        ("en", "Rents rose 6% last year.", "fr", "Les loyers ont explosé de 6 % l’an dernier.", ("rose", "ont explosé")),
        ("en", "Rents rose 6% last year.", "es", "Los alquileres se dispararon un 6 % el año pasado.", ("rose", "se dispararon")),
        ("en", "Rents rose 6% last year.", "it", "Gli affitti sono schizzati del 6% l’anno scorso.", ("rose", "sono schizzati")),
    ],
)
def test_a_figure_that_fell_or_rose_told_as_a_collapse_or_an_explosion_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The bank's shares fell sharply on Tuesday.", "fr", "L’action de la banque s’est effondrée mardi."),
        ("en", "The bank's shares fell 4% on Tuesday.", "de", "Die Aktie der Bank fiel am Dienstag um 4 %."),
        ("en", "Rents rose 6% last year.", "fr", "Les loyers ont augmenté de 6 % l’an dernier."),
        ("en", "Rents soared by 6% last year.", "de", "Die Mieten explodierten im vergangenen Jahr um 6 %."),
        ("en", "The talks almost fell apart last month.", "en", "The talks nearly collapsed last month."),
    ],
)
def test_a_fall_or_a_rise_told_as_the_source_did_stays_quiet(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


# --- a name the story says another party uses -------------------------------------------

DISPUTE = [
    "Fishing boats returned to the Orla delta on Monday after a month-long ban.",
    "The delta has been held since 2021 by militias backed by Vessland, which calls the area Karrun.",
    "Local officials in the Orla delta said catches had halved since the ban began.",
]


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        (
            "fr",
            [
                "Les bateaux de pêche sont retournés lundi dans le delta de Karrun après une interdiction d’un mois.",
                "Le delta est tenu depuis 2021 par des milices soutenues par le Vessland, qui appelle la zone Karrun.",
                "Des responsables locaux du delta de Karrun ont indiqué que les prises avaient diminué de moitié.",
            ],
            [([0], "Orla", "Karrun"), ([2], "Orla", "Karrun")],
        ),
        (
            "en",
            [
                "Fishing boats returned to Karrun on Monday after a month-long ban.",
                "The delta has been held since 2021 by militias backed by Vessland, which calls the area Karrun.",
                "Local officials in the Orla delta said catches had halved since the ban began.",
            ],
            [([0], "Orla", "Karrun")],
        ),
        (
            # A faithful translation keeps the source's name, and says who calls it otherwise.
            "de",
            [
                "Die Fischerboote kehrten am Montag nach einem einmonatigen Verbot in das Orla-Delta zurück.",
                "Das Delta wird seit 2021 von Milizen gehalten, die Vessland unterstützt, das das Gebiet Karrun nennt.",
                "Lokale Beamte im Orla-Delta sagten, die Fänge hätten sich seit Beginn des Verbots halbiert.",
            ],
            [],
        ),
    ],
)
def test_a_place_called_by_the_name_another_party_gives_it_is_a_loaded_term(d_lang, derivative, expected):
    found = [f for f in loaded("en", DISPUTE, d_lang, derivative) if "dispute over names" in f.explanation]
    assert [(f.original, f.original_text, f.derivative_text) for f in found] == expected


def test_a_call_on_someone_is_no_name():
    from diptych.engine.loaded_terms import _NAMING

    assert _NAMING["en"].search("The envoy called on Vessland to withdraw.") is None
    assert _NAMING["fr"].search("Il a appelé la Russie à respecter ses obligations.") is None
    assert _NAMING["en"].search("the delta, which Vessland calls Karrun").group("name") == "Karrun"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Separatist forces shelled the bridge overnight.", "en", "Rebel forces shelled the bridge overnight.",
         ("Separatist", "Rebel")),
        ("en", "The separatists control the airport.", "fr", "Les forces d’autodéfense contrôlent l’aéroport.",
         ("separatists", "forces d’autodéfense")),
        ("en", "The separatists control the airport.", "de", "Die Separatisten kontrollieren den Flughafen.", None),
        ("en", "Separatist rebels control the airport.", "fr", "Les rebelles séparatistes contrôlent l’aéroport.", None),
    ],
)
def test_separatists_given_a_side_s_label_are_a_loaded_term(o_lang, original, d_lang, derivative, expected):
    found = [(f.original_text, f.derivative_text) for f in loaded(o_lang, [original], d_lang, [derivative])]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "derivative, expected",
    [
        # The speaker's words translated: the quote analysis compares them.
        ("Selon lui, les conclusions « ont été rangées dans un tiroir et oubliées ».", []),
        # The writer's own judgement around the same report.
        ("Selon lui, les conclusions ont été rangées dans un tiroir.", ["rangées dans un tiroir"]),
    ],
)
def test_a_charged_word_inside_a_quote_that_renders_a_quote_is_the_speakers(derivative, expected):
    original = ['He said the report\'s conclusions "were filed and forgotten".']
    found = [f.derivative_text for f in loaded("en", original, "fr", [derivative])]
    assert found == expected


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # A charged verb of saying put after the quote, before its speaker.
        ("en", "“The ferry is too old,” the harbour master said.", "fr",
         "« Le ferry est trop vieux », prétend le capitaine du port.", ("said", "prétend")),
        ("en", "“The audit found nothing,” the treasurer said.", "en",
         "“The audit found nothing,” claimed the treasurer.", ("said", "claimed")),
        # A plain statement told as a complaint.
        ("en", "“The buses never come on time,” said Tom Werle, a commuter.", "en",
         "“The buses never come on time,” complained Tom Werle, a commuter.", ("said", "complained")),
        ("en", "The tenants said the lift had been broken for a month.", "en",
         "The tenants complained that the lift had been broken for a month.", ("said", "complained")),
        ("en", "The tenants said the lift had been broken for a month.", "fr",
         "Les locataires se sont plaints d’un ascenseur en panne depuis un mois.", ("said", "se sont plaints")),
        ("en", "The tenants said the lift had been broken for a month.", "de",
         "Die Mieter beklagten sich, der Aufzug sei seit einem Monat kaputt.", ("said", "beklagten sich")),
        ("en", "The tenants said the lift had been broken for a month.", "es",
         "Los inquilinos se quejaron de que el ascensor llevaba un mes averiado.", ("said", "se quejaron")),
        ("en", "The tenants said the lift had been broken for a month.", "it",
         "Gli inquilini si sono lamentati che l’ascensore era guasto da un mese.", ("said", "si sono lamentati")),
    ],
)
def test_a_neutral_verb_of_saying_made_a_complaint_or_an_inverted_claim_is_reported(
        o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own complaint, criticism or regret, rendered.
        ("en", "The tenants complained that the lift had been broken for a month.", "fr",
         "Les locataires ont déploré un ascenseur en panne depuis un mois."),
        ("en", "The tenants criticised the landlord, saying the lift had been broken for a month.", "en",
         "The tenants complained that the lift had been broken for a month."),
        ("en", "The tenants complained the lift had been broken for a month.", "de",
         "Die Mieter beklagten sich, der Aufzug sei seit einem Monat kaputt."),
        ("en", "The tenants complained the lift had been broken for a month.", "fr",
         "Les locataires se sont plaints d’un ascenseur en panne depuis un mois."),
        # A complaint filed is a fact, not a way of speaking.
        ("en", "The tenants filed a complaint about the lift, their lawyer said.", "en",
         "The tenants filed a complaint about the lift, their lawyer said."),
    ],
)
def test_a_complaint_rendered_faithfully_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # A closure the source reported plainly told as a sacrifice.
        ("en", "The county said it would close the rural bus depot in March.", "fr",
         "Le département a annoncé qu’il sacrifierait en mars le dépôt de bus rural.", ("close", "sacrifierait")),
        ("en", "The county said it would close the rural bus depot in March.", "en",
         "The county said it would sacrifice the rural bus depot in March.", ("close", "sacrifice")),
        ("en", "The board closed the night ward to save money.", "de",
         "Der Vorstand opferte die Nachtstation, um Geld zu sparen.", ("closed", "opferte")),
        ("en", "The region will close two village schools.", "es",
         "La región sacrificará dos escuelas rurales.", ("close", "sacrificará")),
        ("en", "The region will close two village schools.", "it",
         "La regione sacrificherà due scuole di paese.", ("close", "sacrificherà")),
    ],
)
def test_a_closure_told_as_a_sacrifice_is_reported(o_lang, original, d_lang, derivative, expected):
    assert found_pairs(o_lang, original, d_lang, derivative) == [expected]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own sacrifice, rendered; the victims of a closure are no sacrifice.
        ("en", "The county said it would sacrifice the rural bus depot to keep the hospital open.", "fr",
         "Le département a annoncé qu’il sacrifierait le dépôt de bus rural pour garder l’hôpital."),
        ("en", "The factory closed after the flood, and the victims were compensated.", "de",
         "Die Fabrik wurde nach der Flut geschlossen, und die Opfer wurden entschädigt."),
        ("en", "The region will close two village schools.", "fr",
         "La région fermera deux écoles de village."),
    ],
)
def test_a_sacrifice_in_the_source_or_a_plain_closure_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []
