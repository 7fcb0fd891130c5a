"""Loaded terms by class, session 18, round two.

A figure that rose told as a flare-up: the French press's ordinary noun « la flambée des
prix » renders a plain "prices rose" (a faithful translator writes it), and dramatises only a
rise the source measured at a few per cent; the verb « ont flambé » stays a dramatisation.
A source's "usurious" or "usury" is what „Wucher“, « usuraire », « usura » render. A strike
said to take the public hostage in every tense (« prenant en otage », « tomando como
rehenes », « tenendo in ostaggio »). A plain "said" told as an admission in the present
("managers concede privately that"). Lamps switched off told as plunging streets into
darkness (« plonge ses rues dans le noir », „in Dunkelheit getaucht“, « sume en la
oscuridad », « al buio »). A measure told as coming at long last ("at long last", « il était
temps », „längst überfällig“, « por fin »). A contract told as handing a public service
over (« a livré son éclairage public à »). A verb of saying after an adverb of sequence
("also grumbled that"), and a noun after "according to" that is no verb of saying.
The sentences are invented; the stand-in encoder calls every pair identical.
"""

import pytest
from aligned_fixtures import charged_words, context

from diptych.engine.saying import find_judging_sayings, slots
from diptych.engine.sentences import Span


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # a small measured rise told as a flare-up
        ("Bread prices rose 2 percent in the spring.", "fr", "La flambée du prix du pain a atteint 2 % au printemps.", "flambée"),
        ("Bread prices rose by about 3 per cent in the spring.", "it", "La fiammata del prezzo del pane è arrivata al 3 per cento in primavera.", "fiammata"),
        ("Bread prices rose 2 percent in the spring.", "en", "The bread price spike reached 2 percent in the spring.", "spike"),
        ("Bread prices rose 2 percent in the spring.", "de", "Die Preisexplosion beim Brot erreichte im Frühjahr 2 Prozent.", "Preisexplosion"),
        ("Bread prices rose 2 percent in the spring.", "es", "La escalada del precio del pan alcanzó el 2 % en primavera.", "escalada"),
        # the verb stays a dramatisation of a plain rise
        ("Bread prices rose in the spring.", "fr", "Les prix du pain ont flambé au printemps.", "ont flambé"),
        # a strike said to take the public hostage, in every tense
        ("The bakers began a strike on Friday, closing 40 shops.", "fr", "Les boulangers ont entamé une grève vendredi, prenant en otage les clients de 40 boutiques.", "prenant en otage"),
        ("The bakers began a strike on Friday, closing 40 shops.", "es", "Los panaderos iniciaron una huelga el viernes, tomando a los clientes como rehenes.", "tomando a los clientes como rehenes"),
        ("The bakers began a strike on Friday, closing 40 shops.", "it", "I fornai hanno iniziato uno sciopero venerdì, tenendo i clienti in ostaggio.", "tenendo i clienti in ostaggio"),
        # a plain statement told as an admission, in the present
        ("Teachers said the new timetable was too tight.", "en", "Even the teachers concede privately that the new timetable is too tight.", "concede"),
        # lamps switched off told as darkness falling
        ("The village has been switching off its street lamps after midnight.", "fr", "Le village plonge ses rues dans le noir après minuit.", "plonge ses rues dans le noir"),
        ("The village has been switching off its street lamps after midnight.", "en", "The village has been plunging its streets into darkness after midnight.", "plunging its streets into darkness"),
        ("The village has been switching off its street lamps after midnight.", "de", "Das Dorf taucht seine Straßen nach Mitternacht in Dunkelheit.", "taucht seine Straßen nach Mitternacht in Dunkelheit"),
        ("The village has been switching off its street lamps after midnight.", "es", "El pueblo sume sus calles en la oscuridad después de medianoche.", "sume sus calles en la oscuridad"),
        ("The village has been switching off its street lamps after midnight.", "it", "Il paese lascia le sue strade al buio dopo mezzanotte.", "lascia le sue strade al buio"),
        # a measure told as coming at long last
        ("The region will ban the pesticide from June.", "en", "The region will at long last ban the pesticide from June.", "at long last"),
        ("The region will ban the pesticide from June.", "fr", "Il était temps : la région interdira le pesticide dès juin.", "Il était temps"),
        ("The region will ban the pesticide from June.", "de", "Das längst überfällige Verbot des Pestizids gilt ab Juni.", "längst überfällige"),
        ("The region will ban the pesticide from June.", "es", "La región prohibirá por fin el pesticida a partir de junio.", "por fin"),
        # a contract told as handing a public service over
        ("The town signed a ten-year contract with a private operator for its buses.", "fr", "La ville a livré pour dix ans son réseau de bus municipal à un opérateur privé.", "livré"),
    ],
)
def test_a_charged_word_where_the_source_spoke_plainly_is_reported(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # « la flambée des prix » for a plain rise, or a steep one the source measured
        ("Heating costs have been cut in many schools since energy prices rose in 2021.", "fr", "De nombreuses écoles ont réduit le chauffage depuis la flambée des prix de l’énergie en 2021."),
        ("Bread prices rose 25 percent in the spring.", "fr", "La flambée du prix du pain a atteint 25 % au printemps."),
        ("Bread prices soared in the spring.", "fr", "Les prix du pain ont flambé au printemps."),
        # the source's own usury, rendered
        ("Under the law a loan can be voided as usurious if its rate is twice the market rate, a lawyer said.", "de", "Nach dem Gesetz kann ein Kredit als Wucher für nichtig erklärt werden, wenn sein Zins doppelt so hoch ist wie der Marktzins, sagte eine Anwältin."),
        ("Under the law a loan can be voided as usurious if its rate is twice the market rate, a lawyer said.", "fr", "Selon la loi, un prêt peut être annulé comme usuraire si son taux est le double du taux du marché, a déclaré une avocate."),
        ("Under the law a loan can be voided as usurious if its rate is twice the market rate, a lawyer said.", "it", "Per legge un prestito può essere annullato per usura se il tasso è il doppio di quello di mercato, ha detto un’avvocata."),
        # real hostages
        ("Gunmen took two engineers hostage near the border.", "fr", "Des hommes armés ont pris deux ingénieurs en otage près de la frontière."),
        # a real admission
        ("Several managers admit privately that the target was too high.", "en", "Several managers concede privately that the target was too high."),
        # lamps switched off, said plainly; darkness the source spoke of itself
        ("The village has been switching off its street lamps after midnight.", "fr", "Le village éteint ses lampadaires après minuit."),
        ("The blackout left the whole valley in darkness for six hours.", "fr", "La panne a plongé toute la vallée dans le noir pendant six heures."),
        ("The blackout left the whole valley in darkness for six hours.", "de", "Der Stromausfall tauchte das ganze Tal sechs Stunden lang in Dunkelheit."),
        # a measure the source itself called long awaited
        ("After years of delays, the region will finally ban the pesticide from June.", "fr", "Après des années de retard, la région interdira enfin le pesticide dès juin."),
        ("The long-awaited ban on the pesticide takes effect in June.", "es", "La prohibición del pesticida, esperada por fin, entra en vigor en junio."),
        # goods delivered, a service handed over in the source's words
        ("The firm delivered 300 buses to the city last year.", "fr", "L’entreprise a livré 300 bus à la ville l’an dernier."),
        ("The town handed over its municipal bus network to a private operator.", "fr", "La ville a livré son réseau de bus municipal à un opérateur privé."),
    ],
)
def test_a_faithful_rendering_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


def _span(text: str) -> Span:
    from aligned_fixtures import one_span

    return one_span(text)


def test_a_verb_of_saying_after_an_adverb_of_sequence_is_read():
    assert [s.verb for s in slots(_span("Berg also grumbled that the decision had been taken in a hurry."), "en")] == ["grumbled"]
    assert [s.verb for s in slots(_span("The mayor later claimed that the plan was sound."), "en")] == ["claimed"]


def test_a_noun_after_according_to_is_no_verb_of_saying():
    ctx = context(
        "en",
        ["A fair fee for the repair is about 90 euros, the consumer office said."],
        "en",
        ["A fair fee for the repair is about 90 euros, according to some consumer advocates."],
    )
    assert find_judging_sayings(ctx) == []


def test_a_verb_put_for_said_is_still_read():
    ctx = context(
        "en",
        ["A fair fee for the repair is about 90 euros, the consumer office said."],
        "en",
        ["A fair fee for the repair is about 90 euros, the consumer office claimed."],
    )
    assert [f.derivative_text for f in find_judging_sayings(ctx)]
