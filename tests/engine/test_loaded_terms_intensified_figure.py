"""A figure of speech announced by an intensifier: "a veritable toll" for a fee, « la
suppression pure et simple » for a closure, „ein regelrechter Kahlschlag“ for cuts. The
intensifier is how a slanted outlet says "call it what it is", so the phrase is loaded
wherever the source described the thing plainly, in any of the lexicon's languages; a
source with an intensifier of its own ("a real", "outright", "genuine") is rendered, not
dramatised. Sentences are invented."""

import pytest
from aligned_fixtures import charged_words

FEE = "Visitors to the gardens will pay an annual fee of 40 euros from April, the trust said."
CLOSURE = "The council voted on Monday to close six of its eleven branch libraries."
DELAY = "The delays on the line lasted most of the winter, passengers said."


@pytest.mark.parametrize(
    "original, d_lang, derivative, phrase",
    [
        (FEE, "fr", "Les visiteurs des jardins paieront dès avril un véritable péage annuel de 40 euros, a indiqué la fondation.", "véritable péage"),
        (FEE, "en", "Visitors to the gardens will pay a veritable toll of 40 euros a year from April, the trust said.", "veritable toll"),
        (FEE, "es", "Los visitantes de los jardines pagarán desde abril un auténtico peaje anual de 40 euros, según la fundación.", "auténtico peaje"),
        (FEE, "it", "Da aprile i visitatori dei giardini pagheranno un vero e proprio pedaggio annuale di 40 euro, ha detto la fondazione.", "vero e proprio"),
        (FEE, "de", "Besucher der Gärten zahlen ab April einen regelrechten Wegzoll von 40 Euro im Jahr, teilte die Stiftung mit.", "regelrechten"),
        (CLOSURE, "fr", "Le conseil a voté lundi la fermeture pure et simple de six de ses onze bibliothèques de quartier.", "pure et simple"),
        (CLOSURE, "es", "El consejo votó el lunes el cierre puro y simple de seis de sus once bibliotecas de barrio.", "puro y simple"),
        (CLOSURE, "it", "Il consiglio ha votato lunedì la chiusura pura e semplice di sei delle sue undici biblioteche di quartiere.", "pura e semplice"),
        (DELAY, "en", "The delays on the line were nothing short of an ordeal for most of the winter, passengers said.", "nothing short of"),
        (DELAY, "fr", "Les retards sur la ligne ont été une vraie galère tout l’hiver, selon les voyageurs.", "vraie galère"),
    ],
)
def test_an_intensified_figure_where_the_source_was_plain_is_loaded(original, d_lang, derivative, phrase):
    found = charged_words("en", original, d_lang, derivative)
    assert any(phrase in w or w in phrase for w in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        ("The new charge is a real burden for small farms, the union said.", "fr",
         "La nouvelle taxe est un véritable fardeau pour les petites exploitations, selon le syndicat."),
        ("The council voted for an outright closure of six branch libraries.", "fr",
         "Le conseil a voté la fermeture pure et simple de six bibliothèques de quartier."),
        ("The museum says the painting is a genuine Vermeer.", "es",
         "El museo dice que el cuadro es un auténtico Vermeer."),
        ("The real problem is the lack of drivers, the operator said.", "fr",
         "Le vrai problème est le manque de conducteurs, selon l’exploitant."),
        ("The true cost of the scheme was never published.", "de",
         "Die wahren Kosten des Programms wurden nie veröffentlicht."),
        ("It was a true turning point for the club, the coach said.", "it",
         "È stata una vera e propria svolta per il club, ha detto l’allenatore."),
        ("Officials said the station was simply too old to repair.", "fr",
         "Selon les responsables, la gare était tout bonnement trop vieille pour être réparée."),
    ],
)
def test_an_intensifier_the_source_had_is_rendered_not_loaded(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []
