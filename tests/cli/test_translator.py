"""`compare --translator` end to end against a LibreTranslate stand-in on 127.0.0.1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "engine"))
from translation_servers import FakeService  # noqa: E402

from test_cli import EN, FR, assert_contract, run  # noqa: E402

pytestmark = pytest.mark.slow


def compare(service_url: str, *extra: str, env_extra=None):
    out = run("compare", str(EN), str(FR), "--translator", "libre", "--translator-url", service_url,
              "--json", "-", *extra, env_extra=env_extra)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stdout), out.stderr.decode()


def links(doc):
    return sorted((tuple(l["original"]), tuple(l["derivative"])) for l in doc["links"])


def test_the_translator_is_asked_named_and_cached_for_an_offline_rerun():
    with FakeService("libre", api_key="k") as service:
        first, err = compare(service.url, env_extra={"DIPTYCH_LIBRE_API_KEY": "k"})
        asked = service.count
    assert asked > 0 and err == ""
    assert_contract(first)
    assert first["engine"]["translator"] == "libre"
    with FakeService("libre", api_key="k") as service:
        again, err = compare(service.url, "--offline", env_extra={"DIPTYCH_LIBRE_API_KEY": "k"})
        assert service.count == 0
    assert links(again) == links(first)
    assert again["engine"]["warnings"] == []


@pytest.mark.parametrize("failure", [429, 500, "stall"])
def test_a_failing_service_falls_back_to_the_offline_encoder_with_one_warning(failure):
    with FakeService("libre", then=failure, api_key="k") as service:
        doc, err = compare(
            service.url,
            env_extra={"DIPTYCH_LIBRE_API_KEY": "k", "DIPTYCH_READ_TIMEOUT": "1", "DIPTYCH_CONNECT_TIMEOUT": "1"},
        )
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert len(doc["engine"]["warnings"]) == 1
    assert doc["engine"]["translator"] is None
    assert len(doc["links"]) == 5
