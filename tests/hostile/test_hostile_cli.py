"""The command line against odd names and odd outputs: one line on stderr, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_cases import ARTICLE

ROOT = Path(__file__).resolve().parents[2]


def _yanlu(*args, **options):
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], cwd=ROOT, capture_output=True, timeout=120, **options
    )


def test_a_name_starting_with_a_dash_needs_only_double_dash(tmp_path):
    (tmp_path / "-x.txt").write_text(ARTICLE, encoding="utf-8")
    result = _yanlu("analyze", "--", str(tmp_path / "-x.txt"), "--json")
    assert result.returncode == 2  # "--json" after "--" is a file name too: one clear line
    result = _yanlu("analyze", "--json", "--", str(tmp_path / "-x.txt"))
    assert result.returncode == 0, result.stderr
    assert b'"speakers"' in result.stdout


def test_control_characters_in_a_name_are_escaped_on_stderr(tmp_path):
    name = str(tmp_path / "a\n\x1b[31mred\x1b[0m\u202e.txt")
    result = _yanlu("analyze", name)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("\n") == 1 and "\x1b" not in err and "\u202e" not in err
    assert "\\n\\x1b[31mred" in err and "\\u202e" in err


def test_a_non_utf8_name_is_escaped(tmp_path):
    name = os.fsencode(tmp_path) + b"/\xff\xfe.txt"
    result = subprocess.run(
        [sys.executable, "-m", "gui", "analyze", name], cwd=ROOT, capture_output=True, timeout=120
    )
    assert result.returncode == 2 and b"\\xff\\xfe.txt" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_full_disk_is_one_line(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "gui", "analyze", "resources/article.txt", "--json"],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "no space left" in lines[0], lines


def test_a_closed_pipe_ends_quietly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 3000, encoding="utf-8")  # far more output than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", "analyze", str(big), "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.read(10)
    process.stdout.close()  # as `| head -c 10` does
    err = process.stderr.read()
    process.stderr.close()
    # 1 when the write met the closed pipe; 0 when the pipe had room for all of it
    assert process.wait(timeout=120) in (0, 1)
    assert b"Traceback" not in err and b"Exception ignored" not in err, err
