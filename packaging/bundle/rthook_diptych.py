"""PyInstaller runtime hook: runs in the bundle before Diptych is imported.

- fontconfig reads the bundle's fonts.conf (the system's fonts plus the bundled DejaVu),
  so text is drawn on a machine without fonts, unless the user chose a file of their own;
- an empty environment (no LANG, LC_*) gets a UTF-8 character type, which Qt wants and
  would otherwise pick itself with a warning on standard error.
"""

import os
import sys

_conf = os.path.join(getattr(sys, "_MEIPASS", ""), "fonts.conf")
if os.path.isfile(_conf) and "FONTCONFIG_FILE" not in os.environ:
    os.environ["FONTCONFIG_FILE"] = _conf
if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"
