"""Idiomatic translations come out clean of hedge and quote findings; real changes do not.

End to end with the real offline encoder, on paragraphs of our own in French, German,
Spanish and Italian. The faithful renderings restructure as translators do: a modal of
expectation for an English future, a conditional after a past verb of saying or
deciding, a sentence split with its hedge moved to the second half, a source named by
preposition, an idiom quoted in the other language's words, one quoted word for a short
quote. Each changed rendering does one thing a fact-checker must see.
"""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

SPAN_KINDS = ("hedge_changed", "quote_changed", "quote_added", "quote_dropped")


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title="", language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p, False) for i, p in enumerate(paragraphs)],
    )


def findings(encoder, original: str, d_lang: str, derivative: str):
    return find_span_findings(article("en", [original]), article(d_lang, [derivative]), [Link([0], [0], 0.9)], encoder)


FAITHFUL = [
    ("de",
     "The council said the new footbridge over the Mur was expected to be finished by the end of October. "
     "Work on the approach ramps will start in June.",
     "Der Gemeinderat teilte mit, die neue Fußgängerbrücke über die Mur sollte bis Ende Oktober fertiggestellt "
     "sein. Die Arbeiten an den Zufahrtsrampen sollen im Juni beginnen."),
    ("de",
     "The council said the new footbridge will be finished by the end of October.",
     "Laut Gemeinderat soll die neue Fußgängerbrücke bis Ende Oktober fertiggestellt sein."),
    ("it",
     "The ferry service will resume in April, the port authority said.",
     "Il servizio di traghetti dovrebbe riprendere ad aprile, ha fatto sapere l’autorità portuale."),
    ("fr",
     "The regional council has not yet decided whether to close the two rural schools, a spokeswoman said on Friday.",
     "Le conseil régional n’a pas encore décidé s’il fermerait les deux écoles rurales, a indiqué vendredi une "
     "porte-parole."),
    ("es",
     "The contractor said the works will be finished before the rainy season.",
     "El contratista aseguró que las obras estarían terminadas antes de la temporada de lluvias."),
    ("it",
     "The company announced that it will close its plant in Brescia next year.",
     "L’azienda ha annunciato che avrebbe chiuso lo stabilimento di Brescia l’anno prossimo."),
    # A belief verb rendered by "von X ausgehen"; a counterfactual comment.
    ("de",
     "Investigators believe the fire was started deliberately. Two men were seen leaving the building shortly "
     "before the alarm.",
     "Die Ermittler gehen von Brandstiftung aus. Zwei Männer wurden gesehen, wie sie kurz vor dem Alarm das "
     "Gebäude verließen."),
    ("fr",
     "The council voted to keep the library open, a decision few had expected.",
     "Le conseil a voté le maintien de la bibliothèque, une décision que peu auraient prévue."),
    # One long sentence split in two, its hedged clause in the second half.
    ("fr",
     "A survey in May recorded a leak in the roof of the east wing and classed it as serious. The repair was put "
     "off twice because the roofing firm went bankrupt, and the water probably damaged the archive during the "
     "March storms, according to the inspectors.",
     "D’après une expertise réalisée en mai, une fuite avait été repérée dans le toit de l’aile est et jugée "
     "grave, mais la réparation a été reportée à deux reprises, le couvreur ayant fait faillite. Selon les "
     "inspecteurs, l’eau a sans doute abîmé les archives lors des tempêtes de mars."),
    ("it",
     "The museum was closed for two weeks after the flood, and the director said the collection was not damaged.",
     "Dopo l’alluvione il museo è rimasto chiuso per due settimane; secondo la direttrice, la collezione non ha "
     "subito danni."),
    # Idioms quoted in the other language's words.
    ("de",
     "One shop owner said the council had promised that the roadworks would be \"over in a flash\".",
     "Ein Ladenbesitzer sagte, die Stadt habe versprochen, die Bauarbeiten seien „im Handumdrehen vorbei“."),
    ("fr",
     "The coach said his players had \"left everything on the pitch\" in the final.",
     "L’entraîneur a affirmé que ses joueurs avaient « tout donné sur le terrain » en finale."),
    ("es",
     "A farmer described the new rules as \"a shot in the foot\" for small producers.",
     "Un agricultor calificó las nuevas normas de «un tiro en el pie» para los pequeños productores."),
    ("de",
     "The mayor called the decision \"deeply disappointing\" and said the town would appeal.",
     "Die Bürgermeisterin nannte die Entscheidung „zutiefst enttäuschend“ und kündigte an, die Stadt werde "
     "Berufung einlegen."),
    ("fr",
     "The coach said the defeat was \"a wake-up call\" for the whole squad.",
     "L’entraîneur a vu dans cette défaite « un électrochoc » pour tout le groupe."),
    ("fr",
     "A spokesman said the airline was \"working around the clock\" to rebook passengers.",
     "Un porte-parole a assuré que la compagnie travaillait « jour et nuit » pour replacer les passagers."),
    ("es",
     "A spokesman said the airline was \"working around the clock\" to rebook passengers.",
     "Un portavoz aseguró que la aerolínea trabajaba «sin descanso» para reubicar a los pasajeros."),
    ("it",
     "A spokesman said the airline was \"working around the clock\" to rebook passengers.",
     "Un portavoce ha assicurato che la compagnia lavorava «giorno e notte» per riproteggere i passeggeri."),
    # One quote split into quoted words.
    ("fr",
     "She said the plan was \"unworkable and unfair\" and would hurt small farms.",
     "Elle a jugé le plan « irréalisable » et « injuste », estimant qu’il pénaliserait les petites exploitations."),
    # One quoted word for a short quote.
    ("fr",
     "The mayor called the decision \"deeply disappointing\" and said the town would appeal.",
     "La maire a jugé la décision « décevante » et a annoncé que la ville ferait appel."),
    ("de",
     "The mayor called the decision \"deeply disappointing\" and said the town would appeal.",
     "Die Bürgermeisterin nannte die Entscheidung „enttäuschend“ und kündigte an, die Stadt werde Berufung einlegen."),
    ("es",
     "The union called the offer \"clearly insufficient\" and announced a second strike.",
     "El sindicato calificó la oferta de «insuficiente» y anunció una segunda huelga."),
]


@pytest.mark.parametrize("d_lang, original, derivative", FAITHFUL)
def test_an_idiomatic_translation_has_no_hedge_or_quote_finding(encoder, d_lang, original, derivative):
    found = [(f.kind, f.original_text, f.derivative_text) for f in findings(encoder, original, d_lang, derivative)]
    assert [f for f in found if f[0] in SPAN_KINDS] == []


CHANGED = [
    # Hedges removed: the preposition renders "said", not "probably".
    ("fr",
     "Engineers said the bridge would probably need a new deck and was unlikely to reopen before 2027.",
     "Selon les ingénieurs, le pont aura besoin d’un nouveau tablier et ne rouvrira pas avant 2027.",
     "hedge_changed", "probably"),
    # Hearsay added: "soll" with a perfect infinitive and no future to render.
    ("de",
     "The fire destroyed two warehouses on the quay on Sunday night.",
     "Das Feuer soll in der Nacht zum Montag zwei Lagerhallen am Kai zerstört haben.",
     "hedge_changed", "soll"),
    # The conditional of hearsay, standing alone.
    ("it",
     "The mayor met the investors in March.",
     "Il sindaco avrebbe incontrato gli investitori a marzo.",
     "hedge_changed", "avrebbe"),
    # A quote replaced by one quoted word that says something else.
    ("fr",
     "The union called the offer \"a step in the right direction\" and suspended the strike.",
     "Le syndicat a qualifié l’offre d’« insultante » et a suspendu la grève.",
     "quote_changed", "insultante"),
    ("de",
     "The union called the offer \"a step in the right direction\" and suspended the strike.",
     "Die Gewerkschaft nannte das Angebot „beleidigend“ und setzte den Streik aus.",
     "quote_changed", "beleidigend"),
    ("fr",
     "The mayor described the closure as \"regrettable but necessary\" and promised new jobs.",
     "Le maire a qualifié la fermeture de « scandaleuse » et a promis de nouveaux emplois.",
     "quote_changed", "scandaleuse"),
    # A quote reworded in the other language.
    ("de",
     "The mayor said the plan was \"a sensible first step\" for the old town.",
     "Der Bürgermeister nannte den Plan „einen gefährlichen Irrweg“ für die Altstadt.",
     "quote_changed", "Irrweg"),
    ("es",
     "The minister called the report \"a useful contribution\" to the debate.",
     "La ministra calificó el informe de «inútil» para el debate.",
     "quote_changed", "inútil"),
]


@pytest.mark.parametrize("d_lang, original, derivative, kind, piece", CHANGED)
def test_a_real_change_of_hedge_or_quote_is_found(encoder, d_lang, original, derivative, kind, piece):
    found = findings(encoder, original, d_lang, derivative)
    assert any(f.kind == kind and piece in (f.derivative_text or "") + (f.original_text or "") for f in found), found


def test_a_conditional_inside_an_added_comment_is_the_comment_not_a_hedge(encoder):
    # « une issue qui aurait pu tourner au drame » judges the outcome: the clause is new,
    # its conditional qualifies only the clause.
    found = findings(
        encoder,
        "Two firefighters were treated for smoke inhalation and the road stayed closed for a day.",
        "fr",
        "Deux pompiers ont été soignés pour avoir inhalé de la fumée, une issue qui aurait pu tourner au drame, "
        "et la route est restée fermée une journée.",
    )
    assert [(f.kind, f.derivative_text) for f in found] == [("added", "une issue qui aurait pu tourner au drame")]
