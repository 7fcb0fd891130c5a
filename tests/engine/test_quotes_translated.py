"""Quotes judged on an online translation, and on negation when there is none.

The encoder alone cannot tell a loose translation of a quote from a reworded one (both
score 0.4-0.8 across languages). With a translator on, the derivative's quotes are
translated into the original's language and compared there, in words and meaning; a
service that fails leaves the encoder's verdict, with no warning beyond the one the
segment translation gives. The services are loopback stand-ins
(``translation_servers.FakeService``) answering from a fixed dictionary.
"""

from __future__ import annotations

import pytest

import translation_servers
from translation_servers import KINDS, FakeService

from diptych.engine import translate
from diptych.engine.model import Article, Link, Segment
from diptych.engine.options import Options
from diptych.engine.pipeline import compare_articles
from diptych.engine.quotes import negative, surface_similarity
from diptych.engine.spans import find_span_findings
from diptych.engine.translators.retry import RetryPolicy

EN = [
    "Harbour reopens after storm repairs",
    "\"Our teams worked through the night to repair the pier,\" said harbour master Anna Keller on Tuesday. "
    "The storm had torn away two of its moorings.",
    "\"It was a very close call,\" said ferry captain Marc Dubois, who brought the last boat in before the storm.",
    "\"We expect the ferries to run again by the end of March,\" said Jonas Weber, a spokesman for the ferry company.",
]
FR = [
    "Le port rouvre après les réparations",
    "« Nos équipes ont sauvé le port à elles seules », a déclaré mardi la capitaine du port, Anna Keller. "
    "La tempête avait arraché deux de ses amarres.",
    "« Il était moins une », a déclaré le capitaine de ferry Marc Dubois, qui a ramené le dernier bateau avant la tempête.",
    "« Nous comptons sur un retour des ferries pour la fin mars », a déclaré Jonas Weber, porte-parole de la compagnie.",
]
# What the stand-in service answers: a plausible machine translation of each text.
DICTIONARY = {
    FR[0]: "The port reopens after repairs",
    FR[1]: "\"Our teams saved the port on their own,\" said the harbour master, Anna Keller, on Tuesday. "
    "The storm had torn off two of its moorings.",
    FR[2]: "\"It was a very close call,\" said ferry captain Marc Dubois, who brought back the last boat "
    "before the storm.",
    FR[3]: "\"We are counting on the ferries returning by the end of March,\" said Jonas Weber, spokesman for "
    "the company.",
    "Nos équipes ont sauvé le port à elles seules": "Our teams saved the port on their own",
    "Il était moins une": "It was a very close call",
    "Nous comptons sur un retour des ferries pour la fin mars": "We are counting on the ferries returning by the end of March",
}
REWORDED = "Nos équipes ont sauvé le port à elles seules"


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def quote_findings(findings) -> list[tuple[str, tuple[int, ...], str | None]]:
    return sorted((f.kind, tuple(f.derivative), f.derivative_text) for f in findings if f.kind.startswith("quote"))


# --- the analysis with a translation callable -------------------------------------------

pytestmark = pytest.mark.slow


def spans(encoder, translate=None):
    links = [Link([i], [i], 0.9) for i in range(len(EN))]
    return find_span_findings(article("en", EN), article("fr", FR), links, encoder, translate)


def test_a_quote_whose_translation_says_something_else_is_reworded_and_faithful_ones_stay_clean(encoder):
    asked: list[list[str]] = []

    def translate(texts: list[str]) -> list[str | None]:
        asked.append(texts)
        return [DICTIONARY.get(t) for t in texts]

    findings = spans(encoder, translate)
    assert quote_findings(findings) == [("quote_changed", (1,), REWORDED)]
    changed = next(f for f in findings if f.kind == "quote_changed")
    assert "Our teams saved the port on their own" in changed.explanation  # the translation, for the reader
    assert asked == [[REWORDED, "Il était moins une", "Nous comptons sur un retour des ferries pour la fin mars"]]


def test_without_a_translation_the_encoder_judges_alone(encoder):
    nothing = spans(encoder, lambda texts: [None] * len(texts))
    assert quote_findings(nothing) == quote_findings(spans(encoder))


def test_a_truncated_quote_stays_truncated_though_its_translation_matches_the_part_it_kept(encoder):
    original = [
        "Fire crews brace for a change in the wind",
        "\"If the wind turns to the north-east tonight, as forecast, the fire could reach the outskirts of "
        "Monchique,\" said civil protection commander Rui Lopes.",
    ]
    derivative = [
        "Les pompiers redoutent un changement de vent",
        "« Le feu pourrait atteindre les abords de Monchique », a averti le commandant de la protection "
        "civile, Rui Lopes.",
    ]
    glosses = {"Le feu pourrait atteindre les abords de Monchique": "The fire could reach the outskirts of Monchique"}
    links = [Link([0], [0], 0.9), Link([1], [1], 0.9)]
    findings = find_span_findings(
        article("en", original), article("fr", derivative), links, encoder, lambda texts: [glosses.get(t) for t in texts]
    )
    assert quote_findings(findings) == [("quote_changed", (1,), "Le feu pourrait atteindre les abords de Monchique")]
    assert "truncated" in next(f for f in findings if f.kind == "quote_changed").explanation


# --- wording and negation ----------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b, low, high",
    [
        ("We are on our own here.", "We are left to our own devices.", 0.65, 0.8),
        ("décision du tribunal", "Décision du Tribunal", 1.0, 1.0),  # case and accents are no change
        ("the fire could reach the town", "the town could reach the fire", 0.99, 1.0),  # word order is
        ("no family will be left without a roof", "the State will pay for every destroyed house", 0.0, 0.5),
    ],
)
def test_surface_similarity_compares_words_not_typography_or_order(a, b, low, high):
    assert low <= surface_similarity(a, b) <= high


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "We do not comment on any contact with criminals", True),
        ("en", "We don’t know yet", True),
        ("en", "no family will be left without a roof", True),
        ("en", "Not only the port but the whole town", False),
        ("en", "Today, for the first time, I believe we will stay.", False),
        ("fr", "Nous n’avons jamais dû fermer autant d’écoles", True),
        ("fr", "Personne ne vous demandera votre mot de passe", True),
        ("fr", "Un permis qui fait fi du droit ne peut être maintenu", True),
        ("fr", "On ne peut que se réjouir de cette décision", False),  # ne ... que: only
        ("fr", "Il faut agir avant qu’il ne soit trop tard", False),  # expletive ne
        ("fr", "une aide humanitaire, pas la prolongation de la guerre", True),
        ("fr", "C’est un pas en avant pour une personne comme moi", False),
        ("de", "Masern sind keine harmlose Kinderkrankheit", True),
        ("de", "Nicht nur der Hafen, sondern die ganze Stadt", False),
        ("es", "No negociamos con delincuentes", True),
        ("es", "No solo el puerto, sino toda la ciudad", False),
        ("it", "Non lo sappiamo", True),
        ("it", "Nessuno ci ha avvisati", True),
        ("it", "Non solo il porto, ma tutta la città", False),
        ("it", "Oggi siamo uniti più che mai", False),
        ("pt", "Não sabemos", None),  # no list for the language: no opinion
    ],
)
def test_a_negation_is_recognised_in_each_language(language, text, expected):
    assert negative(text, language) is expected


def test_a_low_scoring_quote_that_drops_a_negation_is_reworded_without_a_translator(encoder):
    original = [
        "Minister promises help after the fire",
        "\"No family will be left without a roof,\" said Interior Minister Helena Sarmento on Sunday.",
    ]
    derivative = [
        "La ministre promet de l’aide après l’incendie",
        "« L’État paiera chaque maison détruite », a déclaré dimanche la ministre de l’Intérieur, Helena Sarmento.",
    ]
    links = [Link([0], [0], 0.9), Link([1], [1], 0.9)]
    findings = find_span_findings(article("en", original), article("fr", derivative), links, encoder)
    changed = [f for f in findings if f.kind == "quote_changed"]
    assert [(f.original_text, f.derivative_text) for f in changed] == [
        ("No family will be left without a roof", "L’État paiera chaque maison détruite")
    ]
    assert "negation" in changed[0].explanation


# --- through the pipeline, against a loopback LibreTranslate ------------------------------

@pytest.fixture
def dictionary_service(tmp_path, monkeypatch):
    """A LibreTranslate stand-in answering from DICTIONARY; own config, no proxies, quick retries."""
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("DIPTYCH_TRANSLATOR_URL", *(f"DIPTYCH_{k.upper()}_API_KEY" for k in KINDS)):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setattr(translate, "RETRY", RetryPolicy(attempts=2, first_delay=0.01, factor=2.0, max_total_wait=0.2))
    fallback = translation_servers.fake_translation
    monkeypatch.setattr(translation_servers, "fake_translation", lambda text: DICTIONARY.get(text) or fallback(text))


def options(url: str, cache, **extra) -> Options:
    return Options(translator="libre", translator_url=url, cache_dir=cache, connect_timeout=1.0, read_timeout=1.0, **extra)


def test_the_pipeline_translates_the_quotes_once_and_an_offline_rerun_reads_them_from_the_cache(
    dictionary_service, tmp_path
):
    cache = tmp_path / "cache"
    with FakeService("libre") as service:
        first = compare_articles(article("en", EN), article("fr", FR), options(service.url, cache))
        sent = [text for request in service.seen for text in request.texts]
    assert first.engine.translator == "libre" and first.engine.warnings == []
    assert quote_findings(first.findings) == [("quote_changed", (1,), REWORDED)]
    assert sent.count(REWORDED) == 1 and "Il était moins une" in sent  # the quotes, beside the paragraphs
    with FakeService("libre") as service:
        again = compare_articles(article("en", EN), article("fr", FR), options(service.url, cache, offline=True))
        assert service.count == 0
    assert again.engine.warnings == []
    assert quote_findings(again.findings) == quote_findings(first.findings)


@pytest.mark.parametrize("failure", [500, "hangup"])
def test_a_failing_service_leaves_the_encoders_quotes_and_one_warning(dictionary_service, tmp_path, failure):
    encoder_only = compare_articles(article("en", EN), article("fr", FR), Options(cache_dir=tmp_path / "a", offline=True))
    with FakeService("libre", then=failure) as service:
        failed = compare_articles(article("en", EN), article("fr", FR), options(service.url, tmp_path / "b"))
    assert len(failed.engine.warnings) == 1 and failed.engine.translator is None
    assert quote_findings(failed.findings) == quote_findings(encoder_only.findings)


def test_a_service_that_fails_on_the_quotes_alone_costs_no_second_warning(dictionary_service, tmp_path):
    """The paragraphs are translated, then the service falls over: the quotes keep the encoder's verdict."""
    with FakeService("libre", answers=["ok"] * len(FR), then=500) as service:
        result = compare_articles(article("en", EN), article("fr", FR), options(service.url, tmp_path / "c"))
        asked = service.count
    assert asked > len(FR)  # the quotes were asked for
    assert result.engine.translator == "libre" and result.engine.warnings == []
    encoder_only = compare_articles(article("en", EN), article("fr", FR), Options(cache_dir=tmp_path / "d", offline=True))
    assert quote_findings(result.findings) == quote_findings(encoder_only.findings)
