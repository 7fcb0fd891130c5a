"""Attribution: readings added after the blind sets 84-86 (session 18, round two).

- A speaker moved into a possessive relative clause: a translator who merges two
  sentences ("A van hit her. The driver, a baker, told officers ...") often writes « une
  camionnette dont le chauffeur, un boulanger, a déclaré ... », "cuyo conductor", "il cui
  conducente", "whose driver". The speaker is the noun after the relative, the same
  driver: no change of source.

End-to-end tests (marked slow) with the real offline encoder, and pure-text tests of the
speaker phrase. Every sentence is written for these tests.
"""

import pytest

from aligned_fixtures import attribution_findings
from diptych.engine.attribution import find_sources, readable, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def speakers(text: str, language: str) -> list[str]:
    return [s.phrase.text for s in find_sources(span(text), language) if readable(s)]


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        ("en", "A pedestrian was hurt by a van whose driver told officers he had been dazzled by the sun.", "driver"),
        ("fr", "Un piéton a été renversé par une camionnette dont le chauffeur a déclaré aux agents avoir été ébloui par le soleil.", "le chauffeur"),
        ("es", "Un peatón fue atropellado por una furgoneta cuyo conductor dijo que el sol lo había deslumbrado.", "conductor"),
        ("it", "Un pedone è stato investito da un furgone il cui conducente ha detto di essere stato abbagliato dal sole.", "conducente"),
        ("de", "Ein Fußgänger wurde von einem Lieferwagen erfasst, dessen Fahrer sagte, er sei von der Sonne geblendet worden.", "Fahrer"),
    ],
)
def test_the_speaker_of_a_possessive_relative_is_the_noun_after_it(language, text, speaker):
    assert speakers(text, language) == [speaker]


def test_a_part_of_a_group_is_left_to_the_group():
    # « dont deux »: two of the witnesses; the witnesses stay in the phrase
    found = [s.phrase.text for s in find_sources(span(
        "Plusieurs témoins, dont deux ont déclaré à la police avoir vu la camionnette, sont attendus."), "fr")]
    assert all("témoins" in p for p in found), found


VAN = [
    "A pedestrian was seriously hurt on Tuesday when a delivery van hit her on the ring road, where the lamps had "
    "been switched off. The driver, a 40-year-old baker from Valdoria, told officers he had been dazzled by the "
    "low sun."
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Mardi, sur le périphérique, dont les lampadaires étaient éteints, une piétonne a été grièvement blessée "
               "alors qu’elle traversait, percutée par une camionnette dont le chauffeur, un boulanger de Valdoria âgé de "
               "40 ans, a expliqué aux agents avoir été ébloui par le soleil rasant."),
        ("es", "El martes, en la circunvalación, una peatona resultó gravemente herida mientras cruzaba, arrollada por "
               "una furgoneta cuyo conductor, un panadero de Valdoria de 40 años, explicó que el sol bajo lo había "
               "deslumbrado."),
        ("it", "Martedì, sulla tangenziale, una pedone è rimasta gravemente ferita mentre attraversava, investita da un "
               "furgone il cui conducente, un panettiere di Valdoria di 40 anni, ha spiegato di essere stato abbagliato "
               "dal sole basso."),
        ("en", "A pedestrian was seriously hurt on Tuesday on the ring road while crossing, hit by a delivery van whose "
               "driver, a 40-year-old baker from Valdoria, told officers he had been dazzled by the low sun."),
    ],
)
def test_two_sentences_merged_around_the_same_speaker_is_no_change(encoder, language, derivative):
    assert attribution_findings(encoder, VAN, language, [derivative]) == []


# --- one anonymous insider made the body's management, or several --------------------

def first(text: str, language: str):
    return [s for s in find_sources(span(text), language) if not s.pronoun][0]


INSIDER = "A supervisor at the company, who spoke on condition of anonymity, said the closures were about rent."


@pytest.mark.parametrize(
    "derivative, language",
    [
        ("The management of the company said the closures were about rent.", "en"),
        ("La direction de l’entreprise estime que les fermetures sont une question de loyer.", "fr"),
        ("Die Leitung des Unternehmens erklärte, bei den Schließungen gehe es um die Miete.", "de"),
        ("La dirección de la empresa afirmó que los cierres se debían al alquiler.", "es"),
    ],
)
def test_an_anonymous_insider_made_the_management_is_a_change(derivative, language):
    # the management of a body is the body speaking, however many words name it
    why = source_change(first(INSIDER, "en"), first(derivative, language), 0.8)
    assert why is not None and "became the body itself" in why, why


@pytest.mark.parametrize(
    "derivative, language",
    [
        ("Un responsable de l’entreprise, qui a requis l'anonymat, estime que les fermetures sont une question de loyer.", "fr"),
        ("Ein Vorgesetzter des Unternehmens, der anonym bleiben wollte, erklärte, es gehe um die Miete.", "de"),
    ],
)
def test_the_anonymous_insider_kept_is_no_change(derivative, language):
    assert source_change(first(INSIDER, "en"), first(derivative, language), 0.8) is None


@pytest.mark.parametrize(
    "derivative, language",
    [
        ("Even the company's own supervisors concede privately that the closures are about rent.", "en"),
        ("Des responsables de l’entreprise, qui ont demandé à ne pas être nommés, ont évoqué une "
         "question de loyer.", "fr"),
    ],
)
def test_one_anonymous_insider_made_several_is_a_change(derivative, language):
    # "concede (privately) that", « ont évoqué »: verbs of saying, so the speakers are read
    why = source_change(first(INSIDER, "en"), first(derivative, language), 0.8)
    assert why is not None and "became several" in why, why


@pytest.mark.parametrize(
    "text",
    [
        "Le projet évoqué par le maire prévoit trois nouvelles lignes de bus.",
        "Les pistes évoquées lundi seront étudiées en commission.",
    ],
)
def test_a_thing_mentioned_is_no_speaker(text):
    assert speakers(text, "fr") == []


# --- a claim about the speaker themselves, stated as fact --------------------------

COURIERS = [
    "The couriers, who work for a delivery firm under a contract with the post office, say they are paid 3 euros "
    "per parcel and are expected to deliver up to 150 parcels a day."
]
METERS = [
    "Nordel Grid said in a statement that all its meters met national standards and that it would replace any "
    "faulty meter at no cost to customers."
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, derivative",
    [
        (COURIERS, "The couriers, who work for a delivery firm under a contract with the post office, are paid 3 euros "
                   "per parcel and are expected to deliver up to 150 parcels a day."),
        (METERS, "All of Nordel Grid's meters meet national standards, and the company will replace any faulty meter "
                 "at no cost to customers."),
    ],
)
def test_a_speakers_claim_about_themselves_stated_as_fact_is_reported(encoder, original, derivative):
    found = attribution_findings(encoder, original, "en", [derivative])
    assert len(found) == 1 and "as fact" in found[0].explanation, found


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, derivative",
    [
        (COURIERS, "The couriers, who work for a delivery firm under a contract with the post office, say they earn 3 "
                   "euros per parcel and must deliver up to 150 parcels a day."),
        (METERS, "Nordel Grid said all of its meters met national standards and that it would replace any faulty "
                 "meter free of charge."),
        (METERS, "According to Nordel Grid, all its meters meet national standards and it will replace any faulty "
                 "meter at no cost to customers."),
    ],
)
def test_the_claim_still_credited_is_no_change(encoder, original, derivative):
    assert attribution_findings(encoder, original, "en", [derivative]) == []


# --- the police's account of what firms did, stated as fact in French ----------------

FIRMS = [
    "The firms sell their repairs online under many different names with local numbers, but every call goes to "
    "one switchboard in Hamburg, according to the police."
]


@pytest.mark.slow
def test_a_police_account_of_firms_stated_as_fact_is_reported(encoder):
    # "firms" is a company word as « entreprises » is: the firms the claim is about are no
    # body a kept attribution would name, so the police are gone
    derivative = ("Les entreprises vendent leurs dépannages en ligne sous de nombreux noms différents avec des "
                  "numéros locaux, mais tous les appels aboutissent à un seul standard à Hambourg.")
    found = attribution_findings(encoder, FIRMS, "fr", [derivative])
    assert [f.original_text for f in found] == ["according to the police"], found


@pytest.mark.slow
def test_the_police_kept_is_no_change(encoder):
    derivative = ("Selon la police, les entreprises vendent leurs dépannages en ligne sous de nombreux noms "
                  "différents avec des numéros locaux, mais tous les appels aboutissent à un seul standard à Hambourg.")
    assert attribution_findings(encoder, FIRMS, "fr", [derivative]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, whose house lies about 500 metres from the quarry, said the blasts had cracked her walls.",
        "The blasts had cracked her walls, said Ana Ruiz, whose house lies about 500 metres from the quarry.",
    ],
)
def test_a_possessive_relative_that_describes_the_speaker_is_not_the_speaker(text):
    # "whose house lies ..." is a clause about Ana Ruiz, not "house" speaking
    assert not any(p.startswith("house") for p in speakers(text, "en")), speakers(text, "en")
