"""Hedges: which words mark a claim as unverified, and when a change of them is a change.

Pure text tests (no encoder).
"""

import pytest

from diptych.engine.hedges import find_hedges, hedge_change
from diptych.engine.sentences import Span
from hedge_texts import hedges


@pytest.mark.parametrize(
    "language, text, marker",
    [
        ("en", "The army reportedly shelled the town.", "reportedly"),
        ("en", "The alleged attack happened at night.", "alleged"),
        ("en", "He is said to have left the country.", "is said to"),
        ("fr", "L’armée aurait bombardé la ville.", "aurait bombardé"),
        ("fr", "Les attaques auraient encore endommagé deux centrales.", "auraient encore endommagé"),
        ("fr", "Il a prétendument quitté le pays.", "prétendument"),
        ("fr", "La société emploierait la moitié des salariés.", "emploierait"),
        ("de", "Die Armee soll die Stadt beschossen haben.", "soll die Stadt beschossen haben"),
        ("de", "Der angeblich geheime Plan wurde bekannt.", "angeblich"),
        ("de", "Berichten zufolge wurde die Stadt beschossen.", "Berichten zufolge"),
        ("es", "El ejército habría bombardeado la ciudad.", "habría bombardeado"),
        ("es", "El presunto ataque ocurrió de noche.", "presunto"),
    ],
)
def test_hedges_are_found_in_each_language(language, text, marker):
    found = hedges(text, language)
    assert marker in [s.text for s in found.hearsay + found.weak]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The army shelled the town on Monday."),
        ("fr", "L’armée a bombardé la ville lundi."),
        ("de", "Die Armee beschoss die Stadt am Montag."),
        ("es", "El ejército bombardeó la ciudad el lunes."),
    ],
)
def test_plain_statements_carry_no_hedge(language, text):
    assert not hedges(text, language).any


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, change",
    [
        # Faithful renderings: a hedge translated is no change.
        ("en", "The army reportedly shelled the town.", "fr", "L’armée aurait bombardé la ville.", None),
        ("en", "He said the plant would be repaired.", "fr", "Il a dit que la centrale serait réparée.", None),
        ("en", "The deliveries are due to start in May.", "de", "Die Lieferungen sollen im Mai beginnen.", None),
        ("en", "Officials estimate that 8,000 people are held.", "fr", "Les autorités estiment qu’environ 8 000 personnes sont détenues.", None),
        ("en", "The army reportedly shelled the town.", "es", "El ejército habría bombardeado la ciudad.", None),
        ("en", "Russia reportedly asked for talks.", "de", "Russland soll um Gespräche gebeten haben.", None),
        # Added and removed hedges.
        ("en", "The attacks damaged four plants.", "fr", "Les attaques auraient endommagé quatre centrales.", "added"),
        ("en", "The attacks damaged four plants.", "de", "Die Angriffe sollen vier Kraftwerke beschädigt haben.", "added"),
        ("en", "The ministry reportedly asked for priority.", "fr", "Le ministère a demandé la priorité.", "removed"),
        ("en", "The rise may be temporary.", "es", "La subida será temporal.", "removed"),
        ("en", "The sample appeared genuine.", "en", "The sample was authentic.", "removed"),
        # One language: a weaker modal is a weaker claim.
        ("en", "Two-thirds of the ice would disappear.", "en", "Two-thirds of the ice may be gone.", "added"),
    ],
)
def test_a_hedge_change_is_a_change_of_certainty_not_of_grammar(o_lang, original, d_lang, derivative, change):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) == change


def test_hedges_inside_quotes_are_the_speakers_words_not_the_writers():
    text = "« Il aurait fallu agir », a déclaré le ministre."
    quoted = [(0, text.index("»") + 1)]
    assert not find_hedges([Span(0, 0, len(text), text)], "fr", quoted).any


# --- renderings across languages ------------------------------------------------------


@pytest.mark.parametrize(
    "language, text, marker",
    [
        # German spreads "suggest" over the clause; the parts may stand apart.
        ("de", "Die ersten Messungen deuten darauf hin, dass der Damm nachgab.", "deuten darauf hin"),
        ("de", "Die Spuren deuten nach Angaben der Polizei auf einen Brand hin.", "deuten nach Angaben der Polizei auf einen Brand hin"),
        ("de", "Es gibt Hinweise, die auf einen Defekt hindeuten.", "hindeuten"),
        ("de", "Die Befunde legen den Schluss nahe, dass das Ventil defekt war.", "legen den Schluss nahe"),
        ("de", "Der Schaden dürfte in die Millionen gehen.", "dürfte"),
        ("it", "Il ponte fu probabilmente costruito nel 1850.", "probabilmente"),
        ("it", "Si ritiene che la diga abbia ceduto di notte.", "Si ritiene"),
        ("it", "Il sindaco sembra deciso a ricandidarsi.", "sembra"),
        ("it", "Alcuni consiglieri sarebbero contrari al progetto.", "sarebbero"),
        ("it", "A quanto pare la nave ha cambiato rotta.", "A quanto pare"),
        ("pt", "A ponte foi provavelmente construída em 1850.", "provavelmente"),
        ("pt", "O navio teria mudado de rota durante a noite.", "teria"),
        ("nl", "De brug werd waarschijnlijk in 1850 gebouwd.", "waarschijnlijk"),
        ("nl", "Het schip zou van koers zijn veranderd.", "zou van koers zijn"),
        ("es", "El accidente sería el segundo en un año.", "sería el"),
    ],
)
def test_renderings_of_hedges_are_found_in_more_languages(language, text, marker):
    found = hedges(text, language)
    assert marker in [s.text for s in found.hearsay + found.weak]


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Il ponte fu costruito nel 1850 e riaperto lunedì."),
        ("it", "Il sindaco vorrebbe riaprire il ponte a maggio."),
        ("pt", "A ponte foi construída em 1850 e reaberta na segunda-feira."),
        ("nl", "De brug werd in 1850 gebouwd en maandag heropend."),
        ("de", "Der Vorschlag wurde am Montag angenommen."),
        ("de", "Die Spuren führen zu einem Brand im Hafen."),
    ],
)
def test_plain_statements_in_more_languages_carry_no_hedge(language, text):
    assert not hedges(text, language).any


@pytest.mark.parametrize(
    "original, d_lang, derivative, change",
    [
        # Faithful: each rendering of the English hedge is a hedge of its own language.
        ("Preliminary readings suggest that the dam gave way.", "de",
         "Erste Messungen deuten darauf hin, dass der Damm nachgab.", None),
        ("The damage probably runs into millions.", "de", "Der Schaden dürfte in die Millionen gehen.", None),
        ("The crew are believed to be safe.", "de", "Die Besatzung ist vermutlich in Sicherheit.", None),
        ("The valve appears to have failed.", "fr", "La vanne semble avoir cédé.", None),
        ("The bridge was probably built in 1850.", "fr", "Le pont a probablement été construit en 1850.", None),
        ("The ship apparently changed course.", "es", "Al parecer, el barco cambió de rumbo.", None),
        ("The bridge was probably built in 1850.", "es", "El puente fue construido probablemente en 1850.", None),
        ("The bridge was probably built in 1850.", "it", "Il ponte fu probabilmente costruito nel 1850.", None),
        ("The mayor seems determined to run again.", "it", "Il sindaco sembra deciso a ricandidarsi.", None),
        ("The dam is believed to have failed at night.", "it", "Si ritiene che la diga abbia ceduto di notte.", None),
        ("Some councillors are understood to oppose the plan.", "it", "Alcuni consiglieri sarebbero contrari al progetto.", None),
        ("The bridge was probably built in 1850.", "pt", "A ponte foi provavelmente construída em 1850.", None),
        ("The bridge was probably built in 1850.", "nl", "De brug werd waarschijnlijk in 1850 gebouwd.", None),
        # Changed: the other language's list sees the hedge gone, or come.
        ("The bridge was probably built in 1850.", "it", "Il ponte fu costruito nel 1850.", "removed"),
        ("The ministry asked for a delay.", "it", "Il ministero avrebbe chiesto un rinvio.", "added"),
        ("Preliminary readings suggest that the dam gave way.", "de", "Der Damm gab nach.", "removed"),
        ("The collapse is the second this year.", "es", "El derrumbe sería el segundo este año.", "added"),
        ("The ship changed course.", "nl", "Het schip zou van koers zijn veranderd.", "added"),
    ],
)
def test_hedges_compare_across_more_languages(original, d_lang, derivative, change):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) == change


@pytest.mark.slow
def test_no_hedge_change_is_reported_towards_a_language_without_a_list(tmp_path):
    # Polish has no hedge list: the English "probably" cannot be looked for, so it is
    # not reported as removed (silence, not a false alarm)...
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)
    english = "The bridge was probably built in 1850, the museum said."
    polish = article("pl", "Most zbudowano w 1850 roku, poinformowało muzeum.")
    kinds = [f.kind for f in find_span_findings(article("en", english), polish, [Link([0], [0], 0.9)], encoder)]
    assert "hedge_changed" not in kinds
    # ... while the same sentence in Italian, which has a list, is reported.
    italian = article("it", "Il ponte fu costruito nel 1850, ha detto il museo.")
    kinds = [f.kind for f in find_span_findings(article("en", english), italian, [Link([0], [0], 0.9)], encoder)]
    assert "hedge_changed" in kinds


@pytest.mark.parametrize(
    "original, d_lang, derivative, change",
    [
        # The believer named by a preposition renders the belief verb...
        ("Investigators believe the fire began in a workshop.", "fr",
         "Selon les enquêteurs, l’incendie a commencé dans un atelier.", None),
        ("Engineers think the cable snapped.", "es", "Según los ingenieros, el cable se rompió.", None),
        ("The fire began in a workshop, according to investigators.", "fr",
         "Les enquêteurs estiment que l’incendie a commencé dans un atelier.", None),
        # ... but a source both versions name excuses nothing: the conditional is new.
        ("The glacier lost two metres, according to the survey.", "fr",
         "Le glacier aurait perdu deux mètres, selon le relevé.", "added"),
        ("The count, according to the town hall, was likely to rise.", "fr",
         "Le décompte, d’après la mairie, va encore augmenter.", "removed"),
    ],
)
def test_a_source_named_by_preposition_can_render_a_belief_verb(original, d_lang, derivative, change):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) == change


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "it", "pt", "nl"])
def test_every_hedge_list_says_where_it_comes_from_and_compiles(language):
    from diptych.engine.lexicons import pattern
    from diptych.resource_files import resource

    header = resource("lexicons", f"hedges.{language}.txt").read_text(encoding="utf-8").splitlines()[:12]
    assert any("Where this list comes from" in line for line in header)
    assert all(pattern("hedges", language, section) is not None for section in ("hearsay", "weak", "modal"))


# --- one hedge, two devices -------------------------------------------------------------


@pytest.mark.parametrize(
    "language, text, marker",
    [
        # A reduced relative clause carries the hearsay of "is thought to".
        ("en", "The statue, thought to be the oldest in the city, was moved on Friday.", "thought to be"),
        ("en", "The wreck, believed to have sunk in 1912, lies at forty metres.", "believed to have"),
        ("en", "The old mill, widely said to be haunted, is for sale.", "widely said to be"),
        # An epistemic adverb is the hedge, not the modal it qualifies.
        ("en", "Rain would almost certainly delay the final.", "almost certainly"),
        ("en", "The mine is unlikely to reopen this year.", "unlikely"),
        ("fr", "La mine ne rouvrira selon toute vraisemblance pas cette année.", "selon toute vraisemblance"),
        ("de", "Die Abstimmung wird höchstwahrscheinlich verschoben.", "höchstwahrscheinlich"),
        ("es", "La votación se aplazará casi con toda seguridad.", "casi con toda seguridad"),
    ],
)
def test_hedges_are_the_hedging_words_themselves(language, text, marker):
    found = hedges(text, language)
    assert marker in [s.text for s in found.hearsay + found.weak]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "He said to be careful on the ice."),
        ("en", "The mayor could not be reached for comment."),
        # "could" of purpose or of a worry is no doubt cast on a claim.
        ("en", "The mines halted work so their shafts could be inspected."),
        # Nouns and set phrases spelt like hedging verbs and adjectives.
        ("en", "The suspect was arrested at the border."),
        ("en", "Police questioned a suspect the next morning."),
        ("en", "A Brussels think tank published the figures."),
        ("en", "She assumed office in March."),
        ("en", "The fire had no apparent cause."),
        ("de", "Der Impfstoff wirkt auch gegen die neue Variante."),
        ("de", "Die neue Linie soll 2027 eröffnet werden."),
        ("de", "Sie arbeitete als Lehrerin in Graz, bevor sie nach Wien zog."),
    ],
)
def test_words_that_only_look_like_hedges_are_not_hedges(language, text):
    assert not hedges(text, language).any


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # Hearsay rendered by an epistemic adverb.
        ("en", "The statue, thought to be the oldest in the city, was moved.", "fr",
         "La statue, sans doute la plus ancienne de la ville, a été déplacée."),
        # An expectation rendered by an epistemic modal, with a negation in the way.
        ("en", "The new bridge is not expected to open before 2031.", "de",
         "Die neue Brücke dürfte nicht vor 2031 eröffnet werden."),
        ("en", "The new bridge isn't expected to open before 2031.", "de",
         "Die neue Brücke dürfte nicht vor 2031 eröffnet werden."),
        # A likelihood rendered by a verb of risk.
        ("en", "The strike is likely to delay the harvest.", "fr", "La grève risque de retarder la récolte."),
        ("en", "The strike is likely to delay the harvest.", "it", "Lo sciopero rischia di ritardare il raccolto."),
        # "believed to be" rendered by "gilt als".
        ("en", "The painting, believed to be a copy, was sold.", "de", "Das Gemälde, das als Kopie gilt, wurde verkauft."),
        ("en", "The captain is considered the fleet's best sailor.", "de", "Der Kapitän gilt als bester Segler der Flotte."),
        ("en", "The captain is thought to be the fleet's best sailor.", "de", "Der Kapitän gilt als bester Segler der Flotte."),
        # One adverb for another.
        ("en", "The vote will almost certainly be postponed.", "es", "La votación se aplazará casi con toda seguridad."),
        ("en", "The vote will almost certainly be postponed.", "de", "Die Abstimmung wird höchstwahrscheinlich verschoben."),
    ],
)
def test_a_hedge_rendered_by_another_device_is_no_change(o_lang, original, d_lang, derivative):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), False) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Rain would almost certainly delay the final.", "en", "Rain would delay the final."),
        ("en", "The statue, thought to be the oldest in the city, was moved.", "fr",
         "La statue, la plus ancienne de la ville, a été déplacée."),
        ("en", "The vote will almost certainly be postponed.", "de", "Die Abstimmung wird verschoben."),
        ("en", "The mine is unlikely to reopen this year.", "es", "La mina no reabrirá este año."),
        ("en", "The painting, believed to be a copy, was sold.", "it", "Il dipinto, una copia, è stato venduto."),
    ],
)
def test_a_hedge_dropped_with_no_device_left_is_removed(o_lang, original, d_lang, derivative):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) == "removed"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, change",
    [
        # Both versions cite someone: a named outlet swapped for vague "media" is an
        # attribution change, not a hedge.
        ("en", "According to the broadcaster NRK, the ferry had been sold.", "fr",
         "Selon plusieurs médias, le ferry avait été vendu.", None),
        ("en", "According to the broadcaster NRK, the ferry had been sold.", "es",
         "Según varios medios, el ferry había sido vendido.", None),
        ("en", "According to unconfirmed reports, the ferry was sold.", "de",
         "Laut dem Sender NRK wurde die Fähre verkauft.", None),
        # ... and so is vague hearsay put where a source was named with a verb.
        ("en", "The harbour will stay shut until March, the port authority said.", "fr",
         "Le port restera fermé jusqu’en mars, selon des sources locales.", None),
        ("en", "The harbour will stay shut until March, the port authority said.", "es",
         "El puerto seguirá cerrado hasta marzo, según la prensa local.", None),
        ("fr", "Le port restera fermé jusqu’en mars, a indiqué la capitainerie.", "en",
         "The harbour will stay shut until March, according to media reports.", None),
        ("de", "Der Hafen bleibt bis März geschlossen, teilte die Hafenbehörde mit.", "fr",
         "Selon la presse, le port restera fermé jusqu’en mars.", None),
        # Cited hearsay where the other version cites no one is a hedge.
        ("en", "The harbour will stay shut until March.", "fr",
         "Le port restera fermé jusqu’en mars, selon des sources locales.", "added"),
        ("en", "The ferry had been sold.", "fr", "Selon plusieurs médias, le ferry avait été vendu.", "added"),
        ("en", "According to unconfirmed reports, the ferry was sold.", "de", "Die Fähre wurde verkauft.", "removed"),
        # A conditional is a hedge of its own, whoever is cited (a media report is relayed
        # in the conditional where the outlet is still named: see test_hedges_allegations.py).
        ("en", "According to the broadcaster NRK, the ferry was sold.", "fr",
         "Selon plusieurs médias, le ferry aurait été vendu.", "added"),
        ("en", "According to the ministry, the ferry was sold.", "fr",
         "Selon plusieurs médias, le ferry aurait été vendu.", "added"),
    ],
)
def test_hearsay_that_names_a_source_is_weighed_against_the_other_source(o_lang, original, d_lang, derivative, change):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), False) == change


def test_counterpart_candidates_stay_within_one_clause():
    from diptych.engine.hedges import _word_runs

    text = "Le joueur, qui a terminé troisième, a estimé que l’affaire nuirait aux tournois « open »."
    runs = [r.text for r in _word_runs(Span(0, 0, len(text), text))]
    assert "a estimé que l’affaire" in runs
    assert not any(mark in r for r in runs for mark in ",«»")


@pytest.mark.parametrize(
    "original, derivative",
    [
        ("The painting is believed to be a copy.", "Das Gemälde gilt als Kopie."),
        ("The painting is a copy.", "Das Gemälde gilt als Kopie."),
        ("Two engineers are credited with the design.", "Zwei Ingenieure gelten als Urheber des Entwurfs."),
        ("The mill, which is the oldest in the valley, was sold.", "Die Mühle, die als älteste des Tals gilt, wurde verkauft."),
        # "soll" with a plain infinitive: a plan as often as hearsay.
        ("The new line will open in 2027.", "Die neue Linie soll 2027 eröffnet werden."),
        ("Two of the riders are understood to be members of the team.", "Zwei der Fahrer sollen zum Team gehören."),
    ],
)
def test_a_phrase_that_renders_hedge_and_fact_alike_is_never_a_change(original, derivative):
    # "gilt als" renders "is thought to be" and "is credited with" alike, "soll" a plan
    # and hearsay: each excuses a hedge on the other side, but is never reported itself.
    assert hedge_change(hedges(original, "en"), hedges(derivative, "de"), False) is None


def test_a_verb_of_suspicion_is_a_hedge_and_dropping_it_is_a_removal():
    original = hedges("Police suspect the fire was set deliberately.", "en")
    assert [h.text for h in original.weak] == ["suspect"]
    assert hedge_change(original, hedges("L’incendie a été allumé volontairement.", "fr"), False) == "removed"


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Les pompiers ont été appelés pour un incendie criminel présumé."),
        ("de", "Die Feuerwehr wurde zu einer mutmaßlichen Brandstiftung gerufen."),
        ("fr", "Les pompiers ont été appelés pour un possible incendie criminel."),
        ("de", "Die Feuerwehr wurde wegen Verdachts auf Brandstiftung gerufen."),
        ("fr", "Les pompiers ont été appelés pour un incendie criminel."),
    ],
)
def test_a_suspected_act_renders_any_hedge_and_is_never_reported(d_lang, derivative):
    # "suspected" is a hedge and a legal status ("farms suspected of drawing water" are
    # under inquiry): it excuses « présumé », „mutmaßlich“, « possible », „Verdacht“, and
    # turning it into a plain fact is a loaded word rather than a hedge.
    original = hedges("Firefighters were called to a suspected arson attack.", "en")
    assert hedge_change(original, hedges(derivative, d_lang), False) is None


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Il est soupçonné de fraude fiscale."),
        ("es", "Es sospechoso de fraude fiscal."),
        ("it", "È sospettato di frode fiscale."),
    ],
)
def test_suspected_of_is_rendered_in_each_language(d_lang, derivative):
    assert hedge_change(hedges("He is suspected of tax fraud.", "en"), hedges(derivative, d_lang), False) is None


@pytest.mark.parametrize(
    "original, derivative, change",
    [
        # After a verb of saying in the past, French puts "will" in the conditional:
        # the future of the past, not a hedge.
        ("The company announced it will cut 300 jobs.", "L’entreprise a annoncé qu’elle supprimerait 300 emplois.", None),
        ("The mayor said the bridge will be finished in June.", "Le maire a assuré que le pont serait terminé en juin.", None),
        ("The coach said he is confident the team will qualify.",
         "L’entraîneur s’est dit convaincu que l’équipe se qualifierait.", None),
        # The same conditional standing alone is a hedge...
        ("The company will cut 300 jobs.", "L’entreprise supprimerait 300 emplois.", "added"),
        # ... and so are a past conditional and « pourrait » after « a indiqué que ».
        ("Police said rebels killed 20 villagers.", "La police a indiqué que les rebelles auraient tué 20 villageois.", "added"),
        ("He said the inquiry will be closed.", "Il a indiqué que l’enquête pourrait être close.", "added"),
    ],
)
def test_the_french_future_of_the_past_is_grammar_not_a_hedge(original, derivative, change):
    assert hedge_change(hedges(original, "en"), hedges(derivative, "fr"), False) == change


def test_the_month_of_may_is_no_modal():
    # "may" excuses a weak hedge across languages; "in May" must not.
    original = hedges("The strike began in May.", "en")
    assert not original.modal
    assert hedge_change(original, hedges("La grève aurait commencé en mai.", "fr"), False) == "added"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # Across languages a source named by preposition stands for hearsay too.
        ("en", "The army reportedly shelled the town.", "fr", "Selon l’ONU, l’armée a bombardé la ville."),
        # Idiomatic renderings a translator reaches for.
        ("en", "The study suggests that the drug slows the disease.", "de",
         "Die Studie weist darauf hin, dass das Medikament die Krankheit verlangsamt."),
        ("en", "The rebels apparently withdrew overnight.", "de", "Die Rebellen zogen sich offensichtlich über Nacht zurück."),
        ("en", "The result will almost certainly be appealed.", "de", "Gegen das Urteil wird mit ziemlicher Sicherheit Berufung eingelegt."),
        ("en", "A recovery is unlikely before spring.", "fr", "Une reprise est peu probable avant le printemps."),
        ("en", "The ship, believed to be the oldest afloat, was sold.", "fr",
         "Le navire, réputé le plus ancien encore à flot, a été vendu."),
        ("en", "The rebels apparently withdrew overnight.", "fr", "Les rebelles se sont manifestement retirés dans la nuit."),
        # A report credited to people nobody names is told in the conditional of hearsay.
        ("en", "The club has also discussed selling its stadium, the Harbour Post reported, citing two people familiar "
         "with the talks.", "fr", "Le club aurait aussi envisagé de vendre son stade, selon le Harbour Post, qui cite "
         "deux personnes au fait des discussions."),
        ("en", "The insurer has also weighed a merger, according to sources close to the board.", "de",
         "Der Versicherer soll auch eine Fusion erwogen haben, wie mit der Sache vertraute Personen sagten."),
    ],
)
def test_idiomatic_renderings_of_a_hedge_are_no_change(o_lang, original, d_lang, derivative):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) is None


def test_in_one_language_a_source_moved_into_a_verb_does_not_excuse_new_hearsay():
    original = hedges("Divers searched the wreck and found two bodies, according to the coastguard.", "en")
    derivative = hedges("Divers searched the wreck and reportedly found two bodies, the coastguard said.", "en")
    assert hedge_change(original, derivative, True) == "added"


# --- expectations, futures of the past, and who is cited -------------------------------


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # A modal of expectation renders an English future or expectation.
        ("The council said the footbridge was expected to be finished by October.", "de",
         "Der Gemeinderat teilte mit, die Fußgängerbrücke sollte bis Oktober fertiggestellt sein."),
        ("The council said the footbridge will be finished by October.", "de",
         "Laut Gemeinderat soll die Fußgängerbrücke bis Oktober fertiggestellt sein."),
        ("The ferry service will resume in April.", "it", "Il servizio di traghetti dovrebbe riprendere ad aprile."),
        ("The ferry service is due to resume in April.", "it", "Il servizio di traghetti dovrebbe riprendere ad aprile."),
    ],
)
def test_a_modal_of_expectation_renders_a_future(original, d_lang, derivative):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) is None


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # Without a future to render, the same modal is hearsay or a guess.
        ("The fire destroyed two warehouses on the quay.", "de", "Das Feuer soll zwei Lagerhallen am Kai zerstört haben."),
        ("The bridge reopened in June.", "it", "Il ponte dovrebbe aver riaperto a giugno."),
    ],
)
def test_a_modal_of_expectation_with_no_future_to_render_is_a_hedge(original, d_lang, derivative):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) == "added"


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        ("The regional council has not yet decided whether to close the two rural schools.", "fr",
         "Le conseil régional n’a pas encore décidé s’il fermerait les deux écoles rurales."),
        ("The residents wondered whether the ferry would ever come back.", "fr",
         "Les habitants se demandaient si le ferry reviendrait un jour."),
        ("The company announced that it will close its plant in Brescia next year.", "it",
         "L’azienda ha annunciato che avrebbe chiuso lo stabilimento di Brescia l’anno prossimo."),
        ("The contractor said the works will be finished before the rainy season.", "es",
         "El contratista aseguró que las obras estarían terminadas antes de la temporada de lluvias."),
    ],
)
def test_the_conditional_after_a_past_verb_of_saying_or_deciding_is_grammar(original, d_lang, derivative):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) is None


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # The same conditionals standing alone are the conditional of hearsay.
        ("The company will close its plant in Brescia next year.", "it",
         "L’azienda avrebbe chiuso lo stabilimento di Brescia l’anno scorso."),
        ("The works were finished before the rainy season.", "es",
         "Las obras estarían terminadas antes de la temporada de lluvias."),
        ("The council closed the two rural schools.", "fr", "Le conseil aurait fermé les deux écoles rurales."),
    ],
)
def test_the_same_conditional_standing_alone_is_a_hedge(original, d_lang, derivative):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) == "added"


@pytest.mark.parametrize(
    "original, d_lang, derivative, change",
    [
        # The preposition renders the reporting verb; the hedges are simply gone.
        ("Engineers said the bridge would probably need a new deck and was unlikely to reopen before 2027.", "fr",
         "Selon les ingénieurs, le pont aura besoin d’un nouveau tablier et ne rouvrira pas avant 2027.", "removed"),
        ("Doctors said the outbreak had probably peaked.", "de", "Laut den Ärzten hat der Ausbruch seinen Höhepunkt erreicht.",
         "removed"),
        # With no reporting verb to render, the preposition renders the belief verb.
        ("Doctors believe the outbreak has peaked.", "de", "Laut den Ärzten hat der Ausbruch seinen Höhepunkt erreicht.",
         None),
        ("Doctors said the outbreak had probably peaked.", "fr",
         "Selon les médecins, l’épidémie a sans doute atteint son pic.", None),
    ],
)
def test_a_source_by_preposition_renders_a_reporting_verb_before_a_hedge(original, d_lang, derivative, change):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) == change


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # A translator's ways to say "suggests".
        ("The first results suggest that the dam gave way.", "fr",
         "Les premiers résultats laissent penser que le barrage a cédé."),
        ("The first results suggest that the dam gave way.", "fr",
         "Les premiers résultats tendent à montrer que le barrage a cédé."),
        # "von X ausgehen" renders a belief verb; where something comes from is no belief.
        ("Investigators believe the fire was started deliberately.", "de", "Die Ermittler gehen von Brandstiftung aus."),
        ("The greatest danger comes from the embankments.", "de", "Die größte Gefahr geht von den Böschungen aus."),
        ("The initiative came from the parents.", "de", "Die Initiative ging von den Eltern aus."),
        # A past conditional whose subject is "few" or "no one" is a counterfactual.
        ("The council kept the library open, a decision few had expected.", "fr",
         "Le conseil a maintenu la bibliothèque, une décision que peu auraient prévue."),
        ("The result surprised everyone.", "fr", "Le résultat est ce que personne n’aurait imaginé."),
        # The conditional of a wish is politeness, not doubt.
        ("The city wants to build a second bridge.", "fr", "La ville souhaiterait construire un second pont."),
        # "sehr wohl" is emphasis, "das Wohl" a noun.
        ("The government did react to the warnings.", "de", "Die Regierung hat sehr wohl auf die Warnungen reagiert."),
        ("The law protects the welfare of children.", "de", "Das Gesetz schützt das Wohl der Kinder."),
        # "heißt es" with its source is an attribution, not hearsay.
        ("Both ministries tried to shift the blame, the report says.", "de",
         "Beide Ministerien hätten versucht, die Schuld abzuschieben, heißt es in dem Bericht."),
    ],
)
def test_phrasings_of_a_faithful_translation_that_look_like_hedges(original, d_lang, derivative):
    assert hedge_change(hedges(original, "en"), hedges(derivative, d_lang), False) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, change",
    [
        # One language: a modal of possibility dropped is a hedge removed, even when
        # another hedge of the sentence stays ("believe" on both sides).
        ("en", "Engineers believe the repair bill could be twice as high.", "en",
         "Engineers believe the repair bill is twice as high.", "removed"),
        ("en", "The council said it might close the pool in August.", "en",
         "The council said it would close the pool in August.", "removed"),
        ("en", "The council said it would close the pool in August.", "en",
         "The council said it might close the pool in August.", "added"),
        # ... but one modal of possibility for another is no change.
        ("en", "The council said it might close the pool in August.", "en",
         "The council said it may close the pool in August.", None),
        ("en", "Engineers believe the repair bill could be twice as high.", "en",
         "Engineers believe the repair bill may be twice as high.", None),
        # Across languages a conditional of possibility renders it.
        ("en", "The council said it might close the pool in August.", "fr",
         "Le conseil a indiqué qu’il pourrait fermer la piscine en août.", None),
        ("en", "The repair bill could be twice as high.", "de",
         "Die Reparaturkosten könnten doppelt so hoch sein.", None),
        ("en", "The repair bill could be twice as high.", "es",
         "La factura de la reparación podría ser el doble.", None),
        # A source of the claim named without a verb ("based on ...") is no extra source
        # in the other language's « d'après ... »: the "probably" dropped is still a change.
        ("en", "According to the museum, the vase was probably made in Delft, based on tests of its glaze.", "fr",
         "Selon le musée, le vase a été fabriqué à Delft, d’après des analyses de son émail.", "removed"),
        ("en", "According to the museum, the vase was probably made in Delft, based on tests of its glaze.", "es",
         "Según el museo, el jarrón se fabricó en Delft, según análisis de su esmalte.", "removed"),
        # A verb of assessment reports a claim as a verb of saying does.
        ("en", "The union said staffing had fallen by a fifth.", "fr",
         "Le syndicat estime que les effectifs ont baissé d’un cinquième.", None),
        ("en", "The ministry estimates that the plan would cost 2 billion euros.", "es",
         "El ministerio dijo que el plan costaría 2.000 millones de euros.", None),
        ("en", "The ministry estimates that the plan would cost 2 billion euros, a figure the union disputes.", "fr",
         "Au ministère, on chiffre le coût du plan à 2 milliards d’euros, une estimation que conteste le syndicat.", None),
        ("en", "The ministry estimates that the plan would cost 2 billion euros.", "de",
         "Das Ministerium beziffert die Kosten des Plans auf 2 Milliarden Euro.", None),
        # « chiffre », « cifra » alone are the noun "figure", which renders no hedge.
        ("en", "The town hall said the figure was likely to rise.", "fr",
         "La mairie prévient que ce chiffre va encore augmenter.", "removed"),
        ("en", "The town hall said the figure was likely to rise.", "es",
         "El ayuntamiento advirtió que la cifra va a aumentar.", "removed"),
    ],
)
def test_modals_of_possibility_sources_and_assessments(o_lang, original, d_lang, derivative, change):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) == change


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Residents fear the old dam could be breached in the next storm."),
        ("en", "The lock was drained in order that its gates could be repaired."),
    ],
)
def test_could_of_a_worry_or_a_purpose_is_no_hedge(language, text):
    assert not hedges(text, language).any


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, change",
    [
        # An expectation or a hope stated as a plain future or plan: the hedge is gone,
        # though a modal ("would") or the French future of the past is left.
        ("en", "The agency said it expected to release the audit in May.",
         "en", "The agency said it would release the audit in May.", "removed"),
        ("en", "Most of the stranded passengers were expected to fly home on Sunday.",
         "en", "Most of the stranded passengers would fly home on Sunday.", "removed"),
        ("en", "The council will vote on the plan next week.",
         "en", "The council is expected to vote on the plan next week.", "added"),
        ("en", "The club said it hoped to sign the striker before June.",
         "fr", "Le club a affirmé qu’il recruterait l’attaquant avant juin.", "removed"),
        ("fr", "L’usine devrait rouvrir au printemps.", "en", "The factory will reopen in the spring.", "removed"),
        ("en", "An instructor, who hoped to be hired again next winter, said the slopes had been neglected.",
         "fr", "Un moniteur, qui sera réembauché l'hiver prochain, affirme que les pistes avaient été négligées.",
         "removed"),
    ],
)
def test_an_expectation_made_a_plain_future_is_a_removed_hedge(o_lang, original, d_lang, derivative, change):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) == change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # An expectation rendered by another, or by a hedge.
        ("en", "The agency expected to release the audit in May.",
         "fr", "L’agence s’attendait à publier l’audit en mai."),
        ("en", "Most of the stranded passengers were expected to fly home on Sunday.",
         "fr", "La plupart des passagers bloqués devraient rentrer dimanche."),
        ("en", "The club hoped to sign the striker before June.",
         "fr", "Le club espérait recruter l’attaquant avant juin."),
        ("en", "The firm expected to finish the repairs by Friday.",
         "fr", "L’entreprise pense achever les réparations d’ici vendredi."),
        # A plain future rendered as an intent or as the future of the past: no expectation added.
        ("en", "The mayor said he would ask for an inquiry.", "fr", "Le maire entend demander une enquête."),
        ("en", "The union said it would hold a ballot.", "fr", "Le syndicat a annoncé qu’il organiserait un vote."),
        # A language whose list names no expectations is not judged on them.
        ("en", "The agency expected to release the audit in May.",
         "de", "Die Behörde erklärte, sie werde den Bericht im Mai veröffentlichen."),
        # The past of « pouvoir » renders "could have".
        ("en", "The heavy rain could have damaged the harvest.", "fr", "Les fortes pluies ont pu endommager la récolte."),
        # A hope rendered as the fear of the opposite: an expectation either way.
        ("en", "An instructor, who hoped to be hired again next winter, said the slopes had been neglected.",
         "fr", "Un moniteur, qui redoute de ne pas être réembauché l'hiver prochain, affirme que les pistes avaient "
               "été négligées."),
        ("fr", "Un moniteur, qui espère être réembauché l'hiver prochain, affirme que les pistes avaient été négligées.",
         "en", "An instructor, who feared he would not be hired again next winter, said the slopes had been neglected."),
    ],
)
def test_faithful_renderings_of_expectations_and_possibilities_stay_quiet(o_lang, original, d_lang, derivative):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, change",
    [
        # One verb of evidence for another is a rewording ...
        ("en", "Early readings pointed to a leak in the main valve.",
         "en", "Early readings suggested a leak in the main valve.", None),
        ("en", "The samples pointed to contamination at the dairy.",
         "fr", "Les échantillons suggèrent une contamination à la laiterie.", None),
        ("fr", "Les relevés indiquent une fuite dans la vanne principale.",
         "en", "The readings suggest a leak in the main valve.", None),
        # ... but evidence that showed something, made to suggest it, is a hedge added.
        ("en", "The samples showed contamination at the dairy.",
         "en", "The samples suggested contamination at the dairy.", "added"),
    ],
)
def test_one_verb_of_evidence_for_another_is_no_hedge_change(o_lang, original, d_lang, derivative, change):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) == change


def test_an_expectation_counted_once_is_judged_afresh_against_another_sentence():
    """A translator's split sentence may carry the expectation (see _rendered_elsewhere):
    the hedges as judged against one sentence are judged again against that one."""
    from diptych.engine.hedges import comparable

    original = hedges("The agency said it expected to release the audit in May.", "en")
    counted, _ = comparable(original, hedges("The agency said it would release the audit in May.", "en"), True)
    assert counted.any
    elsewhere = hedges("L’agence s’attend à publier l’audit en mai.", "fr")
    assert hedge_change(counted, elsewhere) is None


@pytest.mark.parametrize(
    "original, derivative",
    [
        # "should" says a duty or advice, as a call or a demand does: no hedge.
        ("The mayor called on the region to ban lorries from the village.",
         "The region should ban lorries from the village, the mayor said."),
        ("Doctors urged parents to vaccinate their children before the winter.",
         "Parents should vaccinate their children before the winter, doctors said."),
    ],
)
def test_a_duty_stated_with_should_is_no_hedge(original, derivative):
    assert hedge_change(hedges(original, "en"), hedges(derivative, "en"), True) is None


@pytest.mark.parametrize(
    "o_lang, original, derivative",
    [
        ("fr", "Le maire a appelé la région à interdire les camions dans le village.",
         "The region should ban lorries from the village, the mayor said."),
        ("de", "Der Bürgermeister forderte das Land auf, Lastwagen aus dem Dorf zu verbannen.",
         "The state should ban lorries from the village, the mayor said."),
        ("es", "El alcalde pidió a la región que prohibiera los camiones en el pueblo.",
         "The region should ban lorries from the village, the mayor said."),
        ("it", "Il sindaco ha chiesto che anche la regione vieti i camion nel paese.",
         "The region should also ban lorries from the village, the mayor said."),
        ("it", "Il sindaco ha invitato la regione a vietare i camion nel paese.",
         "The region should ban lorries from the village, the mayor said."),
    ],
)
def test_a_call_in_another_language_renders_should(o_lang, original, derivative):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, "en"), False) is None


@pytest.mark.parametrize(
    "original, derivative, change",
    [
        # Without a call or demand on the other side, "should" still softens a claim.
        ("The repaired bridge is safe for lorries.", "The repaired bridge should be safe for lorries.", "added"),
        ("Slower inflation is likely to ease the pressure on households.",
         "Slower inflation should ease the pressure on households.", None),
    ],
)
def test_should_without_a_demand_is_weighed_as_a_hedge(original, derivative, change):
    assert hedge_change(hedges(original, "en"), hedges(derivative, "en"), True) == change


@pytest.mark.parametrize(
    "original, derivative, change",
    [
        # "suspected" renders « présumée »; the conditional beside it is a hedge of its own.
        ("Customs said they had seized a suspected shipment of cocaine.",
         "Une cargaison présumée de cocaïne aurait été saisie, selon les douanes.", "added"),
        ("Customs said they had seized a suspected shipment of cocaine.",
         "Les douanes ont indiqué avoir saisi une cargaison présumée de cocaïne.", None),
        # Both versions hedged: no change, whatever renders what.
        ("Customs said the shipment was unlikely to be the last of its kind.",
         "Les douanes ont estimé que cette cargaison ne serait probablement pas la dernière.", None),
    ],
)
def test_a_rendering_phrase_renders_one_hedge_not_two(original, derivative, change):
    assert hedge_change(hedges(original, "en"), hedges(derivative, "fr"), False) == change
