"""The contract JSON (``diptych.comparison/1``): exactly ``Comparison.to_dict()``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

from diptych.engine.model import Comparison


def dumps(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_json(comparison: Comparison, path_or_stdout: str | Path | IO[str]) -> None:
    """Write to a path, to standard output for ``"-"``, or to an open text stream."""
    text = dumps(comparison)
    if hasattr(path_or_stdout, "write"):
        path_or_stdout.write(text)
    elif str(path_or_stdout) == "-":
        # the bytes, not sys.stdout's own encoding: a C locale must not break non-ASCII text
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        Path(path_or_stdout).write_text(text, encoding="utf-8")
