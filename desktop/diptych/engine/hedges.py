"""Hedges added or removed: "reportedly", « aurait », „soll ... haben", « supuestamente ».

A rewrite that adds "reportedly" turns a fact into a rumour; one that drops it does the
reverse. Markers come from ``lexicons/hedges.<lang>.txt`` in four classes: hearsay
markers always count; weak markers (the French, Spanish and German conditionals of
hearsay, "probably") count unless the other version has a modal at that place, since
"would have" -> « aurait » is a faithful translation; modals are never reported, nor
are [rendering] phrases ("gilt als"), which render a hedge as often as a plain fact
and so excuse one hedge of any kind on the other side. Across languages a hedge on both sides is no change,
whatever the device (adverb, modal, conditional, "is thought to"). A source named
with a preposition ("according to", « selon ») that the other version lacks excuses a
weak hedge there too: "Investigators believe" is often « Selon les enquêteurs ». A
hearsay marker that is itself a source ("according to unconfirmed reports", « selon
plusieurs médias ») against a version that names a source of its own is a change of
who is cited, which attribution reports, not a hedge.
A source named by preposition renders a hedge only where the other version has no
attribution of its own to render: « Selon des responsables » is "Officials said", and
their "probably" gone is a removed hedge. Across languages a hedge that is also how a
language says an expectation ([expectation]: „soll ... abgeschlossen sein“, "dovrebbe")
is no change against a future or an expectation ([future]: "will", "is expected to").
Sentences are compared as the group's sentence alignment pairs them, and only between
languages that both have a list: an English "probably" whose Italian rendering no list
can see is not a removed hedge. A change is not reported when the hedged words are
rendered, hedge and all, by a sentence of the group that the alignment paired
elsewhere (a translator split the sentence), nor when the added hedge lies in a clause
the derivative added, which :mod:`diptych.engine.clause_spans` reports, nor when the removed
hedge lies in a clause the derivative left out, which it reports as omitted.
In one language the words themselves are compared: a hedge dropped beside one that stays
("believe its value could be higher" -> "believe it is higher") is removed, while one
modal of possibility for another ([possibility]: "might" / "may") is no change; a hedge of
what evidence shows ([appearance]: "appeared to have known") made a modal of possibility
("may have guessed") is a change, though both versions hedge. Across
languages a verb of assessment ([assessing]: "estimates that", « estime que ») is no
hedge against a verb of saying on the other side, and what a claim is based on
([grounds]: "based on DNA tests") counts as a source named by preposition, since the
other language names it with one (« d'après des analyses »).
An expectation or a hope ([anticipation]: "expected to publish", "hoped to launch", « devrait »,
« espère ») stated as a plain future or plan ("would publish", « procéderait ») is a removed
hedge, even where a modal or the future of the past is left: only another expectation or
another hedge renders it, so this is judged only between languages that both list them.
A [weak] verb of evidence ("suggested") against another ([evidential]: "pointed to") is a
rewording, not a hedge change.
Within one language "can" and "may" hedge a claim ([monolingual]: "can receive shorter
bans" -> "receive shorter bans"), though a translation renders them with no modal as
often as with one; not where either version speaks of a permission, duty or ban
([deontic]: "will be allowed to keep" / "may keep").
Within one language a claim said to hold as a rule ([generality]: "tend to", "generally",
"usually", "in principle") is hedged too: "tend to cut" -> "cut" is a removed hedge; across
languages translators render these markers too freely to judge.
Across languages a weak hedge that also says a permission ([permission]: „dürften“) is no
hedge against a version with a [deontic] word ("were allowed to hold" / „abhalten dürften“).
An open question ([open]: "is examining whether any crime was committed", « cherche à
savoir si ») stated as a fact (« enquête sur les détournements commis ») is a removed
hedge in any pair of languages that both list questions, unless the other version has a
hedge, a modal or a [rendering] word ("possible crimes") that may render the doubt.
A modal of possibility before a verb ([chance]: "could take", « pourrait durer ») stated
as a plain future with no modal beside it ("will take", « durera ») is a removed hedge in
any language pair: the possibility was made a certainty. So is something under consideration
([deliberation]: "was looking at tagging", « envisage ») stated as what will be done (« va
étendre le bracelet »).
What witnesses, critics or people a newspaper quoted say is an allegation: the English
list's [modal] holds those attributions, which render the conditional of hearsay (« des
stadiers auraient fermé la porte, selon des témoins cités par X ») but not a hedge of
hearsay added to it (« ont, semble-t-il, fermé »).
A hedge has a degree ([degree likely] "probably" > [degree possible] "perhaps",
"conceivably" > [degree unlikely] "unlikely", "probably not"; a claim stated as fact is
above them all): where both versions hedge, a degree replaced by another ("would probably
push" / « pousserait peut-être ») is a changed hedge, in any pair of languages that both
list degrees, while the same degree in another language (« sans doute », „vermutlich“) is
none. A conditional that is only the future of the past (« a annoncé qu'elle porterait
plainte ») renders the other version's own "would", not its "probably" as well.
A modal of possibility before a verb against a version that states the thing as done in a
perfect tense ([completed]: "could settle" / « se sont déposés », not counting the
reporting verb) is a removed hedge too, where the version with the modal has fewer perfects.
Hearsay that is itself a source ([cited]: "Unverified local press reports claim") is,
like « selon plusieurs médias », a change of who is cited where the other version names a
source.
An expectation made a modal of possibility ("a vote is expected on Thursday" / "could come
as early as Thursday") is a weakened claim: the modal is an added hedge. Near certainty
([degree certain]: "almost certain") is a degree above likely within one language, the same
degree across languages (« très probablement » renders "almost certainly"). Across languages a
side with no hedge left renders with a modal of possibility before a verb that is not the
other side's own (« pourrait tenter ») one modal of possibility of the other side ("might
try"), and no more ("likely ..., might try" / « inévitables ..., pourrait tenter »: the
"likely" is gone); a hedge rendered by the same degree (« probablement ») leaves a modal of
possibility beside it ("could have paid") to be judged alone against a side with no modal
at all (« avaient financé »). A plain "would" renders no modal of possibility before a verb
(« potrebbe rivedere », « pourrait être tranchée »), and a source nobody names ([unnamed]:
"on condition of anonymity") renders hearsay, not a degree word ("probably").
A word of permission bars a modal of possibility from counting only on the other side ("may
open" / "will be allowed to open"), not beside the modal ("a manager not authorised to speak
said the mill could lose"). A future of the past renders a conditional, not an adverb of
degree (« tal vez se revise », „möglicherweise“), and a degree word before the conditional a
verb of saying governs (« dijo que el fallo probablemente no cambiaría ») is a hedge, not part
of the future of the past. Across languages an expectation that is a modal (« les familles,
qui devraient représenter un tiers ») renders a plain "would" of prediction ("who would make
up a third"), though not a "would" a verb of saying governs ("said it would release").
A word of certainty ([degree sure]: "inevitably", « forcément », „zwangsläufig“, « sin duda ») is
the degree above all hedges: where the other side has a degree word there instead ("would
probably be smaller" / « seraient forcément plus faibles »), the hedge was made a certainty, even
with a conditional left; against a side with no degree word it is no change. In one language a
modal of possibility before a verb dropped with the verb kept ("towers could help cities grow" ->
"towers help cities grow") is a removed hedge, and a word of permission both versions share ("only
if") does not make the modal one of permission. A [rendering] word renders no hedge of the other
side where it renders that side's own ("cost estimate" / « l'estimation des coûts »). A modal of
possibility in the conditional ([hypothetical]: "could form", « pourraient », „könnten“, « podría »)
against a version with no hedge, modal, possibility, future, expectation or [rendering] word at all
("said such pockets could form" / « a déclaré que de telles poches se forment ») is a removed hedge
in any language pair: the possibility was stated as a plain fact. Not a "can" or « peut », a
capacity that translations render with a plain present as often.
A negated "could" ("could no longer pay") says what is not possible, a fact, like « ne pouvait
plus »: no modal of possibility. A "can" of capacity renders the other side's « peut » /
« peuvent » wherever a modal of possibility is weighed against a future, a perfect or a plain
claim. Only the modal a verb of saying governs, at the end of a [sequence], is the future of
the past: a "might have" between "said" and a later "would" is a modal of possibility all the
same ("probably underestimated" -> "might have underestimated" is a weakened claim). A
conditional renders the other side's future of the past before it renders a "probably" («
avait sous-estimé ... qui iraient » renders "had probably underestimated ... would go" without
the "probably"). « sous-estimé » is no estimate.
A conditional that holds a degree word the other side shares (« aurait probablement perdu » /
"would probably have lost") is not paired off with the other side's "would": a kept "probably" is
never removed. A "could" in a clause of time ("before work could begin") and a "should" in a
question of what to do ("will decide whether the graves should be lifted") are no hedge; a capacity
(« capables de produire ») renders a "could", and a word of conviction ([conviction]: « convaincus
que ») renders a verb of belief, one for one. Across languages "probably not" is the degree likely
against a "probably" whose claim is negative in another way ([negative]: "probably unaware" / « ne
savent probablement pas »), though not against a plain "probably" ("would probably not change" /
„wahrscheinlich ändern“).
A "could" in a conditional clause ("might reopen the pool if a buyer could be found") is the
condition's grammar, no hedge: the main clause's modal carries the doubt, and « si un repreneur
était trouvé », „falls sich ein Käufer fände“ say the condition with no modal. A degree word
inside a conditional a verb of saying governs (« a déclaré que les règles seraient probablement
durcies ») is a hedge of its own, not part of the future of the past. "consider doing" is a
deliberation, which renders an open question („zu prüfen, ob ... könne“). Unconfirmed posts,
videos or messages named as a source are a cited source, like unconfirmed reports. A fear renders
a hope ("hoped to be hired again" / « redoute de ne pas être réembauché »), and an expectation that
is a modal (« devrait respecter ») renders an obligation of the other side ("would have to
respect").
The conditional of an indirect question after a past verb of deciding or saying (« sans avoir
arrêté comment il serait financé » = "had not agreed how it would be paid for"), a second
conditional coordinated with the future of the past (« étudierait la demande et consulterait »)
and a conditional perfect of what a refused thing would have allowed (« a refusé une rallonge qui
lui aurait permis d'embaucher ») are the grammar of a faithful translation, no hedge. A frequency
([frequency always] > usually > often > sometimes > rarely) replaced by another is a changed hedge
("often" -> "sometimes"), within one language at any step, across languages only at two steps or
more ("often" -> « systématiquement »). Within one language an attempt ([attempt]: "would try to
find") stated as a result ("would find") is a removed hedge, and a duty or advice ("should have
abstained") made a modal of possibility with a degree word ("could perhaps have abstained") an
added one. Sources nobody names render hearsay, not a modal of possibility ("might underestimate"
/ « sous-estiment » beside « sous couvert d'anonymat » on both sides is a removed hedge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from diptych.engine.groups import Context, finding
from diptych.engine.language import SUPPORTED_LANGUAGES
from diptych.engine.lexicons import available, compile_words, entries, pattern
from diptych.engine.model import Finding
from diptych.engine.sentences import Span

LEXICON = "hedges"
SOFT_RENDERING = 0.65
"""How closely a sentence of an unlinked derivative paragraph must render its likeliest
original sentence for a hedge change between them to count (a faithful translation of a
sentence scores about .7 to .9, one on the same topic about .55 to .6)."""
REPORTING = "reporting_verbs"


@dataclass(frozen=True)
class Hedges:
    """The hedges of some sentences: hearsay and weak markers, and whether a modal is there."""

    hearsay: tuple[Span, ...]
    weak: tuple[Span, ...]
    modal: bool
    sources: int = 0  # attributions by preposition ("according to", « selon », "laut")
    cited: tuple[Span, ...] = ()  # hearsay that names a source: « selon plusieurs médias »
    renders: int = 0  # phrasings that can render any hedge but state fact as often ("gilt als")
    unnamed: int = 0  # of those, sources nobody names ("on condition of anonymity"), which render no degree word
    attributed: bool = False  # a source is named by preposition, outside the cited hearsay
    speech: int = 0  # reporting verbs outside quotes and hedges ("Officials said")
    expecting: tuple[Span, ...] = ()  # hedges that also say an expectation ("soll ... abgeschlossen sein")
    future: bool = False  # a future or an expectation ("will", "is expected to", « devrait »)
    assessing: tuple[Span, ...] = ()  # weak hedges that are verbs of assessment used for saying ("estime que")
    possible: tuple[Span, ...] = ()  # weak hedges that are modals of possibility ("might", "could be")
    possibility: bool = False  # a modal of possibility, hedge or not ("might", "may", "could")
    anticipation: tuple[Span, ...] = ()  # expectations and hopes ("expected to publish", « espère »)
    anticipates: bool = False  # the language lists [anticipation] at all
    intends: bool = False  # an intent or plan that renders an expectation ([intent]: « entend », "plans to")
    evidence: tuple[Span, ...] = ()  # weak hedges that are verbs of evidence ("suggested")
    evidential: bool = False  # a verb of evidence, hedge or not ("pointed to", "suggested")
    saying: tuple[Span, ...] = ()  # of the evidence hedges, those that are verbs of saying too ("critics suggested")
    duty: tuple[Span, ...] = ()  # weak hedges that also say a duty or advice ("should")
    demands: bool = False  # a call or demand ("called on the state to", « appelle à »)
    one_language: tuple[Span, ...] = ()  # modals that hedge only against the same language ("can receive")
    general: tuple[Span, ...] = ()  # markers of generality, hedges only within one language ("tend to", "generally")
    attempts: tuple[tuple[Span, str], ...] = ()  # of those, attempts and the verb attempted (("tries to", "cut"))
    outlets: tuple[str, ...] = ()  # names of the news outlets a claim is credited to ("According to the daily X")
    text: str = ""  # the sentences' words, where the other side's outlet is looked for
    deontic: bool = False  # a word of permission, duty or ban ("allowed to", "must", "bans")
    permits: tuple[Span, ...] = ()  # weak hedges that also say a permission („dürften“)
    conditional_expectations: int = 0  # expectations that are modals (« devraient »)
    weak_chances: tuple[Span, ...] = ()  # weak hedges that are modals of possibility before a verb (« potrebbe pagare »)
    chances: tuple[Span, ...] = ()  # modals of possibility before a verb ("could take", « pourrait durer »)
    questions: tuple[Span, ...] = ()  # open questions ("examining whether", « cherche à savoir si »)
    asks: bool = False  # the language lists [open] at all
    deciding: tuple[Span, ...] = ()  # open questions that are decisions ("whether to appeal")
    appearance: tuple[Span, ...] = ()  # hedges of what evidence shows ("appeared to", "apparently")
    degrees: tuple[tuple[str, Span], ...] = ()  # (degree, words): ("likely", "probably"), ("possible", "perhaps")
    grades: bool = False  # the language lists degrees at all
    maybe: tuple[Span, ...] = ()  # modals of possibility, hedge or not ("may", "could")
    modals: int = 0  # modals and conditionals that are no hedge of this version's own
    duties: int = 0  # of those, duties before an action (« qui doivent parcourir »), which render no degree word
    sequenced: int = 0  # conditionals that are the future of the past (« a annoncé qu'elle fermerait »)
    states: tuple[Span, ...] = ()  # of those, a state in the conditional (« ont affirmé que ... seraient menacés »)
    completed: int = 0  # perfects of the claim, not of a reporting verb ("have settled", « se sont déposés »)
    conditional: tuple[Span, ...] = ()  # weak hedges that are also modals or conditionals (« fermerait », "might")
    plain: int = 0  # of the modals, those that are no modal of possibility ("would", not "could")
    deliberations: tuple[Span, ...] = ()  # things under consideration ("was looking at tagging", « envisage »)
    opinions: tuple[Span, ...] = ()  # weak hedges that are verbs of belief ("believes", « cree que »)
    inquires: bool = False  # a verb of inquiry, which may render a deliberation ("would review", „prüfen“)
    sure: tuple[Span, ...] = ()  # words of certainty, no hedge ("inevitably", « forcément », „zwangsläufig“)
    permissions: tuple[str, ...] = ()  # the [deontic] words, lower case ("allowed to", "only if")
    hypotheticals: tuple[Span, ...] = ()  # of the chances, those in the conditional ("could form", « pourraient »)
    convictions: int = 0  # words of conviction, no hedge ([conviction]: "convinced that", « convaincus que »)
    negated: tuple[Span, ...] = ()  # degree words likely beside a [negative] word ("probably unaware", « échapperont probablement »)
    frequencies: tuple[tuple[str, Span], ...] = ()  # (frequency, words): ("often", "frequently"), ("always", « systématiquement »)

    @property
    def any(self) -> bool:
        return bool(self.hearsay or self.weak)

    def first(self) -> Span:
        return (self.hearsay or self.weak or self.states)[0]

    def markers(self) -> tuple[Span, ...]:
        return self.hearsay + self.weak

    def unmatched(self, other: Hedges) -> Span | None:
        """The first of these hedges whose words the other version's hedges lack."""
        theirs = [_key(h.text) for h in other.markers()]
        for h in sorted(self.markers(), key=lambda h: (h.seg, h.start)):
            if _key(h.text) in theirs:
                theirs.remove(_key(h.text))
            else:
                return h
        return None

    def without_cited(self) -> Hedges:
        """These hedges less the hearsay that is a source phrase."""
        return replace(self, hearsay=tuple(h for h in self.hearsay if h not in self.cited), cited=())

    def without_expecting(self) -> Hedges:
        """These hedges less those that may say an expectation instead."""
        return replace(
            self,
            hearsay=tuple(h for h in self.hearsay if h not in self.expecting),
            weak=tuple(h for h in self.weak if h not in self.expecting),
            expecting=(),
        )

    def without_possible(self) -> Hedges:
        """These hedges less the modals of possibility."""
        return replace(self, weak=tuple(h for h in self.weak if h not in self.possible), possible=())

    def without_evidence(self) -> Hedges:
        """These hedges less the verbs of evidence ("suggested")."""
        return replace(self, weak=tuple(h for h in self.weak if h not in self.evidence), evidence=())

    def counting_anticipation(self) -> Hedges:
        """These hedges with the expectations counted like hearsay: no modal renders them.

        The expectations stay listed, so that judging the result again against another
        sentence (:func:`comparable` first takes them out of the hearsay) starts afresh.
        """
        return replace(self, hearsay=self.hearsay + tuple(a for a in self.anticipation if a not in self.hearsay))

    def less_rendered(self, count: int, keep: tuple[Span, ...] | list[Span] = ()) -> Hedges:
        """These hedges less ``count`` of them, hearsay first, which as many [rendering]
        phrases of the other version render ("suspected" / « présumée »); never those in ``keep``."""
        if count <= 0:
            return self
        gone: list[Span] = []
        for h in self.hearsay + self.weak:  # overlapping markers ("believed to be", "believed") are one hedge
            if h in keep:
                continue
            if any(g.seg == h.seg and g.start < h.end and h.start < g.end for g in gone):
                gone.append(h)
            elif count > 0:
                gone.append(h)
                count -= 1
        return replace(
            self, hearsay=tuple(h for h in self.hearsay if h not in gone), weak=tuple(h for h in self.weak if h not in gone)
        )

    def without_duty(self) -> Hedges:
        """These hedges less the modals of duty or advice ("should")."""
        return replace(self, weak=tuple(h for h in self.weak if h not in self.duty), duty=())

    def with_one_language(self) -> Hedges:
        """These hedges with the modals that hedge only within one language counted as weak
        ones, and as modals of possibility ("can receive" / "may receive": no change)."""
        new = tuple(h for h in self.one_language if h not in self.weak)
        return replace(self, weak=self.weak + new, possible=self.possible + new, possibility=self.possibility or bool(new))

    def with_generality(self) -> Hedges:
        """These hedges with the markers of generality counted as weak ones."""
        new = tuple(h for h in self.general if h not in self.weak)
        return replace(self, weak=self.weak + new)

    def counting_chances(self) -> Hedges:
        """These hedges with the modals of possibility before a verb counted as weak hedges."""
        new = tuple(c for c in self.chances if c not in self.weak)
        return replace(self, weak=self.weak + new)

    def counting_questions(self) -> Hedges:
        """These hedges with the open questions counted as weak hedges. The questions stay
        listed, so that judging the result again (:func:`comparable` first takes them out
        of the weak hedges) starts afresh."""
        return replace(self, weak=self.weak + tuple(q for q in self.facts() if q not in self.weak))

    def facts(self) -> tuple[Span, ...]:
        """The open questions of fact, not of what to do ("whether to appeal")."""
        return tuple(q for q in self.questions if q not in self.deciding)

    def doubts(self) -> bool:
        """Any word that may render an open question: a hedge, a modal, a [rendering] word
        ("possible crimes", « d'éventuelles infractions »), a modal of possibility."""
        return self.any or self.modal or bool(self.renders) or self.possibility or bool(self.chances or self.deliberations)

    def certain_future(self) -> bool:
        """A future stated with no hedge, modal or modal of possibility beside it ("will
        take", « durera »): what a possibility becomes when it is made a certainty. (A "can"
        beside it renders the other side's « peut ».)"""
        return self.future and not (
            self.any or self.modal or self.possibility or self.chances or self.deliberations or self.one_language
        )

    def reported_future(self) -> bool:
        """A future of the past stated with no hedge, modal of possibility or other modal
        beside it ("said the region would pay", « a dit que la région paierait »): a
        promise reported, which a modal of possibility ("could pay") makes a maybe."""
        return self.sequenced > 0 and self.modals == 0 and not (
            self.any or self.possibility or self.chances or self.deliberations or self.one_language
        )

    def bare(self) -> bool:
        """No hedge, modal, modal of possibility, future, expectation, question or [rendering] word
        at all: a claim stated plainly ("such pockets form", « se forment »)."""
        return not (
            self.any or self.modal or self.possibility or self.chances or self.deliberations or self.future
            or self.renders or self.sequenced or self.anticipation or self.intends or self.questions
            or self.expecting or self.states or self.one_language
        )

    def done(self) -> bool:
        """Something stated as done in a perfect tense with no hedge, modal or modal of
        possibility beside it ("have settled", « se sont déposés »): what a possibility
        becomes when it is stated as a fact. A "can" of capacity beside the perfects renders the
        other side's « peuvent » ("the fares they can charge" / « les tarifs qu'ils peuvent
        pratiquer »): French says it in the present, as English does."""
        return self.completed > 0 and not (
            self.any or self.modal or self.possibility or self.chances or self.deliberations or self.future
            or self.one_language
        )

    def without(self, gone: list[Span]) -> Hedges:
        """These hedges less the markers ``gone``."""
        return replace(
            self, hearsay=tuple(h for h in self.hearsay if h not in gone), weak=tuple(h for h in self.weak if h not in gone)
        )

    def without_assessing(self) -> Hedges:
        """These hedges less the verbs of assessment that say what someone said."""
        return replace(self, weak=tuple(h for h in self.weak if h not in self.assessing), assessing=())

    @property
    def attributions(self) -> int:
        """Sources named by preposition or by a reporting verb."""
        return self.sources + self.speech


def comparable(o: Hedges, d: Hedges, same_language: bool = False) -> tuple[Hedges, Hedges]:
    """The hedges of two versions as a hedge change is judged on them.

    « Selon plusieurs médias » against "According to the site X" or "The ministry said"
    swaps one source for another: attribution reports that, so a side's cited hearsay is
    left out when the other side names a source too, by preposition or reporting verb. Across languages, a hedge that is also how a language
    says an expectation („sollen bis Weihnachten abgeschlossen sein“, "dovrebbe") is left
    out when the other side has a future or an expectation ("will be finished", "is
    expected to"): it renders that.
    """
    o = replace(o, hearsay=tuple(h for h in o.hearsay if h not in o.anticipation))
    d = replace(d, hearsay=tuple(h for h in d.hearsay if h not in d.anticipation))
    o = replace(o, weak=tuple(h for h in o.weak if h not in o.questions))
    d = replace(d, weak=tuple(h for h in d.weak if h not in d.questions))
    if same_language and not (o.deontic or d.deontic):
        # "can receive shorter bans" -> "receive shorter bans": a hedge within one language,
        # but not a permission ("will be allowed to keep" / "may keep")
        o, d = o.with_one_language(), d.with_one_language()
    if same_language:
        # "tend to cut" -> "cut", "could fine" -> "could, in principle, fine": a tendency made
        # a law, or a claim made a rule of thumb (across languages translators render these
        # too freely to judge)
        # (an attempt hedges only a result the other side states: "would try to find" -> "would
        # find"; "as waiting times grow" -> "as it tries to cut waiting times" adds a purpose, no hedge)
        o = replace(o, general=tuple(g for g in o.general if g not in _unstated_attempts(o, d)))
        d = replace(d, general=tuple(g for g in d.general if g not in _unstated_attempts(d, o)))
        o, d = o.with_generality(), d.with_generality()
    # The other side's source may be named by a reporting verb too: "regional authorities
    # said" / « selon des sources locales » credits someone else, it adds no hedge.
    o2 = o.without_cited() if d.attributed or d.speech else o
    d2 = d.without_cited() if o.attributed or o.speech else d
    # "data pointed to a fault" / "data suggested a fault": one verb of evidence for another,
    # where the other side has no hedge that the verb of evidence may render instead
    o2 = o2.without_evidence() if d.evidential and not d.any else o2
    d2 = d2.without_evidence() if o.evidential and not o.any else d2
    # "The caretaker said the pipes were probably corroded" / "Some residents have suggested the
    # pipes were probably corroded": a verb of evidence that is the only verb of saying left
    # renders the other side's verb of saying (swapped for a loaded one, not a hedge), where the
    # claim is hedged on the other side too and not by evidence of its own ("findings suggest")
    if d.speech > o.speech and d.any and not d.evidence:
        o2 = o2.without(list(o.saying[: d.speech - o.speech]))
    if o.speech > d.speech and o.any and not o.evidence:
        d2 = d2.without(list(d.saying[: o.speech - d.speech]))
    # "called on the state to ban lorries" / "the state should ban lorries": a duty, no hedge
    o2 = o2.without_duty() if d.demands else o2
    d2 = d2.without_duty() if o.demands else d2
    if o.anticipates and d.anticipates:
        # "expected to publish" -> "would publish": an expectation made a promise, unless
        # the other side has an expectation or a hedge of its own
        # ("a ruling is expected on Friday" / "could come as early as Friday": the expectation
        # made a possibility, a weaker claim, so the modal of possibility is the hedge added)
        # (an expectation that is a modal, « devrait respecter », says a duty as often: it renders
        # "would have to respect", a [deontic] word of the other side)
        if o.anticipation and not (d.anticipation or d.intends) and not d2.any and not (
            d.deontic and len(o.anticipation) <= o.conditional_expectations
        ):
            if not _predicted(o, d, same_language):
                if d.chances and not o.chances:
                    d2 = d2.counting_chances()
                else:
                    o2 = o2.counting_anticipation()
        elif d.anticipation and not (o.anticipation or o.intends) and not o2.any and not (
            o.deontic and len(d.anticipation) <= d.conditional_expectations
        ):
            if not _predicted(d, o, same_language):
                if o.chances and not d.chances:
                    o2 = o2.counting_chances()
                else:
                    d2 = d2.counting_anticipation()
    # "the inquiry could take months" / « l'enquête durera des mois »: a possibility made a
    # certain future is a removed hedge, in any language pair; against anything else (a
    # modal, a conditional, no future at all) the modal says no more than the other side;
    # nor where the other side speaks of a permission ("may open" / "will be allowed to open"),
    # which the modal then renders (a word of permission beside the modal, "a manager not
    # authorised to speak said the mill could lose", makes it no permission).
    o_free, d_free = not d.deontic, not o.deontic
    if same_language:
        # in one language a word of permission both versions share ("only if") says nothing of the modal
        o_free, d_free = not _new_words(d.permissions, o.permissions), not _new_words(o.permissions, d.permissions)
    if o_free and o.chances and (d.certain_future() or d.reported_future()):
        o2 = o2.counting_chances()
    elif d_free and d.chances and (o.certain_future() or o.reported_future()):
        d2 = d2.counting_chances()
    elif same_language and o_free and o.chances and not (
        d.chances or d.deliberations or d.possibility or _hedged(d) or d.renders
    ):
        # in one language, "could lose a fifth" -> "would lose a fifth": the possibility made
        # a conditional certainty; "towers could help cities grow" -> "towers help cities grow",
        # "could form" -> "are forming": made a fact (not against a [rendering] word: "it was
        # possible to book" / "could book")
        o2 = o2.counting_chances()
    elif same_language and d_free and d.chances and not (
        o.chances or o.deliberations or o.possibility or _hedged(o) or o.renders
    ):
        d2 = d2.counting_chances()
    elif o_free and o.deliberations and not (d.deliberations or d.questions or d.inquires) and (
        d.certain_future() or d.reported_future()
    ):
        # "was also looking at tagging" / « va étendre le bracelet »: a consideration made a decision
        # (or a promise: "would consider keeping" / "would keep"); not against a verb of inquiry,
        # which renders it as often ("would consider a fine" / „werde eine Geldstrafe prüfen“)
        o2 = replace(o2, weak=o2.weak + o.deliberations)
    elif d_free and d.deliberations and not (o.deliberations or o.questions or o.inquires) and (
        o.certain_future() or o.reported_future()
    ):
        d2 = replace(d2, weak=d2.weak + d.deliberations)
    elif o_free and o.chances and d.done() and d.completed > o.completed:
        # "because the spores could settle" / « car les spores se sont déposées »
        o2 = o2.counting_chances()
    elif d_free and d.chances and o.done() and o.completed > d.completed:
        d2 = d2.counting_chances()
    elif o_free and o.hypotheticals and d.bare():
        # "said such pockets could form" / « a déclaré que de telles poches se forment »: a
        # possibility in the conditional stated as a plain fact, in any language pair (not a "can"
        # or « peut », a capacity a translation renders as a plain present as often)
        o2 = replace(o2, weak=o2.weak + tuple(c for c in o.hypotheticals if c not in o2.weak))
    elif d_free and d.hypotheticals and o.bare():
        d2 = replace(d2, weak=d2.weak + tuple(c for c in d.hypotheticals if c not in d2.weak))
    # "is examining whether any crime was committed" / « enquête sur les détournements
    # commis »: an open question made a presupposed fact is a removed hedge, in any pair of
    # languages that both list questions, unless the other side doubts in some other way.
    if o.asks and d.asks:
        if o.facts() and not d.questions and not d.doubts():
            o2 = o2.counting_questions()
        elif d.facts() and not o.questions and not o.doubts():
            d2 = d2.counting_questions()
    if same_language:
        # "might close" / "may close" / "could close": one modal of possibility for another
        # (not against a modal that is no hedge, "could not buy" beside "might help" -> "would help":
        # the other side must have a modal of possibility of its own left to render it)
        o2 = o2.without_possible() if _renders_possible(d, o) else o2
        d2 = d2.without_possible() if _renders_possible(o, d) else d2
    if not same_language:
        # "Residents said the city should first repair the pier" / « Los vecinos creen que antes
        # habría que reparar el muelle »: an opinion on what ought to be done, told with a verb
        # of belief, is no fact made uncertain.
        o2 = o2.without(list(o.opinions)) if d.duty and d.speech else o2
        d2 = d2.without(list(d.opinions)) if o.duty and o.speech else d2
        # "did not believe the culprits would ever be caught" / « convaincus que les coupables ne
        # seraient jamais arrêtés »: a word of conviction renders a verb of belief, one for one
        o2 = o2.without([h for h in o.opinions if h in o2.weak][: d.convictions]) if d.convictions else o2
        d2 = d2.without([h for h in d.opinions if h in d2.weak][: o.convictions]) if o.convictions else d2
        # "if the islands were allowed to hold a vote" / „wenn die Inseln abstimmen dürften“: a
        # modal that says a permission as well as a probability renders the other side's permission
        o2 = o2.without(list(o.permits)) if d.deontic else o2
        d2 = d2.without(list(d.permits)) if o.deontic else d2
        # "A fair price is between 15 and 25 euros" / « dovrebbe costare tra 15 e 25 euro »: a hedge
        # that also says a duty or advice ([duty]: "should", « dovrebbe ») renders the other side's
        # word of duty or norm
        o2 = o2.without(list(o.duty)) if d.deontic else o2
        d2 = d2.without(list(d.duty)) if o.deontic else d2
        o2, d2 = _paired(o2, d2, o, d)
        # a [rendering] phrase ("gilt als", "suspected") of a side with no hedge of its own
        # renders one hedge of the other side, whatever its kind: not two (« présumée »
        # and « aurait été »)
        o_any, d_any = o2.any, d2.any
        # (not those that render the other side's own: "cost estimate" / « l'estimation des coûts »;
        # a source nobody names, "citing people familiar with", renders the other side's hedge of
        # hearsay as well as its own source)
        # (sources nobody names, all the [rendering] words a side has, render hearsay, not a modal of
        # possibility: "might underestimate" / « sous-estiment » beside « sous couvert d'anonymat »)
        o_keep = _kept_degrees(o2, o, d) + (list(o.possible) if d.renders <= d.unnamed else [])
        d_keep = _kept_degrees(d2, d, o) + (list(d.possible) if o.renders <= o.unnamed else [])
        o2 = o2.less_rendered(d.renders - max(0, o.renders - o.unnamed), o_keep) if not d_any else o2
        d2 = d2.less_rendered(o.renders - max(0, d.renders - d.unnamed), d_keep) if not o_any else d2
        o2 = o2.without_expecting() if d.future else o2
        d2 = d2.without_expecting() if o.future else d2
        # "The union said crews had been cut" / « le syndicat estime que les effectifs ont
        # fondu »: a verb of assessment is how the other language reports a claim.
        o2 = o2.without_assessing() if d.speech and not d2.any else o2
        d2 = d2.without_assessing() if o.speech and not o2.any else d2
        # "said the rise might lead" / « estime que la hausse poussera »: the verb of assessment
        # renders "said", and the possibility became a certain future; so did a probability
        # ("said the trees would probably take" / « estiment que les arbres mettront »)
        if o.speech and _assessed_future(d, d2) and o2.weak and all(_uncertain(w, o, o2) for w in o2.markers()):
            d2 = d2.without_assessing()
        elif d.speech and _assessed_future(o, o2) and d2.weak and all(_uncertain(w, d, d2) for w in d2.markers()):
            o2 = o2.without_assessing()
    return o2, d2


def _unstated_attempts(mine: Hedges, theirs: Hedges) -> list[Span]:
    """My attempts whose verb the other version does not state at all ("tries to cut" against a
    version with no "cut"): a purpose added or dropped, not an attempt made a result."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", theirs.text)]
    gone = []
    for span, verb in mine.attempts:
        stem = verb[: max(3, min(len(verb), 4))]
        if verb and not any(w.startswith(stem) for w in words):
            gone.append(span)
    return gone


def _paired(o2: Hedges, d2: Hedges, o: Hedges, d: Hedges) -> tuple[Hedges, Hedges]:
    """Across languages, the hedges of each side less those the other side's hedges or
    modals of the same kind render, one for one.

    A modal of possibility renders the other side's own modal of possibility ("might
    hold" / « potrebbero custodire »), a verb of evidence its own verb of evidence
    ("suggested" / « laissent penser »), a conditional the other side's own modals that
    are no hedge ("would send" / « manderebbe »): paired off, they leave the hedge they
    cannot also render ("appeared to", "likely", "probably") to be judged alone. (A modal of
    possibility of the other side may render this side's hedge instead: « cree que ... podría »
    renders "said ... might" whole.)
    """
    o_gone: list[Span] = []
    d_gone: list[Span] = []
    for field in ("possible", "evidence"):
        mine = [h for h in getattr(o2, field) if h in o2.weak and h not in o_gone]
        theirs = [h for h in getattr(d2, field) if h in d2.weak and h not in d_gone]
        k = min(len(mine), len(theirs))
        o_gone += mine[:k]
        d_gone += theirs[:k]
    # (a plain "would" renders no modal of possibility before a verb: « potrebbe rivedere »)
    # (nor is a conditional that holds a degree word the other side's hedges share, « aurait
    # probablement perdu » / "would probably have lost": paired with the "would", it would take
    # its « probablement » with it, and a kept "probably" would read as removed)
    o_kept = _shared_degrees(o2, d2)
    d_kept = _shared_degrees(d2, o2)
    o_gone += [h for h in o2.conditional if h in o2.weak and h not in o_gone and h not in o2.weak_chances
               and h not in o_kept][: _spare(d, o)]
    d_gone += [h for h in d2.conditional if h in d2.weak and h not in d_gone and h not in d2.weak_chances
               and h not in d_kept][: _spare(o, d)]
    o_left, d_left = _less(o2, o_gone), _less(d2, d_gone)
    # A side left with no hedge renders with a modal of possibility that is no hedge of its own
    # ("pourrait tenter") the other side's own modal of possibility ("might try"), one for one:
    # that modal renders no other hedge as well ("likely ..., might" / « inévitables ...,
    # pourrait »: the "likely" is gone).
    o_left, d_left = _chance_paired(o_left, d_left, o, d)
    d_left, o_left = _chance_paired(d_left, o_left, d, o)
    # A hedge rendered by the same degree on the other side ("probably" / « probablement »)
    # leaves the rest to be judged alone: a modal of possibility beside it ("could have paid")
    # against a side with no modal or possibility at all (« avaient financé ») was stated as done.
    o_left, d_left = _degree_paired(o_left, d_left, d)
    d_left, o_left = _degree_paired(d_left, o_left, o)
    return o_left, d_left


def _shared_degrees(mine: Hedges, theirs: Hedges) -> list[Span]:
    """The hedges of ``mine`` that hold a degree word of a grade one of ``theirs``'s hedges has too."""
    grades = {g for g, _ in _hedge_degrees(theirs)}
    return [h for g, h in _hedge_degrees(mine) if g in grades]


def _uncertain(w: Span, h: Hedges, left: Hedges) -> bool:
    """Whether the hedge ``w`` is a modal of possibility ("might") or a degree word of
    possibility or likelihood ("probably", "perhaps") of ``h``."""
    return w in h.possible or any(g in ("possible", "likely") and s is w for g, s in _hedge_degrees(left))


def _assessed_future(h: Hedges, left: Hedges) -> bool:
    """Whether ``h`` states a future with no modal or possibility and its hedges left are all
    verbs of assessment (« estime que la hausse poussera »)."""
    return (h.future and not (h.modal or h.possibility or h.chances)
            and bool(left.markers()) and all(w in h.assessing for w in left.markers()))


def _hedged(h: Hedges) -> bool:
    """Whether ``h`` has a hedge besides its markers of generality ("usually work only if",
    which both versions may share)."""
    return any(w not in h.general for w in h.markers())


def _new_words(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether ``mine`` has a word that ``theirs`` lacks, one for one."""
    left = list(theirs)
    for w in mine:
        if w in left:
            left.remove(w)
        else:
            return True
    return False


def _predicted(mine: Hedges, theirs: Hedges, same_language: bool) -> bool:
    """Whether ``mine``'s expectations are all modals (« qui devraient représenter ») that
    ``theirs``'s plain "would" of a prediction renders across languages ("who would make up"):
    not a "would" that is the future of the past of a verb of saying ("said it would release"),
    a promise reported."""
    return (not same_language and mine.conditional_expectations >= len(mine.anticipation) > 0
            and theirs.plain > 0 and theirs.sequenced == 0)


def _kept_degrees(mine2: Hedges, mine: Hedges, theirs: Hedges) -> list[Span]:
    """The degree words among ``mine2``'s hedges that ``theirs``'s [rendering] phrases cannot
    render: where those are sources nobody names ([unnamed]: "on condition of anonymity"
    renders hearsay and its conditional, not a "probably"), or no more than ``mine``'s own
    [rendering] phrases, which they render instead ("estimate" / « estimation »: the
    "probably" beside it is gone). Not a degree that ``theirs`` states in a word that is no
    hedge of its own ("it was possible that" / „es sei möglich, dass“)."""
    if theirs.renders > max(theirs.unnamed, mine.renders):
        return []
    stated = {g for g, s in theirs.degrees
              if not any(w.overlaps(s) for w in theirs.markers())}
    return [w for g, w in _hedge_degrees(mine2) if g not in stated]


def _chance_paired(mine: Hedges, theirs: Hedges, my_all: Hedges, their_all: Hedges) -> tuple[Hedges, Hedges]:
    """``mine`` less the modals of possibility that ``theirs``'s modals of possibility before a
    verb render, where ``theirs`` has no hedge left; ``theirs`` less as many modals. (Those
    that render ``mine``'s own modals of possibility before a verb render nothing more.)"""
    spare = len(their_all.chances) - len(my_all.chances)
    if theirs.any or spare <= 0:
        return mine, theirs
    own = [h for h in mine.weak if h in mine.possible]
    k = min(len(own), spare)
    if k == 0:
        return mine, theirs
    return mine.without(own[:k]), replace(theirs, modals=max(0, theirs.modals - k))


def _degree_paired(mine: Hedges, theirs: Hedges, their_all: Hedges) -> tuple[Hedges, Hedges]:
    """Where ``mine``'s hedges are degree words of the grades of ``theirs``'s hedges, one
    for one, and modals of possibility or further degree words, and ``theirs`` has no modal
    (but the future of the past) or possibility at all: both less the paired degree words,
    so the rest is judged alone ("probably ..., though ... likely" / « ..., même si ... sans
    doute »: one of the two is gone)."""
    if their_all.modals or their_all.possibility or not theirs.any or not mine.any:
        return mine, theirs
    mine_graded = _hedge_degrees(mine)
    their_graded = _hedge_degrees(theirs)
    if len(their_graded) != len(theirs.markers()):
        return mine, theirs  # a hedge of theirs of no degree: judged as before
    left = list(their_graded)
    gone_mine: list[Span] = []
    for grade, h in mine_graded:
        match = next((p for p in left if p[0] == grade), None)
        if match is not None:
            left.remove(match)
            gone_mine.append(h)
    if left:
        return mine, theirs
    rest = [h for h in mine.markers() if h not in gone_mine]
    graded = [h for _, h in mine_graded]
    if not rest or not all(h in mine.possible or h in graded for h in rest):
        return mine, theirs
    return mine.without(gone_mine), theirs.without([h for _, h in their_graded])


def _hedge_degrees(h: Hedges) -> list[tuple[str, Span]]:
    """(grade, hedge) for each hedge of ``h`` that a degree word of ``h`` overlaps."""
    out = []
    for w in h.markers():
        grade = next((g for g, s in h.degrees if s.overlaps(w)), None)
        if grade is not None:
            out.append((grade, w))
    return out


def _spare(mine: Hedges, theirs: Hedges) -> int:
    """How many of the other side's modals ``theirs``'s own conditional hedges may be rendered
    by: ``mine``'s plain modals, less those that render ``theirs``'s own modals where ``mine``
    states a future ("said most could switch, but a few might have pains" / « a déclaré que la
    plupart pouvaient passer, mais que quelques-uns auront des maux »: « pouvaient » is
    "could", and the "might" became the future « auront »)."""
    if mine.future:
        return max(0, mine.plain - theirs.modals)
    return mine.plain


def _less(h: Hedges, gone: list[Span]) -> Hedges:
    """``h`` less the paired hedges ``gone``, unless that leaves it a degree word that no
    list of hedges holds (« difficilmente cambierà », "is unlikely to change"): then it still
    hedges, and the pairing is undone."""
    left = h.without(gone)
    if not left.any and any(not any(g.seg == w.seg and g.start < w.end and w.start < g.end for g in gone)
                            for _, w in h.degrees):
        return h
    return left


def _stated(section: str, span: Span, language: str, quoted) -> bool:
    """Whether a word of the lexicon's ``section`` stands in the span outside a quote."""
    regex = pattern(LEXICON, language, section)
    return regex is not None and any(
        not _inside(span.start + m.start(), quoted)
        and not (section == "future" and _noun_lookalike(section, span.text, m.start(), language))  # „die Würde“
        for m in regex.finditer(span.text)
    )


def _at_words(section: str, span: Span, language: str, markers) -> list[Span]:
    """The ``markers`` that start on a word of the lexicon's ``section`` in the span."""
    regex = pattern(LEXICON, language, section)
    if regex is None:
        return []
    spots = [(span.start + m.start(), span.start + m.end()) for m in regex.finditer(span.text)]
    return [h for h in markers if _inside(h.start, spots)]


_NOUN_CASED = ("de",)  # languages that write every noun with a capital
_OPENING = re.compile(r"[\s\"'„“”‚‘’«»‹›(\[–—-]*")


@lru_cache(maxsize=None)
def _noun_entries(section: str, language: str) -> re.Pattern[str] | None:
    """The entries of a section written as nouns, with a capital (German „Verdacht“,
    „Schätzung“, „Berichten zufolge“), as one pattern."""
    return compile_words([e for e in entries(LEXICON, language, section) if _first_letter(e).isupper()])


def _first_letter(entry: str) -> str:
    """The first letter an entry matches, past its lookarounds and groups ("(?:Medien|Presse)?
    Berichten" -> "M")."""
    bare = re.sub(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)", "", entry)
    bare = re.sub(r"\(\?[a-zA-Z-]*:", "", bare)
    letter = re.search(r"[^\W\d_]", bare)
    return letter.group(0) if letter else ""


def _noun_lookalike(section: str, text: str, start: int, language: str) -> bool:
    """Whether the match of a section's entry at ``start`` is a noun that looks like one of its
    verbs or adverbs: in German a capitalised word inside a sentence is a noun („die Scheine“,
    tickets, not „scheinen“; „im guten Glauben“), never a hedge verb, unless the section lists
    it as a noun („Verdacht“, „dem Anschein nach“). At the start of a sentence, or after a
    colon, a capital says nothing („Scheinbar hat niemand …“)."""
    if language not in _NOUN_CASED or not text[start:start + 1].isupper():
        return False
    before = text[:start]
    before = before[: len(before) - len(_OPENING.match(before[::-1]).group(0))]
    if not before or before[-1] in ".!?:;":
        return False
    nouns = _noun_entries(section, language)
    return nouns is None or nouns.match(text, start) is None


def find_hedges(spans: list[Span], language: str, quoted: list[tuple[int, int]] = ()) -> Hedges:
    """Hedges of ``spans``, leaving out those inside quotes (a speaker's words, not the writer's).

    A weak marker inside a [sequence] match (French « a annoncé qu'elle fermerait ») is
    the grammar of reported speech, the future of the past: it counts as a modal.
    """
    hearsay: list[Span] = []
    weak: list[Span] = []
    cited: list[Span] = []
    expecting: list[Span] = []
    assessing: list[Span] = []
    possible: list[Span] = []
    possibility = False
    anticipation: list[Span] = []
    evidence: list[Span] = []
    evidential = False
    saying: list[Span] = []
    duty: list[Span] = []
    demands = False
    one_language: list[Span] = []
    general: list[Span] = []
    attempts: list[tuple[Span, str]] = []
    outlets: list[str] = []
    deontic = False
    permissions: list[str] = []
    permits: list[Span] = []
    conditional_expectations = 0
    chances: list[Span] = []
    weak_chances: list[Span] = []
    questions: list[Span] = []
    deciding: list[Span] = []
    appearance: list[Span] = []
    intends = False
    modal = False
    modals = 0
    duties = 0
    sequenced = 0
    states: list[Span] = []
    completed = 0
    degrees: list[tuple[str, Span]] = []
    sure: list[Span] = []
    frequencies: list[tuple[str, Span]] = []
    hypotheticals: list[Span] = []
    maybe: list[Span] = []
    conditional: list[Span] = []
    plain = 0
    deliberations: list[Span] = []
    opinions: list[Span] = []
    convictions = 0
    negated: list[Span] = []
    inquires = False
    renders = 0
    unnamed = 0
    future = False
    sources = 0
    speech = 0
    attributed = False
    prepositions = pattern(REPORTING, language, "prepositions")
    verbs = pattern(REPORTING, language, "")
    for span in spans:
        found = len(hearsay) + len(weak)
        weak_found = len(weak)
        starts = []  # where a preposition names a source
        if prepositions is not None:
            starts = [m.start() for m in prepositions.finditer(span.text) if not _inside(span.start + m.start(), quoted)]
            sources += len(starts)
        grounds = pattern(LEXICON, language, "grounds")
        if grounds is not None:
            # "based on DNA tests": a source of the claim another language names by
            # preposition (« d'après des analyses ADN »)
            sources += sum(1 for m in grounds.finditer(span.text) if not _inside(span.start + m.start(), quoted))
        future_past: list[tuple[int, int]] = []  # conditionals counted as modals already
        regex = pattern(LEXICON, language, "sequence")
        sequences = [(m.start(), m.end()) for m in regex.finditer(span.text)] if regex is not None else []
        regex = pattern(LEXICON, language, "sequence of time")
        timed = [(m.start(), m.end()) for m in regex.finditer(span.text)] if regex is not None else []
        sequences += timed
        state = pattern(LEXICON, language, "reported state")
        regex = pattern(LEXICON, language, "cited")
        # hearsay that is itself a source ("Unverified press reports claim ...")
        sourced = [(m.start(), m.end()) for m in regex.finditer(span.text)] if regex is not None else []
        # degree words of the sentence: one inside a conditional a verb of saying governs («
        # a déclaré que les règles seraient probablement durcies ») is a hedge, not the future of the past
        graded = [(g.start - span.start, g.end - span.start) for _, g in _degrees(span, language, quoted)]
        for section, out in (("hearsay", hearsay), ("weak", weak)):
            regex = pattern(LEXICON, language, section)
            if regex is None:
                continue
            for m in regex.finditer(span.text):
                if _noun_lookalike(section, span.text, m.start(), language):
                    continue  # „die Scheine“ (tickets), not „scheinen“
                # (only the conditional the verb of saying governs, where the [sequence] ends: a
                # degree word before it, « dijo que el fallo probablemente no cambiaría », is a hedge)
                if section == "weak" and any(a <= m.start() < b <= m.end() for a, b in sequences) and not any(
                    m.start() < x < m.end() for x, _ in graded
                ):
                    modal = True  # « a annoncé qu'elle fermerait »: the future of the past
                    if not _inside(span.start + m.start(), quoted):
                        sequenced += 1
                        future_past.append((m.start(), m.end()))
                        if state is not None and state.match(span.text, m.start()) and not _inside(m.start(), timed):
                            states.append(span.sub(m.start(), m.end()))
                    continue
                if section == "weak" and any(c.start <= span.start + m.start() < c.end for c in cited):
                    continue  # "Some reports suggested": the verb of a source cited, part of its hearsay
                if not _inside(span.start + m.start(), quoted):
                    out.append(span.sub(m.start(), m.end()))
                    if section == "hearsay" and (
                        any(m.start() <= a < m.end() for a in starts) or any(a <= m.start() < b for a, b in sourced)
                    ):
                        cited.append(out[-1])
        attributed = attributed or any(not any(c.start <= span.start + a < c.end for c in cited) for a in starts)
        regex = pattern(LEXICON, language, "modal")
        if regex is not None:
            free = [m for m in regex.finditer(span.text) if not _inside(span.start + m.start(), quoted)
                    and not _noun_lookalike("modal", span.text, m.start(), language)]
            modal = modal or bool(free)
            # "said the region would pay": a modal that is the future of the past, as the
            # conditional of « a dit qu'elle paierait » is (both a [sequence])
            reported = [(m.start(), m.end()) for m in free if _ends(m.start(), m.end(), sequences) and (m.start(), m.end()) not in future_past]
            sequenced += len(reported)
            future_past += reported
            # (one that is a hedge here too, « aurait été tué », renders none of the other side's)
            own = [(h.start - span.start, h.end - span.start) for h in (hearsay + weak)[found:]] + future_past
            modals += sum(1 for m in free if not any(a < m.end() and m.start() < b for a, b in own))
            # of those, duties before an action ("who must travel", « qui doivent parcourir »), not
            # the "must" of inference ("must have left", « doit être parti »)
            bound = pattern(LEXICON, language, "deontic")
            if bound is not None:
                spots = [(m.start(), m.end()) for m in bound.finditer(span.text)
                         if not _EPISTEMIC_NEXT.match(span.text[m.end():])]
                duties += sum(1 for m in free if not any(a < m.end() and m.start() < b for a, b in own)
                              and any(a < m.end() and m.start() < b for a, b in spots))
            could = pattern(LEXICON, language, "possibility")
            could = [(m.start(), m.end()) for m in could.finditer(span.text)] if could is not None else []
            plain += sum(1 for m in free if not any(a < m.end() and m.start() < b for a, b in own + could))
            # a weak hedge that is itself a modal (« fermerait », "might", "could have"), not a
            # phrase with a modal in it ("could not recall")
            conditional += [h for h in weak[weak_found:]
                            if any(h.start < span.start + m.end() and span.start + m.start() < h.end for m in free)
                            and len(h.text.split()) <= 2]
        here = _degrees(span, language, quoted)
        degrees += here
        frequencies += _frequencies(span, language, quoted)
        regex = pattern(LEXICON, language, "negative")
        if regex is not None:
            # a degree likely with a word of negative sense within three words of it: the claim is negative
            for g, w in here:
                if g != "likely":
                    continue
                a, b = w.start - span.start, w.end - span.start
                before = " ".join(span.text[:a].split()[-3:])
                after = " ".join(span.text[b:].split()[:3])
                if regex.search(before) or regex.search(after):
                    negated.append(w)
        regex = pattern(LEXICON, language, "degree sure")
        if regex is not None:
            sure += [span.sub(m.start(), m.end()) for m in regex.finditer(span.text)
                     if not _inside(span.start + m.start(), quoted)
                     and not any(g.start <= span.start + m.start() < g.end for _, g in degrees)]
        regex = pattern(LEXICON, language, "rendering")
        if regex is not None:
            # (one that is a hedge here too, "soll ... haben", renders nothing of the other side's)
            own = [(h.start - span.start, h.end - span.start) for h in (hearsay + weak)[found:]]
            renders += sum(
                1
                for m in regex.finditer(span.text)
                if not _inside(span.start + m.start(), quoted) and not any(a < m.end() and m.start() < b for a, b in own)
            )
        regex = pattern(LEXICON, language, "unnamed")
        if regex is not None:
            unnamed += sum(1 for m in regex.finditer(span.text) if not _inside(span.start + m.start(), quoted))
        if _stated("future", span, language, quoted):
            future = True
        mine = [(h.start, h.end) for h in (hearsay + weak)[found:]]
        expecting += _at_words("expectation", span, language, (hearsay + weak)[found:])
        regex = pattern(LEXICON, language, "possibility")
        if regex is not None:
            spots = [(span.start + m.start(), span.start + m.end()) for m in regex.finditer(span.text)
                     if not _inside(span.start + m.start(), quoted)]
            possibility = possibility or bool(spots)
            possible += [h for h in weak[weak_found:] if _inside(h.start, spots)]
            maybe += [span.sub(a - span.start, b - span.start) for a, b in spots
                      if not _ends(a - span.start, b - span.start, sequences)]
        regex = pattern(LEXICON, language, "anticipation")
        if regex is not None:
            found_here = [span.sub(m.start(), m.end()) for m in regex.finditer(span.text)
                          if not _inside(span.start + m.start(), quoted)]
            anticipation += found_here
            modals_here = pattern(LEXICON, language, "modal")
            if modals_here is not None:
                spots = [(span.start + m.start(), span.start + m.end()) for m in modals_here.finditer(span.text)]
                conditional_expectations += sum(1 for a in found_here if any(x < a.end and a.start < y for x, y in spots))
        if _stated("intent", span, language, quoted):
            intends = True
        regex = pattern(LEXICON, language, "evidential")
        if regex is not None:
            spots = [(span.start + m.start(), span.start + m.end()) for m in regex.finditer(span.text)
                     if not _inside(span.start + m.start(), quoted)]
            evidential = evidential or bool(spots)
            evidence += [h for h in weak[weak_found:] if _inside(h.start, spots)]
            if verbs is not None:
                said = [(span.start + m.start(), span.start + m.end()) for m in verbs.finditer(span.text)]
                saying += [h for h in weak[weak_found:] if _inside(h.start, spots) and _inside(h.start, said)]
        duty += _at_words("duty", span, language, weak[weak_found:])
        if _stated("demand", span, language, quoted):
            demands = True
        assessing += _at_words("assessing", span, language, weak[weak_found:])
        if _stated("inquiry", span, language, quoted):
            inquires = True
        opinions += _at_words("opinion", span, language, weak[weak_found:])
        regex = pattern(LEXICON, language, "conviction")
        if regex is not None:
            convictions += sum(1 for m in regex.finditer(span.text) if not _inside(span.start + m.start(), quoted))
        regex = pattern(LEXICON, language, "deontic")
        if regex is not None:
            permissions += [_key(m.group(0)) for m in regex.finditer(span.text) if not _inside(span.start + m.start(), quoted)]
            deontic = deontic or bool(permissions)
        permits += _at_words("permission", span, language, weak[weak_found:])
        regex = pattern(LEXICON, language, "chance")
        if regex is not None:
            chances += [
                span.sub(m.start(), m.end())
                for m in regex.finditer(span.text)
                if not _inside(span.start + m.start(), quoted) and not _inside(m.start(), sequences)
                and not any(h.start <= span.start + m.start() < h.end for h in (hearsay + weak)[found:])
            ]
            hypothetical = pattern(LEXICON, language, "hypothetical")
            if hypothetical is not None:
                spots = [(span.start + m.start(), span.start + m.end()) for m in hypothetical.finditer(span.text)]
                hypotheticals += [c for c in chances if c.seg == span.seg and _inside(c.start, spots)]
            # a weak hedge that is a modal of possibility before a verb (« potrebbe pagare »)
            weak_chances += [
                h for h in weak[weak_found:]
                if any(h.start <= span.start + m.start() < h.end for m in regex.finditer(span.text))
            ]
        regex = pattern(LEXICON, language, "deliberation")
        if regex is not None:
            # something under consideration ("was looking at tagging")
            deliberations += [
                span.sub(m.start(), m.end())
                for m in regex.finditer(span.text)
                if not _inside(span.start + m.start(), quoted)
                and not any(h.start <= span.start + m.start() < h.end for h in (hearsay + weak)[found:])
            ]
        regex = pattern(LEXICON, language, "appearance")
        if regex is not None:
            spots = [(span.start + m.start(), span.start + m.end()) for m in regex.finditer(span.text)]
            appearance += [h for h in (hearsay + weak)[found:] if _inside(h.start, spots)]
        regex = pattern(LEXICON, language, "open")
        if regex is not None:
            asked = [span.sub(m.start(), m.end()) for m in regex.finditer(span.text)
                     if not _inside(span.start + m.start(), quoted)]
            questions += asked
            regex = pattern(LEXICON, language, "decision")
            if regex is not None:
                spots = [(span.start + m.start(), span.start + m.end()) for m in regex.finditer(span.text)]
                deciding += [q for q in asked if any(q.start < b and a < q.end for a, b in spots)]
        regex = pattern(LEXICON, language, "monolingual")
        if regex is not None:
            one_language += [
                span.sub(m.start(), m.end())
                for m in regex.finditer(span.text)
                if not _inside(span.start + m.start(), quoted) and not _inside(m.start(), sequences)
                and not any(h.start <= span.start + m.start() < h.end for h in weak[weak_found:])
            ]
        regex = pattern(LEXICON, language, "media")
        if regex is not None:
            for m in regex.finditer(span.text):
                if _inside(span.start + m.start(), quoted):
                    continue
                after = re.match(r"[\s,]*((?:[A-Z][\w'’.&-]*\s?){1,4})", span.text[m.end():])
                words = m.group(0).split()[1:] + (after.group(1).split() if after else [])
                outlets += [w.strip(",.") for w in words if w[:1].isupper() and len(w.strip(",.")) >= 3]
        # (an attempt, "would try to find", is a hedge within one language as a tendency is: [attempt])
        for section in ("generality", "attempt"):
            regex = pattern(LEXICON, language, section)
            if regex is None:
                continue
            here = [
                m for m in regex.finditer(span.text)
                if not _inside(span.start + m.start(), quoted)
                and not any(h.seg == span.seg and h.start <= span.start + m.start() < h.end for h in weak + hearsay)
            ]
            general += [span.sub(m.start(), m.end()) for m in here]
            if section == "attempt":
                for m in here:
                    verb = re.match(r"\s+(?:\w+ly\s+)?([^\W\d_]+)", span.text[m.end():])
                    attempts.append((span.sub(m.start(), m.end()), verb.group(1).lower() if verb else ""))
        regex = pattern(LEXICON, language, "completed")
        if regex is not None:
            said = [(m.start(), m.end()) for m in verbs.finditer(span.text)] if verbs is not None else []
            completed += sum(
                1
                for m in regex.finditer(span.text)
                if not _inside(span.start + m.start(), quoted) and not any(a < m.end() and m.start() < b for a, b in said)
            )
        if verbs is not None:
            # A reporting verb that is not itself a hedge ("estimated", "is said to")
            speech += sum(
                1
                for m in verbs.finditer(span.text)
                if not _inside(span.start + m.start(), quoted) and not _inside(span.start + m.start(), mine)
            )
    return Hedges(
        tuple(hearsay), tuple(weak), modal, sources, tuple(cited), renders=renders, attributed=attributed,
        speech=speech, unnamed=unnamed, expecting=tuple(expecting), future=future, assessing=tuple(assessing),
        possible=tuple(possible), possibility=possibility, anticipation=tuple(anticipation),
        anticipates=pattern(LEXICON, language, "anticipation") is not None, evidence=tuple(evidence),
        evidential=evidential, saying=tuple(saying), intends=intends, duty=tuple(duty), demands=demands,
        one_language=tuple(one_language), general=tuple(general), attempts=tuple(attempts), outlets=tuple(outlets),
        text=" ".join(span.text for span in spans), duties=duties, deontic=deontic, permits=tuple(permits),
        conditional_expectations=conditional_expectations, chances=tuple(chances), weak_chances=tuple(weak_chances),
        questions=tuple(questions), asks=pattern(LEXICON, language, "open") is not None, deciding=tuple(deciding),
        appearance=tuple(appearance), degrees=tuple(degrees),
        grades=any(pattern(LEXICON, language, f"degree {g}") is not None for g in DEGREES),
        maybe=tuple(maybe), modals=modals, sequenced=sequenced, states=tuple(states), completed=completed, conditional=tuple(conditional),
        plain=plain, deliberations=tuple(deliberations), opinions=tuple(opinions),
        inquires=inquires, sure=tuple(sure), permissions=tuple(permissions),
        hypotheticals=tuple(c for c in chances if c in hypotheticals), convictions=convictions, negated=tuple(negated),
        frequencies=tuple(frequencies),
    )


def _degrees(span: Span, language: str, quoted) -> list[tuple[str, Span]]:
    """The degree words of a sentence outside quotes, the longest where two overlap («
    peu probable » is unlikely, not « probable »)."""
    found = []
    for grade in DEGREES:
        regex = pattern(LEXICON, language, f"degree {grade}")
        if regex is None:
            continue
        found += [(m.start(), m.end(), grade) for m in regex.finditer(span.text) if not _inside(span.start + m.start(), quoted)]
    kept: list[tuple[int, int, str]] = []
    for a, b, grade in sorted(found, key=lambda t: (t[0] - t[1], t[0])):
        if not any(a < y and x < b for x, y, _ in kept):
            kept.append((a, b, grade))
    return [(grade, span.sub(a, b)) for a, b, grade in sorted(kept)]


FREQUENCIES = ("rarely", "sometimes", "often", "usually", "always")
"""How often a claim is said to hold, from least to most (``[frequency ...]`` sections)."""


def _frequencies(span: Span, language: str, quoted) -> list[tuple[str, Span]]:
    """The words of frequency of a sentence outside quotes ("often", « systématiquement »),
    the longest where two overlap (« le plus souvent » is usually, not « souvent »)."""
    found = []
    for label in FREQUENCIES:
        regex = pattern(LEXICON, language, f"frequency {label}")
        if regex is None:
            continue
        found += [(label, span.sub(m.start(), m.end())) for m in regex.finditer(span.text)
                  if not _inside(span.start + m.start(), quoted)]
    found.sort(key=lambda p: -(p[1].end - p[1].start))
    out: list[tuple[str, Span]] = []
    for label, w in found:
        if not any(w.start < x.end and x.start < w.end for _, x in out):
            out.append((label, w))
    return sorted(out, key=lambda p: p[1].start)


def frequency_shift(o: Hedges, d: Hedges, same_language: bool = False) -> tuple[str, Span, Span] | None:
    """("added", o's words, d's words) where the derivative says a claim holds less often
    ("often" -> "sometimes"), ("removed", ...) where more often ("often" -> « systématiquement »).

    Only a frequency replaced by another counts, one for one. Within one language any step of
    the scale is a change; across languages only a jump of two steps or more, since translators
    render neighbouring steps ("usually" / « souvent ») freely."""
    mine, theirs = _unmatched(list(o.frequencies), list(d.frequencies)), _unmatched(list(d.frequencies), list(o.frequencies))
    if not mine or not theirs:
        return None
    a, b = mine[0], theirs[0]
    step = FREQUENCIES.index(b[0]) - FREQUENCIES.index(a[0])
    if step == 0 or (not same_language and abs(step) < 2):
        return None
    return ("added" if step < 0 else "removed"), a[1], b[1]


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _inside(pos: int, regions) -> bool:
    return any(a <= pos < b for a, b in regions)


def _ends(start: int, end: int, sequences) -> bool:
    """Whether the words from ``start`` to ``end`` end a [sequence]: the modal the verb of saying
    governs ("said the region would pay"), not a modal of possibility between them ("said the
    agency might have underestimated how many tenants would leave": only the "would" is the
    future of the past)."""
    return any(a <= start < b <= end for a, b in sequences)


def hedge_change(o: Hedges, d: Hedges, same_language: bool = False) -> str | None:
    """"added", "removed" or None for two renderings of the same sentences.

    Across languages a hedge on both sides is no change, whatever the device (in one
    language, one hedge more on one side is: see the end of this function). Besides the hedges
    themselves, what on one side can stand for the other side's hedge across languages:
    - a source named by preposition where the other side names none, by preposition
      or reporting verb: it renders a belief verb or hearsay ("Investigators believe" /
      « Selon les enquêteurs », "reportedly" / « selon l'ONU »), but against "Officials
      said" it renders the verb;
    - a [rendering] phrase ("gilt als", which renders "is thought to be" as readily as
      "is credited with"), for one hedge of any kind (:func:`comparable`);
    - a modal, for a weak hedge (a conditional is how French renders "would").
    In one language none does: "would disappear" -> "may be gone" weakens the claim,
    and "according to the office, police found" -> "police reportedly found ..., the
    office said" adds hearsay though the source moved into a verb.
    Hearsay that names a source counts only where the other side names none, and an
    [expectation] hedge only where the other side has no future (:func:`comparable`).
    """
    o_plain, d_plain = o, d
    if not same_language:
        # "According to the daily X" renders the conditional of « …, rapporte le journal X »:
        # a modal of the side that credits a news outlet the other side names too
        if o.outlets and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", d.text) for w in o.outlets):
            o = replace(o, modal=True, modals=o.modals + 1)
        if d.outlets and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", o.text) for w in d.outlets):
            d = replace(d, modal=True, modals=d.modals + 1)
    o_raw, d_raw = o, d
    o, d = comparable(o, d, same_language)
    # (that conditional is hearsay's, no modal of possibility: "According to the daily X, the
    # posts will not be filled" / « Selon le journal X, les postes pourraient ne pas être pourvus »
    # makes a certain future a maybe)
    if o_raw is not o_plain and d.weak and all(w in d.possible for w in d.markers()):
        o = replace(o, modal=o_plain.modal, modals=max(0, o.modals - 1))
    if d_raw is not d_plain and o.weak and all(w in o.possible for w in o.markers()):
        d = replace(d, modal=d_plain.modal, modals=max(0, d.modals - 1))
    across = not same_language
    # A source by preposition renders a hedge only where the other side has no
    # attribution it renders instead: « Selon des responsables » is "Officials said".
    stands_o = across and o.sources > d.attributions  # for any hedge of d
    stands_d = across and d.sources > o.attributions
    # A modal or conditional renders a weak hedge of the other side unless it only renders
    # that side's own modals: "said it would sue, arguing the ban was probably unlawful" / «
    # a annoncé qu'elle porterait plainte, l'interdiction étant illégale » renders "would".
    # A future of the past ("said it would pay") renders a conditional, not a modal of
    # possibility: « potrebbe pagare » against it is a promise made a maybe.
    # A modal renders the other side's hedge only where it is not one of that side's own
    # modals rendered ("would probably seek ..., which could reach" / « demanderait ..., qui
    # pourrait atteindre »: « pourrait » is "could"), or where it says an expectation (« devrait »).
    # (A modal of possibility renders the other side's "might" whatever that side's own modals:
    # "could reduce ... but might also break up" / „könne ... verringern, aber auch zersprengen“.)
    # (Where that side states a future and has no more modals than this side, they render this
    # side's own modals, and the possibility went into the future: "a few might have pains" / «
    # quelques-uns auront des maux ».)
    # (A plain "would" renders no modal of possibility: "said it would review ..., but would not
    # revoke" / « potrebbe rivedere ..., ma non revocherà ».)
    # (Nor does a conditional that renders the other side's own future of the past: "said the
    # agency had probably underestimated how many tenants would leave" / « ... avait sous-estimé
    # le nombre de locataires qui partiraient »: the conditional is the "would", the "probably"
    # is gone.)
    o_modals = o.modals - o.plain if _only_chances(d) else o.modals
    d_modals = d.modals - d.plain if _only_chances(o) else d.modals
    # (a duty renders no adverb of degree: "learners who travel far probably fail more often" / «
    # les candidats qui doivent parcourir une longue distance échouent plus souvent »: the
    # "probably" is gone, whatever « doivent » renders)
    o_modals = o_modals - o.duties if _only_adverbs(d) else o_modals
    d_modals = d_modals - d.duties if _only_adverbs(o) else d_modals
    modal_o = across and o.modal and (
        o_modals > d.modals + d.sequenced or (o_modals > 0 and _only_modals(d) and not (o.future and o_modals <= d.modals))
        or (bool(o.anticipation) and not _expectation_weakened(d))
        or (o.sequenced > d.modals + d.sequenced and not _only_chances(d) and not _only_adverbs(d))
    )
    modal_d = across and d.modal and (
        d_modals > o.modals + o.sequenced or (d_modals > 0 and _only_modals(o) and not (d.future and d_modals <= o.modals))
        or (bool(d.anticipation) and not _expectation_weakened(o))
        or (d.sequenced > o.modals + o.sequenced and not _only_chances(o) and not _only_adverbs(o))
    )
    # A state reported in the conditional after a past verb of saying (« ont affirmé que
    # ... seraient menacés ») is the future of the past only against a "would", a "will" or
    # a modal; against a state reported plainly ("said ... were at risk") it is the
    # conditional of hearsay.
    if across and d.states and not (o.any or d.degrees) and not stands_o and not _tensed(o):
        return "added"
    if across and o.states and not (d.any or o.degrees) and not stands_d and not _tensed(d):
        return "removed"
    if not o.any and (d.hearsay and not stands_o or d.weak and not (stands_o or modal_o)):
        return "added"
    if not d.any and (o.hearsay and not stands_d or o.weak and not (stands_d or modal_d)):
        return "removed"
    # The modals of a side with no hedge render as many modal hedges of the other side, not an
    # adverb of degree beside them as well: "should include interest and ... was probably higher"
    # / « devraient inclure des intérêts et ... était supérieur »: the "probably" is gone.
    if across and not o.any and modal_o and not stands_o and _unrendered_adverb(d_raw, o_raw, d) is not None:
        return "added"
    if across and not d.any and modal_d and not stands_d and _unrendered_adverb(o_raw, d_raw, o) is not None:
        return "removed"
    if same_language and o.any and d.any:
        # One language, hedges on both sides: one dropped or added beside the others is
        # still a change ("believe its value could be higher" -> "believe it is higher").
        if len(o.markers()) > len(d.markers()) and o.unmatched(d) is not None:
            return "removed"
        if len(d.markers()) > len(o.markers()) and d.unmatched(o) is not None:
            return "added"
        # "appeared to have known" -> "may have guessed": what evidence showed made a guess
        # (or the reverse), a change of hedge though both sides hedge.
        if _guessed(o, d):
            return "removed"
        if _guessed(d, o):
            return "added"
        # "should have abstained" -> "could perhaps have abstained": a duty or advice made a mere
        # possibility, a weaker claim (or the reverse)
        if _duty_weakened(o, d):
            return "added"
        if _duty_weakened(d, o):
            return "removed"
    shift = degree_shift(o, d, same_language) or frequency_shift(o, d, same_language)
    return shift[0] if shift else None


def _duty_weakened(mine: Hedges, theirs: Hedges) -> bool:
    """In one language, whether ``mine`` hedges with a duty or advice ("should") where ``theirs``
    has none but a modal of possibility with a degree word of possibility ("could perhaps")."""
    if not [w for w in mine.weak if w in mine.duty] or [w for w in theirs.weak if w in theirs.duty]:
        return False
    return bool(theirs.possibility or theirs.chances) and any(g == "possible" for g, _ in theirs.degrees)


def _renders_possible(mine: Hedges, theirs: Hedges) -> bool:
    """In one language, whether ``mine`` has a modal of possibility that renders ``theirs``'s
    ("might close" / "may close" / "could close"): a hedge or a modal of possibility before a verb,
    or as many modals of possibility as ``theirs`` has; not only a modal that is no hedge ("could not
    buy") where ``theirs`` has one more ("could not buy ... but might help" / "... would help")."""
    return mine.possibility and bool(mine.possible or mine.chances or len(mine.maybe) >= len(theirs.maybe))


def _expectation_weakened(theirs: Hedges) -> bool:
    """Whether ``theirs``'s hedges are all modals of possibility before a verb and it states no
    expectation: against an expectation of the other side ("expected to reach" / « pourraient
    atteindre »), the expectation made a possibility, a weaker claim, which the modal of
    expectation does not render."""
    return bool(theirs.weak) and not theirs.anticipation and all(w in theirs.chances for w in theirs.weak)


def _adverb_left(mine: Hedges, theirs: Hedges) -> Span | None:
    """Whether ``mine`` has, beside hedges that are modals ("should"), an adverb of degree
    ("probably") that ``theirs``'s modals cannot also render: ``theirs`` has no degree word, no
    [rendering] word but those that render ``mine``'s own ("estimate" / « estimation »), and no
    more modals, futures of the past and expectations than ``mine`` has modal hedges."""
    adverbs = [w for _, w in _hedge_degrees(mine) if w not in mine.conditional and w not in mine.possible]
    rest = [w for w in mine.weak if w not in adverbs]
    if not adverbs or not rest or mine.hearsay or theirs.degrees or theirs.sure:
        return None
    if theirs.renders > max(0, mine.renders - mine.unnamed):  # (one renders the other side's own)
        return None
    if not all(w in mine.conditional or w in mine.possible for w in rest):
        return None
    return adverbs[0] if max(theirs.modals + theirs.sequenced, len(theirs.anticipation)) <= len(rest) else None


def _unrendered_adverb(mine: Hedges, theirs: Hedges, mine_left: Hedges) -> Span | None:
    """:func:`_adverb_left` of two versions' hedges as found (before the other side's modals are
    paired off with this side's modal hedges: "should probably be protected" / « devaient être
    protégées »: « devaient » renders "should", once), where that adverb is still a hedge of
    ``mine_left`` as judged."""
    adverb = _adverb_left(mine, theirs)
    return adverb if adverb is not None and adverb in mine_left.markers() else None


def _tensed(h: Hedges) -> bool:
    """Whether ``h`` has what a conditional of the future of the past renders: a modal, a
    future or future of the past, an expectation or a possibility."""
    return bool(
        h.modal or h.future or h.sequenced or h.anticipation or h.expecting or h.possibility or h.chances
        or h.deliberations
    )


def _only_modals(h: Hedges) -> bool:
    """Whether every weak hedge of ``h`` is itself a modal or a modal of possibility ("might")."""
    return all(w in h.conditional or w in h.possible for w in h.weak)


def _only_adverbs(h: Hedges) -> bool:
    """Whether every hedge of ``h`` is a degree word that is no modal or conditional ("tal vez",
    „möglicherweise“): a future of the past ("said it would be reviewed") renders none of them."""
    graded = [w for _, w in _hedge_degrees(h)]
    return bool(h.markers()) and all(w in graded and w not in h.conditional for w in h.markers())


def _only_chances(h: Hedges) -> bool:
    """Whether every weak hedge of ``h`` is a modal of possibility before a verb."""
    return bool(h.weak) and all(w in h.weak_chances for w in h.weak)


DEGREES = ("unlikely", "possible", "likely", "certain")
"""The degrees of a hedge, from least to most certain (``[degree ...]`` sections); a
claim stated as fact is above them all."""
SURE = "sure"
"""A claim stated as certain in so many words ([degree sure]: "inevitably", « forcément »), the
degree above all hedges: no hedge of its own, it is compared only with the other side's degrees."""
_SCALE = DEGREES + (SURE,)


def _graded(h: Hedges, same_language: bool, other: Hedges | None = None) -> list[tuple[str, Span]]:
    """The degrees of a version's hedges; in one language the modals of possibility
    ("may", "could") that no degree word covers count as "possible", and across languages
    too where the version has no degree word and no hedge but modals of possibility, and the
    other no modal of possibility but a degree likely ("were likely to add" / « possono far
    crescere »: the likely made possible)."""
    out = list(h.degrees)
    if same_language or (
        other is not None and not h.degrees and not h.hearsay and all(w in h.possible for w in h.weak)
        and any(g == "likely" for g, _ in other.degrees) and not other.possibility
    ):
        out += [("possible", m) for m in h.maybe
                if not any(g.seg == m.seg and g.start < m.end and m.start < g.end for _, g in h.degrees)]
    return out


def degree_shift(o: Hedges, d: Hedges, same_language: bool = False) -> tuple[str, Span, Span] | None:
    """("added", o's words, d's words) where the derivative makes a hedged claim less
    certain ("probably" -> "could conceivably", « probablement » -> « peut-être »),
    ("removed", ...) where more; None where the degrees agree or one side has none.

    Only a degree replaced by another counts: each side must have a degree the other
    lacks, so a second hedge rendered by a device of no degree (a conditional) is no
    change. Judged between languages that both list degrees."""
    if not (o.grades and d.grades):
        return None
    mine, theirs = _graded(o, same_language, d), _graded(d, same_language, o)
    if not same_language:
        # "almost certainly" is rendered « très probablement », „höchstwahrscheinlich“ as often
        # as « presque certainement »: across languages it is the degree likely
        mine = [("likely" if g == "certain" else g, s) for g, s in mine]
        theirs = [("likely" if g == "certain" else g, s) for g, s in theirs]
        # "probably unaware" / « ne savent probablement pas », "would probably do little" / « ne fera
        # probablement pas grand-chose »: a degree likely beside a negation is the same degree where
        # the negation is the claim's, which another language puts on the verb or in the word
        # itself ([negative]); so across languages "probably not" is "probably" against the other
        # side's "probably" with a word of negative sense beside it ("unlikely" and « peu probable »
        # stay unlikely)
        # (only where that side's claim is negative in another way: "probably unaware", "would probably
        # do little", « échapperont probablement »; "would probably not change" / „wahrscheinlich
        # ändern“ is a change)
        if d.negated:
            mine = [("likely" if g == "unlikely" and _negated_likely(s.text) else g, s) for g, s in mine]
        if o.negated:
            theirs = [("likely" if g == "unlikely" and _negated_likely(s.text) else g, s) for g, s in theirs]
    # "probably" -> « forcément »: a word of certainty is the degree above them all, judged only
    # against a degree of the other side
    mine += [(SURE, s) for s in o.sure]
    theirs += [(SURE, s) for s in d.sure]
    if not mine or not theirs:
        return None
    only_o, only_d = _unmatched(mine, theirs), _unmatched(theirs, mine)
    if not only_o or not only_d or all(g == SURE for g, _ in only_o + only_d):
        return None
    a = max(only_o, key=lambda p: _SCALE.index(p[0]))
    b = max(only_d, key=lambda p: _SCALE.index(p[0]))
    if _SCALE.index(a[0]) == _SCALE.index(b[0]):
        return None
    return ("added" if _SCALE.index(a[0]) > _SCALE.index(b[0]) else "removed"), a[1], b[1]


def _negated_likely(text: str) -> bool:
    """Whether a degree unlikely opens with a word of the degree likely: "probably not",
    « probablement pas », „wahrscheinlich nicht“ (the likely degree with the claim negated),
    not "unlikely" or « peu probable »."""
    return _likely_words().match(text) is not None


@lru_cache(maxsize=1)
def _likely_words() -> re.Pattern[str]:
    # A span's language is not at hand here, and no word of the degree likely in one
    # language opens a hedge of the degree unlikely in another.
    words = [e for language in SUPPORTED_LANGUAGES for e in entries(LEXICON, language, "degree likely")]
    return compile_words(words)


def _unmatched(mine: list[tuple[str, Span]], theirs: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The degrees of ``mine`` that no degree of ``theirs`` matches, one for one."""
    left = [label for label, _ in theirs]
    out = []
    for label, span in mine:
        if label in left:
            left.remove(label)
        else:
            out.append((label, span))
    return out


def _guessed(o: Hedges, d: Hedges) -> bool:
    """Whether ``o`` hedges with what evidence shows ([appearance]) where ``d`` has no such
    hedge, only modals of possibility that ``o`` lacks: a seeming made a guess."""
    if not o.appearance or d.appearance:
        return False
    new = [h for h in d.markers() if _key(h.text) not in {_key(g.text) for g in o.markers()}]
    return bool(new) and all(h in d.possible for h in new)


@dataclass
class _Change:
    direction: str  # "added" or "removed"
    marker: Span  # the hedge, on the side that has it
    other: list[Span]  # the sentences of the side without it
    context: str  # the hedge and the words after it, to find its counterpart by
    confidence: float
    hedges: Hedges | None = None  # the hedges of the side that has it
    elsewhere: list[Span] | None = None  # the group's other sentences on the side without it
    block: tuple = ()  # (group, original sentence ids, derivative sentence ids)
    degree: Span | None = None  # the other side's hedge, where the change is one of degree
    raw: tuple = ()  # (original hedges, derivative hedges) as found, before they were compared
    frequency: bool = False  # the change is one of frequency ("often" -> "sometimes")


class HedgeComparison:
    """Hedges added or removed in aligned sentences.

    Build it, let the caller embed :meth:`wanted`, then call :meth:`findings`: the
    counterpart of a hedge on the other side (the words it renders, "had damaged" for
    « auraient endommagé ») is found with the encoder among a few words of the
    sentence, not reported as the whole sentence.
    """

    def __init__(self, ctx: Context, quoted_original=None, quoted_derivative=None) -> None:
        self.ctx = ctx
        self.changes: list[_Change] = []
        qo = quoted_original or {}
        qd = quoted_derivative or {}
        self.quoted = (qo, qd)
        if not (available(LEXICON, ctx.original.language) and available(LEXICON, ctx.derivative.language)):
            return
        for group in ctx.groups:
            for o_block, d_block, score in group.aligned():
                o_spans = [ctx.original.sentences[k] for k in o_block]
                d_spans = [ctx.derivative.sentences[k] for k in d_block]
                o = find_hedges(o_spans, ctx.original.language, [r for s in o_spans for r in qo.get(s.seg, [])])
                d = find_hedges(d_spans, ctx.derivative.language, [r for s in d_spans for r in qd.get(s.seg, [])])
                change = hedge_change(o, d, ctx.same_language)
                if change is None:
                    continue
                if group.soft and score < SOFT_RENDERING:
                    # a soft group (an unlinked paragraph and its likeliest source) vouches
                    # for a hedge, added or removed, only where the sentence renders the
                    # original one closely: a sentence of background on the same topic
                    # renders no hedge, and the paragraph is reported as added
                    continue
                # A speaker's "we thought" reported as "they believed" is no new hedge:
                # the quoted words count on the other side, though never reported.
                o_all = find_hedges(o_spans, ctx.original.language)
                d_all = find_hedges(d_spans, ctx.derivative.language)
                if hedge_change(o_all, d_all, ctx.same_language) != change:
                    continue
                o_raw, d_raw = o, d
                o, d = comparable(o, d, ctx.same_language)
                strong = d.hearsay if change == "added" else o.hearsay
                confidence = (0.8 if strong else 0.65) * (1.0 if score >= 0.6 else 0.85)
                shift = degree_shift(o, d, ctx.same_language)
                degree = None
                often = None
                if shift is not None and shift[0] == change and (o.any or d.any or not (o.markers() or d.markers())):
                    # (or where the degree words are all either side has: "not yet clear whether" /
                    # "far from clear whether", open questions on both sides)
                    # "probably" -> « peut-être »: the degree words of both sides
                    marker, degree = (shift[2], shift[1]) if change == "added" else (shift[1], shift[2])
                elif shift is None and (often := frequency_shift(o, d, ctx.same_language)) is not None and often[0] == change:
                    # "often" -> "sometimes": the words of frequency of both sides
                    marker, degree = (often[2], often[1]) if change == "added" else (often[1], often[2])
                elif o.any and d.any:  # one language: the hedge one side has and the other lacks
                    marker = d.unmatched(o) if change == "added" else o.unmatched(d)
                elif not ctx.same_language and (
                    _unrendered_adverb(d_raw, o_raw, d) if change == "added" else _unrendered_adverb(o_raw, d_raw, o)
                ):
                    # the adverb of degree that the other side's modals left unrendered
                    marker = _unrendered_adverb(d_raw, o_raw, d) if change == "added" else _unrendered_adverb(o_raw, d_raw, o)
                elif (d if change == "added" else o).hearsay or (d if change == "added" else o).weak or (
                    d if change == "added" else o
                ).states:
                    marker = d.first() if change == "added" else o.first()
                else:
                    continue  # no word to report the change by
                sentence = next(s for s in (d_spans if change == "added" else o_spans) if s.contains(marker))
                after = sentence.text[marker.end - sentence.start :]
                context = marker.text + " " + " ".join(_WORDS.findall(after)[:3])
                if change == "added":
                    other, hedged = o_spans, d
                    elsewhere = [ctx.original.sentences[k] for k in group.original if k not in o_block]
                else:
                    other, hedged = d_spans, o
                    elsewhere = [ctx.derivative.sentences[k] for k in group.derivative if k not in d_block]
                self.changes.append(
                    _Change(
                        change, marker, other, context, confidence, hedged, elsewhere, (group, o_block, d_block), degree,
                        (o_raw, d_raw), often is not None and degree is not None,
                    )
                )

    def wanted(self) -> list[str]:
        texts: list[str] = []
        for c in self.changes:
            texts.append(c.context)
            texts += [g.text for s in c.other + (c.elsewhere or []) for g in _word_runs(s)]
        return texts

    def _best(self, change: _Change, sentences: list[Span]) -> tuple[float, Span | None]:
        """The run of words among ``sentences`` that best renders the hedged words, and its score."""
        runs = [g for s in sentences for g in _word_runs(s)]
        if not runs:
            return -1.0, None
        emb = self.ctx.embeddings
        scored = [(emb.sim(change.context, g.text) - _DANGLING * _dangles(g.text), g) for g in runs]
        return max(scored, key=lambda p: p[0])

    def _counterpart(self, change: _Change) -> Span:
        """The few words of the other side that render the hedged words."""
        score, best = self._best(change, change.other)
        return best if best is not None else change.other[0]

    def _rendered_elsewhere(self, change: _Change) -> bool:
        """Are the hedged words rendered, hedge and all, by a sentence of the group that the
        sentence alignment did not pair with them?

        A translator who splits a sentence may put its hedged clause in a sentence the
        alignment pairs with another one ("..., and the crack probably widened ..." / «
        ... la fissure s'est sans doute agrandie ... »): the words that render the hedged
        ones best lie there, and that sentence has a hedge of its own.
        """
        if not change.elsewhere:
            return False
        inside, _ = self._best(change, change.other)
        outside, run = self._best(change, change.elsewhere)
        if run is None or outside <= inside:
            return False
        ctx = self.ctx
        removed = change.direction == "removed"
        side = ctx.derivative if removed else ctx.original
        sentence = next(s for s in change.elsewhere if s.contains(run))
        quoted = self.quoted[1 if removed else 0].get(sentence.seg, [])
        there = find_hedges([sentence], side.language, quoted)
        if removed:
            return hedge_change(change.hedges, there, ctx.same_language) is None
        return hedge_change(there, change.hedges, ctx.same_language) is None

    def _in_added_clause(self, change: _Change) -> bool:
        """Is an added hedge part of a clause the derivative added (reported as such)?"""
        if change.direction != "added":
            return False
        from diptych.engine.clause_spans import holds_added_clause

        group, o_block, d_block = change.block
        # (a modal of possibility that is no hedge of its own, only the degree it gives the claim,
        # is the marker itself: "were likely to add" / « possono far crescere »)
        markers = (change.hedges.hearsay + change.hedges.weak) or (change.marker,)
        return all(holds_added_clause(self.ctx, group, o_block, d_block, m, self.quoted[1]) for m in markers)

    def _in_left_out_clause(self, change: _Change) -> bool:
        """Is a removed hedge part of a clause the derivative left out whole?

        "…, and that the death was probably the result of an overdose" dropped from a
        sentence that keeps the rest: the claim went with its hedge, which the omitted
        clause reports (:func:`diptych.engine.clause_spans.find_omitted_clauses`, by the same
        tests on the pair seen from the derivative's side), not a claim made certain.
        """
        if change.direction != "removed":
            return False
        from diptych.engine.clause_spans import holds_omitted_clause

        group, o_block, d_block = change.block
        return holds_omitted_clause(self.ctx, group, o_block, d_block, change.marker, self.quoted[0])

    def _hedges_own_noun(self, change: _Change) -> bool:
        """In one language, is an added "alleged" (or "purported", "suspected") a qualifier of a noun
        the derivative brought in, one no word of the original's sentences begins like ("the
        complaint was lodged" -> "the alleged fraud was exposed")? The rewrite hedges its own word,
        which a loaded term reports; no claim of the original was made less certain."""
        if change.direction != "added" or not self.ctx.same_language:
            return False
        if _ATTRIBUTIVE.fullmatch(change.marker.text.strip()) is None:
            return False
        sentence = next((s for s in self.ctx.derivative.sentences if s.contains(change.marker)), None)
        if sentence is None:
            return False
        after = _WORDS.findall(sentence.text[change.marker.end - sentence.start :])
        if not after or len(after[0]) < 4:
            return False
        stem = after[0].lower()[:5]
        theirs = [w.lower() for s in change.other + (change.elsewhere or []) for w in _WORDS.findall(s.text)]
        return not any(w.startswith(stem) for w in theirs)

    def _kept_marker(self, change: _Change) -> _Change | None:
        """A removed hedge whose marker went with a clause left out whole, where another of the
        sentence's hedges, in the words kept, is removed on its own: "said the closing might push
        some visitors away, but that its effect was likely to be small" / « a déclaré que la
        fermeture poussera les visiteurs » reports the "might" (the "likely" went with its clause)."""
        if change.direction != "removed" or change.degree is not None or not change.raw:
            return None
        from diptych.engine.clause_spans import holds_omitted_clause

        o_raw, d_raw = change.raw
        group, o_block, d_block = change.block
        rest = o_raw.without([h for h in o_raw.markers() if h.overlaps(change.marker)])
        # (a marker that counts only once the versions are compared, "usually" within one language,
        # goes too: judged again, the rest would count it again and report the kept "might")
        rest = replace(rest, **{
            name: tuple(h for h in getattr(rest, name) if not h.overlaps(change.marker))
            for name in ("general", "one_language")
        })
        if not rest.markers() or hedge_change(rest, d_raw, self.ctx.same_language) != "removed":
            return None
        for h in sorted(rest.markers(), key=lambda h: (h.seg, h.start)):
            if holds_omitted_clause(self.ctx, group, o_block, d_block, h, self.quoted[0]):
                continue
            sentence = next((s for s in self.ctx.original.sentences if s.contains(h)), None)
            if sentence is None:
                return None
            after = sentence.text[h.end - sentence.start :]
            context = h.text + " " + " ".join(_WORDS.findall(after)[:3])
            return replace(change, marker=h, context=context, hedges=rest)
        return None

    def findings(self) -> list[Finding]:
        out = []
        for c in self.changes:
            if self._in_left_out_clause(c):
                kept = self._kept_marker(c)
                if kept is None:
                    continue
                c = kept
            if self._rendered_elsewhere(c) or self._in_added_clause(c) or self._hedges_own_noun(c):
                continue
            other = self._counterpart(c)
            if c.degree is not None:
                o_span, d_span = (c.degree, c.marker) if c.direction == "added" else (c.marker, c.degree)
                how = "less" if c.direction == "added" else "more"
                what = (f"How often the claim holds changed: the original's '{o_span.text}' became '{d_span.text}', "
                        f"which presents it as holding {how} often.") if c.frequency else (
                        f"The degree of a hedge changed: the original's '{o_span.text}' became '{d_span.text}', "
                        f"which presents the claim as {how} certain.")
                out.append(
                    finding(
                        "hedge_changed",
                        o_span,
                        d_span,
                        what,
                        c.confidence,
                    )
                )
                continue
            if c.direction == "added":
                out.append(
                    finding(
                        "hedge_changed",
                        other,
                        c.marker,
                        f"A hedge was added: '{c.marker.text}' presents as unverified what the original states "
                        f"as fact ('{other.text}').",
                        c.confidence,
                    )
                )
            else:
                out.append(
                    finding(
                        "hedge_changed",
                        c.marker,
                        other,
                        f"A hedge was removed: the original's '{c.marker.text}' is gone, so a claim it marked as "
                        f"unverified reads as fact ('{other.text}').",
                        c.confidence,
                    )
                )
        return out


_ATTRIBUTIVE = re.compile(r"(?:alleged|purported|suspected)", re.IGNORECASE)
"""Words of hearsay that qualify a noun ("the alleged fraud")."""
_WORDS = re.compile(r"[^\W_][\w'’\-]*")


_BREAK = re.compile(r"[,;:()\[\]«»\"“”„—–]|\s[-‐]\s")


_EPISTEMIC_NEXT = re.compile(r"\s+(?:\w+\s+)?(?:be|been|have|être|avoir|sein|haben|essere|avere|ser|haber|estar)\b", re.IGNORECASE)
_DANGLING = 0.03  # a run that ends on a short function word loses a near tie


def _dangles(text: str) -> bool:
    """Whether a run ends on a short lower-case word ("de", "the", "du"): usually an
    article or preposition whose noun is left out, so "would not refill" beats "would
    not refill the" when the two score alike."""
    last = _WORDS.findall(text)[-1]
    return len(last) <= 3 and last.islower()


def _word_runs(sentence: Span, sizes: tuple[int, ...] = (2, 3, 4)) -> list[Span]:
    """Every run of two to four words of a sentence within one clause, as spans.

    A run does not cross a comma, a quote mark or a dash: "open, qui dépendent des"
    straddles two clauses and renders no one phrase of the other version.
    """
    words = list(_WORDS.finditer(sentence.text))
    clause = [0] * len(words)  # which stretch between punctuation each word is in
    for i in range(1, len(words)):
        gap = sentence.text[words[i - 1].end() : words[i].start()]
        clause[i] = clause[i - 1] + bool(_BREAK.search(gap))
    runs = []
    for n in sizes:
        for i in range(len(words) - n + 1):
            if clause[i] == clause[i + n - 1]:
                runs.append(sentence.sub(words[i].start(), words[i + n - 1].end()))
    return runs or [sentence.sub(w.start(), w.end()) for w in words]


def find_hedge_changes(ctx: Context, quoted_original=None, quoted_derivative=None) -> list[Finding]:
    """All hedge changes, embedding what they need (convenience for callers and tests)."""
    comparison = HedgeComparison(ctx, quoted_original, quoted_derivative)
    ctx.embeddings.want(comparison.wanted())
    ctx.embeddings.flush()
    return comparison.findings()
