"""A quote handed to another person where it stood, and "until" rendered as "as long as … not".

- A paragraph that names its speaker ("X said …. '…,' he said") and keeps that person's
  reported words in the derivative, but ends its quote with another person's name (« X a
  déclaré … . « … », a prévenu Y »), gave that quote to someone else: a misattribution, not
  one quote dropped and a new one added, even where the encoder scores the quote and its
  translation low (one word it misreads is enough). The two quotes must stand in the same
  place (aligned sentences, or unpaired between the same neighbours), each be most of its
  sentence, be of comparable length, and each be the other's best match; taken on its
  place alone, the quote is not called reworded on the encoder's score.
- "Until that changes, …" translated « Tant que cela ne changera pas, … » keeps the
  quote's polarity: a faithful translation of the whole paragraph gives no quote finding.

Each row: the original's paragraphs (English), the derivative's, paragraph for paragraph.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Vets in Tarnow warn of closures as the farm-visit fee stays frozen",
    "fr": "À Tarnow, les vétérinaires craignent des fermetures avec le gel du forfait des visites",
}
LEAD = {
    "en": "Three veterinary practices around Tarnow have closed since January, and their association says more will "
    "follow.",
    "fr": "Trois cabinets vétérinaires des environs de Tarnow ont fermé depuis janvier, et leur association prévient "
    "que d’autres suivront.",
}

FIRST = [
    "Lena Varga, who runs a practice on Mill Street, said the cost of drugs had doubled since the spring. "
    '"We cannot keep our prices where they are for another winter," she said.',
    'Farmers said the nearest vet was now an hour away. "We lost two calves in March," said one of them, Piotr Nowak.',
    'Nowak said he had written to the ministry twice. "Nobody has answered either letter," he said.',
]
FIRST_FR = [
    "Lena Varga, qui tient un cabinet rue du Moulin, a déclaré que le prix des médicaments avait doublé depuis le "
    "printemps. « Nous ne pouvons pas maintenir nos prix à ce niveau un hiver de plus », a-t-elle déclaré.",
    "Selon les éleveurs, le vétérinaire le plus proche est désormais à une heure de route. « Nous avons perdu deux "
    "veaux en mars », a déclaré l’un d’eux, Piotr Nowak.",
    "Nowak a déclaré avoir écrit deux fois au ministère. « Personne n’a répondu à aucune des deux lettres », "
    "a-t-il déclaré.",
]

ORIGINAL = FIRST + [
    "The association's chairman, Otto Brenner, said the state paid practices a fixed fee per farm visit, whatever "
    'the distance. "Until the fee is raised, more practices will probably close," he said.',
]

TRANSLATED = FIRST_FR + [
    "Le président de l’association, Otto Brenner, a déclaré que l’État payait aux cabinets un forfait fixe par "
    "visite à la ferme, quelle que soit la distance. « Tant que le forfait ne sera pas relevé, d’autres cabinets "
    "fermeront sans doute », a-t-il prévenu.",
]

HANDED_ON = FIRST_FR + [
    "Le président de l’association, Otto Brenner, a déclaré que l’État payait aux cabinets un forfait fixe par "
    "visite à la ferme, quelle que soit la distance. « Tant que le forfait ne sera pas relevé, d’autres cabinets "
    "fermeront sans doute », a prévenu Lena Varga.",
]


def quote_findings(encoder, derivative):
    found = headed_findings(encoder, TITLE, LEAD, ORIGINAL, "fr", derivative)
    return sorted((f.kind, f.original_text, f.derivative_text) for f in found if f.kind.startswith("quote"))


def test_a_faithful_translation_with_until_as_a_negated_condition_gives_no_quote_finding(encoder):
    assert quote_findings(encoder, TRANSLATED) == []


def test_a_quote_handed_to_another_person_in_its_speakers_paragraph_is_misattributed(encoder):
    found = quote_findings(encoder, HANDED_ON)
    kinds = [k for k, _, _ in found]
    assert kinds == ["quote_misattributed"], found
    assert found[0][2] and "Lena Varga" in found[0][2]
