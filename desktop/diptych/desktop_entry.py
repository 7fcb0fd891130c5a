"""Put Diptych in the desktop's application menu for the current user, and take it out again.

``diptych --install-desktop`` writes a freedesktop desktop entry whose ``Exec`` is the
absolute path of the ``diptych`` that is running (a venv's script, ``python -m diptych``
or the bundle's executable), so the menu starts exactly this install with no terminal and
no PATH; and the icon, as SVG plus PNGs rendered from it, into the hicolor theme. Files go
under ``$XDG_DATA_HOME`` (default ``~/.local/share``), nothing needs root.

The entry's text is made here and only here: ``packaging/<APP_ID>.desktop`` is
:func:`entry_text` for a ``diptych`` found on PATH (a test keeps the two equal).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Sequence

from diptych.engine.errors import InputError
from diptych.resource_files import resource

APP_ID = "io.github.diptych.Diptych"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")

# The desktop entry spec's reserved characters: an Exec argument holding one must be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\", ";": ";"}


def entry_text(command: Sequence[str], try_exec: str | None = None) -> str:
    """The desktop entry that starts ``command`` with the opened files or URLs (``%U``)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Diptych",
        "GenericName=Article Comparison",
        "Comment=Put a news article beside its source and see what changed",
        "Keywords=news;article;source;compare;diff;translation;quote;fact-check;journalism;",
        f"Icon={APP_ID}",
    ]
    if try_exec:
        lines.append(f"TryExec={_escape_string(try_exec)}")
    lines += [
        f"Exec={exec_line(command)} %U",
        "Terminal=false",
        "Categories=Office;Viewer;",
        "MimeType=" + "".join(f"{m};" for m in MIME_TYPES),
        "StartupNotify=true",
        "StartupWMClass=Diptych",
    ]
    return "\n".join(lines) + "\n"


def exec_line(command: Sequence[str]) -> str:
    """``command`` as the value of an ``Exec`` key: each argument quoted as the spec asks."""
    return " ".join(_escape_string(_quote_arg(arg)) for arg in command)


def split_exec(value: str) -> list[str]:
    """The argument vector a launcher builds from an ``Exec`` value (field codes kept as is).

    The inverse of :func:`exec_line`: first the string escapes of a desktop file, then
    the quoting rules of ``Exec``; ``%%`` stands for a literal ``%``.
    """
    text = _unescape_string(value)
    args: list[str] = []
    current: list[str] | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            if current is not None:
                args.append("".join(current))
                current = None
        elif ch == '"':
            current = current if current is not None else []
            i += 1
            while i < len(text) and text[i] != '"':
                if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                    i += 1
                current.append(text[i])
                i += 1
            if i >= len(text):
                raise ValueError(f"Unbalanced quote in Exec value {value!r}")
        else:
            current = current if current is not None else []
            current.append(ch)
        i += 1
    if current is not None:
        args.append("".join(current))
    return [arg.replace("%%", "%") if not _is_field_code(arg) else arg for arg in args]


def _is_field_code(arg: str) -> bool:
    return len(arg) == 2 and arg[0] == "%" and arg[1] in "fFuUik"


def _quote_arg(arg: str) -> str:
    if "\n" in arg or "\r" in arg:
        raise InputError(f"Cannot put {arg!r} in a desktop entry: it contains a line break.")
    arg = arg.replace("%", "%%")
    if arg and not (_RESERVED & set(arg)):
        return arg
    return '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'


def _escape_string(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t")


def _unescape_string(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _STRING_ESCAPES.get(m.group(1), m.group(0)), value)


def launcher_command() -> list[str]:
    """How to start the Diptych that is running now, with absolute paths."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: its executable, wherever it was copied
        return [os.path.abspath(sys.executable)]
    argv0 = sys.argv[0] if sys.argv else ""
    if os.path.basename(argv0) == "__main__.py" or not argv0:  # python -m diptych
        return [os.path.abspath(sys.executable), "-m", "diptych"]
    if os.path.basename(argv0).startswith("diptych") and os.path.isfile(argv0):
        return [os.path.abspath(argv0)]  # a console script; not resolved: a pipx symlink survives upgrades
    found = shutil.which("diptych")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "diptych"]


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or its default, ``~/.local/share`` (relative values are ignored, as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def installed_paths(base: Path) -> list[Path]:
    """Every file :func:`install` writes under ``base`` (a data home)."""
    icons = base / "icons" / "hicolor"
    return [
        base / "applications" / f"{APP_ID}.desktop",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES),
    ]


def install(base: Path | None = None, command: Sequence[str] | None = None) -> list[Path]:
    """Write the desktop entry and the icons under ``base``; returns the files written."""
    _require_freedesktop()
    base = base or data_home()
    command = list(command or launcher_command())
    entry, svg, *pngs = installed_paths(base)
    svg_bytes = resource("icons", "diptych.svg").read_bytes()
    try:
        _write(svg, svg_bytes)
        for size, path in zip(ICON_SIZES, pngs):
            _write(path, render_icon_png(svg_bytes, size))
        # the entry last: a menu that notices it early finds its icon already there
        _write(entry, entry_text(command, try_exec=command[0]).encode("utf-8"))
    except OSError as exc:
        raise InputError(f"Cannot install the desktop entry under {base}: {exc.strerror or exc}.") from exc
    _refresh_caches(base)
    return [entry, svg, *pngs]


def uninstall(base: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote under ``base``; returns the files that were there."""
    base = base or data_home()
    removed = []
    for path in installed_paths(base):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise InputError(f"Cannot remove {path}: {exc.strerror or exc}.") from exc
        removed.append(path)
    if removed:
        _refresh_caches(base)
    return removed


def command_line(installing: bool) -> str:
    """What ``diptych --install-desktop`` (or ``--uninstall-desktop``) does; returns the sentence to print."""
    if installing:
        command = launcher_command()
        entry = install(command=command)[0]
        return f"Diptych is in the application menu: {entry} starts {exec_line(command)}."
    removed = uninstall()
    if not removed:
        return f"Diptych was not in the application menu under {data_home()}; nothing to remove."
    return f"Removed Diptych from the application menu ({len(removed)} files under {data_home()})."


def render_icon_png(svg: bytes, size: int) -> bytes:
    """The icon drawn at ``size`` x ``size`` pixels, as PNG (Qt's SVG renderer; no display needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise InputError("The bundled icon is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file, so a menu never reads half an entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _refresh_caches(base: Path) -> None:
    """Tell the desktop: the MIME cache and the icon cache, where their tools exist."""
    apps = base / "applications"
    hicolor = base / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon themes notice changes by the folder's mtime
    commands = [["update-desktop-database", "-q", str(apps)]]
    if (hicolor / "index.theme").is_file():  # a cache without the theme's index is refused anyway
        commands.append(["gtk-update-icon-cache", "-q", "-f", str(hicolor)])
    for cmd in commands:
        if shutil.which(cmd[0]):
            try:
                subprocess.run(cmd, check=False, timeout=30, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except (OSError, subprocess.TimeoutExpired):
                pass  # a stale cache only delays the menu; the entry itself is in place


def _require_freedesktop() -> None:
    if sys.platform.startswith(("win", "darwin")):
        raise InputError("Desktop entries are for Linux and other freedesktop systems; "
                         "on this system start Diptych with the 'diptych' command.")
