"""Attribution: readings added after re-running the blind sets 60-71 (session 17).

- An anonymous insider of a body ("a police officer, who asked not to be named") is one
  person's account; the body itself ("police said", « selon la police », „die Polizei“)
  is the institution's statement. Either made the other changes who stands behind the
  claim. A spokesman, or an insider kept anonymous in the rendering, is no such change.
- French counts several people with « de nombreux », « de nombreuses » before the noun:
  « de nombreux chasseurs » are many, as « plusieurs chasseurs » are.

Pure-text tests pass the similarity of two phrases by hand.
"""

import pytest

from diptych.engine.attribution import _number, find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def first(text: str, language: str):
    return [s for s in find_sources(span(text), language) if not s.pronoun][0]


OFFICER = "A police officer, who asked not to be named, said the two break-ins were linked."
INSIDER = "An official at the transport ministry, who spoke on condition of anonymity, said the tender had been cancelled."
FIREFIGHTER = "A firefighter, who was not authorised to speak publicly, said the barn fire had been started deliberately."


@pytest.mark.parametrize(
    "original, derivative, language",
    [
        (OFFICER, "The two break-ins were linked, police said.", "en"),
        (OFFICER, "Selon la police, les deux cambriolages sont liés.", "fr"),
        (OFFICER, "Die Polizei teilte mit, die beiden Einbrüche hingen zusammen.", "de"),
        (OFFICER, "La policía dijo que los dos robos estaban relacionados.", "es"),
        (INSIDER, "The transport ministry said the tender had been cancelled.", "en"),
        (INSIDER, "Le ministère des Transports a affirmé que l'appel d'offres avait été annulé.", "fr"),
        (FIREFIGHTER, "The fire service said the barn fire had been started deliberately.", "en"),
    ],
)
def test_an_anonymous_insider_made_the_body_itself_is_a_change(original, derivative, language):
    assert source_change(first(original, "en"), first(derivative, language), 0.85) is not None


def test_the_body_made_an_anonymous_insider_is_a_change():
    assert source_change(first("The two break-ins were linked, police said.", "en"), first(OFFICER, "en"), 0.85) is not None


@pytest.mark.parametrize(
    "original, derivative, language",
    [
        # a spokesman speaks for the body
        ("A police spokesman said the two break-ins were linked.", "The two break-ins were linked, police said.", "en"),
        # the insider kept anonymous
        (OFFICER, "Un policier, qui a requis l'anonymat, a affirmé que les deux cambriolages étaient liés.", "fr"),
        (OFFICER, "A police source, speaking on condition of anonymity, said the two break-ins were linked.", "en"),
        # the same body, translated
        ("The two break-ins were linked, police said.", "Selon la police, les deux cambriolages sont liés.", "fr"),
        # another body's name is not this change's business: the body itself of another kind
        (INSIDER, "An official at the transport ministry, who asked not to be named, said the tender was cancelled.", "en"),
    ],
)
def test_an_insider_kept_or_a_spokesman_is_no_such_change(original, derivative, language):
    assert source_change(first(original, "en"), first(derivative, language), 0.85) is None


@pytest.mark.parametrize(
    "text",
    [
        "De nombreux chasseurs de la région affirment que la battue est inutile.",
        "De nombreuses infirmières de l'hôpital affirment que les lits manquent.",
        "Selon de nombreux habitants du quartier, le pont est dangereux.",
    ],
)
def test_de_nombreux_counts_several_people(text):
    assert _number(first(text, "fr")) == "many"


def test_one_anonymous_hunter_made_de_nombreux_chasseurs_is_a_change():
    original = first(
        "A hunter from a club near the forest, who asked not to be named, said the cull was pointless.", "en"
    )
    derivative = first("De nombreux chasseurs de la région affirment que la battue est inutile.", "fr")
    assert source_change(original, derivative, 0.66) is not None


# Newspaper titles end with a word the press uses for itself ("the Wexford Leader", "the
# Tarvik Echo", "the Dunmore Argus"): an outlet, whose name is written alike in every
# language. The word must end the title: "Opposition Leader Jan Novak" is a person.


@pytest.mark.parametrize(
    "text",
    [
        "According to the Wexford Leader, one inspector fined a pensioner for a dropped receipt.",
        "The pier had been closed twice before, the Tarvik Echo reported.",
        "According to the Dunmore Argus, the mayor was told in March.",
        "The council knew of the cracks, the Kellan Sentinel reported.",
    ],
)
def test_a_title_ending_with_a_press_word_is_an_outlet(text):
    from diptych.engine.attribution import outlet_name

    assert outlet_name(first(text, "en")) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Opposition Leader Jan Novak said the budget was a fraud.",
        "The budget was a fraud, said the Opposition Leader.",
        "The budget was a fraud, said the Leader of the Opposition.",
        "According to Hanna Echo, the mayor was told in March.",
    ],
)
def test_a_leader_or_a_surname_is_no_outlet(text):
    from diptych.engine.attribution import outlet_name

    assert outlet_name(first(text, "en")) is None


# An inverted speaker followed by a comma part that only says it spoke without a name («
# , indique un responsable du ministère, sous couvert d'anonymat, les discussions n'ayant
# pas commencé. », "..., said an official at the ministry, on condition of anonymity,
# because ..."): the speaker ends at that part's comma; the anonymity is its own.


@pytest.mark.parametrize(
    "text, language, speaker",
    [
        ("Le pays n'acceptera pas qu'on lui envoie une note, indique un responsable du ministère "
         "slovène des Finances, sous couvert d'anonymat, les négociations n'ayant pas commencé.", "fr",
         "un responsable du ministère slovène des Finances"),
        ("Le tunnel ne rouvrira pas avant l'été, affirme un ingénieur de la société concessionnaire, "
         "sous couvert d'anonymat, la direction ayant interdit tout contact avec la presse.", "fr",
         "un ingénieur de la société concessionnaire"),
        ("El túnel no reabrirá antes del verano, afirmó un ingeniero de la concesionaria, bajo condición "
         "de anonimato, porque la dirección prohibió hablar con la prensa.", "es",
         "un ingeniero de la concesionaria"),
    ],
)
def test_an_inverted_speaker_ends_before_its_anonymity_part(text, language, speaker):
    source = first(text, language)
    assert source.phrase.text.startswith(speaker)
    assert source.anonymous


# People named by who they are (residents, fishermen, the station's observers, farmers)
# recast by their stance on the matter ("critics", "opponents", « les détracteurs »,
# „Kritiker“, "los detractores"), or the reverse: the reader no longer learns who speaks,
# only which side they take.

FISHERMEN = "Local fishermen say the new quay is too short for their boats."


@pytest.mark.parametrize(
    "original, derivative, language",
    [
        (FISHERMEN, "Critics say the new quay is too short for the boats.", "en"),
        (FISHERMEN, "Opponents of the project say the new quay is too short.", "en"),
        (FISHERMEN, "Selon ses détracteurs, le nouveau quai est trop court pour les bateaux.", "fr"),
        (FISHERMEN, "Kritiker sagen, der neue Kai sei zu kurz für die Boote.", "de"),
        (FISHERMEN, "Los detractores dicen que el nuevo muelle es demasiado corto.", "es"),
        ("Residents of the valley said the quarry would ruin the river.",
         "Opponents said the quarry would ruin the river.", "en"),
        ("Critics say the new quay is too short for the boats.", FISHERMEN, "en"),
    ],
)
def test_people_recast_by_their_stance_is_a_change(original, derivative, language):
    assert source_change(first(original, "en"), first(derivative, language), 0.2) is not None


@pytest.mark.parametrize(
    "original, derivative, language",
    [
        ("Critics say the new quay is too short for the boats.",
         "Selon ses détracteurs, le nouveau quai est trop court pour les bateaux.", "fr"),
        ("Opponents of the project say the quay is too short.", "Kritiker des Projekts sagen, der Kai sei zu kurz.", "de"),
        (FISHERMEN, "Selon les pêcheurs du port, le nouveau quai est trop court.", "fr"),
        ("Critics, among them local fishermen, say the new quay is too short.",
         "Critics say the new quay is too short for the boats.", "en"),
    ],
)
def test_a_stance_kept_or_people_kept_is_no_such_change(original, derivative, language):
    assert source_change(first(original, "en"), first(derivative, language), 0.2) is None


# An object relative names its own speaker: "the depot in Tarvik, which the regional
# command said could add 20 minutes" is the command's claim, not the depot's; "Lea
# Fontana, who did not take part, said" stays Lea Fontana's.


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Emergencies at night will go to the depot in Tarvik, which the regional command said could add 20 minutes.",
         "the regional command"),
        ("The plan includes a new footbridge, which the council said would cost two million euros.", "the council"),
        ("The firm will close its oldest plant, which Anna Berg said had been losing money for years.", "Anna Berg"),
        ("Lea Fontana, who did not take part in the vote, said the result was fair.", "Lea Fontana"),
        ("The contractor that maintained the line said the cables were new.", "The contractor"),
    ],
)
def test_an_object_relative_names_its_own_speaker(text, speaker):
    assert first(text, "en").phrase.text.startswith(speaker)
