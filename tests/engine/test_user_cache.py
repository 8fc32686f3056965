"""Cache files whose content is run (code, regex programs) are read only when no one but the user
can have written them, judged on the file as opened (gui/engine/user_cache.py)."""

from __future__ import annotations

import os

import pytest

from gui.engine.user_cache import read_private, write_checked

HEADER = ("test", 1)


@pytest.fixture
def folder(tmp_path):
    place = tmp_path / "cache"
    place.mkdir(mode=0o700)
    return place


def test_the_users_own_file_is_read(folder):
    write_checked(folder / "table.marshal", HEADER, {"a": 1})
    assert read_private(folder / "table.marshal", HEADER) == {"a": 1}
    assert read_private(folder / "missing.marshal", HEADER) == {}


def test_a_file_others_may_write_is_not_read(folder):
    path = folder / "table.marshal"
    write_checked(path, HEADER, {"a": 1})
    path.chmod(0o620)
    assert read_private(path, HEADER) == {}


def test_a_folder_others_may_write_is_not_read(folder):
    write_checked(folder / "table.marshal", HEADER, {"a": 1})
    folder.chmod(0o777)
    assert read_private(folder / "table.marshal", HEADER) == {}


def test_a_link_is_not_followed_even_to_a_private_file(folder, tmp_path):
    # (in a folder the user's group may write, a member could point one at any file of the user's)
    target = tmp_path / "elsewhere.marshal"
    write_checked(target, HEADER, {"a": 1})
    (folder / "table.marshal").symlink_to(target)
    assert read_private(target, HEADER) == {"a": 1}
    assert read_private(folder / "table.marshal", HEADER) == {}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_its_place_is_refused_without_waiting_for_a_writer(folder):
    os.mkfifo(folder / "table.marshal", 0o600)
    assert read_private(folder / "table.marshal", HEADER) == {}  # (would hang on a plain open)
