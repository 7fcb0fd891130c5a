"""Find the benchmark cases, run the engine on them, and put its answer in gold ids.

The engine is reached either through the CLI contract (``diptych compare ... --json -``
in a subprocess, the default: it measures what users run) or in-process through
``diptych.engine.pipeline.compare`` (``--api``: faster, one encoder load for all cases).
Both give the contract's JSON dict.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring import map_segments, remap_ids

ROOT = Path(__file__).resolve().parent.parent
NEWS_DIR = ROOT / "tests" / "fixtures" / "news"
SENTENCES_DIR = ROOT / "tests" / "fixtures" / "sentences"


def paragraphs(text: str) -> list[str]:
    """Blank-line-separated blocks, internal line breaks as spaces (the plain-text contract)."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n"))
    return [" ".join(b.split()) for b in blocks if b.strip()]


@dataclass
class Case:
    name: str  # "<article>/<derivative>", e.g. "sample/fr_rewrite"
    gold: dict[str, Any]
    original_path: Path
    derivative_path: Path

    @property
    def kind(self) -> str:
        return self.gold.get("kind", "rewrite")

    def original_paragraphs(self) -> list[str]:
        return paragraphs(self.original_path.read_text(encoding="utf-8"))

    def derivative_paragraphs(self) -> list[str]:
        return paragraphs(self.derivative_path.read_text(encoding="utf-8"))


def discover(pattern: str = "*", news_dir: Path = NEWS_DIR) -> list[Case]:
    """Every ``<article>/<derivative>.gold.json`` whose case name matches the glob."""
    cases = []
    for gold_path in sorted(news_dir.glob("*/*.gold.json")):
        name = f"{gold_path.parent.name}/{gold_path.name[: -len('.gold.json')]}"
        if not fnmatch.fnmatch(name, pattern):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cases.append(Case(name, gold, gold_path.parent / gold["original"], gold_path.parent / gold["derivative"]))
    return cases


# --- running the engine --------------------------------------------------------------

class EngineFailed(RuntimeError):
    pass


def cli_command() -> list[str]:
    """The ``diptych`` entry point of this interpreter's environment."""
    return [sys.executable, "-m", "diptych"]


def run_cli(original: Path, derivative: Path, segments: str = "paragraphs",
            cache_dir: str | None = None, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    cmd = cli_command() + ["compare", str(original), str(derivative), "--segments", segments,
                           "--offline", "--json", "-", *extra]
    env = dict(os.environ)
    if cache_dir:
        env["DIPTYCH_CACHE_DIR"] = cache_dir
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
    if proc.returncode != 0:
        raise EngineFailed(f"exit {proc.returncode}: {proc.stderr.strip()[:500]}")
    return json.loads(proc.stdout)


def run_api(original: Path, derivative: Path, segments: str = "paragraphs",
            cache_dir: str | None = None) -> dict[str, Any]:
    from diptych.engine.options import Options
    from diptych.engine.pipeline import compare

    kwargs: dict[str, Any] = {"segments": segments, "offline": True}
    if cache_dir:
        kwargs["cache_dir"] = Path(cache_dir)
    return compare(str(original), str(derivative), Options(**kwargs)).to_dict()


def run(original: Path, derivative: Path, segments: str = "paragraphs", *, api: bool = False,
        cache_dir: str | None = None) -> tuple[dict[str, Any], float]:
    """The engine's JSON answer and the seconds it took."""
    start = time.perf_counter()
    if api:
        result = run_api(original, derivative, segments, cache_dir)
    else:
        result = run_cli(original, derivative, segments, cache_dir)
    return result, time.perf_counter() - start


# --- the engine's answer in gold ids -------------------------------------------------

@dataclass
class Prediction:
    links: list[dict[str, list[int]]]
    added: list[int]
    omitted: list[int]
    boilerplate: list[int]
    original_boilerplate: list[int]
    findings: list[dict[str, Any]]
    unmapped: int  # engine segments whose text is in no gold paragraph


def in_gold_ids(result: dict[str, Any], case: Case) -> Prediction:
    """Translate engine segment ids to gold paragraph ids by segment text."""
    o_map = map_segments([s["text"] for s in result["original"]["segments"]], case.original_paragraphs())
    d_map = map_segments([s["text"] for s in result["derivative"]["segments"]], case.derivative_paragraphs())
    links = []
    seen = set()
    for link in result["links"]:
        o, d = remap_ids(link["original"], o_map), remap_ids(link["derivative"], d_map)
        if o and d and (tuple(o), tuple(d)) not in seen:
            seen.add((tuple(o), tuple(d)))
            links.append({"original": o, "derivative": d})
    findings = []
    for f in result["findings"]:
        g = dict(f)
        g["original"] = remap_ids(f.get("original") or [], o_map)
        g["derivative"] = remap_ids(f.get("derivative") or [], d_map)
        findings.append(g)
    # Paragraph-level additions and omissions are the findings on paragraphs that no
    # link covers; an added sentence inside a linked paragraph is a span finding,
    # scored by bench_findings, not an added paragraph.
    linked_o = {o for link in links for o in link["original"]}
    linked_d = {d for link in links for d in link["derivative"]}
    added = sorted({d for f in findings if f["kind"] == "added" for d in f["derivative"] if d not in linked_d})
    omitted = sorted({o for f in findings if f["kind"] == "omitted" for o in f["original"] if o not in linked_o})
    boilerplate = remap_ids([s["id"] for s in result["derivative"]["segments"] if s.get("boilerplate")], d_map)
    o_boiler = remap_ids([s["id"] for s in result["original"]["segments"] if s.get("boilerplate")], o_map)
    unmapped = sum(1 for m in o_map + d_map if m is None)
    return Prediction(links, added, omitted, boilerplate, o_boiler, findings, unmapped)
