"""Attribution: a verb of saying that shares its subject with a verb before it.

"The tenants' union organised a protest and said ..." / « El sindicato, ..., convocó una
protesta y dijo ...»: the second verb's speaker is the sentence's subject, before the
first verb and its object, not the first verb's phrase (a predicate names nobody).

And a city's own departments speak for the city: "an official in the town's planning
department" is the town hall's insider, as « un funzionario dell'ufficio tecnico del
comune » is, not a ministry's.
"""

import pytest

from aligned_fixtures import attribution_findings, source_phrases as phrases


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("es", "El Sindicato de Inquilinos de Vigo, con sede en el barrio del puerto, convocó una protesta y dijo que los alquileres eran abusivos.",
         "El Sindicato de Inquilinos de Vigo, con sede en el barrio del puerto"),
        ("it", "Il Comitato Porto Vecchio, nato in primavera, ha organizzato una protesta e ha detto che gli affitti sono troppo alti.",
         "Il Comitato Porto Vecchio, nato in primavera"),
        ("fr", "Le Syndicat des locataires de Brest, fondé en mars, a organisé une manifestation et a déclaré que les loyers étaient abusifs.",
         "Le Syndicat des locataires de Brest, fondé en mars"),
        ("es", "El sindicato de inquilinos del puerto pidió una auditoría y dijo que los alquileres eran abusivos.",
         "El sindicato de inquilinos del puerto"),
        ("de", "Der Mieterverein, gegründet im März, organisierte eine Kundgebung und erklärte, die Mieten seien zu hoch.",
         "Der Mieterverein, gegründet im März"),
        ("en", "The tenants' union in the harbour district organised a protest and said rents were too high.",
         "The tenants' union in the harbour district"),
    ],
)
def test_the_subject_of_two_coordinated_verbs_speaks(language, text, phrase):
    assert phrase in phrases(text, language)


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # a subject of its own after a comma: "After the vote, the mayor resigned and said"
        ("en", "After the vote, the mayor resigned and said the council had betrayed the city.", "the mayor"),
        ("es", "Tras la votación, el alcalde dimitió y dijo que el consejo había traicionado a la ciudad.", "el alcalde"),
    ],
)
def test_a_subject_after_an_opening_phrase_stays_the_speaker(language, text, phrase):
    assert phrases(text, language)[0].endswith(phrase)


def test_a_second_verb_of_the_same_speaker_reads_no_subject_in_what_was_said():
    # "said ..., that the dam was fragile and added": "the dam" speaks for no one
    text = ("The minister said on Monday, in a statement, that the dam was fragile and added that repairs "
            "would start in May.")
    assert "the dam" not in phrases(text, "en")


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("es", "El sindicato de inquilinos, con sede en el barrio del puerto, convocó una protesta el sábado y dijo que los alquileres habían subido un 30 por ciento en dos años."),
        ("it", "Il sindacato degli inquilini, con sede nel quartiere del porto, ha convocato una protesta sabato e ha detto che gli affitti sono aumentati del 30 per cento in due anni."),
    ],
)
def test_a_faithful_coordinated_attribution_stays_quiet(encoder, language, derivative):
    original = ("The tenants' union in the harbour district called a protest on Saturday and said rents had "
                "risen by 30 percent in two years.")
    assert attribution_findings(encoder, [original], language, [derivative]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("it", "Un funzionario dell’ufficio tecnico del comune, che ha chiesto di non essere nominato perché non è autorizzato a parlare con i giornalisti, ha detto che i lavori sarebbero finiti in ritardo."),
        ("es", "Un funcionario del departamento de urbanismo municipal, que pidió no ser identificado porque no está autorizado a hablar con la prensa, dijo que las obras terminarían con retraso."),
    ],
)
def test_a_city_department_s_insider_rendered_stays_quiet(encoder, language, derivative):
    original = ("An official in the town's planning department, who asked not to be named because he was not "
                "authorised to speak to reporters, said the works would finish late.")
    assert attribution_findings(encoder, [original], language, [derivative]) == []
