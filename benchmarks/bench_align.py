"""Paragraph alignment, added/omitted and boilerplate against the gold of every news case,
plus sentence alignment of the "lines" set.

    python benchmarks/bench_align.py                       # all cases, through the CLI
    python benchmarks/bench_align.py --cases 'sample/*'    # a subset (glob on "<article>/<case>")
    python benchmarks/bench_align.py --api --json out.json # in-process engine, figures to a file
    python benchmarks/bench_align.py --gold                # score the gold against itself (checks the scorer)

See benchmarks/README.md for what the columns mean.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import SENTENCES_DIR, Case, EngineFailed, Prediction, discover, in_gold_ids, run  # noqa: E402
from scoring import mean, score_alignments, score_ids, with_gaps  # noqa: E402


def gold_as_prediction(case: Case) -> Prediction:
    g = case.gold
    return Prediction(g["links"], g["added"], g["omitted"], g["boilerplate"], [], g["findings"], 0)


def score_case(case: Case, pred: Prediction) -> dict[str, Any]:
    """Every figure of one case, in gold paragraph ids."""
    gold = case.gold
    links = score_alignments([gold["links"]], [pred.links])
    n_added = sum(1 for f in pred.findings if f["kind"] == "added")
    n_omitted = sum(1 for f in pred.findings if f["kind"] == "omitted")
    return {
        "case": case.name,
        "kind": case.kind,
        "links": links.as_dict(),
        "added": score_ids(gold["added"], pred.added).as_dict(),
        "omitted": score_ids(gold["omitted"], pred.omitted).as_dict(),
        "boilerplate": score_ids(gold["boilerplate"], pred.boilerplate).as_dict(),
        "original_boilerplate": len(pred.original_boilerplate),
        "added_findings": n_added,
        "omitted_findings": n_omitted,
        "unmapped_segments": pred.unmapped,
    }


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


HEADER = (f"{'case':44} {'kind':8} | {'strict P':>8} {'R':>4} {'F1':>4} | {'lax P':>5} {'R':>4} {'F1':>4} | "
          f"{'add P':>5} {'R':>4} | {'omit P':>6} {'R':>4} | {'bp P':>4} {'R':>4} | {'#add':>4} {'#omit':>5} | {'sec':>5}")


def row(fig: dict[str, Any]) -> str:
    lk = fig["links"]
    return (f"{fig['case'][:44]:44} {fig['kind']:8} | {_fmt(lk['precision_strict']):>8} {_fmt(lk['recall_strict'])} "
            f"{_fmt(lk['f1_strict'])} | {_fmt(lk['precision_lax']):>5} {_fmt(lk['recall_lax'])} {_fmt(lk['f1_lax'])} | "
            f"{_fmt(fig['added']['precision']):>5} {_fmt(fig['added']['recall'])} | "
            f"{_fmt(fig['omitted']['precision']):>6} {_fmt(fig['omitted']['recall'])} | "
            f"{_fmt(fig['boilerplate']['precision'])} {_fmt(fig['boilerplate']['recall'])} | "
            f"{fig['added_findings']:4d} {fig['omitted_findings']:5d} | {fig.get('seconds', 0.0):5.1f}")


def summarise(figures: list[dict[str, Any]], label: str) -> dict[str, Any]:
    """Macro means over cases (undefined ratios skipped) and the faithful/verbatim false alarms."""
    def m(path: tuple[str, ...]) -> float | None:
        vals = []
        for f in figures:
            v: Any = f
            for key in path:
                v = v[key]
            vals.append(v)
        return mean(vals)

    return {
        "case": f"mean: {label} ({len(figures)})",
        "kind": "",
        "links": {k: m(("links", k)) for k in figures[0]["links"]},
        "added": {"precision": m(("added", "precision")), "recall": m(("added", "recall"))},
        "omitted": {"precision": m(("omitted", "precision")), "recall": m(("omitted", "recall"))},
        "boilerplate": {"precision": m(("boilerplate", "precision")), "recall": m(("boilerplate", "recall"))},
        "added_findings": sum(f["added_findings"] for f in figures),
        "omitted_findings": sum(f["omitted_findings"] for f in figures),
        "seconds": sum(f.get("seconds", 0.0) for f in figures),
    }


def run_news(cases: list[Case], *, api: bool, gold: bool, cache_dir: str) -> tuple[list[dict], list[dict], dict]:
    figures: list[dict[str, Any]] = []
    print(HEADER)
    print("-" * len(HEADER))
    golds, tests = [], []
    for case in cases:
        if gold:
            pred, seconds = gold_as_prediction(case), 0.0
        else:
            try:
                result, seconds = run(case.original_path, case.derivative_path, "paragraphs", api=api,
                                      cache_dir=cache_dir)
            except EngineFailed as exc:
                print(f"{case.name:44} FAILED: {exc}")
                continue
            pred = in_gold_ids(result, case)
        fig = score_case(case, pred)
        fig["seconds"] = seconds
        figures.append(fig)
        golds.append(case.gold["links"])
        tests.append(pred.links)
        print(row(fig))
        if pred.unmapped:
            print(f"  note: {pred.unmapped} engine segment(s) matched no paragraph of the files")
    summaries = []
    if figures:
        print("-" * len(HEADER))
        groups = [("all", figures)] + [
            (kind, [f for f in figures if f["kind"] == kind]) for kind in ("rewrite", "faithful", "verbatim")]
        for label, group in groups:
            if group:
                s = summarise(group, label)
                summaries.append(s)
                print(row(s))
        pooled = score_alignments(golds, tests).as_dict()
        print(f"pooled links (Vecalign score_multiple over all cases): "
              + ", ".join(f"{k}={v:.3f}" for k, v in pooled.items()))
        quiet = [f for f in figures if f["kind"] in ("faithful", "verbatim")]
        if quiet:
            print(f"faithful/verbatim false alarms: {sum(f['added_findings'] for f in quiet)} added and "
                  f"{sum(f['omitted_findings'] for f in quiet)} omitted findings over {len(quiet)} cases")
    else:
        pooled = {}
    return figures, summaries, pooled


def run_lines(*, api: bool, gold: bool, cache_dir: str) -> dict[str, Any]:
    """Sentence alignment of tests/fixtures/sentences through ``--segments lines``."""
    out: dict[str, Any] = {}
    source = SENTENCES_DIR / "en.txt"
    n_src = len([line for line in source.read_text(encoding="utf-8").split("\n") if line.strip()])
    print("\nlines (sentence alignment, Vecalign strict/lax incl. insertions and deletions in precision):")
    for gold_path in sorted(SENTENCES_DIR.glob("en-*.gold.json")):
        lang = gold_path.name[len("en-"): -len(".gold.json")]
        target = SENTENCES_DIR / f"{lang}.txt"
        gold_pairs = json.loads(gold_path.read_text(encoding="utf-8"))
        n_tgt = len([line for line in target.read_text(encoding="utf-8").split("\n") if line.strip()])
        if gold:
            test, seconds = gold_pairs, 0.0
        else:
            try:
                result, seconds = run(source, target, "lines", api=api, cache_dir=cache_dir)
            except EngineFailed as exc:
                print(f"  en-{lang}: FAILED: {exc}")
                continue
            if len(result["original"]["segments"]) != n_src or len(result["derivative"]["segments"]) != n_tgt:
                print(f"  en-{lang}: the engine's line count differs from the files' "
                      f"({len(result['original']['segments'])}/{n_src}, {len(result['derivative']['segments'])}/{n_tgt})")
            test = with_gaps(result["links"], n_src, n_tgt)
        score = score_alignments([gold_pairs], [test]).as_dict()
        out[f"en-{lang}"] = {**score, "seconds": seconds, "source_lines": n_src, "target_lines": n_tgt}
        print(f"  en-{lang}: {n_src}x{n_tgt} lines  "
              + "  ".join(f"{k}={v:.3f}" for k, v in score.items()) + f"  ({seconds:.1f} s)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default="*", help="glob on case names, e.g. 'sample/*' or '*/fr_rewrite'")
    parser.add_argument("--json", metavar="OUT", help="write every figure to this JSON file")
    parser.add_argument("--api", action="store_true", help="call diptych.engine.pipeline.compare in-process")
    parser.add_argument("--gold", action="store_true", help="score the gold as the prediction (scorer self-check)")
    parser.add_argument("--no-lines", action="store_true", help="skip the sentence-alignment set")
    parser.add_argument("--cache-dir", help="DIPTYCH_CACHE_DIR for the runs (default: a fresh temporary one)")
    args = parser.parse_args(argv)

    cases = discover(args.cases)
    if not cases:
        print(f"no case matches {args.cases!r}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="diptych-bench-") as tmp:
        cache_dir = args.cache_dir or tmp
        figures, summaries, pooled = run_news(cases, api=args.api, gold=args.gold, cache_dir=cache_dir)
        lines = {} if args.no_lines or args.cases != "*" else run_lines(api=args.api, gold=args.gold,
                                                                           cache_dir=cache_dir)
    if args.json:
        Path(args.json).write_text(json.dumps({"cases": figures, "means": summaries, "pooled_links": pooled,
                                               "lines": lines}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
