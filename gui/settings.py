"""What Yanlu remembers between runs, with typed defaults and a recovery from a broken file.

Only values that differ from their default are written. A settings file that cannot be read
(a crash mid-write, a hand edit gone wrong) is set aside for defaults, and the window says so once.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.engine.scripts.script_variants import Variant

SETTINGS_VERSION = 1
MAX_RECENT_FILES = 10
MIN_FONT_SIZE, MAX_FONT_SIZE = 8.0, 40.0
DEFAULT_FONT_SIZE = 14.0
_DEFAULTS: dict[str, object] = {
    "variant": Variant.ORIGINAL.value,
    "taiwan_phrases": False,
    "font_size": DEFAULT_FONT_SIZE,
    "recent_files": [],
    "last_article": "",
    "language": "",  # "" follows the system locale
    "corner_quotes": True,  # 「」『』 in the 臺灣 and 香港 views
}


class Settings:
    """Typed access to the QSettings store; ``recovered`` is true when a broken file was replaced."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        self.recovered = False
        if store.status() != QSettings.Status.NoError or not self._values_are_valid():
            self.recovered = True
            _set_aside(Path(store.fileName()))
            store.clear()
        self._migrate()

    @classmethod
    def open(cls, path: Path | None = None) -> Settings:
        """The user's settings (an INI file in the platform's config folder) or ``path``."""
        if path is not None:
            return cls(QSettings(str(path), QSettings.Format.IniFormat))
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Yanlu", "Yanlu"))

    def _values_are_valid(self) -> bool:
        try:
            Variant(str(self._store.value("variant", _DEFAULTS["variant"])))
            font_size = float(self._store.value("font_size", _DEFAULTS["font_size"]))
            version = int(self._store.value("version", SETTINGS_VERSION))
        except (ValueError, TypeError):
            return False
        return version > 0 and MIN_FONT_SIZE <= font_size <= MAX_FONT_SIZE  # also rules out nan

    def _migrate(self) -> None:
        # Version 1 is the first layout; later versions convert older keys here.
        if int(self._store.value("version", 0)) != SETTINGS_VERSION:
            self._store.setValue("version", SETTINGS_VERSION)

    def _set(self, key: str, value: object) -> None:
        if value == _DEFAULTS.get(key):
            self._store.remove(key)
        else:
            self._store.setValue(key, value)

    @property
    def variant(self) -> Variant:
        return Variant(str(self._store.value("variant", _DEFAULTS["variant"])))

    @variant.setter
    def variant(self, variant: Variant) -> None:
        self._set("variant", variant.value)

    @property
    def taiwan_phrases(self) -> bool:
        return bool(self._store.value("taiwan_phrases", False, type=bool))

    @taiwan_phrases.setter
    def taiwan_phrases(self, enabled: bool) -> None:
        self._set("taiwan_phrases", bool(enabled))

    @property
    def language(self) -> str:
        return str(self._store.value("language", ""))

    @language.setter
    def language(self, language: str) -> None:
        self._set("language", language)

    @property
    def corner_quotes(self) -> bool:
        return bool(self._store.value("corner_quotes", True, type=bool))

    @corner_quotes.setter
    def corner_quotes(self, enabled: bool) -> None:
        self._set("corner_quotes", bool(enabled))

    @property
    def font_size(self) -> float:
        return float(self._store.value("font_size", _DEFAULTS["font_size"]))

    @font_size.setter
    def font_size(self, size: float) -> None:
        self._set("font_size", float(size))

    @property
    def last_article(self) -> str:
        return str(self._store.value("last_article", ""))

    @last_article.setter
    def last_article(self, path: str) -> None:
        self._set("last_article", path)

    def recent_files(self) -> list[str]:
        """Recently opened files that still exist, newest first."""
        stored = self._store.value("recent_files", [], type=list) or []
        return [path for path in stored if isinstance(path, str) and Path(path).is_file()]

    def add_recent_file(self, path: str) -> None:
        files = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT_FILES]
        self._set("recent_files", files)

    def geometry(self) -> QByteArray | None:
        value = self._store.value("geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._store.value("window_state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("geometry", geometry)
        self._store.setValue("window_state", state)

    def sync(self) -> None:
        self._store.sync()


def _set_aside(path: Path) -> None:
    """Keep a copy of an unreadable settings file (``yanlu.ini.broken``) before it is replaced."""
    if path.is_file():
        with contextlib.suppress(OSError):  # a copy is a courtesy; starting must not fail over it
            shutil.copyfile(path, path.with_name(path.name + ".broken"))
