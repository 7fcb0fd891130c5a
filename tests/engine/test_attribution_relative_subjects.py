"""Attribution: a speaker described by a relative clause is read whole, in every
language. "The authority that manages the harbour said", « La société qui exploite le
réseau a dit », "La empresa que gestiona la red dijo": the speaker is the body (its
core, "The authority", as in French, Spanish and Italian, so that a place named in the
clause is no name of the speaker), never the relative clause's own predicate ("manages
the harbour"). The same when the relative clause hangs on an apposition without an article,
as Romance wire copy writes it: "Marta Pinto, enfermera que trabaja en el hospital,
dijo" is Marta Pinto, a nurse.

Pure text tests (no encoder).
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def read(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.phrase.text, s.core) for s in find_sources(span(text), language)]


@pytest.mark.parametrize(
    "language, text, phrase, core",
    [
        (
            "en",
            "The authority that manages the northern harbour said dredging would resume in May.",
            "The authority that manages the northern harbour",
            "The authority",
        ),
        (
            "en",
            "The agency which inspects Valdoria's dams warned that two of them needed repairs.",
            "The agency which inspects Valdoria's dams",
            "The agency",
        ),
        (
            "en",
            "A union that represents bus drivers said the new timetable was unworkable.",
            "A union that represents bus drivers",
            "A union",
        ),
        (
            "fr",
            "La société qui exploite le réseau de tramways a dit que dix lignes seraient suspendues.",
            "La société qui exploite le réseau de tramways",
            "La société",
        ),
        (
            "es",
            "La empresa que gestiona la red de autobuses dijo que suprimirá diez líneas.",
            "La empresa que gestiona la red de autobuses",
            "La empresa",
        ),
        (
            "it",
            "L'azienda che gestisce la rete dei tram ha detto che sospenderà dieci linee.",
            "L'azienda che gestisce la rete dei tram",
            "L'azienda",
        ),
        (
            "de",
            "Das Unternehmen, das das Straßenbahnnetz betreibt, sagte, zehn Linien würden eingestellt.",
            "Das Unternehmen, das das Straßenbahnnetz betreibt",
            "Das Unternehmen",
        ),
    ],
)
def test_a_body_described_by_a_relative_clause_is_read_whole(language, text, phrase, core):
    assert read(text, language)[:1] == [(phrase, core)]


@pytest.mark.parametrize(
    "language, text, phrase, core",
    [
        (
            "es",
            "Marta Pinto, enfermera que trabaja cada noche en el hospital de Valdoria, dijo que faltan camas.",
            "Marta Pinto, enfermera que trabaja cada noche en el hospital de Valdoria",
            "Marta Pinto, enfermera",
        ),
        (
            "it",
            "Marta Pinto, infermiera che ogni notte lavora all'ospedale di Valdoria, ha detto che mancano letti.",
            "Marta Pinto, infermiera che ogni notte lavora all'ospedale di Valdoria",
            "Marta Pinto, infermiera",
        ),
        (
            "it",
            "Marta Pinto, un'infermiera che ogni notte lavora all'ospedale di Valdoria, ha detto che mancano letti.",
            "Marta Pinto, un'infermiera che ogni notte lavora all'ospedale di Valdoria",
            "Marta Pinto, un'infermiera",
        ),
        (
            "fr",
            "Marta Pinto, infirmière qui travaille chaque nuit à l'hôpital de Valdoria, a dit que les lits manquaient.",
            "Marta Pinto, infirmière qui travaille chaque nuit à l'hôpital de Valdoria",
            "Marta Pinto, infirmière",
        ),
        (
            "en",
            "Marta Pinto, a nurse who works nights at the Valdoria hospital, said beds were short.",
            "Marta Pinto, a nurse who works nights at the Valdoria hospital",
            "Marta Pinto, a nurse",
        ),
    ],
)
def test_a_named_speaker_with_a_relative_apposition_is_read_from_the_name(language, text, phrase, core):
    assert read(text, language)[:1] == [(phrase, core)]


@pytest.mark.parametrize(
    "language, text",
    [
        # "that" after a verb of saying opens what was said, not a relative clause
        ("en", "The ministry said that the company that runs the ferries would be fined."),
        # a conjunction "que"/"che" after a full clause is no relative of a speaker
        ("es", "El ministerio dijo que la empresa que gestiona los ferris será multada."),
    ],
)
def test_a_relative_inside_what_was_said_credits_no_one(language, text):
    assert [p for p, _ in read(text, language)] == [text.split(" said")[0] if language == "en" else "El ministerio"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        # an object relative: the subject after "that" is who speaks
        ("The figure that the ministry said was final has been revised twice.", "the ministry"),
        ("It was the third time that the regulator said it would act.", "the regulator"),
    ],
)
def test_a_subject_after_that_is_the_speaker(text, phrase):
    assert [p for p, _ in read(text, "en")][:1] == [phrase]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The company that runs Valdoria's ferries said crossings would be cut."),
        ("es", "La empresa que gestiona los transbordadores de Valdoria dijo que se reducirán los trayectos."),
        ("it", "La società che gestisce i traghetti della Valdoria ha detto che le corse saranno ridotte."),
        ("fr", "La société qui gère les traversées de la Valdoria a dit que des liaisons seraient supprimées."),
    ],
)
def test_a_place_in_the_relative_clause_is_no_name_of_the_speaker(language, text):
    (source,) = find_sources(span(text), language)
    assert not source.named
