"""Attribution: sources described at length, outlets, and sentences with two sources.

A speaker can be a long phrase ("Three residents who live near the quarry, and who
declined to be named"): it is one source, whose class (named, anonymous, unnamed) is
what a rewrite changes. A sentence can credit two things ("the paper reported, citing
a memo"): each is read on its own and paired with what credits the same thing in the
other version, whatever the order.

The pure-text tests pass the encoder's similarity of the two phrases by hand; the
end-to-end ones run the offline encoder.
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def read(text: str, language: str):
    return [s for s in find_sources(span(text), language) if not s.pronoun]


def only(text: str, language: str):
    (source,) = read(text, language)
    return source


# --- a speaker described by relative clauses is one source ------------------------------


@pytest.mark.parametrize(
    "language, text, opening, anonymous",
    [
        ("en", "Three residents who live near the quarry, and who declined to be named, said the blasts had cracked their walls.", "Three residents who live", True),
        ("en", "A nurse at the city hospital who treated the victims, and who was not authorised to speak to the press, said the alarm sounded twice.", "A nurse at the city hospital who", True),
        ("fr", "Une infirmière de l’hôpital municipal qui a soigné les blessés, et qui n’était pas autorisée à s’exprimer, a affirmé que l’alarme avait sonné deux fois.", "Une infirmière de l’hôpital", True),
        ("de", "Eine Krankenschwester des städtischen Krankenhauses, die die Verletzten behandelt hat und nicht befugt war, sich öffentlich zu äußern, sagte, der Alarm habe zweimal geklingelt.", "Eine Krankenschwester des", True),
        ("es", "Un vecino que vive junto a la cantera, y que pidió no ser identificado, dijo que las explosiones habían agrietado las paredes.", "Un vecino que vive", True),
        ("it", "Un’infermiera dell’ospedale civile che ha curato i feriti, e che non era autorizzata a parlare, ha detto che l’allarme è suonato due volte.", "Un’infermiera dell’ospedale", True),
        # after the verb too: the subject's relative clause does not make it too long to be one
        ("fr", "Les murs se sont fissurés, a raconté un habitant du quartier installé près de la carrière, qui n’était pas autorisé à parler au nom de l’association.", "un habitant du quartier", True),
        ("en", "Sofia Marchetti, a retired teacher who lives near the quarry, said the blasts had cracked the walls.", "Sofia Marchetti, a retired teacher who", False),
    ],
)
def test_a_speaker_and_the_clauses_that_describe_it_are_one_source(language, text, opening, anonymous):
    source = only(text, language)
    assert source.phrase.text.startswith(opening)
    assert source.anonymous is anonymous


def test_what_the_relative_clauses_say_is_not_who_speaks():
    source = only("Two witnesses who saw Marco Bellini leave the building said the door was open.", "en")
    assert source.core == "Two witnesses"
    assert source.names == ()  # Marco Bellini is seen, not speaking


def test_a_relative_clause_of_the_statement_is_not_the_speakers():
    assert [s.phrase.text for s in read("The bridge, which opened in 1990, needs new cables, engineers said.", "en")] == ["engineers"]


# --- two attribution cues in one sentence ------------------------------------------------


@pytest.mark.parametrize(
    "language, text, phrases",
    [
        ("en", "The mine will close in May, the local paper Hill Courier reported, citing an internal memo.", ["the local paper Hill Courier", "an internal memo"]),
        ("de", "Die Mine schließt im Mai, berichtete die Lokalzeitung Nordkurier unter Berufung auf ein internes Papier.", ["die Lokalzeitung Nordkurier", "ein internes Papier"]),
        ("fr", "La mine fermera en mai, a rapporté le journal Le Phare, citant une note interne.", ["le journal Le Phare", "une note interne"]),
        ("fr", "Selon une note interne citée lundi par le journal Le Phare, la mine fermera en mai.", ["une note interne", "le journal Le Phare"]),
        ("es", "Según un informe interno citado el lunes por el diario El Faro, la mina cerrará en mayo.", ["un informe interno", "el diario El Faro"]),
        # a title that reads like a time of day is still the outlet's name
        ("fr", "Selon une note interne citée lundi par l’hebdomadaire La Semaine, la mine fermera en mai.", ["une note interne", "l’hebdomadaire La Semaine"]),
        ("it", "La miniera chiuderà a maggio, secondo un rapporto interno citato lunedì dal quotidiano Il Faro.", ["un rapporto interno", "quotidiano Il Faro"]),
    ],
)
def test_an_outlet_and_the_document_it_cites_are_two_sources(language, text, phrases):
    assert [s.phrase.text for s in read(text, language)] == phrases


# --- comparing them ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, similarity, changed",
    [
        # An anonymous source given a name and a description, and the reverse.
        ("en", "Three residents who live near the quarry, and who declined to be named, said the blasts cracked their walls.",
         "en", "Sofia Marchetti, a retired teacher who lives near the quarry, said the blasts cracked their walls.", 0.2, True),
        ("en", "Sofia Marchetti, a retired teacher who lives near the quarry, said the blasts cracked the walls.",
         "fr", "Une habitante qui vit près de la carrière, et qui a refusé d’être identifiée, a affirmé que les explosions avaient fissuré les murs.", 0.2, True),
        ("en", "A nurse at the city hospital who treated the victims, and who was not authorised to speak to the press, said the alarm sounded twice.",
         "en", "Marta Keller, the head nurse of the city hospital, said the alarm sounded twice.", 0.4, True),
        # The same anonymous source, described in another language's syntax.
        ("en", "Three residents who live near the quarry, and who declined to be named, said the blasts cracked their walls.",
         "fr", "Trois habitants qui vivent près de la carrière, et qui ont refusé d’être nommés, ont affirmé que les explosions avaient fissuré leurs murs.", 0.8, False),
        ("en", "Three residents who live near the quarry, and who declined to be named, said the blasts cracked their walls.",
         "de", "Drei Anwohner, die in der Nähe des Steinbruchs wohnen und nicht genannt werden wollten, sagten, die Sprengungen hätten ihre Wände beschädigt.", 0.8, False),
        # A named outlet become a vague plural, or a body of another kind.
        ("en", "According to the farming news site European Harvest, the quarry will close in May.",
         "es", "Según varios medios locales, la cantera cerrará en mayo.", 0.2, True),
        ("en", "The port will close for a week, the news site Harbour Watch reported.",
         "fr", "Le port fermera une semaine, selon le gouvernement régional.", 0.4, True),
        ("en", "The port will close for a week, the news site Harbour Watch reported.",
         "de", "Der Hafen wird eine Woche lang geschlossen, teilte die Landesregierung mit.", 0.4, True),
        # The press as a whole is nobody in particular, not a back-reference to the outlet ...
        ("en", "According to the shipping weekly Harbour Ledger, the ferry line will be sold.",
         "fr", "Selon la presse locale, la ligne de ferry sera vendue.", 0.4, True),
        ("en", "According to the shipping weekly Harbour Ledger, the ferry line will be sold.",
         "en", "According to local media, the ferry line will be sold.", 0.4, True),
        # ... which "the weekly" is.
        ("en", "According to the shipping weekly Harbour Ledger, the ferry line will be sold.",
         "fr", "Selon l’hebdomadaire, la ligne de ferry sera vendue.", 0.4, False),
        ("en", "According to local media, the ferry line will be sold.",
         "fr", "Selon la presse locale, la ligne de ferry sera vendue.", 0.5, False),
        # The same outlet, translated.
        ("en", "According to the farming news site European Harvest, the quarry will close in May.",
         "de", "Laut dem Agrar-Nachrichtenportal European Harvest wird der Steinbruch im Mai geschlossen.", 0.6, False),
    ],
)
def test_the_class_of_a_described_source_is_compared(o_lang, original, d_lang, derivative, similarity, changed):
    o = [s for s in read(original, o_lang)][0]
    d = [s for s in read(derivative, d_lang)][0]
    assert (source_change(o, d, similarity) is not None) is changed


# --- end to end, with the real offline encoder --------------------------------------------

PORT = "The port will close for two weeks, the regional news site Valley Herald reported on Monday, citing an internal memo."
NURSES = (
    "Two nurses who worked on the ward that night, and who declined to be named for fear of losing their jobs, "
    "said the alarm had sounded twice before midnight."
)


def span_findings(encoder, original: list[str], language: str, derivative: list[str]):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(lang: str, paragraphs: list[str]) -> Article:
        return Article("test", "", lang, "\n\n".join(paragraphs), [Segment(i, p, False) for i, p in enumerate(paragraphs)])

    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_span_findings(article("en", original), article(language, derivative), links, encoder)


@pytest.mark.slow
@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (PORT, "de", "Der Hafen wird zwei Wochen lang geschlossen, berichtete das regionale Nachrichtenportal Valley Herald "
                     "am Montag unter Berufung auf ein internes Memo."),
        (PORT, "fr", "D’après une note interne citée lundi par le site d’information régional Valley Herald, le port "
                     "fermera pendant deux semaines."),
        (NURSES, "fr", "Deux infirmières qui travaillaient dans le service cette nuit-là, et qui ont refusé d’être nommées "
                       "par peur de perdre leur emploi, ont affirmé que l’alarme avait sonné deux fois avant minuit."),
        (NURSES, "de", "Zwei Krankenschwestern, die in jener Nacht auf der Station arbeiteten und aus Angst um ihre Stelle "
                       "nicht genannt werden wollten, sagten, der Alarm habe vor Mitternacht zweimal geklingelt."),
    ],
)
def test_a_faithful_rendering_of_two_cues_or_a_long_source_stays_quiet(encoder, original, language, derivative):
    found = span_findings(encoder, [original], language, [derivative])
    assert [f for f in found if f.kind == "attribution_changed"] == []


@pytest.mark.slow
def test_an_outlet_replaced_by_the_government_is_reported(encoder):
    found = span_findings(encoder, [PORT], "fr", ["Le port fermera pendant deux semaines, selon le gouvernement régional."])
    assert any("Valley Herald" in (f.original_text or "") for f in found if f.kind == "attribution_changed"), found


@pytest.mark.slow
def test_anonymous_witnesses_given_a_name_are_one_change_not_an_added_clause(encoder):
    derivative = "Ana Ruiz, a senior nurse who worked on the ward that night, said the alarm had sounded twice before midnight."
    found = span_findings(encoder, [NURSES], "en", [derivative])
    changed = [f for f in found if f.kind == "attribution_changed"]
    assert changed and "Two nurses" in changed[0].original_text and "Ana Ruiz" in changed[0].derivative_text
    assert not [f for f in found if f.kind == "added" and "Ana Ruiz" in (f.derivative_text or "")]

