"""Clauses of framing slipped into a sentence that otherwise renders its original.

"Le ministre, dont la gestion est très contestée, a annoncé…", "…, a move critics called
reckless": a rewrite can add a judgement inside a sentence that is otherwise a faithful
rendering, where neither the paragraph aligner nor the sentence alignment
(:mod:`diptych.engine.clauses`) sees it. This module looks inside every aligned block of
sentences of a linked group.

Candidates are the derivative sentence's clauses, cut at commas, semicolons, colons,
dashes, parentheses and relative pronouns (alone, and two neighbours together); in one
language also the runs of words the original lacks (word opcodes, pure insertions). A
candidate is an added clause when

1. it has words of its own: a quote, the clause that reports a quote, a hedge, an
   attribution ("selon l'agence", "a company spokesman said") or a span another detector
   reported (a figure, a name) is theirs; in one language, most of its words must be
   missing from the original block and any one other sentence of the original (a
   reference spelt out from the sentence before adds nothing);
2. dropping it makes the block match its original better (encoder cosine, ``GAIN``): a
   faithful clause carries meaning of the original, so dropping it costs similarity. A
   comment in apposition ("…, un revers que personne n'attendait") where the original
   block has none needs less (``APPOSITION_GAIN``): in a long sentence such a short
   clause moves the encoder little; so does a comment on the clause before it, a
   relative clause on the whole of it or a participle of its consequence (« …, ce que les
   riverains dénonçaient depuis des années », "…, leaving families without …");
3. alone, it is far from every original sentence (``CLAUSE_FAR``: not moved from
   elsewhere in the article) and, across languages, from every run of the original's
   words as long as itself (a translator who recasts a sentence moves its clauses: on the
   corpus, added clauses score at most 0.44 against such a run, a moved one 0.67);
4. it has no counterpart in the original: dropping from the original the clause or run of
   words most like it does not make the two match better still (``symmetric < 0``), and
   both effects together are clear (``EVIDENCE``, or ``APPOSITION_EVIDENCE``). A translated
   clause the encoder happens to undervalue ("hieß es aus Beamtenkreisen" for "officials
   said") fails this test.

There is no gloss in the span context (machine translation is used for alignment only), so
cross-language pairs are judged on the encoder alone. Thresholds were set on the corpus's
translations (French, German, Spanish, an English paraphrase, journalists' translations:
no clause passes there) against 28 clauses of framing written into them for calibration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
from rapidfuzz.distance import Indel

from diptych.engine.attribution import find_sources
from diptych.engine.clauses import LENGTH_FIT, LOOSE_PAIR, PAIR_THRESHOLD, SentencePair, length_ratio, misfit, slot_pairs
from diptych.engine.groups import Context, Group, finding
from diptych.engine.hedges import find_hedges
from diptych.engine.model import Finding
from diptych.engine.sentences import Span

MIN_WORDS = 4
"""A clause needs this many words of its own: shorter ones move the encoder too little to
be judged, and are mostly attributions or hedges."""

MIN_CONTENT = 3
"""...and this many of them longer than ``SHORT_WORDS`` letters: "a note to clients" or
"Blood bags and EPO" (a rewritten headline) is too thin to be judged as framing. One fewer
in a clause of more than ``MIN_WORDS`` words all its own: Romance languages spend short words
on what English says in one ("sin pasar por el Parlamento", "without going through
Parliament"). Not where a hedge or an attribution took some ("ce qui accréditerait la piste
criminelle", "vowed to get to the bottom of the leak"): what is left is thinner than it looks."""

GAIN = 0.03
"""Dropping the clause must raise the block's similarity to its original by this much.
Added clauses raise it by 0.035-0.17 on the calibration rows; on the corpus's
translations a few faithful clauses do too (up to 0.08), which test 4 catches."""

CLAUSE_FAR = 0.55
"""The clause alone scores below this against every original sentence: a clause that
renders a sentence of the original from elsewhere in the article is not new. (A new
clause on a topic the article treats elsewhere, "which has never yet fined an airline"
next to a sentence on fines, scores up to ~0.47.)"""

EVIDENCE = 0.05
"""Gain plus what the original loses without the clause's likeliest counterpart: an added
clause scores 0.056-0.46 on the calibration rows, a faithful one at most 0.04."""

APPOSITION_GAIN = 0.01
APPOSITION_EVIDENCE = 0.02
"""The same two tests for a comment in apposition (see :func:`_comment_apposition`) where
the original block has none: the commonest shape of a framing clause, and in a long
sentence a short one moves the encoder little. Added appositions in the corpus and the
tests gain 0.015-0.096 with evidence 0.024-0.27; the faithful clauses opened by an
indefinite article (a company or person described, a translator's apposition) have
evidence below 0.006 or do not gain at all."""

COUNTERPART_TRIES = 3
"""How many of the original's runs closest to a clause are tried as its counterpart."""

MAX_SHARE = 0.6
"""A clause is a part of its sentence: a candidate longer than this share of the
sentence's words leaves too little to compare (that is a sentence-level change)."""

OMITTED_MAX_SHARE = 0.75
"""The same bound for a clause the derivative left out: a rendering that keeps only the
main clause ("The bridge will reopen in 2028.") is still compared with the original's main
clause, however long the condition or the objection it dropped."""

NOVEL_SHARE = 0.6
"""In one language, this share of a clause's content words must be missing from the
original block: a clause that reuses the original's words is a rewording, not an addition."""

NEEDED_BY_LENGTH = 0.25
"""A clause the sentence needs to reach its expected length is no addition: when the
block with the clause is as long as the original block translated (at the pair's median
ratio, within :data:`diptych.engine.clauses.LENGTH_FIT`) and the block without it is this
much shorter still (natural log), the clause renders words of the original the encoder
missed ("Die Reederei wies dies zurück und erklärte" for "The company denied that,
saying": 0.24 by the encoder; 0.12 from the expected length with it, 0.40 without)."""

SURPLUS_FIT = 0.1
SURPLUS_GAIN = 0.1
"""The other way round, a clause whose block is as long as the original block translated
only without it (within SURPLUS_FIT, and SURPLUS_GAIN nearer than with it) is surplus:
then a gain of :data:`APPOSITION_GAIN` suffices and the counterpart tests (4) are not
asked, since the lengths already say the original has no room for a counterpart. Long
sentences move the encoder little for a short added clause ("and has long complained of
underfunding": gain 0.031 in a 40-word sentence), their lengths do not."""

SURPLUS_COUNTERPART = 0.42
"""...unless the encoder sees a counterpart after all: a run of the original's words at
least this near the clause, and the original better without that run (test 4's symmetric
score not negative). A freer translation makes its block long for reasons of its own
(a recast sentence, words of its own elsewhere), while a relative clause it recast
("that should have taken over automatically" / « que tendría que haber tomado el relevo
por sí solo », 0.49 against a run of the original). On the corpus's rewrites, added clauses
that pass on their lengths alone with a non-negative symmetric score are at most 0.34
from the nearest run (a comment in apposition, 0.43, stands: see :func:`_surplus_stands`)."""

REPORTED_GAIN = 0.07
"""The gain enough, in place of :data:`UNMATCHED_GAIN`, for a clause left out that is a
second statement of the same speaker ("…, said all the donations had been declared
correctly and that the party had no reason to question them": 0.098 in French with the
clause gone): it says something of its own, which no other clause of the sentence renders."""

UNMATCHED_GAIN = 0.1
UNMATCHED_COUNTERPART = 0.35
"""An original clause whose removal brings its sentence this much nearer to the rendering
(UNMATCHED_GAIN), where no run of the rendering's words comes near it (best below
UNMATCHED_COUNTERPART), is left out even where test 4's symmetric test is not negative:
removing a run of a short rendering moves it too, by chance. On the corpus, left-out
clauses gain 0.09-0.33 against runs at most 0.34; in faithful translations no original
clause gains more than 0.046. Not used for added clauses: a translator who recasts a
sentence writes clauses with no close run that gain up to 0.084."""

UNMATCHED_ADDED_GAIN = 0.14
UNMATCHED_ADDED_COUNTERPART = 0.3
"""An added clause whose removal brings its block this much nearer to the original
(UNMATCHED_ADDED_GAIN), where no run of the original's words comes near it (best below
UNMATCHED_ADDED_COUNTERPART), is added even where test 4's symmetric score is not negative:
as for a clause left out (:data:`UNMATCHED_GAIN`), removing any run of a short original
moves it too, by chance (« …, sans intermédiaire payé à la commission » after a sentence of
ten words: gain 0.18, symmetric +0.004, nearest run 0.17). Higher than for a clause left
out: a translator who recasts a sentence writes clauses with no close run that gain up to
0.084. Not in a clean pair (:data:`CLEAN_FINDINGS`): a translator who merges two sentences
(« Les producteurs ne l'entendent pas ainsi : … » for "Growers dispute that account.
According to …") writes one that gains 0.19 against the sentence it is aligned with."""

CLEAN_FINDINGS = 1
CLEAN_EVIDENCE = 0.10
"""Where the rest of the pair is clean (no more than ``CLEAN_FINDINGS`` findings of any
other kind before the clauses are judged: a faithful translation, a verbatim copy), an
added clause other than a comment in apposition must show this much evidence (test 4),
with no allowance for lengths. A translator who renders freely writes clauses the encoder
cannot pair (« …, ouvre la voie à un chantier qui … » for "Work is due to start …": 0.08;
« le reste du jardin, serres et massifs extérieurs, demeure accessible »: 0.09; « et mettre
fin au déversement »: 0.07), and nothing else in such a pair speaks for framing; in a
rewrite, where the other findings do, the usual bars hold. A comment in apposition (« un
projet que … ») keeps its own bar: it is the commonest shape of framing; so does a clause
that resembles no sentence of the original (below :data:`CLEAN_NEAR`)."""

CLEAN_NEAR = 0.38
"""How near (its best score against any original sentence) a clause of a clean pair must
come to the original for :data:`CLEAN_EVIDENCE` to apply: the free renderings above score
0.40-0.52 against the sentence they render; a framing clause with nothing like it in the
original scores less (« Tras semanas de silencio »: 0.08; « sin que ningún concejal levantara
la voz »: 0.24) and keeps the usual bars."""

SPELT_OUT = 0.25
"""...and more than this share from the block together with any one other original
sentence (else it spells out a reference, see :func:`_spelt_out`)."""

_DELIMITER = re.compile(r"\s*[,;:]\s+|\s+[–—-]+,?\s+|\s*—\s*|\s*[()]\s*")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
_END = ".!?…"

RELATIVE_PRONOUNS: dict[str, tuple[str, ...]] = {
    "en": ("which", "who", "whom", "whose"),
    "fr": ("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles"),
    "de": ("der", "die", "das", "dem", "den", "dessen", "deren", "denen", "welcher", "welche", "welches"),
    "es": ("cuyo", "cuya", "cuyos", "cuyas", "quien", "quienes", "cual", "cuales"),
}
"""Words that open a relative clause; the clause runs to the next delimiter. German
relative clauses always stand between commas, so their pronouns only matter after one."""

SOURCE_WORDS = 4
"""A source phrase this short next to its verb makes an attribution clause ("a déclaré le
ministre de l'Intérieur", "hieß es aus Beamtenkreisen")."""

CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and", "but", "or"),
    "fr": ("et", "mais", "ou"),
    "de": ("und", "aber", "oder"),
    "es": ("y", "e", "pero", "o"),
    "it": ("e", "ma", "o"),
    "pt": ("e", "mas", "ou"),
    "nl": ("en", "maar", "of"),
}
"""A conjunction before a relative pronoun ("et dont", "and which") opens the clause with it;
between two clauses it joins what may have been two sentences (see :func:`clause_runs`)."""

DISJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("or",),
    "fr": ("ou",),
    "de": ("oder",),
    "es": ("o", "u"),
    "it": ("o", "oppure"),
    "pt": ("ou",),
    "nl": ("of",),
}
"""Conjunctions that open an alternative (see :func:`_own_words`)."""

_COUNTERWEIGHT = re.compile(r"(?:but|mais|aber|pero|ma|mas|maar)$", re.IGNORECASE)
"""A word that opens a counterweight to what comes before it ("…, said she would pay but
skip the market"): "X but Y" told as "X" drops what weighs against X, however short Y, as
"X or Y" told as "X" narrows the claim (see :func:`_own_words`)."""

_ADVERSATIVE = re.compile(r"(?:but|though|although|yet|mais|tout en|bien que|aber|doch|jedoch|pero|aunque|ma|però|mas|maar)\b", re.IGNORECASE)
"""Words that open a clause against what comes before it: after a quote, not its report."""

COMPLEMENTISERS: dict[str, tuple[str, ...]] = {
    "en": (r"that\b",),
    "fr": (r"que\b", "qu['’]"),
    "de": (r"dass\b",),
    "es": (r"que\b",),
    "it": (r"che\b",),
    "pt": (r"que\b",),
    "nl": (r"dat\b",),
}
"""Words that open a subordinate clause; after a conjunction ("et que", "and that") they
open a clause joined to the one before, which a rewrite may have added."""

INDEFINITE_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("a", "an"),
    "fr": ("un", "une"),
    "de": ("ein", "eine", "einen", "einem", "einer", "eines"),
    "es": ("un", "una"),
    "it": ("un", "uno", "una", "un’", "un'"),
    "pt": ("um", "uma"),
    "nl": ("een",),
}
"""Articles that open an appositive comment on the clause before it ("…, une précaution
que les syndicats réclamaient depuis des années", "…, a move critics called reckless")."""

COMMENT_OPENERS: dict[str, str] = {
    "en": r"(?:leaving|prompting|sparking|forcing|fuell?ing|triggering|raising|drawing|angering|putting|dealing)\b",
    "fr": r"(?:ce\s+(?:qui\b|que\b|qu['’]|dont\b)|laissant|provoquant|suscitant|forçant|obligeant|contraignant"
          r"|alimentant|relançant|déclenchant|soulevant|mettant)\b",
    "de": r"(?:was|womit|wodurch|weshalb|weswegen)\b",
    "es": r"(?:lo\s+(?:que|cual)|dejando|provocando|desatando|obligando|forzando|suscitando|avivando|generando"
          r"|poniendo)\b",
    "it": r"(?:il\s+che|ciò\s+che|lasciando|provocando|suscitando|costringendo|scatenando|alimentando|sollevando"
          r"|mettendo)\b",
    "pt": r"(?:o\s+que|deixando|provocando|obrigando|forçando|gerando)\b",
    "nl": r"(?:wat|waardoor|waarmee)\b",
}
"""The other two shapes of a comment on the clause before it, after a comma: a relative
clause on the whole clause (« , ce que les riverains dénonçaient depuis des années », ",
lo que …", ", was …", ", il che …") and a participle of its consequence (", leaving
families …", « , laissant … », ", dejando …"). English ", which" is not among them: it
refers to a noun as often as to a clause. See :func:`_comment_clause`."""

CONCESSIONS: dict[str, str] = {
    "en": r"(?:even\s+as|even\s+though|although|though)\b",
    "fr": r"(?:alors\s+même\s+qu(?:e\b|['’])|bien\s+qu(?:e\b|['’])|quoiqu(?:e\b|['’])|même\s+si\b|même\s+s['’])",
    "de": r"(?:obwohl|obgleich|obschon|wenngleich)\b",
    "es": r"(?:aunque|pese\s+a\s+que|a\s+pesar\s+de\s+que|si\s+bien)\b",
    "it": r"(?:sebbene|benché|nonostante|anche\s+se|malgrado)\b",
    "pt": r"(?:embora|apesar\s+de\s+que|ainda\s+que|mesmo\s+que)\b",
    "nl": r"(?:hoewel|ofschoon)\b",
}
"""A third shape of comment on the clause before it, after a comma: a concession that sets
it against something else ("…, even as the harbour silts up", « …, alors même que les
besoins augmentent », ", obwohl …", ", aunque …"), the way a rewrite makes a fact read as a
failure. Not the conjunctions of time ("while", « alors que », "mientras") a translator
uses for the original's own contrasts. See :func:`_comment_clause`."""

CUSTOMS: dict[str, str] = {
    "en": r"as\s+(?:is|was|has\s+(?:long\s+|often\s+)?been|had\s+(?:long\s+|often\s+)?been)\s+(?:\w+\s+){0,2}?"
          r"(?:the\s+)?(?:case|custom|practice|habit|norm|rule|usual|often|too|so|all\s+too|common|typical|customary)\b",
    "fr": r"comme\s+(?:c['’]est|c['’]était|il\s+est\s+d['’]usage|à\s+l['’]accoutumée|souvent|trop\s+souvent|toujours|d['’]habitude)\b",
    "de": r"wie\s+(?:es|so\s+oft|so\s+häufig|üblich|gewohnt|immer)\b",
    "es": r"como\s+(?:es|era|suele|viene\s+siendo|ya\s+es)\b",
    "it": r"come\s+(?:è|era|spesso|troppo\s+spesso|sempre|d['’]abitudine|di\s+consueto)\b",
}
"""A fourth shape of comment: an "as" clause that makes what was said a habit or a rule
("…, as is too often the custom on these farms", « …, comme c'est trop souvent l'usage »,
", wie es … üblich ist", ", como suele ocurrir"): one lapse turned into a group's way.
Not an "as" of manner or time ("as the farmer had asked")."""

_HEAD_PRONOUNS = frozenset({"alles", "das", "dasjenige", "etwas", "nichts", "vieles", "manches", "einiges", "weniges",
                            "jenes", "dieses", "tout", "alle", "dat", "iets", "niets", "veel", "wat"})
"""Words a relative "was" / "wat" refers to ("alles, was die Stadt behauptet"): then it
opens a relative clause on that word, not a comment on the clause."""

SHORT_WORDS = 3
"""Words of at most this many letters count as function words in the lexical test."""

FINITE_AUXILIARIES: dict[str, tuple[str, ...]] = {
    "en": ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
           "must", "should"),
    "fr": ("est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "sera", "seront", "serait",
           "seraient", "aura", "auront", "aurait", "auraient", "fut", "va", "vont", "peut", "peuvent", "doit",
           "doivent", "pourrait", "pourraient", "devrait", "devraient"),
    "de": ("ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde",
           "wurden", "wäre", "wären", "kann", "können", "konnte", "konnten", "muss", "müssen", "soll", "sollen",
           "dürfte", "dürften", "könnte", "könnten"),
    "es": ("es", "son", "era", "eran", "fue", "fueron", "está", "están", "estaba", "estaban", "ha", "han",
           "había", "habían", "será", "serán", "sería", "serían", "puede", "pueden", "podría", "podrían",
           "debe", "deben", "debería", "deberían"),
    "it": ("è", "sono", "era", "erano", "fu", "ha", "hanno", "aveva", "avevano", "sarà", "saranno",
           "sarebbe", "sarebbero", "può", "possono", "potrebbe", "potrebbero", "deve", "devono", "dovrebbe",
           "dovrebbero"),
}
"""Finite auxiliaries and copulas. A clause that opens with one after another clause has
its subject before it: it is the sentence's own predicate, resumed after a description
of the subject ("Le prix, qui représente neuf fois le bénéfice, est sans doute
raisonnable"), and no removable addition."""


@dataclass(frozen=True)
class Candidate:
    """A clause of a derivative sentence and the block's text without it."""

    clause: Span
    rest: str
    block: str


def clause_pieces(sentence: Span, language: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence, relative to its text, in order.

    Cut at punctuation that bounds clauses and, where a language's relative pronoun
    follows a word (not a delimiter), before the pronoun too.
    """
    text = sentence.text
    cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in _DELIMITER.finditer(text)]
    pronouns = RELATIVE_PRONOUNS.get(language, ())
    if pronouns and language != "de":
        joins = CONJUNCTIONS.get(language, ())
        rel = re.compile(rf"(?<=\w)\s+(?=(?:(?:{'|'.join(joins)})\s+)?(?:{'|'.join(pronouns)})\b)", re.IGNORECASE)
        for m in rel.finditer(text):
            before = _TOKEN.findall(text[: m.start()])
            if not (before and before[-1].lower() in joins):  # "et | dont": cut before "et"
                cuts.append((m.start(), m.end()))
    complementisers = COMPLEMENTISERS.get(language, ())
    joins = CONJUNCTIONS.get(language, ())
    if complementisers and joins:
        # "… débattu depuis vingt ans | et que les gouvernements s'en sont gardés": a
        # second subordinate clause joined to the first may be the derivative's own.
        comp = re.compile(rf"(?<=\w)\s+(?=(?:{'|'.join(joins)})\s+(?:{'|'.join(complementisers)}))", re.IGNORECASE)
        cuts += [(m.start(), m.end()) for m in comp.finditer(text)]
    cuts.sort()
    pieces: list[tuple[int, int]] = []
    start = 0
    for a, b in cuts + [(len(text), len(text))]:
        if a < start:
            continue
        end = a
        while end > start and text[end - 1] in _END + " ":
            end -= 1
        if end > start:
            pieces.append((start, end))
        start = b
    return pieces


def clause_runs(sentence: Span, language: str) -> list[str]:
    """Every run of neighbouring clauses of a sentence, from one clause to all of them.

    Clauses are cut as :func:`clause_pieces` cuts them and before a coordinating
    conjunction too: a translator who merges two sentences often joins them with one
    ("…, le impuso una multa de 2 millones de euros y le ordenó…").
    """
    pieces = run_pieces(sentence, language)
    return [sentence.text[pieces[i][0] : pieces[j][1]] for i in range(len(pieces)) for j in range(i, len(pieces))]


def run_pieces(sentence: Span, language: str) -> list[tuple[int, int]]:
    """The clauses :func:`clause_runs` joins into runs, as (start, end) in the sentence's text."""
    conjunction = CONJUNCTIONS.get(language, ())
    split = re.compile(rf"\s+(?=(?:{'|'.join(conjunction)})\s)", re.IGNORECASE) if conjunction else None
    pieces: list[tuple[int, int]] = []
    for a, b in clause_pieces(sentence, language):
        start = a
        for m in split.finditer(sentence.text, a, b) if split else ():
            if m.start() > start:
                pieces.append((start, m.start()))
                start = m.end()
        pieces.append((start, b))
    return pieces


def _frames_what_follows(sentence: Span, start: int, end: int, language: str) -> bool:
    """Does the sentence open with the clause at ``start:end`` (relative to its text),
    and a complement clause follow it? Then the clause is its frame ("Der Konzern rechnet
    damit, dass …", "It expects that …"): without it the rest does not stand, so it is no
    addition (a frame that hedges or attributes is the hedge and attribution analyses' to
    judge). A clause put inside the frame ("a affirmé, contre toute évidence, que") may be."""
    words = COMPLEMENTISERS.get(language, ())
    if start != 0 or not words:
        return False
    return re.match(rf"[\s,;:]*(?:{'|'.join(words)})", sentence.text[end:], re.IGNORECASE) is not None


def _resumes_predicate(sentence: Span, start: int, language: str) -> bool:
    """Does the clause starting at ``start`` (relative to the sentence's text) open, after
    another clause, with a finite auxiliary or copula (see :data:`FINITE_AUXILIARIES`)?"""
    if start == 0:
        return False
    first = _TOKEN.match(sentence.text, start)
    return first is not None and first.group().lower() in FINITE_AUXILIARIES.get(language, ())


def _relative_count(sentences: Iterable[Span], language: str) -> int:
    """How many clauses of the sentences open with a relative pronoun (not the first:
    "Die Rückzahlungen …" opens with an article)."""
    return sum(
        1 for s in sentences for a, b in clause_pieces(s, language) if a > 0 and _relative(s.sub(a, b), language)
    )


def _comment_apposition(sentence: Span, start: int, language: str) -> bool:
    """Does a clause of the sentence, starting at ``start`` (relative to its text), open
    with an indefinite article after another clause: a noun phrase in apposition that
    comments on what was said before it ("…, un revers que personne n'attendait")?"""
    articles = INDEFINITE_ARTICLES.get(language, ())
    if start == 0 or not articles:
        return False
    first = _TOKEN.match(sentence.text, start)
    word = first.group().lower() if first else ""
    return word in articles or any(word.startswith(a) for a in articles if a[-1] in "'’")


def _has_apposition(sentences: list[Span], language: str) -> bool:
    """Has any of the sentences a clause in apposition opened by an indefinite article?"""
    return _apposition_count(sentences, language) > 0


def _apposition_count(sentences: list[Span], language: str) -> int:
    """How many clauses in apposition opened by an indefinite article the sentences hold."""
    return sum(
        _comment_apposition(s, a, language) for s in sentences for a, _ in clause_pieces(s, language)
    )


def _comment_clause(sentence: Span, start: int, language: str) -> bool:
    """Does a clause of the sentence, starting at ``start`` (relative to its text), comment
    on the clause before it: after a comma, a relative clause on the whole clause, a
    participle of its consequence (see :data:`COMMENT_OPENERS`), a concession
    (:data:`CONCESSIONS`) or a habit (:data:`CUSTOMS`)?"""
    opener = COMMENT_OPENERS.get(language)
    before = sentence.text[:start].rstrip()
    if start == 0 or opener is None or not before.endswith(","):
        return False
    head = _TOKEN.findall(before)
    if head and head[-1].lower() in _HEAD_PRONOUNS:
        return False
    return any(
        shape is not None and re.match(shape, sentence.text[start:], re.IGNORECASE) is not None
        for shape in (opener, CONCESSIONS.get(language), CUSTOMS.get(language))
    )


def _has_comment(sentences: list[Span], language: str) -> bool:
    """Has any of the sentences a clause that comments on the one before it, or, after a
    comma, a relative clause that may (English ", which")?"""
    return any(
        _comment_clause(s, a, language)
        or (a > 0 and _relative(s.sub(a, b), language) and s.text[:a].rstrip().endswith(","))
        for s in sentences
        for a, b in clause_pieces(s, language)
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _without(text: str, a: int, b: int) -> str:
    """``text`` without ``text[a:b]`` and the delimiter that introduced it."""
    left, right = text[:a], text[b:]
    closing = left.rstrip().endswith("(") and right.lstrip().startswith(")")
    if closing:
        left = left.rstrip()[:-1]
        right = right.lstrip()[1:]
    stripped = re.sub(r"[\s,;:–—-]*$", "", left)
    if stripped:
        return (stripped + right).strip()
    return re.sub(r"^[\s,;:–—-]*", "", right).strip()


def _opcode_runs(original: str, sentence: Span) -> list[tuple[int, int]]:
    """Runs of the sentence's words with no counterpart in the original (one language)."""
    o_words = [w.lower() for w in _TOKEN.findall(original)]
    tokens = list(_TOKEN.finditer(sentence.text))
    d_words = [m.group().lower() for m in tokens]
    runs: list[tuple[int, int, int]] = []
    pending: tuple[int, int, int] | None = None  # (dest start, dest end, source words dropped)
    for op in Indel.opcodes(o_words, d_words):
        if op.tag == "equal":
            if pending:
                runs.append(pending)
            pending = None
            continue
        s0, s1, d0, d1 = op.src_start, op.src_end, op.dest_start, op.dest_end
        if pending is None:
            pending = (d0, d1, s1 - s0)
        else:
            pending = (min(pending[0], d0), max(pending[1], d1), pending[2] + s1 - s0)
    if pending:
        runs.append(pending)
    out = []
    for d0, d1, dropped in runs:
        if dropped > 1 or d1 - d0 < MIN_WORDS:
            continue  # words replaced, not inserted (a rewording), or too few
        a, b = tokens[d0].start(), tokens[d1 - 1].end()
        # an inserted run is a clause only up to the punctuation inside it
        for m0, m1 in clause_pieces(sentence.sub(a, b), ""):
            if len(_TOKEN.findall(sentence.text[a + m0 : a + m1])) >= MIN_WORDS:
                out.append((a + m0, a + m1))
    return out


def candidates(
    sentence: Span, block: list[Span], language: str, original: str | None = None, max_share: float = MAX_SHARE
) -> list[Candidate]:
    """Clauses of ``sentence`` (one of the derivative ``block``) worth testing.

    Single clauses and pairs of neighbouring ones (an inserted clause can hold a comma);
    a trailing condition with no comma before it ("… in 2028 if the steel arrives"), and
    likewise a tail joined by a conjunction or "without" (see :data:`_TAIL_INSIDE`), a
    cause ("because …": :data:`_CAUSE_INSIDE`) and a
    relative clause opened by "that" (:data:`_RELATIVE_THAT`);
    with ``original`` in the same language, also the runs of words it lacks.
    """
    pieces = clause_pieces(sentence, language)
    spans = {(a, b) for a, b in pieces}
    spans |= {(pieces[i][0], pieces[i + 1][1]) for i in range(len(pieces) - 1)}
    insides = (_CONDITION_INSIDE, _ADVERSATIVE_INSIDE, _TAIL_INSIDE, _RELATIVE_THAT, _CAUSE_INSIDE)
    for inside in (words.get(language) for words in insides):
        for m in inside.finditer(sentence.text) if inside is not None else ():
            spans |= {(m.end(), b) for a, b in pieces if a < m.end() < b}
    if original is not None:
        spans |= set(_opcode_runs(original, sentence))
    n_sentence = len(_words(sentence.text))
    out = []
    for a, b in sorted(spans):
        clause = sentence.sub(a, b)
        n = len(_words(clause.text))
        if n < MIN_WORDS or n > max_share * n_sentence:
            continue
        rest = _without(sentence.text, a, b)
        block_text = " ".join(s.text for s in block)
        rest_block = " ".join(rest if s == sentence else s.text for s in block)
        out.append(Candidate(clause, rest_block, block_text))
    return out


def _original_clauses(sentences: list[Span], language: str) -> list[str]:
    """The clauses of the original sentences, alone and two neighbours together.

    Where in the original a clause may have its counterpart (a rewrite may expand "Its
    managing director" into a longer description); with :func:`_windows`, every run of
    words of a comparable length too: a translation does not put commas where the
    derivative does ("um die Bagger aufzuhalten" renders "to hold off the diggers").
    """
    out = []
    for sentence in sentences:
        pieces = clause_pieces(sentence, language)
        spans = pieces + [(pieces[i][0], pieces[i + 1][1]) for i in range(len(pieces) - 1)]
        out += [sentence.text[a:b] for a, b in spans]
    return out


def _relative(clause: Span, language: str) -> bool:
    """Does the clause open with a relative pronoun (after a conjunction, perhaps)?"""
    words = [w.lower() for w in _TOKEN.findall(clause.text)[:2]]
    pronouns = RELATIVE_PRONOUNS.get(language, ())
    if words and words[0] in CONJUNCTIONS.get(language, ()):
        words = words[1:]
    return bool(words) and words[0] in pronouns


def _windows(text: str, size: int) -> list[str]:
    """Every run of words of ``text`` about ``size`` words long (from half as long to three
    words longer). All of them: with fewer (every other start), the closest run found for
    a clause moves enough to flip the counterpart test on calibration rows."""
    tokens = list(_TOKEN.finditer(text))
    out: list[str] = []
    for n in sorted({max(2, size // 2), max(2, size - 1), size + 1, size + 3}):
        if n >= len(tokens):
            out.append(text)
            continue
        for i in range(len(tokens) - n + 1):
            out.append(text[tokens[i].start() : tokens[i + n - 1].end()])
    return out


def _cut(text: str, piece: str) -> str:
    """``text`` without the first occurrence of ``piece``."""
    i = text.find(piece)
    return " ".join((text[:i] + " " + text[i + len(piece) :]).split()) if i >= 0 else text


def _overlaps(span: Span, regions: Iterable[tuple[int, int]]) -> bool:
    return any(a < span.end and b > span.start for a, b in regions)


_BETWEEN = re.compile(r"[\s,;:.!?…«»“”„‟\"'‘’‹›–—-]*")


def _reports_quote(clause: Span, segment_text: str, regions: Iterable[tuple[int, int]]) -> bool:
    """Is the clause the reporting clause of a quote next to it?

    "« … », a réagi la ministre" / '"…," said X' / "X a déclaré : « … »": the words that
    bound a quote say who spoke, whatever the verb; the quote analysis judges them.
    """
    for a, b in regions:
        if b <= clause.start and _BETWEEN.fullmatch(segment_text[b : clause.start]):
            # '"…", but rejected claims that …': a clause that opposes the quote says more
            return not _ADVERSATIVE.match(clause.text)
        # Before the quote, the clause introduces it ("X a déclaré : « … »"); a sentence
        # that ends first does not ("…, une position courageuse. « Nous … »").
        between = segment_text[clause.end : a]
        if clause.end <= a and _BETWEEN.fullmatch(between) and not any(c in between for c in _END):
            return True
    return False


_REPORT_GAP = 2
"""How many words may stand between a quote and the verb of its report (« », a déclaré »)."""


def _quote_speakers(sentence: Span, side, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where, in segment offsets, the sentence names the speaker of a quote next to it, as
    the source phrase of the clause that reports it ('"…," said a woman who had booked …',
    « « … », a déclaré une femme qui … »). Who speaks is the quote analysis's to judge (a
    quote given to someone else); the relative clause that describes the speaker is part
    of that, not a clause of framing."""
    text = side.texts[sentence.seg]
    out = []
    for source in find_sources(sentence, side.language, regions, side.lowercase_words):
        claim = source.claim
        for a, b in regions:
            gap = text[b : claim.start] if b <= claim.start else text[claim.end : a] if claim.end <= a else None
            if gap is not None and not any(c in gap for c in _END) and len(_words(gap)) <= _REPORT_GAP:
                out.append((source.phrase.start, source.phrase.end))
                break
    return out


@dataclass(frozen=True)
class _Marks:
    """What in a sentence belongs to other detectors: quotes and hedges, and its
    attributions as (verb or preposition, source phrase if short)."""

    taken: tuple[tuple[int, int], ...]
    sources: tuple[tuple[tuple[tuple[int, int], ...], tuple[int, int] | None], ...]
    figures: tuple[tuple[int, int], ...] = ()  # digits and number words other than one


def _marks(sentence: Span, language: str, quoted, lowercase) -> _Marks:
    """The quotes, hedges and attributions of a sentence (found once, for all its clauses)."""
    hedges = find_hedges([sentence], language, quoted)
    taken = tuple(quoted) + tuple((h.start, h.end) for h in hedges.hearsay + hedges.weak)
    sources = []
    for source in find_sources(sentence, language, quoted, lowercase):
        claim, phrase = source.claim, source.phrase
        trigger = tuple((a, b) for a, b in ((claim.start, phrase.start), (phrase.end, claim.end)) if b > a)
        short = (phrase.start, phrase.end) if len(_words(phrase.text)) <= SOURCE_WORDS else None
        sources.append((trigger, short))
    return _Marks(taken, tuple(sources), _figures(sentence, language))


def _figures(sentence: Span, language: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence has a figure above one: digits or number words ("six", « trois »)."""
    from diptych.engine.numbers import find_quantities

    return tuple(
        (q.span.start, q.span.end)
        for q in find_quantities(sentence, language)
        if q.value is None or q.value > 1
    )


def _own_words(clause: Span, marks: _Marks, language: str = "", counterweights: bool = False) -> int:
    """Words of the clause that are not a hedge, an attribution or inside a quote (0 when
    too few of them are content words). A figure is a content word however short ("or up
    to six months in prison", "for 6 months"): it is what a rewrite drops or changes.

    An attribution inside the clause has its verb or preposition there; a clause that is
    only part of a speaker's description ("Le ministre, dont la gestion est contestée, a
    annoncé") keeps its words. The source phrase counts only when short ("selon
    l'agence"): the finder reads long phrases off ambiguous verbs ("a move critics called
    reckless"), and those hold the framing.

    An alternative ("or straight to shops", « ou bien aux épiceries ») or a counterweight
    ("but skip the market") of ``MIN_WORDS`` words all its own needs only ``MIN_CONTENT - 1``
    content words: "X or Y" told as "X" narrows the claim, however short Y (see
    :data:`DISJUNCTIONS`, :data:`_COUNTERWEIGHT`). A counterweight only with
    ``counterweights`` (in one language, where the lexical tests back the encoder): a
    translator moves one into the next sentence in other words (« quitte à se serrer la
    ceinture ailleurs »), and four words move the encoder too little to tell.
    """
    taken = list(marks.taken)
    for trigger, short in marks.sources:
        if any(a < clause.end and b > clause.start for a, b in trigger):
            taken += trigger
            if short is not None:
                taken.append(short)
    own = [
        m
        for m in _TOKEN.finditer(clause.text)
        if (m.group()[0].isdigit() or _WORD.fullmatch(m.group()))
        and not any(a <= clause.start + m.start() < b for a, b in taken)
    ]
    figures = [m for m in own if any(a <= clause.start + m.start() < b for a, b in marks.figures)]
    words = [m for m in own if not m.group()[0].isdigit()]
    content = sum(1 for m in own if len(m.group()) > SHORT_WORDS and not m.group()[0].isdigit()) + sum(
        1 for m in figures if len(m.group()) <= SHORT_WORDS or m.group()[0].isdigit()
    )
    whole = len(own) == sum(1 for m in _TOKEN.finditer(clause.text) if m.group()[0].isdigit() or _WORD.fullmatch(m.group()))
    first = _TOKEN.match(clause.text)
    alternative = first is not None and (
        first.group().lower() in DISJUNCTIONS.get(language, ())
        or (counterweights and _COUNTERWEIGHT.match(first.group()) is not None)
    )
    if content < MIN_CONTENT and not (
        content >= MIN_CONTENT - 1 and whole and (len(own) > MIN_WORDS or (alternative and len(own) == MIN_WORDS))
    ):
        return 0
    return len(words) + sum(1 for m in figures if m.group()[0].isdigit())


_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
_CAPITALISED = re.compile(r"(?<![.!?«“\"„]\s)(?<!^)\b[^\W\d_][^\W\d_]{2,}")


def _anchors(text: str, names: bool, lowercase: frozenset[str] = frozenset()) -> set[str]:
    """The figures (digits only) of a text, and with ``names`` its capitalised words but
    those opening a sentence, unless the article never writes them in lower case
    (``lowercase``: "Plzeň raises its fee" opens with a name, "The council" does not)."""
    found = {re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)}
    if names:
        found |= {m.group() for m in _CAPITALISED.finditer(text) if m.group()[0].isupper()}
        if lowercase:
            found |= {
                m.group() for m in _OPENING_WORD.finditer(text)
                if m.group()[0].isupper() and m.group().lower() not in lowercase
            }
    return found


_OPENING_WORD = re.compile(r"(?:^|(?<=[.!?]\s))[^\W\d_]{3,}")


def _renders_original(clause: str, original: str, names: bool = True, lowercase: frozenset[str] = frozenset()) -> bool:
    """Does the clause hold a figure or a name of the original? Then it renders it (or
    changes it, which the figure and name analysis reports): an added judgement does not
    repeat the sentence's own anchors. Checked before the encoder, it spares it work.

    ``names`` across languages only: in one language the word test does this job, and a
    German clause shares capitalised common nouns with its original. ``lowercase`` holds
    the original article's words seen in lower case, to tell a name opening a sentence.
    """
    return bool(_anchors(clause, names) & _anchors(original, names, lowercase))


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _words(text)}


def _content_stems(text: str) -> list[str]:
    return [w.lower()[:5] for w in _words(text) if len(w) > SHORT_WORDS]


def _novel_share(clause: str, original: str) -> float:
    """Share of the clause's content words (by a 5-letter stem) absent from the original block."""
    content = _content_stems(clause)
    if not content:
        return 0.0
    block = _stems(original)
    return sum(1 for w in content if w not in block) / len(content)


def _spelt_out(clause: str, original: str, elsewhere: Iterable[set[str]]) -> bool:
    """Are the clause's content words all but a few in the block and one other sentence?

    "chief executive of the grid operator Nordnetz" for "Its chief executive" spells out a
    reference from the sentence before: it adds nothing.
    """
    content = _content_stems(clause)
    block = _stems(original)
    missing = [w for w in content if w not in block]
    return any(sum(1 for w in missing if w not in other) <= SPELT_OUT * len(content) for other in elsewhere)


_Job = tuple[Group, str, list[Span], Candidate, str, bool]
"""A clause to judge: its group, the original block's text and sentences, the candidate,
whether it is a comment where the original has none (:data:`APPOSITION`, :data:`REMARK`
or ""), and whether the block's length says it is surplus (:func:`_surplus_by_length`)."""

APPOSITION = "apposition"
REMARK = "remark"
SPLICED = "spliced"
"""The two kinds of comment a clause can be (:func:`_comment_apposition`,
:func:`_comment_clause`). Both are judged with the apposition's bars
(:data:`APPOSITION_GAIN`, :data:`APPOSITION_EVIDENCE`); only an apposition also stands on
its surplus length whatever the encoder sees near it (:func:`_surplus_stands`) and keeps
its bars in a clean pair (:data:`CLEAN_EVIDENCE`): a translator who recasts "and left" as
« , laissant » writes a remark with a counterpart."""


def find_added_clauses(
    ctx: Context,
    quoted: dict[str, dict[int, list[tuple[int, int]]]] | None = None,
    reported: Iterable[Finding] = (),
    trace: list[dict] | None = None,
    left_out: bool = False,
) -> list[Finding]:
    """``added`` clauses inside the aligned sentences of every linked group.

    ``quoted`` holds each side's quote regions by segment; ``reported`` the findings of
    the other detectors, whose derivative spans no clause may overlap. ``trace``, if
    given, receives the scores of every clause that reached the last test (to calibrate).
    A clause of the derivative's headline is not reported (as :func:`find_omitted_clauses`
    does not report what a headline leaves out): a rewritten headline sums up the body in
    its own words, and the framing it adds is the body's, reported there.
    ``left_out`` judges the mirrored pair for clauses the derivative left out (see
    :func:`find_omitted_clauses`): only the encoder's evidence counts, not the lengths (test
    4, or :data:`UNMATCHED_GAIN` with no near run), and a clause may be up to
    :data:`OMITTED_MAX_SHARE` of its sentence.
    """
    quoted = quoted or {"o": {}, "d": {}}
    d_side, o_side = ctx.derivative, ctx.original
    taken: dict[int, list[tuple[int, int]]] = {}
    gone: dict[int, list[tuple[int, int]]] = {}  # original spans reported as dropped
    for f in reported:
        if f.derivative_text:
            for seg in f.derivative:
                text = d_side.texts.get(seg, "")
                start = text.find(f.derivative_text)
                if start < 0:
                    continue
                end = start + len(f.derivative_text)
                whole = any(
                    (d_side.sentences[k].start, d_side.sentences[k].end) == (start, end)
                    for k in d_side.by_segment.get(seg, [])
                )
                if f.kind == "loaded_term" and whole:
                    # the charged word is on the other side; this sentence is only where it
                    # stands in for something, and its clauses are no one's yet
                    continue
                if f.kind == "attribution_changed" and whole:
                    # a claim now stated without its source: what the rewrite added to it
                    # is its own, and the source's words are no length to render
                    for o_seg in f.original:
                        at = o_side.texts.get(o_seg, "").find(f.original_text or "\0")
                        if at >= 0:
                            gone.setdefault(o_seg, []).append((at, at + len(f.original_text)))
                    continue
                taken.setdefault(seg, []).append((start, end))

    jobs: list[_Job] = []
    share = OMITTED_MAX_SHARE if left_out else MAX_SHARE
    for group in ctx.linked_groups:
        for o_ids, d_ids in _blocks(ctx, group):
            jobs += _block_jobs(ctx, group, o_ids, d_ids, quoted["d"], taken, share, gone, remarks=not left_out)
    clean = not left_out and len(reported) <= CLEAN_FINDINGS and _all_linked(ctx)
    held: list[Candidate] = []
    passed = [
        p for p in _judge(ctx, jobs, trace, UNMATCHED_GAIN if left_out else None, CLEAN_EVIDENCE if clean else None, held)
        if not left_out or p[5]
    ]

    out: list[Finding] = []
    chosen: list[Span] = []
    for gain, group, c, full, without, _ in sorted(passed, key=lambda p: (not p[5], -p[0])):
        if any(s.overlaps(c.clause) for s in chosen):
            continue  # the best of overlapping candidates (the encoder's evidence first) speaks for them
        if d_side.texts[c.clause.seg].strip() == (d_side.article.title or "\0").strip():
            continue  # a headline sums up the body: its framing is reported where the body states it
        chosen.append(c.clause)
        out.append(
            finding(
                "added",
                None,
                c.clause,
                f"This clause has no counterpart in the original sentence this one renders: without it the "
                f"sentence matches the original better (similarity {full:.2f} → {without:.2f}). "
                f"Framing or detail the derivative added.",
                min(0.85, 0.45 + 3 * gain),
                original_segments=group.link.original,
            )
        )
        if c in held:
            ctx.memo(HELD_BACK, list).append(out[-1])
    out.sort(key=lambda f: (f.derivative, d_side.texts[f.derivative[0]].find(f.derivative_text or "")))
    return out


HELD_BACK = "clause_spans.held_back"
"""The context memo of added clauses a clean pair holds back (:data:`CLEAN_EVIDENCE`): they
may still cancel an omitted sentence they render, then are dropped (see
:func:`diptych.engine.spans.find_span_findings`)."""


def _all_linked(ctx: Context) -> bool:
    """Is every content paragraph of both versions in a link (nothing added or dropped whole)?"""
    linked_o = {seg for g in ctx.linked_groups for seg in g.link.original}
    linked_d = {seg for g in ctx.linked_groups for seg in g.link.derivative}
    return all(s.id in linked_o for s in ctx.original.article.content_segments) and all(
        s.id in linked_d for s in ctx.derivative.article.content_segments
    )


def find_omitted_clauses(
    ctx: Context,
    quoted: dict[str, dict[int, list[tuple[int, int]]]] | None = None,
    reported: Iterable[Finding] = (),
    trace: list[dict] | None = None,
) -> list[Finding]:
    """``omitted`` clauses: the original's clauses that its aligned sentences left out.

    ", adding that the club would pay their costs", ", but rejected claims that …": a
    rewrite that keeps a sentence can drop the part that spoke for the other side. Such a
    clause is what an added clause is with the two versions' roles swapped, so the same
    tests judge it on the mirrored pair (a faithful translation passes none either way).
    ``reported`` findings' original spans (a dropped quote, source or hedge) are theirs.
    Lengths are no evidence here: a translator who condenses ("close to its normal
    service speed" / « soit à peu près son allure de croisière ») leaves the original long.

    A clause of the headline is not reported: a headline sums up what the body says, and
    a rewritten one drops details the body keeps (or whose loss the body shows).

    A clause that describes a source ("…, speaking on condition of anonymity", "X, an
    umbrella group of insurers") is the source's, left to the attribution analysis; a
    dropped condition ("If the cables can be replaced, …") makes the claim certain: a
    ``hedge_changed``.
    """
    quoted = quoted or {"o": {}, "d": {}}
    reported = list(reported)
    mirror = _mirrored(ctx)
    swapped = [
        Finding(f.kind, f.derivative, f.original, f.derivative_text, f.original_text, f.explanation, f.confidence)
        for f in reported
    ]
    hedged = {seg for f in reported if f.kind == "hedge_changed" for seg in f.original}
    out = []
    for f in find_added_clauses(mirror, {"o": quoted["d"], "d": quoted["o"]}, swapped, trace, left_out=True):
        clause = _clause_span(ctx.original, f.derivative[0], f.derivative_text or "")
        if clause is None:
            continue
        if _describes_source(ctx.original, clause, quoted["o"]) and not (
            (_tells_of_source(ctx.original, clause) or (ctx.same_language and _gives_reason(clause, ctx.original.language)))
            and not _source_changed(ctx.original, clause, reported)
        ):
            continue
        if ctx.original.texts[clause.seg].strip() == ctx.original.article.title:
            continue  # a headline sums up the body: what a rewritten one leaves out, the body tells
        if _record_rendered(clause.text, ctx.original.language,
                            [ctx.derivative.texts[seg] for seg in f.original], ctx.derivative.language):
            continue  # "the highest number on record" / « du jamais vu »: the record is told in place
        condition = _CONDITION.get(ctx.original.language)
        if condition is not None and condition.match(clause.text):
            if clause.seg in hedged:
                continue  # the hedge analysis already reports the claim made certain
            kind, explanation = "hedge_changed", (
                "The condition this claim depends on in the original is missing from the derivative, "
                "which states the claim without it."
            )
        else:
            kind, explanation = "omitted", (
                "This clause of the original has no counterpart in the derivative sentence that renders "
                "its sentence: without it the original matches that sentence better. Content the "
                "derivative left out."
            )
        out.append(Finding(kind, f.derivative, f.original, f.derivative_text, None, explanation, f.confidence))
    out += _denials_left_out(ctx, out, reported)
    return out + _comparisons_left_out(ctx, out, reported)


_COMPARISON_OPENERS = {
    "en": r"(?:up|down|rising|falling|climbing|dropping|increasing|decreasing)\s+from|compared\s+(?:with|to)|against|versus|from",
    "fr": r"contre|(?:en\s+)?(?:hausse|baisse)\s+par\s+rapport\s+à|par\s+rapport\s+à|comparé\w*\s+à|au\s+lieu\s+de",
    "de": r"gegenüber|nach|im\s+Vergleich\s+zu|verglichen\s+mit|nach\s+noch",
    "es": r"frente\s+a|en\s+comparación\s+con|comparad[oa]s?\s+con|contra|desde",
    "it": r"rispetto\s+a(?:i|gli|lle|l)?|contro|a\s+fronte\s+di",
}
_COMPARISON = {language: re.compile(rf"(?:{words})\b", re.IGNORECASE) for language, words in _COMPARISON_OPENERS.items()}
COMPARISON_WORDS = 10
"""How long a comparison with an earlier figure may be ("…, up from around 15 in 2024",
« …, contre une quinzaine en 2024 », "…, gegenüber 15 im Jahr 2024", «…, frente a 15 en 2024»)."""


def _comparison_clause(text: str, language: str) -> bool:
    """Does the clause compare with another figure ("up from 15 in 2024", « contre 15 en
    2024 »): a comparison opener and a figure, in at most ``COMPARISON_WORDS`` words?"""
    shape = _COMPARISON.get(language)
    return (
        shape is not None
        and shape.match(text.lstrip()) is not None
        and any(c.isdigit() for c in text)
        and len(_words(text)) <= COMPARISON_WORDS
    )


def _comma_clauses(ctx: Context, group: Group, spans: list[tuple[int, str]]) -> Iterable[Span]:
    """The clauses a comma sets off in the group's aligned original sentences (the headline's
    left out), less those a finding in ``spans`` already covers: where a left-out tail of a
    sentence (a comparison, a denial) stands."""
    o_side = ctx.original
    title = (o_side.article.title or "\0").strip()
    for k in sorted({k for o_ids, _ in _blocks(ctx, group) for k in o_ids}):
        sentence = o_side.sentences[k]
        if o_side.texts[sentence.seg].strip() == title:
            continue
        for a, b in clause_pieces(sentence, o_side.language):
            if a == 0 or not sentence.text[:a].rstrip().endswith(","):
                continue
            clause = sentence.sub(a, b)
            if not any(seg == clause.seg and (clause.text in text or text in clause.text) for seg, text in spans):
                yield clause


def _comparisons_left_out(ctx: Context, found: list[Finding], reported: list[Finding]) -> list[Finding]:
    """The comparison with an earlier figure left out: a clause of the original set off by a
    comma that compares the sentence's figure with another (", up from around 15 in 2024")
    where no figure of the clause is anywhere in the derivative's linked paragraphs. A
    trend told as a bare figure loses its scale; the figures, kept by any translation,
    say the comparison went (the encoder barely notices five words of a long sentence)."""
    from diptych.engine.numbers import find_quantities

    o_side, d_side = ctx.original, ctx.derivative
    if o_side.language not in _COMPARISON:
        return []
    spans = [(seg, f.original_text) for f in found + list(reported) for seg in f.original if f.original_text]
    out = []
    for group in ctx.linked_groups:
        if group.soft:
            continue
        d_values = {
            q.value
            for seg in group.link.derivative
            for k in d_side.by_segment.get(seg, [])
            for q in find_quantities(d_side.sentences[k], d_side.language)
            if q.value is not None
        }
        for clause in _comma_clauses(ctx, group, spans):
            if not _comparison_clause(clause.text, o_side.language):
                continue
            values = [q.value for q in find_quantities(clause, o_side.language)]
            if not values or any(v is None or v in d_values for v in values):
                continue
            out.append(
                finding(
                    "omitted",
                    clause,
                    None,
                    "The original compares this figure with an earlier one; the derivative keeps the figure "
                    "but not the comparison (none of its figures is in the paragraphs that render it).",
                    0.7,
                    derivative_segments=group.link.derivative,
                )
            )
    return out


_DENIAL_VERBS = {
    "en": r"den(?:y|ies|ied|ying|ials?)|disput\w*|reject\w*|contest\w*|refut\w*",
    "fr": r"dément\w*|démenti\w*|ni(?:e|es|ent|ait|aient|é|ée|és|ées|er|ant)|contest\w*|réfut\w*|rejet\w*",
    "de": r"bestr\w*t\w*|dementi\w*|zurückgew\w*|zurückw\w*|weis\w*\b[^,.;]*\bzurück",
    "es": r"nieg\w*|neg(?:ó|aron|aba|aban|ado|ada|ados|adas|ar)|desm\w*nt\w*|rechaz\w*",
    "it": r"neg\w*|smenti\w*|respin\w*|contest\w*",
}
_DENIAL_OPENERS = {
    "en": r"which|something|a claim|claims|an allegation|allegations|a charge|charges|an accusation|accusations",
    "fr": r"ce qu(?:e|['’])|chose qu(?:e|['’])|une accusation|des accusations|une affirmation|des affirmations",
    "de": r"was|ein Vorwurf|einen Vorwurf|Vorwürfe|eine Darstellung",
    "es": r"lo que|algo que|lo cual|una acusación|acusaciones|extremo que",
    "it": r"cosa che|il che|ciò che|accuse|un'accusa|un’accusa",
}
_DENIAL_CLAUSE = {
    language: re.compile(rf"(?:{_DENIAL_OPENERS[language]})\b(?:\W+\w+){{0,5}}?\W+(?:{verbs})\b", re.IGNORECASE)
    for language, verbs in _DENIAL_VERBS.items()
}
_DENIAL_WORD = {language: re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE)
                for language, verbs in _DENIAL_VERBS.items()}
DENIAL_WORDS = 10
"""How long a clause of denial may be ("which the company denies", « ce que l'entreprise
dément », ", was der Betreiber bestreitet", « lo que la empresa niega »)."""


SPLICE_WORDS = 2
"""How many words on each side of a run of words must join in the other version as they
stand around the run (see :func:`_spliced`)."""


def _hedged(clause: Span, language: str) -> bool:
    """Does the clause hold a hedge ("were generally placid but could")? Then what went
    with it is the hedge analysis's to report, not a clause's."""
    found = find_hedges([clause], language, [])
    return bool(found.hearsay or found.weak or found.modal)


def _spliced(original: str, sentence: Span, start: int, end: int) -> bool:
    """In one language, is the run ``start:end`` of the sentence (relative to its text) cut
    cleanly into it: the ``SPLICE_WORDS`` words before it and after it stand side by side
    in the original ("the measurements | had been taken in a wet spring and | might
    underestimate" / "the measurements might underestimate")? Then the run is a clause
    added (or, the pair mirrored, dropped) word for word, with the words around it kept:
    a gain of :data:`APPOSITION_GAIN` is evidence enough, however long the sentence or
    whatever else changed in it (a source swapped)."""
    before = [w.lower() for w in _TOKEN.findall(sentence.text[:start])][-SPLICE_WORDS:]
    after = [w.lower() for w in _TOKEN.findall(sentence.text[end:])][:SPLICE_WORDS]
    if len(before) < SPLICE_WORDS or len(after) < SPLICE_WORDS:
        return False
    joined = " ".join(before + after)
    return f" {joined} " in " " + " ".join(w.lower() for w in _TOKEN.findall(original)) + " "


def _denials_left_out(ctx: Context, found: list[Finding], reported: list[Finding]) -> list[Finding]:
    """The answer of the accused left out: a clause of the original that reports a denial
    of what the sentence says (", which the company denies") where the derivative's linked
    paragraphs deny nothing. Fairness turns on it (wire style: a charge goes with its
    denial), yet it is too short for the encoder's tests; a denial verb in the rendering,
    whatever its words, keeps it. A sentence left out whole is the sentence's finding."""
    o_side, d_side = ctx.original, ctx.derivative
    shape, word = _DENIAL_CLAUSE.get(o_side.language), _DENIAL_WORD.get(d_side.language)
    if shape is None or word is None:
        return []
    spans = [(seg, f.original_text) for f in found + list(reported) for seg in f.original if f.original_text]
    out = []
    for group in ctx.linked_groups:
        if group.soft:
            continue
        d_text = " ".join(d_side.texts.get(seg, "") for seg in group.link.derivative)
        if word.search(d_text):
            continue
        for clause in _comma_clauses(ctx, group, spans):
            if len(_words(clause.text)) > DENIAL_WORDS or not shape.match(clause.text):
                continue
            out.append(
                finding(
                    "omitted",
                    clause,
                    None,
                    "The original reports a denial of this claim; the derivative keeps the claim but "
                    "not the denial.",
                    0.7,
                    derivative_segments=group.link.derivative,
                )
            )
    return out


_RECORD = {
    "en": r"on record|records? (?:began|begun)|(?:a|an|the|new|all-time) (?:\w+ )?record|record[- ](?:high|low|level|number|year|figure)s?"
          r"|all-time (?:high|low)|ever (?:recorded|seen|counted|measured)|(?:never|not) (?:\w+ )?before|unprecedented|without precedent",
    "fr": r"record|jamais vu|(?:n['’]|ne )?(?:\w+ ){0,2}?jamais (?:\w+ )?(?:été|connu|vu|atteint|enregistré|observé|compté)"
          r"|sans précédent|inédite?s?|(?:niveau|plus haut|plus bas|sommet|pic) historique",
    "de": r"Rekord\w*|rekord\w*|(?:wie )?(?:nie|noch nie) (?:zuvor|vorher)|so (?:\w+ )?wie (?:noch )?nie|noch nie|beispiellos\w*"
          r"|seit Beginn der (?:Aufzeichnungen|Messungen)|Höchststand\w*|Tiefststand\w*|historische[nsm]? (?:Höchst|Tiefst)\w*",
    "es": r"r[ée]cords?|sin precedentes|nunca (?:antes )?(?:visto|vista|vistos|vistas)|nunca antes|jamás|inédit[oa]s?|(?:máximo|mínimo|nivel|cifra) histórica?",
    "it": r"record|mai (?:vist[oaie]|così|prima)|senza precedenti|inedit[oaie]|(?:massimo|minimo|livello|picco) storico|primato",
}
"""How each language states a record: an English "the highest number on record" is in
German „so oft wie nie zuvor“, in French « du jamais vu » or « un record », in Spanish «sin
precedentes»: the same claim, which the encoder does not pair with the superlative."""

_RECORD_RE = {language: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for language, words in _RECORD.items()}


def _record_rendered(clause: str, language: str, renderings: list[str], other_language: str) -> bool:
    """Is ``clause`` a statement of record that a sentence of ``renderings`` states too?"""
    mine, theirs = _RECORD_RE.get(language), _RECORD_RE.get(other_language)
    if mine is None or theirs is None or not mine.search(clause):
        return False
    return any(theirs.search(text) for text in renderings)


_CONDITION_WORDS = {
    "en": "if|unless|provided that|provided|as long as|only if",
    "fr": "si|s['’]|sauf si|à condition que|à condition de|pourvu que|pour peu que",
    "de": "wenn|falls|sofern|vorausgesetzt|nur wenn",
    "es": "si|siempre que|a menos que|salvo que|con tal de que",
    "it": "se|qualora|purché|a meno che|a condizione che",
    "pt": "se|caso|desde que|a menos que",
    "nl": "als|indien|mits|tenzij",
}
"""Words that open a condition: a claim that held only if … is hedged by it."""

_OPEN_OTHER_THINGS = frozenset({"provided", "si", "s['’]", "se", "caso", "als"})
"""Condition words that also open something else ("the funds provided by", « si grand »,
« se » the pronoun, "als" as "as"): a condition only where a clause starts anyway."""

_CONDITION = {
    language: re.compile(rf"(?:{words})\b", re.IGNORECASE) for language, words in _CONDITION_WORDS.items()
}
_CONDITION_INSIDE = {
    language: re.compile(
        rf"(?<=\w)\s+(?=(?:{'|'.join(w for w in words.split('|') if w not in _OPEN_OTHER_THINGS)})\s)",
        re.IGNORECASE,
    )
    for language, words in _CONDITION_WORDS.items()
    if language != "de"  # a German subordinate clause always stands after a comma
}
"""Conditions written without a comma before them ("… in 2028 if orders hold"), with the
words that open nothing else."""

_ADVERSATIVE_INSIDE = {
    language: re.compile(rf"(?<=\w)\s+(?=(?:{words})\s+(?!(?:{others})\b)\w)", re.IGNORECASE)
    for language, words, others in (
        ("en", "but", "also|rather|only|not|just|one|two|a|an|the"),
        ("fr", "mais", "aussi|également|plutôt|bien|encore|non|pas|un|une|le|la|les"),
        ("es", "pero", "también|no"),
        ("it", "ma|però", "anche|pure|non|un|una|il|la|lo"),
        ("pt", "mas", "também|não"),
        ("nl", "maar", "ook|niet|een|de|het"),
    )
}
"""A second predicate joined by "but" with no comma ("… found high readings last March but
did not tell the authorities"): the part a rewrite most often drops, because it speaks
against the subject. Not where "but" opens a contrast of two words ("not only … but also",
"not a fine but a warning"); German "aber" stands inside its clause, so it has none."""


def _clause_span(side, seg: int, text: str) -> Span | None:
    for k in side.by_segment.get(seg, []):
        sentence = side.sentences[k]
        at = sentence.text.find(text)
        if text and at >= 0:
            return sentence.sub(at, at + len(text))
    return None


def _describes_source(side, clause: Span, quoted: dict[int, list[tuple[int, int]]]) -> bool:
    """Does the clause hold a source, or stand right beside one (its description)?

    Not a clause before the words that open the source ("according to", "said" put before
    its subject): it is part of what the source says, and a description of the source
    follows its phrase. Not a complement clause ("and that it would study the ruling"):
    what follows "that" is what the source said, never words about the source, even where
    the attribution finder lets a source's phrase run on into it ("according to the plan
    and that …")."""
    if _states_content(clause.text, side.language) or _says_more(clause.text, side.language):
        return False
    first = _TOKEN.match(clause.text)
    if first is not None and _COUNTERWEIGHT.match(first.group()) and len(_words(clause.text)) > MIN_WORDS:
        return False  # "…, but could not say how long that would take": what the source said against itself
    for k in side.by_segment.get(clause.seg, []):
        sentence = side.sentences[k]
        if not (sentence.start <= clause.start and clause.end <= sentence.end):
            continue
        text = side.texts[clause.seg]
        for source in find_sources(sentence, side.language, quoted.get(clause.seg, []), side.lowercase_words):
            if not source.names and len(_words(source.phrase.text)) < 2:
                continue  # a lone verb ("rejected claims") names no one
            if _reports_its_own(clause, source, text, side.language):
                continue  # "…, but the museum said its value could not be measured": content
            if clause.end <= source.claim.start < source.phrase.start:
                continue  # "…, during which the road will be closed, according to the county": what it says
            spans = [source.phrase, source.claim, *(n.span for n in source.names)]
            if any(_beside(text, s.start, s.end, clause) for s in spans):
                return True
    return False


def _beside(text: str, start: int, end: int, clause: Span) -> bool:
    """Does ``text[start:end]`` overlap the clause, or stand next to it with only spaces and
    punctuation between?"""
    if start < clause.end and clause.start < end:
        return True
    return _BETWEEN.fullmatch(text[end : clause.start] if end <= clause.start else text[clause.end : start]) is not None


_PARTITIVE = {
    language: re.compile(rf"\s*(?:[^\W\d_]+\s+){{1,3}}(?:{words})\b", re.IGNORECASE)
    for language, words in (
        ("en", r"of\s+(?:which|whom)"),
        ("de", r"(?:von|unter)\s+(?:denen|welchen)"),
        ("es", r"de\s+(?:los|las)\s+cuales"),
        ("it", r"(?:dei|delle|degli)\s+quali"),
    )
}
"""A relative clause opened by a share of what it refers to ("most of which", "some of
whom", „ein Teil von denen“, «la mayoría de los cuales», « dont la plupart » being French's
own relative): a relative clause all the same."""


def _tells_of_source(side, clause: Span) -> bool:
    """Is the clause a relative clause set off by a comma that tells something of the
    source beyond who it is ("Riet, 84, who lives alone in the north of the city, said",
    "the provider, which employs most of the city's carers, said")? Its loss drops a fact
    the reader had, so it is an omission. Not a clause that picks the source out ("a
    volunteer who worked at one of the stations said": the source itself), nor one on
    its anonymity ("who asked not to be named"): those are the attribution analysis's.
    A partitive relative ("…, according to a council paper, most of which will go to
    …", see :data:`_PARTITIVE`) tells of what the source said, and counts too.
    """
    from diptych.engine.lexicons import pattern

    partitive = _PARTITIVE.get(side.language)
    relative = _relative(clause, side.language) or (partitive is not None and partitive.match(clause.text) is not None)
    if not relative or len(_words(clause.text)) < MIN_WORDS + 2:
        return False
    if not side.texts[clause.seg][: clause.start].rstrip().endswith(","):
        return False
    anonymous = pattern("reporting_verbs", side.language, "anonymous")
    return anonymous is None or anonymous.search(clause.text) is None


_REASON = {
    "en": r"because|for fear (?:of|that)\b",
    "fr": r"parce qu(?:e\b|['’])|car\b|(?:de|par) (?:peur|crainte) (?:de\b|d['’]|des\b|du\b|qu(?:e\b|['’]))",
    "de": r"weil\b|aus (?:Angst|Furcht|Sorge) (?:vor|um)\b",
    "es": r"porque\b|ya que\b|por (?:miedo|temor) (?:a\b|al\b|de\b|del\b)",
    "it": r"perché\b|poiché\b|per (?:paura|timore) (?:di|del|della|dei|delle|che)\b",
}
"""Words that open a reason, and nothing else: a conjunction of cause, or a fear ("for
fear of reprisals", « de peur de perdre son poste », „aus Angst vor Repressalien“), the
reason a source most often gives for staying anonymous."""

_REASON_RE = {language: re.compile(rf"(?:{words})", re.IGNORECASE) for language, words in _REASON.items()}


def _gives_reason(clause: Span, language: str) -> bool:
    """Does the clause give a reason ("because staff have been told not to speak to the
    press", « parce que le personnel a reçu pour consigne de se taire »)? Beside a source
    it says why the source is anonymous, and that is news: a rewrite that keeps "who asked
    not to be named" but drops the gag order has dropped content, not a source. In one
    language only: a translator renders the reason in other shapes (« por no estar
    autorizado a declarar ») the encoder does not pair with the clause."""
    reason = _REASON_RE.get(language)
    return reason is not None and reason.match(clause.text.lstrip()) is not None and len(_words(clause.text)) > MIN_WORDS


def _source_changed(side, clause: Span, reported: list[Finding]) -> bool:
    """Has the attribution analysis reported the source this clause describes as changed
    ("According to the news site X, which first reported on the deal," / « Selon certains
    médias »)? The clause went with its source, and the finding tells it."""
    text = side.texts[clause.seg]
    for f in reported:
        if f.kind != "attribution_changed" or clause.seg not in f.original or not f.original_text:
            continue
        start = text.find(f.original_text)
        if start >= 0 and _beside(text, start, start + len(f.original_text), clause):
            return True
    return False


def _states_content(text: str, language: str) -> bool:
    """Does the clause open with a complementiser, after a conjunction perhaps ("and that
    …", « et que … », "und dass …")?"""
    words = COMPLEMENTISERS.get(language, ())
    joins = CONJUNCTIONS.get(language, ())
    if not words:
        return False
    opening = rf"(?:(?:{'|'.join(joins)})\s+)?(?:{'|'.join(words)})" if joins else rf"(?:{'|'.join(words)})"
    return re.match(opening, text.lstrip(), re.IGNORECASE) is not None


def _says_more(text: str, language: str) -> bool:
    """Does the clause open with a conjunction and a reporting verb, then go on with what was
    said ("and said an external inquiry would report within six weeks", « et a assuré que
    … », "y dijo que …")? A second statement of the same speaker: content, not words about
    the source."""
    from diptych.engine.lexicons import pattern

    joins = CONJUNCTIONS.get(language, ())
    verbs = pattern("reporting_verbs", language, "")
    if not joins or verbs is None:
        return False
    opening = re.match(rf"\s*(?:{'|'.join(joins)})\s+", text, re.IGNORECASE)
    if opening is None:
        return False
    rest = text[opening.end() :]
    first = _TOKEN.match(rest)
    if first is not None and first.group().lower() in FINITE_AUXILIARIES.get(language, ()):
        rest = rest[first.end() :].lstrip()
    verb = verbs.match(rest)
    return verb is not None and len(_words(rest[verb.end() :])) >= MIN_WORDS


def _reports_its_own(clause: Span, source, text: str, language: str) -> bool:
    """Whether the clause holds a source with its verb after it ("the museum said") and
    goes on with what was said (at least ``MIN_WORDS`` words, not a relative clause on the
    source): then it carries a statement of the original, not the description of a source.
    ("According to a diplomat who attended …" has no verb after its source.)

    Also a clause whose source ends in a relative pronoun, the verb following it in the
    clause (", several hundred of them to people who said they had done nothing wrong"):
    the people are the clause's own, and what they said is its content."""
    claim = source.claim
    if claim.end <= source.phrase.end or claim.end > clause.end:
        return False
    relatives = RELATIVE_PRONOUNS.get(language, ())
    if clause.start > claim.start:
        head = _TOKEN.findall(text[source.phrase.start : source.phrase.end])
        if not (clause.start < source.phrase.end and head and head[-1].lower() in relatives):
            return False
    said = _words(text[claim.end : clause.end])
    return len(said) >= MIN_WORDS and said[0].lower() not in relatives and not text[claim.end:].lstrip().startswith(",")


def _mirrored(ctx: Context) -> Context:
    """The pair seen from the derivative's side: its linked groups with the sides swapped,
    and an assumed length ratio inverted (a French rendering assumed 15% longer than its
    English original makes the English 15% shorter than the French, not longer)."""
    groups = []
    for g in ctx.linked_groups:
        link = type(g.link)(list(g.link.derivative), list(g.link.original), g.link.score)
        pairs = [SentencePair(p.derivative, p.original, p.score) for p in g.pairs]
        groups.append(Group(link, list(g.derivative), list(g.original), pairs))
    mirror = Context(ctx.derivative, ctx.original, groups, ctx.embeddings, ctx.similarity.T)
    mirror.memos["length_ratio"] = length_ratio(mirror, mirrored=True)
    return mirror


def _block_jobs(
    ctx: Context,
    group: Group,
    o_ids: list[int],
    d_ids: list[int],
    quoted_d: dict[int, list[tuple[int, int]]],
    taken: dict[int, list[tuple[int, int]]],
    max_share: float = MAX_SHARE,
    gone: dict[int, list[tuple[int, int]]] | None = None,
    remarks: bool = True,
) -> list[_Job]:
    """The candidate clauses of one aligned block that pass the tests needing no encoder (1).
    ``gone`` holds original spans reported as dropped (a source): not part of the length a
    rendering needs. ``remarks``: whether a comment on the clause before it
    (:func:`_comment_clause`) is judged with the apposition's bars (only for clauses added)."""
    d_side, o_side = ctx.derivative, ctx.original
    o_stems = _original_stems(ctx)
    ratio = ctx.memo("length_ratio", lambda: length_ratio(ctx))
    o_text = ctx.group_text(o_side, o_ids)
    o_sentences = [o_side.sentences[k] for k in o_ids]
    block = [d_side.sentences[k] for k in d_ids]
    # An apposition is judged as a comment where the block holds more of them than its
    # original ("…, un chiffre qui grimpe chaque jour" beside the original's own "…, a
    # group of residents"): a translation keeps the original's, one more is the rewrite's.
    o_apposition = _apposition_count(o_sentences, o_side.language) >= max(1, _apposition_count(block, d_side.language))
    o_commented = _has_apposition(o_sentences, o_side.language) or not remarks or _has_comment(o_sentences, o_side.language)
    dropped = sum(
        max(0, min(b, s.end) - max(a, s.start)) for s in o_sentences for a, b in (gone or {}).get(s.seg, [])
    )
    expected = ratio * (sum(len(s.text) for s in o_sentences) - dropped)
    d_length = sum(len(s.text) for s in block)
    jobs: list[_Job] = []
    relatives_kept = None
    for sentence in block:
        regions = quoted_d.get(sentence.seg, [])
        marks = None
        speakers = None
        for c in candidates(sentence, block, d_side.language, o_text if ctx.same_language else None, max_share):
            if _overlaps(c.clause, regions) or _overlaps(c.clause, taken.get(c.clause.seg, [])):
                continue
            at = c.clause.start - sentence.start
            spliced = (
                ctx.same_language
                and _spliced(o_text, sentence, at, at + len(c.clause.text))
                and not _hedged(c.clause, d_side.language)
            )
            if _frames_what_follows(sentence, at, at + len(c.clause.text), d_side.language) or (
                # words cut cleanly into a clause ("the readings | had been taken … and | might")
                # resume no predicate: the words around them do
                not spliced and _resumes_predicate(sentence, at, d_side.language)
            ):
                continue
            if not ctx.same_language and _relative(c.clause, d_side.language):
                # A translator keeps the original's relative clauses ("customers who have
                # closed their accounts" / „Kunden, die ihren Vertrag gekündigt haben“):
                # one is added only where the block has more of them than its original.
                if relatives_kept is None:
                    relatives_kept = _relative_count(block, d_side.language) <= _relative_count(o_sentences, o_side.language)
                if relatives_kept:
                    continue
            if _reports_quote(c.clause, d_side.texts[c.clause.seg], regions):
                continue
            if regions:
                if speakers is None:
                    speakers = _quote_speakers(sentence, d_side, regions)
                if any(a <= c.clause.start and c.clause.end <= b for a, b in speakers):
                    continue
            if _renders_original(c.clause.text, o_text, not ctx.same_language, o_side.lowercase_words):
                continue
            if _needed_by_length(d_length, len(c.clause.text), expected):
                continue
            if ctx.same_language and (
                _novel_share(c.clause.text, o_text) < NOVEL_SHARE or _spelt_out(c.clause.text, o_text, o_stems)
            ):
                continue
            marks = marks or _marks(sentence, d_side.language, regions, d_side.lowercase_words)
            if _own_words(c.clause, marks, d_side.language, ctx.same_language) < MIN_WORDS:
                continue
            comment = (
                APPOSITION if not o_apposition and _comment_apposition(sentence, at, d_side.language)
                else REMARK if not o_commented and _comment_clause(sentence, at, d_side.language)
                else SPLICED if spliced
                else ""
            )
            surplus = _surplus_by_length(d_length, len(c.clause.text), expected)
            jobs.append((group, o_text, o_sentences, c, comment, surplus))
    return jobs


def _blocks(ctx: Context, group: Group) -> list[tuple[list[int], list[int]]]:
    """The blocks of sentences of a group in which to look for clauses: the aligned blocks;
    inside a 2-2 block, each pair of its sentences in order that would align alone (a
    sentence whose neighbour's quote was replaced is aligned with it in one block, where a
    clause added to it moves the block little: « Dans le village …, où la scierie reste le
    premier employeur, les avis étaient partagés. « … » » against two sentences); and the
    loose pairs (:func:`_loose_blocks`)."""
    out = []
    for o_ids, d_ids, _ in group.aligned():
        out.append((o_ids, d_ids))
        if len(o_ids) == len(d_ids) == 2:
            out += [([o], [d]) for o, d in zip(o_ids, d_ids) if ctx.similarity[o, d] >= PAIR_THRESHOLD]
    return out + _loose_blocks(ctx, group)


def _loose_blocks(ctx: Context, group: Group) -> list[tuple[list[int], list[int]]]:
    """Unpaired sentences of the two sides of a group that loosely render each other
    (:data:`diptych.engine.clauses.LOOSE_PAIR`), each the other's best partner there: a
    sentence that lost a clause and had the rest recast ("The company said … that a valve
    had failed … and that it was cooperating fully with the inspectors" / « L'entreprise
    invoque commodément … une vanne qui aurait cédé … ») scores too low for the sentence
    alignment, but is still the sentence that renders it, and not reported as a whole. Only
    in a group where other sentences aligned: a headline rewritten whole is no such pair.
    And the lone pair of one gap of the alignment that choose each other article-wide."""
    sim = ctx.similarity
    free_o, free_d = group.unpaired_original(), group.unpaired_derivative()
    if not free_o or not free_d or not group.pairs:
        return []  # a group with nothing aligned (a rewritten headline) is no faithful passage
    out = []
    for i in free_o:
        j = max(free_d, key=lambda d: sim[i, d])
        if sim[i, j] >= LOOSE_PAIR and max(free_o, key=lambda o: sim[o, j]) == i:
            out.append(([i], [j]))
    # The lone pair of one gap that choose each other article-wide render each other too
    # (:data:`diptych.engine.clauses.SLOT_PAIR`): a clause one of them lost is still news.
    out += [([i], [j]) for i, j in slot_pairs(group, sim) if ([i], [j]) not in out]
    return out


def _original_stems(ctx: Context) -> list[set[str]]:
    """Each original sentence's stems, for the one-language tests (none across languages)."""
    if not ctx.same_language:
        return []
    return ctx.memo("original_stems", lambda: [_stems(s.text) for s in ctx.original.sentences])


def _misfits(with_clause: int, clause: int, expected: float) -> tuple[float, float] | None:
    """How far the block strays from its expected length with the clause and without it."""
    if expected <= 0 or with_clause - clause <= 0:
        return None
    return misfit(with_clause, expected), misfit(with_clause - clause, expected)


def _surplus_by_length(with_clause: int, clause: int, expected: float) -> bool:
    """Is the block as long as the original block translated only without the clause?"""
    fits = _misfits(with_clause, clause, expected)
    return fits is not None and fits[1] <= SURPLUS_FIT and fits[0] - fits[1] >= SURPLUS_GAIN


def _surplus_stands(symmetric: float, counterpart: float, comment: bool = False) -> bool:
    """Does a clause surplus by length stand as added, the encoder seeing no counterpart
    (a negative symmetric score, or no run of the original's words as near as
    :data:`SURPLUS_COUNTERPART`)? A comment in apposition where the original has none
    («…, une procédure inédite dans l'histoire de la ville ») always does: a near run
    there is only the topic the comment is about."""
    return comment or symmetric < 0.0 or counterpart < SURPLUS_COUNTERPART


def _needed_by_length(with_clause: int, clause: int, expected: float) -> bool:
    """Does the block need the clause to be as long as the original block translated?"""
    fits = _misfits(with_clause, clause, expected)
    return fits is not None and fits[0] <= LENGTH_FIT and fits[1] - fits[0] >= NEEDED_BY_LENGTH


def holds_added_clause(
    ctx: Context, group: Group, o_ids: list[int], d_ids: list[int], span: Span, quoted_d: dict[int, list[tuple[int, int]]]
) -> bool:
    """Does ``span`` (a hedge, say) lie in a clause of the block that the derivative added?

    « …, un bilan qui aurait pu être bien plus lourd »: the conditional qualifies the
    added comment, not a claim of the original, so the clause is what to report (by
    :func:`find_added_clauses`, with the same tests), not a hedge.
    """
    jobs = [job for job in _block_jobs(ctx, group, o_ids, d_ids, quoted_d, {}) if job[3].clause.contains(span)]
    return bool(_judge(ctx, jobs))


def holds_omitted_clause(
    ctx: Context, group: Group, o_ids: list[int], d_ids: list[int], span: Span, quoted_o: dict[int, list[tuple[int, int]]]
) -> bool:
    """Does ``span`` (a hedge, say) lie in a clause of the original block that the
    derivative left out whole? "…, and that the death was probably the result of an
    overdose" dropped: the claim went with its hedge, and :func:`find_omitted_clauses`
    reports the clause (the same tests, on the pair seen from the derivative's side)."""
    if group.soft or group not in ctx.linked_groups:
        return False
    mirror = ctx.memo("clause_spans.mirrored", lambda: _mirrored(ctx))
    mirrored = mirror.linked_groups[ctx.linked_groups.index(group)]
    jobs = [
        job for job in _block_jobs(mirror, mirrored, d_ids, o_ids, quoted_o, {}, OMITTED_MAX_SHARE, remarks=False)
        if job[3].clause.contains(span)
    ]
    return any(passed[5] for passed in _judge(mirror, jobs, None, UNMATCHED_GAIN))


def _judge(
    ctx: Context,
    jobs: list[_Job],
    trace: list[dict] | None = None,
    unmatched_gain: float | None = None,
    strict: float | None = None,
    held: list[Candidate] | None = None,
) -> list[tuple[float, Group, Candidate, float, float, bool]]:
    """The candidates that pass the encoder's tests (2-4), or the lengths' in place of test 4,
    as (gain, group, candidate, full, without, whether test 4 passed). With ``strict``, only
    test 4 counts, with that much evidence (see :data:`CLEAN_EVIDENCE`); those that would
    have passed the usual bar go to ``held`` as well as to the result."""
    if not jobs:
        return []
    o_side, d_side = ctx.original, ctx.derivative
    emb = ctx.embeddings
    for _, o_text, _, c, _, _ in jobs:
        emb.want([o_text, c.block, c.rest])
    emb.flush()
    headline = (o_side.article.title or "").strip()
    bodies = [
        s.text
        for s in o_side.sentences
        # A clause left out is not rendered by the other version's headline: a headline
        # sums up the story in its own words and keeps none of a body sentence's clauses.
        if unmatched_gain is None or not headline or o_side.texts[s.seg].strip() != headline
    ]
    originals = emb.matrix(bodies) if bodies else np.zeros((0, 1))

    gained: list[tuple[float, Group, str, Candidate, float, float, list[str], list[str], bool, bool]] = []
    for group, o_text, o_sentences, c, comment, surplus in jobs:
        full = emb.sim(o_text, c.block)
        without = emb.sim(o_text, c.rest)
        if without - full < (APPOSITION_GAIN if comment or surplus else GAIN):
            continue
        windows = _original_clauses(o_sentences, o_side.language) + _windows(o_text, len(_words(c.clause.text)))
        linked: list[str] = []
        link_sentences = [o_side.sentences[k] for k in group.original]
        if _relative(c.clause, d_side.language):
            linked = _original_clauses(link_sentences, o_side.language)
        if not ctx.same_language:
            # Across languages a translator moves a clause between the sentences of a
            # paragraph ("…, she told a news conference in Budapest" put in the sentence
            # before, « a précisé à Budapest, lors d'une conférence de presse »): a run of
            # words anywhere in the link may render it. (In one language, runs of shared
            # words score high on words alone.)
            linked += _windows(" ".join(s.text for s in link_sentences), len(_words(c.clause.text)))
        emb.want([c.clause.text, *windows, *linked])
        gained.append((without - full, group, o_text, c, full, without, windows, linked, comment, surplus))
    emb.flush()  # the second encoder call: only the few clauses that gained

    kept: list[tuple[float, Group, str, Candidate, float, float, list[str], float, float, bool, bool]] = []
    for gain, group, o_text, c, full, without, windows, linked, comment, surplus in gained:
        alone = emb[c.clause.text]
        nearest = float((originals @ alone).max()) if len(originals) else 0.0
        if linked:
            # a relative clause describes someone or something the link's original may
            # describe in other words, anywhere in the link ("who spoke on condition of
            # anonymity" / « qui a souhaité rester anonyme »: 0.65 against a run of words
            # there; "which has never yet fined an airline", added in one language, 0.24
            # against the original's clauses)
            near = emb.matrix(linked) @ alone
            best = float(near.max())
            if best < CLAUSE_FAR or not _rendered_by_rest(ctx, c.clause, linked[int(near.argmax())], best):
                nearest = max(nearest, best)
        if nearest >= CLAUSE_FAR:
            # Rendered elsewhere in its link: then the original sentence it renders there,
            # if reported as omitted, is not (see clauses.cancel_renderings).
            ctx.rendering_clauses.append((c.clause.text, group.link))
            continue
        sims = emb.matrix(windows) @ alone
        if not ctx.same_language and float(sims.max()) >= CLAUSE_FAR and not _rendered_by_rest(
            ctx, c.clause, windows[int(sims.argmax())], float(sims.max())
        ):
            continue  # a run of the original's own words renders it (a translator moved it within the sentence)
        closest = [windows[i] for i in np.argsort(-sims)[:COUNTERPART_TRIES]]
        o_rests = [_cut(o_text, w) for w in closest]
        emb.want(o_rests)
        kept.append((gain, group, o_text, c, full, without, o_rests, float(sims.max()), nearest, comment, surplus))
    emb.flush()  # the third: the original without each clause's likeliest counterpart

    passed: list[tuple[float, Group, Candidate, float, float, bool]] = []
    for gain, group, o_text, c, full, without, o_rests, counterpart, nearest, comment, surplus in kept:
        # Had the clause a counterpart, the original without it would match the
        # derivative without the clause better than the whole original does.
        symmetric = max(emb.sim(c.rest, r) for r in o_rests) - without
        if trace is not None:
            trace.append(
                {
                    "clause": c.clause.text,
                    "segment": c.clause.seg,
                    "gain": gain,
                    "full": full,
                    "nearest": nearest,
                    "counterpart": counterpart,
                    "symmetric": symmetric,
                    "words": len(_words(c.clause.text)),
                    "block_words": len(_words(c.block)),
                    "apposition": comment or False,
                    "surplus": surplus,
                }
            )
        if strict is not None and comment != APPOSITION and nearest >= CLEAN_NEAR:
            if symmetric < 0.0 and gain - symmetric >= strict:
                passed.append((gain, group, c, full, without, True))
            elif held is not None and symmetric < 0.0 and gain - symmetric >= EVIDENCE:
                # held back, but still where the words of the original may have gone: an
                # omitted sentence it renders is not omitted (clauses.cancel_renderings)
                held.append(c)
                passed.append((gain, group, c, full, without, True))
            continue
        evidence = symmetric < 0.0 and gain - symmetric >= (APPOSITION_EVIDENCE if comment in (APPOSITION, REMARK) else EVIDENCE)
        if unmatched_gain is not None and counterpart < UNMATCHED_COUNTERPART and (
            gain >= unmatched_gain
            or gain >= REPORTED_GAIN and (_states_content(c.clause.text, d_side.language) or _says_more(c.clause.text, d_side.language))
        ):
            evidence = True
        if unmatched_gain is None and strict is None and _unmatched_addition(gain, counterpart):
            evidence = True
        if comment == SPLICED and counterpart < UNMATCHED_COUNTERPART:
            # words cut out of (or into) a sentence kept word for word around them, with no
            # run of the other version near them (not a phrase reworded beside them)
            evidence = True
        if evidence or (surplus and _surplus_stands(symmetric, counterpart, comment == APPOSITION)):
            passed.append((gain, group, c, full, without, evidence))
    return passed


def _unmatched_addition(gain: float, counterpart: float) -> bool:
    """Does a clause gain so much, with no run of the original near it, that it is added
    whatever test 4's symmetric score (see :data:`UNMATCHED_ADDED_GAIN`)?"""
    return gain >= UNMATCHED_ADDED_GAIN and counterpart < UNMATCHED_ADDED_COUNTERPART


def _rendered_by_rest(ctx: Context, clause: Span, window: str, score: float) -> bool:
    """Does a run of words of the clause's sentence outside it render the original's
    ``window`` at least as well as the clause does? Then that window is rendered where it
    stands, and the clause only shares a word with it ("Après des semaines de silence, …
    au cours des prochaines semaines" for "… over the coming weeks": the framing scores 0.59
    against "over the coming weeks", which « au cours des prochaines semaines » renders)."""
    for k in ctx.derivative.by_segment.get(clause.seg, []):
        sentence = ctx.derivative.sentences[k]
        if not (sentence.start <= clause.start and clause.end <= sentence.end):
            continue
        a, b = clause.start - sentence.start, clause.end - sentence.start
        runs = _windows(_without(sentence.text, a, b), len(_words(window)))
        if not runs:
            return False
        emb = ctx.embeddings
        emb.want([window, *runs])
        emb.flush()
        return float((emb.matrix(runs) @ emb[window]).max()) >= score
    return False


def _run_on(words_by_language: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Per language, the place before one of ``words`` run on to a clause with no comma."""
    return {
        language: re.compile(rf"(?<=\w)\s+(?=(?:{words})(?:\s+|(?<=['’]))\w)", re.IGNORECASE)
        for language, words in words_by_language.items()
    }


_TAIL_WORDS = {
    "en": "and|without",
    "fr": "et|sans que|sans qu['’]",
    "de": "und",
    "es": "y|e|sin que",
    "it": "e|ed|senza che",
    "pt": "e|sem que",
    "nl": "en|zonder dat",
}
_TAIL_INSIDE = _run_on(_TAIL_WORDS)
"""What a rewrite tacks on to the end of a clause with no comma before it: a second
predicate or participle joined by "and" («algunas instaladas antes de 1930 y remendadas
desde entonces»), a circumstance opened by "without" («… sin que nadie hiciera una sola
pregunta»). The tail from the word to the clause's end is a candidate; the encoder's tests
judge it like any other (a translator's "and" renders the original's)."""

_RELATIVE_THAT = {
    "en": re.compile(
        r"(?<=\w)\s+(?=that\s+(?!(?:the|a|an|it|its|he|she|they|we|you|i|this|these|those|there|his|her|their|"
        r"our|no|some|all|any|one|two|more|most|such|if)\b)[^\W\d_])",
        re.IGNORECASE,
    )
}
"""English opens a relative clause with "that" as well as "which" ("a firm based in Sibiu
that supplies sawmills …"), but "that" opens complement clauses too ("said that the …").
Where no subject follows it (no article, pronoun or figure), "that" is taken to open a
relative clause: the run from it to the clause's end is a candidate, not a cut."""

_CAUSE_WORDS = {
    "en": "because",
    "fr": "parce que|parce qu['’]",
    "de": "weil",
    "es": "porque",
    "it": "perché",
    "pt": "porque",
    "nl": "omdat",
}
_CAUSE_INSIDE = _run_on(_CAUSE_WORDS)
"""A cause run on with no comma before it ("… for the whole weekend because there were
too few guards", « … parce qu'il n'y avait pas assez de gardiens », «… porque no había
…»): the rewrite's own explanation, or one it leaves out. The run from the conjunction
to the clause's end is a candidate; the encoder's tests judge it like any other. Not the
conjunctions of time (while, « pendant que », «mientras», « mentre »): English words them
as often with "as" (a title's "as rescues rise" / « mentre aumentano i soccorsi »), which
opens no candidate, so a faithful rendering's time clause would stand alone."""
