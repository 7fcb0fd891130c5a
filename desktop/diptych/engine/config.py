"""API keys for the online translation services, kept in the user's config directory.

Keys live in ``keys.json`` (owner-only permissions) under platformdirs' config
directory, or in ``DIPTYCH_<BACKEND>_API_KEY`` for scripts and CI. Nothing here logs a
key, and no caller may put one in a warning, a report or a log line: the translation
stage registers every key it uses with ``translators.http.redact`` for that reason.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

KEYS_FILE = "keys.json"


def config_dir() -> Path:
    """Where the user's settings live (``DIPTYCH_CONFIG_DIR`` overrides, for tests)."""
    env = os.environ.get("DIPTYCH_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("diptych", appauthor=False))


def keys_path() -> Path:
    return config_dir() / KEYS_FILE


def api_key(backend: str) -> str | None:
    """The key for ``backend`` ("deepl", "libre", ...), or None when none is set.

    The environment wins over the file, so a script can use a key without saving it.
    """
    env = os.environ.get(f"DIPTYCH_{backend.upper()}_API_KEY", "").strip()
    if env:
        return env
    value = _read_keys().get(backend, "").strip()
    return value or None


def set_api_key(backend: str, key: str | None) -> None:
    """Save (or, with None or "", forget) the key for ``backend``, readable by the owner only."""
    keys = _read_keys()
    if key and key.strip():
        keys[backend] = key.strip()
    else:
        keys.pop(backend, None)
    path = keys_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".keys-", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(keys, f, indent=2, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_keys() -> dict[str, str]:
    """The saved keys; an unreadable or malformed file counts as none (said once in the log)."""
    path = keys_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError):
        log.warning("Ignoring the unreadable API key file %s", path)
        return {}
    if not isinstance(data, dict):
        log.warning("Ignoring the API key file %s: it does not hold a JSON object", path)
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
