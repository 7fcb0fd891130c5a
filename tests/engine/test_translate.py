"""The online translation stage against loopback services that speak each backend's wire format.

Real deep-translator (Google, LibreTranslate, MyMemory) and the official deepl client
send real requests to ``translation_servers.FakeService``; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from diptych.engine import config, translate
from diptych.engine.errors import Cancelled
from diptych.engine.options import Options
from diptych.engine.translate import translate_texts
from diptych.engine.translators.cache import TranslationCache
from diptych.engine.translators.chunks import chunk_text
from diptych.engine.translators.retry import RetryPolicy

from translation_servers import KINDS, FakeService, fake_translation, refused_url

KEY = "k3y-Secret/42+=:fx"  # has characters that URL-encoding changes
EN = [
    "The harbour will close for repairs in March.",
    "Ferries will use the northern pier until the work ends.",
    "The mayor said the cost would be shared with the region.",
]
FAST_RETRY = RetryPolicy(attempts=3, first_delay=0.01, factor=2.0, max_total_wait=0.5)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Own config dir (keys), no inherited keys, URLs or proxies, quick retries."""
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("DIPTYCH_TRANSLATOR_URL", *(f"DIPTYCH_{k.upper()}_API_KEY" for k in KINDS)):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setattr(translate, "RETRY", FAST_RETRY)
    config.set_api_key("deepl", KEY)


def options(service_or_url, kind=None, tmp_path=None, **overrides) -> Options:
    url = service_or_url if isinstance(service_or_url, str) else service_or_url.url
    kind = kind or service_or_url.kind
    settings = dict(translator=kind, translator_url=url, cache_dir=tmp_path,
                    connect_timeout=1.0, read_timeout=0.4)
    settings.update(overrides)
    return Options(**settings)


def service(kind, **kwargs) -> FakeService:
    if kind == "deepl":
        kwargs.setdefault("api_key", KEY)
    return FakeService(kind, **kwargs)


# --- success ---------------------------------------------------------------------------

# What each backend must put on the wire for en -> fr.
WIRE = {
    "google": {"sl": "en", "tl": "fr"},
    "libre": {"source": "en", "target": "fr", "format": "text"},
    "mymemory": {"langpair": "en-GB|fr-FR"},
    "deepl": {"source_lang": "EN", "target_lang": "FR"},
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_backend_translates_through_its_own_wire_format(kind, tmp_path):
    with service(kind) as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    assert result.texts == [fake_translation(t) for t in EN]
    assert result.backend == kind
    assert result.warnings == []
    sent = [text for request in fake.seen for text in request.texts]
    assert sent == EN
    for request in fake.seen:
        assert WIRE[kind].items() <= request.params.items()


def test_libre_sends_the_saved_api_key_and_only_when_there_is_one(tmp_path):
    with FakeService("libre") as fake:
        translate_texts(EN[:1], "en", "fr", options(fake, tmp_path=tmp_path / "a"))
    assert "api_key" not in fake.seen[0].params
    config.set_api_key("libre", KEY)
    with FakeService("libre", api_key=KEY) as fake:
        result = translate_texts(EN[:1], "en", "fr", options(fake, tmp_path=tmp_path / "b"))
    assert fake.seen[0].params["api_key"] == KEY
    assert result.texts == [fake_translation(EN[0])]


def test_deepl_authenticates_with_the_header_and_a_regional_english_target(tmp_path):
    with service("deepl") as fake:
        translate_texts(["Le port fermera en mars."], "fr", "en", options(fake, tmp_path=tmp_path))
    assert fake.seen[0].headers["Authorization"] == f"DeepL-Auth-Key {KEY}"
    assert fake.seen[0].params["target_lang"] == "EN-GB"


def test_deepl_sends_many_segments_in_one_request(tmp_path):
    texts = [f"Sentence number {i} about the harbour." for i in range(60)]
    with service("deepl") as fake:
        result = translate_texts(texts, "en", "fr", options(fake, tmp_path=tmp_path))
    assert result.texts == [fake_translation(t) for t in texts]
    assert [len(r.texts) for r in fake.seen] == [50, 10]


def test_without_a_translator_nothing_is_asked_and_nothing_is_translated(tmp_path):
    with FakeService("libre") as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path, translator=None))
    assert (result.backend, result.texts, result.warnings) == (None, [None] * 3, [])
    assert fake.count == 0


def test_same_language_on_both_sides_needs_no_translation(tmp_path):
    with FakeService("libre") as fake:
        result = translate_texts(EN, "en", "EN", options(fake, tmp_path=tmp_path))
    assert (result.backend, result.texts, result.warnings) == (None, [None] * 3, [])
    assert fake.count == 0


def test_a_repeated_text_is_requested_once_and_blank_texts_never(tmp_path):
    texts = [EN[0], "   ", EN[0], EN[1]]
    with FakeService("libre") as fake:
        result = translate_texts(texts, "en", "fr", options(fake, tmp_path=tmp_path))
    assert result.texts == [fake_translation(EN[0]), None, fake_translation(EN[0]), fake_translation(EN[1])]
    assert [r.texts for r in fake.seen] == [[EN[0]], [EN[1]]]


def test_progress_rises_to_one(tmp_path):
    seen: list[float] = []
    with FakeService("libre") as fake:
        translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= len(EN)


# --- chunking ---------------------------------------------------------------------------

def _long_paragraph(sentences: int) -> str:
    return " ".join(
        f"Sentence {i} says that the harbour repairs on the eastern quay will take several more weeks."
        for i in range(sentences)
    )


@pytest.mark.parametrize("kind, limit, sentences", [
    ("mymemory", 500, 20),    # deep-translator refuses 500 characters or more
    ("google", 5000, 120),    # ... and 5,000 for Google
])
def test_a_long_paragraph_is_sent_in_pieces_cut_at_sentence_ends(kind, limit, sentences, tmp_path):
    paragraph = _long_paragraph(sentences)
    with FakeService(kind) as fake:
        result = translate_texts([paragraph], "en", "fr", options(fake, tmp_path=tmp_path))
    pieces = [r.texts[0] for r in fake.seen]
    assert len(pieces) > 1
    assert all(len(p) < limit and p.endswith("weeks.") for p in pieces)
    assert " ".join(pieces) == paragraph
    assert result.texts == [" ".join(fake_translation(p) for p in pieces)]
    assert result.warnings == []


@pytest.mark.parametrize("text, limit, expected", [
    ("Short one.", 20, ["Short one."]),
    ("One two. Three four. Five six.", 20, ["One two. Three four.", "Five six."]),
    ("A sentence far longer than the limit", 12, ["A sentence", "far longer", "than the", "limit"]),
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ("  ", 10, []),
])
def test_chunks_stay_within_the_limit_cutting_sentences_then_words_then_letters(text, limit, expected):
    assert chunk_text(text, limit, "en") == expected


# --- the cache --------------------------------------------------------------------------

def test_a_second_run_offline_comes_from_the_cache_without_any_request(tmp_path):
    with FakeService("libre") as fake:
        first = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
        asked = fake.count
        again = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path, offline=True))
        assert fake.count == asked == len(EN)
    assert again.texts == first.texts
    assert again.backend == "libre" and again.warnings == []


def test_a_second_run_online_asks_only_for_what_is_new(tmp_path):
    with FakeService("libre") as fake:
        translate_texts(EN[:2], "en", "fr", options(fake, tmp_path=tmp_path))
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    assert [r.texts for r in fake.seen] == [[EN[0]], [EN[1]], [EN[2]]]
    assert result.texts == [fake_translation(t) for t in EN]


def test_offline_without_a_cached_translation_leaves_gaps_and_says_so_once(tmp_path):
    with FakeService("libre") as fake:
        translate_texts(EN[:1], "en", "fr", options(fake, tmp_path=tmp_path))
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path, offline=True))
        assert fake.count == 1
    assert result.texts == [fake_translation(EN[0]), None, None]
    assert result.backend == "libre"
    assert len(result.warnings) == 1 and "2 of 3 segments" in result.warnings[0]


def test_the_cache_is_kept_per_backend_and_language_pair(tmp_path):
    with FakeService("libre") as fake:
        translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    for kind, source, target in [("google", "en", "fr"), ("libre", "en", "de"), ("libre", "fr", "en")]:
        result = translate_texts(EN, source, target, options(fake.url, kind, tmp_path, offline=True))
        assert result.texts == [None] * 3 and result.backend is None


@pytest.mark.parametrize("damage", [
    b"{not json",
    b"\xff\xfe\x00garbage",
    b"",
    json.dumps({"format": 1, "translation": 42}).encode(),
    json.dumps(["a list"]).encode(),
])
def test_a_damaged_cache_entry_is_ignored_and_rewritten(damage, tmp_path):
    with FakeService("libre") as fake:
        translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
        entry = TranslationCache(tmp_path / "translations", "libre", "en", "fr").path(EN[1])
        entry.write_bytes(damage)
        offline = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path, offline=True))
        assert offline.texts[1] is None and offline.texts[0] is not None
        online = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
        assert [r.texts for r in fake.seen[len(EN):]] == [[EN[1]]]
    assert online.texts == [fake_translation(t) for t in EN] and online.warnings == []
    assert json.loads(entry.read_text("utf-8"))["translation"] == fake_translation(EN[1])


def test_an_unwritable_cache_costs_nothing_but_the_cache(tmp_path):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("")
    with FakeService("libre") as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=blocked))
    assert result.texts == [fake_translation(t) for t in EN] and result.warnings == []


# --- retries and fallback ---------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [429, 503])
def test_a_passing_rate_limit_or_server_error_is_retried(kind, status, tmp_path):
    with service(kind, answers=[status, status]) as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    assert result.texts == [fake_translation(t) for t in EN]
    assert result.warnings == []
    successful_requests = 1 if kind == "deepl" else len(EN)  # DeepL takes all three in one request
    assert fake.count == 2 + successful_requests


FAILURES = {
    "429 for ever": (dict(then=429), "kept refusing requests (HTTP 429, too many requests)"),
    "500 for ever": (dict(then=500), "failed (HTTP 500)"),
    "never answers": (dict(then="stall"), "did not answer (timed out)"),
    "hangs up without answering": (dict(then="hangup"), "closed the connection without answering"),
    "refuses the connection": (None, "could not be reached"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("failure", FAILURES)
def test_a_failing_service_falls_back_with_exactly_one_warning(kind, failure, tmp_path):
    script, reason = FAILURES[failure]
    # Only the stalling service needs a short wait; the others answer at once, and a
    # loaded machine must not turn their answer into a timeout.
    wait = 0.4 if failure == "never answers" else 10.0
    if script is None:
        url = refused_url()
        result = translate_texts(EN, "en", "fr", options(url, kind, tmp_path, read_timeout=wait))
    else:
        with service(kind, **script) as fake:
            url = fake.url
            result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path, read_timeout=wait))
        assert fake.count <= FAST_RETRY.attempts  # it gave up on the service, not segment by segment
    assert result.texts == [None] * len(EN) and result.backend is None
    (warning,) = result.warnings
    assert warning.startswith(f"The {translate.LABELS[kind]} service at {url} ")
    assert reason in warning
    assert warning.endswith("the comparison used the offline encoder only.")


def test_a_service_failing_midway_keeps_what_was_translated(tmp_path):
    with FakeService("libre", answers=["ok", "ok"], then=500) as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    assert result.texts == [fake_translation(EN[0]), fake_translation(EN[1]), None]
    assert result.backend == "libre"
    (warning,) = result.warnings
    assert "failed (HTTP 500); 2 of 3 segments were translated" in warning


def test_mymemory_quota_answered_with_http_200_is_a_rate_limit_not_a_translation(tmp_path):
    with FakeService("mymemory", then="quota") as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    assert result.texts == [None] * 3
    assert "HTTP 429" in result.warnings[0]
    assert not list((tmp_path / "translations").rglob("*.json"))  # the quota notice was not cached


def test_the_real_retry_policy_gives_up_on_a_busy_service_within_a_few_seconds(tmp_path, monkeypatch):
    monkeypatch.setattr(translate, "RETRY", RetryPolicy())
    started = time.monotonic()
    with FakeService("libre", then=429) as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    elapsed = time.monotonic() - started
    assert 0.5 < elapsed < RetryPolicy().max_total_wait + 10  # waited, then gave up: not a speed figure
    assert fake.count == RetryPolicy().attempts and len(result.warnings) == 1


def test_a_retry_after_longer_than_the_budget_gives_up_at_once(tmp_path):
    started = time.monotonic()
    with FakeService("libre", then=429, retry_after="120") as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    assert time.monotonic() - started < 30  # far below the 120 s it was told to wait
    assert fake.count == 1 and len(result.warnings) == 1


def test_a_short_retry_after_is_honoured(tmp_path):
    with FakeService("libre", answers=[429], retry_after="0.2") as fake:
        started = time.monotonic()
        result = translate_texts(EN[:1], "en", "fr", options(fake, tmp_path=tmp_path))
    assert time.monotonic() - started >= 0.2
    assert result.texts == [fake_translation(EN[0])]


@pytest.mark.parametrize("kind, source, target, expected", [
    ("mymemory", "en", "xx", "MyMemory does not know the language code 'xx'"),
    ("mymemory", "und", "fr", "MyMemory needs to know the language to translate from"),
    ("google", "en", "qq", "Google Translate does not know the language code 'qq'"),
    ("libre", "en", "und", "LibreTranslate was not asked: the language to translate into is unknown"),
])
def test_a_language_the_backend_cannot_handle_is_one_warning_and_no_request(kind, source, target, expected,
                                                                            tmp_path):
    with FakeService(kind) as fake:
        result = translate_texts(EN, source, target, options(fake, tmp_path=tmp_path))
    assert fake.count == 0 and result.texts == [None] * 3
    (warning,) = result.warnings
    assert warning.startswith(expected)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("url", ["localhost:5000", "ftp://127.0.0.1/", "http://", "http://[::1"])
def test_a_service_address_that_is_not_an_http_url_is_one_warning(kind, url, tmp_path):
    result = translate_texts(EN, "en", "fr", options(url, kind, tmp_path))
    assert result.texts == [None] * 3
    (warning,) = result.warnings
    assert "must be an http:// or https:// URL" in warning


def test_an_unknown_source_language_is_left_to_the_service_to_detect(tmp_path):
    with FakeService("libre") as fake:
        result = translate_texts(EN[:1], "und", "fr", options(fake, tmp_path=tmp_path))
    assert fake.seen[0].params["source"] == "auto" and result.texts[0] is not None


def test_deepl_without_a_key_says_where_to_put_one(tmp_path):
    config.set_api_key("deepl", None)
    with FakeService("deepl") as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    assert fake.count == 0
    (warning,) = result.warnings
    assert warning.startswith("DeepL needs an API key") and str(config.keys_path()) in warning


# --- keys stay secret ----------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["libre", "deepl"])
@pytest.mark.parametrize("script", [dict(), dict(then=403), dict(then=500), dict(then="stall"), None])
def test_the_api_key_never_appears_in_warnings_or_logs(kind, script, tmp_path, caplog):
    config.set_api_key(kind, KEY)
    caplog.set_level(logging.DEBUG)
    if script is None:
        result = translate_texts(EN, "en", "fr", options(refused_url(), kind, tmp_path))
    else:
        with FakeService(kind, api_key=KEY, **script) as fake:
            result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
        sent = [r.params.get("api_key") or r.headers.get("Authorization", "") for r in fake.seen]
        assert all(KEY in credential for credential in sent)  # the key was really in use
    assert caplog.records, "the libraries log at DEBUG level: this test must see their lines"
    leaks = [KEY, KEY.replace("/", "%2F"), "k3y-Secret"]
    assert not any(leak in caplog.text for leak in leaks)
    assert not any(leak in warning for warning in result.warnings for leak in leaks)


def test_a_rejected_key_is_named_in_the_warning_without_the_key(tmp_path):
    config.set_api_key("libre", "wrong-key")
    with FakeService("libre", api_key=KEY) as fake:
        result = translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path))
    (warning,) = result.warnings
    assert "rejected the API key (HTTP 403)" in warning and "wrong-key" not in warning


def test_keys_are_saved_readable_by_the_owner_only_and_the_environment_wins(monkeypatch):
    config.set_api_key("libre", "  from-file  ")
    assert config.api_key("libre") == "from-file"
    assert stat.S_IMODE(os.stat(config.keys_path()).st_mode) == 0o600
    monkeypatch.setenv("DIPTYCH_LIBRE_API_KEY", "from-env")
    assert config.api_key("libre") == "from-env"
    config.set_api_key("libre", None)
    monkeypatch.delenv("DIPTYCH_LIBRE_API_KEY")
    assert config.api_key("libre") is None


def test_a_damaged_key_file_means_no_key_not_a_crash():
    config.keys_path().write_text("{broken", "utf-8")
    assert config.api_key("deepl") is None


# --- threads and cancelling ---------------------------------------------------------------

def test_cancelling_stops_between_requests(tmp_path):
    calls = []
    with FakeService("libre") as fake:
        with pytest.raises(Cancelled):
            translate_texts(EN, "en", "fr", options(fake, tmp_path=tmp_path),
                            progress=calls.append, cancel=lambda: len(calls) >= 2)
    assert fake.count == 1


def test_threads_keep_their_own_timeouts(tmp_path):
    """A patient thread and an impatient one at once: neither one's timeout leaks into the other."""
    results = {}
    with FakeService("google", delay=0.6) as slow:
        def run(name, read_timeout):
            opts = options(slow, tmp_path=tmp_path / name, read_timeout=read_timeout)
            results[name] = translate_texts(EN[:1], "en", "fr", opts)

        threads = [threading.Thread(target=run, args=("patient", 3.0)),
                   threading.Thread(target=run, args=("impatient", 0.2))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
    assert results["patient"].texts == [fake_translation(EN[0])] and results["patient"].warnings == []
    assert results["impatient"].texts == [None] and "timed out" in results["impatient"].warnings[0]


def test_deep_translator_outside_a_comparison_is_left_as_it_was(tmp_path):
    from deep_translator import LibreTranslator

    with FakeService("libre") as fake:
        translate_texts(EN[:1], "en", "fr", options(fake, tmp_path=tmp_path))
        plain = LibreTranslator(source="en", target="fr", api_key="x", custom_url=fake.url)
        assert plain.translate(EN[1]) == fake_translation(EN[1])
