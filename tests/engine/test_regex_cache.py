"""Compiled patterns kept in the user's cache folder: the same analysis from a cached, missing,
damaged, foreign or unwritable cache."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from gui.bundled import resource
from gui.engine import regex_cache

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = str(resource("article.txt"))
PATTERNS = [("[\u4e00-\u9fff]{2,4}(?P<verb>说|表示)", 0), ("^(?:abc|a(b)c)$", re.MULTILINE), ("x", re.I)]


def analyze(cache: Path) -> str:
    """``yanlu analyze --json`` of the bundled article in a process of its own."""
    environment = {**os.environ, "YANLU_CACHE_DIR": str(cache)}
    result = subprocess.run(
        [sys.executable, "-m", "gui", "analyze", ARTICLE, "--json"],
        cwd=ROOT, env=environment, capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert result.stderr == ""
    return result.stdout


@pytest.fixture(scope="module")
def expected(tmp_path_factory) -> str:
    return analyze(tmp_path_factory.mktemp("first-run"))


@pytest.fixture
def fresh(tmp_path, monkeypatch) -> Path:
    """The module as a new process finds it, with its cache in ``tmp_path``."""
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_compiled", {})
    monkeypatch.setattr(regex_cache, "_unsaved", False)
    return tmp_path


def cache_file(folder: Path) -> Path:
    (path,) = folder.glob("regex-*.marshal")
    return path


def test_a_second_process_reads_the_patterns_from_the_cache(tmp_path, expected):
    assert analyze(tmp_path) == expected
    written = cache_file(tmp_path).read_bytes()
    assert analyze(tmp_path) == expected
    assert cache_file(tmp_path).read_bytes() == written, "nothing new to compile, nothing rewritten"


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", "truncated", "checksum"])
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path, expected, damage):
    analyze(tmp_path)
    path = cache_file(tmp_path)
    good = path.read_bytes()
    if damage == "truncated":
        damage = good[: len(good) // 2]
    elif damage == "checksum":  # one bit of a program flipped: the checksum no longer fits
        header, checksum, payload = marshal.loads(good)
        damage = marshal.dumps((header, checksum ^ 1, payload))
    path.write_bytes(damage)
    assert analyze(tmp_path) == expected
    assert cache_file(tmp_path).read_bytes() == good


def test_another_interpreters_cache_is_not_used(fresh, monkeypatch):
    pattern = regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    path = cache_file(fresh)
    header, _, payload = marshal.loads(path.read_bytes())
    programs = marshal.loads(payload)
    foreign = (32, [1, 2, 3], 0, {}, (None,))  # would fail to compile, if it were read
    programs[PATTERNS[0]] = foreign
    payload = marshal.dumps(programs)
    other = ((header[0], "2.7.18 (another build)", *header[2:]), zlib.crc32(payload), payload)
    path.write_bytes(marshal.dumps(other))
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_compiled", {})
    assert regex_cache.compile(*PATTERNS[0]) == pattern
    assert regex_cache._stored_programs()[PATTERNS[0]] != foreign, "compiled anew, not read"
    regex_cache.save()
    assert marshal.loads(path.read_bytes())[0] == header, "rewritten for this interpreter"


def test_a_cached_pattern_is_the_one_re_compiles(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        regex_cache.compile(pattern, flags)
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_compiled", {})
    assert set(regex_cache._stored_programs()) == set(PATTERNS)
    for pattern, flags in PATTERNS:
        cached, compiled = regex_cache.compile(pattern, flags), re.compile(pattern, flags)
        assert cached is not compiled and cached == compiled
        assert (cached.groups, dict(cached.groupindex)) == (compiled.groups, dict(compiled.groupindex))
    match = regex_cache.compile(*PATTERNS[0]).search("他们的发言人表示")
    assert match is not None and match.group("verb") == "表示"


def test_an_entry_that_does_not_compile_is_compiled_again(fresh, monkeypatch):
    regex_cache.compile(*PATTERNS[1])
    monkeypatch.setattr(regex_cache, "_compiled", {})
    regex_cache._stored_programs()[PATTERNS[1]] = (32, [999, 1], 0, {}, (None,))  # not a program
    assert regex_cache.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path, expected):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert analyze(blocker / "yanlu") == expected
    assert sorted(os.listdir(tmp_path)) == ["not-a-folder"]


def test_a_cache_grown_past_its_limit_keeps_one_processs_patterns(fresh, monkeypatch):
    monkeypatch.setattr(regex_cache, "_LIMIT", 2)
    for pattern, flags in PATTERNS:
        regex_cache.compile(pattern, flags)
    regex_cache.save()
    assert len(regex_cache._stored_programs()) == 3, "over the limit, but all three were used here"
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_compiled", {})
    regex_cache.compile(*PATTERNS[0])
    regex_cache.compile("y+")
    regex_cache.save()
    _, _, payload = marshal.loads(cache_file(fresh).read_bytes())
    assert set(marshal.loads(payload)) == {PATTERNS[0], ("y+", 0)}


def test_the_engine_process_keeps_its_patterns_though_it_ends_without_exit_handlers(tmp_path):
    code = "import os; from gui.engine.engine_process import warm_up; warm_up(); os._exit(0)"
    environment = {**os.environ, "YANLU_CACHE_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, check=True)
    _, _, payload = marshal.loads(cache_file(tmp_path).read_bytes())
    assert len(marshal.loads(payload)) > 50, "the analysis' patterns"


def test_saving_keeps_the_files_of_other_pythons(fresh):
    other = fresh / "regex-1-cpython-311-12345678.marshal"  # another 3.11 build sharing the folder
    other.write_bytes(b"programs")
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    assert regex_cache._cache_file().exists() and other.read_bytes() == b"programs"


def _stored_again(monkeypatch) -> dict:
    """The programs a new process would read from the cache folder."""
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_compiled", {})
    return regex_cache._stored_programs()


def test_a_cache_others_may_write_is_not_read(fresh, monkeypatch):
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    path = regex_cache._cache_file()
    assert _stored_again(monkeypatch)
    path.chmod(0o664)  # a file the group may write
    assert _stored_again(monkeypatch) == {}
    path.chmod(0o600)
    fresh.chmod(0o777)  # a folder anyone may write (a YANLU_CACHE_DIR in /tmp, say)
    assert _stored_again(monkeypatch) == {}
    fresh.chmod(0o700)
    assert _stored_again(monkeypatch)


def test_a_cache_a_process_died_reading_is_dropped(fresh, monkeypatch):
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    path = regex_cache._cache_file()
    print_pid = [sys.executable, "-c", "import os; print(os.getpid())"]
    ended = subprocess.run(print_pid, capture_output=True, text=True)
    marker = path.with_name(f"{path.name}.in-use-{int(ended.stdout)}")  # that process is gone
    marker.touch()
    assert _stored_again(monkeypatch) == {}
    assert not path.exists() and not marker.exists()


def test_a_reader_marks_the_file_until_it_is_done(fresh, monkeypatch):
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    assert _stored_again(monkeypatch)
    mine = regex_cache._cache_file().with_name(f"{regex_cache._cache_file().name}.in-use-{os.getpid()}")
    assert mine.exists()  # a live process's marker: the file stays usable for others
    regex_cache.save()
    assert not mine.exists()


CRASHING = Path(__file__).resolve().parents[1] / "data" / "regex_program_that_crashes.marshal"


def test_a_program_that_crashes_the_interpreter_costs_one_run_not_every_run(tmp_path, expected):
    analyze(tmp_path)  # a good cache
    path = cache_file(tmp_path)
    header, _, payload = marshal.loads(path.read_bytes())
    programs = marshal.loads(payload)
    key, program = marshal.loads(CRASHING.read_bytes())  # a damaged program found by fuzzing
    if key not in programs:  # (the pattern it was found on has changed: any pattern of a run will do)
        key = next(iter(programs))
    programs[key] = program
    payload = marshal.dumps(programs)
    path.write_bytes(marshal.dumps((header, zlib.crc32(payload), payload)))  # checksum made to fit
    environment = {**os.environ, "YANLU_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "gui", "analyze", ARTICLE, "--json"]
    first = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    if first.returncode >= 0:
        pytest.skip("this interpreter's _sre.compile survives the damaged program")
    assert analyze(tmp_path) == expected  # the next run drops the file and rebuilds it


def test_saving_keeps_what_another_process_saved_meanwhile(fresh, monkeypatch):
    # The window and the engine each read the cache at start and save at the end.
    monkeypatch.setattr(regex_cache, "_programs", {})  # this process found no file at start
    regex_cache.compile(*PATTERNS[1])
    other_process_saved = {PATTERNS[0]: regex_cache._program(*PATTERNS[0])}
    payload = marshal.dumps(other_process_saved)
    path = regex_cache._cache_file()
    path.write_bytes(marshal.dumps((regex_cache._HEADER, zlib.crc32(payload), payload)))
    path.chmod(0o600)
    regex_cache.save()
    _, _, saved = marshal.loads(path.read_bytes())
    assert set(marshal.loads(saved)) >= {PATTERNS[0], PATTERNS[1]}


def test_what_libraries_compile_at_start_up_comes_from_the_cache_too(fresh, monkeypatch):
    library_pattern = ("(?x) \\b (typing\\.Optional) \\[ ([^\\]]+) \\]  # a library's own", re.VERBOSE)
    with regex_cache.serving_libraries():
        first = re.compile(*library_pattern)
        plain_bytes = re.compile(b"[\x80-\xff]")  # (bytes are not kept: compiled as ever)
    regex_cache.save()
    assert library_pattern[0] in {pattern for pattern, _ in marshal.loads(
        marshal.loads(cache_file(fresh).read_bytes())[2])}
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_compiled", {})
    re.purge()
    with regex_cache.serving_libraries():
        again = re.compile(*library_pattern)
    assert again == first and again.match("typing.Optional[int]").group(2) == "int"
    assert plain_bytes.search(b"a\xe9")
    assert re.compile("(a)(b)").groups == 2, "re is itself again after the block"
    assert re._compile is regex_cache._plain_compile
