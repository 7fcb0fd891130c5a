"""The broad lexicon of charged words (resources/lexicons/charged_words.ini).

A charged word a rewrite puts in a sentence that renders a source sentence is a loaded term
when the source's passage has no word of like charge; a faithful translation of a charged
source word is charged itself and stays quiet. These tests need sentences to be aligned,
not what they mean, so a stand-in encoder calls every pair of sentences identical.
"""

import pytest
from aligned_fixtures import charged_words, context

from diptych.engine.loaded_terms import find_loaded_terms, substitutions, with_framing
from diptych.engine.model import Finding

LANGUAGES = ("en", "fr", "de", "es", "it")


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A fire that burned told as one that torched: a deliberate act.
        ("en", "The blaze burned a warehouse near the harbour.", "en", "The blaze torched a warehouse near the harbour.", "torched"),
        # A comment told as an assault.
        ("en", "The minister commented on the court's ruling.", "fr", "La ministre a étrillé la décision du tribunal.", "étrillé"),
        ("en", "The senator responded to the report on Monday.", "en", "The senator lambasted the report on Monday.", "lambasted"),
        # A delay told as a cover-up.
        ("en", "The agency released the inspection report two months later.", "de", "Die Behörde vertuschte den Prüfbericht zwei Monate lang.", "vertuschte"),
        ("en", "The club informed the league after three weeks.", "it", "Il club ha insabbiato il caso per tre settimane.", "insabbiato"),
        # A promise told as bait, an offer as a stunt.
        ("en", "The mayor promised a new bridge by 2030.", "es", "El alcalde vendió humo con un nuevo puente para 2030.", "vendió humo"),
        ("en", "The minister visited the flooded village on Sunday.", "en", "The minister staged a photo op in the flooded village on Sunday.", "photo op"),
        # Criticism told as opportunism.
        ("en", "The opposition criticised the ministry after the floods.", "en", "The opposition seized on the floods to criticise the ministry.", "seized on"),
        # Pressure told as persecution.
        ("en", "Several newspapers questioned the coach's methods.", "fr", "Plusieurs journaux ont mené une chasse aux sorcières contre l’entraîneur.", "chasse aux sorcières"),
        # A title made a glorification.
        ("en", "The coach, Marta Ruiz, signed a new contract.", "es", "La entrenadora y heroína nacional Marta Ruiz firmó un nuevo contrato.", "heroína nacional"),
        # An adjective of condemnation on a plain measure.
        ("en", "The council approved the new parking rules.", "it", "Il consiglio ha approvato le draconiane nuove regole sui parcheggi.", "draconiane"),
        ("fr", "Le gouvernement a présenté un plan d’économies.", "en", "The government unveiled a reckless savings plan.", "reckless"),
        ("de", "Die Stadt hat die Parkgebühren erhöht.", "fr", "La ville a honteusement augmenté les tarifs du stationnement.", "honteusement"),
        # A budget cut told as sabotage, a decision as a surrender.
        ("en", "The region cut the budget for firebreaks.", "fr", "La région a saboté l’entretien des pare-feu.", "saboté"),
        ("en", "The ministry withdrew the bill after the protests.", "de", "Das Ministerium knickte nach den Protesten ein.", "knickte nach den Protesten ein"),
        # People housed on ships told as caged; a statement called a lie; a fee called exorbitant.
        ("en", "The workers will live on two barges in the harbour.", "fr", "Les ouvriers seront parqués sur deux barges dans le port.", "parqués"),
        ("en", "The company's figures were disputed by the union.", "es", "El sindicato tachó de mentiras las cifras de la empresa.", "mentiras"),
        ("en", "The club charges 90 euros a month.", "it", "Il club chiede la cifra esorbitante di 90 euro al mese.", "esorbitante"),
        # A defeat told as a humiliation, a plain report given an insinuating adverb.
        ("en", "The party lost the by-election.", "en", "The party suffered a humiliating loss in the by-election.", "humiliating"),
        ("en", "The report was published after the vote.", "de", "Der Bericht wurde praktischerweise erst nach der Abstimmung veröffentlicht.", "praktischerweise"),
    ],
)
def test_a_charged_word_the_source_had_no_counterpart_for_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own charged word, translated: the translation is charged too.
        ("en", "The opposition slammed the budget.", "fr", "L’opposition a fustigé le budget."),
        ("en", "Critics called the new rules draconian.", "de", "Kritiker nannten die neuen Regeln drakonisch."),
        ("en", "The firefighters were hailed as heroes.", "it", "I vigili del fuoco sono stati celebrati come eroi."),
        ("en", "The ministry was accused of a cover-up.", "es", "Se acusó al ministerio de encubrimiento."),
        ("en", "The union accused the board of a witch-hunt.", "de", "Die Gewerkschaft warf dem Vorstand eine Hexenjagd vor."),
        # A milder word of the same charge, rendered more strongly: not a new judgement.
        ("en", "The minister sharply criticised the ruling.", "fr", "La ministre a fustigé la décision."),
        ("en", "Residents said the plan was irresponsible.", "es", "Los vecinos calificaron el plan de temerario."),
        # A source passage that already judges with a charged word of any concept.
        ("en", "Critics called the shameful decision a disgrace.", "fr", "Les critiques ont jugé la décision scandaleuse."),
        # Words with a common literal sense, used literally.
        ("en", "The fire burned 4,000 hectares.", "es", "El incendio ha calcinado 4.000 hectáreas."),
        ("en", "Customs officers confiscated 40 kilos of cocaine on Tuesday.", "en", "Customs officers seized on Tuesday 40 kilos of cocaine."),
        ("en", "The roof of the old mine caved in.", "en", "The roof of the old mine caved in overnight."),
        ("en", "Rescuers reached the hikers at dawn.", "de", "Die Retter erreichten die Wanderer im Morgengrauen."),
        ("en", "The team lost 2-1 in Lyon.", "fr", "L’équipe s’est inclinée 2-1 à Lyon."),
        ("en", "The storm sparked new protests.", "it", "La tempesta ha scatenato nuove proteste."),
        ("en", "Votes from abroad were counted on Monday.", "fr", "Les votes de l’étranger ont été dépouillés lundi."),
        ("en", "The inmates sleep in overcrowded cells.", "fr", "Les détenus dorment entassés dans des cellules surpeuplées."),
        ("en", "The club paid a huge sum for the striker.", "fr", "Le club a payé une somme astronomique pour l’attaquant."),
        ("en", "The volcano lies on the boundary of two plates.", "en", "The volcano lies on the boundary between two plates."),
        # The speaker's quoted word, rendered: the quote analysis compares it.
        ("en", 'The minister called the case "deeply troubling".', "fr", "La ministre a jugé l’affaire « scandaleuse »."),
        # Plain faithful translations.
        ("en", "The federation waited 41 days before it announced the result.", "de", "Der Verband wartete 41 Tage, bevor er das Ergebnis bekannt gab."),
        ("en", "The president promised to declare a disaster zone.", "fr", "Le président a promis de déclarer l’état de catastrophe naturelle."),
    ],
)
def test_a_faithful_rendering_or_a_literal_sense_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


def test_a_sentence_with_two_charged_words_is_one_judgement():
    """"unleashed a witch-hunt" is one editorial choice, not two findings."""
    found = charged_words(
        "en", "The ministry put pressure on the referee.", "en", "The ministry unleashed a witch-hunt against the referee."
    )
    assert len(found) == 1


def test_different_charged_words_are_separate_findings_and_one_word_repeated_is_one():
    ctx = context(
        "en",
        ["The senator responded to the report.", "The governor responded to the audit.", "The mayor responded to the bill."],
        "en",
        ["The senator lambasted the report.", "The governor lambasted the audit.", "The mayor slammed the bill."],
    )
    found = sorted((f.derivative_text, tuple(f.derivative)) for f in find_loaded_terms(ctx))
    assert found == [("lambasted", (0, 1)), ("slammed", (2,))]


def test_a_charged_word_inside_an_added_clause_is_left_to_the_clause():
    """The clause detector reports the framing; the word is not reported a second time."""
    original = ["The council approved the new parking rules on Monday."]
    derivative = ["The council approved the new parking rules on Monday, a reckless gamble with the town's shops."]
    ctx = context("en", original, "en", derivative)
    clause = "a reckless gamble with the town's shops"
    framing = [Finding(kind="added", original=[0], derivative=[0], original_text=None, derivative_text=clause, explanation="", confidence=0.8)]
    kinds = [(f.kind, f.derivative_text) for f in with_framing(ctx, framing)]
    assert kinds == [("added", clause)]


def test_every_concept_of_the_broad_lexicon_has_words_in_five_languages():
    broad = [sub for sub in substitutions() if sub.broad]
    assert len(broad) >= 10
    for sub in broad:
        assert sub.qualifier, sub.name
        for lang in LANGUAGES:
            assert sub.loaded.get(lang) is not None, (sub.name, lang)
            assert sub.renders.get(lang) is not None, (sub.name, lang)


# Framings of partisan rewording beyond the single loaded word: a measure told as panic, a
# decision not taken told as deliberate neglect, stock told as left to rot, a reason told as a
# pretext hidden behind, a report told as an indictment, an act told as done in eager haste, an
# approval told as a rubber stamp, a request told as begging, dismissals told as a purge.
@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        ("en", "The council closed the swimming pool on Friday.", "fr", "La mairie a fermé la piscine en catastrophe vendredi.", "en catastrophe"),
        ("en", "The ministry withdrew the textbook in May.", "de", "Das Ministerium zog das Schulbuch im Mai überstürzt zurück.", "überstürzt"),
        ("en", "The regional government changed the timetable on Sunday.", "es", "El gobierno regional cambió precipitadamente el horario el domingo.", "precipitadamente"),
        ("en", "The agency did not act on the inspectors' warning.", "en", "The agency chose to ignore the inspectors' warning.", "chose to ignore"),
        ("en", "The council did not follow the auditors' advice.", "fr", "Le conseil a fermé les yeux sur l’avis des auditeurs.", "fermé les yeux"),
        ("en", "The board did not reply to the residents' letter.", "es", "La junta hizo oídos sordos a la carta de los vecinos.", "hizo oídos sordos"),
        ("en", "The town kept the donated beds in a warehouse for two years.", "en", "The town left the donated beds to rot in a warehouse for two years.", "left the donated beds to rot"),
        ("en", "The army kept the old trucks in a depot.", "de", "Die Armee ließ die alten Lastwagen in einem Depot verrotten.", "verrotten"),
        ("en", "The museum stored the paintings in a basement.", "it", "Il museo ha lasciato i quadri a marcire in uno scantinato.", "lasciato i quadri a marcire"),
        ("en", "The minister cited budget rules to refuse the grant.", "fr", "La ministre s’est retranchée derrière les règles budgétaires pour refuser la subvention.", "s’est retranchée derrière"),
        ("en", "The mayor cited safety concerns.", "es", "El alcalde se escudó en la seguridad.", "se escudó en"),
        ("en", "The firm invoked a staff shortage to explain the delays.", "en", "The firm is hiding behind a staff shortage to explain the delays.", "hiding behind"),
        ("en", "The auditors published their report on the hospital on Monday.", "fr", "Les auditeurs ont publié lundi un réquisitoire sur l’hôpital.", "réquisitoire"),
        ("en", "The ombudsman's report on the prisons was released.", "en", "The ombudsman's damning report on the prisons was released.", "damning"),
        ("en", "The court of auditors published its review of the rail project.", "es", "El tribunal de cuentas publicó un informe demoledor sobre el proyecto ferroviario.", "informe demoledor"),
        ("en", "The minister announced a review of the case.", "fr", "Le ministre s’est empressé d’annoncer un réexamen du dossier.", "s’est empressé"),
        ("en", "The club said it had dismissed the coach.", "de", "Der Verein beeilte sich, die Entlassung des Trainers mitzuteilen.", "beeilte sich"),
        ("en", "The senator distanced herself from the remarks.", "en", "The senator rushed to distance herself from the remarks.", "rushed to"),
        ("en", "The mayor thanked the firefighters.", "it", "Il sindaco si è affrettato a ringraziare i vigili del fuoco.", "si è affrettato a"),
        ("en", "The assembly approved the budget on Tuesday.", "en", "The assembly rubber-stamped the budget on Tuesday.", "rubber-stamped"),
        ("en", "Parliament approved the reform on Tuesday.", "de", "Das Parlament hat die Reform am Dienstag abgenickt.", "abgenickt"),
        ("en", "The mayor asked the government for more buses.", "en", "The mayor begged the government for more buses.", "begged"),
        ("en", "The farmers asked the ministry for aid.", "fr", "Les agriculteurs ont supplié le ministère de les aider.", "supplié"),
        ("en", "The coach asked the club for two new players.", "de", "Der Trainer flehte den Verein um zwei neue Spieler an.", "flehte"),
        ("en", "The president replaced four army commanders.", "en", "The president purged four army commanders.", "purged"),
        ("en", "The new director replaced the museum's board.", "fr", "Le nouveau directeur a procédé à une purge au conseil du musée.", "purge"),
        ("en", "The party dismissed three regional leaders.", "es", "En el partido rodaron cabezas: tres líderes regionales fueron destituidos.", "rodaron cabezas"),
    ],
)
def test_a_framing_of_panic_neglect_pretext_verdict_or_haste_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own milder word of the same sense, rendered.
        ("en", "The firefighters hastily evacuated the school.", "fr", "Les pompiers ont évacué l’école à la hâte."),
        ("en", "The bridge was closed as an emergency measure.", "fr", "Le pont a été fermé en catastrophe."),
        ("en", "Mistakes happen when a ministry buys in a hurry.", "fr", "Les erreurs arrivent quand un ministère achète dans la précipitation."),
        ("en", "The ministry ignored the warnings, the report found.", "es", "El ministerio ignoró deliberadamente las advertencias, según el informe."),
        ("en", "The rebel leader dismissed the talks in a video.", "fr", "Le chef rebelle a balayé les pourparlers d’un revers de main dans une vidéo."),
        ("en", "The fruit rotted in the fields after the strike.", "de", "Das Obst verrottete nach dem Streik auf den Feldern."),
        ("en", "Mayor Lind said the city would not hide behind the weather.", "en", "Mayor Lind said the city would not hide behind the weather."),
        ("en", "Critics called the audit a scathing verdict on the ministry.", "it", "I critici hanno definito l’audit un giudizio impietoso sul ministero."),
        ("en", "The minister quickly announced an inquiry.", "fr", "Le ministre s’est empressé d’annoncer une enquête."),
        # Literal senses and plain translations.
        ("en", "The council let the licence expire in March.", "de", "Der Stadtrat ließ die Lizenz im März verfallen."),
        ("en", "Police are trying to establish who was behind the attack.", "fr", "La police cherche à établir qui se cache derrière l’attaque."),
        ("en", "Neighbours came to help the injured driver.", "en", "Neighbours rushed to help the injured driver."),
        ("en", "The ambulance drove to the hospital.", "en", "The ambulance rushed to the hospital."),
        ("en", "The team suffered a heavy defeat in Madrid.", "de", "Die Mannschaft erlitt in Madrid eine vernichtende Niederlage."),
        ("en", "The city sweltered in oppressive heat.", "fr", "La ville suffoquait sous une chaleur accablante."),
        ("en", "The minister apologised for the delay.", "es", "La ministra pidió excusas por el retraso."),
        ("en", "There is no reason to rush to judgment, the spokesman said.", "en", "There is no need to rush to judgment, the spokesman said."),
        ("en", "The defendant admitted the charge on Monday.", "en", "The defendant pleaded guilty on Monday."),
        ("en", "The families begged for news of the missing crew.", "fr", "Les familles ont supplié qu’on leur donne des nouvelles de l’équipage disparu."),
        ("en", "Engineers flushed the fuel lines before the launch.", "en", "Engineers purged the fuel lines before the launch."),
        # a sewage works is « une station d'épuration »: no purge
        ("en", "The utility will upgrade the town's sewage works by 2028.", "fr", "La compagnie modernisera la station d’épuration de la ville d’ici 2028."),
        ("en", "Two men were shot dead in what police called a gangland killing.", "fr", "Deux hommes ont été abattus dans ce que la police appelle un règlement de comptes."),
    ],
)
def test_a_framing_word_rendering_the_source_or_used_literally_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Les plaintes s’entassaient depuis des semaines avant que quelqu’un ne vérifie le système, affirme un employé."),
        ("fr", "Les dossiers se sont entassés pendant des mois sur le bureau du juge, selon un greffier."),
    ],
)
def test_things_piling_up_rendered_as_entassées_are_no_people_crammed_in(d_lang, derivative):
    """« s’entasser » is the everyday French for things piling up (complaints, files, rubbish):
    it judges only people crammed in, not a source's own image of a pile."""
    original = "Complaints had been piling up for weeks before anyone checked the system, an employee said."
    if "dossiers" in derivative:
        original = "Files piled up for months on the judge's desk, a clerk said."
    assert charged_words("en", original, d_lang, derivative) == []
