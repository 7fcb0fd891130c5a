"""Fixtures shared by every test directory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# helpers.py sits next to this file; make it importable whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import LoopbackServer  # noqa: E402


@pytest.fixture
def http_server():
    """A loopback HTTP server serving ``routes`` (path -> (status, content type, bytes[, headers])).

    Nothing leaves 127.0.0.1. ``.hits`` counts requests per path, so a test can prove a
    page's scripts and images were never fetched; ``.stall(path)`` makes a path hang.
    """
    server = LoopbackServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path, monkeypatch):
    """No test reads or writes the user's real cache: Options() defaults to a temporary one."""
    monkeypatch.setenv("DIPTYCH_CACHE_DIR", str(tmp_path / "diptych-cache"))


@pytest.fixture
def make_options(tmp_path):
    """Options with a private cache and short network timeouts, so failure tests stay fast."""
    from diptych.engine.options import Options

    def make(**overrides):
        settings = {"cache_dir": tmp_path / "cache", "connect_timeout": 2.0, "read_timeout": 0.5}
        settings.update(overrides)
        return Options(**settings)

    return make
