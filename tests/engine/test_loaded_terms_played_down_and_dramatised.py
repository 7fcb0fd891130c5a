"""Loaded terms of the forty-fourth and forty-fifth sets, by family: an inquiry told as a
routine one, a closure told as a phasing-out, people cut off told as a service
interruption, errors told as a hiccup, fines told as raining down and heavy snow told as a
blizzard. Each family in the languages the lexicon holds; each stays quiet where the
source had the word or image itself. Sentences are invented."""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        (
            "The aviation authority said it had opened an inquiry into the airline's maintenance records.",
            "en",
            "The aviation authority said it had opened a routine inquiry into the airline's maintenance records.",
            "routine inquiry",
        ),
        (
            "The aviation authority said it had opened an inquiry into the airline's maintenance records.",
            "fr",
            "L’autorité de l’aviation a indiqué avoir ouvert une enquête de routine sur les registres d’entretien de la compagnie.",
            "enquête de routine",
        ),
        (
            "The aviation authority said it had opened an inquiry into the airline's maintenance records.",
            "de",
            "Die Luftfahrtbehörde erklärte, sie habe eine Routineuntersuchung der Wartungsunterlagen eingeleitet.",
            "Routineuntersuchung",
        ),
        (
            "The railway said it would close 14 ticket offices in the region by the end of the year.",
            "en",
            "The railway said it would phase out 14 ticket offices in the region by the end of the year.",
            "phase out",
        ),
        (
            "The railway said it would close 14 ticket offices in the region by the end of the year.",
            "fr",
            "La compagnie ferroviaire a annoncé qu’elle supprimerait progressivement 14 guichets dans la région d’ici la fin de l’année.",
            "supprimerait progressivement",
        ),
        (
            "A storm cut off about 80,000 homes from the power grid for two days.",
            "en",
            "A storm caused a service interruption for about 80,000 homes for two days.",
            "service interruption",
        ),
        (
            "A storm cut off about 80,000 homes from the power grid for two days.",
            "fr",
            "Une tempête a provoqué une interruption de service pour environ 80 000 foyers pendant deux jours.",
            "interruption de service",
        ),
        (
            "About 900 of the letters were sent in error to people who had already paid.",
            "en",
            "About 900 of the letters were caught up in an administrative hiccup and reached people who had already paid.",
            "administrative hiccup",
        ),
        (
            "About 900 of the letters were sent in error to people who had already paid.",
            "fr",
            "Environ 900 des lettres ont été victimes d’un couac administratif et sont parvenues à des gens qui avaient déjà payé.",
            "couac administratif",
        ),
        (
            "Inspectors issued about 2,000 fines in the first month of the new parking rules.",
            "fr",
            "Les contrôleurs ont fait pleuvoir quelque 2 000 amendes pendant le premier mois des nouvelles règles de stationnement.",
            "fait pleuvoir",
        ),
        (
            "Inspectors issued about 2,000 fines in the first month of the new parking rules.",
            "en",
            "Inspectors rained down about 2,000 fines in the first month of the new parking rules.",
            "rained down",
        ),
        (
            "Inspectors issued about 2,000 fines in the first month of the new parking rules.",
            "de",
            "In den ersten Monaten der neuen Parkregeln hagelte es rund 2000 Strafzettel.",
            "hagelte es rund 2000 Strafzettel",
        ),
        (
            "The director said the museum would return the two paintings to the family by the spring.",
            "fr",
            "Le directeur a fini par promettre que le musée rendrait les deux tableaux à la famille d’ici le printemps.",
            "a fini par promettre",
        ),
        (
            "The director said the museum would return the two paintings to the family by the spring.",
            "es",
            "El director acabó prometiendo que el museo devolvería los dos cuadros a la familia antes de la primavera.",
            "acabó prometiendo",
        ),
        (
            "The coastguard scaled back the search for the missing fishing boat on Friday.",
            "fr",
            "Les garde-côtes ont pratiquement abandonné vendredi les recherches du bateau de pêche disparu.",
            "pratiquement abandonné",
        ),
        (
            "The coastguard scaled back the search for the missing fishing boat on Friday.",
            "en",
            "The coastguard on Friday moved the search for the missing fishing boat into a new phase.",
            "a new phase",
        ),
        (
            "Heavy snow fell on the pass on Tuesday and the road was closed for six hours.",
            "en",
            "A blizzard swept across the pass on Tuesday and the road was closed for six hours.",
            "blizzard",
        ),
        (
            "Heavy snow fell on the pass on Tuesday and the road was closed for six hours.",
            "de",
            "Ein Schneesturm fegte am Dienstag über den Pass, die Straße war sechs Stunden gesperrt.",
            "Schneesturm",
        ),
    ],
)
def test_a_fact_played_down_or_dramatised_is_a_loaded_term(original, d_lang, derivative, word):
    assert any(word in w or w in word for w in charged_words("en", original, d_lang, derivative)), charged_words(
        "en", original, d_lang, derivative
    )


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # The source's own routine check, phasing-out, interruption, glitch, rain of fines, blizzard.
        (
            "The authority said it had opened a routine inquiry into the records.",
            "fr",
            "L’autorité a indiqué avoir ouvert une enquête de routine sur les registres.",
        ),
        (
            "The railway said it would gradually close 14 ticket offices by the end of the year.",
            "en",
            "The railway said it would phase out 14 ticket offices by the end of the year.",
        ),
        (
            "A storm caused a service interruption for about 80,000 homes, which were cut off for two days.",
            "fr",
            "Une tempête a provoqué une interruption de service pour environ 80 000 foyers, privés de courant pendant deux jours.",
        ),
        (
            "About 900 letters were sent in error because of a technical glitch.",
            "fr",
            "Environ 900 lettres ont été envoyées par erreur à cause d’un couac technique.",
        ),
        (
            "Fines rained down on drivers in the first month: inspectors issued about 2,000.",
            "fr",
            "Les amendes ont plu sur les automobilistes le premier mois : les contrôleurs en ont fait pleuvoir quelque 2 000.",
        ),
        (
            "Heavy snow and gale-force winds hit the pass on Tuesday.",
            "fr",
            "Une tempête de neige s’est abattue mardi sur le col.",
        ),
        (
            "The coastguard scaled back the search, which had entered its final phase.",
            "fr",
            "Les garde-côtes ont réduit les recherches, entrées dans une nouvelle phase, la dernière.",
        ),
        (
            "The coastguard has all but abandoned the search for the boat.",
            "de",
            "Die Küstenwache hat die Suche nach dem Boot praktisch aufgegeben.",
        ),
        # Faithful renderings of the plain words.
        (
            "The coastguard scaled back the search for the missing fishing boat on Friday.",
            "fr",
            "Les garde-côtes ont réduit vendredi les recherches du bateau de pêche disparu.",
        ),
        (
            "Inspectors issued about 2,000 fines in the first month.",
            "fr",
            "Les contrôleurs ont dressé quelque 2 000 amendes au cours du premier mois.",
        ),
        (
            "A storm cut off about 80,000 homes for two days.",
            "de",
            "Ein Sturm schnitt rund 80.000 Haushalte zwei Tage lang vom Stromnetz ab.",
        ),
        (
            "The railway said it would close 14 ticket offices.",
            "es",
            "La compañía ferroviaria anunció que cerrará 14 taquillas.",
        ),
    ],
)
def test_the_sources_own_word_or_a_plain_rendering_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "d_lang, derivative, word",
    [
        ("fr", "La commune sacrifiera les marchés du dimanche à partir de mai.", "sacrifiera"),
        ("fr", "Le conseil a voté le sacrifice des marchés du dimanche à partir de mai.", "le sacrifice des"),
        ("en", "The council will sacrifice its Sunday markets from May.", "sacrifice"),
    ],
)
def test_a_decision_told_as_a_sacrifice_is_loaded(d_lang, derivative, word):
    original = "The council will stop holding Sunday markets from May."
    assert word in charged_words("en", original, d_lang, derivative)


def test_a_sacrifice_the_source_named_is_rendered_not_loaded():
    original = "The mayor said the town had sacrificed its Sunday markets to balance the budget."
    derivative = "Selon le maire, la ville a sacrifié ses marchés du dimanche pour équilibrer le budget."
    assert charged_words("en", original, "fr", derivative) == []


def test_giving_up_rendered_as_a_sacrifice_is_no_loaded_term():
    original = "Volunteers are asked to give up their weekends, week after week."
    derivative = "On demande aux bénévoles de sacrifier leurs week-ends, semaine après semaine."
    assert charged_words("en", original, "fr", derivative) == []


def test_blame_put_on_someone_else_with_words_between_is_loaded():
    original = "The packer said in a statement that a supplier had misled it."
    derivative = "L'entreprise a rejeté dans un communiqué la faute sur un fournisseur."
    assert charged_words("en", original, "fr", derivative) != []


def test_a_charged_word_spelled_by_a_name_inside_the_sentence_is_the_name():
    """A surname respelt 'Molder' is a changed name, not the verb 'molder'."""
    original = "Gerrit Mulder, who lives opposite the memorial, said he had heard nothing."
    derivative = "Gerrit Molder, who lives opposite the memorial, said he had heard nothing."
    assert charged_words("en", original, "en", derivative) == []
