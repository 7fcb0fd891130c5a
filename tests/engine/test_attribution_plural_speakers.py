"""Attribution: sources that speak as a group, and one source made several.

News copy credits a group in the present tense ("Residents claim", « Plusieurs
infirmières affirment », "Varios vecinos aseguran", „Mehrere Ärzte erklären“): the
reporting-verb lexicons read those plural forms as verbs of saying.

A single unnamed source ("a nurse at the clinic, who asked not to be named") rendered
as several people of the same place ("several nurses at the clinic", "nurses at the
clinic") is a changed attribution: one person's account now reads as corroborated by
many. A faithful rendering keeps the number ("a nurse" / « une infirmière », "one of
the nurses" / « l'une des infirmières »), and a group named as one ("a group of
residents") is already several.

The pure-text tests pass the encoder's similarity of the two phrases by hand; the
end-to-end ones run the offline encoder.
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def only(text: str, language: str):
    (source,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return source


# --- a group speaking in the present ---------------------------------------------------


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("fr", "Plusieurs infirmières de la clinique affirment que le service manque de lits depuis l’été.", "Plusieurs infirmières de la clinique"),
        ("fr", "Les pêcheurs du port estiment que la saison est perdue.", "Les pêcheurs du port"),
        ("fr", "Des habitants du quartier racontent que l’eau est montée en une heure.", "Des habitants du quartier"),
        ("es", "Varios vecinos del barrio aseguran que el agua llegó de noche.", "Varios vecinos del barrio"),
        ("es", "Los pescadores del puerto señalan que la temporada está perdida.", "Los pescadores del puerto"),
        ("de", "Mehrere Ärzte der Klinik erklären, die Station sei seit Monaten unterbesetzt.", "Mehrere Ärzte der Klinik"),
        ("en", "Residents of the valley claim that the river was diverted at night.", "Residents of the valley"),
    ],
)
def test_a_group_credited_in_the_present_is_a_source(language, text, phrase):
    assert only(text, language).phrase.text == phrase


@pytest.mark.parametrize(
    "language, text",
    [
        # "cuentan con": they have, not they tell
        ("es", "Los hospitales de la región cuentan con tres ambulancias."),
        # a claim as a noun after an article is nobody speaking
        ("en", "The insurers paid out on the claim that the farm had filed in May."),
    ],
)
def test_a_plural_verb_form_that_is_no_saying_credits_nobody(language, text):
    assert [s for s in find_sources(span(text), language) if not s.pronoun] == []


# --- one unnamed source made several -------------------------------------------------------

NURSE = "A nurse at the clinic, who asked not to be named, said the ward had been short of staff for months."


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, similarity, changed",
    [
        # one person made several, in the same place
        ("en", NURSE, "fr", "Plusieurs infirmières de la clinique affirment que le service manquait de personnel depuis des mois.", 0.5, True),
        ("en", NURSE, "en", "Nurses at the clinic say the ward has been short of staff for months.", 0.6, True),
        ("en", NURSE, "es", "Varias enfermeras de la clínica aseguran que la planta llevaba meses sin personal suficiente.", 0.5, True),
        ("en", NURSE, "de", "Mehrere Krankenschwestern der Klinik erklären, die Station sei seit Monaten unterbesetzt.", 0.5, True),
        ("en", NURSE, "fr", "Les infirmières de la clinique racontent que le service manquait de personnel depuis des mois.", 0.5, True),
        ("fr", "Un pêcheur du port, qui a requis l’anonymat, a déclaré que la saison était perdue.",
         "en", "Fishermen at the port say the season is lost.", 0.5, True),
        ("es", "Un médico del hospital, que pidió no ser identificado, dijo que faltaban camas.",
         "es", "Varios médicos del hospital aseguran que faltaban camas.", 0.6, True),
        # several made one
        ("en", "Several nurses at the clinic, who asked not to be named, said the ward had been short of staff for months.",
         "fr", "Une infirmière de la clinique, qui a requis l’anonymat, a affirmé que le service manquait de personnel depuis des mois.", 0.6, True),
        # the number kept
        ("en", NURSE, "fr", "Une infirmière de la clinique, qui a requis l’anonymat, a affirmé que le service manquait de personnel depuis des mois.", 0.6, False),
        ("en", NURSE, "de", "Eine Krankenschwester der Klinik, die nicht genannt werden wollte, sagte, die Station sei seit Monaten unterbesetzt.", 0.6, False),
        ("en", "One of the nurses said the ward had been short of staff for months.",
         "fr", "L’une des infirmières a affirmé que le service manquait de personnel depuis des mois.", 0.7, False),
        ("en", "A group of residents said the river had been diverted at night.",
         "fr", "Des habitants ont affirmé que la rivière avait été détournée la nuit.", 0.6, False),
        ("en", "Two nurses at the clinic said the ward had been short of staff for months.",
         "fr", "Deux infirmières de la clinique ont affirmé que le service manquait de personnel depuis des mois.", 0.8, False),
    ],
)
def test_one_unnamed_source_made_several_is_a_change(o_lang, original, d_lang, derivative, similarity, changed):
    o, d = only(original, o_lang), only(derivative, d_lang)
    assert (source_change(o, d, similarity) is not None) is changed


# --- end to end, with the real offline encoder --------------------------------------------


def span_findings(encoder, original: list[str], language: str, derivative: list[str]):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(lang: str, paragraphs: list[str]) -> Article:
        return Article("test", "", lang, "\n\n".join(paragraphs), [Segment(i, p, False) for i, p in enumerate(paragraphs)])

    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_span_findings(article("en", original), article(language, derivative), links, encoder)


QUOTED_NURSE = (
    "A nurse at the clinic, who asked not to be named because staff had been told not to talk to reporters, "
    'said the ward had been kept short of staff for years "so that shutting it would look unavoidable".'
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Plusieurs infirmières de la clinique, tenues au silence par leur direction, affirment que le service a été "
               "laissé en sous-effectif pendant des années « pour que sa fermeture paraisse inévitable »."),
        ("en", "Nurses at the clinic, who have been told not to talk to reporters, say the ward was kept short of staff for "
               'years "so that shutting it would look unavoidable".'),
    ],
)
def test_a_quoted_nurse_made_several_nurses_is_reported(encoder, language, derivative):
    found = span_findings(encoder, [QUOTED_NURSE], language, [derivative])
    changed = [f for f in found if f.kind == "attribution_changed"]
    assert changed and "A nurse at the clinic" in changed[0].original_text, found


@pytest.mark.slow
def test_a_quoted_nurse_rendered_as_one_nurse_stays_quiet(encoder):
    derivative = (
        "Une infirmière de la clinique, qui a requis l’anonymat car le personnel avait reçu l’ordre de ne pas parler aux "
        "journalistes, a affirmé que le service avait été laissé en sous-effectif pendant des années « pour que sa "
        "fermeture paraisse inévitable »."
    )
    found = span_findings(encoder, [QUOTED_NURSE], "fr", [derivative])
    assert [f for f in found if f.kind == "attribution_changed"] == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # what the person is familiar with is no crowd of speakers
        ("en", "A person familiar with the club's budget talks said the stand would close.",
         "de", "Eine mit den Haushaltsberatungen des Vereins vertraute Person sagte, die Tribüne werde geschlossen.", ),
        ("en", "A person familiar with the club's budget talks said the stand would close.",
         "fr", "Selon une personne au fait des discussions budgétaires du club, la tribune fermera.", ),
    ],
)
def test_what_one_source_is_familiar_with_does_not_make_it_several(o_lang, original, d_lang, derivative):
    o, d = only(original, o_lang), only(derivative, d_lang)
    assert source_change(o, d, 0.6) is None


# --- what is read around a plural verb ------------------------------------------------------


@pytest.mark.parametrize(
    "language, text, core",
    [
        # an absolute participle clause after the speaker says why they spoke as they did
        ("fr", "Trois infirmières du service, qui ont requis l’anonymat, la direction ayant interdit tout contact avec la presse, affirment que les lits manquent.",
         "Trois infirmières du service"),
        ("en", "Three nurses on the ward, who asked not to be named, staff having been told not to talk to reporters, say the beds are lacking.",
         "Three nurses on the ward"),
        # an inverted speaker ends before a comma part that opens with a preposition
        ("fr", "La foire reviendra l’an prochain, annoncent ses organisateurs, avec des règles plus strictes pour les exposants, qui devront tenir un registre.",
         "ses organisateurs"),
    ],
)
def test_the_speaker_of_a_plural_verb_is_read_without_the_clauses_around_it(language, text, core):
    assert only(text, language).core == core


# --- an insider of a body made people who speak for no one --------------------------------

BOARD_OFFICIAL = "An official at the regional water board, who asked not to be named, said the survey had left out two wells."


@pytest.mark.parametrize(
    "d_lang, derivative, changed",
    [
        ("en", "Critics of the scheme claim that the survey left out two wells.", True),
        ("fr", "Les détracteurs du projet affirment que l’étude a oublié deux puits.", True),
        ("es", "Los críticos del proyecto aseguran que el estudio omitió dos pozos.", True),
        ("fr", "Un responsable de la régie régionale des eaux, qui a requis l’anonymat, a affirmé que l’étude avait oublié deux puits.", False),
    ],
)
def test_an_insider_of_a_body_made_critics_is_a_change(d_lang, derivative, changed):
    o, d = only(BOARD_OFFICIAL, "en"), only(derivative, d_lang)
    assert (source_change(o, d, 0.3) is not None) is changed


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("en", "Critics of the scheme claim that the survey left out two wells."),
        ("fr", "Les détracteurs du projet affirment que l’étude a oublié deux puits."),
    ],
)
def test_anonymous_insiders_of_a_body_made_critics_is_a_change(d_lang, derivative):
    # as many people on both sides: only who they speak for changed
    original = "Two officials at the regional water board, who asked not to be named, said the survey had left out two wells."
    o, d = only(original, "en"), only(derivative, d_lang)
    assert source_change(o, d, 0.3) is not None


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # a title before a name in apposition is part of who speaks ...
        ("fr", "Le directeur du port, Lars Hedlund, a déclaré que l’étude avait omis deux zones.", "Le directeur du port, Lars Hedlund"),
        ("es", "El director del puerto, Lars Hedlund, dijo que el estudio había omitido dos zonas.", "El director del puerto, Lars Hedlund"),
        # ... a date before the speaker is not
        ("fr", "Le 3 mars, le ministère a déclaré que l’étude avait omis deux zones.", "le ministère"),
        ("fr", "Le lendemain, la préfecture a indiqué que l’étude avait omis deux zones.", "la préfecture"),
        ("es", "El lunes, el ministerio dijo que el estudio había omitido dos zonas.", "el ministerio"),
    ],
)
def test_a_title_before_a_named_speaker_is_read_with_the_name(language, text, phrase):
    assert only(text, language).phrase.text == phrase


# --- an anonymous insider of one body made one of another --------------------------------

AUDITOR = "An official at the national audit office, who spoke on condition of anonymity, said the ministry could have resold the doses."


@pytest.mark.parametrize(
    "d_lang, derivative, changed",
    [
        ("fr", "Un responsable du ministère, qui s’est exprimé sous couvert d’anonymat, a déclaré que le ministère aurait pu revendre les doses.", True),
        ("de", "Ein Beamter des Ministeriums, der anonym bleiben wollte, sagte, das Ministerium hätte die Dosen weiterverkaufen können.", True),
        ("fr", "Un responsable de la Cour des comptes, qui s’est exprimé sous couvert d’anonymat, a déclaré que le ministère aurait pu revendre les doses.", False),
        ("de", "Ein Mitarbeiter des Rechnungshofs, der anonym bleiben wollte, sagte, das Ministerium hätte die Dosen weiterverkaufen können.", False),
    ],
)
def test_an_anonymous_insider_of_another_kind_of_body_is_a_change(d_lang, derivative, changed):
    o, d = only(AUDITOR, "en"), only(derivative, d_lang)
    assert (source_change(o, d, 0.45) is not None) is changed


@pytest.mark.slow
def test_a_quoted_insider_made_the_whole_trade_in_a_reworded_sentence_is_reported(encoder):
    original = (
        "A lifeguard who has worked on the beach for 12 years, and who asked not to be named because he hoped to be "
        'rehired, said the warning flags had been ignored "long before the storm arrived".'
    )
    derivative = (
        "Les maîtres-nageurs de la plage, qui craignent de ne pas être réembauchés, affirment que les drapeaux d’alerte "
        "avaient été ignorés « bien avant l’arrivée de la tempête »."
    )
    found = span_findings(encoder, [original], "fr", [derivative])
    changed = [f for f in found if f.kind == "attribution_changed"]
    assert changed and "A lifeguard" in changed[0].original_text, found


@pytest.mark.slow
def test_a_quoted_insider_made_the_whole_trade_in_a_loosely_rendered_sentence_is_reported(encoder):
    original = (
        "A lifeguard who has patrolled the beach at Sorrel Bay for 12 summers, and who asked not to be named because he "
        "hoped to be rehired next season, said the council had ignored the cracked sea wall for years "
        '"long before the storm arrived".'
    )
    derivative = (
        "Les maîtres-nageurs, inquiets pour leur emploi, affirment que le mur avait été négligé « bien avant l’arrivée "
        "de la tempête »."
    )
    found = span_findings(encoder, [original], "fr", [derivative])
    changed = [f for f in found if f.kind == "attribution_changed"]
    assert changed and "A lifeguard" in changed[0].original_text, found


# --- a party's statement given to an inquiry's findings ------------------------------------


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, changed",
    [
        ("en", "The Dock Pilots' Union said staff shortages meant one pilot had been guiding two ships at the time.",
         "fr", "Selon l’enquête, en raison du manque de personnel, un seul pilote guidait alors deux navires.", True),
        ("en", "The Dock Pilots' Union said staff shortages meant one pilot had been guiding two ships at the time.",
         "de", "Laut der Untersuchung führte ein einziger Lotse wegen Personalmangels damals zwei Schiffe.", True),
        ("en", "According to the inquiry, staff shortages meant one pilot had been guiding two ships at the time.",
         "es", "El sindicato de prácticos dijo que, por falta de personal, un solo práctico guiaba entonces dos barcos.", True),
        # the same inquiry, translated
        ("en", "According to the inquiry, staff shortages meant one pilot had been guiding two ships at the time.",
         "fr", "Selon l’enquête, en raison du manque de personnel, un seul pilote guidait alors deux navires.", False),
        ("en", "According to the port authority's inquiry, staff shortages meant one pilot had been guiding two ships.",
         "de", "Laut der Untersuchung der Hafenbehörde führte ein einziger Lotse wegen Personalmangels zwei Schiffe.", False),
    ],
)
def test_a_partys_statement_given_to_an_inquiry_is_a_change(o_lang, original, d_lang, derivative, changed):
    o, d = only(original, o_lang), only(derivative, d_lang)
    assert (source_change(o, d, 0.2 if changed else 0.75) is not None) is changed


# --- a rebuttal is a statement -----------------------------------------------------------


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "The firm's chief executive, Anna Berg, rejected that account.", "The firm's chief executive, Anna Berg"),
        ("en", "The ministry dismissed the allegations as baseless.", "The ministry"),
        ("fr", "La directrice de l’entreprise, Anna Berg, a contesté cette version.", "La directrice de l’entreprise, Anna Berg"),
        ("es", "La directora de la empresa, Anna Berg, rechazó esa versión.", "La directora de la empresa, Anna Berg"),
    ],
)
def test_rejecting_an_account_is_a_statement(language, text, phrase):
    assert only(text, language).phrase.text == phrase


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The court rejected the appeal on Tuesday."),
        ("fr", "Le tribunal a rejeté le recours mardi."),
    ],
)
def test_rejecting_what_is_no_account_credits_nobody(language, text):
    assert [s for s in find_sources(span(text), language) if not s.pronoun] == []


def test_a_named_rebuttal_made_anonymous_is_a_change():
    o = only("The firm's chief executive, Anna Berg, rejected that account.", "en")
    d = only("A senior manager at the firm, speaking on condition of anonymity, rejected that account.", "en")
    assert source_change(o, d, 0.4) is not None
