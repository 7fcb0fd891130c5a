"""Fixtures shared by the engine's tests."""

import pytest


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    """The real encoder with an embedding cache of the test module's own (the model loads once)."""
    from diptych.engine.score import Encoder

    return Encoder(tmp_path_factory.mktemp("embeddings"))
