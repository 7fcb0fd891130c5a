"""Loaded terms by class, second round of session 15: each class a style guide names,
in the languages the lexicon holds, with its neutral side and the source words that a
charged word faithfully renders.

Euphemisms: a fault or an unpaid bill told as a glitch or a hiccup; an escape told as a
stroll; a recall told as a safety upgrade; a closure told as a merger into another site; a
rise told as an adjustment to a fee; graves cleared told as plots freed up; things that fell
told as come loose; an animal that charged told as having nudged. Dramatising: a cut told
as ripped out; an animal loose told as on the rampage or spreading terror; graves cleared
or trees felled told as razed; a reburial told as a mass grave; a flood told as
devastation; shops that trade told as preying on people; a refusal told as a barred road.
Verbs of saying: « a tranché » (a ruling that settles the matter) and a bare "claim".
The sentences are invented; the stand-in encoder calls every pair identical, so only the
words decide.
"""

import pytest
from aligned_fixtures import charged_words, context

from diptych.engine.loaded_terms import with_framing
from diptych.engine.model import Finding


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # a fault or an unpaid bill played down
        ("The ferry was cancelled after a fault in its steering gear.", "en", "The ferry was cancelled after a minor technical glitch.", "glitch"),
        ("The museum lost its alarm because it had not paid the security firm.", "en", "The museum lost its alarm because of a billing hiccup with the security firm.", "billing hiccup"),
        ("The ferry was cancelled after a fault in its steering gear.", "fr", "Le ferry a été annulé après un petit souci technique.", "petit souci"),
        ("The ferry was cancelled after a fault in its steering gear.", "de", "Die Fähre fiel nach einer kleinen technischen Panne aus.", "kleinen technischen Panne"),
        ("The ferry was cancelled after a fault in its steering gear.", "es", "El ferry se canceló tras un pequeño contratiempo técnico.", "contratiempo"),
        ("The ferry was cancelled after a fault in its steering gear.", "it", "Il traghetto è stato cancellato dopo un intoppo tecnico.", "intoppo"),
        # an escape told as a stroll
        ("Two wolves escaped from their pen at the wildlife park on Sunday.", "en", "Two wolves wandered out of their pen at the wildlife park on Sunday.", "wandered out"),
        ("Two wolves escaped from their pen at the wildlife park on Sunday.", "fr", "Deux loups se sont aventurés hors de leur enclos dimanche au parc animalier.", "se sont aventurés hors"),
        ("Two wolves escaped from their pen at the wildlife park on Sunday.", "de", "Zwei Wölfe büxten am Sonntag aus ihrem Gehege im Wildpark aus.", "büxten am Sonntag aus"),
        ("Two wolves escaped from their pen at the wildlife park on Sunday.", "it", "Due lupi sono andati a spasso fuori dal recinto del parco domenica.", "a spasso"),
        # a recall told as an upgrade
        ("The maker recalled 4,000 e-bikes after frames cracked.", "en", "The maker launched a voluntary safety upgrade of 4,000 e-bikes after frames cracked.", "voluntary safety upgrade"),
        ("The maker recalled 4,000 e-bikes after frames cracked.", "de", "Der Hersteller startete eine Nachrüstaktion für 4.000 E-Bikes, nachdem Rahmen gerissen waren.", "Nachrüstaktion"),
        # a closure told as a merger
        ("The county will close the Elm Street clinic in June.", "en", "The county will merge the Elm Street clinic into its hospital site in June.", "merge the Elm Street clinic into"),
        ("The city will close four of its eleven swimming pools.", "fr", "La ville va regrouper quatre de ses onze piscines municipales.", "regrouper quatre de ses onze piscines"),
        # a rise told as an adjustment
        ("The port approved a rise in the mooring fee.", "en", "The port approved an adjustment to the mooring fee.", "adjustment to the mooring fee"),
        ("The port approved a rise in the mooring fee.", "fr", "Le port a approuvé un ajustement du tarif d’amarrage.", "ajustement du tarif"),
        # graves cleared told as plots freed up
        ("The parish will clear 300 graves whose leases have run out.", "en", "The parish will free up 300 plots whose leases have run out.", "free up"),
        ("The parish will clear 300 graves whose leases have run out.", "de", "Die Gemeinde will Platz schaffen, indem sie 300 Gräber mit abgelaufener Pacht auflöst.", "Platz schaffen"),
        # things that fell told as come loose
        ("Three tiles fell from the station roof on Friday.", "en", "Three tiles came loose from the station roof on Friday.", "came loose"),
        ("Three tiles fell from the station roof on Friday.", "fr", "Trois tuiles se sont détachées du toit de la gare vendredi.", "se sont détachées"),
        ("Three tiles fell from the station roof on Friday.", "de", "Am Freitag lösten sich drei Ziegel vom Dach des Bahnhofs.", "lösten sich"),
        # an animal that charged told as having nudged
        ("An elephant charged a minibus in the reserve.", "fr", "Un éléphant a bousculé un minibus dans la réserve.", "bousculé"),
        ("An elephant charged a minibus in the reserve.", "en", "An elephant nudged a minibus in the reserve.", "nudged"),
        # a cut told as ripped out
        ("The thief was caught cutting pages from two medieval books.", "fr", "Le voleur a été surpris en train d’arracher des pages de deux livres médiévaux.", "arracher"),
        ("The thief was caught cutting pages from two medieval books.", "en", "The thief was caught ripping out pages from two medieval books.", "ripping out"),
        ("The thief was caught cutting pages from two medieval books.", "de", "Der Dieb wurde erwischt, als er Seiten aus zwei mittelalterlichen Büchern herausgerissen hatte.", "herausgerissen"),
        # graves cleared or trees felled told as razed
        ("The city plans to fell 80 plane trees along the canal.", "fr", "La ville veut raser 80 platanes le long du canal.", "raser"),
        ("The parish will clear 300 graves whose leases have run out.", "fr", "La paroisse va faire table rase de 300 tombes dont les concessions ont expiré.", "faire table rase"),
        ("The city plans to fell 80 plane trees along the canal.", "es", "La ciudad quiere arrasar 80 plátanos junto al canal.", "arrasar"),
        ("The city plans to fell 80 plane trees along the canal.", "it", "La città vuole radere al suolo 80 platani lungo il canale.", "radere"),
        # a reburial told as a mass grave
        ("The remains will be reburied in an ossuary next to the chapel.", "fr", "Les restes seront jetés dans une fosse commune près de la chapelle.", "jetés dans une fosse"),
        ("The remains will be reburied in an ossuary next to the chapel.", "en", "The remains will end up in a mass grave next to the chapel.", "mass grave"),
        # a flood told as devastation
        ("Her shop had flooded three times since 2019.", "en", "Her shop had been devastated by floods three times since 2019.", "devastated"),
        ("Her shop had flooded three times since 2019.", "fr", "Sa boutique a été dévastée par les eaux trois fois depuis 2019.", "dévastée"),
        ("Her shop had flooded three times since 2019.", "de", "Ihr Laden wurde seit 2019 dreimal vom Wasser verwüstet.", "verwüstet"),
        # a refusal told as a barred road
        ("The planning board refused an application by the chain to open a store.", "fr", "La commission d’urbanisme a barré la route à la chaîne qui voulait ouvrir un magasin.", "barré la route"),
        ("The planning board refused an application by the chain to open a store.", "en", "The planning board slammed the door on the chain's plan to open a store.", "slammed the door on"),
        ("The planning board refused an application by the chain to open a store.", "de", "Der Bauausschuss hat dem Plan der Kette einen Riegel vorgeschoben.", "Riegel vorgeschoben"),
        # verbs of saying: a ruling that settles the matter, a bare claim
        ("\"We will not reopen the pool this year,\" said the mayor.", "fr", "« Nous ne rouvrirons pas la piscine cette année », a tranché le maire.", "a tranché"),
        ("\"We will not reopen the pool this year,\" said the mayor.", "es", "«No reabriremos la piscina este año», zanjó el alcalde.", "zanjó"),
        ("\"We will not reopen the pool this year,\" said the mayor.", "it", "«Non riapriremo la piscina quest’anno», ha sentenziato il sindaco.", "ha sentenziato"),
        ("Shop owners said the number of visitors had halved.", "en", "Shop owners claim the number of visitors has halved.", "claim"),
    ],
)
def test_a_word_of_the_class_put_for_the_source_neutral_one_is_reported(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # the source's own glitch, stroll, merger, adjustment, room, loosening
        ("The ferry was cancelled after a minor glitch in its steering software.", "en", "The ferry was cancelled after a minor technical glitch."),
        ("Two wolves wandered out of their pen at the wildlife park on Sunday.", "fr", "Deux loups se sont aventurés hors de leur enclos dimanche au parc animalier."),
        ("The county will merge the Elm Street clinic into its hospital site in June.", "en", "The county will merge the Elm Street clinic into its hospital site in June."),
        ("The port approved an adjustment to the mooring fee.", "en", "The port approved an adjustment to the mooring fee."),
        ("The parish will clear 300 graves to free up room for new burials.", "en", "The parish will free up 300 plots for new burials."),
        ("Three tiles came loose from the station roof on Friday.", "fr", "Trois tuiles se sont détachées du toit de la gare vendredi."),
        # a faithful rendering: a demolition razed, a common grave, a ruling by a judge
        ("The city plans to demolish the old depot.", "fr", "La ville veut raser l’ancien dépôt."),
        ("The remains had been thrown into a common grave in 1945.", "fr", "Les restes avaient été jetés dans une fosse commune en 1945."),
        ("\"The permit cannot stand,\" the presiding judge said as she read the verdict.", "fr", "« Le permis ne peut pas tenir », a tranché la juge en lisant le verdict."),
        ("The field was badly damaged and devastated by the storm.", "en", "The field was devastated by the storm."),
        # a plain rendering of the source's own verb
        ("Three tiles fell from the station roof on Friday.", "fr", "Trois tuiles sont tombées du toit de la gare vendredi."),
        ("An elephant charged a minibus in the reserve.", "fr", "Un éléphant a chargé un minibus dans la réserve."),
        ("The planning board refused an application by the chain.", "fr", "La commission d’urbanisme a rejeté une demande de la chaîne."),
        # "claim" as a noun, "claimed responsibility"
        ("The insurer said the claim the family had filed was late.", "en", "The insurer said the claim the family had filed was late."),
        # a jackpot, a sharp rise, corner-cutting: the charged word renders the source's
        ("Lottery pays out record jackpot to pensioner", "fr", "La loterie verse un jackpot record à un retraité"),
        ("Visits had risen by almost a half since the spring, a nurse said.", "fr", "Les visites ont bondi de près de moitié depuis le printemps, affirme une infirmière."),
        ("\"We do not cut corners,\" the builder said.", "de", "„Wir pfuschen nicht“, sagte der Bauunternehmer."),
        # what real translations write for a plain "said" of a firm statement, a forest
        # cleared, a car rammed
        ("The minister said the state would not bargain with the hackers.", "fr", "Pas question de négocier avec les pirates, a tranché le ministre."),
        ("\"Better an empty hut than a tragedy,\" the councillor said.", "fr", "« Mieux vaut une cabane vide qu’une tragédie », tranche-t-il."),
        ("About 200 hectares of the reserve were cleared between 2020 and 2023.", "fr", "Quelque 200 hectares de la réserve ont été rasés entre 2020 et 2023."),
        ("A bull rammed the side of the van twice.", "fr", "Un taureau a heurté à deux reprises le flanc de la camionnette."),
        # a trade body called a lobby group
        ("The Regional Bakers' Guild said the tax would close shops.", "en", "A bakery industry lobby group said the tax would close shops."),
    ],
)
def test_a_rendering_of_the_source_own_word_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


def test_a_verb_of_denial_rendering_the_source_own_denial_is_no_judgement():
    """"X denied that … and said …" / « X a nié que … »: the derivative's verb renders the
    source's denial, though the source's "said" is gone."""
    found = charged_words(
        "en",
        "The director denied that the firm had ignored the warning and said the report was about another model.",
        "fr",
        "Le directeur a nié que l’entreprise ait ignoré l’avertissement.",
    )
    assert found == []


def test_an_adverb_rendering_the_source_phrase_of_degree_is_no_judgement():
    """"tightened too little" / « insuffisamment serrés »: the adverb says how much, as the
    source's phrase does."""
    found = charged_words(
        "en",
        "An inspector said the screws were tightened too little at the plant.",
        "fr",
        "Un inspecteur a déclaré que les vis avaient été insuffisamment serrées à l’usine.",
    )
    assert found == []


def _framed(o_lang: str, original: str, d_lang: str, derivative: str, clause: str) -> list[tuple[str, str]]:
    ctx = context(o_lang, [original], d_lang, [derivative])
    framing = [Finding(kind="added", original=[0], derivative=[0], original_text=None, derivative_text=clause, explanation="", confidence=0.8)]
    return [(f.kind, f.derivative_text) for f in with_framing(ctx, framing)]


def test_a_clause_that_adds_a_place_around_a_charged_word_is_reported_as_added():
    """"in a square already overrun by tourists": the clause adds the square as well as the
    swarm, so it is the added framing, not the word alone."""
    clause = "dans une ruelle déjà envahie par les touristes"
    assert _framed(
        "en",
        "The owner plans to turn the building into a hotel.",
        "fr",
        f"Le propriétaire veut transformer l’immeuble en hôtel, {clause}.",
        clause,
    ) == [("added", clause)]


def test_an_apposition_holding_a_charged_word_is_reported_as_added_even_where_a_said_was_lost():
    """« une somme modeste pour une ville qui dépense sans compter ailleurs » describes the sum;
    it does not stand for the source's "according to", which the derivative dropped."""
    clause = "une somme modeste pour une ville qui dépense sans compter ailleurs"
    assert _framed(
        "en",
        "According to the local paper, the other plan would have cost two million euros more.",
        "fr",
        f"L’autre projet aurait coûté deux millions d’euros de plus, {clause}.",
        clause,
    ) == [("added", clause)]
