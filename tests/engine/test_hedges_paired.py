"""Hedges paired across languages, one for one (session 12).

Across languages a hedge on both sides is no change, but only where the other side's
hedge can render this one: a conditional that renders the original's own "would", a
modal of possibility that renders its own "might", a verb of evidence that renders its
own "suggested" cannot also render its "probably" or "appeared to". A modal renders a
weak hedge only where the other side has fewer modals of its own. A deliberation or a
possibility made a plain future (« va infliger », "will require") is a removed hedge;
« sans doute plus » is "probably more", not "probably no longer".

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # the conditional renders the other side's own "would send"
        ("en", "The curator said tourists probably cared less about the frescoes than about the view, but that closing the chapel would upset the village.",
         "it", "Il curatore ha detto che ai turisti importano meno gli affreschi che la vista, ma che chiudere la cappella scontenterebbe il paese."),
        # the modal of possibility renders the other side's own "might"
        ("en", "The engineer said the crack appeared to be the result of frost, and that other bridges might show the same damage.",
         "it", "L’ingegnere ha detto che la crepa è il risultato del gelo, e che altri ponti potrebbero mostrare gli stessi danni."),
        # the verb of evidence renders the other side's own "suggested"
        ("en", "The historian said forged coins were likely to be more widespread than museum catalogues suggested.",
         "fr", "L’historien a déclaré que les pièces falsifiées sont bien plus répandues que ne le laissent penser les catalogues des musées."),
        # « pourrait » renders "could", the conditional of reported speech renders "would"
        ("en", "The mayor said the town would probably sue the builder, which could cost it two years of legal fees.",
         "fr", "Le maire a déclaré que la ville poursuivrait le constructeur, ce qui pourrait lui coûter deux ans de frais de justice."),
        # "probably" made a future
        ("en", "The minister said the police had been told and that a review of every permit granted since 2019 would probably be ordered.",
         "es", "El ministro dijo que se ha informado a la policía y que se ordenará una revisión de todos los permisos concedidos desde 2019."),
        # a possibility made a near future
        ("en", "The regulator said it had opened an inquiry and could fine the airline if passengers were found to have been misled.",
         "fr", "Le régulateur a déclaré avoir ouvert une enquête et va infliger une amende à la compagnie s’il s’avère que des passagers ont été trompés."),
    ],
)
def test_a_hedge_the_other_side_renders_only_its_own_modal_or_evidence_is_removed(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) == "removed"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # « sans doute plus nombreux »: "probably more", the same degree as "likely"
        ("en", "The ranger said wolves were likely to be more numerous than official counts suggested.",
         "fr", "Pour le garde, les loups sont sans doute plus nombreux que ne le suggèrent les comptages officiels."),
        # every hedge rendered, one for one
        ("en", "The curator said tourists probably cared less about the frescoes than about the view, but that closing the chapel would upset the village.",
         "it", "Il curatore ha detto che ai turisti probabilmente importano meno gli affreschi che la vista, ma che chiudere la cappella scontenterebbe il paese."),
        ("en", "The engineer said the crack appeared to be the result of frost, and that other bridges might show the same damage.",
         "it", "L’ingegnere ha detto che la crepa sembra il risultato del gelo, e che altri ponti potrebbero mostrare gli stessi danni."),
        ("en", "The mayor said the town would probably sue the builder, which could cost it two years of legal fees.",
         "fr", "Le maire a déclaré que la ville poursuivrait probablement le constructeur, ce qui pourrait lui coûter deux ans de frais de justice."),
        ("en", "The regulator said it had opened an inquiry and could fine the airline if passengers were found to have been misled.",
         "fr", "Le régulateur a déclaré avoir ouvert une enquête et pourrait infliger une amende à la compagnie s’il s’avère que des passagers ont été trompés."),
        # a conditional with no hedge beside it renders "would"
        ("en", "The strike would close the port for a week.",
         "fr", "La grève fermerait le port pendant une semaine."),
        ("en", "The strike would probably close the port for a week.",
         "it", "Lo sciopero probabilmente chiuderebbe il porto per una settimana."),
    ],
)
def test_hedges_rendered_one_for_one_are_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


def test_no_longer_after_a_hedge_is_still_unlikely():
    # « ne sera sans doute plus » is "probably no longer": the degree unlikely
    assert change("en", "The ferry will probably keep running in winter.",
                  "fr", "Le ferry ne circulera sans doute plus en hiver.") == "added"


@pytest.mark.slow
def test_a_hedge_whose_clause_was_left_out_is_the_omitted_clause(encoder):
    # the claim went with its hedge: the clause is what to report, not a claim made certain
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(paragraphs):
        return Article(source="test", title="", language="en", text="\n\n".join(paragraphs),
                       segments=[Segment(i, p, False) for i, p in enumerate(paragraphs)])

    original = ("The harbour office said a survey of the breakwater was under way and that the storm had "
                "probably loosened several of its concrete blocks.")
    derivative = "The harbour office said a survey of the breakwater was under way."
    found = find_span_findings(article([original]), article([derivative]), [Link([0], [0], 0.9)], encoder)
    assert not [f for f in found if f.kind == "hedge_changed"], found
    assert any(f.kind == "omitted" and "probably" in (f.original_text or "") for f in found), found


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # a modal of possibility renders "might" though the other side has a "could" of its own
        ("en", "The ecologist said grazing could thin the scrub for a year but might also drive the deer away.",
         "de", "Der Ökologe sagte, die Beweidung könne das Gestrüpp für ein Jahr lichten, aber auch das Wild vertreiben."),
        # « estime que » renders "said" once « devraient » has rendered "should"
        ("en", "The utility said it had shut the pump on Friday and that pressure in the pipes should recover within days.",
         "fr", "Le service des eaux affirme avoir arrêté la pompe vendredi et estime que la pression dans les conduites devrait remonter d’ici quelques jours."),
        # a degree word that no hedge list holds still hedges once the modals are paired
        ("en", "The planner said the toll might cut traffic a little but was unlikely on its own to change habits.",
         "it", "L’urbanista ha detto che il pedaggio potrebbe ridurre un po’ il traffico, ma che difficilmente da solo cambierà le abitudini."),
        # a verb of evidence in the conditional renders "would suggest"
        ("en", "A source told the paper that two fuses had been removed, which would suggest sabotage.",
         "fr", "Une source a indiqué au journal que deux fusibles avaient été retirés, ce qui laisserait penser à un sabotage."),
    ],
)
def test_faithful_renderings_after_pairing_are_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # something considered, stated as what will be done
        ("en", "He said the council was also looking at speed cameras for the main road.",
         "fr", "Le conseil va en outre installer des radars sur la route principale, a-t-il déclaré."),
        ("en", "The ministry said it was considering a tax on night flights.",
         "es", "El ministerio dijo que va a gravar los vuelos nocturnos."),
        ("de", "Die Regierung erwägt eine Abgabe auf Nachtflüge.",
         "en", "The government will tax night flights."),
        ("it", "Il comune sta valutando una nuova linea di tram verso l’ospedale.",
         "en", "The city will build a new tram line to the hospital."),
        ("es", "El ayuntamiento estudia cerrar el centro al tráfico los domingos.",
         "en", "The city council will close the centre to traffic on Sundays."),
    ],
)
def test_a_deliberation_stated_as_a_plain_future_is_a_removed_hedge(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) == "removed"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The ministry said it was considering a ban on night flights.",
         "fr", "Le ministère a déclaré qu’il envisageait d’interdire les vols de nuit."),
        ("en", "The city is studying a new tram line, which will cost 40 million euros.",
         "it", "Il comune sta studiando una nuova linea di tram, che costerà 40 milioni di euro."),
        ("en", "The government is weighing a ban on night flights, which will be decided in May.",
         "de", "Die Regierung erwägt ein Verbot von Nachtflügen, über das im Mai entschieden wird."),
        # a deliberation against a perfect or a past is no decision made
        ("en", "The maker said in a statement that it had met every standard and was examining the returned kettles.",
         "fr", "Le fabricant a dit dans un communiqué avoir respecté toutes les normes et a dit examiner les bouilloires rapportées."),
        ("en", "The police said they had received the complaint and that fraud officers were reviewing it.",
         "de", "Die Polizei sagte, sie habe die Anzeige erhalten, und Betrugsermittler prüften sie."),
        # a future of studying is no deliberation made certain
        ("en", "The ministry will study the proposal.",
         "fr", "Le ministère étudiera la proposition."),
        ("en", "The ministry will study the proposal.",
         "es", "El ministerio estudiará la propuesta."),
    ],
)
def test_a_deliberation_rendered_is_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
