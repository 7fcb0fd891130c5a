"""Seconds from launching the window to its first paint and to a finished comparison.

    python benchmarks/bench_window.py             # 3 runs, cold and warm cache, offscreen
    python benchmarks/bench_window.py --runs 5 --platform xcb
    python benchmarks/bench_window.py --json out.json

Each run is a fresh Python process that goes through ``diptych.app.main.run`` on the
bundled sample pair, exactly as ``diptych`` does; an application-wide event filter
notes the window's first paint and the comparison's end, then quits. The clock starts
in this process just before the child is spawned, so interpreter start-up and imports
count. "cold" runs get an empty ``DIPTYCH_CACHE_DIR`` (the encoder embeds everything);
"warm" runs re-use the cache of the previous run. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, sys, time
launched = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from diptych.app import main
app = main.make_app()
marks = {"imported_s": time.time() - launched}

class Watch(QObject):
    def eventFilter(self, obj, event):
        name = type(obj).__name__
        if name == "MainWindow":
            if event.type() == QEvent.Type.Show and "shown_s" not in marks:
                marks["shown_s"] = time.time() - launched
                obj.comparisonFinished.connect(lambda: done(obj))
            elif event.type() == QEvent.Type.Paint and "first_paint_s" not in marks:
                marks["first_paint_s"] = time.time() - launched
        return False

def done(window):
    marks["compared_s"] = time.time() - launched
    marks["links"] = len(window.comparison.links)
    marks["findings"] = len(window.comparison.findings)
    app.exit(0)

def failed(key, exc):
    marks["error"] = f"{key}: {exc}"
    app.exit(1)

watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(120_000, lambda: app.exit(2))
status = main.run(None, None)
print(json.dumps(marks))
"""


def one_run(env: dict[str, str]) -> dict:
    launched = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, repr(launched)], env=env, capture_output=True, text=True, timeout=180
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args()

    results: dict[str, list[dict]] = {"cold": [], "warm": []}
    with tempfile.TemporaryDirectory(prefix="diptych-bench-window-") as tmp:
        for i in range(args.runs):
            cold_cache = Path(tmp) / f"cold{i}"
            for label, cache in (("cold", cold_cache), ("warm", cold_cache)):
                env = dict(os.environ, QT_QPA_PLATFORM=args.platform, DIPTYCH_CACHE_DIR=str(cache))
                # The window remembers geometry and recent pairs: keep the user's untouched.
                env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
                results[label].append(one_run(env))

    print(f"window benchmark: sample pair, platform {args.platform}, {args.runs} run(s) each")
    print(f"{'':6} {'imports':>9} {'shown':>9} {'1st paint':>10} {'compared':>10}")
    for label, runs in results.items():
        for run in runs:
            if "error" in run:
                print(f"{label:6} error: {run['error']}")
                continue
            print(
                f"{label:6} {run['imported_s']:8.2f}s {run['shown_s']:8.2f}s "
                f"{run['first_paint_s']:9.2f}s {run['compared_s']:9.2f}s"
            )
        good = [r for r in runs if "error" not in r]
        if good:
            print(
                f"{label:6} median: first paint {statistics.median(r['first_paint_s'] for r in good):.2f} s, "
                f"finished comparison {statistics.median(r['compared_s'] for r in good):.2f} s "
                f"({good[0]['links']} links, {good[0]['findings']} findings)"
            )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
