"""Cutting a long paragraph into pieces a service accepts, at sentence ends where possible."""

from __future__ import annotations


def chunk_text(text: str, max_chars: int, language: str) -> list[str]:
    """Pieces of ``text`` of at most ``max_chars`` characters, in order.

    Cuts between sentences (pysbd, by ``language``'s rules), a sentence that is too
    long on its own between words, and a word longer than the limit anywhere. Runs
    of whitespace at a cut become one space when the translations are joined.
    """
    text = text.strip()
    if len(text) <= max_chars:
        return [text] if text else []
    from diptych.engine.segment import split_sentences

    pieces: list[str] = []
    for sentence in split_sentences(text, language):
        pieces.extend(_between_words(sentence, max_chars) if len(sentence) > max_chars else [sentence])
    return _pack(pieces, max_chars)


def _between_words(sentence: str, max_chars: int) -> list[str]:
    words: list[str] = []
    for word in sentence.split():
        words.extend(word[i : i + max_chars] for i in range(0, len(word), max_chars))
    return _pack(words, max_chars)


def _pack(pieces: list[str], max_chars: int) -> list[str]:
    """Join neighbouring pieces with a space while the result stays within the limit."""
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + 1 + len(piece) <= max_chars:
            chunks[-1] = f"{chunks[-1]} {piece}"
        else:
            chunks.append(piece)
    return chunks


def join_chunks(translations: list[str]) -> str:
    return " ".join(t.strip() for t in translations if t.strip())
