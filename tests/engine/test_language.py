"""Language detection: ISO 639-1 codes, "und" when there is too little to go on."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from diptych.engine import language as language_module
from diptych.engine.language import SUPPORTED_LANGUAGES, UNDETERMINED, detect_language


@pytest.mark.parametrize(
    "code, text",
    [
        ("en", "The council voted on Tuesday to keep the ferry running for five more years."),
        ("fr", "Le conseil municipal a voté mardi pour maintenir le ferry pendant cinq ans."),
        ("de", "Der Gemeinderat hat am Dienstag beschlossen, die Fähre fünf Jahre weiter zu betreiben."),
        ("es", "El ayuntamiento votó el martes para mantener el transbordador durante cinco años."),
        ("it", "Il consiglio comunale ha votato martedì per mantenere il traghetto per cinque anni."),
        ("ru", "Городской совет во вторник проголосовал за сохранение парома ещё на пять лет."),
        ("ja", "市議会は火曜日、フェリーの運航をさらに五年間続けることを決めた。"),
    ],
)
def test_detects_the_language_of_a_news_sentence(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "Hello", "12 345 678", "!!! ???", "OK OK"])
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) == UNDETERMINED


def test_only_the_beginning_of_a_long_text_is_read():
    english = "The council voted on Tuesday to keep the ferry running. " * 100
    french = "Le conseil a voté mardi le maintien du ferry pour cinq ans. " * 100
    assert detect_language(english + french) == "en"


def test_supported_languages_stay_few_because_each_costs_memory():
    assert len(SUPPORTED_LANGUAGES) <= 15
    assert all(len(code) == 2 and code.islower() for code in SUPPORTED_LANGUAGES)


def test_detector_is_built_once_even_when_threads_race(monkeypatch):
    monkeypatch.setattr(language_module, "_detector", None)
    text = "The council voted on Tuesday to keep the ferry running for five more years."
    with ThreadPoolExecutor(max_workers=4) as pool:
        detectors = list(pool.map(lambda _: language_module._get_detector(), range(8)))
        results = list(pool.map(detect_language, [text] * 8))
    assert len({id(d) for d in detectors}) == 1
    assert results == ["en"] * 8
