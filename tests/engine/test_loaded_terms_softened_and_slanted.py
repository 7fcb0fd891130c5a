"""Loaded terms by class, session 15: a cut told as a trim, a halt told as a pause, neglect
told as lapses, an ignored warning told as overlooked, a closure or a death dramatised
(padlocked, mown down, « tijeretazo »), a closure told as an early end, a donation told in the
slang of bribery, a site handed on a plate to a developer, a report called one of
convenience, a building given a promotional epithet, and verbs of saying that present a
statement as an established fact (pointed out) or as guesswork (speculated). Each class in
several languages; each stays quiet where the source had the word or one it renders.
Sentences are invented."""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # a cut told as a trim or a fine-tuning
        (
            "The county will cut its library budget by 8 percent next year.",
            "en",
            "The county will trim its library budget by 8 percent next year.",
            "trim",
        ),
        (
            "The county will cut its library budget by 8 percent next year.",
            "en",
            "The county will pare back its library budget by 8 percent next year.",
            "pare back",
        ),
        (
            "The county will cut its library budget by 8 percent next year.",
            "de",
            "Der Landkreis speckt im kommenden Jahr sein Bibliotheksbudget um 8 Prozent ab.",
            "speckt",
        ),
        (
            "The county will cut its library budget by 8 percent next year.",
            "es",
            "El condado ajustará su presupuesto de bibliotecas un 8 % el año próximo.",
            "ajustará",
        ),
        # a cut or a closure dramatised
        (
            "The county will cut its library budget by 8 percent next year.",
            "es",
            "El condado dará un tijeretazo del 8 % a su presupuesto de bibliotecas el año próximo.",
            "tijeretazo",
        ),
        (
            "The prefect ordered the closure of the night shelter on Friday.",
            "fr",
            "Le préfet a fait cadenasser vendredi le foyer de nuit.",
            "cadenasser",
        ),
        (
            "The prefect ordered the closure of the night shelter on Friday.",
            "en",
            "The prefect had the night shelter padlocked on Friday.",
            "padlocked",
        ),
        # a closure told as an early end
        (
            "The operator ordered the closure of the ski lifts on Sunday because of the heat.",
            "en",
            "The operator brought forward the end of the season at the ski lifts on Sunday because of the heat.",
            "brought forward the end",
        ),
        # a halt told as a pause, with a gerund after it
        (
            "The agency stopped sending new patients to the clinic in May.",
            "en",
            "The agency paused sending new patients to the clinic in May.",
            "paused",
        ),
        # neglect told as lapses
        (
            "Inspectors found patients left without water for hours on two wards.",
            "en",
            "Inspectors found lapses in hydration on two wards.",
            "lapses",
        ),
        (
            "Inspectors found patients left without water for hours on two wards.",
            "fr",
            "Les inspecteurs ont relevé des marges de progrès dans l’hydratation de deux services.",
            "marges de progrès",
        ),
        # an ignored warning told as overlooked
        (
            "The ministry ignored a warning from its own auditors about the contract.",
            "en",
            "The ministry overlooked a warning from its own auditors about the contract.",
            "overlooked",
        ),
        (
            "The ministry ignored a warning from its own auditors about the contract.",
            "es",
            "El ministerio pasó por alto una advertencia de sus propios auditores sobre el contrato.",
            "pasó por alto",
        ),
        # a death dramatised
        (
            "Three hikers were killed on Sunday by a rockfall near the pass.",
            "fr",
            "Trois randonneurs ont été fauchés dimanche par un éboulement près du col.",
            "fauchés",
        ),
        (
            "Three hikers were killed on Sunday by a rockfall near the pass.",
            "de",
            "Drei Wanderer wurden am Sonntag nahe dem Pass von einem Steinschlag dahingerafft.",
            "dahingerafft",
        ),
        # a donation told in the slang of bribery
        (
            "The contractor donated 25,000 euros to a charity run by the mayor's brother.",
            "fr",
            "L’entrepreneur a arrosé de 25 000 euros une association dirigée par le frère du maire.",
            "arrosé",
        ),
        (
            "The contractor donated 25,000 euros to a charity run by the mayor's brother.",
            "en",
            "The contractor greased the palms of a charity run by the mayor's brother with 25,000 euros.",
            "greased the palms",
        ),
        (
            "The contractor donated 25,000 euros to a charity run by the mayor's brother.",
            "de",
            "Der Bauunternehmer schmierte einen Verein, den der Bruder des Bürgermeisters leitet, mit 25.000 Euro.",
            "schmierte",
        ),
        # a site handed on a plate
        (
            "The council allowed an investor to convert the old market hall into flats.",
            "fr",
            "Le conseil a livré l’ancienne halle du marché à un investisseur qui veut en faire des appartements.",
            "livré",
        ),
        (
            "The council allowed an investor to convert the old market hall into flats.",
            "en",
            "The council handed the old market hall to an investor on a silver platter to convert into flats.",
            "on a silver platter",
        ),
        # a report called one of convenience
        (
            "A study paid for by the operator found the dam was safe.",
            "fr",
            "Une étude de complaisance payée par l’exploitant a conclu que le barrage était sûr.",
            "étude de complaisance",
        ),
        (
            "A study paid for by the operator found the dam was safe.",
            "de",
            "Ein vom Betreiber bezahltes Gefälligkeitsgutachten kam zu dem Schluss, der Damm sei sicher.",
            "Gefälligkeitsgutachten",
        ),
        # a promotional epithet
        (
            "The city approved a 24-storey office tower next to the station.",
            "en",
            "The city approved a landmark 24-storey office tower next to the station.",
            "landmark",
        ),
        (
            "The city approved a 24-storey office tower next to the station.",
            "fr",
            "La ville a approuvé une tour de bureaux emblématique de 24 étages près de la gare.",
            "emblématique",
        ),
        (
            "The city approved a 24-storey office tower next to the station.",
            "de",
            "Die Stadt hat ein 24-stöckiges Leuchtturmprojekt neben dem Bahnhof genehmigt.",
            "Leuchtturmprojekt",
        ),
        # verbs of saying: a fact presupposed, a guess imputed
        (
            "The harbour master said the channel had been dredged in March.",
            "en",
            "The harbour master pointed out that the channel had been dredged in March.",
            "pointed out",
        ),
        (
            "The harbour master said the channel had been dredged in March.",
            "en",
            "The harbour master speculated that the channel had been dredged in March.",
            "speculated",
        ),
        (
            "The harbour master said the channel had been dredged in March.",
            "fr",
            "Le capitaine du port a fait remarquer que le chenal avait été dragué en mars.",
            "a fait remarquer",
        ),
        (
            "The harbour master said the channel had been dredged in March.",
            "es",
            "El capitán del puerto especuló con que el canal había sido dragado en marzo.",
            "especuló",
        ),
    ],
)
def test_a_fact_softened_or_slanted_is_a_loaded_term(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in w or w in word for w in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # The source's own trim, pause, lapses, oversight, amputation, padlock, early end.
        (
            "The county will trim its library budget by 8 percent next year.",
            "en",
            "The county is to trim its library budget by 8 percent next year.",
        ),
        (
            "The agency paused sending new patients to the clinic in May.",
            "en",
            "In May the agency paused sending new patients to the clinic.",
        ),
        (
            "Inspectors found lapses in hydration on two wards.",
            "en",
            "On two wards, inspectors found lapses in hydration.",
        ),
        (
            "The ministry overlooked a warning from its own auditors about the contract.",
            "es",
            "El ministerio pasó por alto una advertencia de sus propios auditores sobre el contrato.",
        ),
        (
            "Police padlocked the gates of the closed factory on Friday.",
            "fr",
            "La police a fait cadenasser vendredi les grilles de l’usine fermée.",
        ),
        # A pedestrian hit by a car: « fauché » renders it.
        (
            "A cyclist was hit by a van and killed on the ring road.",
            "fr",
            "Un cycliste a été fauché et tué par une camionnette sur le périphérique.",
        ),
        # A source that spoke of bribes itself; a gift of water.
        (
            "Prosecutors say the contractor bribed a charity run by the mayor's brother with 25,000 euros.",
            "fr",
            "Selon le parquet, l’entrepreneur a arrosé de 25 000 euros une association dirigée par le frère du maire.",
        ),
        (
            "Volunteers watered the trees donated by the company.",
            "fr",
            "Des bénévoles ont arrosé les arbres donnés par l’entreprise.",
        ),
        # A faithful rendering of the source's famous building, flagship store, convenient study.
        (
            "The city's famous 24-storey office tower next to the station will be renovated.",
            "fr",
            "La célèbre tour de bureaux de 24 étages près de la gare sera rénovée, une tour emblématique.",
        ),
        (
            "The retailer will close its flagship store on the high street.",
            "fr",
            "Le distributeur va fermer son magasin phare de la rue principale.",
        ),
        # A source that noted or pointed out; one that guessed.
        (
            "The harbour master noted that the channel had been dredged in March.",
            "en",
            "The harbour master pointed out that the channel had been dredged in March.",
        ),
        # (the source's hedge carried into the verb of saying)
        (
            "The harbour master said the channel had possibly been dredged in March.",
            "en",
            "The harbour master speculated that the channel had been dredged in March.",
        ),
        # A literal delivery.
        (
            "The supplier delivered the new buses to the city in June.",
            "fr",
            "Le fournisseur a livré les nouveaux bus à la ville en juin.",
        ),
    ],
)
def test_a_word_the_source_had_or_renders_is_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "d_lang, derivative, word",
    [
        ("fr", "Des patients abandonnés sans eau pendant des heures dans deux services.", "abandonnés"),
        ("en", "Patients abandoned without water for hours on two wards.", "abandoned"),
        ("es", "Pacientes abandonados sin agua durante horas en dos plantas.", "abandonados"),
    ],
)
def test_people_left_in_a_state_told_as_abandoned_is_a_loaded_term(d_lang, derivative, word):
    found = charged_words("en", "Patients were left without water for hours on two wards.", d_lang, derivative)
    assert any(word in w for w in found), found


def test_people_the_source_said_were_abandoned_stay_quiet():
    assert charged_words(
        "en",
        "Patients were abandoned and left without water for hours on two wards.",
        "fr",
        "Des patients ont été abandonnés sans eau pendant des heures dans deux services.",
    ) == []


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # How translators render a plain "said" and "left alone".
        (
            "The defence said the tusks had been bought legally before the ban.",
            "de",
            "Die Verteidigung wies darauf hin, die Stoßzähne seien vor dem Verbot legal gekauft worden.",
        ),
        (
            "The village was left alone for two days after the road was buried.",
            "fr",
            "Le village est resté livré à lui-même pendant deux jours après l’ensevelissement de la route.",
        ),
    ],
)
def test_a_translators_usual_rendering_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        (
            "The county will cut its library budget by 8 percent next year.",
            "en",
            "The county will streamline its library budget by 8 percent next year.",
            "streamline",
        ),
        (
            "The county will cut its library budget by 8 percent next year.",
            "fr",
            "Le département rationalisera l’an prochain le budget de ses bibliothèques de 8 %.",
            "rationalisera",
        ),
        (
            "The club sacked its coach on Monday after six defeats.",
            "en",
            "The club and its coach parted ways on Monday after six defeats.",
            "parted ways",
        ),
        (
            "The club sacked its coach on Monday after six defeats.",
            "fr",
            "Le club et son entraîneur se sont séparés d’un commun accord lundi après six défaites.",
            "d’un commun accord",
        ),
        (
            "The club sacked its coach on Monday after six defeats.",
            "de",
            "Der Verein und sein Trainer trennten sich am Montag nach sechs Niederlagen einvernehmlich.",
            "trennten sich",
        ),
    ],
)
def test_a_cut_streamlined_or_a_dismissal_told_as_a_departure_is_a_loaded_term(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in w or w in word for w in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        (
            "The club sacked its coach on Monday, and he left the ground without a word.",
            "fr",
            "Le club a limogé son entraîneur lundi, et celui-ci a quitté le stade sans un mot.",
        ),
        (
            "The coach resigned on Monday after six defeats.",
            "de",
            "Der Trainer trat am Montag nach sechs Niederlagen zurück.",
        ),
        (
            "The county will streamline its library services next year.",
            "fr",
            "Le département rationalisera l’an prochain les services de ses bibliothèques.",
        ),
    ],
)
def test_a_dismissal_or_a_streamlining_rendered_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []
