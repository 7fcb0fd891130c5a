"""Attribution: bodies and their names as a source phrase reads them, and a body's
statement credited to nobody in particular.

Pure text tests (no encoder): the similarity of two source phrases, which the encoder
gives in the pipeline, is passed in by hand.
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from aligned_fixtures import attribution_findings, source_phrases as phrases, one_span as span


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # A body's name that lists what it is for, with commas and "and", is one name.
        ("fr", "Le ministère de la Santé, de la Jeunesse et des Sports a indiqué que la piscine resterait fermée.",
         "Le ministère de la Santé, de la Jeunesse et des Sports"),
        ("en", "In Lisbon, the Ministry of Culture, of Heritage and of Tourism said the palace would reopen.",
         "the Ministry of Culture, of Heritage and of Tourism"),
        # A reflexive verb of saying: its pronoun is no part of the speaker.
        ("fr", "Le syndicat des pilotes s’est dit prêt à reprendre les discussions.", "Le syndicat des pilotes"),
        ("fr", "La direction de l’usine se dit confiante pour la suite.", "La direction de l’usine"),
        ("es", "La cofradía de pescadores se mostró preocupada, dijo su portavoz.", "su portavoz"),
    ],
)
def test_a_body_s_name_is_read_whole(language, text, phrase):
    assert phrase in phrases(text, language)


def only_source(text: str, language: str):
    (source,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return source


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, similarity, changed",
    [
        # A body, however generic its word, made into sources nobody can place.
        ("en", "The trawler sank within minutes, coastal authorities said.", "fr",
         "Le chalutier a coulé en quelques minutes, selon des sources locales.", 0.5, True),
        ("de", "Die Straße bleibt gesperrt, teilte die Landesbehörde mit.", "es",
         "La carretera seguirá cortada, según fuentes consultadas.", 0.5, True),
        ("fr", "La route restera fermée, a indiqué l’office départemental.", "en",
         "The road will stay closed, a source told reporters.", 0.5, True),
        # An anonymous source on both sides, or one that still names the body, is the
        # same source.
        ("en", "The trawler sank, two officials at the maritime authority said on condition of anonymity.", "fr",
         "Le chalutier a coulé, selon deux sources à l’autorité maritime.", 0.6, False),
        ("en", "The trawler sank, the maritime authority said.", "fr",
         "Le chalutier a coulé, a indiqué l’autorité maritime.", 0.85, False),
        ("en", "The trawler sank, officials said.", "fr", "Le chalutier a coulé, selon des responsables.", 0.6, False),
    ],
)
def test_a_body_made_anonymous_is_another_source(o_lang, original, d_lang, derivative, similarity, changed):
    o, d = only_source(original, o_lang), only_source(derivative, d_lang)
    assert (source_change(o, d, similarity) is not None) == changed


@pytest.mark.parametrize(
    "phrase, kinds",
    [
        ("the regional roads department", {"ministry"}),
        ("the Department of Fisheries", {"ministry"}),
        ("the national federation of bakers", {"association"}),
        ("l’association des viticulteurs", {"association"}),
        ("der Hotelverband", {"association"}),
        ("la patronal del transporte", {"association"}),
    ],
)
def test_departments_are_ministries_and_federations_speak_for_a_trade(phrase, kinds):
    from diptych.engine.attribution import source_kinds

    assert source_kinds(phrase) == kinds


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, similarity, changed",
    [
        # A government department's figures credited to a trade's federation.
        ("en", "The port handles 900 ships a year, according to data from the regional shipping department.", "fr",
         "Le port accueille 900 navires par an, selon les fédérations d’armateurs.", 0.5, True),
        ("en", "Milk prices fell by a fifth, the agriculture department said.", "de",
         "Die Milchpreise fielen um ein Fünftel, teilte der Bauernverband mit.", 0.5, True),
        # The same department or federation, translated.
        ("en", "Milk prices fell by a fifth, the agriculture department said.", "fr",
         "Les prix du lait ont baissé d’un cinquième, a indiqué le ministère de l’Agriculture.", 0.6, False),
        ("en", "Milk prices fell by a fifth, the dairy farmers' federation said.", "es",
         "Los precios de la leche cayeron una quinta parte, según la federación de ganaderos.", 0.6, False),
    ],
)
def test_a_department_and_a_trade_federation_are_different_sources(o_lang, original, d_lang, derivative, similarity, changed):
    o, d = only_source(original, o_lang), only_source(derivative, d_lang)
    assert (source_change(o, d, similarity) is not None) == changed


@pytest.mark.parametrize(
    "derivative, changed",
    [
        # The alliance's study credited to a capital standing for a government.
        ("Les prix ont doublé en cinq ans, d’après les calculs de Berlin.", True),
        # The alliance's name translated: the same body.
        ("Les prix ont doublé en cinq ans, selon une étude commandée par l’Alliance nordique des mutuelles.", False),
    ],
)
def test_a_body_s_study_credited_to_a_capital_is_another_source(derivative, changed):
    original = "Prices doubled in five years, according to a study commissioned by the Nordic Mutual Insurers Alliance."
    o, d = only_source(original, "en"), only_source(derivative, "fr")
    assert (source_change(o, d, 0.2) is not None) == changed


# --- end to end, with the real offline encoder --------------------------------------------


HARBOUR = (
    "The harbour of Skala will stay closed to cruise ships until the spring. The ministry of shipping said "
    "the quay needed repairs costing about 4 million euros."
)
BREWERY = (
    "The brewery in Velden will close at the end of the year. The weekly Velden Bote reported on Tuesday "
    "that the owners had turned down two offers for the site."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative, expected",
    [
        # The ministry's statement now rests on what the press reports.
        (HARBOUR, "fr",
         "Le port de Skala restera fermé aux navires de croisière jusqu’au printemps. Selon la presse locale, "
         "le ministère de la Marine a indiqué que le quai nécessitait des réparations d’environ 4 millions d’euros.",
         "The ministry of shipping said"),
        (HARBOUR, "es",
         "El puerto de Skala seguirá cerrado a los cruceros hasta la primavera. Según la prensa local, el "
         "ministerio de Marina afirmó que el muelle necesitaba reparaciones de unos 4 millones de euros.",
         "The ministry of shipping said"),
        # The credited outlet dropped: its report stated as fact.
        (BREWERY, "fr",
         "La brasserie de Velden fermera à la fin de l’année. Les propriétaires ont refusé deux offres pour le site.",
         "Velden Bote"),
        (BREWERY, "de",
         "Die Brauerei in Velden schließt Ende des Jahres. Die Eigentümer haben zwei Angebote für das Gelände abgelehnt.",
         "Velden Bote"),
    ],
)
def test_a_statement_credited_to_the_press_or_stripped_of_its_outlet_is_reported(encoder, original, language, derivative, expected):
    found = attribution_findings(encoder, [original], language, [derivative])
    assert any(expected in (f.original_text or "") for f in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (HARBOUR, "fr",
         "Le port de Skala restera fermé aux navires de croisière jusqu’au printemps. Le ministère de la Marine a "
         "indiqué que le quai nécessitait des réparations d’environ 4 millions d’euros."),
        # Words given to the press, not credited to it.
        (HARBOUR, "fr",
         "Le port de Skala restera fermé aux navires de croisière jusqu’au printemps. Le quai nécessite des "
         "réparations d’environ 4 millions d’euros, a déclaré le ministère de la Marine devant la presse."),
        (BREWERY, "fr",
         "La brasserie de Velden fermera à la fin de l’année. L’hebdomadaire Velden Bote a rapporté mardi que les "
         "propriétaires avaient refusé deux offres pour le site."),
        (BREWERY, "de",
         "Die Brauerei in Velden schließt Ende des Jahres. Wie die Wochenzeitung Velden Bote am Dienstag berichtete, "
         "lehnten die Eigentümer zwei Angebote für das Gelände ab."),
    ],
)
def test_a_faithful_rendering_keeps_the_press_and_outlets_as_they_were(encoder, original, language, derivative):
    assert attribution_findings(encoder, [original], language, [derivative]) == []


@pytest.mark.parametrize(
    "text, phrase",
    [
        # A participle that describes its noun, followed by the sentence's own verb.
        ("The quotas announced so far already exceed the advice by a third.", None),
        ("The cuts announced last week will cost 300 jobs.", None),
        ("The figures reported on Monday are the lowest since 2009.", None),
        # A verb of saying, followed by what was said.
        ("The ministry announced on Monday that the cuts would cost 300 jobs.", "The ministry"),
        ("The company reported a loss of 12 million euros.", "The company"),
        # A verb of saying in a relative clause without its pronoun still credits its subject.
        ("Coverage stands at 85%, below the 95% that the health agency says is needed.", "the health agency"),
        ("Pools may stay open, a concession that hoteliers said had come too late.", "hoteliers"),
        # A consensus stated as such credits its crowd.
        ("Experts agree that the stock has been overfished for years.", "Experts"),
    ],
)
def test_an_english_participle_that_describes_its_noun_credits_no_one(text, phrase):
    assert phrases(text, "en") == ([phrase] if phrase else [])


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, similarity, changed",
    [
        # A body's own people (its scientists, « ses économistes ») made a crowd of experts.
        ("en", "Its engineers have warned that the dam is failing.", "en",
         "Experts agree that the dam is failing.", 0.5, True),
        ("fr", "Ses économistes ont averti que la dette allait doubler.", "en",
         "Economists say the debt will double.", 0.5, True),
        # Rendered as they were.
        ("en", "Its engineers have warned that the dam is failing.", "fr",
         "Ses ingénieurs ont averti que le barrage cédait.", 0.8, False),
        ("en", "Experts say the debt will double.", "de", "Experten sagen, die Schulden würden sich verdoppeln.", 0.8, False),
    ],
)
def test_a_body_s_own_people_made_a_crowd_of_experts_is_another_source(o_lang, original, d_lang, derivative, similarity, changed):
    o, d = only_source(original, o_lang), only_source(derivative, d_lang)
    assert (source_change(o, d, similarity) is not None) == changed


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        # The company kept as the subject, by its name, with a verb of belief.
        ("fr", "Le chantier Halvorsen Marine construit des ferries électriques à Bodø. Halvorsen pense pouvoir "
               "livrer le premier navire avant la fin mars."),
        ("de", "Die Werft Halvorsen Marine baut in Bodø Elektrofähren. Halvorsen rechnet damit, das erste Schiff "
               "vor Ende März auszuliefern."),
    ],
)
def test_a_body_kept_as_the_subject_by_its_name_is_not_dropped(encoder, language, derivative):
    original = (
        "The Halvorsen Marine shipyard builds electric ferries in Bodø. The company said it expected to deliver "
        "the first vessel by the end of March."
    )
    assert attribution_findings(encoder, [original], language, [derivative]) == []


@pytest.mark.parametrize(
    "derivative, changed",
    [
        # A nationality adjective a translator adds to the body: the same source.
        ("Le port accueillera 900 navires, a fait savoir lundi le ministère danois des Transports.", False),
        # A capital standing for a government: another source.
        ("Le port accueillera 900 navires, selon les calculs de Copenhague.", True),
    ],
)
def test_a_nationality_adjective_added_to_a_body_names_the_same_source(derivative, changed):
    original = "The port will handle 900 ships, the transport ministry announced on Monday."
    o, d = only_source(original, "en"), only_source(derivative, "fr")
    assert (source_change(o, d, 0.4) is not None) == changed


def test_officials_made_a_national_government_are_another_source():
    original = "The port will handle 900 ships, port officials said on Monday."
    derivative = "Le port accueillera 900 navires, a annoncé lundi le gouvernement danois."
    o, d = only_source(original, "en"), only_source(derivative, "fr")
    assert source_change(o, d, 0.4) is not None
