"""Odd settings files: refused, set aside or reported once; never a hang, never a crash."""

from __future__ import annotations

import json
import os
import threading

import pytest

from gui.engine.scripts.script_variants import Variant
from gui.settings import Settings


def _open_quickly(path):
    """Settings.open on a thread, so a regression that blocks (a FIFO) fails instead of hanging."""
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("s", Settings.open(path)), daemon=True)
    thread.start()
    thread.join(10)
    assert "s" in result, "opening the settings blocked"
    return result["s"]


def test_a_fifo_is_refused_not_read_and_not_replaced(tmp_path):
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    settings = _open_quickly(path)
    assert "not an ordinary file" in settings.problem
    settings.variant = Variant.TW
    assert path.is_fifo()


def test_a_device_is_refused(tmp_path):
    path = tmp_path / "settings.json"
    os.symlink("/dev/zero", path)
    settings = _open_quickly(path)
    assert "not an ordinary file" in settings.problem
    settings.font_size = 20
    assert os.readlink(path) == "/dev/zero"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        '{"variant": "tw"}'.encode("utf-16"),
        b"[General]\nvariant=tw\n",
        b'{"variant": "klingon"}',
        b'{"font_size": 1e999}',
        b'{"recent_files": "not a list"}',
        b"[" * 100_000,
        b'"just a string"',
        b"\x00" * 100,
        b" " * (2 * 1024 * 1024),
        b'{"corner_quotes": "no"}',
        b'{"language": 7}',
    ],
    ids=[
        *("binary", "utf-16", "ini", "variant", "infinite", "recent", "deep", "string", "nuls", "huge"),
        *("corner-quotes", "language"),
    ],
)
def test_garbled_settings_are_set_aside_and_told_once(tmp_path, data):
    path = tmp_path / "settings.json"
    path.write_bytes(data)
    settings = _open_quickly(path)
    assert settings.recovered and "could not be read" in settings.problem
    kept = (tmp_path / "settings.json.broken").read_bytes()
    assert kept and data.startswith(kept)  # all of it, or its first megabyte
    assert settings.variant is Variant.ORIGINAL
    settings.variant = Variant.HK
    assert json.loads(path.read_text())["variant"] == "hk"


def test_a_symlinked_settings_file_is_written_through_the_link(tmp_path):
    target = tmp_path / "dotfiles" / "yanlu.json"
    target.parent.mkdir()
    target.write_text('{"variant": "tw"}')
    link = tmp_path / "settings.json"
    os.symlink(target, link)
    settings = _open_quickly(link)
    assert settings.problem is None and settings.variant is Variant.TW
    settings.variant = Variant.HANS
    assert link.is_symlink() and json.loads(target.read_text())["variant"] == "hans"
    assert [p.name for p in target.parent.iterdir()] == ["yanlu.json"]  # no temporary left behind


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_reported_once(tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        settings = _open_quickly(folder / "settings.json")
        assert "cannot save" in settings.problem
    finally:
        folder.chmod(0o700)


def test_a_failing_save_is_told_once(tmp_path):
    folder = tmp_path / "config"
    settings = _open_quickly(folder / "settings.json")
    told = []
    settings.on_problem = told.append
    folder.write_text("a file where the folder should be")
    settings.variant = Variant.TW
    settings.font_size = 20
    assert len(told) == 1 and "cannot save" in told[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_an_unreadable_file_is_left_alone(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"variant": "tw"}')
    path.chmod(0)
    try:
        settings = _open_quickly(path)
        assert "cannot read" in settings.problem
        settings.variant = Variant.HK
    finally:
        path.chmod(0o600)
    assert json.loads(path.read_text())["variant"] == "tw"


def test_a_folder_at_the_settings_path_is_reported(tmp_path):
    (tmp_path / "settings.json").mkdir()
    settings = _open_quickly(tmp_path / "settings.json")
    assert settings.problem


def test_non_utf8_paths_survive_a_save_and_a_load(tmp_path):
    name = os.fsdecode(os.fsencode(tmp_path) + b"/" + "新聞".encode("gbk") + b".txt")
    with open(name, "wb") as handle:
        handle.write(b"x")
    settings = _open_quickly(tmp_path / "settings.json")
    settings.add_recent_file(name)
    settings.last_article = name
    again = _open_quickly(tmp_path / "settings.json")
    assert again.problem is None
    assert again.last_article == name and again.recent_files() == [name]


def test_the_interface_settings_are_kept_in_the_file(tmp_path):
    """Issue 10's settings (language, corner marks, zoom) in settings.json like the others."""
    path = tmp_path / "settings.json"
    settings = _open_quickly(path)
    assert (settings.language, settings.corner_quotes, settings.font_size) == ("", True, 14.0)
    settings.language, settings.corner_quotes, settings.font_size = "zh_TW", False, 17.0
    stored = json.loads(path.read_text())
    assert (stored["language"], stored["corner_quotes"], stored["font_size"]) == ("zh_TW", False, 17.0)
    again = _open_quickly(path)
    assert again.problem is None
    assert (again.language, again.corner_quotes, again.font_size) == ("zh_TW", False, 17.0)
    again.corner_quotes, again.language = True, ""  # defaults are not written
    assert not {"corner_quotes", "language"} & set(json.loads(path.read_text()))
