"""The Settings dialog: which online translator (if any) helps the comparison, and its key.

The choice (backend, service URL, offline) goes back to the window, which keeps it in
QSettings. The API key never does: it is saved through ``engine.config`` into the
user's keys file, and the field never shows a saved key, so it cannot leak from here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from diptych.app.settings import TranslatorChoice
from diptych.engine import config

# (backend name in engine.options.TRANSLATORS or None, label, whether the service takes a key)
BACKENDS: tuple[tuple[str | None, str, bool], ...] = (
    (None, "None \u2014 offline encoder only", False),
    ("google", "Google Translate", False),
    ("libre", "LibreTranslate", True),
    ("mymemory", "MyMemory", False),
    ("deepl", "DeepL", True),
)
URL_HINTS = {
    "libre": "https://libretranslate.example.org (your server)",
    "deepl": "default: DeepL's own API",
}


class SettingsDialog(QDialog):
    def __init__(self, choice: TranslatorChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Diptych Settings")

        self.backend = QComboBox()
        self.backend.setObjectName("translatorBackend")
        for name, label, _takes_key in BACKENDS:
            self.backend.addItem(label, name)
        self.url = QLineEdit(choice.url or "")
        self.url.setObjectName("translatorUrl")
        self.url.setClearButtonEnabled(True)
        self.key = QLineEdit()
        self.key.setObjectName("translatorKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.offline = QCheckBox("&Offline only: fetch nothing; use cached pages and translations")
        self.offline.setObjectName("offlineOnly")
        self.offline.setChecked(choice.offline)
        note = QLabel(
            "Article text is sent to the online service you choose. "
            "Keys are kept in your configuration folder, never in a report or a log."
        )
        note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow("&Translator:", self.backend)
        form.addRow("Service &URL:", self.url)
        form.addRow("API &key:", self.key)
        form.addRow(self.offline)
        form.addRow(note)
        form.addRow(buttons)

        self.backend.currentIndexChanged.connect(self._update_fields)
        index = self.backend.findData(choice.backend)
        self.backend.setCurrentIndex(max(index, 0))
        self._update_fields()

    def selected_backend(self) -> str | None:
        return self.backend.currentData()

    def choice(self) -> TranslatorChoice:
        """What the user picked (without the key, which is not the window's to keep)."""
        backend = self.selected_backend()
        url = self.url.text().strip() or None
        return TranslatorChoice(backend, url if backend else None, self.offline.isChecked())

    def accept(self) -> None:
        """Save a typed key for the chosen service (an empty field keeps the saved one)."""
        backend = self.selected_backend()
        typed = self.key.text().strip()
        if backend and typed and self._takes_key(backend):
            config.set_api_key(backend, typed)
        self.key.clear()
        super().accept()

    def _update_fields(self) -> None:
        backend = self.selected_backend()
        online = backend is not None
        self.url.setEnabled(online)
        self.url.setPlaceholderText(URL_HINTS.get(backend or "", "default address of the service"))
        takes_key = online and self._takes_key(backend)
        self.key.setEnabled(takes_key)
        if not takes_key:
            self.key.setPlaceholderText("this service needs no key" if online else "")
        elif config.api_key(backend):
            self.key.setPlaceholderText("a key is saved; type a new one to replace it")
        else:
            self.key.setPlaceholderText("required" if backend == "deepl" else "only if your server asks for one")

    @staticmethod
    def _takes_key(backend: str | None) -> bool:
        return any(name == backend and takes_key for name, _label, takes_key in BACKENDS)
