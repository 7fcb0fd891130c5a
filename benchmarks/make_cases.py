"""Build the benchmark cases and their gold from hand-written translations.

Every expected link, addition, omission, boilerplate line and finding is known by
construction: the corpus files (``benchmarks/corpus/*.toml``) hold an English article
with a translation of each paragraph written sentence for sentence (fr, de, es, and an
English paraphrase ``enp``), plus, per derivative, a *plan* of edits. This script
applies the plans and writes the texts and gold files the benchmarks and tests read.

Usage::

    python benchmarks/make_cases.py            # (re)write tests/fixtures and resources/samples
    python benchmarks/make_cases.py --check    # exit 1 if a written file is out of date
    python benchmarks/make_cases.py --describe sample/fr_rewrite

Corpus format (TOML)::

    slug = "politics-prisoner-exchange"
    [[p]]                     # paragraph 0 is the title; one sentence per line
    en = '''...'''
    fr = '''...'''
    [[case]]
    name = "fr_rewrite"       # -> tests/fixtures/news/<slug>/fr_rewrite.txt (+ .gold.json)
    lang = "fr"               # language of the derivative
    base = "fr"               # which translation key supplies unedited paragraphs
    plan = ["bp:debris", "0", "+lede", "2", "1", "3+4", "5/1", "7@quote"]
    replace = [{from = "Kyiv", to = "Kiev", kind = "loaded_term"}]
    [case.boilerplate]        # name -> line
    [[case.insert]]           # name, text: paragraphs with no counterpart
    [[case.variant]]          # name, text, findings: an edited rendering of a step

Plan steps:

    "3"        original paragraph 3, in the base translation
    "3+4"      paragraphs 3 and 4 merged into one derivative paragraph (2-1)
    "5/1"      paragraph 5 split after its first sentence into two paragraphs (1-2)
    "7@name"   paragraph 7 rendered by the variant ``name`` (also "3+4@name", "5/2@name")
    "+name"    an inserted paragraph (lede, framing): gold ``added``
    "bp:name"  a boilerplate line: gold ``boilerplate``

Original paragraphs absent from the plan are gold ``omitted``.

A variant's ``findings`` are ``{kind, original, derivative, note}`` with the exact spans
(either may be left out: the finding then names the step's paragraphs on that side).
A sentence or clause of framing the variant slips into an otherwise faithful paragraph
is ``{kind = "added", derivative = "<the inserted words>"}``; a sentence or clause it
leaves out, ``{kind = "omitted", original = "<the dropped words>"}``. Their gold names
the link's paragraphs on the other side, which tells them from paragraph-level
``added``/``omitted`` (those name no paragraph on the other side). Only real additions
count: a clause that carries a quote, a hedge, a source, a figure or a name is recorded
as that kind, not as ``added``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "benchmarks" / "corpus"
NEWS_DIR = ROOT / "tests" / "fixtures" / "news"
SENTENCES_DIR = ROOT / "tests" / "fixtures" / "sentences"
SAMPLES_DIR = ROOT / "resources" / "samples"

SAMPLE_SLUG = "sample"
SAMPLE_CASE = "fr_rewrite"
LINES_SEED = 20260314

STEP_RE = re.compile(r"^(?P<ids>\d+(?:\+\d+)*)(?:/(?P<split>\d+))?(?:@(?P<variant>[\w-]+))?$")

CASE_KINDS = {"faithful": "faithful", "verbatim": "verbatim"}


class CorpusError(ValueError):
    """A corpus file does not describe a consistent case; the message says where."""


@dataclass
class DerivParagraph:
    text: str
    role: str  # "content", "added", "boilerplate"


@dataclass
class BuiltCase:
    slug: str
    name: str
    original_language: str
    language: str
    kind: str
    original_text: str
    text: str
    gold: dict[str, Any]
    description: str = ""


@dataclass
class Article:
    slug: str
    topic: str
    paragraphs: list[dict[str, list[str]]]  # per paragraph: language key -> sentences
    cases: list[dict[str, Any]]
    extras: dict[str, list[str]] = field(default_factory=dict)

    def sentences(self, pid: int, key: str) -> list[str]:
        try:
            return self.paragraphs[pid][key]
        except IndexError:
            raise CorpusError(f"{self.slug}: no paragraph {pid}") from None
        except KeyError:
            raise CorpusError(f"{self.slug}: paragraph {pid} has no {key!r} text") from None

    def original_paragraphs(self) -> list[str]:
        return [" ".join(self.sentences(i, "en")) for i in range(len(self.paragraphs))]


def split_sentences(block: str) -> list[str]:
    """A corpus text holds one sentence per line."""
    return [" ".join(line.split()) for line in block.strip().splitlines() if line.strip()]


def load_article(path: Path) -> Article:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    paragraphs = []
    for i, para in enumerate(data["p"]):
        entry = {key: split_sentences(value) for key, value in para.items() if isinstance(value, str)}
        if "en" not in entry:
            raise CorpusError(f"{path.name}: paragraph {i} has no English text")
        paragraphs.append(entry)
    extras = {k: split_sentences(v) for k, v in data.get("extras", {}).items()}
    return Article(data["slug"], data.get("topic", ""), paragraphs, data.get("case", []), extras)


def render(paragraphs: list[str]) -> str:
    """Plain-text format of the contract: paragraphs separated by blank lines."""
    return "\n\n".join(paragraphs) + "\n"


def _replace_all(text: str, replacements: list[dict[str, str]]) -> str:
    for rep in replacements:
        text = text.replace(rep["from"], rep["to"])
    return text


def _find_ids(span: str, texts: dict[int, str]) -> list[int]:
    return [i for i, t in texts.items() if span in t]


def build_case(article: Article, spec: dict[str, Any]) -> BuiltCase:
    """Apply one derivative plan; return the text and its gold."""
    where = f"{article.slug}/{spec['name']}"
    base = spec.get("base", spec["lang"])
    replacements = spec.get("replace", [])
    boilerplate = spec.get("boilerplate", {})
    inserts = {ins["name"]: split_sentences(ins["text"]) for ins in spec.get("insert", [])}
    variants = {v["name"]: v for v in spec.get("variant", [])}
    originals = article.original_paragraphs()

    out: list[DerivParagraph] = []
    links: list[dict[str, list[int]]] = []
    findings: list[dict[str, Any]] = []
    used: list[int] = []
    used_variants: set[str] = set()
    used_inserts: set[str] = set()

    for step in spec["plan"]:
        if step.startswith("bp:"):
            name = step[3:]
            if name not in boilerplate:
                raise CorpusError(f"{where}: no boilerplate named {name!r}")
            out.append(DerivParagraph(boilerplate[name], "boilerplate"))
            continue
        if step.startswith("+"):
            name = step[1:]
            if name not in inserts:
                raise CorpusError(f"{where}: no insert named {name!r}")
            used_inserts.add(name)
            text = _replace_all(" ".join(inserts[name]), replacements)
            out.append(DerivParagraph(text, "added"))
            continue
        match = STEP_RE.match(step)
        if not match:
            raise CorpusError(f"{where}: cannot read plan step {step!r}")
        ids = [int(x) for x in match["ids"].split("+")]
        for i in ids:
            if i in used:
                raise CorpusError(f"{where}: paragraph {i} used twice")
        used.extend(ids)
        variant = variants.get(match["variant"]) if match["variant"] else None
        if match["variant"] and variant is None:
            raise CorpusError(f"{where}: no variant named {match['variant']!r}")
        if variant is not None:
            used_variants.add(variant["name"])
            sentences = split_sentences(variant["text"])
        else:
            sentences = [s for i in ids for s in article.sentences(i, base)]
        sentences = [_replace_all(s, replacements) for s in sentences]
        if match["split"] is not None:
            k = int(match["split"])
            if not 0 < k < len(sentences):
                raise CorpusError(f"{where}: cannot split {step!r} after sentence {k} of {len(sentences)}")
            parts = [" ".join(sentences[:k]), " ".join(sentences[k:])]
        else:
            parts = [" ".join(sentences)]
        first = len(out)
        out.extend(DerivParagraph(p, "content") for p in parts)
        deriv_ids = list(range(first, len(out)))
        links.append({"original": sorted(ids), "derivative": deriv_ids})

        orig_texts = {i: originals[i] for i in ids}
        deriv_texts = {d: out[d].text for d in deriv_ids}
        for rep in replacements:
            source_term = rep.get("original", rep["from"])
            o_ids = _find_ids(source_term, orig_texts)
            d_ids = _find_ids(rep["to"], deriv_texts)
            if o_ids and d_ids:
                findings.append(_finding(rep.get("kind", "loaded_term"), o_ids, d_ids, source_term, rep["to"],
                                         rep.get("note", "")))
        for f in (variant or {}).get("findings", []):
            o_span = f.get("original")
            d_span = f.get("derivative")
            if f["kind"] == "added" and (d_span is None or o_span is not None):
                raise CorpusError(f"{where}: an added finding in {step!r} quotes the derivative span only")
            if f["kind"] == "omitted" and (o_span is None or d_span is not None):
                raise CorpusError(f"{where}: an omitted finding in {step!r} quotes the original span only")
            if d_span is not None:
                d_span = _replace_all(d_span, replacements)
            o_ids = _find_ids(o_span, orig_texts) if o_span is not None else sorted(ids)
            d_ids = _find_ids(d_span, deriv_texts) if d_span is not None else deriv_ids
            if not o_ids:
                raise CorpusError(f"{where}: span {o_span!r} is not in original paragraphs {ids}")
            if not d_ids:
                raise CorpusError(f"{where}: span {d_span!r} is not in the text of {step!r}")
            findings.append(_finding(f["kind"], o_ids, d_ids, o_span, d_span, f.get("note", "")))

    unused = (set(variants) - used_variants) | (set(inserts) - used_inserts)
    if unused:
        raise CorpusError(f"{where}: defined but not used in the plan: {sorted(unused)}")

    omitted = [i for i in range(len(originals)) if i not in used]
    added = [i for i, p in enumerate(out) if p.role == "added"]
    for i in omitted:
        findings.append(_finding("omitted", [i], [], originals[i], None))
    for d in added:
        findings.append(_finding("added", [], [d], None, out[d].text))
    findings.sort(key=lambda f: (min(f["derivative"], default=10**6), min(f["original"], default=10**6), f["kind"]))
    links.sort(key=lambda link: link["derivative"][0])

    kind = spec.get("kind") or CASE_KINDS.get(spec["name"].split("_")[-1], "rewrite")
    gold = {
        "case": f"{article.slug}/{spec['name']}",
        "kind": kind,
        "original": "original.en.txt",
        "derivative": f"{spec['name']}.txt",
        "original_language": "en",
        "derivative_language": spec["lang"],
        "links": links,
        "added": added,
        "omitted": omitted,
        "boilerplate": [i for i, p in enumerate(out) if p.role == "boilerplate"],
        "findings": findings,
    }
    return BuiltCase(article.slug, spec["name"], "en", spec["lang"], kind, render(originals),
                     render([p.text for p in out]), gold, spec.get("description", ""))


def _finding(kind: str, original: list[int], derivative: list[int], o_text: str | None,
             d_text: str | None, note: str = "") -> dict[str, Any]:
    finding = {"kind": kind, "original": original, "derivative": derivative,
               "original_text": o_text, "derivative_text": d_text}
    if note:
        finding["note"] = note
    return finding


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> list[Article]:
    return [load_article(p) for p in sorted(corpus_dir.glob("*.toml"))]


def build_all(articles: list[Article]) -> list[BuiltCase]:
    return [build_case(a, spec) for a in articles for spec in a.cases]


# --- the sentence-alignment ("lines") dev set -------------------------------------------

@dataclass
class LinesSet:
    source: list[str]
    targets: dict[str, list[str]]
    gold: dict[str, list[list[list[int]]]]


def build_lines(articles: list[Article], languages: tuple[str, ...] = ("fr", "de"),
                seed: int = LINES_SEED) -> LinesSet:
    """Sentence-aligned translations with known 1-2, 2-1, 1-0 and 0-1 groups.

    Units are the sentences of the articles that have every language, in order. The
    English side joins a few neighbouring sentences into one line (so the target has
    them as two: 1-2); each target joins a few others (2-1), drops some (1-0) and gets
    sentences of its own (0-1) from the corpus ``extras``.
    """
    rng = random.Random(seed)
    units: list[tuple[int, dict[str, str]]] = []  # (paragraph key, sentence per language)
    extras: dict[str, list[str]] = {lang: [] for lang in languages}
    for a_idx, article in enumerate(articles):
        if not all(lang in p for p in article.paragraphs for lang in languages):
            continue
        for pid, para in enumerate(article.paragraphs):
            for lang in languages:
                if len(para[lang]) != len(para["en"]):
                    raise CorpusError(f"{article.slug}: paragraph {pid} has {len(para['en'])} English "
                                      f"sentences but {len(para[lang])} in {lang}")
            for s in range(len(para["en"])):
                units.append((a_idx * 1000 + pid, {lang: para[lang][s] for lang in ("en", *languages)}))
        for lang in languages:
            extras[lang].extend(article.extras.get(lang, []))

    def pick_pairs(count: int, taken: set[int]) -> list[int]:
        """Positions i such that units i and i+1 share a paragraph and are both free."""
        candidates = [i for i in range(len(units) - 1)
                      if units[i][0] == units[i + 1][0] and i not in taken and i + 1 not in taken]
        chosen: list[int] = []
        for i in rng.sample(candidates, len(candidates)):
            if len(chosen) == count:
                break
            if i in taken or i + 1 in taken:
                continue
            chosen.append(i)
            taken.update((i, i + 1))
        return sorted(chosen)

    taken: set[int] = set()
    src_merges = set(pick_pairs(8, taken))
    source_groups: list[list[int]] = []  # unit indices per source line
    i = 0
    while i < len(units):
        if i in src_merges:
            source_groups.append([i, i + 1])
            i += 2
        else:
            source_groups.append([i])
            i += 1
    source = [" ".join(units[u][1]["en"] for u in g) for g in source_groups]
    line_of_unit = {u: n for n, g in enumerate(source_groups) for u in g}

    targets: dict[str, list[str]] = {}
    golds: dict[str, list[list[list[int]]]] = {}
    for lang in languages:
        local_taken = set(taken)
        tgt_merges = set(pick_pairs(8, local_taken))
        singles = [n for n, g in enumerate(source_groups)
                   if len(g) == 1 and g[0] not in local_taken and n > 0]
        drops = set(rng.sample(singles, 4))
        lang_extras = list(extras[lang])
        rng.shuffle(lang_extras)
        add_after = set(rng.sample(range(1, len(source_groups)), min(len(lang_extras), 4)))

        lines: list[str] = []
        gold: list[list[list[int]]] = []
        n = 0
        while n < len(source_groups):
            group = source_groups[n]
            if n in drops:
                gold.append([[n], []])
                n += 1
            elif len(group) == 1 and group[0] in tgt_merges:
                u = group[0]
                m = line_of_unit[u + 1]
                lines.append(units[u][1][lang] + " " + units[u + 1][1][lang])
                gold.append([[n, m], [len(lines) - 1]])
                n = m + 1
            else:
                start = len(lines)
                lines.extend(units[u][1][lang] for u in group)
                gold.append([[n], list(range(start, len(lines)))])
                n += 1
            if (n - 1) in add_after and lang_extras:
                lines.append(lang_extras.pop())
                gold.append([[], [len(lines) - 1]])
        targets[lang] = lines
        golds[lang] = gold
    return LinesSet(source, targets, golds)


# --- writing ---------------------------------------------------------------------------

def dump_gold(gold: dict[str, Any]) -> str:
    """JSON with one link or finding per line, so a diff of the gold reads like the edit."""
    lines = ["{"]
    items = list(gold.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if isinstance(value, list) and value and isinstance(value[0], dict):
            rows = [json.dumps(v, ensure_ascii=False) for v in value]
            lines.append(f"  {json.dumps(key)}: [")
            lines.extend(f"    {row}{',' if i < len(rows) - 1 else ''}" for i, row in enumerate(rows))
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def planned_files(articles: list[Article]) -> dict[Path, str]:
    """Every file this script writes, with its content."""
    files: dict[Path, str] = {}
    for case in build_all(articles):
        folder = NEWS_DIR / case.slug
        files[folder / "original.en.txt"] = case.original_text
        files[folder / f"{case.name}.txt"] = case.text
        files[folder / f"{case.name}.gold.json"] = dump_gold(case.gold)
        if case.slug == SAMPLE_SLUG and case.name == SAMPLE_CASE:
            files[SAMPLES_DIR / "original.en.txt"] = case.original_text
            files[SAMPLES_DIR / "rewrite.fr.txt"] = case.text
    lines = build_lines(articles)
    files[SENTENCES_DIR / "en.txt"] = "\n".join(lines.source) + "\n"
    for lang, tgt in lines.targets.items():
        files[SENTENCES_DIR / f"{lang}.txt"] = "\n".join(tgt) + "\n"
        files[SENTENCES_DIR / f"en-{lang}.gold.json"] = (
            "[\n" + ",\n".join(json.dumps(pair) for pair in lines.gold[lang]) + "\n]\n")
    return files


def describe(case: BuiltCase) -> str:
    """The gold as a human-readable list (used for the sample's README)."""
    out = [f"{case.slug}/{case.name}: {case.description}".rstrip(": ")]
    g = case.gold
    for link in g["links"]:
        o, d = link["original"], link["derivative"]
        shape = "" if len(o) == len(d) == 1 else f" ({len(o)}-{len(d)})"
        out.append(f"- link original {o} -> derivative {d}{shape}")
    out.append(f"- added: {g['added']}")
    out.append(f"- omitted: {g['omitted']}")
    out.append(f"- boilerplate: {g['boilerplate']}")
    for f in g["findings"]:
        if f["kind"] in ("added", "omitted") and not (f["original"] and f["derivative"]):
            continue  # whole paragraphs: listed above
        out.append(f"- {f['kind']}: original {f['original']} {f['original_text']!r} -> "
                   f"derivative {f['derivative']} {f['derivative_text']!r}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare with the files on disk")
    parser.add_argument("--describe", metavar="SLUG/CASE", help="print a case's expected findings")
    args = parser.parse_args(argv)
    articles = load_corpus()
    if args.describe:
        for case in build_all(articles):
            if f"{case.slug}/{case.name}" == args.describe:
                print(describe(case))
                return 0
        print(f"no case {args.describe}", file=sys.stderr)
        return 2
    files = planned_files(articles)
    stale = [p for p, text in files.items() if not p.is_file() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}")
        return 1 if stale else 0
    for p in stale:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(files[p], encoding="utf-8")
    print(f"{len(files)} files, {len(stale)} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
