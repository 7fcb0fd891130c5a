"""Faithful renderings whose words look like a hedge, and are none.

- French « paraître » says that something is published (« le journal paraît chaque mardi »)
  as often as that it seems (« il paraît que », « paraît fragile »): only the second hedges.
- A French participle after a noun (« une visite de contrôle, prévue en mars ») renders an
  event "which is expected in March" as « est prévue » does: a plan, no expectation removed.
- German „werden“ before a modal („saniert werden könnte“) is the passive infinitive, not the
  future: the modal of possibility renders "could be repaired" as „könnte ... saniert werden“ does.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change, hedges


@pytest.mark.parametrize(
    "text",
    [
        "Le bulletin municipal, qui paraît chaque mardi, a consacré sa une au marché.",
        "La revue paraît le premier lundi du mois depuis 1998.",
        "Le quotidien, qui paraissait à Nantes jusqu’en 2004, a fermé ses portes.",
        "Leur premier album paraît en mars chez un petit label.",
    ],
)
def test_paraitre_of_a_publication_is_no_hedge(text):
    assert not hedges(text, "fr").any


@pytest.mark.parametrize(
    "text",
    [
        "Il paraît que le maire a renoncé à se représenter.",
        "Le pont paraît fragile après la crue.",
        "Le chantier paraît avoir pris du retard.",
        "Le maire a renoncé, paraît-il, à se représenter.",
        "Cette solution paraît la plus simple aux riverains.",
    ],
)
def test_paraitre_of_a_seeming_still_hedges(text):
    assert hedges(text, "fr").any


def test_a_published_bulletin_is_no_added_hedge():
    assert change(
        "en", "The ferry company, which publishes its timetable every Monday at noon, kept two crossings a day.",
        "fr", "La compagnie de ferries, dont l’horaire paraît chaque lundi à midi, a maintenu deux traversées par jour.",
    ) is None


EXPECTED_VISIT = "The school said it had closed the gym until a safety check, which is expected in March."


@pytest.mark.parametrize(
    "derivative",
    [
        "L’école a fermé le gymnase en attendant un contrôle de sécurité, prévu en mars, a-t-elle indiqué.",
        "L’école a fermé le gymnase jusqu’à un contrôle de sécurité attendu en mars, a-t-elle indiqué.",
        "L’école a fermé le gymnase jusqu’à un contrôle de sécurité programmé pour mars, a-t-elle indiqué.",
    ],
)
def test_an_expected_event_rendered_by_a_bare_participle(derivative):
    assert change("en", EXPECTED_VISIT, "fr", derivative) is None


def test_an_expected_event_made_certain_is_still_removed():
    assert change("en", "A safety check of the gym is expected in March.",
                  "fr", "Le contrôle de sécurité du gymnase aura lieu en mars.") == "removed"


REPAIRABLE = ("According to the regional newspaper Harzbote, an earlier survey found that the bridge could be "
              "repaired for a third of the cost.")


@pytest.mark.parametrize(
    "derivative",
    [
        "Nach Angaben der Regionalzeitung Harzbote war ein früheres Gutachten zu dem Schluss gekommen, dass "
        "die Brücke für ein Drittel der Kosten repariert werden könnte.",
        "Nach Angaben der Regionalzeitung Harzbote hatte ein früheres Gutachten ergeben, dass die Brücke für "
        "ein Drittel der Kosten instand gesetzt werden kann.",
    ],
)
def test_a_modal_after_a_passive_infinitive_renders_could_be(derivative):
    assert change("en", REPAIRABLE, "de", derivative) is None


@pytest.mark.parametrize(
    "text",
    [
        "Das Gutachten ergab, dass die Brücke repariert werden könnte.",
        "Sie sagte, dass die Brücke bald repariert werden müsste.",
        "Niemand weiß, ob die Brücke noch gerettet werden kann.",
    ],
)
def test_werden_before_a_modal_is_no_future(text):
    assert not hedges(text, "de").future


def test_werden_of_the_future_is_still_a_future():
    assert hedges("Die Städte werden die Brücke im Mai reparieren lassen.", "de").future
    assert hedges("Sie sagte, dass die Arbeiten im Mai beginnen werden.", "de").future


@pytest.mark.parametrize(
    "derivative",
    [
        "D’après des plans qu’a pu consulter l’hebdomadaire local Pester Hét, les loyers du marché grimperont "
        "d’environ 30 %.",
        "Selon un rapport dont le quotidien Pester Hét a pu prendre connaissance, les loyers du marché grimperont "
        "d’environ 30 %.",
    ],
)
def test_a_document_the_paper_could_see_is_no_possibility(derivative):
    assert change("en", "Market rents will rise by about 30 percent, according to plans seen by the local weekly "
                        "Pester Het.", "fr", derivative) is None


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La baisse des prix devrait soutenir le pouvoir d’achat des ménages."),
        ("fr", "Le parti est au pouvoir depuis dix ans."),
        ("es", "La caída de los precios debería sostener el poder adquisitivo de los hogares."),
        ("it", "Il calo dei prezzi dovrebbe sostenere il potere d’acquisto delle famiglie."),
    ],
)
def test_power_the_noun_is_no_modal_of_possibility(lang, text):
    assert not hedges(text, lang).possibility


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le club a dit pouvoir saisir le tribunal arbitral."),
        ("es", "El club dijo poder recurrir ante el tribunal."),
        ("it", "Il club ha detto di potere ricorrere al tribunale."),
    ],
)
def test_the_infinitive_of_can_is_a_modal_of_possibility(lang, text):
    assert hedges(text, lang).possibility


@pytest.mark.parametrize(
    "text",
    [
        # Scheine (tickets, banknotes), Glauben (faith), Würde (dignity), Können (skill): nouns
        "Die meisten Scheine wurden an Tankstellen verkauft.",
        "Er hat 40 Scheine mit denselben Zahlen abgegeben.",
        "Die Gemeinde hat im guten Glauben gehandelt.",
        "Der Bischof sprach über die Würde der Arbeit.",
        "Das Orchester zeigte sein ganzes Können.",
    ],
)
def test_a_capitalised_german_noun_is_no_hedge_verb(text):
    assert not hedges(text, "de").any


@pytest.mark.parametrize(
    "text",
    [
        "Scheinbar hat niemand den Fehler bemerkt.",
        "Die Zahl scheint zu hoch.",
        "Dem Anschein nach war die Tür nicht verschlossen.",
        "Die Tür war allem Anschein nach nicht verschlossen.",
        "Berichten zufolge wurde die Tür aufgebrochen.",
        "Die Tür wurde Medienberichten zufolge aufgebrochen.",
    ],
)
def test_german_hedges_at_the_start_or_as_nouns_stay_hedges(text):
    assert hedges(text, "de").any


def test_tickets_in_a_faithful_german_translation_add_no_hedge():
    assert change("en", "Most of the tickets were sold at petrol stations.",
                  "de", "Die meisten Scheine wurden an Tankstellen verkauft.") is None


def test_a_capitalised_german_noun_is_no_future():
    assert not hedges("Die Würde der Bewohner stand im Mittelpunkt.", "de").future
    assert hedges("Die Stadt würde den Platz im Frühjahr öffnen.", "de").future
