""""Not seen since" is no memory pleaded, and "check that" renders "check whether".

The impersonal « no se recuerda ... desde 1998 » / « non si ricordava ... dal 1998 » says
that nothing like it has happened since (a record, "the worst since 1998"): nobody pleads a
lapse of memory, so against "last had ... in 1998" it is no added hedge. Someone who does
not remember (« no se acuerda de », « non si ricorda di », « no recordaba ») still hedges.

"Will examine whether the site meets the rules" is commonly rendered « vérifiera que le
site respecte », « comprobará que », « verificherà che »: the verb of checking keeps the
question open, so the dropped "whether" is no removed hedge. Pure text tests (no encoder).
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The valley last saw a frost this late in 1998.", "es", "En el valle no se recordaba una helada tan tardía desde 1998.", ),
        ("en", "The valley last saw a frost this late in 1998.", "es", "No se recuerda en el valle una helada tan tardía desde 1998.", ),
        ("en", "The valley last saw a frost this late in 1998.", "it", "Nella valle non si ricordava una gelata così tardiva dal 1998.", ),
    ],
)
def test_an_impersonal_not_remembered_since_is_no_hedge(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The mayor said he had never met the builder.", "es", "El alcalde dijo que no se acordaba de haber conocido al constructor.", ),
        ("en", "The mayor said he had never met the builder.", "es", "El alcalde dijo que no recordaba haber conocido al constructor.", ),
        ("en", "The mayor said he had never met the builder.", "it", "Il sindaco ha detto che non si ricordava di aver conosciuto il costruttore.", ),
    ],
)
def test_a_personal_lapse_of_memory_still_hedges(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) == "added"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The federation said it would examine whether the new hall met its safety rules.", "fr", "La fédération a dit qu’elle vérifiera que la nouvelle salle respecte ses règles de sécurité.", ),
        ("en", "The federation said it would examine whether the new hall met its safety rules.", "es", "La federación dijo que comprobará que el nuevo pabellón cumple sus normas de seguridad.", ),
        ("en", "The federation said it would examine whether the new hall met its safety rules.", "it", "La federazione ha detto che verificherà che il nuovo palazzetto rispetti le sue norme di sicurezza.", ),
        ("fr", "La fédération examinera si la nouvelle salle respecte ses règles.", "en", "The federation will check that the new hall meets its rules.", ),
    ],
)
def test_checking_that_renders_an_open_question(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The federation is examining whether the hall met its safety rules.", "fr", "La fédération a constaté que la salle respectait ses règles de sécurité.", ),
        ("en", "The federation is examining whether the hall met its safety rules.", "es", "La federación afirma que el pabellón cumplía sus normas de seguridad.", ),
    ],
)
def test_an_open_question_stated_as_fact_is_still_removed(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) == "removed"
