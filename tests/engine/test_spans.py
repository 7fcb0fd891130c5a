"""Span-level findings end to end, with the real offline encoder.

Each row is an English paragraph and a rendering of it; the paragraphs are linked as
the aligner would link them, and the row says which findings must come out (kind and
a piece of the derivative's span, or of the original's for what was lost). Faithful
translations must come out clean: false alarms are the enemy.
"""

import json
from pathlib import Path

import pytest

from diptych.engine.model import FINDING_KINDS, Article, Link, Segment
from diptych.engine.segment import split_paragraphs
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "spans"


def article(language: str, paragraphs: list[str], boilerplate: set[int] = frozenset()) -> Article:
    return Article(
        source="test",
        title="",
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p, i in boilerplate) for i, p in enumerate(paragraphs)],
    )


def compare(encoder, original, d_lang, derivative, links=None):
    o, d = article("en", original), article(d_lang, derivative)
    links = links or [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return o, d, find_span_findings(o, d, links, encoder)


ENERGY = (
    '"Every transformer we send is a hospital that stays open and a classroom that stays warm," '
    "said Denmark's energy minister, Henrik Sølvsten, who chaired the talks. "
    "The package includes 30,000 portable generators and 140 transformers, according to a statement."
)
GRID = (
    "Ukraine's grid operator, Ukrenergo, said on Monday that overnight attacks had damaged four "
    "thermal power plants and two substations around Kyiv."
)
DIPLOMAT = (
    "An EU diplomat, speaking on condition of anonymity, said several member states had wanted "
    "the package to include air-defence systems, but that there was no consensus."
)
MOTHER = (
    "Natalia Bondar, whose son has been held since 2022, said she had learnt of the exchange "
    "from television. \"Every time there is a swap, I look at every face,\" she said."
)
PORT = (
    "The strike ended on Wednesday after the union accepted a pay rise of 7.5 percent. "
    "The ministry in Kyiv reportedly asked Lithuania to give priority to grain ships. "
    "Economists estimate that the strike cost the port about €18 million."
)
TALKS = (
    '"Today 206 families have their sons, husbands and fathers back," said Petro Koval, who heads '
    "the negotiating team. Taras Melnyk, the human rights commissioner, welcomed the exchange."
)

FAITHFUL = [
    (
        "fr",
        ENERGY,
        "« Chaque transformateur que nous envoyons, c’est un hôpital qui reste ouvert et une salle de classe "
        "qui reste chauffée », a déclaré le ministre danois de l’Énergie, Henrik Sølvsten, qui présidait les "
        "discussions. Le paquet comprend 30 000 groupes électrogènes portables et 140 transformateurs, selon "
        "un communiqué.",
    ),
    (
        "de",
        ENERGY,
        "„Jeder Transformator, den wir schicken, ist ein Krankenhaus, das offen bleibt, und ein Klassenzimmer, "
        "das warm bleibt“, sagte der dänische Energieminister Henrik Sølvsten, der die Gespräche leitete. Das "
        "Paket umfasst 30.000 tragbare Generatoren und 140 Transformatoren, wie aus einer Erklärung hervorgeht.",
    ),
    (
        "es",
        ENERGY,
        "«Cada transformador que enviamos es un hospital que sigue abierto y un aula que sigue caliente», dijo "
        "el ministro danés de Energía, Henrik Sølvsten, que presidió las conversaciones. El paquete incluye "
        "30.000 generadores portátiles y 140 transformadores, según un comunicado.",
    ),
    (
        "fr",
        GRID,
        "Le gestionnaire du réseau ukrainien, Ukrenergo, a indiqué lundi que les attaques nocturnes avaient "
        "endommagé quatre centrales thermiques et deux postes électriques autour de Kyiv.",
    ),
    (
        "de",
        DIPLOMAT,
        "Ein EU-Diplomat, der anonym bleiben wollte, sagte, mehrere Mitgliedstaaten hätten gewollt, dass das "
        "Paket Luftabwehrsysteme umfasse, doch es habe keinen Konsens gegeben.",
    ),
    (
        "fr",
        PORT,
        "La grève a pris fin mercredi après que le syndicat a accepté une hausse de salaire de 7,5 %. Le "
        "ministère à Kyiv aurait demandé à la Lituanie de donner la priorité aux navires céréaliers. Les "
        "économistes estiment que la grève a coûté au port environ 18 millions d’euros.",
    ),
    ("en", MOTHER, MOTHER),
]


@pytest.mark.parametrize("d_lang, original, derivative", FAITHFUL)
def test_a_faithful_rendering_has_no_finding(encoder, d_lang, original, derivative):
    _, _, findings = compare(encoder, [original], d_lang, [derivative])
    assert findings == []


CHANGED = [
    (
        "fr",
        ENERGY,
        "« Chaque transformateur que nous envoyons, c’est un hôpital qui reste ouvert et une salle de classe "
        "qui reste chauffée », a déclaré le ministre danois de l’Énergie, Henrik Sølvsten, qui présidait les "
        "discussions. Le paquet comprend 50 000 groupes électrogènes portables et 140 transformateurs, selon "
        "un communiqué.",
        [("number_changed", "50 000")],
    ),
    (
        "fr",
        ENERGY,
        "« Chaque transformateur envoyé maintient un hôpital en activité », a résumé le ministre danois de "
        "l’Énergie, Henrik Sølvsten, qui présidait les discussions. Le paquet comprend 30 000 groupes "
        "électrogènes portables et 140 transformateurs, selon un communiqué.",
        [("quote_changed", "Chaque transformateur envoyé maintient un hôpital en activité")],
    ),
    (
        "fr",
        GRID,
        "Le gestionnaire du réseau ukrainien, Ukrenergo, a indiqué lundi que les attaques nocturnes auraient "
        "endommagé quatre centrales thermiques et deux postes électriques autour de Kiev.",
        [("hedge_changed", "auraient endommagé"), ("loaded_term", "Kiev")],
    ),
    (
        "fr",
        DIPLOMAT,
        "La Commission européenne a confirmé que plusieurs États membres avaient voulu que le paquet comprenne "
        "des systèmes de défense aérienne, mais qu’aucun consensus ne s’était dégagé.",
        [("attribution_changed", "La Commission européenne")],
    ),
    (
        "en",
        MOTHER,
        MOTHER.replace("Natalia Bondar,", "Natalia Bondarenko,"),
        [("name_changed", "Natalia Bondarenko")],
    ),
    (
        "en",
        TALKS,
        TALKS.replace("said Petro Koval, who heads the negotiating team", "said Taras Melnyk, the commissioner"),
        [("quote_misattributed", "Taras Melnyk")],
    ),
    (
        "de",
        PORT,
        "Der Streik endete am Mittwoch, nachdem die Gewerkschaft eine Lohnerhöhung von 7,5 Prozent angenommen "
        "hatte. Das Ministerium in Kyjiw bat Litauen, Getreideschiffen Vorrang zu geben. Ökonomen schätzen, "
        "dass der Streik den Hafen rund 18 Millionen Euro gekostet hat.",
        [("hedge_changed", "reportedly")],
    ),
    (
        "es",
        PORT,
        "La huelga terminó el miércoles después de que el sindicato aceptara una subida salarial del 7,5 %. "
        "«No vamos a permitir que nadie vuelva a chantajear al país», dijo el primer ministro en un mensaje. "
        "Según informaciones, el ministerio en Kyiv pidió a Lituania que diera prioridad a los buques de grano. "
        "Los economistas estiman que la huelga costó al puerto unos 18 millones de euros.",
        [("quote_added", "No vamos a permitir que nadie vuelva a chantajear al país")],
    ),
    (
        "fr",
        PORT,
        "La grève a pris fin mercredi après que le syndicat a accepté une hausse de salaire de 7,5 %. Le "
        "ministère à Kyiv aurait demandé à la Lituanie de donner la priorité aux navires céréaliers. Une "
        "exigence qui montre une fois de plus que le pays vit aux crochets de ses voisins européens. Les "
        "économistes estiment que la grève a coûté au port environ 18 millions d’euros.",
        [("added", "Une exigence qui montre une fois de plus")],
    ),
]


@pytest.mark.parametrize("d_lang, original, derivative, expected", CHANGED)
def test_each_change_is_reported_once_with_its_span(encoder, d_lang, original, derivative, expected):
    _, _, findings = compare(encoder, [original], d_lang, [derivative])
    found = sorted(f.kind for f in findings)
    assert found == sorted(kind for kind, _ in expected), [(f.kind, f.original_text, f.derivative_text) for f in findings]
    for kind, piece in expected:
        (f,) = [f for f in findings if f.kind == kind and piece in ((f.derivative_text or "") + (f.original_text or ""))]
        assert f.explanation and 0.0 < f.confidence <= 1.0


def test_a_sentence_dropped_with_its_quote_is_reported_as_the_dropped_quote_alone(encoder):
    original = [
        "The council approved the new tram line on Tuesday after a two-hour debate. "
        'Opposition leaders went further: Karin Holm, who chairs the residents\' association, said the plan was '
        '"a tram to nowhere". '
        "Construction is due to start in the spring."
    ]
    derivative = [
        "The council approved the new tram line on Tuesday after a two-hour debate. "
        "Construction is due to start in the spring."
    ]
    _, _, findings = compare(encoder, original, "en", derivative)
    assert [(f.kind, f.original_text) for f in findings] == [("quote_dropped", "a tram to nowhere")]


def test_a_dropped_sentence_that_goes_on_past_its_quote_is_reported_too(encoder):
    dropped = 'The operator said it had "a strict maintenance schedule" and would not discuss single trains.'
    original = [
        "The council approved the new tram line on Tuesday after a two-hour debate. "
        + dropped
        + " Construction is due to start in the spring."
    ]
    derivative = [
        "The council approved the new tram line on Tuesday after a two-hour debate. "
        "Construction is due to start in the spring."
    ]
    _, _, findings = compare(encoder, original, "en", derivative)
    assert sorted((f.kind, f.original_text) for f in findings) == [
        ("omitted", dropped),
        ("quote_dropped", "a strict maintenance schedule"),
    ]


def test_a_quote_dropped_inside_a_kept_paragraph_is_reported_as_a_dropped_quote(encoder):
    original = [
        "Taras Melnyk said Kyiv had evidence that many prisoners had been tortured. "
        '"The Red Cross has not seen most of our people even once," he said. '
        "The Red Cross has said it cannot visit all prisoners on both sides."
    ]
    derivative = [
        "Taras Melnyk a affirmé que Kyiv disposait de preuves que de nombreux prisonniers avaient été torturés. "
        "La Croix-Rouge a indiqué qu’elle ne pouvait pas rendre visite à tous les prisonniers des deux camps."
    ]
    _, _, findings = compare(encoder, original, "fr", derivative)
    assert [(f.kind, f.original_text) for f in findings] == [
        ("quote_dropped", "The Red Cross has not seen most of our people even once")
    ]


@pytest.mark.parametrize("d_lang, original, derivative, expected", CHANGED)
def test_every_span_is_copied_exactly_from_its_segment(encoder, d_lang, original, derivative, expected):
    o, d, findings = compare(encoder, [original], d_lang, [derivative])
    for f in findings:
        assert f.kind in FINDING_KINDS
        for ids, text, side in ((f.original, f.original_text, o), (f.derivative, f.derivative_text, d)):
            assert all(0 <= i < len(side.segments) for i in ids)
            if text is not None:
                assert any(text in side.segments[i].text for i in ids)
                assert len(text) < len(side.segments[ids[0]].text)  # a span, not the paragraph


def test_boilerplate_never_takes_part(encoder):
    original = [GRID]
    derivative = [
        "Le gestionnaire du réseau ukrainien, Ukrenergo, a indiqué lundi que les attaques nocturnes avaient "
        "endommagé quatre centrales thermiques et deux postes électriques autour de Kyiv.",
        "« Partagez cet article avec 50 000 amis », selon nos partenaires à Kiev.",
    ]
    o = article("en", original)
    d = article("fr", derivative, boilerplate={1})
    # Even a link that wrongly names a boilerplate segment does not bring it in.
    findings = find_span_findings(o, d, [Link([0], [0, 1], 0.8)], encoder)
    assert findings == []


def test_no_link_no_finding(encoder):
    assert find_span_findings(article("en", [GRID]), article("fr", ["Autre chose."]), [], encoder) == []


# --- the fixture pair: a whole article, its faithful translations and a slanted rewrite ---

def fixture_article(name: str, language: str) -> Article:
    paragraphs = split_paragraphs((FIXTURES / name).read_text(encoding="utf-8"))
    furniture = {i for i, p in enumerate(paragraphs) if p in ("X", "Vous pouvez partager cette histoire sur les réseaux sociaux :")}
    return article(language, paragraphs, boilerplate=furniture)


def linked_in_order(original: Article, derivative: Article) -> list[Link]:
    o = [s.id for s in original.content_segments]
    d = [s.id for s in derivative.content_segments]
    return [Link([i], [j], 0.9) for i, j in zip(o, d)]


@pytest.mark.parametrize("name, language", [("harbour.fr-faithful.txt", "fr"), ("harbour.de-faithful.txt", "de")])
def test_a_faithful_translation_of_a_whole_article_comes_out_clean(encoder, name, language):
    original = fixture_article("harbour.en.txt", "en")
    derivative = fixture_article(name, language)
    findings = find_span_findings(original, derivative, linked_in_order(original, derivative), encoder)
    assert [(f.kind, f.derivative_text) for f in findings] == []


def test_a_slanted_rewrite_of_a_whole_article_shows_each_change(encoder):
    original = fixture_article("harbour.en.txt", "en")
    derivative = fixture_article("harbour.fr-rewrite.txt", "fr")
    findings = find_span_findings(original, derivative, linked_in_order(original, derivative), encoder)
    expected = json.loads((FIXTURES / "harbour.fr-rewrite.expected.json").read_text(encoding="utf-8"))
    for want in expected["findings"]:
        side = "derivative" if "derivative" in want else "original"
        assert any(
            f.kind == want["kind"] and want[side] in (getattr(f, f"{side}_text") or "") for f in findings
        ), want
    assert not [f for f in findings if f.kind in expected["not"]]
    assert len(findings) == len(expected["findings"])


def test_a_place_called_by_another_party_s_name_is_reported_as_a_loaded_term(encoder):
    original = [
        "Fishing boats returned to the Orla delta on Monday after a month-long ban.",
        "The delta has been held since 2021 by militias backed by Vessland, which calls the area Karrun.",
    ]
    derivative = [
        "Les bateaux de pêche sont retournés lundi dans le delta de Karrun après une interdiction d’un mois.",
        "Le delta est tenu depuis 2021 par des milices soutenues par le Vessland, qui appelle la zone Karrun.",
    ]
    _, _, findings = compare(encoder, original, "fr", derivative)
    assert [(f.kind, f.original, f.original_text, f.derivative_text) for f in findings] == [
        ("loaded_term", [0], "Orla", "Karrun")
    ]
