"""Hedges weakened or strengthened in a rendering, and suspicions a source already names.

- An expectation with "to" ("the fees are expected to bring in", "is expected to reach") made a
  modal of possibility (« pourraient rapporter », "could bring in") is a weakened claim, an added
  hedge, as "a ruling is expected on Friday" made "could come" is; « devraient », a future or
  another expectation render it (judged between languages that both list expectations).
- A headline's suspicion the source names as allegations, accusations or claims ("Mayor quits
  amid expense claims" / « Soupçonné de fraude, le maire démissionne ») is no hedge added: the
  noun of allegation renders the participle of suspicion across languages.
- In one language a modal of possibility made a plain "would" ("said the council might help"
  -> "said the council would help") is a hedge removed: the possibility made a promise.
- "probably" made a modal of possibility in the past (« aurait pu être », "could have been") is a
  claim weakened: a degree likely made a degree possible.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these tests.
"""

import pytest

from hedge_texts import change

FEES = "Drivers will pay three euros an hour, and the parking fees are expected to bring in about 2 million euros a year."


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        ("fr", "Les conducteurs paieront trois euros de l’heure, et les redevances pourraient rapporter environ "
               "2 millions d’euros par an.", "added"),
        ("en", "Drivers will pay three euros an hour, and the parking fees could bring in about 2 million euros "
               "a year.", "added"),
        ("fr", "Les conducteurs paieront trois euros de l’heure, et les redevances devraient rapporter environ "
               "2 millions d’euros par an.", None),
        ("fr", "Les conducteurs paieront trois euros de l’heure, et les redevances rapporteront environ "
               "2 millions d’euros par an.", "removed"),
    ],
)
def test_an_expectation_made_a_possibility(d_lang, derivative, expected):
    assert change("en", FEES, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "original, d_lang, derivative, expected",
    [
        ("Mayor keeps his seat amid expense fraud allegations", "fr",
         "Soupçonné de fraude aux notes de frais, le maire garde son siège", None),
        ("Coach resigns amid bullying accusations", "fr",
         "Soupçonné de harcèlement, l’entraîneur démissionne", None),
        ("Coach resigns after a bullying inquiry", "fr",
         "Soupçonné de harcèlement, l’entraîneur démissionne", "added"),
    ],
)
def test_a_suspicion_the_source_names_as_allegations(original, d_lang, derivative, expected):
    assert change("en", original, d_lang, derivative) == expected


def test_might_made_would_in_one_language():
    original = "The mayor said the town could not buy the mill but might help the trust find a tenant for it."
    derivative = "The mayor said the town could not buy the mill but would help the trust find a tenant for it."
    assert change("en", original, "en", derivative) == "removed"
    assert change("en", derivative, "en", original) == "added"
    assert change("en", original, "en", original.replace("might help", "may help")) is None


@pytest.mark.parametrize(
    "d_lang, derivative, expected",
    [
        ("fr", "Le laboratoire a indiqué que l’échantillon aurait pu être contaminé pendant le transport.", "added"),
        ("fr", "Le laboratoire a indiqué que l’échantillon avait probablement été contaminé pendant le "
               "transport.", None),
    ],
)
def test_probably_made_could_have(d_lang, derivative, expected):
    original = "The laboratory said the sample had probably been contaminated during transport."
    assert change("en", original, d_lang, derivative) == expected
