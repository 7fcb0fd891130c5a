"""Faithful renderings that are no change: found missing on the twenty-fourth and
twenty-fifth held-out sets, written here in our own sentences."""

import pytest
from aligned_fixtures import SameEverything, article
from hedge_texts import change

from diptych.engine.attribution import find_sources
from diptych.engine.model import Link
from diptych.engine.sentences import Span
from diptych.engine.spans import find_span_findings


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # an ability, not a possibility: German "können" is "can"
        ("Customers who lost their receipts can still return the kettles, and refunds will be paid within 14 days.",
         "de", "Kunden, die ihren Kassenbon verloren haben, können die Wasserkocher trotzdem zurückgeben, und die Erstattung wird binnen 14 Tagen gezahlt."),
        # an opinion with a dative pronoun is no appearance
        ("The baker said she had no objection to the fee.", "es", "A la panadera la tasa no le parece mal."),
        # doubt that something will do is the degree unlikely
        ("The fee was unlikely on its own to change how people behave.", "es", "Duda de que la tasa baste por sí sola para cambiar el comportamiento de la gente."),
        # a warning that something could happen casts no doubt
        ("The operators warned that booking slots online could drive away older visitors.",
         "it", "Gli operatori hanno avvertito che la prenotazione online potrebbe allontanare i visitatori più anziani."),
    ],
)
def test_a_faithful_rendering_adds_or_removes_no_hedge(original, d_lang, derivative):
    assert change("en", original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The merger must be confirmed by the competition authority in Brussels."),
        ("es", "La fusión debe ser confirmada por la autoridad de competencia en Bruselas."),
        ("fr", "La fusion doit encore être confirmée par l’autorité de la concurrence."),
        ("it", "La fusione deve ancora essere confermata dall’autorità garante."),
    ],
)
def test_an_act_still_to_come_credits_no_source(language, text):
    assert find_sources(Span(0, 0, len(text), text), language) == []


def test_a_body_another_language_names_properly_is_the_same_source():
    original = ["According to a report by the regional comptroller's office, the contracts were awarded without a tender."]
    derivative = ["Secondo un rapporto dell’ufficio regionale della Corte dei conti, i contratti sono stati assegnati senza gara."]
    found = find_span_findings(article("en", original), article("it", derivative), [Link([0], [0], 0.9)], SameEverything())
    assert [f for f in found if f.kind == "attribution_changed"] == []


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # a plan the source says was set aside is shelved in any language
        ("An engineer said the report had been discussed at a meeting and then set aside. Nobody wanted to delay the new line.",
         "it", "Un ingegnere ha detto che il rapporto era stato discusso in una riunione e poi accantonato. Nessuno voleva ritardare la nuova linea."),
        # "barely" set before a figure against a deadline is a translator's stress, not a judgement
        ("The warning reached the town 40 minutes before the water did.",
         "es", "El aviso llegó al pueblo apenas 40 minutos antes que el agua."),
        # a forecast reported with « prévoit-il » for "he said"
        ("“Buyers will be wary for a year or two,” he said.",
         "fr", "« Les acheteurs vont se méfier pendant un an ou deux », prévoit-il."),
        # a charged word negated is the plain "not lightly" of the source
        ("“We did not take this step lightly,” the chairwoman said.",
         "de", "„Wir haben diesen Schritt nicht leichtfertig getan“, sagte die Vorsitzende."),
        ("The board said it had not taken the decision lightly.",
         "de", "Der Vorstand sagte, er habe die Entscheidung nicht leichtfertig getroffen."),
        # a failure that could "take down" a whole region paralyses it in German
        ("“One faulty patch should never be able to take down a whole city,” the regulator said.",
         "de", "„Ein einzelner fehlerhafter Patch dürfte niemals eine ganze Stadt lahmlegen können“, sagte die Behörde."),
        # a sale "to the highest bidder" is told as such, not as a sell-out
        ("Several members voted against the sale “because a common should not go to the highest bidder”.",
         "fr", "Plusieurs membres ont voté contre la vente « parce qu’un bien commun ne devrait pas être vendu au plus offrant »."),
    ],
)
def test_a_faithful_rendering_of_plans_figures_and_forecasts_is_no_finding(original, d_lang, derivative):
    found = find_span_findings(article("en", [original]), article(d_lang, [derivative]), [Link([0], [0], 0.9)], SameEverything())
    assert [(f.kind, f.derivative_text) for f in found] == []
