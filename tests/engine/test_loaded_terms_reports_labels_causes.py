"""Loaded terms of session 18: a report told as an allegation, people without papers called
illegal, advocacy made a cause, and a vote told as giving in; each in the languages the
lexicon holds, and each quiet where the source said the same thing itself."""

import pytest

from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, derivative, word",
    [
        ("The local daily reported on Tuesday that the mill had dumped waste twice.",
         "The local daily alleged on Tuesday that the mill had dumped waste twice.", "alleged"),
        ("A trade magazine reported last week that the firm was for sale.",
         "A trade magazine claimed last week that the firm was for sale.", "claimed"),
    ],
)
def test_a_report_told_as_an_allegation_is_loaded(original, derivative, word):
    assert word in charged_words("en", original, "en", derivative)


def test_a_report_rendered_as_a_report_is_quiet():
    assert charged_words(
        "en", "The local daily reported on Tuesday that the mill had dumped waste twice.",
        "fr", "Le quotidien local a rapporté mardi que la scierie avait déversé des déchets à deux reprises.",
    ) == []


@pytest.mark.parametrize(
    "d_lang, derivative, word",
    [
        ("en", "Inspectors wanted to know whether the farms hired illegal workers.", "illegal workers"),
        ("fr", "Les inspecteurs voulaient savoir si les fermes embauchaient des clandestins.", "des clandestins"),
        ("de", "Die Kontrolleure wollten wissen, ob die Höfe Illegale beschäftigten.", "Illegale"),
        ("es", "Los inspectores querían saber si las granjas contrataban a trabajadores ilegales.", "trabajadores ilegales"),
        ("it", "Gli ispettori volevano sapere se le aziende assumevano lavoratori illegali.", "lavoratori illegali"),
    ],
)
def test_people_without_papers_called_illegal_is_loaded(d_lang, derivative, word):
    original = "Inspectors wanted to know whether the farms hired workers without papers."
    assert word in charged_words("en", original, d_lang, derivative)


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Les inspecteurs voulaient savoir si les fermes embauchaient des travailleurs sans papiers."),
        ("de", "Die Kontrolleure wollten wissen, ob die Höfe Arbeiter ohne Papiere beschäftigten."),
        ("es", "Los inspectores querían saber si las granjas contrataban a trabajadores sin papeles."),
        ("it", "Gli ispettori volevano sapere se le aziende assumevano lavoratori senza documenti."),
    ],
)
def test_people_without_papers_rendered_so_are_quiet(d_lang, derivative):
    original = "Inspectors wanted to know whether the farms hired workers without papers."
    assert charged_words("en", original, d_lang, derivative) == []


def test_a_source_that_says_illegal_itself_is_rendered():
    assert charged_words(
        "en", "Inspectors wanted to know whether the farms illegally hired undocumented workers.",
        "fr", "Les inspecteurs voulaient savoir si les fermes embauchaient des clandestins.",
    ) == []


@pytest.mark.parametrize(
    "d_lang, derivative, word",
    [
        ("en", "The growers' union has long championed the new label.", "championed"),
        ("en", "The growers' union has spearheaded efforts to win the new label.", "spearheaded"),
        ("fr", "Le syndicat des producteurs s'est fait le chantre du nouveau label.", "chantre"),
        ("de", "Die Gewerkschaft der Erzeuger gilt als Vorkämpferin des neuen Labels.", "Vorkämpferin"),
        ("es", "El sindicato de productores ha abanderado la nueva etiqueta.", "ha abanderado"),
        ("it", "Il sindacato dei produttori si è fatto paladino del nuovo marchio.", "si è fatto paladino"),
    ],
)
def test_advocacy_made_a_cause_is_loaded(d_lang, derivative, word):
    original = "The growers' union has pushed for the new label for several years."
    assert word in charged_words("en", original, d_lang, derivative)


def test_a_source_that_names_a_champion_itself_is_rendered():
    assert charged_words(
        "en", "The growers' union, a fierce supporter of the label, has pushed for it for years.",
        "en", "The growers' union has long championed the label.",
    ) == []


def test_a_sports_champion_is_no_cause():
    assert charged_words(
        "en", "The club backed the coach after the defeat.",
        "en", "The club, the national champions, backed the coach after the defeat.",
    ) == []


@pytest.mark.parametrize(
    "d_lang, derivative, word",
    [
        ("en", "The board caved on Monday and allowed the sale of the land.", "caved"),
        ("fr", "Le conseil a cédé lundi en autorisant la vente du terrain.", "a cédé"),
        ("de", "Der Rat gab am Montag nach und erlaubte den Verkauf des Grundstücks.", "gab am Montag nach"),
        ("es", "El consejo cedió el lunes y autorizó la venta del terreno.", "cedió"),
        ("it", "Il consiglio ha ceduto lunedì, autorizzando la vendita del terreno.", "ha ceduto"),
    ],
)
def test_a_vote_told_as_giving_in_is_loaded(d_lang, derivative, word):
    original = "The board voted on Monday to allow the sale of the land."
    assert word in charged_words("en", original, d_lang, derivative)


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # the source's own giving in, rendered
        ("The board gave in to pressure and voted to allow the sale of the land.",
         "fr", "Le conseil a cédé aux pressions et a autorisé la vente du terrain."),
        # « céder » for a sale or a transfer is no surrender
        ("The board voted to transfer the land to the town.",
         "fr", "Le conseil a cédé le terrain à la commune après un vote."),
        ("The board voted to allow the sale of the land.",
         "es", "El consejo autorizó la venta del terreno."),
    ],
)
def test_a_vote_rendered_or_a_transfer_is_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


def test_a_withdrawal_told_as_a_retirement_is_loaded():
    found = charged_words(
        "en", "The county will withdraw its mobile eye clinic next spring.",
        "en", "The county will retire its mobile eye clinic next spring.",
    )
    assert any(word.startswith("retire") for word in found)


def test_a_withdrawal_told_with_a_plain_verb_is_quiet():
    assert charged_words(
        "en", "The county will withdraw its mobile eye clinic next spring.",
        "en", "The county will remove its mobile eye clinic next spring.",
    ) == []


def test_clandestine_as_an_adjective_of_a_crossing_is_a_rendering():
    # « migrants clandestins » describes how they came; « des clandestins » names the people
    assert charged_words(
        "en", "Inspectors wanted to know whether the farms hired workers without papers.",
        "fr", "Les inspecteurs voulaient savoir si les fermes embauchaient des travailleurs clandestins.",
    ) == []


def test_a_report_rendered_in_the_present_with_an_adverb_is_quiet():
    assert charged_words(
        "en", "The newspaper also reported that the museum had lost two paintings in 2021.",
        "fr", "Le journal rapporte également que le musée avait perdu deux tableaux en 2021.",
    ) == []
