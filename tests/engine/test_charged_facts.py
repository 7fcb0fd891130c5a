"""A fact the source reported plainly, dramatised or played down, and a plain statement made
into a judgement of the speaker.

Style guides (Wikipedia's "words to watch", the wire services' guidance on said and on
euphemisms) name these moves whatever the story: a cull or a killing told as a massacre or
an execution; a measured level told as poisoning, as alarming, or played down as trace
amounts; a step someone said they would take told as a threat; a statement told as an
attempt at self-justification or as done with eager haste; a silence told as hiding the
results; stock told as let pile up. A faithful rendering of the source's own word, and the
literal senses translators use, stay quiet. The sentences are our own; the stand-in encoder
calls every pair of sentences identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words, context

from diptych.engine.loaded_terms import with_framing
from diptych.engine.model import Finding


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A cull or a killing told as a massacre, a slaughter, an execution.
        ("en", "The ministry ordered the culling of three deer herds.", "fr", "Le ministère a ordonné le massacre de trois hardes de cerfs.", "massacre"),
        ("en", "Rangers shot 40 feral goats on the island.", "en", "Rangers slaughtered 40 feral goats on the island.", "slaughtered"),
        ("en", "The culling of the boars will be done by hunters.", "fr", "Les exécutions des sangliers seront confiées à des chasseurs.", "exécutions"),
        ("en", "The region approved the killing of 200 cormorants.", "de", "Die Region genehmigte das Abschlachten von 200 Kormoranen.", "Abschlachten"),
        ("en", "The town will cull the pigeons in the old port.", "es", "El ayuntamiento exterminará las palomas del puerto viejo.", "exterminará"),
        ("en", "Farmers shot the foxes that raided the coops.", "it", "La mattanza delle volpi è stata opera degli allevatori.", "mattanza"),
        # A measured level told as poisoning.
        ("en", "Tests found high levels of lead in the school's water.", "fr", "Les analyses ont montré que l’eau de l’école était empoisonnée au plomb.", "empoisonnée"),
        ("en", "The river had elevated levels of nitrates.", "en", "The river was poisoned with nitrates.", "poisoned"),
        ("en", "Samples showed mercury above the limit in the lake.", "de", "Proben zeigten, dass der See mit Quecksilber vergiftet ist.", "vergiftet"),
        ("en", "The well had high arsenic readings.", "es", "El pozo estaba envenenado con arsénico.", "envenenado"),
        ("en", "The soil near the plant had high cadmium levels.", "it", "Il terreno vicino all’impianto è avvelenato dal cadmio.", "avvelenato"),
        # A measured level played down.
        ("en", "Tests found high levels of arsenic in the well.", "en", "Tests found trace amounts of arsenic in the well.", "trace amounts"),
        ("en", "The survey found elevated radon in 40 homes.", "fr", "L’enquête a relevé des quantités infimes de radon dans 40 maisons.", "quantités infimes"),
        ("en", "The audit found losses of two million euros.", "de", "Die Prüfung ergab vernachlässigbare Verluste von zwei Millionen Euro.", "vernachlässigbare"),
        ("en", "Inspectors found benzene above the limit in the air.", "es", "Los inspectores hallaron trazas de benceno en el aire.", "trazas"),
        # A level called alarming.
        ("en", "Ozone levels were above the legal limit for a week.", "fr", "Les taux d’ozone ont été alarmants pendant une semaine.", "alarmants"),
        ("en", "Nitrate readings exceeded the limit in six wells.", "de", "Die Nitratwerte waren in sechs Brunnen alarmierend.", "alarmierend"),
        # A step someone said they would take, told as a threat.
        ("en", "The union said it would take the company to court.", "en", "The union threatened to take the company to court.", "threatened to"),
        ("en", "The residents said they would appeal the ruling.", "fr", "Les riverains ont menacé de faire appel de la décision.", "ont menacé de"),
        ("en", "The club said it would go to the sports tribunal.", "de", "Der Verein drohte mit dem Gang vor das Sportgericht.", "drohte mit"),
        ("en", "The farmers said they would sue the ministry.", "es", "Los agricultores amenazaron con demandar al ministerio.", "amenazaron con"),
        ("en", "The association said it would file a complaint.", "it", "L’associazione ha minacciato di presentare una denuncia.", "ha minacciato di"),
        ("en", "The group said it would appeal to the supreme court.", "en", "The group vowed to drag the ministry before the supreme court.", "drag the ministry before the supreme court"),
        # A statement told as an attempt at self-justification.
        ("en", "The director said the budget had been cut.", "en", "The director tried to justify the delay by pointing to budget cuts.", "tried to justify"),
        ("en", "“We followed the rules,” said the mayor.", "fr", "« Nous avons suivi les règles », a tenté de se justifier le maire.", "a tenté de se justifier"),
        ("en", "“We followed the rules,” said the mayor.", "fr", "« Nous avons suivi les règles », s’est justifié le maire.", "s’est justifié"),
        ("en", "The coach said the pitch was wet.", "es", "El entrenador intentó justificarse con el estado del campo.", "intentó justificarse"),
        ("en", "The manager said the supplier was late.", "it", "Il direttore ha cercato di giustificarsi con il ritardo del fornitore.", "ha cercato di giustificarsi"),
        # A statement told as made with eager haste.
        ("en", "The mayor said the town had warned the firm.", "en", "The mayor was quick to point out that the town had warned the firm.", "was quick to"),
        ("en", "The opposition said the flood showed the dykes were too low.", "en", "The opposition hoped to seize on the flood to say the dykes were too low.", "seize on"),
        # A silence told as hiding the results.
        ("en", "The firm did not tell the regulator about the results.", "fr", "L’entreprise a caché ces résultats au régulateur.", "a caché"),
        ("en", "The firm did not report the readings to the regulator.", "en", "The firm hid the readings from the regulator.", "hid the readings"),
        ("en", "The laboratory did not inform the hospital.", "es", "El laboratorio ocultó sus resultados al hospital.", "ocultó sus resultados"),
        # Stock told as let pile up.
        ("en", "The depot was storing twice the permitted amount of tyres.", "fr", "Le dépôt laissait s’amonceler deux fois la quantité de pneus autorisée.", "laissait s’amonceler"),
    ],
)
def test_a_fact_dramatised_or_a_statement_judged_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own word of the same charge, rendered.
        ("en", "Gunmen massacred 30 villagers.", "fr", "Des hommes armés ont massacré 30 villageois."),
        ("en", "The state executed three prisoners last year.", "fr", "L’État a procédé l’an dernier aux exécutions de trois prisonniers."),
        ("en", "Cattle are slaughtered at the abattoir in the town.", "en", "Cattle are slaughtered at the abattoir in the town."),
        ("en", "Two children were poisoned by wild mushrooms.", "fr", "Deux enfants ont été empoisonnés par des champignons sauvages."),
        ("en", "The spill released toxic chemicals into the river.", "it", "La perdita ha avvelenato il fiume con sostanze tossiche."),
        ("en", "Dust from the seed was the likely route of exposure for the bees.", "fr", "La poussière des semences a empoisonné les abeilles."),
        ("en", "Only small amounts of the chemical were found.", "en", "Only trace amounts of the chemical were found."),
        ("en", "The risk to residents is negligible, the agency said.", "fr", "Le risque pour les habitants est négligeable, selon l’agence."),
        ("en", "The union warned it would strike.", "fr", "Le syndicat a menacé de faire grève."),
        ("en", "The minister sought to justify the cuts.", "de", "Der Minister versuchte, die Kürzungen zu rechtfertigen."),
        ("en", "The minister defended the decision.", "fr", "Le ministre a tenté de justifier la décision."),
        ("en", "Firefighters quickly reached the scene.", "fr", "Les pompiers n’ont pas tardé à arriver sur les lieux."),
        ("en", "The firm concealed the results from the regulator.", "fr", "L’entreprise a caché les résultats au régulateur."),
        ("en", "The readings were worrying, the agency said.", "fr", "Les relevés étaient alarmants, selon l’agence."),
        ("en", "Waste piled up in the yard for months.", "fr", "L’entreprise a laissé s’accumuler les déchets dans la cour pendant des mois."),
        # Literal senses stay out of the lists.
        ("en", "The company will carry out the works in May.", "fr", "L’exécution des travaux aura lieu en mai."),
        ("en", "Banks foreclosed on 300 homes.", "es", "Los bancos iniciaron 300 ejecuciones hipotecarias."),
        ("en", "Wolves disappeared from the region a century ago.", "de", "Wölfe sind vor einem Jahrhundert aus der Region verschwunden."),
        ("en", "The fire could spread to the village.", "en", "The fire threatened to spread to the village."),
        ("en", "The difference between the groups was not statistically significant.", "en", "The difference between the groups was statistically insignificant."),
        ("en", "The chief executive spoke to staff.", "en", "The chief executive spoke to staff."),
    ],
)
def test_a_rendering_or_a_literal_use_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


def _framed(original: str, derivative: str, clause: str) -> list[tuple[str, str]]:
    ctx = context("en", [original], "en", [derivative])
    framing = [Finding(kind="added", original=[0], derivative=[0], original_text=None, derivative_text=clause, explanation="", confidence=0.8)]
    return [(f.kind, f.derivative_text) for f in with_framing(ctx, framing)]


def test_a_clause_made_of_charged_words_is_reported_as_the_word():
    """"quick to seize on the outcry" is two charged words and their object: a judgement put
    in, not a clause that says more."""
    assert _framed(
        "The minister said the state would pay for the survey.",
        "The minister, quick to seize on the outcry, said the state would pay for the survey.",
        "quick to seize on the outcry",
    ) == [("loaded_term", "seize on")]


def test_a_charged_clause_in_place_of_the_source_verb_of_saying_is_reported_as_the_word():
    """The source's "said" gave way to "was quick to point out once again that": the clause is
    the reporting verb replaced by a charged one."""
    assert _framed(
        "The mayor said the town had asked for help.",
        "The mayor was quick to point out once again that the town had asked for help.",
        "was quick to point out once again that",
    ) == [("loaded_term", "was quick to")]


def test_a_charged_clause_beside_a_kept_verb_of_saying_stays_a_clause():
    clause = "a shameful relic of years of botched planning"
    assert _framed(
        "The mayor said the bridge would reopen in May.",
        f"The mayor said the bridge, {clause}, would reopen in May.",
        clause,
    ) == [("added", clause)]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # The bare form and the infinitive of a charged verb are charged as its past is.
        ("en", "The company said it would cut 300 jobs.", "en", "The company said it would streamline its staff by 300 jobs.", "streamline"),
        ("en", "The ministry withdrew the plan after the protests.", "en", "The ministry chose to capitulate after the protests.", "capitulate"),
        ("en", "The senator responded to the report.", "en", "The senator went on to excoriate the report.", "excoriate"),
        ("en", "The council accepted the developer's terms.", "en", "The council is expected to cave in to the developer.", "cave in to"),
        ("en", "The shares fell 4% on Monday.", "en", "The shares saw a 4% plunge on Monday.", "plunge"),
        ("en", "The region passed the budget in one sitting.", "en", "The region will ram the budget through in one sitting.", "ram the budget through"),
        ("en", "The opposition said the fire showed the need for new rules.", "en", "The opposition was quick to capitalise on the fire to call for new rules.", "capitalise on"),
        ("en", "Several residents signed the letter.", "en", "Party officials helped orchestrate the letter from residents.", "orchestrate"),
        ("en", "The mayor did not reply to the critics.", "es", "El alcalde ningunea a los críticos.", "ningunea"),
        ("en", "The club gives its young players free housing.", "fr", "Le club chouchoute ses jeunes joueurs en les logeant gratuitement.", "chouchoute"),
        ("en", "The senator spoke about the budget.", "it", "Il senatore raggira gli elettori sul bilancio.", "raggira"),
    ],
)
def test_a_bare_or_infinitive_form_is_reported_as_the_inflected_one_is(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


def test_a_relative_clause_does_not_stand_for_a_verb_of_saying():
    """A relative clause describes a noun: where the derivative announces what the source
    said, a charged word in a clause about the speaker stays with that clause."""
    clause = "which has dragged its feet on the matter for years"
    assert _framed(
        "The agency said it would publish a review in the spring.",
        f"The agency, {clause}, promised a review for the spring.",
        clause,
    ) == [("added", clause)]
