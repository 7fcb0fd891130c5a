"""Attribution: a claim moved from a body to the press that reported it (or the reverse),
and a claim given to a party of the sentence whose source is not named again there.

End-to-end tests (marked slow) with the real offline encoder. Every sentence is written
for these tests.
"""

import pytest

from aligned_fixtures import attribution_findings

REGULATOR = "The regulator said it had passed the file on the quarry to prosecutors in Lindau."
DAILY = "The regional daily Nordbote reported that the quarry had been operating without a permit since March."
VANDALS = "Vandals smashed the windows of three carriages at the Kestrel Valley Railway depot overnight, police said."


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative, expected",
    [
        # a body's statement made an outlet's report, in any language
        (REGULATOR, "en",
         "The file on the quarry has been passed to prosecutors in Lindau, the public broadcaster Radio Alb reported.",
         "The regulator said"),
        (REGULATOR, "fr",
         "Le dossier de la carrière a été transmis au parquet de Lindau, a rapporté la radio publique Radio Alb.",
         "The regulator said"),
        (REGULATOR, "de",
         "Die Akte über den Steinbruch sei an die Staatsanwaltschaft in Lindau gegangen, berichtete der Sender Radio Alb.",
         "The regulator said"),
        (REGULATOR, "es",
         "El expediente de la cantera fue remitido a la fiscalía de Lindau, informó la emisora pública Radio Alb.",
         "The regulator said"),
        # and the reverse: the press's report made a body's statement
        (DAILY, "en",
         "The environment agency said the quarry had been operating without a permit since March.",
         "The regional daily Nordbote reported"),
        # in one language, the word given to another party the sentence names (the victim
        # of the raid for the police), though the police are named nowhere else
        (VANDALS, "en",
         "Vandals smashed the windows of three carriages at the Kestrel Valley Railway depot overnight, the railway said.",
         "police said"),
    ],
)
def test_a_claim_given_to_another_kind_of_source_is_reported(encoder, original, language, derivative, expected):
    found = attribution_findings(encoder, [original], language, [derivative])
    assert any(expected in (f.original_text or "") for f in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative",
    [
        # the same body, or the same outlet, however it is rendered
        (REGULATOR, "fr", "Le régulateur a indiqué avoir transmis le dossier de la carrière au parquet de Lindau."),
        (REGULATOR, "de", "Die Aufsichtsbehörde teilte mit, sie habe die Akte über den Steinbruch an die "
                          "Staatsanwaltschaft in Lindau übergeben."),
        (DAILY, "fr", "Selon le quotidien régional Nordbote, la carrière fonctionnait sans autorisation depuis mars."),
        (DAILY, "en", "The quarry had been operating without a permit since March, the paper reported."),
        # an outlet the source told is not the source („sagte eine Quelle bei der Feuerwehr
        # lokalen Medien“: the phrase read runs on to the outlet)
        ("A fire brigade source told local media the barn had been set alight deliberately.", "de",
         "Die Scheune sei absichtlich in Brand gesetzt worden, sagte eine Quelle bei der Feuerwehr lokalen Medien."),
        # a phrase that refers back to no one ("three of them nurses") is no party the
        # sentence names, however the source after it is read
        ("Among those freed were 40 sailors and 9 civilians, including three nurses, according to the "
         "national prisoner bureau.", "en",
         "Those freed included 40 sailors and 9 civilians, three of them nurses, said the office that "
         "handles prisoner exchanges."),
        # the same party, its people or its role kept
        (VANDALS, "en", "Vandals smashed the windows of three carriages at the Kestrel Valley Railway depot "
                        "overnight, police officers said."),
    ],
)
def test_the_same_source_rendered_is_no_change(encoder, original, language, derivative):
    assert attribution_findings(encoder, [original], language, [derivative]) == []
