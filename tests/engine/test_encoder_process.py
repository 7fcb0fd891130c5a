"""The encoder in a second process: the same embeddings, and never a lost comparison."""

import numpy as np
import pytest

from diptych.engine import encoder_process
from diptych.engine.encoder_process import EncoderProcess
from diptych.engine.score import Encoder, load_model

TEXTS = [
    "The council approved the budget on Tuesday.",
    "Le conseil a approuvé le budget mardi.",
    "Der Rat hat den Haushalt am Dienstag gebilligt.",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def local():
    return load_model()


def test_the_process_answers_with_the_embeddings_of_a_model_in_this_process(local):
    process = EncoderProcess()
    try:
        assert np.allclose(process.encode(TEXTS), local.encode(TEXTS), atol=1e-6)
    finally:
        process.close()


def test_a_process_that_died_is_replaced_by_a_model_in_this_process(local):
    process = EncoderProcess()
    process._process.kill()
    process._process.join()
    assert np.allclose(process.encode(TEXTS), local.encode(TEXTS), atol=1e-6)
    assert not process._process.is_alive()


class _FakeProcess:
    started = 0

    def __init__(self):
        _FakeProcess.started += 1

    def encode(self, texts):
        return np.ones((len(texts), 512), dtype=np.float32) / np.sqrt(512)


def test_start_hands_one_process_over_once(monkeypatch):
    monkeypatch.setattr(encoder_process, "EncoderProcess", _FakeProcess)
    monkeypatch.setattr(encoder_process, "_pending", None)
    monkeypatch.setattr(Encoder, "_model", None)
    _FakeProcess.started = 0
    encoder_process.start()
    encoder_process.start()
    assert _FakeProcess.started == 1
    assert isinstance(encoder_process.claim(), _FakeProcess)
    assert encoder_process.claim() is None


def test_the_encoder_sends_its_texts_to_a_started_process(monkeypatch, tmp_path):
    monkeypatch.setattr(encoder_process, "EncoderProcess", _FakeProcess)
    monkeypatch.setattr(encoder_process, "_pending", None)
    monkeypatch.setattr(Encoder, "_model", None)
    encoder_process.start()
    emb = Encoder(tmp_path).encode(["any text"])
    assert np.allclose(emb, 1 / np.sqrt(512))
    assert isinstance(Encoder._model, _FakeProcess)


def test_no_process_starts_once_a_model_is_loaded_here(monkeypatch, local):
    monkeypatch.setattr(encoder_process, "EncoderProcess", _FakeProcess)
    monkeypatch.setattr(encoder_process, "_pending", None)
    monkeypatch.setattr(Encoder, "_model", local)
    _FakeProcess.started = 0
    encoder_process.start()
    assert _FakeProcess.started == 0 and encoder_process.claim() is None


def test_a_comparison_reopened_from_the_cache_stops_the_unclaimed_process(monkeypatch, tmp_path, local):
    Encoder(tmp_path).encode(TEXTS)  # cached now (by the model of this test module's process)
    closed = []

    class Unclaimed(_FakeProcess):
        def close(self):
            closed.append(self)

    monkeypatch.setattr(encoder_process, "EncoderProcess", Unclaimed)
    monkeypatch.setattr(encoder_process, "_pending", None)
    monkeypatch.setattr(Encoder, "_model", None)
    encoder_process.start()
    Encoder(tmp_path).encode(TEXTS)
    assert len(closed) == 1 and encoder_process.claim() is None
    assert Encoder._model is None  # nothing was loaded for it
