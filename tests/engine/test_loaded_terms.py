"""Loaded terms: a charged word where the source used a neutral one, from a documented lexicon.

These tests need sentences to be aligned but not what they mean, so a stand-in
encoder that calls every pair of sentences identical keeps them fast.
"""

import numpy as np
import pytest

from diptych.engine.groups import build_context
from diptych.engine.loaded_terms import find_loaded_terms, parse_substitutions, substitutions
from diptych.engine.model import Article, Link, Segment


class SameEverything:
    """Every text gets the same vector: every sentence pair aligns."""

    def encode(self, texts):
        return np.full((len(texts), 512), 1 / np.sqrt(512), dtype=np.float32)


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test",
        title="",
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def loaded(o_lang, original, d_lang, derivative):
    o, d = article(o_lang, original), article(d_lang, derivative)
    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_loaded_terms(build_context(o, d, links, SameEverything()))


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
