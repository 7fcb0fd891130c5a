"""Quotes: found in every typography, with their speaker, pronouns resolved.

Pure text tests (no encoder): how quotes are cut out of a paragraph and who is
credited with them. Comparing quotes across versions is specified in test_spans.py.
"""

import pytest

from diptych.engine.quotes import find_quotes, normalise, quote_regions
from diptych.engine.sentences import sentence_spans


@pytest.mark.parametrize(
    "language, text, quoted",
    [
        ("en", "“We will rebuild,” she said.", ["We will rebuild"]),
        ("en", '"We will rebuild," she said.', ["We will rebuild"]),
        ("en", "He called it ‘a real guarantee’ for the country.", ["a real guarantee"]),
        ("fr", "« Nous reconstruirons », a-t-elle dit.", ["Nous reconstruirons"]),
        ("fr", "La seule « vraie garantie » de sécurité.", ["vraie garantie"]),
        ("de", "„Wir bauen wieder auf“, sagte sie.", ["Wir bauen wieder auf"]),
        ("de", "»Wir bauen wieder auf«, sagte sie.", ["Wir bauen wieder auf"]),
        ("de", "Er nannte es ‹eine echte Garantie›.", ["eine echte Garantie"]),
        ("es", "«Vamos a reconstruir», dijo.", ["Vamos a reconstruir"]),
        ("en", "It was the country’s “largest swap since the summer”.", ["largest swap since the summer"]),
        ("en", "Banners read “Free” and “Home”.", []),  # one word: a scare quote, not speech
        ("en", "The minister’s plan isn’t new.", []),  # apostrophes are not quote marks
        ("fr", "« Nous avons besoin de quelque chose de durable » » a déclaré un diplomate.", ["Nous avons besoin de quelque chose de durable"]),
    ],
)
def test_quotes_are_found_in_every_typography(language, text, quoted):
    assert [r.text for r in quote_regions(0, text, language)] == quoted


def speakers(language: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    sentences = []
    texts = {}
    for seg, paragraph in enumerate(paragraphs):
        texts[seg] = paragraph
        sentences += sentence_spans(seg, paragraph, language)
    return [
        (q.span.text, q.speaker.span.text if q.speaker else None)
        for q in find_quotes(sentences, language, texts)
    ]


@pytest.mark.parametrize(
    "language, paragraphs, expected",
    [
        (
            "en",
            ['"Today we are free," said Petro Koval, who heads the team. "It took eleven rounds of talks."'],
            [("Today we are free", "Petro Koval"), ("It took eleven rounds of talks.", "Petro Koval")],
        ),
        (
            "en",
            ["Natalia Bondar said she had learnt of it on television.", '"He was not there again," she said.'],
            [("He was not there again", "Natalia Bondar")],
        ),
        (
            "en",
            ['Their lawyer, Jonas Petersen, called the ruling "a landmark" and said it would matter.'],
            [("a landmark", "Jonas Petersen")],
        ),
        (
            "en",
            ['"Measles is not harmless," said Dr. Claire Morel, the head of the unit.'],
            [("Measles is not harmless", "Claire Morel")],
        ),
        (
            "fr",
            ["« Nous respectons la décision », a déclaré Thomas Reindl, le patron du groupe.", "« Nous ferons appel », a-t-il ajouté."],
            [("Nous respectons la décision", "Thomas Reindl"), ("Nous ferons appel", "Thomas Reindl")],
        ),
        (
            "fr",
            ["« Un permis qui ignore la loi ne peut pas tenir », a tranché la présidente, Martina Ehrlich."],
            [("Un permis qui ignore la loi ne peut pas tenir", "Martina Ehrlich")],
        ),
        (
            "de",
            ["„Wir bedauern den Vorfall“, sagte Konzernchef Lars Berg. „Wir arbeiten rund um die Uhr.“"],
            [("Wir bedauern den Vorfall", "Lars Berg"), ("Wir arbeiten rund um die Uhr.", "Lars Berg")],
        ),
        (
            "es",
            ["«Hoy recuperamos a nuestros hijos», dijo Petro Koval. «No es caridad, es una inversión», añadió."],
            [("Hoy recuperamos a nuestros hijos", "Petro Koval"), ("No es caridad, es una inversión", "Petro Koval")],
        ),
        (
            "en",
            ['"We are not declaring victory yet," said the central bank\'s spokesperson.'],
            [("We are not declaring victory yet", None)],  # a role, not a named person
        ),
    ],
)
def test_each_quote_is_credited_to_its_speaker(language, paragraphs, expected):
    assert speakers(language, paragraphs) == expected


def test_a_pronoun_is_resolved_to_the_person_named_in_its_paragraph():
    paragraphs = [
        '"Prices will fall," said Thomas Reindl, the chief executive.',
        'Sabine Krüger, 44, has turned down three offers. "My grandparents are buried here," she said.',
    ]
    assert speakers("en", paragraphs)[-1] == ("My grandparents are buried here", "Sabine Krüger")


def test_a_german_noun_phrase_before_the_quote_is_nobody_to_resolve_she_to():
    paragraphs = [
        "Bürgermeisterin Greta von der Heide sagte, der Pegel sei seit Beginn der Messungen nie so niedrig gewesen. "
        "„Wir sparen jeden Tropfen“, sagte sie. „Der Sommer ist noch lang.“"
    ]
    assert speakers("de", paragraphs) == [
        ("Wir sparen jeden Tropfen", "Greta von der Heide"),
        ("Der Sommer ist noch lang.", "Greta von der Heide"),
    ]


def test_a_quote_continuing_a_guessed_speaker_is_a_guess_too():
    # "she" after two people: a guess, and so is the quote that carries on her words.
    text = (
        'Harbour director Jonas Weber met Transport Minister Clara Janssen on Monday. '
        '"We lost four days," she said. "Not a single ship was lost."'
    )
    sentences = sentence_spans(0, text, "en")
    assert [q.pinned for q in find_quotes(sentences, "en", {0: text})] == [False, False]


@pytest.mark.parametrize(
    "a, b",
    [
        ("We are not declaring victory yet.", "we are not declaring victory yet"),
        ("It’s over, they said!", "it's over they said"),
    ],
)
def test_typography_and_punctuation_are_not_wording(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    "language, text, quoted",
    [
        # A reporting clause inside the marks is the writer's, not the speaker's words.
        ("fr", "« Je ne signerai pas, a-t-il lancé aux délégués réunis à Nantes. Ce texte trahit nos adhérents. »",
         ["Je ne signerai pas", "Ce texte trahit nos adhérents."]),
        ("fr", "« Rien ne change, dit-elle, rien ne bouge depuis deux ans. »",
         ["Rien ne change", "rien ne bouge depuis deux ans."]),
        ("es", "«No es posible —dijo el alcalde— cerrar el mercado en invierno».",
         ["No es posible", "cerrar el mercado en invierno"]),
        # The subject after a compound past, to the end of its sentence.
        ("fr", "« Je n’ai jamais vu une saison pareille, a confié le directeur du port, Jan Vos, aux élus lors de la "
         "séance. Mais nous tiendrons jusqu’au printemps. »",
         ["Je n’ai jamais vu une saison pareille", "Mais nous tiendrons jusqu’au printemps."]),
        # A compound past of the speaker's own words is not a reporting clause.
        ("fr", "« Le conseil a voté, et la mairie a dit la vérité. »", ["Le conseil a voté, et la mairie a dit la vérité."]),
        # Without such a clause a quote stays whole, questions and inverted verbs included.
        ("fr", "« Qu’a-t-il fait pour nous, ce ministre ? Rien. »", ["Qu’a-t-il fait pour nous, ce ministre ? Rien."]),
        ("fr", "« Nous avons attendu, et personne ne nous a écoutés. »", ["Nous avons attendu, et personne ne nous a écoutés."]),
    ],
)
def test_a_reporting_clause_inside_the_quote_marks_cuts_the_quote(language, text, quoted):
    assert [r.text for r in quote_regions(0, text, language)] == quoted
