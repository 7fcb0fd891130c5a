"""Clauses of framing added inside a faithful sentence, and the clauses that are not.

The cutting and the word-level helpers are tested on their own; the detector end to
end, with the real offline encoder, through ``find_span_findings``: each row is an
English paragraph and a rendering of it, linked as the aligner links them. A faithful
translation may move its clauses around; it must still come out clean.
"""

import pytest

from diptych.engine import clause_spans
from diptych.engine.model import Article, Link, Segment
from diptych.engine.sentences import Span
from diptych.engine.spans import find_span_findings


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def pieces(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in clause_spans.clause_pieces(span(text), language)]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "fr",
            "Le ministre, dont la gestion est très contestée, a annoncé la fermeture du site.",
            ["Le ministre", "dont la gestion est très contestée", "a annoncé la fermeture du site"],
        ),
        (
            "en",
            "The plan was approved on Thursday, a move critics called reckless.",
            ["The plan was approved on Thursday", "a move critics called reckless"],
        ),
        (
            "en",
            "The ministry (which Moscow controls) denied the report – again.",
            ["The ministry", "which Moscow controls", "denied the report", "again"],
        ),
        (
            "de",
            "Das Ministerium, das die Berichte stets zurückweist, bestätigte den Austausch; weitere folgen.",
            ["Das Ministerium", "das die Berichte stets zurückweist", "bestätigte den Austausch", "weitere folgen"],
        ),
        # a relative pronoun opens a clause even without a comma, with its conjunction
        (
            "fr",
            "Le village qui devait être rasé et dont les habitants sont partis reste vide.",
            ["Le village", "qui devait être rasé", "et dont les habitants sont partis reste vide"],
        ),
        # a second subordinate clause joined by a conjunction opens with it
        (
            "fr",
            "Le maire a dit que la digue tiendrait et que personne ne l’avait jamais contesté.",
            ["Le maire a dit que la digue tiendrait", "et que personne ne l’avait jamais contesté"],
        ),
        (
            "en",
            "The board said the merger was approved and that nobody had ever opposed it.",
            ["The board said the merger was approved", "and that nobody had ever opposed it"],
        ),
        (
            "de",
            "Der Vorstand sagte, die Fusion sei genehmigt und dass niemand widersprochen habe.",
            ["Der Vorstand sagte", "die Fusion sei genehmigt", "und dass niemand widersprochen habe"],
        ),
        # decimal commas and ranges are not clause boundaries
        ("es", "La inflación bajó al 2,1 % en octubre.", ["La inflación bajó al 2,1 % en octubre"]),
        ("en", "The vote was 5–4 in favour.", ["The vote was 5–4 in favour"]),
    ],
)
def test_a_sentence_is_cut_into_clauses_at_punctuation_and_relative_pronouns(language, text, expected):
    assert pieces(text, language) == expected


@pytest.mark.parametrize(
    "text, clause, rest",
    [
        ("Le ministre, dont la gestion est contestée, a annoncé", "dont la gestion est contestée", "Le ministre, a annoncé"),
        ("The plan passed, a move critics called reckless.", "a move critics called reckless", "The plan passed."),
        ("The ministry (which Moscow controls) denied it.", "which Moscow controls", "The ministry denied it."),
        ("Selon l’agence, les cas augmentent.", "Selon l’agence", "les cas augmentent."),
    ],
)
def test_a_sentence_without_one_of_its_clauses_keeps_the_others(text, clause, rest):
    a = text.index(clause)
    assert clause_spans._without(text, a, a + len(clause)) == rest


@pytest.mark.parametrize(
    "text, clause, reports",
    [
        ("« Nous ne céderons pas », a réagi la ministre, Maria Lind.", "a réagi la ministre", True),
        ('"We will not give in," said the minister, Maria Lind.', "said the minister", True),
        ("La ministre a lancé, furieuse : « Nous ne céderons pas. »", "furieuse", True),
        ("« Nous ne céderons pas », a dit la ministre, une promesse déjà faite l’été dernier.",
         "une promesse déjà faite l’été dernier", False),
        # a sentence that ends before the quote does not introduce it
        ("La ministre a promis des aides, un geste rare dans ce dossier. « Nous ne céderons pas. »",
         "un geste rare dans ce dossier", False),
        # a clause that opposes the quote says more than who spoke
        ('The mayor said the town "may have waited too long", but denied that the delay cost lives.',
         "but denied that the delay cost lives", False),
        ("Le maire a dit que la ville avait « peut-être trop attendu », mais a nié que le retard ait coûté des vies.",
         "mais a nié que le retard ait coûté des vies", False),
    ],
)
def test_the_clause_that_reports_a_quote_is_left_to_the_quote_analysis(text, clause, reports):
    from diptych.engine.quotes import quote_regions

    regions = [(r.start, r.end) for r in quote_regions(0, text, "fr" if "«" in text else "en")]
    start = text.index(clause)
    assert clause_spans._reports_quote(Span(0, start, start + len(clause), clause), text, regions) is reports


@pytest.mark.parametrize(
    "language, text, clause, own",
    [
        # an attribution: its verb or preposition and a short source
        ("fr", "Les cas augmentent, selon l’agence régionale.", "selon l’agence régionale", False),
        ("en", "The plant will close, a company spokesman said on Monday.", "a company spokesman said on Monday", False),
        # a hedge
        ("en", "The ministry, according to unconfirmed reports from the region, asked for more time.",
         "according to unconfirmed reports from the region", False),
        # framing that merely holds a verb the attribution finder reads as reporting
        ("en", "The plan was approved on Thursday, a move critics called reckless.", "a move critics called reckless", True),
        ("fr", "Le ministre, dont la gestion est très contestée, a annoncé la fermeture.", "dont la gestion est très contestée", True),
    ],
)
def test_a_clause_needs_words_of_its_own_beside_attributions_and_hedges(language, text, clause, own):
    start = text.index(clause)
    marks = clause_spans._marks(span(text), language, [], frozenset())
    words = clause_spans._own_words(Span(0, start, start + len(clause), clause), marks)
    assert (words >= clause_spans.MIN_WORDS) is own


@pytest.mark.parametrize(
    "clause, original, names, renders",
    [
        ("dont 30 000 groupes électrogènes", "It includes 30,000 portable generators.", False, True),
        ("soit 2,1 % sur un an", "Inflation fell to 2.1% in October.", False, True),
        ("le ministre Rodrigo Salinas", "Interior Minister Rodrigo Salinas said five died.", True, True),
        ("un proche allié du Kremlin", "The UAE said it had helped broker the exchange.", True, False),
        # in one language German nouns are capitalised words, not names
        ("deren Plan heftig umstritten ist", "Die Regierung hat den Plan am Montag beschlossen.", False, False),
    ],
)
def test_a_clause_holding_a_figure_or_name_of_its_original_renders_it(clause, original, names, renders):
    assert clause_spans._renders_original(clause, original, names) is renders


@pytest.mark.parametrize(
    "clause, original, lowercase, renders",
    [
        # a headline opening with the town's name: the article never writes it in lower case
        ("Pays-Bas : à Tilbourg", "Tilburg cuts home help. Tilburg will save money.", frozenset({"cuts", "home"}), False),
        ("Pays-Bas : à Tilburg", "Tilburg cuts home help.", frozenset({"cuts", "home", "help"}), True),
        # an ordinary word that opens a sentence is no name
        ("comme le dit Police Magazine", "Police closed the road. The police said so.", frozenset({"police", "closed", "said"}), False),
        ("comme le dit Police Magazine", "Police closed the road.", frozenset({"closed", "road"}), True),
    ],
)
def test_a_name_opening_a_sentence_of_the_original_is_one_of_its_anchors(clause, original, lowercase, renders):
    assert clause_spans._renders_original(clause, original, True, lowercase) is renders


@pytest.mark.parametrize(
    "language, text, clause, comment",
    [
        ("fr", "Les loyers ont doublé en dix ans, une hausse que personne n’a freinée.", "une hausse", True),
        ("en", "Rents doubled in ten years, a rise nobody tried to stop.", "a rise", True),
        ("de", "Die Mieten haben sich verdoppelt, eine Entwicklung, die niemand bremste.", "eine Entwicklung", True),
        ("es", "Los alquileres se duplicaron, un aumento que nadie frenó.", "un aumento", True),
        ("it", "Gli affitti sono raddoppiati, un’impennata che nessuno ha frenato.", "un’impennata", True),
        # the sentence's subject, a definite article, a French verb that reads like "a"
        ("fr", "Une hausse des loyers a été constatée partout.", "Une hausse", False),
        ("fr", "Les loyers ont doublé, la hausse la plus forte du pays.", "la hausse", False),
        ("fr", "Le maire, a-t-il ajouté, a annoncé une enquête.", "a annoncé", False),
    ],
)
def test_a_clause_opened_by_an_indefinite_article_after_another_is_a_comment_in_apposition(
    language, text, clause, comment
):
    assert clause_spans._comment_apposition(span(text), text.index(clause), language) is comment


def test_in_one_language_a_run_of_new_words_is_a_candidate_but_a_rewording_is_not():
    original = "The government approved the pipeline on Thursday after two years of hearings."
    inserted = span("The government, under pressure from the oil lobby, approved the pipeline on Thursday after two years of hearings.")
    reworded = span("The cabinet gave the go-ahead to the pipeline on Thursday following two years of hearings.")
    assert [inserted.text[a:b] for a, b in clause_spans._opcode_runs(original, inserted)] == [
        "under pressure from the oil lobby"
    ]
    assert clause_spans._opcode_runs(original, reworded) == []
    assert clause_spans._opcode_runs(original, span("The government approved the pipeline.")) == []


# --- end to end, with the encoder ------------------------------------------------------


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test",
        title="",
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p, False) for i, p in enumerate(paragraphs)],
    )


def findings(encoder, original: str, language: str, derivative: str):
    o, d = article("en", [original]), article(language, [derivative])
    return find_span_findings(o, d, [Link([0], [0], 0.9)], encoder)


PLANT = (
    "The economy minister announced on Monday that the car plant in the north of the country would "
    "close by the end of next year, putting about 400 jobs at risk."
)
PIPELINE = "The government approved the new gas pipeline on Thursday after two years of public hearings."
CUSTODY = (
    "Russia's defence ministry confirmed the exchange in a short statement and said the soldiers "
    "would be flown to Moscow for medical checks."
)
FLOODS = (
    "Heavy rain caused the river to burst its banks in three villages, and around 2,000 residents "
    "were moved to emergency shelters, the regional authorities said."
)

ADDED = [
    (
        "fr",
        PLANT,
        "Le ministre de l’Économie, dont la gestion du dossier est très contestée, a annoncé lundi que "
        "l’usine automobile du nord du pays fermerait d’ici à la fin de l’année prochaine, menaçant "
        "environ 400 emplois.",
        "dont la gestion du dossier est très contestée",
    ),
    (
        "en",
        PIPELINE,
        "The government approved the new gas pipeline on Thursday after two years of public hearings, "
        "a move critics called reckless.",
        "a move critics called reckless",
    ),
    (
        "de",
        CUSTODY,
        "Das russische Verteidigungsministerium, das Vorwürfe der Folter stets zurückweist, bestätigte "
        "den Austausch in einer kurzen Erklärung und teilte mit, die Soldaten würden zu medizinischen "
        "Untersuchungen nach Moskau geflogen.",
        "das Vorwürfe der Folter stets zurückweist",
    ),
    (
        "es",
        FLOODS,
        "Las fuertes lluvias hicieron que el río se desbordara en tres pueblos, una catástrofe anunciada "
        "que el Gobierno regional se negó a prevenir, y unos 2.000 vecinos fueron trasladados a "
        "albergues de emergencia, informaron las autoridades regionales.",
        "una catástrofe anunciada que el Gobierno regional se negó a prevenir",
    ),
]


# A comment in apposition inside a long sentence moves the encoder little: dropping it
# raises the sentence's similarity by less than a longer clause would.
RESERVOIRS = (
    "The city's three hospitals, in Vasseron, Laudry and the old port district, now treat about half of "
    "the region's emergency patients, and a fourth hospital planned near the airport is not expected to "
    "open before 2031."
)
WIND = (
    "The two largest wind farms off the coast, near Halstrup and on the sandbank east of Morsby, now supply "
    "about a fifth of the province's electricity, and a third farm planned further north is not expected "
    "to run before 2030."
)
MUSEUM = (
    "The museum's new wing, designed by a studio from Porto and paid for largely by private donors, will "
    "open to the public in March, and the old galleries will close for repairs until the end of the "
    "following year."
)
ADDED += [
    (
        "fr",
        RESERVOIRS,
        "Les trois hôpitaux de la ville, à Vasseron, à Laudry et dans le quartier du vieux port, soignent "
        "désormais environ la moitié des urgences de la région, un changement que peu de responsables avaient "
        "préparé, et un quatrième hôpital prévu près de l’aéroport ne devrait pas ouvrir avant 2031.",
        "un changement que peu de responsables avaient préparé",
    ),
    (
        "de",
        WIND,
        "Die beiden größten Windparks vor der Küste, bei Halstrup und auf der Sandbank östlich von Morsby, "
        "liefern inzwischen etwa ein Fünftel des Stroms der Provinz, eine Entwicklung, die kaum jemand "
        "vorhergesehen hatte, und ein dritter weiter nördlich geplanter Park dürfte nicht vor 2030 in Betrieb "
        "gehen.",
        "eine Entwicklung, die kaum jemand vorhergesehen hatte",
    ),
    (
        "es",
        MUSEUM,
        "La nueva ala del museo, diseñada por un estudio de Oporto y financiada en gran parte por donantes "
        "privados, abrirá al público en marzo, un calendario que los vecinos del barrio reclamaban desde hace años, y las antiguas "
        "salas cerrarán por obras hasta finales del año siguiente.",
        "un calendario que los vecinos del barrio reclamaban desde hace años",
    ),
    (
        # a comment closing the sentence before a quote is not the quote's reporting clause
        "fr",
        'Ingrid Solheim, a forester at the regional parks office, said the felling would hurt the valley. '
        '"We are cutting the branch we sit on," she said.',
        "Ingrid Solheim, forestière à l’office régional des parcs, a déclaré que l’abattage nuirait à la vallée, "
        "un avis audacieux dans une région qui vit du bois depuis des siècles. « Nous coupons la branche sur "
        "laquelle nous sommes assis », a-t-elle déclaré.",
        "un avis audacieux dans une région qui vit du bois depuis des siècles",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative, clause", ADDED)
def test_a_clause_of_framing_inside_a_faithful_sentence_is_reported_as_added(encoder, language, original, derivative, clause):
    found = findings(encoder, original, language, derivative)
    assert [(f.kind, f.derivative_text) for f in found] == [("added", clause)]
    (f,) = found
    assert f.original == [0] and f.derivative == [0]
    assert f.explanation and 0.0 < f.confidence <= 1.0


FAITHFUL = [
    # the original's own relative clause, translated
    (
        "fr",
        CUSTODY.replace("in a short statement", "in a short statement, which was read on state television,"),
        "Le ministère russe de la Défense a confirmé l’échange dans un bref communiqué, qui a été lu à la "
        "télévision publique, et a indiqué que les soldats seraient transférés par avion à Moscou pour des "
        "examens médicaux.",
    ),
    # clauses moved around, as translators do
    (
        "de",
        FLOODS,
        "Nach Angaben der Regionalbehörden wurden rund 2.000 Bewohner in Notunterkünfte gebracht, nachdem "
        "der Fluss nach heftigen Regenfällen in drei Dörfern über die Ufer getreten war.",
    ),
    (
        "es",
        PLANT,
        "La fábrica de automóviles del norte del país cerrará antes de que acabe el año que viene, lo que "
        "pone en riesgo unos 400 empleos, anunció el lunes el ministro de Economía.",
    ),
    (
        "en",
        PIPELINE,
        "After two years of public hearings, the government on Thursday approved the new gas pipeline.",
    ),
    ("en", PLANT, PLANT),
    # dropping a faithful clause costs similarity
    (
        "de",
        "The ruling is a serious setback for Kestner Bergbau, the mine's operator, which had planned to dig up "
        "1,400 hectares of farmland and forest around the village of Kellerbach from next year.",
        "Das Urteil ist ein herber Rückschlag für den Betreiber des Tagebaus, Kestner Bergbau, der ab dem "
        "kommenden Jahr 1.400 Hektar Ackerland und Wald rund um das Dorf Kellerbach abbaggern wollte.",
    ),
    # too thin to be judged: a paraphrase's "in a note to clients" for "said"
    (
        "en",
        '"This is the clearest sign yet that the inflation shock is behind us," said Clara Lindgren, chief '
        "European economist at Nordhavn Bank in Copenhagen.",
        '"This is the clearest sign yet that the inflation shock is behind us," analysts at a Scandinavian '
        "bank wrote in a note to clients.",
    ),
    # clauses whose removal happens to raise the encoder's score: their counterpart in the
    # original (a purpose clause with no comma, an impersonal attribution, a headline's
    # tail, a pronoun spelt out) tells them from added ones
    (
        "de",
        "Outside the courthouse, around 300 protesters who had travelled from Kellerbach and Dresden cheered "
        "and hugged as the news spread. Many of them had camped in the village's abandoned farmhouses for more "
        "than two years to block the bulldozers.",
        "Vor dem Gerichtsgebäude jubelten und umarmten sich rund 300 Demonstranten, die aus Kellerbach und "
        "Dresden angereist waren, als sich die Nachricht verbreitete. Viele von ihnen hatten mehr als zwei "
        "Jahre lang in den verlassenen Bauernhäusern des Dorfes campiert, um die Bagger aufzuhalten.",
    ),
    (
        "de",
        "Ministers will meet again on 12 December to review deliveries and discuss a second package for the "
        "spring, officials said.",
        "Die Minister wollen am 12. Dezember erneut zusammenkommen, um die Lieferungen zu überprüfen und über "
        "ein zweites Paket für das Frühjahr zu beraten, hieß es aus Beamtenkreisen.",
    ),
    (
        "fr",
        "Eurozone inflation falls to 2.1% as energy prices ease, raising hopes of a rate cut",
        "L’inflation dans la zone euro recule à 2,1 % grâce à la baisse des prix de l’énergie, ce qui ravive "
        "l’espoir d’une baisse des taux",
    ),
    (
        "en",
        "The regional grid operator, Nordnetz, said repairs to the damaged lines would take at least a week. "
        'Its chief executive, Anna Berg, called the storm damage "the worst in a generation".',
        "The regional grid operator, Nordnetz, said repairs to the damaged lines would take a week or more. "
        'Anna Berg, chief executive of the regional grid operator Nordnetz, described the storm damage as '
        '"the worst in a generation".',
    ),
    # an attribution or a hedge slipped in is theirs to report, not an added clause
    (
        "fr",
        PIPELINE,
        "Le gouvernement a approuvé jeudi le nouveau gazoduc après deux ans d’audiences publiques, selon "
        "des sources proches du dossier.",
    ),
    # a quote and the clause that reports it, with a verb no lexicon lists
    (
        "fr",
        '"We cannot stop the missiles, but we can make sure the lights come back on faster," '
        "Denmark's energy minister, Henrik Sølvsten, told a press conference in Brussels.",
        "« Nous ne pouvons pas arrêter les missiles, mais nous pouvons faire en sorte que la lumière revienne "
        "plus vite », a réagi le ministre danois de l’Énergie, Henrik Sølvsten, lors d’une conférence de "
        "presse à Bruxelles.",
    ),
    # a translator's apposition renders what the original says another way
    (
        "fr",
        "The council approved the budget on Tuesday after a night of talks that ended in a rare compromise "
        "between the two main parties.",
        "Le conseil a adopté le budget mardi au terme d’une nuit de négociations, un compromis rare entre les "
        "deux principaux partis.",
    ),
    (
        "de",
        "The port handled 4.2 million containers last year, the highest number since it opened in 1968, the "
        "operator said.",
        "Der Hafen hat im vergangenen Jahr 4,2 Millionen Container umgeschlagen, ein Höchststand seit seiner "
        "Eröffnung 1968, wie der Betreiber mitteilte.",
    ),
    (
        "it",
        "The bridge will reopen to traffic in June after two years of repairs that cost the region about 40 "
        "million euros.",
        "Il ponte riaprirà al traffico a giugno dopo due anni di lavori, un cantiere costato alla regione circa "
        "40 milioni di euro.",
    ),
    # a changed figure inside a clause is a changed figure
    (
        "en",
        FLOODS,
        "Heavy rain caused the river to burst its banks in three villages, and around 5,000 residents "
        "were moved to emergency shelters, the regional authorities said.",
    ),
    # A translator recasts a long sentence: its claim moves behind the source it cites and
    # opens with an indefinite article, but a run of the original's words renders it.
    (
        "fr",
        "The strike would almost certainly delay the €80 million extension of the container terminal, "
        "which the port authority approved in 2019, according to two of the union's officials.",
        "Selon deux responsables du syndicat, une grève retarderait presque certainement l’extension, "
        "chiffrée à 80 millions d’euros, du terminal à conteneurs que l’autorité portuaire avait approuvée en 2019.",
    ),
    (
        "de",
        "A change of coach would almost certainly set back the club's plan, worth €30 million, to rebuild "
        "its youth academy, two board members said on Tuesday.",
        "Zwei Vorstandsmitglieder sagten am Dienstag, ein Trainerwechsel würde den 30 Millionen Euro "
        "teuren Plan des Vereins, seine Jugendakademie neu aufzubauen, fast sicher zurückwerfen.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative", FAITHFUL)
def test_a_faithful_or_otherwise_changed_sentence_has_no_added_clause(encoder, language, original, derivative):
    found = findings(encoder, original, language, derivative)
    assert [f.derivative_text for f in found if f.kind == "added"] == []


@pytest.mark.parametrize(
    "with_clause, clause, expected, needed",
    [
        # 107 characters against 95 expected; 64 without the clause: it is needed.
        (107, 43, 95.0, True),
        # A framing clause makes the block too long; without it the length fits.
        (150, 50, 100.0, False),
        # A short clause moves the length too little to prove anything.
        (110, 12, 100.0, False),
        # A block far from the expected length is no evidence either way.
        (200, 90, 100.0, False),
    ],
)
def test_a_clause_the_sentence_needs_to_reach_its_translated_length_is_no_addition(
    with_clause, clause, expected, needed
):
    assert clause_spans._needed_by_length(with_clause, clause, expected) is needed


@pytest.mark.parametrize(
    "with_clause, clause, expected, surplus",
    [
        # 258 characters where 219 are expected; 219 without the clause: it is surplus.
        (258, 39, 219.0, True),
        # A faithful rendering is as long as expected with the clause.
        (219, 39, 219.0, False),
        # A clause too short to move the length proves nothing.
        (226, 7, 219.0, False),
        # Without the clause the block is still far too long: the sentence was rewritten.
        (400, 39, 219.0, False),
    ],
)
def test_a_clause_the_block_is_too_long_with_is_surplus_by_length(with_clause, clause, expected, surplus):
    assert clause_spans._surplus_by_length(with_clause, clause, expected) is surplus


# --- clauses the derivative left out ----------------------------------------------------
# The same tests, with the two versions' roles swapped: a clause of the original that the
# derivative's sentence does not render, where the rest of the sentence is rendered.

OMITTED = [
    (
        "en",
        '"We are sorry for every family that waited," she said, adding that the airline would refund all tickets.',
        '"We are sorry for every family that waited," she said.',
        "adding that the airline would refund all tickets",
    ),
    (
        "en",
        "The minister said the repairs had taken longer than planned, but rejected claims that the budget cuts had delayed the work.",
        "The minister said the repairs had taken longer than planned.",
        "but rejected claims that the budget cuts had delayed the work",
    ),
    (
        "fr",
        "The minister said the repairs had taken longer than planned, but rejected claims that the budget cuts had delayed the work.",
        "Le ministre a déclaré que les réparations avaient pris plus de temps que prévu.",
        "but rejected claims that the budget cuts had delayed the work",
    ),
    (
        "de",
        "The port authority said the berth would reopen in May, while warning that the dredging contract had not yet been signed.",
        "Die Hafenbehörde erklärte, der Liegeplatz werde im Mai wieder geöffnet.",
        "while warning that the dredging contract had not yet been signed",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative, clause", OMITTED)
def test_a_clause_the_derivative_left_out_of_a_rendered_sentence_is_omitted(encoder, language, original, derivative, clause):
    found = findings(encoder, original, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == [clause]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative", FAITHFUL)
def test_a_faithful_or_otherwise_changed_sentence_has_no_omitted_clause(encoder, language, original, derivative):
    found = findings(encoder, original, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == []


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative, clause", ADDED)
def test_a_sentence_with_an_added_clause_has_nothing_omitted(encoder, language, original, derivative, clause):
    found = findings(encoder, original, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative, condition",
    [
        (
            "en",
            "If the pumps can be repaired before the rains, the harbour could reopen by March, the engineer said.",
            "The harbour could reopen by March, the engineer said.",
            "If the pumps can be repaired before the rains",
        ),
        (
            "fr",
            "If the pumps can be repaired before the rains, the harbour could reopen by March, the engineer said.",
            "Le port pourrait rouvrir d’ici mars, a déclaré l’ingénieur.",
            "If the pumps can be repaired before the rains",
        ),
        (
            "de",
            "If the pumps can be repaired before the rains, the harbour could reopen by March, the engineer said.",
            "Der Hafen könnte bis März wieder öffnen, sagte der Ingenieur.",
            "If the pumps can be repaired before the rains",
        ),
    ],
)
def test_a_dropped_condition_is_a_claim_made_certain(encoder, language, original, derivative, condition):
    found = findings(encoder, original, language, derivative)
    assert condition in [f.original_text for f in found if f.kind == "hedge_changed"]
    assert [f.original_text for f in found if f.kind == "omitted"] == []


BRIDGE = "The bridge will reopen to lorries in 2028 if the steel for the new deck arrives on time from the mill in Ostrava."
BRIDGE_CONDITION = "if the steel for the new deck arrives on time from the mill in Ostrava"


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", "The bridge will reopen to lorries in 2028."),
        ("fr", "Le pont rouvrira aux poids lourds en 2028."),
        ("es", "El puente volverá a abrirse a los camiones en 2028."),
    ],
)
def test_a_dropped_condition_written_without_a_comma_is_a_claim_made_certain(encoder, language, derivative):
    """The condition is a clause although no comma sets it off, however long it is."""
    found = findings(encoder, BRIDGE, language, derivative)
    assert BRIDGE_CONDITION in [f.original_text for f in found if f.kind == "hedge_changed"]
    assert [f.original_text for f in found if f.kind == "omitted"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", "The bridge will reopen to lorries in 2028 if the steel for its new deck arrives on time from the Ostrava mill."),
        ("fr", "Le pont rouvrira aux poids lourds en 2028 si l’acier du nouveau tablier arrive à temps de l’aciérie d’Ostrava."),
    ],
)
def test_a_rendered_condition_without_a_comma_is_no_change(encoder, language, derivative):
    found = findings(encoder, BRIDGE, language, derivative)
    assert [f for f in found if f.kind in ("hedge_changed", "omitted", "added")] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        (
            "en",
            "The dam will be inspected again in spring, a water board engineer said, speaking on condition of anonymity because the report is not yet public.",
            "The dam will be inspected again in spring, a water board engineer said.",
        ),
        (
            "en",
            "The levy should be scrapped, according to the Coastal Fishers' League, an alliance of small trawler owners.",
            "The levy should be scrapped, according to the Coastal Fishers' League.",
        ),
        (
            "en",
            "A ranger who patrols the eastern ridge said the fence had been cut in three places.",
            "A ranger said the fence had been cut in three places.",
        ),
        (
            "en",
            "A ranger, who asked not to be named because he is not allowed to speak to the press, said the fence had been cut.",
            "A ranger said the fence had been cut.",
        ),
    ],
)
def test_the_description_of_a_source_is_left_to_the_attribution_analysis(encoder, language, original, derivative):
    """An apposition, a relative clause that picks the source out (no comma), the reason for
    its anonymity: who the source is, which the attribution analysis judges."""
    found = findings(encoder, original, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative, clause",
    [
        (
            "en",
            "Mila Ostrander, 91, who has lived above the bakery since the war, said the noise kept her awake every night.",
            "Mila Ostrander, 91, said the noise kept her awake every night.",
            "who has lived above the bakery since the war",
        ),
        (
            "en",
            "The ferry operator Nordlys Lines, which carries most of the island's freight, said it would cut two crossings.",
            "The ferry operator Nordlys Lines said it would cut two crossings.",
            "which carries most of the island's freight",
        ),
        (
            "fr",
            "Mila Ostrander, 91, who has lived above the bakery since the war, said the noise kept her awake every night.",
            "Mila Ostrander, 91 ans, a déclaré que le bruit l’empêchait de dormir toutes les nuits.",
            "who has lived above the bakery since the war",
        ),
    ],
)
def test_a_dropped_relative_clause_that_tells_a_fact_about_a_source_is_omitted(encoder, language, original, derivative, clause):
    """Set off by commas, it does not say who the source is but adds what the reader learns
    of them (where they live, what the firm does): a rewrite that drops it drops a fact."""
    found = findings(encoder, original, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == [clause]


@pytest.mark.slow
def test_what_a_rewritten_headline_leaves_out_is_not_an_omission(encoder):
    """A headline sums up the body, which tells the detail (or shows its loss) itself."""
    headline = "Slovak regulator shuts Nitra credit union over loans to its directors' building firms"
    body = (
        "Slovakia's central bank closed the Nitra credit union on Monday after finding that it had lent "
        "most of its deposits to building firms owned by its own directors."
    )
    rewritten = "Nitra savers left waiting as regulator closes credit union"
    original = Article(source="test", title=headline, language="en", text=f"{headline}\n\n{body}",
                       segments=[Segment(0, headline), Segment(1, body)])
    derivative = Article(source="test", title=rewritten, language="en", text=f"{rewritten}\n\n{body}",
                         segments=[Segment(0, rewritten), Segment(1, body)])
    found = find_span_findings(original, derivative, [Link([0], [0], 0.6), Link([1], [1], 0.9)], encoder)
    assert [f.original_text for f in found if f.kind == "omitted"] == []


GALLERY = (
    "The painting, bought by a collector in Ghent in 1987, is insured for 3 million euros, but the "
    "gallery said its value to the town could not be expressed in money."
)
GALLERY_STATEMENT = "but the gallery said its value to the town could not be expressed in money"


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", "The painting, bought by a collector in Ghent in 1987, is insured for 3 million euros."),
        ("fr", "Le tableau, acheté par un collectionneur de Gand en 1987, est assuré pour 3 millions d’euros."),
        ("de", "Das Gemälde, 1987 von einem Sammler in Gent gekauft, ist für 3 Millionen Euro versichert."),
    ],
)
def test_a_dropped_clause_that_states_what_a_source_said_is_omitted(encoder, language, derivative):
    """The clause holds its source, but also the statement: it is content, not a description
    of the source; the short rendering has no run of words near it."""
    found = findings(encoder, GALLERY, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == [GALLERY_STATEMENT]


@pytest.mark.slow
def test_a_rendered_statement_of_a_source_is_not_omitted(encoder):
    derivative = (
        "Le tableau, acheté par un collectionneur de Gand en 1987, est assuré pour 3 millions d’euros, mais la "
        "galerie a assuré que sa valeur pour la ville ne pouvait s’exprimer en argent."
    )
    found = findings(encoder, GALLERY, "fr", derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == []


@pytest.mark.parametrize(
    "language, text, clause, frames",
    [
        ("de", "Der Verband rechnet damit, dass die Saison im Mai beginnt.", "Der Verband rechnet damit", True),
        # a clause put inside the frame is no frame: it may be framing
        ("fr", "Le maire a affirmé, contre toute évidence, que la digue tiendrait.", "contre toute évidence", False),
        ("en", "The club hopes that the stand will reopen in May.", "The club hopes", True),
        ("fr", "Le club, fondé en 1921, jouera à Lyon.", "fondé en 1921", False),
    ],
)
def test_a_clause_that_frames_a_complement_clause_is_its_frame(language, text, clause, frames):
    """Without its frame, "dass die Saison im Mai beginnt" does not stand: no addition."""
    at = text.index(clause)
    assert clause_spans._frames_what_follows(span(text), at, at + len(clause), language) is frames


@pytest.mark.parametrize(
    "language, text, clause, resumes",
    [
        ("fr", "Le tarif, qui double cette année, est sans doute trop élevé pour les familles.",
         "est sans doute trop élevé pour les familles", True),
        ("de", "Der Preis, den die Stadt verlangt, ist wohl angemessen.", "ist wohl angemessen", True),
        ("en", "The fee, which doubled this year, was probably too high for families.",
         "was probably too high for families", True),
        ("en", "The fee doubled this year, a rise families called absurd.", "a rise families called absurd", False),
        ("es", "Es una tarifa alta, según las familias del barrio.", "Es una tarifa alta", False),
    ],
)
def test_a_predicate_resumed_after_a_description_of_its_subject_is_the_sentence_own(language, text, clause, resumes):
    at = text.index(clause)
    assert clause_spans._resumes_predicate(span(text), at, language) is resumes


def test_relative_clauses_are_counted_per_sentence():
    assert clause_spans._relative_count(
        [span("Die Anwohner, die ihr Auto verkauft haben, und Firmen, deren Sitz hier liegt, zahlen.")], "de"
    ) == 2
    assert clause_spans._relative_count([span("Residents who have sold their cars can ask for a refund.")], "en") == 1


@pytest.mark.slow
def test_a_clause_added_where_a_source_was_dropped_is_not_read_as_the_source_length(encoder):
    """The rewrite drops "According to the regional daily …" and adds a clause of its own:
    the block is then as long as the whole original translated, but the source's words
    are no length a rendering needs, so the added clause is reported with the dropped
    source."""
    original = (
        "According to the regional daily Vestlandsposten, the hospital was told of the fault on 3 March but did "
        "not inform patients until more than a month later."
    )
    derivative = (
        "El hospital supo de la avería el 3 de marzo, pero no avisó a los pacientes hasta más de un mes después, "
        "mientras los enfermos seguían esperando respuestas."
    )
    found = findings(encoder, original, "es", derivative)
    assert ("added", "mientras los enfermos seguían esperando respuestas") in [(f.kind, f.derivative_text) for f in found]
    assert "attribution_changed" in [f.kind for f in found]


@pytest.mark.parametrize(
    "symmetric, counterpart, comment, stands",
    [
        # No counterpart by the encoder (the original loses by dropping its likeliest one).
        (-0.02, 0.50, False, True),
        # The encoder is unsure, but no run of the original's words comes near: the lengths decide.
        (0.02, 0.30, False, True),
        # A run of the original's words near the clause and the original better without it:
        # a relative clause recast by a freer translation ("that should have switched on by
        # itself" / « que tendría que haberse activado solo »), whose block is long for
        # reasons of its own.
        (0.002, 0.49, False, False),
        # A comment in apposition (« …, un retard jamais vu dans la région ») near its topic stands.
        (0.01, 0.45, True, True),
    ],
)
def test_a_surplus_clause_with_a_near_counterpart_in_the_original_is_no_addition(symmetric, counterpart, comment, stands):
    assert clause_spans._surplus_stands(symmetric, counterpart, comment) is stands


HARBOUR = (
    "The mayor said the council would spend 3 million euros on the sea wall and would study plans for a "
    "new harbour, a project first proposed in 2009."
)
HARBOUR_BURIED = (
    "Le maire a déclaré que la commune consacrerait 3 millions d’euros à la digue et étudierait les projets "
    "de nouveau port, un projet proposé pour la première fois en 2009 et que ses prédécesseurs ont soigneusement "
    "enterré."
)


@pytest.mark.slow
def test_in_an_otherwise_clean_pair_a_weakly_evidenced_clause_gives_way_to_its_charged_word(encoder):
    """Nothing else in the pair changed, and the clause moves the encoder little (it passes
    on length alone): a translator's freedom looks the same, so the clause is not reported
    as added. Its charged word still is, so the place is not lost."""
    found = findings(encoder, HARBOUR, "fr", HARBOUR_BURIED)
    assert [f.kind for f in found if f.kind == "added"] == []
    assert [(f.kind, f.derivative_text) for f in found] == [("loaded_term", "enterré")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        (
            "fr",
            "The vote was 31 to 12. Construction is due to begin in March and should last about two years.",
            "Le vote, acquis par 31 voix contre 12, ouvre la voie à des travaux qui doivent commencer en mars et "
            "durer environ deux ans.",
        ),
        (
            "fr",
            "The east wing will close for repairs. The other galleries and the garden will stay open.",
            "L’aile est fermera pour travaux ; le reste du musée, galeries et jardin, demeure accessible.",
        ),
    ],
)
def test_a_translator_recasting_a_clean_pair_adds_no_clause(encoder, language, original, derivative):
    found = findings(encoder, original, language, derivative)
    assert [f.derivative_text for f in found if f.kind == "added"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative, clause",
    [
        (
            "en",
            "A nurse at the clinic, who asked not to be named because staff had been ordered not to talk to "
            "reporters, said the ward had been full since Monday.",
            "A nurse at the clinic, who asked not to be named, said the ward had been full since Monday.",
            "because staff had been ordered not to talk to reporters",
        ),
    ],
)
def test_a_dropped_reason_for_a_source_s_anonymity_is_omitted(encoder, language, original, derivative, clause):
    """The source is still anonymous, but why (a gag order) is news the rewrite left out."""
    found = findings(encoder, original, language, derivative)
    assert [f.original_text for f in found if f.kind == "omitted"] == [clause]
