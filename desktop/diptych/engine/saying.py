"""Verbs of saying that judge, found by where they stand rather than by a list of them.

A slanted rewrite rarely keeps the source's plain "said": the speaker "coldly justified",
"shot back", « a balayé », „wiegelte ab“. No list can hold every such verb, but every one
stands where a verb of saying stands - right after a closing quotation mark (« … », a
froidement justifié le directeur), or right before an opening one (he shot back: "…").
What is closed is the other side: the few neutral ways each language renders "said"
(the neutral side of the lexicon's ``said-*`` sections) and the verbs of saying the
attribution reader already knows (``reporting_verbs``), which a translator uses for
"said" without judging anybody. So a verb in that place that neither list knows, where
the source's sentence used a neutral verb and the derivative's lost one, is a verb of
saying chosen to judge; and so is a manner adverb put on the verb ("said flatly", « a
sèchement répondu ») where the source's verb had none.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from diptych.engine import word_diff
from diptych.engine.groups import Context
from diptych.engine.lexicons import pattern
from diptych.engine.manner import has_adverb, neutral_adverb
from diptych.engine.model import Finding
from diptych.engine.sentences import Span

_CLOSE = r"[»”“\"]"
_APPOSITION = r"(?:,[^,«»“”„\"]{1,60},)?"
"""A name or title set off by commas after the subject: « Le secrétaire, Tomás Roig, a … »."""
_OPEN = r"[«“„\"]"

# (verb phrase) groups: ``vp`` the whole phrase, ``verb`` the verb, ``adv`` a manner adverb.
_EN_VERB = (
    r"(?!(?:and|but|or|nor|yet|so|as|then|while|when|because|although|though|with|without|after|before|"
    r"since|until|according|who|whom|which|where|that|this|these|those|also|not|is|was|were|are|be|been|has|"
    r"had|have|will|would|could|can|may|might|must|should|shall|do|does|did|the|his|her|its|their|our)\b)"
    r"[a-z]{3,}(?<!ing)\b"
)
_EN_VP = (
    rf"(?P<vp>(?:(?P<adv>[a-z]+ly)\s+)?(?P<verb>{_EN_VERB})(?:\s+(?:it|them|this|that|him|her))?(?:\s+(?:back|out|off|up|on|away|aside))?"
    r"(?:\s+(?P<adv2>[a-z]+ly)(?=\W))?)"
)
_EN_SUBJ = (
    r"(?:he|she|they|we|I|it|the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:,[^,“”\"]{1,80},)?"
)
_EN_WHO = r"(?:he|she|they|we|(?i:the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|[A-Z][\w'’-]+)"
_FR_AUX = r"(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?"
_FR_VP = (
    rf"(?P<vp>{_FR_AUX}\s+(?:(?P<adv>[\wéèêàâîôûç]+ment)\s+)?(?P<verb>[\wéèêàâîôûç]+)"
    r"|(?:s['’]est|se\s+sont|s['’]était|s['’]étaient)(?:-(?:il|elle|ils|elles))?\s+(?:(?P<adv2>[\wéèêàâîôûç]+ment)\s+)?(?P<verb2>[\wéèêàâîôûç]+)"
    r"|(?P<verb3>[\wéèêàâîôûç]+)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on)))"
)
_ES_VP = (
    r"(?P<vp>(?:ha|han|había|habían)\s+(?:(?P<adv>\w+mente)\s+)?(?P<verb>\w+(?:ado|ido))"
    r"|(?:se\s+)?(?:(?P<adv2>\w+mente)\s+)?(?P<verb2>\w+(?:ó|aron|ieron)|dij(?:o|eron)|sostuv(?:o|ieron)|(?:pro|ex|su)pus(?:o|ieron)))"
)
_IT_VP = (
    r"(?P<vp>(?:ha|hanno|aveva|avevano)\s+(?:(?P<adv>\w+mente)\s+)?(?P<verb>\w+(?:ato|uto|ito))"
    r"|(?:(?P<adv2>\w+mente)\s+)?(?P<verb2>\w+(?:ò|ì|arono|irono|erono))"
    r"|(?:si\s+(?:è|sono)\s+)(?P<verb3>\w+(?:ato|ata|ati|ate|uto|uta|ito|ita)))"
)
_DE_VP = r"(?P<vp>(?P<verb>\w+(?:te|ten)))"
def _not_after(words: str) -> str:
    """Lookbehinds that keep a present-tense verb from being read in a noun phrase's last
    word: after an article, a possessive or a preposition a word in -e or -ent is a noun
    (« les mesures de la commune que … »), not the verb of its subject."""
    return "".join(rf"(?<!\b(?i:{w})\s)" for w in words.split())


# A present tense is read only before the reported clause's conjunction (never a French
# past participle in -ée, nor a word after « été »: « n’a été testée que deux jours » is a
# passive and a restriction, not a verb of saying), where a noun in
# the same place would need an article (the place after a quotation mark takes any word),
# and not in an adjective of time after its noun (« la semaine dernière que », « la semana
# pasada que », « la settimana scorsa che »).
_FR_PRESENT = (
    _not_after("le la les un une de du des au aux à en et sa son ses ce cette leur leurs par pour sur dans avec ne plus moins aussi si très trop autant été être")
    + r"(?<!\bn['’])"
    + r"(?P<vp4>(?P<verb4>(?!(?:comme|telle?s?|même|ainsi|alors|parce|bien|tandis|pendant|sorte|autre|presque|lorsque|"
    r"puisque|encore|toute?|plutôt|moins|plus|avant|après|juste|seule?|une|elle|celle|quelque|chose|cause|mesure|"
    r"façon|manière|idée|crainte|espoir|preuve|signe|fait|sens|ordre|fin|vrai|dire|semble|arrive|reste|importe|découle|"
    r"dernière|première|prochaine|passée|entière)\b)[\wéèêàâîôûç]{3,}(?:e|ent)"
    r"(?<!ième)(?<!ique)(?<!ale)(?<!elle)(?<!ible)(?<!able)(?<!aire)(?<!ive)(?<!iste)(?<!ienne)(?<!aise)(?<!oise)(?<!ée)))"
)
_ES_PRESENT = (
    _not_after("el la los las un una de del al a en y su sus por para con este esta lo más menos tan muy no")
    + r"(?P<vp4>(?P<verb4>(?!(?:siempre|antes|desde|hasta|entre|sobre|mientras|cada|nada|nadie|misma|mismo|otra|otro|"
    r"tanta|tanto|igual|parte|durante|mediante|sino|menos|alguna|ninguna|una|esta|esa|aquella|toda|cosa|idea|prueba|"
    r"causa|pese|manera|forma|medida|hecho|pasada|próxima|última|primera|entera)\b)(?!(?:tien|tend|ten[ií]|tuv|hab|hay)\w*\s+que\b)\w{3,}(?:a|an|e|en)))"
)
_IT_PRESENT = (
    _not_after("il lo la i gli le un una uno di del della dei degli delle al alla ai a in e su suo sua per con da più meno così molto troppo non")
    + r"(?P<vp4>(?P<verb4>(?!(?:prima|dopo|sempre|mentre|come|anche|finché|poiché|perché|benché|sebbene|tanto|tale|"
    r"stessa|stesso|ogni|nessuna|una|alcuna|cosa|idea|prova|fatto|modo|maniera|misura|parte|fine|senza|"
    r"scorsa|scorse|passata|prossima|ultima|ultime|intera|seguente)\b)\w{3,}(?:a|ano|e|ono)))"
)
_DET = {
    "fr": r"(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette|[A-ZÀ-ÖØ-Þ])",
    "es": r"(?:el|la|los|las|un|una|su|sus|este|esta|[A-ZÁÉÍÓÚÑ])",
    "it": r"(?:il|lo|la|i|gli|le|l['’]|un|una|uno|suo|sua|[A-ZÀ-ÖØ-Þ])",
    "de": r"(?:der|die|das|ein|eine|er|sie|[A-ZÄÖÜ])",
}

SLOTS: dict[str, list[re.Pattern[str]]] = {
    "en": [
        # '"…," insisted the mayor' / '"…," the mayor insisted.'
        re.compile(rf"{_CLOSE}\s*,?\s+(?=\w+(?:ed|s|id|ld|ote|oke)\b){_EN_VP}\s+(?=the\b|a\b|an\b|his\b|her\b|its\b|their\b|[A-Z])"),
        re.compile(rf"{_CLOSE}\s*,?\s+{_EN_SUBJ}\s+{_EN_VP}(?=\s*[.;:]|\s*,(?!\s+[A-Z])|\s+(?:on|in|at|to|after|before|when|while|during|as|from|last|this|yesterday|today)\b)"),
        # 'He shot back: "…"'
        re.compile(rf"\b{_EN_WHO}\s+{_EN_VP}\s*:\s*{_OPEN}"),
        # 'the mayor grumbled that …'
        # (an adverb of time or sequence may stand between: 'Lundqvist also grumbled that …')
        re.compile(rf"\b{_EN_WHO}\s+(?:(?:also|later|then|again|even|once\s+more)\s+)?(?=(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|told|wrote|swore)\b){_EN_VP}\s+that\b"),
    ],
    "fr": [
        re.compile(rf"{_CLOSE}\s*,?\s*{_FR_VP}(?=\s|[,.;:])"),
        # « Il a balayé : « … » »
        # (not in a relative clause: « les aides que l’entreprise a déclinées : « … » »)
        re.compile(
            rf"(?<!\bque\s)(?<!\bqu['’])\b(?:il|elle|ils|elles|on|(?i:le|la|les)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+|l['’][\w'’-]+|[A-ZÀ-ÖØ-Þ][\w'’-]+){_APPOSITION}"
            rf"\s+{_FR_VP}\s*:\s*{_OPEN}"
        ),
        # « le ministre a assuré que … »
        re.compile(
            rf"{_not_after('dans de à par pour sur avec en sous après avant vers chez contre entre')}(?<!\bque\s)(?<!\bqu['’])\b(?:il|elle|ils|elles|on|(?i:le|la|les|un|une|des|certains|certaines|plusieurs|quelques)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+|l['’][\w'’-]+|[A-ZÀ-ÖØ-Þ][\w'’-]+){_APPOSITION}"
            rf"\s+(?:{_FR_VP}|{_FR_PRESENT})\s+qu(?:e\b|['’])"
        ),
    ],
    "es": [
        re.compile(rf"{_CLOSE}\s*,?\s*{_ES_VP}(?=\s+{_DET['es']}|\s*[.;])"),
        # « el ministro aseguró que … »
        re.compile(rf"{_not_after('en de con por para a sobre desde entre hacia tras')}(?<!\bque\s)\b(?:él|ella|ellos|ellas|(?i:el|la|los|las|un|una|unos|unas|algunos|algunas|varios|varias|muchos|muchas)\s+(?:\w+\s+){{0,4}}?\w+|[A-ZÁÉÍÓÚÑ]\w+){_APPOSITION}\s+(?:{_ES_VP}|{_ES_PRESENT})\s+(?:de\s+)?que\b"),
    ],
    "it": [
        re.compile(rf"{_CLOSE}\s*,?\s*{_IT_VP}(?=\s+{_DET['it']}|\s*[.;])"),
        # « il ministro ha assicurato che … »
        re.compile(rf"{_not_after('in di con per a da su tra fra verso')}(?<!\bche\s)\b(?:lui|lei|loro|(?i:il|lo|la|i|gli|le|un|una|uno|alcuni|alcune|diversi|diverse|molti|molte|vari|varie)\s+(?:[\w'’]+\s+){{0,4}}?\w+|l['’]\w+|[A-ZÀ-ÖØ-Þ]\w+){_APPOSITION}\s+(?:{_IT_VP}|{_IT_PRESENT}(?=\s+che\s+{_DET['it']}|\s+che\s+(?:non|tutti|nessuno)\b))\s+che\b"),
    ],
    "de": [
        re.compile(rf"{_CLOSE}\s*,\s*{_DE_VP}\s+(?={_DET['de']})"),
    ],
}
"""Where a verb of saying stands in each language, whatever the verb: after a closing
quotation mark, inverted or after its subject, and before an opening one."""

@dataclass(frozen=True)
class Slot:
    """A verb of saying found by its place: the verb phrase and its verb and adverb."""

    phrase: Span
    verb: str
    adverb: str
    # The sentence from the phrase on: a charged verb a lexicon lists with what must follow it
    # ("speculated that", "made clear that") is known by it.
    following: str = ""


def slots(span: Span, language: str) -> list[Slot]:
    """The verbs of saying standing next to the quotation marks of ``span``."""
    found: list[Slot] = []
    for regex in SLOTS.get(language, ()):
        for m in regex.finditer(span.text):
            groups = m.groupdict()
            verb = next((groups[k] for k in ("verb", "verb2", "verb3", "verb4") if groups.get(k)), "")
            adverb = next((groups[k] for k in ("adv", "adv2") if groups.get(k)), "") or ""
            vp = "vp" if groups.get("vp") else "vp4"
            if _inside_quote(span.text, m.start(vp), m.end(vp), language):
                continue  # the speaker's own words (« Ils savent que … »), not the writer's verb
            if neutral_adverb(verb, language):
                continue  # « Le journal rapporte également que … »: the adverb before "que" is no verb
            phrase = span.sub(m.start(vp), m.end(vp))
            if verb and not any(s.phrase.overlaps(phrase) for s in found):
                found.append(Slot(phrase, verb, adverb, span.text[m.start(vp):]))
    return found


_MARKS = {
    "de": ("„", "“"),
}
"""Opening and closing quotation marks where a language pairs them otherwise than « » and “ ”
(German „…“)."""


def _inside_quote(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` stands inside quoted words: more quotation marks opened
    than closed before it, or (a quote opened in an earlier sentence) a closing mark after it
    before any opening one. Straight double quotes pair among themselves."""
    opening, closing = _MARKS.get(language, ("«“", "»”"))
    before, after = text[:start], text[end:]
    if sum(before.count(c) for c in opening) > sum(before.count(c) for c in closing):
        return True
    if before.count('"') % 2 == 1:
        return True
    following = [i for i, c in enumerate(after) if c in opening or c in closing]
    return bool(following) and after[following[0]] in closing


def known(slot: Slot, language: str, plain: bool = False) -> bool:
    """Whether the slot's verb is one a lexicon knows: a neutral rendering of "said", a verb
    of saying the attribution reader lists, or a charged one a loaded-term section reports.
    Where the source's passage is ``plain`` (see :func:`plain`), a verb that renders only a
    strong source verb (« a plaidé », "insisted") is not one."""
    from diptych.engine.loaded_terms import saying_verbs

    if plain and _stronger(slot.verb, language):
        return False
    text = slot.phrase.text
    neutral, charged = saying_verbs(language)
    if neutral is not None and neutral.search(text):
        return True
    for name in ("saying_verbs", "reporting_verbs"):
        verbs = pattern(name, language, "")
        if verbs is not None and verbs.fullmatch(slot.verb):
            return True
    # The charged verbs of saying the lexicon reports itself: where it stays quiet, the
    # source's passage justified the verb.
    return any(regex.search(text) or (slot.following and regex.match(slot.following)) for regex in charged)


def _stronger(verb: str, language: str) -> bool:
    verbs = pattern("saying_verbs", language, "stronger")
    return verbs is not None and verbs.fullmatch(verb) is not None


def plain(spans: list[Span], language: str) -> bool:
    """Whether the source's sentences hold no verb of saying as strong as "insisted" or
    "pleaded" (the ``[stronger]`` section of ``saying_verbs``): their plain "said" is then
    all a faithful rendering may say."""
    verbs = pattern("saying_verbs", language, "stronger")
    return verbs is None or not any(verbs.search(s.text) for s in spans)


def denial(slot: Slot, language: str) -> bool:
    """Whether the slot's verb is a verb of denial (« conteste », « niega », "disputed",
    the ``[denial]`` section of ``saying_verbs``)."""
    verbs = pattern("saying_verbs", language, "denial")
    return verbs is not None and verbs.fullmatch(slot.verb) is not None


def denies(spans: list[Span], language: str) -> bool:
    """Whether a sentence of ``spans`` has a verb of denial of its own anywhere ("Sørensen
    denied that … and said …"), which the derivative's verb of denial (« a nié que … »)
    renders."""
    verbs = pattern("saying_verbs", language, "denial")
    return verbs is not None and any(verbs.fullmatch(w) for s in spans for w in re.findall(r"\w+", s.text))


def negated(spans: list[Span], language: str) -> bool:
    """Whether a sentence of ``spans`` holds a negation ("said staffing was not the
    problem"), which a verb of denial renders (« conteste que les effectifs soient le
    problème »)."""
    from diptych.engine.quotes import negative

    return any(negative(s.text, language) for s in spans)


_CONCESSIVE = {
    "en": r"but|although|though|yet|while|even if|even though",
    "fr": r"mais|bien que|quoique|même si|tout en|pourtant|cependant",
    "de": r"aber|doch|obwohl|obgleich|jedoch|allerdings|wenngleich",
    "es": r"pero|aunque|si bien|sin embargo|no obstante",
    "it": r"ma|però|anche se|benché|sebbene|tuttavia",
}
"""The words that turn a granted point into a reservation ("high but probably ...")."""


def concession(slot: Slot, language: str) -> bool:
    """Whether the slot's verb is a verb of concession (« admite », « reconnaît », "conceded",
    the ``[concession]`` section of ``saying_verbs``)."""
    verbs = pattern("saying_verbs", language, "concession")
    return verbs is not None and verbs.fullmatch(slot.verb) is not None


def concedes(said: list[tuple[Span, re.Match[str]]], language: str) -> bool:
    """Whether a neutral "said" of the source introduces a point granted before a reservation
    in its own sentence ("said the rate was high but probably reflected ..."), which a verb of
    concession renders (« admite que el tipo es alto, aunque ... »)."""
    words = _CONCESSIVE.get(language)
    return words is not None and any(
        re.search(rf"(?<!\w)(?:{words})(?!\w)", span.text[m.end():], re.IGNORECASE)
        for span, m in said
    )


def judging_adverb(slot: Slot, language: str) -> bool:
    """Whether the slot's verb carries an adverb of the speaker's manner (not one of when or
    how often: the ``adverbs`` lexicon's)."""
    return bool(slot.adverb) and not neutral_adverb(slot.adverb, language)


def find_judging_sayings(ctx: Context, taken: list[Span] = ()) -> list[Finding]:
    """One finding per derivative sentence whose verb of saying judges where the source's
    sentence used a neutral one (see the module docstring); ``taken`` are sentences whose
    charged words other detectors report, left to them."""
    from diptych.engine.loaded_terms import saying_verbs

    o, d = ctx.original, ctx.derivative
    (o_neutral, _), (d_neutral, _) = saying_verbs(o.language), saying_verbs(d.language)
    if o_neutral is None or d_neutral is None or d.language not in SLOTS:
        return []
    out: list[Finding] = []
    for group in ctx.linked_groups:
        for o_block, d_block, score in group.aligned():
            o_spans = [o.sentences[k] for k in o_block]
            d_spans = [d.sentences[k] for k in d_block]
            said = [(s, m) for s in o_spans for m in o_neutral.finditer(s.text)]
            if not said or any(
                not known(slot, o.language) or judging_adverb(slot, o.language)
                for s in o_spans
                for slot in slots(s, o.language)
            ):
                continue  # no neutral verb in the source, or its own verb says how the speaker spoke
            lost = sum(len(d_neutral.findall(s.text)) for s in d_spans) < len(said)
            adverbs = has_adverb(o_spans, o.language)
            denied = negated([s for s, _ in said], o.language) or denies(o_spans, o.language)
            granted = concedes(said, o.language)
            bare = plain(o_spans, o.language)
            for span in d_spans:
                if any(span.overlaps(t) for t in taken):
                    continue
                judged = [
                    slot
                    for slot in slots(span, d.language)
                    if (lost and not known(slot, d.language, bare) and not (denied and denial(slot, d.language))
                        and not (granted and concession(slot, d.language)))
                    or (not adverbs and judging_adverb(slot, d.language))
                ]
                if not judged and o.language == d.language:
                    judged = [s for s in _in_place(o_spans, span, o_neutral, d.language) if not (denied and denial(s, d.language))]
                if judged:
                    source, neutral = counterpart(ctx, said, o_spans, judged[0].phrase, d_spans, o_neutral)
                    out.append(_finding(neutral.group(), judged[0], source.seg, score))
    return out


_NOT_A_VERB = frozenset(
    "that to will would could can may might must should shall from of in on at for with by as and but or "
    "the a an his her its their this these those it he she they we who which whose when where while also "
    "not no so then still only just".split()
)
_ACCORDING = re.compile(r"\baccording\s+to(?:\s+[\w'’-]+){0,4}\s*$", re.IGNORECASE)
"""The end of an "according to" whose noun phrase the changed words finish: its last word
("advocates", "officials") is a noun, not a verb of saying put in place of "said"."""

_VERB_SHAPE = {"en": re.compile(r"[a-z]+(?:ed|s)|swore|spoke|wrote|shot|hit|threw|struck|fought|bit|spat|let|put")}
"""The shapes a finite verb of saying takes where it replaced "said" ("claimed", "insists",
"shot back"), so that a rewritten sentence's noun or participle ("case", "remaining") in
the same place is not read as one."""


def _in_place(o_spans: list[Span], span: Span, neutral: re.Pattern[str], language: str) -> list[Slot]:
    """In a rewrite in the source's own language, the words the derivative put where the
    source's sentence had its plain "said" (a word-level diff of the two sentences): the
    place tells they are the verb of saying, whatever verb they are, with no quotation mark
    next to them ("claimed turnover could fall by a fifth"). They judge unless a neutral
    list knows them; a rewritten sentence ("expects" for "said she expected") is not read."""
    from diptych.engine.loaded_terms import renders_source

    source = word_diff.closest(o_spans, span)
    if source is None:
        return []
    kept = word_diff.stems(source.text)
    hedges = word_diff.hedge_words(language)
    shape = _VERB_SHAPE.get(language)
    found = []
    for change in word_diff.changes(source.text, span.text):
        src = change.source_words
        # The words up to a comma: "brushed the bill aside, saying" stands for "said".
        derivative = list(itertools.takewhile(lambda m: m.group()[:1].isalpha(), change.derivative))
        words = [m.group() for m in derivative]
        if not 0 < len(src) <= 4 or not 0 < len(words) <= 4:
            continue
        if not neutral.search(" ".join(src)) or not all(w.isalpha() and w.islower() for w in words):
            continue
        if any(h.search(" ".join(words)) for h in hedges):
            continue  # "says" -> "appears to suggest": a hedge, the hedge detector's
        if words[0] in _NOT_A_VERB or any(len(w) >= 5 and word_diff.stem(w) in kept for w in words):
            continue
        if shape is not None and not shape.fullmatch(words[0]):
            continue
        slot = Slot(word_diff.phrase(span, derivative), words[0], "")
        if _ACCORDING.search(span.text[: slot.phrase.start - span.start]):
            continue  # "according to some consumer advocates": a noun after the attribution
        if neutral.search(slot.phrase.text) or known_word(slot, language) or renders_source(span, slot.phrase.start, o_spans, language):
            continue
        found.append(slot)
    return found


def known_word(slot: Slot, language: str) -> bool:
    """Whether a verb read by its place in one language is a neutral one: the list of
    neutral renderings knows it and it is no verb for a strong source verb only. The
    attribution reader's verbs ("claimed") are not enough here: the source chose "said"."""
    verbs = pattern("saying_verbs", language, "")
    return verbs is not None and verbs.fullmatch(slot.verb) is not None and not _stronger(slot.verb, language)


def counterpart(
    ctx: Context,
    said: list[tuple[Span, re.Match[str]]],
    o_spans: list[Span],
    word: Span,
    d_spans: list[Span],
    neutral: re.Pattern[str] | None = None,
):
    """Of the source's neutral words ``said`` (sentence, match), the one the derivative's
    ``word`` stands for: the one in the source sentence its own sentence renders clearly best
    (a passage of merged or reordered paragraphs holds several speakers), else the one at the
    same place in the passage (the third of the way through: "According to X, …. Y said …"
    / « … ont admis » renders the "said", not the "according to").

    Given the ``neutral`` words' pattern, a word whose sentence renders none of the
    passage's sentences but clearly renders another source sentence holding one (a rewrite
    that merged paragraphs, aligned with the wrong one) stands for that sentence's word."""

    def place(spans: list[Span], span: Span, start: int) -> float:
        total = sum(len(s.text) for s in spans) or 1
        before = sum(len(s.text) for s in spans[: spans.index(span)])
        return (before + start - span.start) / total

    sentence = next(s for s in d_spans if s.contains(word))
    where = place(d_spans, sentence, word.start)
    column = ctx.similarity[:, ctx.derivative.sentences.index(sentence)]
    renders = {id(pair): float(column[ctx.original.sentences.index(pair[0])]) for pair in said}
    best = max(renders.values())
    if neutral is not None and best < ELSEWHERE_BELOW:
        elsewhere = [
            (span, float(column[k]))
            for k, span in enumerate(ctx.original.sentences)
            if float(column[k]) >= RENDERS and span not in o_spans and neutral.search(span.text)
        ]
        if elsewhere:
            span = max(elsewhere, key=lambda pair: pair[1])[0]
            return span, neutral.search(span.text)
    near = [pair for pair in said if renders[id(pair)] >= best - CLOSE]
    return min(near, key=lambda pair: abs(place(o_spans, pair[0], pair[0].start + pair[1].start()) - where))


CLOSE = 0.1
ELSEWHERE_BELOW = 0.3
"""Below this, the derivative's sentence renders none of its passage's sentences ..."""
RENDERS = 0.6
"""... and from this a source sentence outside the passage is the one it renders."""
"""How much closer one source sentence must be to the derivative's for its "said" to be the
one replaced whatever their places (sentences that render each other score 0.6-0.8; two
that only share a topic 0.3-0.5)."""


def _finding(neutral: str, slot: Slot, seg: int, score: float) -> Finding:
    return Finding(
        kind="loaded_term",
        original=[seg],
        derivative=[slot.phrase.seg],
        original_text=neutral,
        derivative_text=slot.phrase.text,
        explanation=(
            f"Loaded term: '{neutral}' became '{slot.phrase.text}': a verb of saying that tells how "
            "the speaker spoke, and what to think of it, where the source only reported the words."
        ),
        confidence=0.6 if score >= 0.6 else 0.5,
    )
