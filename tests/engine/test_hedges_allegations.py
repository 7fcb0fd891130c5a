"""Hedges: the conditional that renders an allegation, a seeming rendered by a seeming,
and a possibility stated as a certain future.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change


WITNESSES = "According to witnesses cited by the weekly Nordpost, guards locked the east door ten minutes before the fire."
CRITICS = "Critics say the audit did not examine the pension fund."


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # What witnesses, critics or people a newspaper quoted say is an allegation: another
        # language reports it in the conditional, wherever it puts the source.
        ("en", WITNESSES,
         "fr", "Des gardiens auraient verrouillé la porte est dix minutes avant l’incendie, selon des témoins cités par l’hebdomadaire Nordpost.", None),
        ("en", WITNESSES,
         "es", "Según testigos citados por el semanario Nordpost, los guardias habrían cerrado la puerta este diez minutos antes del incendio.", None),
        ("en", "Witnesses told the radio station that the driver ignored a red light.",
         "fr", "Le conducteur aurait ignoré un feu rouge, ont raconté des témoins à la radio.", None),
        ("en", CRITICS,
         "fr", "L’audit n’aurait pas porté sur le fonds de pension, font valoir des critiques.", None),
        ("en", CRITICS,
         "es", "Según los críticos, la auditoría no habría examinado el fondo de pensiones.", None),
        # So is what a newspaper or broadcaster reported: the conditional of reported
        # speech is how French and Spanish pass on a media report, wherever the source goes.
        ("en", "According to the weekly Kustbladet, about 200 of the permits were issued without an inspection.",
         "fr", "Quelque 200 permis auraient été délivrés sans inspection, rapporte l’hebdomadaire Kustbladet.", None),
        ("en", "According to a report in the daily Morgenpost, the ferry operator paid the fine late.",
         "es", "Según el diario Morgenpost, la naviera habría pagado la multa con retraso.", None),
        ("en", "The broadcaster RTV Oost reported that the bridge was closed twice in May.",
         "fr", "Le pont aurait été fermé deux fois en mai, selon la chaîne RTV Oost.", None),
        # but not where the outlet is made rumours or unnamed opponents
        ("en", "According to the weekly Kustbladet, about 200 of the permits were issued without an inspection.",
         "fr", "Selon des opposants locaux, quelque 200 permis auraient été délivrés sans inspection.", "added"),
        ("en", "According to the daily Morgenpost, the ferry operator paid the fine late.",
         "it", "Secondo indiscrezioni di stampa, la compagnia avrebbe pagato la multa in ritardo.", "added"),
        # but a hedge of hearsay added to the allegation is added all the same
        ("en", WITNESSES,
         "fr", "Selon des témoins, des gardiens ont, semble-t-il, verrouillé la porte est dix minutes avant l’incendie.", "added"),
        # and a body's own statement put in the conditional is distanced, as before
        ("en", "The ministry says the audit did not examine the pension fund.",
         "fr", "L’audit n’aurait pas porté sur le fonds de pension, selon le ministère.", "added"),
        ("en", "According to the fire service, guards locked the east door ten minutes before the fire.",
         "fr", "Des gardiens auraient verrouillé la porte est dix minutes avant l’incendie, selon les pompiers.", "added"),
    ],
)
def test_the_conditional_renders_an_allegation_but_not_an_official_statement(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # "appeared" with what it seemed to be renders « semblaient »
        ("en", "Shoppers on Saturday appeared anxious.", "fr", "Samedi, les clients semblaient inquiets.", None),
        ("en", "The two leaders appeared relaxed after the talks.", "fr", "Les deux dirigeants semblaient détendus après les entretiens.", None),
        # appearing in court or on a stage is no seeming
        ("en", "The minister appeared in court on Monday.", "fr", "Le ministre semblait au tribunal lundi.", "added"),
    ],
)
def test_appeared_renders_a_seeming(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


REPAIRS = "Engineers said the repairs could take two years."


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # a possibility stated as a certain future: the hedge is gone, in any language
        ("en", REPAIRS, "fr", "Selon les ingénieurs, les réparations dureront deux ans.", "removed"),
        ("en", REPAIRS, "de", "Die Reparaturen werden nach Angaben der Ingenieure zwei Jahre dauern.", "removed"),
        ("en", REPAIRS, "es", "Los ingenieros dijeron que las reparaciones durarán dos años.", "removed"),
        ("en", REPAIRS, "en", "Engineers said the repairs will take two years.", "removed"),
        ("fr", "Selon les ingénieurs, les réparations pourraient durer deux ans.", "en", "Engineers said the repairs will take two years.", "removed"),
        # the possibility kept, or no future at all, is no change
        ("en", REPAIRS, "fr", "Selon les ingénieurs, les réparations pourraient durer deux ans.", None),
        ("en", REPAIRS, "de", "Die Reparaturen könnten nach Angaben der Ingenieure zwei Jahre dauern.", None),
        ("en", REPAIRS, "es", "Los ingenieros dijeron que las reparaciones podrían durar dos años.", None),
        # a plain present states the possibility as a fact (test_hedges_made_certain.py)
        ("en", REPAIRS, "fr", "Selon les ingénieurs, les réparations prennent deux ans.", "removed"),
        ("en", "Engineers said the repairs could not start before May and will take two years.",
         "fr", "Selon les ingénieurs, les réparations ne commenceront pas avant mai et dureront deux ans.", None),
        # a permission is no possibility ("may open" / "will be allowed to open")
        ("en", "Shops may open on Sundays.", "en", "Shops will be allowed to open on Sundays.", None),
    ],
)
def test_a_possibility_stated_as_a_certain_future_is_a_removed_hedge(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected
