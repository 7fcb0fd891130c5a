"""A tautology ("rules are rules", « la loi, c'est la loi », „Vertrag ist Vertrag“) is
rendered by the same figure in another language, and the encoder scores the figure
poorly across languages: two quotes that both say "X is X" are not called reworded on the
encoder's low score alone. Pure text tests of the figure, then the comparison."""

import pytest

from diptych.engine.quotes import tautology


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "They just told us the roster was the roster"),
        ("en", "Rules are rules, and we follow them"),
        ("en", "A contract is a contract"),
        ("fr", "On nous a dit que le règlement, c'était le règlement"),
        ("fr", "La loi est la loi"),
        ("de", "Man sagte uns, Vertrag sei nun einmal Vertrag"),
        ("de", "Regeln sind Regeln"),
        ("es", "Nos dijeron que las normas son las normas"),
        ("es", "La ley, es la ley"),
        ("it", "Le regole sono le regole"),
    ],
)
def test_the_figure_is_found(language, text):
    assert tautology(text, language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The timetable was changed and the new timetable is worse"),
        ("en", "We were told the rota could not change"),
        ("fr", "Le règlement a changé, et le nouveau règlement est pire"),
        ("de", "Der Vertrag ist unterschrieben"),
        ("es", "La norma es clara"),
        ("en", "It is what it is"),  # no content word repeated
    ],
)
def test_other_sentences_are_not_the_figure(language, text):
    assert not tautology(text, language)


TITLES = {
    "en": "Night staff say warnings went unheard",
    "fr": "Le personnel de nuit dit n'avoir pas été entendu",
    "de": "Nachtpersonal sagt, Warnungen seien ignoriert worden",
}
ORIGINAL = (
    "A porter at the depot, who asked not to be named, said drivers had complained about the night "
    'timetable at least three times since June. "They kept telling us the roster was the roster," he said.'
)
RENDERINGS = {
    "fr": (
        "Depuis juin, les chauffeurs se sont plaints au moins trois fois de l'horaire de nuit, raconte un "
        "magasinier du dépôt qui a requis l'anonymat. « On nous répétait que le roulement, c’était le roulement », "
        "ajoute-t-il."
    ),
    "de": (
        "Ein Lagerarbeiter des Depots, der nicht genannt werden wollte, sagte, die Fahrer hätten sich seit Juni "
        "mindestens dreimal über den Nachtfahrplan beschwert. „Man sagte uns immer wieder, der Schichtplan sei nun "
        "einmal der Schichtplan“, sagte er."
    ),
}


def _article(language: str, paragraphs: list[str]):
    from diptych.engine.model import Article, Segment

    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(RENDERINGS))
def test_a_tautology_rendered_by_the_same_figure_is_no_changed_quote(encoder, language):
    from diptych.engine.model import Link
    from diptych.engine.spans import find_span_findings

    o = _article("en", [TITLES["en"], ORIGINAL])
    d = _article(language, [TITLES[language], RENDERINGS[language]])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    assert [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")] == []


@pytest.mark.slow
def test_the_figure_with_words_added_around_it_is_still_a_changed_quote(encoder):
    from diptych.engine.model import Link
    from diptych.engine.spans import find_span_findings

    extended = RENDERINGS["fr"].replace(
        "c’était le roulement »",
        "c’était le roulement, et que ceux qui n’étaient pas contents pouvaient chercher un autre dépôt »",
    )
    o = _article("en", [TITLES["en"], ORIGINAL])
    d = _article("fr", [TITLES["fr"], extended])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    assert [f.kind for f in findings if f.kind.startswith("quote")] == ["quote_changed"]
