"""The command line: a thin layer over the engine, the window and the reports.

Its options and JSON are a public contract (see README): errors map to exit codes
here and only here — 2 for bad usage or input, 3 for network failures — with one
plain sentence on standard error and no traceback unless ``--debug``.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import NoReturn, Sequence

from diptych import __version__

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NETWORK = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as one sentence and exit status 2."""

    def error(self, message: str) -> NoReturn:
        sentence = message[0].upper() + message[1:] if message else "Bad usage"
        self.exit(EXIT_USAGE, f"{self.prog}: {sentence.rstrip('.')}. Run '{self.prog} --help' for usage.\n")


def _main_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="diptych",
        description="Put a news article beside the source it claims to report and show what changed: "
        "added framing, omissions, changed quotes, numbers and names.",
        epilog="Headless comparison: 'diptych compare ORIGINAL DERIVATIVE [options]' "
        "(see 'diptych compare --help').",
    )
    p.add_argument("original", nargs="?", metavar="ORIGINAL", help="URL, .html/.htm, .txt/.md file, or - for stdin")
    p.add_argument("derivative", nargs="?", metavar="DERIVATIVE", help="the article that claims to report ORIGINAL")
    p.add_argument("--screenshot", metavar="PNG", help="render the window with the comparison done to PNG and exit")
    p.add_argument("--version", action="version", version=f"diptych {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    menu = p.add_mutually_exclusive_group()
    menu.add_argument("--install-desktop", action="store_true",
                      help="add Diptych to this user's application menu (with its icon) and exit")
    menu.add_argument("--uninstall-desktop", action="store_true", help="remove it from the menu again and exit")
    return p


def _compare_parser() -> argparse.ArgumentParser:
    from diptych.engine.options import SEGMENT_UNITS, TRANSLATORS

    p = _Parser(
        prog="diptych compare",
        description="Compare ORIGINAL with DERIVATIVE without opening a window. Each is an http(s):// URL, "
        "a path to an .html/.htm page or a .txt/.md file, or - for standard input (one side at most). "
        "Without --json/--pdf/--html a short summary is printed.",
        epilog="Exit status: 0 success; 2 bad usage or unreadable/unsupported input; 3 network failure.",
    )
    p.add_argument("original", metavar="ORIGINAL")
    p.add_argument("derivative", metavar="DERIVATIVE")
    p.add_argument("--json", metavar="PATH", help="write the comparison as JSON (- = standard output)")
    p.add_argument("--pdf", metavar="PATH", help="write the PDF report")
    p.add_argument("--html", metavar="PATH", help="write the self-contained HTML report")
    p.add_argument("--segments", choices=SEGMENT_UNITS, default="paragraphs",
                   help="unit of alignment (default: paragraphs); lines = every non-empty line of a text input")
    p.add_argument("--offline", action="store_true",
                   help="never touch the network; cached pages and translations are used")
    p.add_argument("--translator", choices=TRANSLATORS, default=None,
                   help="online translation backend (default: none, alignment is offline)")
    p.add_argument("--translator-url", metavar="URL", default=None,
                   help="base URL of a self-hosted service for that backend (or DIPTYCH_TRANSLATOR_URL)")
    p.add_argument("--source-lang", metavar="CODE", help="language of ORIGINAL (ISO 639-1), overrides detection")
    p.add_argument("--target-lang", metavar="CODE", help="language of DERIVATIVE (ISO 639-1), overrides detection")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen bundle's encoder process starts through this entry point
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "compare":
        return _run_guarded(_compare, _compare_parser().parse_args(args[1:]))
    ns = _main_parser().parse_args(args)
    if ns.install_desktop or ns.uninstall_desktop:
        return _run_guarded(_desktop_entry, ns)
    return _run_guarded(_window, ns)


def _run_guarded(func, ns: argparse.Namespace) -> int:
    from diptych.engine.errors import DiptychError

    try:
        return func(ns)
    except DiptychError as exc:
        if ns.debug:
            traceback.print_exc()
        _say(str(exc))
        return exc.exit_code if exc.exit_code in (EXIT_USAGE, EXIT_NETWORK) else EXIT_ERROR
    except KeyboardInterrupt:
        _say("Interrupted.")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: one sentence, no traceback
        if ns.debug:
            traceback.print_exc()
        _say(f"Diptych failed unexpectedly ({type(exc).__name__}: {exc}); run again with --debug for details.")
        return EXIT_ERROR


def _say(sentence: str) -> None:
    print(f"diptych: {sentence}", file=sys.stderr)


def _lang(code: str | None, flag: str) -> str | None:
    from diptych.engine.errors import InputError

    if code is None:
        return None
    code = code.strip().lower()
    if len(code) != 2 or not code.isalpha():
        raise InputError(f"{flag} takes a two-letter ISO 639-1 code such as en or fr, not {code!r}.")
    return code


def _compare(ns: argparse.Namespace) -> int:
    from diptych.engine.errors import InputError

    if ns.original == "-" and ns.derivative == "-":
        raise InputError("Only one side can be read from standard input; give the other as a file or URL.")
    from diptych.engine import encoder_process

    encoder_process.start()  # the model loads on the other core while this one imports and reads
    from diptych.engine.options import Options
    from diptych.engine.pipeline import compare

    options = Options(
        segments=ns.segments,
        offline=ns.offline,
        translator=ns.translator,
        translator_url=ns.translator_url,
        source_lang=_lang(ns.source_lang, "--source-lang"),
        target_lang=_lang(ns.target_lang, "--target-lang"),
    )
    outputs = [(fmt, getattr(ns, fmt)) for fmt in ("json", "pdf", "html") if getattr(ns, fmt)]
    for fmt, path in outputs:
        if path != "-" or fmt != "json":
            _check_writable(path, fmt)
    comparison = compare(ns.original, ns.derivative, options, stdin=sys.stdin.buffer)
    for warning in comparison.engine.warnings:
        _say(warning)
    for fmt, path in outputs:
        if fmt == "json":
            from diptych.report.json import write_json

            write_json(comparison, path)
        else:
            _write_report(comparison, path, fmt)
    if not outputs:
        print(summary(comparison))
    return EXIT_OK


def _check_writable(path: str, fmt: str) -> None:
    from diptych.engine.errors import InputError

    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(f"Cannot write the {fmt.upper()} output to {path}: the folder {folder} does not exist.")
    if os.path.isdir(path):
        raise InputError(f"Cannot write the {fmt.upper()} output to {path}: it is a folder; give a file name.")


def _write_report(comparison, path: str, fmt: str) -> None:
    from diptych.engine.errors import InputError

    try:
        from diptych.report import export
    except ImportError:
        raise InputError(f"The {fmt.upper()} report is not available in this version of Diptych; use --json.") from None
    export(comparison, path, fmt)


def summary(comparison) -> str:
    """A few lines a person reads in a terminal."""
    from collections import Counter

    o, d = comparison.original, comparison.derivative
    counts = Counter(f.kind for f in comparison.findings)
    lines = [
        f"Original:   {o.title} [{o.language}] — {len(o.content_segments)} segments ({o.source})",
        f"Derivative: {d.title} [{d.language}] — {len(d.content_segments)} segments ({d.source})",
        f"Links: {len(comparison.links)}; findings: {len(comparison.findings)}"
        + (" (" + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())) + ")" if counts else ""),
    ]
    for f in comparison.findings:
        ids = f.derivative or f.original
        side = "derivative" if f.derivative else "original"
        span = (f.derivative_text or f.original_text or "").replace("\n", " ")
        if len(span) > 90:
            span = span[:87] + "..."
        lines.append(f"  {f.kind:<20} {side} #{ids[0] + 1}: {span}")
    return "\n".join(lines)


def _desktop_entry(ns: argparse.Namespace) -> int:
    from diptych import desktop_entry

    print(desktop_entry.command_line(installing=ns.install_desktop))
    return EXIT_OK


def _window(ns: argparse.Namespace) -> int:
    from diptych.engine.errors import InputError

    try:
        from diptych.app import main as app_main
    except ImportError as exc:
        raise InputError(f"The window cannot start here ({exc}); use 'diptych compare'.") from None
    if ns.screenshot:
        if (ns.original is None) != (ns.derivative is None):
            raise InputError("Give both ORIGINAL and DERIVATIVE, or neither to picture the bundled sample pair.")
        return app_main.screenshot(
            ns.screenshot, ns.original, ns.derivative, elapsed=app_main.seconds_since_start()
        )
    if ns.derivative is None and ns.original is not None:
        # One file or link, as "Open with" passes it: the article to check; the
        # original is dropped or typed in the window.
        return app_main.run(None, ns.original)
    return app_main.run(ns.original, ns.derivative)


if __name__ == "__main__":
    raise SystemExit(main())
