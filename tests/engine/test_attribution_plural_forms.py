"""Attribution: several people where the original had one, in the word orders that hide it.

German puts what describes a group before its noun („Mehrere an der Leitung beteiligte
Monteure berichten“), past where the head of the phrase is cut; Italian's plural
articles (« le guide », « i tecnici », « gli operai ») say the number whatever the noun's
ending, and a bare noun in -i is a plural (« secondo fonti dell'ente »). And „berichten“ in lower case is the plural verb of reporting („Monteure
berichten, ...“), in capitals the noun („nach Berichten des Senders“).
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def only(text: str, language: str):
    (source,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return source


FITTER = ("A fitter who worked on the pipeline, and who asked not to be named because he still works for the firm, "
          "said the welds had never been tested.")


@pytest.mark.parametrize(
    "d_lang, derivative, changed",
    [
        ("de", "Mehrere an der Leitung beteiligte Monteure berichten, die Schweißnähte seien nie geprüft worden.", True),
        ("de", "Einige an der Leitung beteiligte Monteure sagen, die Schweißnähte seien nie geprüft worden.", True),
        ("it", "Gli operai del cantiere dicono che le saldature non sono mai state collaudate.", True),
        ("it", "Le saldatrici del cantiere dicono che le saldature non sono mai state collaudate.", True),
        # an Italian bare plural in -i, before an elided preposition (« fonti dell'impresa »)
        ("it", "Secondo fonti dell’impresa, le saldature non sono mai state collaudate.", True),
        ("it", "Secondo tecnici dell'impresa, le saldature non sono mai state collaudate.", True),
        # the number kept
        ("it", "Secondo un tecnico dell’impresa, che ha chiesto l'anonimato, le saldature non sono mai state collaudate.", False),
        ("de", "Ein an der Leitung beteiligter Monteur, der nicht genannt werden wollte, sagte, die Schweißnähte seien nie geprüft worden.", False),
        ("it", "Un operaio che ha lavorato al gasdotto, e che ha chiesto di non essere nominato, ha detto che le saldature non sono mai state collaudate.", False),
    ],
)
def test_one_fitter_made_several(d_lang, derivative, changed):
    assert (source_change(only(FITTER, "en"), only(derivative, d_lang), 0.5) is not None) is changed


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Mehrere Monteure berichten, die Schweißnähte seien nie geprüft worden.", ["Mehrere Monteure"]),
        ("Nach Berichten des Senders waren die Schweißnähte nie geprüft worden.", []),
    ],
)
def test_berichten_in_lower_case_is_the_verb(text, phrases):
    assert [s.phrase.text for s in find_sources(span(text), "de")] == phrases
