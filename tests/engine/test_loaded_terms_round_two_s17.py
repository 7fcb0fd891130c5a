"""Loaded terms by class, round two of session 17, each with its neutral side.

A complaint told as a denunciation or an exposure (« la dénonciation », „denunziert“,
"denounced", "exposed by": Spanish and Italian « denuncia » are the plain words for a
complaint filed, and the French verb « dénoncer » renders a complaint in real translations,
so they stay out); a forced departure told as a move by choice (will relocate,
« déménagera », „zieht um“); a licence revoked told as a holder stripped of it, also
when an apposition stands between the holder's name and "of its licence". The sentences are
invented; the stand-in encoder calls every pair identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # a complaint told as a denunciation
        ("The complaint was made by a rival club.", "fr", "La dénonciation vient d’un club rival.", "dénonciation"),
        ("The complaint was made by a rival club.", "en", "The alleged fraud was exposed by a rival club.", "exposed by"),
        ("The complaint was made by a rival club.", "de", "Denunziert wurde der Verein von einem Rivalen.", "Denunziert"),
        ("Neighbours complained about the smoke from the bakery.", "en", "Neighbours denounced the smoke from the bakery.", "denounced"),
        # a revoked licence told as stripping, an apposition in between
        ("The city withdrew the licence of Marlow's, a wine bar by the station.", "en", "The city stripped Marlow's, a wine bar by the station, of its licence.", "stripped"),
        # a cut told as a trim, with a time word after the verb
        ("The festival cuts the number of concerts next year from 40 to 25.", "en", "The festival trims next year's programme from 40 concerts to 25.", "trims"),
        # a forced departure told as a move
        ("The rowing club must leave the boathouse it has used since 1950.", "en", "The rowing club will relocate from the boathouse it has used since 1950.", "relocate"),
        ("The rowing club must leave the boathouse it has used since 1950.", "fr", "Le club d’aviron déménagera du hangar qu’il occupe depuis 1950.", "déménagera"),
        ("The rowing club must leave the boathouse it has used since 1950.", "de", "Der Ruderclub zieht aus dem Bootshaus um, das er seit 1950 nutzt.", "zieht aus dem Bootshaus um"),
        ("The rowing club must leave the boathouse it has used since 1950.", "es", "El club de remo se trasladará del cobertizo que usa desde 1950.", "se trasladará"),
        ("The rowing club must leave the boathouse it has used since 1950.", "it", "Il circolo di canottaggio si trasferirà dalla rimessa che usa dal 1950.", "si trasferirà"),
    ],
)
def test_the_loaded_word_put_for_the_source_plain_one_is_reported(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        ("Neighbours complained about the smoke from the bakery.", "fr", "Des voisins se sont plaints de la fumée de la boulangerie."),
        # the French verb renders a complaint in real translations ("lodged a complaint
        # citing irregularities" -> « qui dénonce des irrégularités »)
        ("The campaign lodged a complaint citing irregularities at six polling stations.", "fr", "L’équipe de campagne dénonce des irrégularités dans six bureaux de vote."),
        ("The complaint was made by a rival club.", "fr", "La plainte émane d’un club rival."),
        ("The complaint was made by a rival club.", "es", "La denuncia la presentó un club rival."),
        ("The complaint was made by a rival club.", "it", "La denuncia è stata presentata da un club rivale."),
        # the source's own denunciation or criticism, rendered
        ("Neighbours complained and denounced the smoke as a danger.", "fr", "Des voisins ont dénoncé la fumée comme un danger."),
        ("A complaint by a former employee exposed the fraud.", "en", "The fraud was exposed by a former employee's complaint."),
        ("Residents criticised the noise in a complaint to the council.", "fr", "Des habitants ont dénoncé le bruit dans une plainte au conseil."),
        ("The city stripped Marlow's, a wine bar by the station, of its licence.", "fr", "La ville a dépouillé Marlow's, un bar à vin près de la gare, de sa licence."),
        ("The rowing club must leave the boathouse it has used since 1950.", "fr", "Le club d’aviron doit quitter le hangar qu’il occupe depuis 1950."),
        ("The rowing club must leave the boathouse it has used since 1950.", "fr", "Le club d’aviron devra déménager du hangar qu’il occupe depuis 1950."),
        ("The rowing club must leave the boathouse it has used since 1950.", "de", "Der Ruderclub muss aus dem Bootshaus ausziehen, das er seit 1950 nutzt."),
        ("The rowing club will move to a new boathouse next year.", "fr", "Le club d’aviron déménagera dans un nouveau hangar l’an prochain."),
        ("The club was forced to leave and will relocate to the harbour.", "en", "The club will relocate to the harbour."),
        ("The gardener trims the hedges every spring.", "en", "The gardener trims the hedges every spring."),
        ("The festival will trim next year's programme, its director said.", "en", "The festival trims next year's programme, its director said."),
    ],
)
def test_a_faithful_rendering_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []
