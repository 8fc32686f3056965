"""The user's cache folder: files that only make a later process start faster.

Whatever is kept here can be rebuilt from the package, so a folder that cannot be written, or a
file that cannot be read, costs speed and nothing else.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import sys
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


def table_file(kind: str, header: tuple[Any, ...]) -> Path:
    """The cache file of a ``write_checked`` table of ``kind`` under ``header`` (which opens with
    its format number): named for the interpreter and the header, so another Python or another
    format never reads it, and ``f"{kind}-*"`` globs its older versions."""
    version = zlib.crc32(repr(header).encode())
    return cache_folder() / f"{kind}-{header[0]}-{sys.implementation.cache_tag}-{version:08x}.marshal"


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
    another format or a damaged one (``read_private``)."""
    payload = marshal.dumps(table)
    write_atomically(target, marshal.dumps((header, zlib.crc32(payload), payload)), replacing)


# No link followed (its target could be anyone's); a FIFO opened without waiting for a writer.
_PRIVATE_READ = os.O_RDONLY
for _flag in ("O_NOFOLLOW", "O_NONBLOCK", "O_BINARY"):  # (as far as the system has them)
    _PRIVATE_READ |= getattr(os, _flag, 0)


def read_private(path: Path, header: object) -> dict[Any, Any]:
    """The table ``write_checked`` kept in ``path`` under ``header``; empty when the file is missing,
    damaged or of another format, and unless it is a regular file that, as opened, is the user's
    own and no one else's to write, in a folder no one else may write: its content is run (code,
    regex programs). (Checked on the open file, not on its name: a folder the user's group
    may write would let a member put a file of their own in its place between a check and a read.)"""
    try:
        if not _unwritable_by_others(path.parent.stat(), stat.S_IWOTH):
            return {}
        descriptor = os.open(path, _PRIVATE_READ)  # (a FIFO put there opens at once, and is then refused)
        with open(descriptor, "rb") as handle:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode) or not _unwritable_by_others(info, stat.S_IWGRP | stat.S_IWOTH):
                return {}
            return _table(handle.read(), header)
    except OSError:
        return {}


def _table(data: bytes, header: object) -> dict[Any, Any]:
    try:
        stored_header, checksum, payload = marshal.loads(data)
        if stored_header == header and checksum == zlib.crc32(payload):
            table = marshal.loads(payload)
            if isinstance(table, dict):
                return table
    except (ValueError, EOFError, TypeError):
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
    # (The folder may be group-writable: with a umask of 002 the user's own group is just the user.)
    return _unwritable_by_others(path.stat(), stat.S_IWGRP | stat.S_IWOTH) and _unwritable_by_others(
        path.parent.stat(), stat.S_IWOTH
    )


def _unwritable_by_others(info: os.stat_result, others: int) -> bool:
    """True when ``info`` is the user's own (where the system has users) with none of ``others``."""
    get_uid = getattr(os, "getuid", None)
    return (get_uid is None or info.st_uid == get_uid()) and not info.st_mode & others
