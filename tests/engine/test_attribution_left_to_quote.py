"""Attribution: a speaker's claim stated as fact, the speaker kept only for the quote after it.

'The mayor, Ana Ruiz, said the bridge would reopen in May. "We owe it to the town," she
said.' / « Il ponte riaprirà a maggio. «Lo dobbiamo alla città», ha detto la sindaca, Ana
Ruiz. »: the name is still in the paragraph, but only the quote is hers; the reopening is
now the paper's own statement. A translation that keeps both attributions, or credits
the claim and the quote in one sentence, changes nothing.

End-to-end tests (marked slow) with the real offline encoder. Every sentence is written
for these tests.
"""

import pytest

from aligned_fixtures import attribution_findings

ORIGINAL = ('The harbour master, Ana Ruiz, said the old quay would reopen to ferries in May. '
            '"We owe it to the islanders, who have waited long enough," she said.')


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("it", "Il vecchio molo riaprirà ai traghetti a maggio. «Lo dobbiamo agli isolani, che hanno aspettato "
               "abbastanza», ha detto la direttrice del porto, Ana Ruiz."),
        ("fr", "Le vieux quai rouvrira aux ferries en mai. « Nous le devons aux insulaires, qui ont assez attendu », "
               "a déclaré la capitaine du port, Ana Ruiz."),
        ("es", "El viejo muelle volverá a abrirse a los transbordadores en mayo. «Se lo debemos a los isleños, que "
               "ya han esperado bastante», dijo la capitana del puerto, Ana Ruiz."),
    ],
)
def test_a_claim_left_without_its_speaker_is_reported(encoder, language, derivative):
    found = attribution_findings(encoder, [ORIGINAL], language, [derivative])
    assert any("Ana Ruiz, said" in (f.original_text or "") for f in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("it", "La direttrice del porto, Ana Ruiz, ha detto che il vecchio molo riaprirà ai traghetti a maggio. "
               "«Lo dobbiamo agli isolani, che hanno aspettato abbastanza», ha detto."),
        ("fr", "Le vieux quai rouvrira aux ferries en mai, a annoncé la capitaine du port, Ana Ruiz. « Nous le devons "
               "aux insulaires, qui ont assez attendu », a-t-elle ajouté."),
        ("es", "La capitana del puerto, Ana Ruiz, aseguró que el viejo muelle volverá a abrirse a los transbordadores "
               "en mayo: «Se lo debemos a los isleños, que ya han esperado bastante»."),
    ],
)
def test_both_attributions_kept_are_no_change(encoder, language, derivative):
    assert attribution_findings(encoder, [ORIGINAL], language, [derivative]) == []
