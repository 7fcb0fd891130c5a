"""Three framings of a dispute the broad lexicon reads: an event told as "yet another", a wage
as a pittance, and money unaccounted for as money that vanished.

The sentences are our own; the stand-in encoder calls every pair of sentences identical, so
only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        ("The drivers' union called a four-hour strike for Friday.", "it", "Il sindacato dei macchinisti ha proclamato l’ennesimo sciopero per venerdì.", "l’ennesimo"),
        ("The drivers' union called a four-hour strike for Friday.", "fr", "Le syndicat des conducteurs a appelé à une énième grève vendredi.", "une énième"),
        ("The drivers' union called a four-hour strike for Friday.", "en", "The drivers' union called yet another strike for Friday.", "yet another"),
        ("The drivers' union called a four-hour strike for Friday.", "es", "El sindicato de maquinistas convocó la enésima huelga para el viernes.", "la enésima"),
        ("The pickers want their daily wage raised to 1,700 rupees.", "fr", "Les cueilleuses réclament que leur salaire de misère passe à 1 700 roupies.", "salaire de misère"),
        ("The pickers want their daily wage raised to 1,700 rupees.", "en", "The pickers want their starvation wages raised to 1,700 rupees.", "starvation wages"),
        ("The pickers want their daily wage raised to 1,700 rupees.", "de", "Die Pflückerinnen wollen, dass ihr Hungerlohn auf 1.700 Rupien steigt.", "Hungerlohn"),
        ("The pickers want their daily wage raised to 1,700 rupees.", "it", "Le raccoglitrici chiedono che la loro paga da fame salga a 1.700 rupie.", "paga da fame"),
        ("Auditors found that $1.8m could not be accounted for.", "fr", "Les auditeurs ont constaté que 1,8 million de dollars s’étaient évaporés.", "s’étaient évaporés"),
        ("Auditors found that $1.8m could not be accounted for.", "es", "Los auditores constataron que 1,8 millones de dólares se esfumaron.", "se esfumaron"),
        ("Auditors found that $1.8m could not be accounted for.", "en", "Auditors found that $1.8m had vanished into thin air.", "vanished into thin air"),
    ],
)
def test_a_dismissive_or_dramatised_framing_is_a_loaded_term(original, d_lang, derivative, word):
    assert word in charged_words("en", original, d_lang, derivative)


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # The source's own "another", "low wages", "missing money", rendered.
        ("The union called another strike for Friday.", "fr", "Le syndicat a appelé à une nouvelle grève vendredi."),
        ("It is the union's fifth strike this year, another one.", "it", "È il quinto sciopero dell’anno, l’ennesimo."),
        ("The pickers say their wages are barely enough to live on.", "fr", "Les cueilleuses disent que leur salaire de misère suffit à peine pour vivre."),
        ("Auditors said $1.8m had disappeared from the accounts.", "es", "Los auditores dijeron que 1,8 millones de dólares se esfumaron de las cuentas."),
        # Literal uses.
        ("The products disappeared from the shelves.", "en", "The products disappeared from the shelves."),
    ],
)
def test_a_rendering_or_a_literal_use_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        ("The director said he had learned of the payments from the press.", "fr", "Le directeur prétend n’avoir appris les versements que par la presse.", "prétend"),
        ("The teachers' association, whose members say drift has reached classrooms, filed the case.", "es", "La asociación de docentes, cuyos miembros alegan que la deriva llegó a las aulas, presentó la demanda.", "alegan"),
        ("The company paid its shareholders a dividend in March.", "fr", "La société a arrosé en mars ses actionnaires d’un dividende.", "arrosé"),
    ],
)
def test_a_claim_or_a_largesse_in_a_longer_phrase_is_still_read(original, d_lang, derivative, word):
    assert any(word in w for w in charged_words("en", original, d_lang, derivative))
