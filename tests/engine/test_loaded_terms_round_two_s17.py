"""Loaded terms by class, round two of session 17, each with its neutral side.

A complaint told as a denunciation or an exposure (« a dénoncé », « la dénonciation »,
„denunziert“, "exposed by": Spanish and Italian « denuncia » are the plain words for a
complaint filed, so they stay out); a licence revoked told as a holder stripped of it, also
when an apposition stands between the holder's name and "of its licence". The sentences are
invented; the stand-in encoder calls every pair identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # a complaint told as a denunciation
        ("Neighbours complained about the smoke from the bakery.", "fr", "Des voisins ont dénoncé la fumée de la boulangerie.", "dénoncé"),
        ("The complaint was made by a rival club.", "fr", "La dénonciation vient d’un club rival.", "dénonciation"),
        ("The complaint was made by a rival club.", "en", "The alleged fraud was exposed by a rival club.", "exposed by"),
        ("The complaint was made by a rival club.", "de", "Denunziert wurde der Verein von einem Rivalen.", "Denunziert"),
        ("Neighbours complained about the smoke from the bakery.", "en", "Neighbours denounced the smoke from the bakery.", "denounced"),
        # a revoked licence told as stripping, an apposition in between
        ("The city withdrew the licence of Marlow's, a wine bar by the station.", "en", "The city stripped Marlow's, a wine bar by the station, of its licence.", "stripped"),
    ],
)
def test_the_loaded_word_put_for_the_source_plain_one_is_reported(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        ("Neighbours complained about the smoke from the bakery.", "fr", "Des voisins se sont plaints de la fumée de la boulangerie."),
        ("The complaint was made by a rival club.", "fr", "La plainte émane d’un club rival."),
        ("The complaint was made by a rival club.", "es", "La denuncia la presentó un club rival."),
        ("The complaint was made by a rival club.", "it", "La denuncia è stata presentata da un club rivale."),
        # the source's own denunciation or criticism, rendered
        ("Neighbours complained and denounced the smoke as a danger.", "fr", "Des voisins ont dénoncé la fumée comme un danger."),
        ("A complaint by a former employee exposed the fraud.", "en", "The fraud was exposed by a former employee's complaint."),
        ("Residents criticised the noise in a complaint to the council.", "fr", "Des habitants ont dénoncé le bruit dans une plainte au conseil."),
        ("The city stripped Marlow's, a wine bar by the station, of its licence.", "fr", "La ville a dépouillé Marlow's, un bar à vin près de la gare, de sa licence."),
    ],
)
def test_a_faithful_rendering_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []
