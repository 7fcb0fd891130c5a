"""Attribution: an outlet credited for a report, dropped by the derivative, which states
the report as fact.

An outlet's name is written alike in every language, so it is named in the derivative
only where each of its words recurs there, not only its last one (a place that ends the
title recurs in any article about that place). A source the outlet reports on stays in
the derivative ("According to the daily X, a clerk had warned ..."), so what the sentence
states is compared without the outlet's attribution alone too.

Every sentence is written for these tests; the end-to-end ones run the encoder (slow).
"""

import pytest

from diptych.engine.attribution import _outlet_named
from diptych.engine.names import Name
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings


def name(text: str) -> Name:
    words = tuple(text.split())
    return Name(Span(0, 0, len(text), text), words)


@pytest.mark.parametrize(
    "outlet, text, named",
    [
        ("Courier of Velmora", "La ministre de Velmora a démissionné.", False),
        ("Courier of Velmora", "Selon le Courier of Velmora, la ministre a démissionné.", True),
        ("Velmoraner Abendblatt", "Según el Velmoraner Abendblatt, la ministra dimitió.", True),
        ("Velmoraner Abendblatt", "El Abendblatt de la ciudad no dice nada.", False),
        # an elided article written onto the title
        ("Ulvik Courier", "La ministre a démissionné, révèle l’Ulvik Courier.", True),
        ("Ulvik Courier", "La ministra si è dimessa, secondo un articolo dell’Ulvik Courier.", True),
    ],
)
def test_an_outlet_is_named_only_where_every_word_of_its_title_recurs(outlet, text, named):
    assert _outlet_named(name(outlet), "en", text, "fr") is named


ORIGINAL = [
    "The harbour authority of Velmora has closed the northern pier to all traffic.",
    "According to the regional weekly Velmora Courier, a harbour technician had warned in an internal memo "
    "in March that the pier's supports were badly corroded.",
    "Repairs are expected to take most of the winter, the authority said.",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", [
            "L’autorité portuaire de Velmora a fermé la jetée nord à toute circulation.",
            "Un technicien du port avait averti dans une note interne en mars que les supports de la jetée étaient "
            "gravement corrodés, sans que la direction ne réagisse.",
            "Les réparations devraient durer la majeure partie de l’hiver, a indiqué l’autorité.",
        ]),
        ("es", [
            "La autoridad portuaria de Velmora ha cerrado el muelle norte a todo el tráfico.",
            "Un técnico del puerto había advertido en una nota interna en marzo de que los soportes del muelle "
            "estaban gravemente corroídos, sin que la dirección hiciera nada.",
            "Se espera que las reparaciones duren buena parte del invierno, dijo la autoridad.",
        ]),
    ],
)
def test_an_outlet_dropped_before_the_source_it_reports_on_is_a_change(encoder, language, derivative):
    found = attribution_findings(encoder, ORIGINAL, language, derivative)
    assert any("Velmora Courier" in f.original_text for f in found), [(f.original_text, f.explanation) for f in found]


@pytest.mark.slow
def test_an_outlet_kept_by_its_title_is_no_change(encoder):
    derivative = [
        "L’autorité portuaire de Velmora a fermé la jetée nord à toute circulation.",
        "Selon l’hebdomadaire régional Velmora Courier, un technicien du port avait averti dans une note interne "
        "en mars que les supports de la jetée étaient gravement corrodés.",
        "Les réparations devraient durer la majeure partie de l’hiver, a indiqué l’autorité.",
    ]
    assert not attribution_findings(encoder, ORIGINAL, "fr", derivative)
