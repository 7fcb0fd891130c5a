"""Attribution, second round of session 15: a body's department, a body's name its kind
opens in another language, verbs of assessment and the conjunctions before a source, and
one anonymous person made a group of people.

Pure text tests: the similarity of two source phrases, which the encoder gives in the
pipeline, is passed in by hand."""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def source(text: str, language: str):
    (found,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return found


def phrases(text: str, language: str) -> list[str]:
    return [s.phrase.text for s in find_sources(span(text), language) if not s.pronoun]


# --- faithful renderings: no change -------------------------------------------------------


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            "The town of Kerrow will shut its swimming baths in May, its leisure department announced.",
            "fr",
            "Le service municipal des sports a annoncé que la ville de Kerrow fermera sa piscine en mai.",
        ),
        (
            "The borough will sell the depot, its property department said.",
            "es",
            "El departamento municipal de patrimonio dijo que el distrito venderá el depósito.",
        ),
    ],
)
def test_a_bodys_own_department_is_no_ministry(original, language, derivative):
    # "its department": a part of the body named before (here a town), whatever its kind
    assert source_change(source(original, "en"), source(derivative, language), 0.5) is None


def test_a_ministry_department_is_still_a_ministry():
    o = source("The transport department said the line would reopen.", "en")
    d = source("La mairie a indiqué que la ligne rouvrirait.", "fr")
    assert source_change(o, d, 0.4) is not None


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            "The Marsh Orchid Trust said the meadow should be protected.",
            "de",
            "Die Stiftung Sumpforchideen erklärte, die Wiese solle geschützt werden.",
        ),
        (
            "The Valley Heritage Foundation said the chapel was at risk.",
            "fr",
            "La fondation Patrimoine de la Vallée a déclaré que la chapelle était menacée.",
        ),
        (
            "The Highland Bee Association said the hives were lost.",
            "es",
            "La Asociación Apicultores de las Tierras Altas dijo que las colmenas se perdieron.",
        ),
    ],
)
def test_a_bodys_name_translated_behind_its_kind_is_the_same_body(original, language, derivative):
    # another language writes the kind of body first („die Stiftung X“, « la fondation X »),
    # outside the capitalised name
    assert source_change(source(original, "en"), source(derivative, language), 0.45) is None


def test_two_bodies_of_unrelated_names_still_differ():
    o = source("The Marsh Orchid Trust said the meadow should be protected.", "en")
    d = source("Die Stiftung Kronwald erklärte, die Wiese solle geschützt werden.", "de")
    assert source_change(o, d, 0.2) is not None


# --- who the sentence credits ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Un porte-parole des pompiers juge le risque limité.", "fr", "Un porte-parole des pompiers"),
        ("La directrice juge que le budget est suffisant.", "fr", "La directrice"),
        ("Los vecinos consideran que la obra es necesaria.", "es", "Los vecinos"),
        ("El sindicato juzga que el acuerdo es insuficiente.", "es", "El sindicato"),
    ],
)
def test_a_verb_of_assessment_credits_its_subject(text, language, expected):
    assert phrases(text, language) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Le juge le sait depuis hier.",
        "Les juges la croient sincère.",
        "Un juge les a entendus mardi.",
    ],
)
def test_the_noun_juge_is_no_verb(text):
    assert phrases(text, "fr") == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Les plaintes ont baissé, même si un porte-parole de la gendarmerie a déclaré que le lien était incertain.",
            "fr",
            "un porte-parole de la gendarmerie",
        ),
        (
            "Les plaintes ont baissé, bien qu'un porte-parole de la gendarmerie ait déclaré que le lien était incertain.",
            "fr",
            "un porte-parole de la gendarmerie",
        ),
        (
            "Complaints fell, even though a police spokeswoman said the link was uncertain.",
            "en",
            "a police spokeswoman",
        ),
        (
            "Die Beschwerden gingen zurück, auch wenn ein Polizeisprecher sagte, der Zusammenhang sei unklar.",
            "de",
            "ein Polizeisprecher",
        ),
        (
            "Las quejas bajaron, aun cuando un portavoz de la policía dijo que el vínculo era incierto.",
            "es",
            "un portavoz de la policía",
        ),
    ],
)
def test_a_source_after_a_concessive_conjunction_starts_after_it(text, language, expected):
    assert phrases(text, language) == [expected]


def test_the_que_of_parce_que_opens_no_source():
    text = (
        "Les gardes du parc, tenus au silence parce que le dossier est sensible, affirment que les clôtures "
        "sont trop basses."
    )
    assert phrases(text, "fr") == ["Les gardes du parc"]


# --- one anonymous person made several ------------------------------------------------------


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            "A ferryman employed by the harbour board, who asked not to be named, said the pier was unsafe.",
            "fr",
            "Selon les passeurs du port, la jetée n'est pas sûre.",
        ),
        (
            "The manager of a bakery in the square, who asked not to be named because she rents from the council, "
            "said the rent had doubled.",
            "fr",
            "Selon les boulangers de la place, le loyer a doublé.",
        ),
        (
            "A park warden, who spoke on condition of anonymity because the plan is confidential, said the "
            "paths would close.",
            "fr",
            "Les gardes du parc, tenus au silence parce que le projet est confidentiel, affirment que les "
            "sentiers fermeront.",
        ),
        (
            "The manager of a bakery in the square, who asked not to be named, said the rent had doubled.",
            "es",
            "Según los panaderos de la plaza, el alquiler se ha duplicado.",
        ),
    ],
)
def test_one_anonymous_person_made_a_group(original, language, derivative):
    change = source_change(source(original, "en"), source(derivative, language), 0.5)
    assert change is not None and "several" in change


def test_one_named_owner_is_no_anonymous_person():
    # a definite singular is one person only where anonymity leaves them unnamed
    o = source("The owner of the bakery said the rent had doubled.", "en")
    d = source("Selon les boulangers de la place, le loyer a doublé.", "fr")
    change = source_change(o, d, 0.5)
    assert change is None or "one unnamed source" not in change


# --- an anonymous source's role made anyone on the payroll ---------------------------------


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            "A lifeguard who has worked at the lido for nine years, and who asked not to be named, said the "
            "pumps failed.",
            "en",
            "One employee, who would not be named, said the pumps failed.",
        ),
        (
            "A lifeguard at the lido, who asked not to be named, said the pumps failed.",
            "fr",
            "Un salarié, qui a requis l'anonymat, a déclaré que les pompes étaient tombées en panne.",
        ),
    ],
)
def test_an_anonymous_role_made_a_bare_employee_is_reported(original, language, derivative):
    assert source_change(source(original, "en"), source(derivative, language), 0.4) is not None


def test_an_anonymous_employee_kept_is_no_change():
    o = source("An employee, who asked not to be named, said the pumps failed.", "en")
    d = source("Un employé, qui a requis l'anonymat, a déclaré que les pompes étaient tombées en panne.", "fr")
    assert source_change(o, d, 0.5) is None


# --- a closing reporting clause dropped -------------------------------------------------------


@pytest.mark.slow
def test_a_closing_clause_that_credits_the_sentence_dropped_is_reported(encoder):
    from aligned_fixtures import attribution_findings

    original = [
        "The former treasurer of the rowing club, who kept its accounts for a decade, has denied taking the "
        "money, her solicitor said. She could face a fine if convicted."
    ]
    derivative = [
        "The former treasurer of the rowing club, who kept its accounts for a decade, has denied taking the "
        "money. She faces a fine if convicted."
    ]
    found = attribution_findings(encoder, original, "en", derivative)
    assert [f.original_text for f in found] == ["her solicitor said"]


@pytest.mark.slow
def test_a_closing_clause_kept_is_no_change(encoder):
    from aligned_fixtures import attribution_findings

    original = [
        "The former treasurer of the rowing club has denied taking the money, her solicitor said."
    ]
    derivative = [
        "The former treasurer of the rowing club has denied taking the money, her lawyer said."
    ]
    assert attribution_findings(encoder, original, "en", derivative) == []


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            "A member of the museum's staff, who asked not to be named, said the alarms were off.",
            "fr",
            "Les alarmes étaient coupées, assure une employée, qui a requis l'anonymat.",
        ),
        (
            "A worker at the depot, who asked not to be named, said the alarms were off.",
            "de",
            "Die Alarmanlagen seien aus gewesen, sagte ein Mitarbeiter, der nicht genannt werden wollte.",
        ),
    ],
)
def test_someone_on_the_staff_rendered_as_an_employee_is_no_change(original, language, derivative):
    o = source(original, "en")
    (d,) = [s for s in find_sources(span(derivative), language) if not s.pronoun and s.anonymous]
    assert source_change(o, d, 0.4) is None
