"""Names of people, places and organisations, compared across spellings and languages.

Zelensky, Zelenskyy and Selenskyj are one man; Mykolaiv and Nikolaïev one city. A
name only *changed* when neither a transliteration-normalising key, the curated list
of variants (``lexicons/name_variants.txt``) nor the encoder can tie it to a name of
the other version. Capitalised words are candidates; titles and sentence openers are
not names (``lexicons/name_stopwords.<lang>.txt``), and a title is no part of a name in
any language ("Emperor Tewodros" / "Kaiser Tewodros" is one name). Names are compared
only between languages that both have a list: without one, titles and capitalised
common words cannot be told from names, and silence beats false alarms.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from diptych.engine.lexicons import available, compile_words, entries, pattern
from diptych.engine.sentences import Span
from diptych.resource_files import resource

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-‑]*[\w]|[^\W\d_]")
_PARTICLES = frozenset("de du des von van der den al el bin ibn da do dos del di la le los las".split())
_GENITIVE_DE = frozenset("der den des".split())
"""German articles that are also name particles: after "von"/"van" they are ("Ursula von
der Leyen"); straight after a capitalised word they make a genitive or a case of a noun
phrase ("seit Beginn der Aufzeichnungen"), which is no name."""
_HYPHEN = re.compile(r"[-‑]")
_POSSESSIVE = re.compile(r"['’]s$")
# Endings of adverbs and gerunds that open sentences, never names ("Reportedly", "Finalement").
_ADVERB_ENDINGS = {
    "en": ("ing", "ly"), "fr": ("ment",), "es": ("mente",), "it": ("mente",), "pt": ("mente",),
    "de": ("erweise", "licherweise"), "nl": ("erwijs", "lijk"),
}
_ELISION = re.compile(r"^(?:[ldjnmst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_ARTICLES_DE = frozenset(
    "der die das den dem des ein eine einer eines einem einen im am vom zum zur beim ins "
    "kein keine keinen keinem keiner dieser diese dieses diesem diesen jeder jede jedes "
    "sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere".split()
)

# Same key for the usual renderings of Cyrillic names in en/fr/de/es, applied in order.
_TRANSLIT = {
    "en": [("shch", "sc"), ("kh", "h"), ("zh", "j"), ("ch", "c"), ("sh", "s"), ("ts", "c")],
    "fr": [("chtch", "sc"), ("tch", "c"), ("kh", "h"), ("ch", "s"), ("j", "j"), ("ou", "u"), ("ts", "c")],
    "de": [("schtsch", "sc"), ("tsch", "c"), ("sch", "s"), ("ch", "h"), ("sh", "s"), ("zh", "j"), ("ts", "c")],
    "es": [("sh", "s"), ("ch", "c"), ("kh", "h"), ("zh", "j"), ("j", "h"), ("ts", "c")],
}


@lru_cache(maxsize=65536)
def name_key(word: str, language: str) -> str:
    """A spelling-insensitive key: Shevchenko / Chevtchenko / Schewtschenko -> one key."""
    text = unicodedata.normalize("NFKD", word.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("œ", "oe")
    text = re.sub(r"[^a-z]", "", text)
    if language == "de" and text.startswith("s") and len(text) > 1 and text[1] in "aeiouy":
        text = "z" + text[1:]  # Selenskyj
    for a, b in _TRANSLIT.get(language, _TRANSLIT["en"]):
        text = text.replace(a, b.upper())
    text = text.replace("ck", "k").replace("q", "k")
    text = re.sub(r"c(?![eiy])", "k", text)  # a hard c (the upper-case C is "ch")
    text = text.lower()
    text = text.replace("w", "v").replace("y", "i").replace("j", "i")
    text = re.sub(r"(.)\1+", r"\1", text)
    return text


@lru_cache(maxsize=65536)
def plain_key(word: str) -> str:
    """Lower case, accents and marks removed: "Kertész" -> "kertesz"."""
    text = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in text if c.isalpha() and not unicodedata.combining(c))


@lru_cache(maxsize=262144)
def same_spelling(a: str, la: str, b: str, lb: str) -> bool:
    """Two words that are spellings of one name (Zelensky/Zelenskyy), not two names."""
    if plain_key(a) == plain_key(b):
        return True  # "Rojas" in a Spanish text is not re-transliterated
    ka, kb = name_key(a, la), name_key(b, lb)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < 4:
        return False
    if ka.startswith(kb) or kb.startswith(ka):
        # Bondar / Bondarenko: one name extending another is another name; by one letter,
        # a spelling (Zelensky / Zelenskyy), unless in one language the letter is a
        # consonant of its own (Ilves / Ilvest): no transliteration adds one.
        if abs(len(ka) - len(kb)) != 1 and ka != kb:
            return False
        short, long_ = sorted((ka, kb), key=len)
        extra = long_[len(short)]
        # In one language only a silent "h" (Hanna / Hannah), a "y" (Zelensky /
        # Zelenskyy), a genitive "s" where the language writes it bare (Merkels; English
        # writes "Hopkins's", so "Hopkin" / "Hopkins" are two names) or a doubled letter is
        # a spelling; a vowel more is another name (Lund / Lunde).
        # Across languages a transliteration adds a vowel or a glide ("Selenskyj"), and a
        # language that writes a bare genitive or plural "s" adds it (Emirates / Emirate,
        # Merkels / Merkel), never another consonant of its own: "Bakken" / « Bakke » are
        # two names in any two languages, and so are "Ferrari" / « Ferraris » between
        # English, French, Italian or Spanish, none of which writes a genitive that way.
        if la != lb:
            return extra in _GLIDES or extra == short[-1] or (extra == "s" and bool({la, lb} & _BARE_GENITIVE))
        return extra in "yh" or (extra == "s" and la in _BARE_GENITIVE) or extra == short[-1]
    # Across languages a letter more or less in the middle is a transliteration
    # ("Mariupol" / "Marioupol"); in one language a letter swapped may be ("Giorgos" /
    # "Yiorgos"), a letter more is another name ("Gorni" / "Gorini"). "Vaitkus" /
    # "Vaitkis" (86) is another name anywhere.
    if la == lb and len(plain_key(a)) != len(plain_key(b)):
        return False
    if la != lb and a[:1].isupper() and b[:1].isupper() and _consonants(ka) != _consonants(kb):
        # Transliterations of a name differ in vowels, "h" and sibilants; a consonant
        # more, less or swapped ("Bentancur" / "Betancur", "Giménez" / "Jiménez") is
        # another name. (Cognate common nouns drop one: "Hospital" / « hôpital ».)
        return False
    return fuzz.ratio(ka, kb) >= 90


_GLIDES = "aeiouyjh"
"""The letters a transliteration adds at a name's end (Zelenskyy, Selenskyj, Yousef / Yousefi)."""
_BARE_GENITIVE = frozenset({"de", "nl", "sv", "da", "no", "nb"})
"""Languages whose genitive adds a bare "s" to a name (Merkels, Bakkens)."""


def _consonants(key: str) -> str:
    return re.sub(r"[aeiouyh]", "", key).replace("z", "s")


@dataclass(frozen=True)
class Name:
    """A run of capitalised words (titles cut off) and its head, usually the surname."""

    span: Span
    words: tuple[str, ...]
    before: str = ""  # the sentence text just before the name ("an economist at the ")
    after: str = ""  # and just after it ("'s office said")

    @property
    def head(self) -> str:
        return self.words[-1]


STOPWORDS = "name_stopwords"


def _stopwords(language: str) -> frozenset[str]:
    return _stopword_set(language)


@lru_cache(maxsize=None)
def _stopword_set(language: str) -> frozenset[str]:
    """A language's capitalised non-names and titles, with the English ones (English
    words turn up in every press)."""
    words: set[str] = set()
    for lang in {language, "en"}:
        words |= {w.lower() for w in entries(STOPWORDS, lang)}
        words |= {w.lower() for w in entries(STOPWORDS, lang, "titles")}
    return frozenset(words)


@lru_cache(maxsize=1)
def all_titles() -> frozenset[str]:
    """The titles and honorifics of every language with a list ("Kaiser", "imperatore",
    "Mrs"): a title before a name is cut off whatever the text's language, since
    articles quote foreign titles ("Kaiser Wilhelm") and translations keep them."""
    words: set[str] = set()
    for node in resource("lexicons").iterdir():
        m = re.fullmatch(rf"{STOPWORDS}\.(\w+)\.txt", node.name)
        if m:
            words |= {w.lower() for w in entries(STOPWORDS, m.group(1), "titles")}
    return frozenset(words)


def comparable_languages(a: str, b: str) -> bool:
    """Whether names can be compared between texts in ``a`` and ``b``: both have a list
    of titles and capitalised non-names."""
    return available(STOPWORDS, a) and available(STOPWORDS, b)


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def find_names(sentence: Span, language: str, lowercase_words: frozenset[str] = frozenset()) -> list[Name]:
    """Capitalised runs in a sentence that look like names.

    ``lowercase_words`` are the words the article also writes in lower case: a
    capitalised one opening a sentence is an ordinary word ("Relatives gathered").
    German capitalises every noun, so there a run must not follow an article or a
    lower-case word that agrees with it ("der ukrainische Menschenrechtsbeauftragte").
    """
    text = sentence.text
    stop = _stopwords(language)
    tokens = _name_tokens(text)
    names: list[Name] = []
    k = 0
    while k < len(tokens):
        start, end, word = tokens[k][:3]
        if not _is_capitalised(_strip(word)):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(tokens):
            gap = text[tokens[j - 1][1] : tokens[j][0]]
            plural_possessive = gap in ("' ", "’ ") and tokens[j - 1][2].endswith("s")
            if gap not in (" ", "\u00a0", "-") and not plural_possessive:
                break  # ("Patients' Rights Network", "Veterans' Affairs" are one name)
            w = tokens[j][2]
            prev = _strip(tokens[j - 1][2])
            if prev.isupper() and len(prev) >= 2 and not w.isupper():
                break  # "del BCE Tomás Aranda": the body's acronym, then the person
            if len(tokens[j - 1]) > 3 or len(tokens[j]) > 3:
                break  # "pro-Kremlin", "Riga-based": a compound is a name of its own
            if _POSSESSIVE.search(tokens[j - 1][2]):
                break  # "Norway's Ingrid Haugen": the possessive ends a name
            if _is_capitalised(w) and not _ends_clause(tokens[j - 1][2]):
                run.append(j)
                j += 1
            elif (chain := _particle_chain(text, tokens, j, language)) :
                run.extend(range(j, j + chain + 1))
                j += chain + 1
            elif _body_connector(text, tokens, run, j, language):
                run.extend((j, j + 1))
                j += 2
            else:
                break
        k = j
        # Cut titles, sentence openers, particles and (in German) common nouns off the
        # front ("der ukrainische Menschenrechtsbeauftragte Taras Melnyk"), particles
        # and titles off the end.
        while run:
            word = _strip(tokens[run[0]][2]).lower()
            if (
                word in stop
                or word in _PARTICLES
                or (len(run) > 1 and word.rstrip(".") in all_titles())
                or (language == "de" and _german_common_noun(text, tokens, run[0], len(run)))
                or (language == "de" and len(run) > 1 and _german_title(word))
            ):
                run.pop(0)
            else:
                break
        while run and tokens[run[-1]][2].lower() in _PARTICLES | stop:
            run.pop()
        if not run:
            continue
        if language == "en" and len(run) == 1 and _demonym(text, tokens, run[0]):
            continue  # "a Western diplomat", "Ukrainian officials"
        first = run[0]
        words = tuple(_strip(tokens[i][2]) for i in run)
        if _sentence_initial(text, tokens, first) and len(run) == 1 and (
            words[0].lower() in lowercase_words or words[0].lower().endswith(_ADVERB_ENDINGS.get(language, ()))
        ):
            continue  # "Finally, ...", "Finalement, ...", "Evidently ..."
        first_word, last_word = tokens[run[0]][2], tokens[run[-1]][2]
        a = tokens[run[0]][0]
        lead = _ELISION.match(first_word)  # "l'Ukraine" -> "Ukraine"
        if lead:
            a += lead.end()
        b = tokens[run[-1]][0] + _stripped_length(last_word)  # "Denmark's" -> "Denmark"
        if b > a:
            names.append(Name(sentence.sub(a, b), words, text[max(0, a - 40) : a], text[b : b + 40]))
    return names


def _name_tokens(text: str) -> list[tuple]:
    """Word tokens (start, end, word) for finding names, a hyphenated compound's lower-case
    prefix or suffix cut off: the place of "Riga-based", "pro-Kyiv", "ex-URSS" is a name
    however the compound is built (such a token carries a fourth item, True: it joins no
    other word into a name). Lower-case words inside a compound stay (they join a name:
    "Stratford-upon-Avon"), and so does a particle before one ("al-Assad")."""
    tokens: list[tuple] = []
    for m in _TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group(0)
        if _HYPHEN.search(word):
            cuts = [0] + [h.end() for h in _HYPHEN.finditer(word)]
            parts = [(a, b - 1 if i + 1 < len(cuts) else len(word)) for i, (a, b) in enumerate(zip(cuts, cuts[1:] + [len(word) + 1]))]
            capitalised = [i for i, (a, b) in enumerate(parts) if word[a:b][:1].isupper()]
            if capitalised:
                first, last = capitalised[0], capitalised[-1]
                if first > 0 and any(word[a:b].lower() in _PARTICLES for a, b in parts[:first]):
                    first = 0
                if first > 0 or last < len(parts) - 1:
                    lead = parts[first][0] if first > 0 else 0
                    tail = parts[last][1] if all(word[a:b][:1].islower() for a, b in parts[last + 1 :]) else len(word)
                    tokens.append((start + lead, start + tail, word[lead:tail], True))
                    continue
        tokens.append((start, end, word))
    return tokens


def _particle_chain(text: str, tokens, j: int, language: str) -> int:
    """How many particles from ``tokens[j]`` join a name to a capitalised word ("von der
    Leyen", "de la Fuente"): 0 when they do not. A German article straight after a
    capitalised word is a noun phrase's, not a particle ("Beginn der Aufzeichnungen")."""
    n = 0
    while n < 2 and j + n < len(tokens) and tokens[j + n][2].lower() in _PARTICLES:
        n += 1
    if n == 0 or j + n >= len(tokens) or not _is_capitalised(tokens[j + n][2]):
        return 0
    if any(text[tokens[k][1] : tokens[k + 1][0]] != " " for k in range(j, j + n)):
        return 0
    if language == "de" and tokens[j][2].lower() in _GENITIVE_DE:
        return 0
    return n


_BODY_CONNECTORS_EN = frozenset(("of", "for"))


def _body_connector(text: str, tokens, run: list[int], j: int, language: str) -> bool:
    """An English body's "of" or "for" ("Office for National Statistics", "Bank of
    England"): after a run holding a word of organisations, before a capitalised word, it
    joins one name, as « de » does in French. After a person or a place it does not
    ("Mayor of Tartu")."""
    word = tokens[j][2].lower()
    if language != "en" or word not in _BODY_CONNECTORS_EN | {"and"} or j + 1 >= len(tokens):
        return False
    if text[tokens[j - 1][1] : tokens[j][0]] != " " or text[tokens[j][1] : tokens[j + 1][0]] != " ":
        return False
    if len(tokens[j + 1]) > 3 or not _is_capitalised(tokens[j + 1][2]):
        return False
    pattern = _organisation_pattern()
    if word == "and":
        # "Centre for Disease Prevention and Control", "Department of Health and Social
        # Care": an "and" inside a body already joined by "of"/"for"; "National Emergency
        # and Civil Protection Authority": two capitalised words, then a body's words up to
        # its noun. Two names side by side ("France and Germany") have neither.
        if any(tokens[i][2].lower() in _BODY_CONNECTORS_EN for i in run) and any(
            pattern.match(_strip(tokens[i][2])) for i in run
        ):
            return True
        if len(run) < 2:
            return False
        rest = []
        for t in tokens[j + 1 : j + 5]:
            if not _is_capitalised(t[2]):
                break
            rest.append(t[2])
        return bool(rest) and pattern.match(_strip(rest[-1])) is not None
    return any(pattern.match(_strip(tokens[i][2])) for i in run)


_DEMONYM = re.compile(r"(?:ern|ian|ean|ese|ish|ic|i)$")


def _demonym(text: str, tokens, k: int) -> bool:
    """An English capitalised adjective before a lower-case noun: "Western diplomat".

    Only right before the noun: "In Helsinki, where …" and "In Iași, parents …" are places.
    """
    word = _strip(tokens[k][2])
    if k + 1 >= len(tokens) or not _DEMONYM.search(word) or _POSSESSIVE.search(tokens[k][2]):
        return False  # "Nairobi's envoy": a possessive is a name's
    gap = text[tokens[k][1] : tokens[k + 1][0]]
    follows = tokens[k + 1][2]
    # "Omondi told reporters", "Petrovic said": an adjective is never the subject of speech.
    return gap.isspace() and follows[:1].islower() and not _reporting_verb().fullmatch(follows)


@lru_cache(maxsize=1)
def _reporting_verb() -> re.Pattern[str]:
    return compile_words(entries("reporting_verbs", "en")) or re.compile(r"(?!)")


def _stripped_length(word: str) -> int:
    """Length of ``word`` up to the end of the name (possessive and trailing marks cut)."""
    word = _POSSESSIVE.sub("", word)
    return len(word.rstrip(".-'’"))


def _strip(word: str) -> str:
    word = _POSSESSIVE.sub("", word)
    word = _ELISION.sub("", word)
    return word.rstrip(".-'’")


def _ends_clause(word: str) -> bool:
    return word.endswith((".", ",", ";", ":"))


def _sentence_initial(text: str, tokens, k: int) -> bool:
    if k == 0:
        return True
    before = text[: tokens[k][0]].rstrip()
    return not before or before[-1] in ".!?:«»\"“”„‚‘’(—–-"


def _german_common_noun(text: str, tokens, k: int, run_length: int) -> bool:
    """Whether the German capitalised word ``tokens[k]`` is a common noun, not a name.

    It is when an article or an agreeing lower-case adjective stands before it, or when
    it opens the sentence alone; a word the name list knows is always a name.
    """
    word = _strip(tokens[k][2])
    if gazetteer().entities_of(word):
        return False
    if k == 0 or _sentence_initial(text, tokens, k):
        return run_length == 1 or word.lower() in _ARTICLES_DE
    prev = tokens[k - 1][2]
    gap = text[tokens[k - 1][1] : tokens[k][0]]
    if gap.strip():
        return False
    if prev.lower() in _ARTICLES_DE:
        return True
    return bool(prev[:1].islower() and re.search(r"(?:e|en|er|es|em)$", prev) and prev.lower() not in _NOT_ADJECTIVES_DE)


_NOT_ADJECTIVES_DE = frozenset(
    "sagte erklärte betonte warnte meinte schrieb bestätigte wie so ohne gegen wegen zwischen "
    "bei von in nach unter über hinter neben vor seit aus zu dass sie er es wir ihr haben "
    "hatte hatten werden wurde wurden sollen wollen können müssen dürfen mögen sind waren "
    "seien habe hätten wäre wären".split()
)


def _german_title(word: str) -> bool:
    """A German compound ending in a title: "Konzernchef", "Energieminister"."""
    return any(word.endswith(t) for t in entries("name_stopwords", "de", "title endings"))


def _looks_foreign(word: str) -> bool:
    return bool(re.search(r"[yjkwøåæ]|ch$|ko$|nk$|sk[iy]?$|ov$|ev$|iv$", word.lower()))


class Gazetteer:
    """The curated variants of ``lexicons/name_variants.txt``: which entity a word names."""

    def __init__(self, lines: list[str]) -> None:
        self._seen: dict[str, frozenset[int]] = {}
        self._patterns: list[re.Pattern[str]] = []
        self.given_names: frozenset[int] = frozenset(i for i, line in enumerate(lines) if line.startswith("given:"))
        """Ids of the lines that hold a given name's spellings ("given: Oleksandr|…")."""
        for line in lines:
            line = line.removeprefix("given:")
            alternatives = []
            for variant in line.split("|"):
                variant = variant.strip()
                if not variant:
                    continue
                prefix = variant.endswith("*")
                body = re.escape(variant.rstrip("*")).replace(r"\ ", r"\s+")
                tail = r"\w*" if prefix else ""
                case = "" if _case_sensitive(variant) else "(?i:"
                alternatives.append(f"{case}{body}{tail}{')' if case else ''}")
            self._patterns.append(re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)"))

    def entities(self, text: str) -> set[int]:
        """Ids of every entity named anywhere in ``text`` (remembered: texts recur)."""
        found = self._seen.get(text)
        if found is None:
            found = frozenset(i for i, p in enumerate(self._patterns) if p.search(text))
            if len(self._seen) > 4096:
                self._seen.clear()
            self._seen[text] = found
        return set(found)

    def entities_of(self, name: str) -> set[int]:
        """Ids of the entities a whole name (or its head) is a variant of."""
        return self.entities(name)


def _case_sensitive(variant: str) -> bool:
    letters = [c for c in variant if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 2 and " " not in variant and len(letters) <= 5


@lru_cache(maxsize=1)
def _organisation_pattern() -> re.Pattern[str]:
    return _word_list("organisation_words.txt")


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    return _word_list("place_words.txt")


def _word_list(filename: str) -> re.Pattern[str]:
    """One word of a name matching any line of ``lexicons/<filename>`` (``*``: any ending)."""
    text = resource("lexicons", filename).read_text(encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    alternation = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words)
    return re.compile(rf"(?i)^(?:{alternation})$")


def _generic(word: str) -> bool:
    """A word a translation renders as a common noun: the "Museum" of "Hessel Museum",
    the "Square" of "Independence Square"."""
    return bool(_organisation_pattern().match(word) or _place_pattern().match(word))


def _common_only(name: Name) -> bool:
    """A name made only of capitalised common nouns of bodies or places ("Ministry",
    « Hacienda », "Treasury"): across languages a translator names an institution by
    whichever word the language uses for it (« Hacienda » for "the Finance Ministry"), so
    two such words are no name swapped."""
    return all(_generic(w) or w.lower() in _PARTICLES for w in name.words)


def is_organisation(name: Name) -> bool:
    """A name whose words make it a body ("ECB Executive Board", "Institut de Kiel")."""
    pattern = _organisation_pattern()
    return any(pattern.match(w) for w in name.words) or any(w.isupper() and len(w) >= 2 for w in name.words)


def is_person(name: Name, known: frozenset[str] = frozenset()) -> bool:
    """A name that can be a speaker: two or more words that are not a body or a place, or
    one word that is the surname of a person named in full elsewhere (``known``)."""
    if is_organisation(name):
        return False
    entities = gazetteer().entities_of(name.span.text)
    if len(name.words) >= 2 and entities:
        # The variants list holds given names ("given: Oleksandr|…|Alejandro") beside
        # places and bodies: a name whose only listed word is its first, a given name,
        # is a person so named ("Alejandro Molina"); "Kyiv Oblast", "Kryvyi Rih" are not.
        gaz = gazetteer()
        given = gaz.entities_of(name.words[0])
        return bool(given) and given <= gaz.given_names and not (entities - given) and not all(
            _generic(w) for w in name.words[1:]
        )
    if entities:
        return False
    if len(name.words) >= 2:
        return True
    return name.head in known


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resource("lexicons", "name_variants.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return Gazetteer(lines)


def name_in_text(name: Name, language: str, text: str, text_language: str, words: list[str] | None = None) -> bool:
    """Whether ``text`` (the other version) names the same thing as ``name``.

    True when the head word has a same-spelling word there, or the curated variants
    tie the name to an entity the text names, or a lower-case adjective of the text
    starts with the name ("Emirati" / "emiratischen").
    """
    words = words if words is not None else [m.group(0) for m in _TOKEN.finditer(text)]
    head = name.head
    stripped = [_strip(w) for w in words]
    stripped += [part for w in stripped if _HYPHEN.search(w) for part in _HYPHEN.split(w) if part]
    for w in stripped:
        if same_spelling(head, language, w, text_language):
            return True
        if w[:1].islower() and len(head) >= 5 and name_key(w, text_language).startswith(name_key(head, language)[:-1]):
            return True
    gaz = gazetteer()
    wanted = gaz.entities_of(name.span.text) | gaz.entities_of(head)
    if wanted and wanted & gaz.entities(text):
        return True
    return False


# --- comparing the names of two versions ---------------------------------------------------

TRANSLATED = 0.7
"""Cosine between a name and a few words of the other version above which the name was
translated there ("Red Cross" / "Croix-Rouge", "Énergie" / "energy"), not changed."""
SAME_ENTITY = 0.75
"""Cosine between two names above which they name the same thing in two languages
(Poland / Pologne score 0.92, Poland / Romania 0.51)."""

RELATED_NAMES = 0.6
"""Below SAME_ENTITY, two unlike names that alone differ in a sentence are still one
thing said two ways when their cosine reaches this."""

_NGRAM_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _ngrams(text: str, n: int = 3) -> list[str]:
    words = _NGRAM_WORD.findall(text)
    return [" ".join(words[i : i + k]) for k in range(1, n + 1) for i in range(len(words) - k + 1)]


def _missing(name: Name, language: str, other_text: str, other_language: str, other_words: list[str]) -> bool:
    """A word of ``name`` that no word of the other version spells, and no variant covers it."""
    if name_in_text(name, language, other_text, other_language, other_words):
        # The head is there; still, "Rhône Glacier" -> "Rhine Glacier" lost "Rhône".
        pass
    gaz = gazetteer()
    if gaz.entities_of(name.span.text) & gaz.entities(other_text):
        return False
    stripped = [_strip(w) for w in other_words]
    stripped += [part for w in stripped if "-" in w for part in w.split("-")]
    for word in name.words:
        if word.lower() in _PARTICLES or len(word) < 3:
            continue
        if language != other_language and len(name.words) > 1 and _generic(word):
            continue  # "Hessel Museum" / "Museo Hessel": the common noun is translated
        parts = [part for part in _HYPHEN.split(word) if part[:1].isupper() and len(part) >= 3]
        if (
            len(parts) > 1
            and any(same_spelling(part, language, w, other_language) for part in parts for w in stripped)
            and not (language == other_language and _element_swapped(parts, stripped))
        ):
            continue  # "Riga-Open" / "Riga": a compound's name (never its "upon", "du")
        if gaz.entities_of(word) & gaz.entities(other_text):
            continue
        if any(same_spelling(word, language, w, other_language) for w in stripped):
            continue
        key = name_key(word, language)
        if len(word) >= 5 and any(
            w[:1].islower() and len(derived := name_key(w, other_language)) > len(key) and derived.startswith(key[:-1])
            for w in stripped
        ):
            continue  # "Emirati" / "emiratischen", "Kenya" / « kényan »; not "Damme" / "damp" (no longer)
        return True
    return False


_CONTAINING = frozenset(
    "in im en dans au aux à a nel nella nell del de du des della dello di of".split()
)
"""The prepositions that put a place inside a region ("in", « dans le nord du », „im Norden“,
"nel nord del")."""


def placed_in(place: Name, region: Name, text: str) -> bool:
    """Whether ``text`` says ``place`` lies in ``region``: the place, then straight after it
    a preposition of place and within five words the region ("Braga, in northern Portugal", „Braga im Norden
    Portugals“), or the region in apposition ("Braga, Portugal", "Braga (Portugal)")."""
    if plain_key(place.span.text) == plain_key(region.span.text):
        return False
    words = [m.group(0) for m in _TOKEN.finditer(text)]
    keys = [plain_key(w) for w in words]
    first, region_key = plain_key(place.words[0]), plain_key(region.head)
    n = len(place.words)
    if len(region_key) < 3:
        return False
    for i in range(len(keys) - n + 1):
        if keys[i] != first or [plain_key(w) for w in words[i : i + n]] != [plain_key(w) for w in place.words]:
            continue
        after = keys[i + n : i + n + 6]
        for j, key in enumerate(after):
            if key == region_key or (key.startswith(region_key) and len(key) - len(region_key) <= 1):
                if j > 0 and after[0] in _CONTAINING:
                    return True  # the preposition straight after the place, not "Braga spread to schools in Lisbon"
                if j == 0:
                    return bool(re.search(re.escape(words[i + n - 1]) + r"\s*[,(]\s*" + re.escape(words[i + n]), text))
                break
    return False


def _element_swapped(parts: list[str], words: list[str]) -> bool:
    """In one language, whether ``words`` hold a compound of as many capitalised elements
    as ``parts`` sharing one of them and not another: "Midden-Brabant" / "West-Brabant",
    a region's (or body's) element swapped, not the compound shortened to its name."""
    keys = [plain_key(p) for p in parts]
    for word in words:
        if not _HYPHEN.search(word):
            continue
        other = [plain_key(p) for p in _HYPHEN.split(word) if p[:1].isupper() and len(p) >= 3]
        if len(other) == len(keys) and set(other) & set(keys) and set(other) != set(keys):
            return True
    return False


@dataclass
class _Candidate:
    lost: list[Name]
    new: list[Name]
    o_text: str
    d_text: str
    score: float
    resemblance_only: bool = False  # group-wide: only names that resemble each other pair


class NameComparison:
    """Names of aligned sentences that differ between the versions.

    Build it, let the caller embed :meth:`wanted`, then call :meth:`findings`.
    """

    def __init__(self, ctx, quoted_spans: set[tuple[int, int]] = frozenset()) -> None:
        self.ctx = ctx
        o, d = ctx.original, ctx.derivative
        self.candidates: list[_Candidate] = []
        if not comparable_languages(o.language, d.language):
            return
        for group in ctx.groups:
            o_text = ctx.group_text(o, group.original)
            d_text = ctx.group_text(d, group.derivative)
            o_words = _NGRAM_WORD.findall(o_text)
            d_words = _NGRAM_WORD.findall(d_text)
            # A soft group (an unlinked paragraph and its likeliest source) only vouches
            # for close resemblances: the group-wide pass below.
            for o_block, d_block, score in ([] if group.soft else group.aligned()):
                o_names = [n for k in o_block for n in _side_names(o, k, d)]
                d_names = [n for k in d_block for n in _side_names(d, k, o)]
                lost = [n for n in o_names if _missing(n, o.language, d_text, d.language, d_words)]
                new = [n for n in d_names if _missing(n, d.language, o_text, o.language, o_words)]
                if lost and new:
                    self.candidates.append(
                        _Candidate(
                            lost,
                            new,
                            " ".join(o.sentences[k].text for k in o_block),
                            " ".join(d.sentences[k].text for k in d_block),
                            score,
                        )
                    )
            # A name altered where the sentences did not align one to one (two quotes
            # run together, a sentence split): the whole group, for close resemblances only.
            if group.pairs:
                o_names = [n for k in group.original for n in _side_names(o, k, d)]
                d_names = [n for k in group.derivative for n in _side_names(d, k, o)]
                lost = [n for n in o_names if _missing(n, o.language, d_text, d.language, d_words)]
                new = [n for n in d_names if _missing(n, d.language, o_text, o.language, o_words)]
                if lost and new:
                    score = max(p.score for p in group.pairs)
                    self.candidates.append(_Candidate(lost, new, o_text, d_text, score, resemblance_only=True))

    def wanted(self) -> list[str]:
        texts: list[str] = []
        for c in self.candidates:
            texts += [n.span.text for n in c.lost + c.new]
            texts += [part for a in c.lost for b in c.new for part in _differing(a, b)]
            if not self.ctx.same_language and not c.resemblance_only:
                texts += _ngrams(c.o_text) + _ngrams(c.d_text)
        return texts

    def _same_entity(self, a: Name, b: Name) -> bool:
        """Across languages, whether two names sharing a word name one thing.

        A person keeps a given name and changes a surname ("Maria da Luz Gonçalves" /
        "Gomes"): never the same. A place or body translates its other words
        ("Kiel Institute" / "Instituto de Kiel", "Saxony" / "Saxe"): the same when those
        words are close in spelling, are words of institutions, or the encoder says so.
        """
        if self.ctx.same_language:
            return False
        if len(a.words) > 1 and len(b.words) > 1 and plain_key(a.words[0]) == plain_key(b.words[0]) and not (
            is_organisation(a) or is_organisation(b)
        ):
            return False
        if _title_only(a, self.ctx.original, b, self.ctx.derivative):
            return True
        da, db = _differing(a, b)
        if _given_name_changed(a, b, da, db):
            # "Lucia Ferrand" / « Luisa Ferrand »: a translation respells a given name
            # (« Lucía »), never gives another; one that merely looks alike ("Marta" /
            # « María ») is another person of the same family name.
            return _given_name_respelt(da, self.ctx.original.language, db, self.ctx.derivative.language)
        ka, kb = name_key(da, self.ctx.original.language), name_key(db, self.ctx.derivative.language)
        pattern = _organisation_pattern()
        if all(pattern.match(w) for w in da.split() + db.split()):
            return True
        if fuzz.ratio(ka, kb) >= 75:
            return True
        return self.ctx.embeddings.sim(da, db) >= SAME_ENTITY

    def _elsewhere(self, name: Name, side, other) -> bool:
        """Whether the other article names ``name``, whole, somewhere."""
        text = getattr(other, "_plain_text", None)
        if text is None:
            text = " " + " ".join(plain_key(w) for s in other.sentences for w in _TOKEN.findall(s.text)) + " "
            other._plain_text = text
        wanted = " ".join(plain_key(w) for w in name.words)
        return f" {wanted} " in text

    def _generalised(self, a: Name, b: Name) -> bool:
        """One of two unlike names is a country, capital or body of the curated list that
        the story names anyway, the other a lesser place: "a Bremen museum" / "a German
        museum" says less, not something else. (Two listed names swapped, "Vienna" /
        "Geneva", are still a change.)"""
        gaz = gazetteer()
        ea, eb = gaz.entities_of(a.span.text), gaz.entities_of(b.span.text)
        if bool(ea) == bool(eb):
            return False
        known, story = (ea, self.ctx.derivative) if ea else (eb, self.ctx.original)
        return bool(known & _entities_named(story))

    def _placed_in(self, place: Name, region: Name) -> bool:
        """Whether either article puts ``place`` inside ``region`` ("Braga, in northern
        Portugal", « Braga, dans le nord du Portugal », „Braga im Norden Portugals“):
        a headline that names the region for the place says less, not another place."""
        return any(
            placed_in(place, region, sentence.text)
            for side in (self.ctx.original, self.ctx.derivative)
            for sentence in side.sentences
        )

    def _translated(self, name: Name, other_text: str, other_names: list[Name]) -> bool:
        """Whether some words of the other version (its differing names left out) translate ``name``."""
        emb = self.ctx.embeddings
        masked = other_text
        for other in other_names:
            masked = masked.replace(other.span.text, " | ")
        return any(emb.sim(name.span.text, g) >= TRANSLATED for g in _ngrams(masked) if "|" not in g)

    def findings(self, reported: list[tuple[int, int, int]] = ()) -> list:
        """``name_changed`` findings; ``reported`` are (side "o"/"d", segment, start, end)
        spans already reported by another detector (a quote's speaker), not reported again."""
        from diptych.engine.groups import finding

        ctx = self.ctx
        o_lang, d_lang = ctx.original.language, ctx.derivative.language
        out = []
        for c in self.candidates:
            lost, new = list(c.lost), list(c.new)
            pairs = []
            for a in lost:
                best = None
                for b in new:
                    if not ctx.same_language and _sense_swapped(a, o_lang, b, d_lang):
                        best = b  # "North Korea" / « Corée du Sud »
                        break
                    if (
                        _altered(a, o_lang, b, d_lang)
                        and not self._same_entity(a, b)
                        and not (not ctx.same_language and _rendered_word_for_word(a, b, c.o_text, c.d_text, o_lang, d_lang))
                        and not _rendered_by_sense(a, o_lang, b, d_lang)
                    ):
                        best = b
                        break
                if best is not None:
                    pairs.append((a, best, 0.8))
                    new.remove(best)
            if not pairs and not c.resemblance_only and len(lost) == 1 and len(new) == 1 and (
                ctx.same_language or _unlike(lost[0], o_lang, new[0], d_lang)
            ) and not (_opens_sentence(lost[0], ctx.original) or _opens_sentence(new[0], ctx.derivative)):
                # One name gone and one come in the same sentences, unlike each other:
                # a swap, unless the encoder sees one thing in two words ("Alpine" /
                # "Alps"). Across languages only when the spellings have nothing in
                # common: a near spelling is an exonym no list holds ("Bolzano" / "Bozen").
                a, b = lost[0], new[0]
                plausible = d_lang != "de" or len(b.words) >= 2 or _looks_foreign(b.head)
                same = ctx.embeddings.sim(a.span.text, b.span.text) >= RELATED_NAMES
                translated = not ctx.same_language and (
                    self._translated(a, c.d_text, []) or self._translated(b, c.o_text, [])
                )
                if (
                    plausible
                    and not same
                    and not translated
                    and _comparable_shape(a, b)
                    and not _exonym(a, o_lang, b, d_lang)
                    and _same_kind(a, o_lang, b, d_lang)
                    and not self._generalised(a, b)
                    and not self._placed_in(a, b)
                    and not _rendered_by_sense(a, o_lang, b, d_lang)
                    and (ctx.same_language or not (_common_only(a) and _common_only(b)))
                ):
                    pairs.append((a, b, 0.6))
            for a, b, confidence in pairs:
                o_reported = any(_overlaps(s, "o", a.span) for s in reported)
                d_reported = any(_overlaps(s, "d", b.span) for s in reported)
                if o_reported and d_reported:
                    continue  # a quote's speaker renamed: the quote analysis said so
                if (o_reported or d_reported) and not _altered(a, o_lang, b, d_lang):
                    # One side is a quote's speaker given to someone else ("she said"
                    # standing for Mirjam Hoekstra, now credited to another); the other
                    # name is then no renaming of it unless it is an altered spelling of
                    # it ("Hoekstra" / "Hoekstein").
                    continue
                people = len(a.words) >= 2 and len(b.words) >= 2 and not (is_organisation(a) or is_organisation(b))
                if people and (self._elsewhere(b, ctx.derivative, ctx.original) or self._elsewhere(a, ctx.original, ctx.derivative)):
                    # Another person or place of the story: the sentence now speaks of
                    # someone else (a misattribution, judged with the quotes), not of
                    # a renamed one.
                    continue
                out.append(
                    finding(
                        "name_changed",
                        a.span,
                        b.span,
                        f"A name changed: the original's '{a.span.text}' is '{b.span.text}' in the derivative "
                        "(not a known spelling or translation of it).",
                        confidence * (1.0 if c.score >= 0.6 else 0.85),
                    )
                )
        return out


def _side_names(side, k: int, other) -> list[Name]:
    """The names of sentence ``k`` of ``side`` that are names, German common nouns cut off their end."""
    names = [n for n in find_names(side.sentences[k], side.language, side.lowercase_words) if _proper(n, side, k)]
    if side.language != "de":
        return names
    return [_without_common_tail(n, side, other) for n in names]


_ARTICLE_AND_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0]+(?=([^\W\d_][\w\-‑]*))")


def _article_nouns(side) -> frozenset[str]:
    """The capitalised words a German text writes right after an article somewhere
    ("die Prüfer", "ein Prüfer"): common nouns, however a name before them runs on."""
    return side.memo("article_nouns", lambda: frozenset(
        m.group(2)
        for sentence in side.sentences
        for m in _ARTICLE_AND_WORD.finditer(sentence.text)
        if m.group(1).lower() in _ARTICLES_DE and _is_capitalised(m.group(2))
    ))


def _plain_words(side) -> frozenset[str]:
    return side.memo("plain_words", lambda: frozenset(plain_key(w) for s in side.sentences for w in _TOKEN.findall(s.text)))


def _without_common_tail(name: Name, side, other) -> Name:
    """A German name less the common nouns its run took in at the end: German capitalises
    the noun after a name ("an der Technischen Universität Lublin Prüfer ausbildet"). A
    last word is one when the text also writes it after an article ("die Prüfer"), no name
    list knows it and the other version does not write it (a name keeps its words there)."""
    words = list(name.words)
    nouns = _article_nouns(side)
    while (
        len(words) > 1
        and words[-1] in nouns
        and plain_key(words[-1]) not in _plain_words(other)
        and not gazetteer().entities_of(words[-1])
    ):
        words.pop()
    if len(words) == len(name.words):
        return name
    text, end = name.span.text, 0
    for w in words:
        end = text.index(w, end) + len(w)
    return Name(name.span.sub(0, end), tuple(words), name.before, text[end:] + name.after)


def _proper(name: Name, side, k: int) -> bool:
    """Not a capitalised sentence opener: a lone word that opens its sentence ("Strict
    rules ...") is a name only if the article also capitalises it inside a sentence."""
    sentence = side.sentences[k]
    if len(name.words) > 1 or not _at_start(name, sentence):
        return True
    return name.head in _inner_capitals(side)


def _at_start(name: Name, sentence: Span) -> bool:
    """Only punctuation and quote marks before the name in its sentence, or an opening
    quote mark just before it: a quotation opens with a capital too (« Libérez ... »)."""
    before = sentence.text[: max(0, name.span.start - sentence.start)]
    return name.span.seg == sentence.seg and (not any(c.isalnum() for c in before) or _after_opening_quote(before))


_OPENING_QUOTE = re.compile(r"(?:[«“„‚‹]|(?:^|\s)[\"'‘])\s*$")


def _after_opening_quote(before: str) -> bool:
    return bool(_OPENING_QUOTE.search(before))


def _opens_sentence(name: Name, side) -> bool:
    """A lone word at the start of a sentence: too often an ordinary word ("People", « Ceux »)."""
    return len(name.words) == 1 and any(s.contains(name.span) and _at_start(name, s) for s in side.sentences)


def _inner_capitals(side) -> frozenset[str]:
    return side.memo("inner_capitals", lambda: _capitals_inside_sentences(side))


def _capitals_inside_sentences(side) -> frozenset[str]:
    words = set()
    for sentence in side.sentences:
        for token in _name_tokens(sentence.text)[1:]:
            w = _strip(token[2])
            if w[:1].isupper() and not _after_opening_quote(sentence.text[: token[0]]):
                words.add(w)
    return frozenset(words)


def _overlaps(reported: tuple[str, int, int, int], side: str, span: Span) -> bool:
    where, seg, start, end = reported
    return where == side and seg == span.seg and start < span.end and span.start < end


def _altered(a: Name, la: str, b: Name, lb: str) -> bool:
    """One name altered into another: a shared word ("Natalia Bondar" / "Natalia
    Bondarenko", "Rhône Glacier" / "Rhine Glacier") or a similar single word.

    Single words that derive from each other ("Alps" / "Alpine") are not altered, nor,
    across languages, near-identical ones ("Frankfurt" / "Fráncfort": an exonym).
    """
    if is_organisation(a) != is_organisation(b):
        return False  # "Hessel Museum" / "Friedrich Hessel": a body named after a person
    shared = {plain_key(w) for w in a.words if len(w) > 2} & {plain_key(w) for w in b.words if len(w) > 2}
    if shared and (len(a.words) > 1 or len(b.words) > 1):
        return True
    if len(a.words) > 1 or len(b.words) > 1 or la != lb:
        return False  # across languages, two near single words are an exonym
    ka, kb = name_key(a.head, la), name_key(b.head, lb)
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 3 and long_.startswith(short[: max(3, len(short) - 2)]) and _derived(short, long_):
        return False
    if _exonym(a, la, b, lb):
        return False
    return fuzz.ratio(ka, kb) >= 60


_DERIVING = re.compile(r"(?:n|an|ans|ian|ians|ean|ine|ish|ese|lese|i|er|ers|eer|eers|ite|ites|ic|ism|ist|ois|aise?|ais|isch|ische[nrms]?|o|a|e|s|es)")
"""The endings a word derived from a name takes ("Alpine", "Kenyan", "Ukrainian",
"Congolese", "Brexiteer"): what the longer of two near names adds after their shared
part, for one to be derived from the other."""


def _derived(short: str, long_: str) -> bool:
    """Is ``long_`` a word derived from the name ``short`` ("alps" / "alpine"), not another
    name with a few letters changed ("aquavera" / "aquaverde")?"""
    common = len(os.path.commonprefix([short, long_]))
    return _DERIVING.fullmatch(long_[common:]) is not None or long_[common:] == ""


def _cognate(a: str, b: str) -> bool:
    """One word in two languages: "Marathon" / « marathon », "Classic" / « clásica », or a
    shared stem that the shorter word runs on from by two letters at most ("Riverside" /
    « Rives », "Valley" / « Vallée »)."""
    ka, kb = plain_key(a), plain_key(b)
    if min(len(ka), len(kb)) < 3:
        return False
    if fuzz.ratio(ka, kb) >= 75:
        return True
    shared = len(os.path.commonprefix([ka, kb]))
    return shared >= 4 and shared >= min(len(ka), len(kb)) - 2


def _rendered_word_for_word(a: Name, b: Name, a_text: str, b_text: str, a_lang: str = "", b_lang: str = "") -> bool:
    """Across languages, two names sharing a word whose other words are each a particle
    or the same word as one of the other name, or as a word the other sentence writes in
    lower case, one such common noun at least: an event, place or body whose words were
    translated ("Drava Riverside Marathon" / « le marathon des Rives de la Drava », its
    common noun left outside the name), not a changed name ("Riverside" / « Collines » is
    another word), nor a person's ("Pieter van Dam" / "Pieter van Damme"). German writes
    its common nouns and their adjectives with a capital ("des Botanischen Gartens
    Hazlehead" for "Hazlehead Botanic Garden"): there any word outside the name counts."""
    shared = {plain_key(w) for w in a.words} & {plain_key(w) for w in b.words}
    if not shared or plain_key(a.words[0]) == plain_key(b.words[0]):
        return False  # a person keeps a given name and changes a surname ("Pieter van Dam" / "Damme")
    common_noun = False
    for name, other, other_text, other_lang in ((a, b, b_text, b_lang), (b, a, a_text, a_lang)):
        words = [w for w in other.words if plain_key(w) not in shared]
        common = [w for w in _NGRAM_WORD.findall(other_text) if (w[:1].islower() or other_lang == "de") and len(w) >= 4]
        for word in name.words:
            if plain_key(word) in shared or word.lower() in _PARTICLES or len(word) < 3:
                continue
            if any(_cognate(word, w) for w in common):
                common_noun = True
            elif not any(_cognate(word, w) for w in words):
                return False
    return common_noun


_NAME_WORDS = "name words"


@lru_cache(maxsize=None)
def _sense_table(language: str) -> dict[str, frozenset[str]]:
    """``{word without accents: senses}`` of a language's ordinary name-forming words."""
    table: dict[str, set[str]] = {}
    for line in entries(STOPWORDS, language, _NAME_WORDS):
        sense, _, words = line.partition(":")
        for word in words.split():
            table.setdefault(plain_key(word), set()).add(sense.strip())
    return {word: frozenset(senses) for word, senses in table.items()}


def descriptive_senses(word: str, language: str) -> frozenset[str]:
    """The senses ("high", "green", "north") of an ordinary word names are made of, in
    ``language``'s own list: « Hautes » is "high", "Grünen" "green"; German "Alte" is
    "old" where Italian "alte" is "high"."""
    return _sense_table(language).get(plain_key(word), frozenset())


def _sense_alignment(a: Name, la: str, b: Name, lb: str) -> tuple[int, int, list[str], list[str]]:
    """The words of two names in two languages paired off: first those of one sense
    (« Hautes » / "High"), then those spelled alike ("Tatras", "Corée" / "Korea"), never
    two words of different senses however alike ("West" / « Est »). Returns (pairs by
    sense, pairs by spelling, words of ``a`` left, words of ``b`` left); particles are
    left out and hyphenated words split ("Croix-Rouge")."""

    def parts(name: Name) -> list[str]:
        return [p for w in name.words for p in _HYPHEN.split(w) if len(p) >= 2 and p.lower() not in _PARTICLES]

    rest_a, rest_b = parts(a), parts(b)
    by_sense = by_spelling = 0
    for wa in list(rest_a):
        senses = descriptive_senses(wa, la)
        if not senses:
            continue
        partner = next((wb for wb in rest_b if senses & descriptive_senses(wb, lb)), None)
        if partner is not None:
            rest_a.remove(wa)
            rest_b.remove(partner)
            by_sense += 1
    for wa in list(rest_a):
        senses = descriptive_senses(wa, la)
        partner = next(
            (
                wb
                for wb in rest_b
                if not (senses and descriptive_senses(wb, lb))
                and (
                    same_spelling(wa, la, wb, lb)
                    or fuzz.ratio(name_key(wa, la), name_key(wb, lb)) >= 75
                    or gazetteer().entities_of(wa) & gazetteer().entities_of(wb)
                )
            ),
            None,
        )
        if partner is not None:
            rest_a.remove(wa)
            rest_b.remove(partner)
            by_spelling += 1
    return by_sense, by_spelling, rest_a, rest_b


def _rendered_by_sense(a: Name, la: str, b: Name, lb: str) -> bool:
    """Across languages, a name whose words are each rendered by a word of the same
    sense or the same name ("the Greens" / « les Verts », "High Atlas" / « Haut
    Atlas », "North Sea" / « mer du Nord », "Red Cross" / « Croix-Rouge »): one word
    of the same sense at least, and every other word spelled alike, a particle, or a
    place's or body's common noun that the translation left out of the name. A word of
    another sense ("North Korea" / « Corée du Sud ») makes another name."""
    if la == lb:
        return False
    by_sense, _, rest_a, rest_b = _sense_alignment(a, la, b, lb)
    # What is left must say nothing of its own: no word of a sense (it would be another
    # one), only the common noun of a place or body ("Sea" / « mer » outside the name).
    return by_sense > 0 and all(
        _generic(w) and not descriptive_senses(w, lang) for ws, lang in ((rest_a, la), (rest_b, lb)) for w in ws
    )


def _sense_swapped(a: Name, la: str, b: Name, lb: str) -> bool:
    """Across languages, the same name with a word of one sense put for a word of
    another: "North Korea" / « Corée du Sud », "West Africa" / « Afrique de l'Est »,
    "Upper Austria" / « Basse-Autriche ». The rest is spelled alike; the words left on
    each side are all name-forming words, none sharing a sense with the other side's."""
    if la == lb:
        return False
    _, by_spelling, rest_a, rest_b = _sense_alignment(a, la, b, lb)
    if not by_spelling or not rest_a or not rest_b:
        return False
    senses_a = [descriptive_senses(w, la) for w in rest_a]
    senses_b = [descriptive_senses(w, lb) for w in rest_b]
    if not all(senses_a) or not all(senses_b):
        return False
    return not (frozenset().union(*senses_a) & frozenset().union(*senses_b))


def _differing(a: Name, b: Name) -> tuple[str, str]:
    """The words two names do not share ("Quiroga", "Quintana"), or the whole names."""
    shared = {plain_key(w) for w in a.words} & {plain_key(w) for w in b.words}
    da = " ".join(w for w in a.words if plain_key(w) not in shared) or a.span.text
    db = " ".join(w for w in b.words if plain_key(w) not in shared) or b.span.text
    return da, db


def _unlike(a: Name, la: str, b: Name, lb: str) -> bool:
    """Spellings with nothing in common ("Bolzano" / "Trente")."""
    return fuzz.ratio(name_key(a.span.text, la), name_key(b.span.text, lb)) < 50


def _own_words(name: Name) -> list[str]:
    """A place's words without its common noun, which a translation renders or leaves
    out ("Faroe Islands" / « les Féroé », "Lake Garda" / « le Garde »)."""
    pattern = _place_pattern()
    return [w for w in name.words if not pattern.match(w)] or list(name.words)


def _exonym(a: Name, la: str, b: Name, lb: str) -> bool:
    """Near-identical single words in two languages, once a place's common noun is left
    out: "Frankfurt" / "Fráncfort", "Faroe Islands" / « Féroé »."""
    wa, wb = _own_words(a), _own_words(b)
    return la != lb and len(wa) == len(wb) == 1 and fuzz.ratio(name_key(wa[0], la), name_key(wb[0], lb)) >= 80


def _comparable_shape(a: Name, b: Name) -> bool:
    """A person for a person, a place for a place: as many words, give or take one."""
    return abs(len(a.words) - len(b.words)) <= 1 and not (is_organisation(a) ^ is_organisation(b))


def _title_only(a: Name, a_side, b: Name, b_side) -> bool:
    """Two names that differ only in words before a shared rest, where those words are
    common nouns: a title translated ("Archduke Leopold" / "Erzherzog Leopold", where
    the English article also speaks of "the archduke"). A common noun is a title of some
    list or a word its article also writes in lower case; a given name is neither
    ("Friedrich Hessel" / "Heinrich Hessel" stay two people)."""
    ka = [plain_key(w) for w in a.words]
    kb = [plain_key(w) for w in b.words]
    n = 0
    while n < min(len(ka), len(kb)) and ka[-1 - n] == kb[-1 - n]:
        n += 1
    if n == 0:
        return False
    lead_a, lead_b = a.words[: len(a.words) - n], b.words[: len(b.words) - n]
    if not lead_a and not lead_b:
        return False
    # One side's words before the shared name being common nouns is enough: a title
    # rendered by a given name ("Mayor Jansen" / "Pieter Jansen") names no one else.
    return all(_common_noun(w, a_side) for w in lead_a) or all(_common_noun(w, b_side) for w in lead_b)


def _common_noun(word: str, side) -> bool:
    """A title of some list, or a word the article also writes in lower case."""
    lower = word.lower().rstrip(".")
    return lower in all_titles() or (len(lower) >= 4 and lower in side.lowercase_words)


_PLACE_BEFORE = "place prepositions"


def name_kind(name: Name, language: str) -> str:
    """"organisation", "person", "place" or "" (unknown), from the words around a name:
    a body's own words; a place's common noun ("Lake Tana"); a title or a reporting verb
    just before it ("Chief prosecutor Andreas Moustakas", "said Marit Solberg"); a
    preposition of place ("in Piraeus")."""
    if is_organisation(name):
        return "organisation"
    if any(_place_pattern().match(w) for w in name.words):
        return "place"  # "Lake Tana", "Independence Square"
    before = name.before.rstrip()
    words = re.findall(r"[^\W\d_][\w'’\-]*\.?", before)
    if words and before.endswith(words[-1]):
        last = words[-1].lower().rstrip(".")
        if last in all_titles():
            return "person"
        verbs = pattern("reporting_verbs", language)
        if verbs is not None and any(m.end() == len(before) for m in verbs.finditer(before)):
            return "person"
        places = pattern(STOPWORDS, language, _PLACE_BEFORE)
        possessive = re.match(r"['’]s?(?!\w)", name.after)
        if places is not None and not possessive and any(m.end() == len(before) for m in places.finditer(before)):
            return "place"
    return ""


def _same_kind(a: Name, la: str, b: Name, lb: str) -> bool:
    """Unless both are known and differ: a place is not swapped for a person."""
    ka, kb = name_kind(a, la), name_kind(b, lb)
    return not ka or not kb or ka == kb


def _entities_named(side) -> set[int]:
    """The curated entities an article names anywhere (remembered on the side)."""
    gaz = gazetteer()
    return side.memo("entities", lambda: set().union(*(gaz.entities(s.text) for s in side.sentences)))


def _given_name_changed(a: Name, b: Name, da: str, db: str) -> bool:
    """Are ``a`` and ``b`` one person's name but for the given name (``da``, ``db``: one
    capitalised word each, before the surname they share), two names of people?"""
    if len(a.words) != len(b.words) or len(a.words) < 2:
        return False
    if plain_key(a.words[-1]) != plain_key(b.words[-1]) or plain_key(a.words[0]) == plain_key(b.words[0]):
        return False
    if len(da.split()) != 1 or len(db.split()) != 1 or da != a.words[0] or db != b.words[0]:
        return False
    if not (da[:1].isupper() and db[:1].isupper()) or _generic(da) or _generic(db):
        return False
    return is_person(a) and is_person(b)


def _skeleton(key: str) -> str:
    """A given name's consonants as a transliteration keeps them: "x" is "ks", "c", "q" and
    "ck" are "k", "ph" is "f", "w" is "v", "z" is "s"; vowels, glides and "h" go, and a
    doubled consonant counts once ("Yusuf" / "Youssef", "Mikhail" / "Michail")."""
    key = key.replace("ph", "f").replace("ck", "k").replace("x", "ks").replace("q", "k").replace("c", "k")
    key = re.sub(r"[aeiouyh]", "", key.replace("w", "v").replace("z", "s"))
    return re.sub(r"(.)\1+", r"\1", key)


def _given_name_respelt(a: str, la: str, b: str, lb: str) -> bool:
    """Are two given names one name respelt (accents, a transliteration: "Lucia" /
    « Lucía », "Aleksandr" / « Alexandre », "Giorgos" / « Yorgos », whose initial "Gi" a
    transliteration writes "Y"), not two names ("Marta" / « María », "Lucia" / « Luisa »)?"""
    if same_spelling(a, la, b, lb):
        return True
    ka, kb = name_key(a, la), name_key(b, lb)
    if fuzz.ratio(ka, kb) < 75:
        return False  # "Aune" / « Anni »: the same consonant, two names
    sa, sb = _skeleton(ka), _skeleton(kb)
    if sa == sb:
        return True
    # an initial consonant before a glide that the other spelling writes as the glide alone
    return (sa[1:] == sb and kb[:1] in "aeiouy") or (sb[1:] == sa and ka[:1] in "aeiouy")
