"""The user's cache folder: files that only make a later process start faster.

Whatever is kept here can be rebuilt from the package, so a folder that cannot be written, or a
file that cannot be read, costs speed and nothing else.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import zlib
from pathlib import Path
from typing import Any


def cache_folder() -> Path:
    """$YANLU_CACHE_DIR, else $XDG_CACHE_HOME/yanlu, else ~/.cache/yanlu."""
    explicit = os.environ.get("YANLU_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "yanlu"


def write_atomically(target: Path, data: bytes, replacing: str = "") -> None:
    """Write ``data`` to ``target`` whole or not at all (a reader never sees half a file); a folder
    that cannot be written only costs the speed-up. ``replacing`` is a glob for the older
    versions of this file (another format, another word list, another Python): once the new one
    is in place they are removed, so the folder does not grow with every upgrade."""
    import tempfile  # only a process that writes a cache pays for the import

    temporary: str | None = None
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the user's alone
        prefix = f".{target.stem}-"
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, prefix=prefix) as handle:
            temporary = handle.name
            handle.write(data)
        os.replace(temporary, target)
        temporary = None
        _remove_older(target, replacing)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def write_checked(target: Path, header: object, table: dict[Any, Any], replacing: str = "") -> None:
    """Write ``table`` (marshalled) under ``header`` and a checksum, so a reader can tell a file of
    another format or a damaged one (``read_checked``)."""
    payload = marshal.dumps(table)
    write_atomically(target, marshal.dumps((header, zlib.crc32(payload), payload)), replacing)


def read_checked(path: Path, header: object) -> dict[Any, Any]:
    """The table ``write_checked`` kept in ``path`` under ``header``; empty when the file is
    missing, damaged or of another format (whether its owner may be trusted is the caller's
    question: ``private_to_user``)."""
    try:
        stored_header, checksum, payload = marshal.loads(path.read_bytes())
        if stored_header == header and checksum == zlib.crc32(payload):
            table = marshal.loads(payload)
            if isinstance(table, dict):
                return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}


def _remove_older(target: Path, pattern: str) -> None:
    for older in target.parent.glob(pattern) if pattern else ():
        if older.name != target.name:
            with contextlib.suppress(OSError):
                older.unlink()


def private_to_user(path: Path) -> bool:
    """True when the file and its folder are the user's own and no one else may write them: what
    is read back from such a file (a regex program, code) is run unchecked, so a cache folder
    shared with others (a YANLU_CACHE_DIR in /tmp) is not read. Raises OSError if it is missing."""
    get_uid = getattr(os, "getuid", None)
    # (The folder may be group-writable: with a umask of 002 the user's own group is just the user.)
    for place, others in ((path, stat.S_IWGRP | stat.S_IWOTH), (path.parent, stat.S_IWOTH)):
        info = place.stat()
        if (get_uid is not None and info.st_uid != get_uid()) or info.st_mode & others:
            return False
    return True
