"""Lexicon entries become case-insensitive whole-word patterns, apostrophes and spaces loosened."""

import warnings

from diptych.engine import lexicons
from diptych.engine.lexicons import compile_words
from diptych.resource_files import resource


def test_a_straight_apostrophe_matches_a_curly_one_inside_and_outside_a_class():
    pattern = compile_words(["qu'il", "d['’]autres sources"])
    assert pattern.search("Il a dit qu’il partirait")
    assert pattern.search("D’autres sources le confirment")
    assert pattern.search("d'autres  sources")


def test_a_space_inside_a_class_still_matches_any_white_space():
    pattern = compile_words(["suivez[- ]nous"])
    assert pattern.search("Suivez\u00a0nous")
    assert pattern.search("suivez-nous")


def test_every_bundled_lexicon_section_compiles_without_warnings():
    names = [f.name for f in resource("lexicons").iterdir() if f.name.endswith(".txt") and f.name.count(".") == 2]
    assert names
    for file in names:
        name, language, _ = file.rsplit(".", 2)
        if name == "negations":
            continue  # read entry by entry (look-behinds), never joined into one pattern
        for section in lexicons.sections(name, language):
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                lexicons.pattern(name, language, section)
