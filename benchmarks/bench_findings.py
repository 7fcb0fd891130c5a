"""Per-kind precision and recall of the engine's findings against the gold ``findings``.

    python benchmarks/bench_findings.py                     # all cases, through the CLI
    python benchmarks/bench_findings.py --cases '*/fr_*' --api
    python benchmarks/bench_findings.py --json out.json --details

A predicted finding matches a gold one when the kind is the same and their segment ids
overlap (see ``scoring.finding_matches``); an ``added``/``omitted`` sentence or clause
inside linked text must also overlap the gold span. Span findings that fall wholly inside
gold-added or gold-omitted paragraphs are counted apart as "neutral" (``scoring.is_neutral``).
The rows "in linked text" under ``added`` and ``omitted`` are their sentence- and
clause-level part.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import EngineFailed, discover, in_gold_ids, run  # noqa: E402
from scoring import (  # noqa: E402
    SPAN_KINDS,
    STRUCTURE_KINDS,
    FindingScore,
    finding_matches,
    is_span_level,
    score_findings,
)


def _fmt(v: float | None) -> str:
    return "   -" if v is None else f"{v:4.2f}"


def print_table(score: FindingScore) -> None:
    print(f"{'kind':22} {'gold':>5} {'found':>6} {'pred':>5} {'hits':>5} | {'P':>4} {'R':>4} {'F1':>4}")
    row = lambda label, s: print(  # noqa: E731
        f"{label:22} {s.gold:5d} {s.found:6d} {s.predicted:5d} {s.hits:5d} | "
        f"{_fmt(s.precision)} {_fmt(s.recall)} {_fmt(s.f1)}")
    for kind in (*STRUCTURE_KINDS, *SPAN_KINDS):
        s = score.per_kind.get(kind)
        if s is not None:
            row(kind, s)
        if kind in score.span_level:
            row("  in linked text", score.span_level[kind])
    for label, kinds in (("pooled: span kinds", SPAN_KINDS), ("pooled: all kinds", (*STRUCTURE_KINDS, *SPAN_KINDS))):
        row(label, score.pooled(kinds))
    print(f"neutral (span findings inside gold-added/omitted text, not counted): {score.neutral}")


QUIET_KINDS = ("faithful", "verbatim", "translation")
"""Cases whose derivative says what the original says: any finding there is a false alarm."""


def _listed(f: dict[str, Any]) -> bool:
    """Span findings, and added/omitted sentences or clauses inside linked text."""
    return f["kind"] in SPAN_KINDS or is_span_level(f)


def details(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str]:
    """Missed gold findings and false alarms, one line each, for reading the errors."""
    lines = []
    for g in gold:
        if _listed(g) and not any(finding_matches(p, g) for p in predicted):
            lines.append(f"  missed {g['kind']}: o{g['original']} d{g['derivative']} "
                         f"{g.get('original_text')!r} -> {g.get('derivative_text')!r}")
    for p in predicted:
        if _listed(p) and not any(finding_matches(p, g) for g in gold):
            lines.append(f"  extra  {p['kind']}: o{p['original']} d{p['derivative']} "
                         f"{p.get('original_text')!r} -> {p.get('derivative_text')!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default="*", help="glob on case names, e.g. 'sample/*'")
    parser.add_argument("--json", metavar="OUT", help="write per-case and pooled figures to this JSON file")
    parser.add_argument("--api", action="store_true", help="call diptych.engine.pipeline.compare in-process")
    parser.add_argument("--gold", action="store_true", help="score the gold as the prediction (scorer self-check)")
    parser.add_argument("--details", action="store_true", help="list missed and extra span findings per case")
    parser.add_argument("--cache-dir", help="DIPTYCH_CACHE_DIR for the runs (default: a fresh temporary one)")
    args = parser.parse_args(argv)

    cases = discover(args.cases)
    if not cases:
        print(f"no case matches {args.cases!r}", file=sys.stderr)
        return 2
    total = FindingScore()
    per_case: dict[str, Any] = {}
    quiet: dict[str, int] = {}  # every finding a reader sees on a case that should show none
    with tempfile.TemporaryDirectory(prefix="diptych-bench-") as tmp:
        for case in cases:
            gold = case.gold
            if args.gold:
                predicted = gold["findings"]
            else:
                try:
                    result, _ = run(case.original_path, case.derivative_path, "paragraphs", api=args.api,
                                    cache_dir=args.cache_dir or tmp)
                except EngineFailed as exc:
                    print(f"{case.name}: FAILED: {exc}")
                    continue
                predicted = in_gold_ids(result, case).findings
            score = score_findings(predicted, gold["findings"], gold["added"], gold["omitted"])
            total = total + score
            per_case[case.name] = {k: v.as_dict() for k, v in score.per_kind.items()}
            per_case[case.name]["neutral"] = score.neutral
            if case.kind in QUIET_KINDS:
                quiet[case.name] = len(predicted)
            span = score.pooled(SPAN_KINDS)
            print(f"{case.name:46} span findings: gold {span.gold:2d}, found {span.found:2d}, "
                  f"false alarms {span.predicted - span.hits:2d}")
            if args.details:
                for line in details(predicted, gold["findings"]):
                    print(line)
    print()
    print_table(total)
    if quiet:
        loud = {name: n for name, n in quiet.items() if n}
        print(f"quiet cases (faithful, verbatim, translation), every kind counted: {len(quiet)} cases, "
              f"{sum(n == 1 for n in quiet.values())} with 1 finding, {sum(n > 1 for n in quiet.values())} with more"
              + "".join(f"\n  {name}: {n}" for name, n in sorted(loud.items())))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "cases": per_case,
            "per_kind": {k: v.as_dict() for k, v in total.per_kind.items()},
            "in_linked_text": {k: v.as_dict() for k, v in total.span_level.items()},
            "pooled_span": total.pooled(SPAN_KINDS).as_dict(),
            "pooled_all": total.pooled((*STRUCTURE_KINDS, *SPAN_KINDS)).as_dict(),
            "neutral": total.neutral,
        }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
