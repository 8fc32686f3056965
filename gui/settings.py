"""What Yanlu remembers between runs, with typed defaults and a recovery from a broken file.

The settings are one small JSON object in ``settings.json`` in Yanlu's config folder, read and
written here rather than through QSettings, so that every odd file is handled on purpose:

* Written atomically: a temporary file beside it, flushed to disk, then renamed over it; only
  values that differ from their default are written. A symlinked settings file is written
  *through* the link (its target is replaced, the link stays a link).
* Read with ``O_NONBLOCK`` and checked to be a regular file: a FIFO or a device is refused, never
  read (it could block start-up forever) and never replaced.
* A file that is not valid UTF-8 JSON with sensible values (binary garbage, UTF-16, a hand edit
  gone wrong, a crash mid-write of an older version) is copied to ``settings.json.broken`` and
  Yanlu starts with defaults. A file it may not read is left alone and not saved over.
* Each such problem, and a folder where the settings cannot be saved, is told to the reader once
  (:attr:`Settings.problem`, then :attr:`Settings.on_problem` for later ones).
* File paths (recent files, last article) are kept exactly, even when a name is not valid UTF-8:
  JSON's ``\\udcXX`` escapes carry Python's surrogate-escaped bytes through a save and a load.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import json
import math
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QStandardPaths

from gui.engine.formats.file_names import printable
from gui.engine.scripts.script_variants import Variant

SETTINGS_VERSION = 1
SETTINGS_FILE_NAME = "settings.json"
MAX_RECENT_FILES = 10
MIN_FONT_SIZE, MAX_FONT_SIZE = 8.0, 40.0
DEFAULT_FONT_SIZE = 14.0
_MAX_SETTINGS_BYTES = 1024 * 1024  # a real settings file is a few kB
_DEFAULTS: dict[str, object] = {
    "variant": Variant.ORIGINAL.value,
    "taiwan_phrases": False,
    "font_size": DEFAULT_FONT_SIZE,
    "recent_files": [],
    "last_article": "",
    "language": "",  # "" follows the system locale
    "corner_quotes": True,  # 「」『』 in the 臺灣 and 香港 views
    "pinyin_views": [],  # the scripts (Variant values) shown with pinyin over the text
    "dictionary_on_hover": True,  # a CC-CEDICT popup for the word under the pointer
}
RECOVERED_MESSAGE = "Your settings could not be read; Yanlu started with defaults"


class Settings:
    """Typed access to the settings file.

    ``recovered`` is true when a broken file was set aside; ``problem`` is the message about the
    settings file to show the reader at start-up (or None); ``on_problem`` is called once with a
    message if saving fails later.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.recovered = False
        self.problem: str | None = None
        self.on_problem: Callable[[str], None] | None = None
        self._values: dict[str, object] = {}
        self._can_save = path is not None
        self._told = False
        if path is not None:
            self._load(path)

    @classmethod
    def open(cls, path: Path | None = None) -> Settings:
        """The user's settings (``settings.json`` in the platform's config folder) or ``path``."""
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
            path = Path(folder or Path.home() / ".config") / "Yanlu" / SETTINGS_FILE_NAME
        return cls(Path(path))

    # -- reading ---------------------------------------------------------------------------------

    def _load(self, path: Path) -> None:
        name = printable(str(path))
        try:
            data = _read_regular_file(path)
        except FileNotFoundError:
            self._check_folder(path)
            return
        except _NotRegular:
            self._can_save = False
            self.problem = (
                f"Your settings file “{name}” is not an ordinary file (a pipe or a device), so "
                "Yanlu neither reads nor saves settings."
            )
            return
        except OSError as error:
            self._can_save = False  # never save over settings we could not even read
            self.problem = (
                f"Yanlu cannot read its settings file “{name}” ({_reason(error)}); it started with "
                "defaults and will not save over it."
            )
            return
        values = _parse(data)
        if values is None:
            self.recovered = True
            broken = _set_aside(path, data)
            self.problem = f"{RECOVERED_MESSAGE}" + (
                f" (the old file is kept as “{printable(broken.name)}”)." if broken else "."
            )
            values = {}
        self._values = values
        self._check_folder(path)

    def _check_folder(self, path: Path) -> None:
        """Say at once (not at the first save) when the folder will not take the settings."""
        folder = Path(os.path.realpath(path)).parent
        if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK) and self.problem is None:
            self._can_save = False
            self.problem = (
                f"Yanlu cannot save its settings in “{printable(str(folder))}” (permission denied); "
                "changes will be lost when it quits."
            )

    # -- writing ---------------------------------------------------------------------------------

    def _set(self, key: str, value: object) -> None:
        if value == _DEFAULTS.get(key):
            self._values.pop(key, None)
        else:
            self._values[key] = value
        self.sync()

    def sync(self) -> None:
        """Write the settings now (atomically); a failure is told once, then saving stops."""
        if not self._can_save or self.path is None:
            return
        values = {"version": SETTINGS_VERSION, **self._values}
        text = json.dumps(values, ensure_ascii=True, indent=1, sort_keys=True) + "\n"
        try:
            _write_atomically(self.path, text.encode("ascii"))
        except OSError as error:
            self._can_save = False
            self._tell(
                f"Yanlu cannot save its settings to “{printable(str(self.path))}” ({_reason(error)}); "
                "changes will be lost when it quits."
            )

    def _tell(self, message: str) -> None:
        if self._told:
            return
        self._told = True
        if self.on_problem is not None:
            self.on_problem(message)
        else:
            self.problem = self.problem or message

    # -- values ----------------------------------------------------------------------------------

    @property
    def variant(self) -> Variant:
        return Variant(str(self._values.get("variant", _DEFAULTS["variant"])))

    @variant.setter
    def variant(self, variant: Variant) -> None:
        self._set("variant", variant.value)

    @property
    def taiwan_phrases(self) -> bool:
        return bool(self._values.get("taiwan_phrases", False))

    @taiwan_phrases.setter
    def taiwan_phrases(self, enabled: bool) -> None:
        self._set("taiwan_phrases", bool(enabled))

    @property
    def language(self) -> str:
        """The interface language chosen in View ▸ Language ("" follows the system)."""
        return str(self._values.get("language", ""))

    @language.setter
    def language(self, language: str) -> None:
        self._set("language", language)

    @property
    def corner_quotes(self) -> bool:
        return bool(self._values.get("corner_quotes", True))

    @corner_quotes.setter
    def corner_quotes(self, enabled: bool) -> None:
        self._set("corner_quotes", bool(enabled))

    def pinyin_shown(self, variant: Variant) -> bool:
        """Whether ``variant`` is shown with pinyin over its characters (remembered per script)."""
        return variant.value in self._pinyin_views()

    def set_pinyin_shown(self, variant: Variant, shown: bool) -> None:
        views = [v for v in self._pinyin_views() if v != variant.value]
        self._set("pinyin_views", sorted([*views, variant.value] if shown else views))

    def _pinyin_views(self) -> list[str]:
        stored = self._values.get("pinyin_views", [])
        return [v for v in stored if isinstance(v, str)] if isinstance(stored, list) else []

    @property
    def dictionary_on_hover(self) -> bool:
        return bool(self._values.get("dictionary_on_hover", True))

    @dictionary_on_hover.setter
    def dictionary_on_hover(self, enabled: bool) -> None:
        self._set("dictionary_on_hover", bool(enabled))

    @property
    def font_size(self) -> float:
        return float(self._values.get("font_size", _DEFAULTS["font_size"]))  # type: ignore[arg-type]

    @font_size.setter
    def font_size(self, size: float) -> None:
        self._set("font_size", float(size))

    @property
    def last_article(self) -> str:
        return str(self._values.get("last_article", ""))

    @last_article.setter
    def last_article(self, path: str) -> None:
        self._set("last_article", path)

    def recent_files(self) -> list[str]:
        """Recently opened files that still exist, newest first."""
        stored = self._values.get("recent_files", [])
        return [path for path in stored if isinstance(path, str) and _is_file(path)]  # type: ignore[union-attr]

    def add_recent_file(self, path: str) -> None:
        files = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT_FILES]
        self._set("recent_files", files)

    def geometry(self) -> QByteArray | None:
        return _bytes_value(self._values.get("geometry"))

    def window_state(self) -> QByteArray | None:
        return _bytes_value(self._values.get("window_state"))

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._values["geometry"] = base64.b64encode(bytes(geometry.data())).decode("ascii")
        self._values["window_state"] = base64.b64encode(bytes(state.data())).decode("ascii")
        self.sync()


class _NotRegular(OSError):
    pass


def _read_regular_file(path: Path) -> bytes:
    """The file's bytes; O_NONBLOCK so a FIFO cannot block, and anything but a regular file
    (after following a symlink) refused before it is read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise _NotRegular(path)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            return stream.read(_MAX_SETTINGS_BYTES + 1)
    finally:
        os.close(descriptor)


def _parse(data: bytes) -> dict[str, object] | None:
    """The settings in ``data``, or None when they are garbled in any way."""
    if len(data) > _MAX_SETTINGS_BYTES:
        return None
    try:
        values = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(values, dict) or not _valid(values):
        return None
    values.pop("version", None)
    return values


def _valid(values: dict[str, object]) -> bool:
    try:
        Variant(str(values.get("variant", _DEFAULTS["variant"])))
    except ValueError:
        return False
    font_size = values.get("font_size", _DEFAULTS["font_size"])
    version = values.get("version", SETTINGS_VERSION)
    recent = values.get("recent_files", [])
    return (
        isinstance(font_size, (int, float))
        and not isinstance(font_size, bool)
        and math.isfinite(font_size)
        and MIN_FONT_SIZE <= font_size <= MAX_FONT_SIZE
        and isinstance(version, int)
        and version > 0
        and isinstance(values.get("taiwan_phrases", False), bool)
        and isinstance(values.get("corner_quotes", True), bool)
        and isinstance(values.get("dictionary_on_hover", True), bool)
        and isinstance(values.get("pinyin_views", []), list)
        and isinstance(values.get("language", ""), str)
        and isinstance(values.get("last_article", ""), str)
        and isinstance(recent, list)
        and all(isinstance(path, str) for path in recent)
        and all(isinstance(values.get(key, ""), str) for key in ("geometry", "window_state"))
    )


def _bytes_value(value: object) -> QByteArray | None:
    if not isinstance(value, str):
        return None
    try:
        return QByteArray(base64.b64decode(value.encode("ascii"), validate=True))
    except (binascii.Error, UnicodeEncodeError):
        return None


def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file in the same folder, flush it to disk, rename it over
    the target. A symlink is followed: its target is replaced and the link stays. Anything but a
    regular file (or nothing) at the target is refused."""
    target = Path(os.path.realpath(path))
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.stat(target).st_mode):
            raise _NotRegular(errno.EINVAL, "it is not an ordinary file")
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _set_aside(path: Path, data: bytes) -> Path | None:
    """Keep a copy of an unreadable settings file (``settings.json.broken``) before it is replaced."""
    broken = path.with_name(path.name + ".broken")
    try:  # a copy is a courtesy; starting must not fail over it
        _write_atomically(broken, data)
    except OSError:
        return None
    return broken


def _reason(error: OSError) -> str:
    reason = error.strerror or str(error) or type(error).__name__
    return reason[:1].lower() + reason[1:]
