"""Figures read the same way whatever the language writes them.

Pure text tests (no encoder): separators, number words, vague quantities, units and
qualifiers, and when two figures are the same figure.
"""

import pytest

from diptych.engine.numbers import Quantity, find_quantities, parse_digits
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def quantities(text: str, language: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(q.span.text, q.value, q.magnitude, q.unit) for q in find_quantities(span(text), language)]


@pytest.mark.parametrize(
    "written, language, value",
    [
        ("25,000", "en", 25000),
        ("25 000", "fr", 25000),
        ("25\u202f000", "fr", 25000),
        ("25.000", "de", 25000),
        ("25.000", "es", 25000),
        ("25'000", "de", 25000),
        ("1.4", "en", 1.4),
        ("1,4", "fr", 1.4),
        ("1,5", "de", 1.5),
        ("1,400", "en", 1400),
        ("1.234.567", "de", 1234567),
        ("1,234,567", "en", 1234567),
        ("1,234.5", "en", 1234.5),
        ("1.234,5", "es", 1234.5),
    ],
)
def test_separators_are_read_by_the_conventions_of_the_language(written, language, value):
    assert parse_digits(written, language) == pytest.approx(value)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "twenty-five thousand people", [("twenty-five thousand", 25000, None, "")]),
        ("fr", "vingt-cinq mille personnes", [("vingt-cinq mille", 25000, None, "")]),
        ("de", "fünfundzwanzigtausend Menschen", [("fünfundzwanzigtausend", 25000, None, "")]),
        ("es", "veinticinco mil personas", [("veinticinco mil", 25000, None, "")]),
        ("fr", "quatre-vingt-dix jours", [("quatre-vingt-dix", 90, None, "")]),
        ("en", "one hundred and five days", [("one hundred and five", 105, None, "")]),
        ("en", "tens of thousands of troops", [("tens of thousands", None, 1e4, "")]),
        ("fr", "des dizaines de milliers de soldats", [("dizaines de milliers", None, 1e4, "")]),
        ("de", "Zehntausende Soldaten", [("Zehntausende", None, 1e4, "")]),
        ("es", "decenas de miles de soldados", [("decenas de miles", None, 1e4, "")]),
        ("de", "drei Mal", [("drei", 3, None, "")]),
        ("de", "dreimal", [("dreimal", 3, None, "")]),
        ("en", "worth €1.2 billion", [("€1.2 billion", 1.2e9, None, "money")]),
        ("fr", "1,2 milliard d’euros", [("1,2 milliard d’euros", 1.2e9, None, "money")]),
        ("de", "1,2 Milliarden Euro", [("1,2 Milliarden Euro", 1.2e9, None, "money")]),
        ("es", "1.200 millones de euros", [("1.200 millones de euros", 1.2e9, None, "money")]),
        ("en", "a $5m fine", [("$5m", 5e6, None, "money")]),
        ("en", "rose 4 per cent", [("4 per cent", 4, None, "percent")]),
        ("fr", "a augmenté de 4,5 %", [("4,5 %", 4.5, None, "percent")]),
        ("en", "before 15 November", [("15 November", 1115, None, "date")]),
        ("fr", "avant le 15 novembre", [("15 novembre", 1115, None, "date")]),
        ("de", "vor dem 15. November", [("15. November", 1115, None, "date")]),
        ("en", "more than 4,100 captives", [("more than 4,100", 4100, None, "")]),
        ("fr", "près de 5 000 captifs", [("près de 5 000", 5000, None, "")]),
        ("de", "rund 8.000 Ukrainer", [("rund 8.000", 8000, None, "")]),
        ("es", "cerca de 8.000 ucranianos", [("cerca de 8.000", 8000, None, "")]),
        # "a dozen" is twelve in every language: the article multiplies, it does not add.
        ("fr", "une douzaine de blessés", [("une douzaine", 12, None, "")]),
        ("de", "ein Dutzend Verletzte", [("ein Dutzend", 12, None, "")]),
        ("it", "una dozzina di feriti", [("una dozzina", 12, None, "")]),
        ("en", "two dozen injured", [("two dozen", 24, None, "")]),
        ("de", "zwei Dutzend Verletzte", [("zwei Dutzend", 24, None, "")]),
        # ...and so are the other round collectives: « une vingtaine » is about twenty.
        ("fr", "une vingtaine de blessés", [("une vingtaine", 20, None, "")]),
        ("es", "una veintena de heridos", [("una veintena", 20, None, "")]),
        ("it", "una ventina di feriti", [("una ventina", 20, None, "")]),
        ("fr", "la quarantaine a été levée", []),  # a quarantine, not forty
        # Two numbers side by side are a range or a choice, never their sum.
        ("en", "bans of between two and five years", [("two", 2, None, ""), ("five", 5, None, "")]),
        ("en", "two or three boats", [("two", 2, None, ""), ("three", 3, None, "")]),
        ("fr", "de deux à cinq ans", [("deux", 2, None, ""), ("cinq", 5, None, "")]),
        ("es", "entre dos y cinco años", [("dos", 2, None, ""), ("cinco", 5, None, "")]),
        ("de", "zwischen zwei und fünf Jahren", [("zwei", 2, None, ""), ("fünf", 5, None, "")]),
        ("fr", "soixante et onze ans", [("soixante et onze", 71, None, "")]),
        ("es", "treinta y cinco años", [("treinta y cinco", 35, None, "")]),
        ("en", "twenty one days", [("twenty one", 21, None, "")]),
        # A count of titles or times is its number, however the language builds it.
        ("en", "the two-time Olympic champion", [("two-time", 2, None, "")]),
        ("fr", "la double championne olympique", [("double", 2, None, "")]),
        ("de", "die zweifache Olympiasiegerin", [("zweifache", 2, None, "")]),
        ("de", "die dreimalige Siegerin", [("dreimalige", 3, None, "")]),
        ("es", "la triple campeona olímpica", [("triple", 3, None, "")]),
        # A share of a whole is a figure of its own kind, written out in every language.
        ("en", "lost about a third of its value", [("about a third", 1 / 3, None, "share")]),
        ("fr", "a perdu environ un tiers de sa valeur", [("environ un tiers", 1 / 3, None, "share")]),
        ("de", "zwei Drittel der Abgeordneten", [("zwei Drittel", 2 / 3, None, "share")]),
        ("es", "la mitad de los votos", [("la mitad", 0.5, None, "share")]),
        # "one in five", "every fourth", « un sur cinq », „jeder vierte“ are shares too.
        ("en", "about one in five of the meters", [("about one in five", 0.2, None, "share")]),
        ("en", "every fourth bus", [("every fourth", 0.25, None, "share")]),
        ("fr", "environ un sur cinq", [("environ un sur cinq", 0.2, None, "share")]),
        ("de", "mindestens jeden vierten der Zähler", [("mindestens jeden vierten", 0.25, None, "share")]),
        ("es", "casi uno de cada cinco contadores", [("cada cinco", 0.2, None, "share")]),
        ("es", "cada cinco años", [("cinco", 5, None, "")]),
        ("it", "quasi uno su cinque", [("quasi uno su cinque", 0.2, None, "share")]),
        ("it", "tre quarti dei voti", [("tre quarti", 0.75, None, "share")]),
        ("en", "in the third quarter", []),  # an ordinal, not a share
    ],
)
def test_figures_are_found_with_their_value_unit_and_qualifier(language, text, expected):
    assert quantities(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "the F-16 and the G7 summit"),
        ("en", "one of them said"),
        ("fr", "un soldat et une femme"),
        ("de", "ein Soldat und eine Frau"),
        ("es", "un soldado y una mujer"),
        ("en", "COVID-19 rules"),
    ],
)
def test_model_names_and_articles_are_not_figures(language, text):
    assert quantities(text, language) == []


@pytest.mark.parametrize(
    "language, text, is_year",
    [
        ("en", "in 2022", True),
        ("en", "since 1999.", True),
        ("en", "1,800 hectares", False),
        ("fr", "1 800 personnes", False),
    ],
)
def test_a_year_is_told_from_a_count(language, text, is_year):
    (q,) = find_quantities(span(text), language)
    assert q.is_year is is_year


def _q(value=None, magnitude=None, unit=""):
    return Quantity(span("x"), value, magnitude, unit)


@pytest.mark.parametrize(
    "a, b, agree",
    [
        (_q(4100), _q(4100), True),
        (_q(4100), _q(5000), False),
        (_q(magnitude=1e4), _q(magnitude=1e4), True),
        (_q(magnitude=1e4), _q(magnitude=1e3), False),
        (_q(magnitude=1e4), _q(30000), True),
        (_q(magnitude=1e4), _q(300), False),
    ],
)
def test_vague_quantities_agree_with_figures_of_their_magnitude(a, b, agree):
    assert a.agrees(b) is agree
    assert b.agrees(a) is agree


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("it", "Venticinquemila persone", [("Venticinquemila", 25000, None, "")]),
        ("it", "oltre 1.000 oggetti", [("oltre 1.000", 1000, None, "")]),
        ("it", "il 7,5 per cento", [("7,5 per cento", 7.5, None, "percent")]),
        ("it", "2,5 miliardi di euro", [("2,5 miliardi di euro", 2.5e9, None, "money")]),
        ("it", "trentotto anni", [("trentotto", 38, None, "")]),
        ("it", "decine di migliaia di persone", [("decine di migliaia", None, 1e4, "")]),
        ("it", "il museo di Trento", []),
        # "cent" of "pour cent" is the unit, not a hundred.
        ("fr", "une hausse de 7,5 pour cent", [("7,5 pour cent", 7.5, None, "percent")]),
        ("es", "una subida del 7,5 por ciento", [("7,5 por ciento", 7.5, None, "percent")]),
    ],
)
def test_italian_figures_and_percent_words_are_read(language, text, expected):
    assert quantities(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "at 21:14 local time"),
        ("fr", "à 21 h 14, heure locale"),
        ("fr", "à 21h14"),
        ("de", "um 21.14 Uhr Ortszeit"),
        ("it", "alle 21.14 ora locale"),
    ],
)
def test_a_time_of_day_is_one_time_in_every_language(language, text):
    ((_, value, _, unit),) = quantities(text, language)
    assert unit == "time" and value == pytest.approx(21 + 14 / 60)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "from about 11 p.m. on the eve of the exam"),
        ("en", "at 11pm on Sunday"),
        ("de", "ab etwa 23 Uhr am Vorabend"),
        ("fr", "à partir de 23 heures environ"),
        ("fr", "vers 23 h, la veille"),
        ("es", "desde las 23 horas de la víspera"),
        ("it", "dalle ore 23 della vigilia"),
        ("es", "a las 23, la víspera"),
    ],
)
def test_an_hour_on_either_clock_is_the_same_time_of_day(language, text):
    ((_, value, _, unit),) = quantities(text, language)
    assert unit == "time" and value == pytest.approx(23)


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "cerraron las 23 escuelas"),
        ("it", "alle 23 scuole della provincia"),
        ("fr", "pendant 48 h"),
        ("en", "23 schools"),
        # « de » of a qualifier: a number of hours, not « à 14 heures »
        ("fr", "coupés pendant près de 14 heures"),
        ("fr", "une attente de plus de 6 heures"),
        ("fr", "en moins de 3 heures"),
    ],
)
def test_a_count_is_no_time_of_day(language, text):
    assert all(unit != "time" for _, _, _, unit in quantities(text, language))


@pytest.mark.slow
def test_without_a_list_for_a_language_only_figures_in_digits_are_compared(tmp_path):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)
    original = article("en", "The fund raised 2.5 million euros from 37 donors.")

    def changes(polish):
        findings = find_span_findings(original, article("pl", polish), [Link([0], [0], 0.9)], encoder)
        return [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"]

    # Polish has no number list: "mln" goes unread, which is no changed figure...
    assert changes("Fundusz zebrał 2,5 mln euro od 37 darczyńców.") == []
    # ... nor is it guessed which of two unread figures renders the changed one...
    assert changes("Fundusz zebrał 2,5 mln euro od 47 darczyńców.") == []
    # ... while a figure in digits, the only one left on each side, is still compared.
    assert changes("Fundusz zebrał pieniądze od 47 darczyńców.") == [("37", "47")]


@pytest.mark.parametrize(
    "language, text, figure",
    [
        ("en", "Only a single lane stayed open.", "a single"),
        ("en", "The board kept just one inspector.", "just one"),
        ("fr", "Il ne reste qu’un seul guichet.", "un seul"),
        ("fr", "Une seule école a rouvert.", "Une seule"),
        ("de", "Es blieb eine einzige Spur offen.", "eine einzige"),
        ("es", "Quedó un solo carril abierto.", "un solo"),
        ("it", "Resta una sola corsia aperta.", "una sola"),
    ],
)
def test_a_stressed_one_is_a_count_and_not_an_article(language, text, figure):
    ((found, value, _, _),) = quantities(text, language)
    assert (found, value) == (figure, 1.0)
    (q,) = find_quantities(span(text), language)
    assert q.emphatic


@pytest.mark.slow
def test_a_count_cut_to_a_stressed_one_is_a_changed_figure(tmp_path):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)
    original = article("en", "The ferry crews were cut from six to two sailors, and a single lifeboat was kept on the quay.")

    def changes(language, text, original=original):
        findings = find_span_findings(original, article(language, text), [Link([0], [0], 0.9)], encoder)
        return [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"]

    # The stressed "one" renders the stressed one: no change, whatever the wording.
    assert changes("fr", "Les équipages du ferry sont passés de six à deux marins, et un unique canot de sauvetage a été gardé à quai.") == []
    assert changes("de", "Die Fährbesatzungen wurden von sechs auf zwei Seeleute verkleinert, und ein einziges Rettungsboot blieb am Kai.") == []
    # Two sailors made one is a changed figure, though "one" alone would be an article.
    cut = article("en", "The ferry crews were cut from six to two sailors last winter.")
    assert changes("fr", "Les équipages du ferry sont passés de six à un seul marin l’hiver dernier.", cut) == [("two", "un seul")]


@pytest.mark.slow
def test_a_figure_the_paragraph_repeats_is_cancelled_where_it_is_rendered(tmp_path):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)
    original = article(
        "en",
        "The night crews at the depot were cut from five to two drivers last year. "
        "The new garage, opened in May, was built for two buses and a workshop.",
    )
    derivative = article(
        "fr",
        "Les équipes de nuit du dépôt sont passées de cinq à un seul chauffeur l’an dernier. "
        "Le nouveau garage, ouvert en mai, a été conçu pour deux bus et un atelier.",
    )
    findings = find_span_findings(original, derivative, [Link([0], [0], 0.9)], encoder)
    assert [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"] == [("two", "un seul")]


@pytest.mark.slow
def test_a_changed_figure_is_found_beside_an_added_detail_with_the_old_value(tmp_path):
    """'two nights' made 'five nights' in a sentence that adds 'two young children': in one
    language the word after a figure tells what it counts, so the added 'two' does not
    cancel the old one and hide the change."""
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(text):
        return Article(source="test", title="", language="en", text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)
    original = article("The boat capsized near the pier on Sunday. The skipper, 58, spent two nights in hospital.")
    changed = article(
        "The boat capsized near the pier on Sunday as two young children watched from the beach. "
        "The skipper, 58, spent five nights in hospital."
    )
    kept = article(
        "The boat capsized near the pier on Sunday as two young children watched from the beach. "
        "The skipper, 58, spent two nights in hospital."
    )

    def changes(derivative):
        findings = find_span_findings(original, derivative, [Link([0], [0], 0.9)], encoder)
        return [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"]

    assert changes(changed) == [("two", "five")]
    assert changes(kept) == []


@pytest.mark.slow
def test_a_figure_changed_in_a_sentence_whose_source_was_recast_is_still_compared(tmp_path):
    """The paragraph's one sentence on each side renders the other even where the rewrite
    recast its source so much that the sentences do not pair ("A port official, who asked
    not to be named …, said" / « Les dockers estiment »): the figure in it is compared."""
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)
    original = article(
        "en",
        "A harbour official, who spoke on condition of anonymity because the tender was still open, said the "
        "dredging of the outer basin could cost the port authority up to 30,000 pounds if the silt proved toxic.",
    )
    derivative = article("fr", "Les dockers jugent que le port devra payer jusqu’à 50 000 livres de dragage.")
    findings = find_span_findings(original, derivative, [Link([0], [0], 0.5)], encoder)
    assert [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"] == [
        ("up to 30,000 pounds", "jusqu’à 50 000")
    ]


@pytest.mark.parametrize(
    "language, text, value",
    [
        ("en", "at the start of a three-day strike", 3),
        ("en", "a two-year-old boy", 2),
        ("de", "zu Beginn eines zweitägigen Streiks", 2),
        ("de", "eine fünfköpfige Familie", 5),
        ("de", "eine zwölfstündige Schicht", 12),
    ],
)
def test_a_figure_written_into_a_modifier_is_a_figure(language, text, value):
    """"a three-day strike" made „eines zweitägigen Streiks“ changes a figure."""
    from diptych.engine.numbers import find_quantities

    assert [q.value for q in find_quantities(Span(0, 0, len(text), text), language)] == [value]


def test_a_one_word_modifier_is_no_figure():
    from diptych.engine.numbers import find_quantities

    text = "a one-off payment under a one-sided deal"
    assert find_quantities(Span(0, 0, len(text), text), "en") == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "a lighthouse built in the 19th century"),
        ("en", "a 19th-century lighthouse"),
        ("fr", "un phare construit au XIXe siècle"),
        ("fr", "un phare du 19e siècle"),
        ("de", "ein Leuchtturm aus dem 19. Jahrhundert"),
        ("es", "un faro construido en el siglo XIX"),
        ("it", "un faro costruito nel XIX secolo"),
        ("it", "un faro costruito nell’Ottocento"),
        ("it", "un faro di fine Ottocento"),
    ],
)
def test_a_century_is_one_figure_in_every_language(language, text):
    assert [(q.value, q.unit) for q in find_quantities(span(text), language)] == [(19, "century")]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # A capitalised hundred opening a sentence is a count, not the Italian name of a century.
        ("it", "Ottocento persone hanno firmato.", [(800, "")]),
        ("en", "The church is 900 years old.", [(900, "")]),
    ],
)
def test_a_count_is_no_century(language, text, expected):
    assert [(q.value, q.unit) for q in find_quantities(span(text), language)] == expected


@pytest.mark.parametrize(
    "language, text, value",
    [
        ("en", "for nearly two decades", 20),
        ("en", "after 3 decades", 30),
        ("fr", "depuis deux décennies", 20),
        ("de", "seit zwei Jahrzehnten", 20),
        ("es", "durante dos décadas", 20),
        ("es", "durante las dos últimas décadas", 20),
        ("fr", "au cours des trois dernières décennies", 30),
        ("it", "da due decenni", 20),
    ],
)
def test_a_number_of_decades_is_a_number_of_years(language, text, value):
    assert [q.value for q in find_quantities(span(text), language)] == [value]


@pytest.mark.parametrize("language, text", [("en", "for decades"), ("fr", "depuis des décennies"), ("es", "hace décadas")])
def test_decades_without_a_number_are_no_figure(language, text):
    assert find_quantities(span(text), language) == []


@pytest.mark.parametrize(
    "language, text, values",
    [
        ("en", "The club had 40 members, up from three a decade ago.", [40, 3]),
        ("en", "Nine an hour, against five a decade earlier.", [9, 5]),
        ("fr", "Le club compte 40 membres, contre trois une décennie plus tôt.", [40, 3]),
        ("de", "Der Verein hat 40 Mitglieder, nach drei ein Jahrzehnt zuvor.", [40, 3]),
        ("es", "El club tiene 40 socios, frente a tres una década antes.", [40, 3]),
    ],
)
def test_a_count_before_an_article_and_a_decade_is_no_number_of_decades(language, text, values):
    # "three a decade ago" is three, a decade ago: the article counts the decade.
    assert [q.value for q in find_quantities(span(text), language)] == values


def test_a_count_of_years_is_not_paired_with_a_count_of_something_else(tmp_path):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)

    def changes(original, language, text):
        findings = find_span_findings(article("en", original), article(language, text), [Link([0], [0], 0.9)], encoder)
        return [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"]

    # Six people on the staff and a shop four years old are two facts, not one figure changed.
    staff = "The pottery in the old mill on the river employs six people."
    assert changes(staff, "fr", "La poterie de l’ancien moulin au bord de la rivière a ouvert il y a quatre ans.") == []
    assert changes(staff, "de", "Die Töpferei in der alten Mühle am Fluss hat vor vier Jahren eröffnet.") == []
    # A count of years changed, or an age written bare in one version and in years in the other, is a change.
    open_for = "The pottery in the old mill on the river has been open for six years."
    assert changes(open_for, "fr", "La poterie de l’ancien moulin au bord de la rivière est ouverte depuis quatre ans.") == [("six", "quatre")]
    potter = "The potter, 34, said the mill on the river was her second home."
    assert changes(potter, "fr", "La potière, 43 ans, a dit que le moulin au bord de la rivière était sa deuxième maison.") == [("34", "43")]


def test_a_loose_pair_of_sentences_that_renders_none_of_its_figures_changes_none(tmp_path):
    """A loosely paired sentence whose figures the other renders none of states other facts
    (the rewrite replaced it): its year is not the other's year changed."""
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    encoder = Encoder(tmp_path)
    original = article(
        "en",
        "The number of ferries on the lake has fallen by about a quarter since 2005, to about 30, according to the "
        "boatmen's guild.",
    )
    replaced = article(
        "en",
        "Ferries are among the biggest fuel users on the lake, and many small operators across the region have cut "
        "their timetables since 2021.",
    )
    findings = find_span_findings(original, replaced, [Link([0], [0], 0.5)], encoder)
    assert [f for f in findings if f.kind == "number_changed"] == []
    # The same sentence with its year changed and its other figures kept is a change.
    changed = article(
        "en",
        "The number of ferries on the lake has fallen by about a quarter since 2011, to about 30, according to the "
        "boatmen's guild.",
    )
    findings = find_span_findings(original, changed, [Link([0], [0], 0.5)], encoder)
    assert [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"] == [("2005", "2011")]


@pytest.mark.parametrize(
    "derivative",
    [
        "Au terme d’un vote à 31 voix contre 26, les élus ont dit oui. Les travaux doivent commencer en mai et coûter "
        "environ 8,2 millions d’euros. La ligne du port fermera pendant un mois.",
        "Les élus ont tranché : 31 voix pour, 26 contre. Les travaux doivent commencer en mai et coûter environ 8,2 "
        "millions d’euros. La ligne du port fermera pendant un mois.",
    ],
)
def test_unaligned_sentences_that_share_a_figure_render_each_other(tmp_path, derivative):
    """A sentence recast too far to align ("passed by 31 votes to 17 after a debate ..." /
    « Au terme d'un vote à 31 voix contre 26 ») still renders the one sentence of the other
    version that alone shares its figure (31): the figure changed beside it is compared."""
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.score import Encoder
    from diptych.engine.spans import find_span_findings

    def article(language, text):
        return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])

    original = article(
        "en",
        "The tram plan passed by 31 votes to 17 after a debate that lasted more than five hours. Building work is due "
        "to start in May and to cost about 8.2 million euros. Opponents said they would appeal. The harbour line will "
        "close for a month.",
    )
    findings = find_span_findings(original, article("fr", derivative), [Link([0], [0], 0.8)], Encoder(tmp_path))
    assert [(f.original_text, f.derivative_text) for f in findings if f.kind == "number_changed"] == [("17", "26")]
