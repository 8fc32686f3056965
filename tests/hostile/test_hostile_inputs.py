"""Every hostile input of hostile_cases.py through the loader, the command line and the window.

Each case must end in one clear message (or open, for odd but valid input), never a traceback;
the input's bytes and mtime stay as they were and nothing is written beside it. Heavy cases also
run in a subprocess that measures its peak memory against the stated cap.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_cases import Case, all_cases

from gui.cli import main as cli_main
from gui.engine.formats.loader import LoadError, load_document
from gui.messages import matches_template

ROOT = Path(__file__).resolve().parents[2]
MEASURE = Path(__file__).with_name("measure_memory.py")
CASES = all_cases()
LIGHT = [case for case in CASES if not case.heavy]
HEAVY = [case for case in CASES if case.heavy]
MEMORY_CAP_BASE = 300 * 1024 * 1024  # the cap: 10 × the file's size + 300 MiB above the warm process


def _snapshot(folder: Path, path: Path) -> tuple[object, ...]:
    """What must not change: the folder's entries, and the input's bytes and mtime."""
    entries = sorted(os.listdir(folder))
    try:
        info = os.lstat(path)
    except OSError:
        return (entries, None)
    digest = None
    if stat.S_ISREG(info.st_mode) and info.st_size < 100 * 1024 * 1024:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return (entries, info.st_mtime_ns, info.st_size, digest)


def _check_message(message: str) -> None:
    assert message, "an empty message"
    assert "\n" not in message and "\r" not in message and "\x1b" not in message, repr(message)
    assert "Traceback" not in message and "Error:" not in message, message


def _build(case: Case, folder: Path) -> Path:
    if case.name in {"fifo", "socket"} and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    return case.build(folder)


def _outcome(case: Case, path: Path) -> None:
    try:
        document = load_document(path)
    except LoadError as error:
        assert case.outcome == "refused", f"{case.name}: refused with {error}"
        _check_message(str(error))
        assert case.expect in str(error), (case.name, str(error))
        assert matches_template(str(error)), f"{case.name}: no translation for {error}"
        return
    assert case.outcome == "opens", f"{case.name}: opened, expected a refusal"
    untranslated = [note for note in document.warnings if not matches_template(note)]
    assert not untranslated, (case.name, untranslated)
    shown = " ".join(document.warnings) + "\n" + "\n".join(c.text for c in document.chapters)
    assert case.expect in shown, (case.name, shown[:300])


@pytest.mark.parametrize("case", LIGHT, ids=str)
def test_loader(case, tmp_path):
    path = _build(case, tmp_path)
    before = _snapshot(tmp_path, path)
    _outcome(case, path)
    assert _snapshot(tmp_path, path) == before, f"{case.name}: something was written"


@pytest.mark.parametrize("case", LIGHT, ids=str)
def test_command_line(case, tmp_path, capsys):
    path = _build(case, tmp_path)
    before = _snapshot(tmp_path, path)
    status = cli_main(["analyze", "--", str(path)])
    out, err = capsys.readouterr()
    if case.outcome == "refused":
        assert status == 2 and out == ""
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("yanlu analyze: "), err
        _check_message(lines[0])
    else:
        assert status == 0 and err == "", err
        assert out.startswith("Speakers (")
    assert _snapshot(tmp_path, path) == before


def test_the_window_keeps_the_article_and_shows_names_as_text(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt

    shown, reading = window.article_view.toPlainText(), window.reading
    assert window.message_bar.label.textFormat() == Qt.TextFormat.PlainText
    refused = [case for case in LIGHT if case.outcome == "refused"]
    for number, case in enumerate(refused):
        folder = tmp_path / str(number)
        folder.mkdir()
        path = _build(case, folder)
        before = _snapshot(folder, path)
        result = window.open_file(str(path))
        if result is None:
            qtbot.waitUntil(lambda: not window.opener.loading, timeout=60_000)
        message = window.message_bar.text()
        _check_message(message)
        assert window.reading is reading and window.article_view.toPlainText() == shown, case.name
        assert _snapshot(folder, path) == before, case.name
        if "<img" in case.name or "img" in case.name:
            assert "<img" in message, message  # shown as the characters it is, not drawn


@pytest.mark.parametrize("key", ["img-dev-zero", "newline-escape", "rtl-override", "gbk-name", "latin1-name"])
def test_odd_names_open_show_escaped_and_reopen_from_recent_files(qtbot, window, tmp_path, key):
    from hostile_cases import ARTICLE, HOSTILE_NAMES, NON_UTF8_NAMES

    raw = NON_UTF8_NAMES.get(key) or os.fsencode(HOSTILE_NAMES[key])
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), raw)))
    path.write_bytes(ARTICLE.encode())
    assert window.open_file(str(path)) is True
    title = window.windowTitle()
    assert "\n" not in title and "\x1b" not in title and "\ufffd" not in title
    assert "\\x" in title or "\\u" in title or "<img" in title, title
    window.settings.sync()
    from gui.settings import Settings

    stored = Settings.open(window.settings.path)
    assert stored.last_article == str(path.resolve())
    assert stored.recent_files()[0] == str(path.resolve())


@pytest.mark.parametrize("case", HEAVY, ids=str)
def test_heavy_inputs_stay_under_the_memory_cap(case, tmp_path):
    path = _build(case, tmp_path)
    size = path.stat().st_size
    before = _snapshot(tmp_path, path)
    report = tmp_path.parent / f"{tmp_path.name}-memory.txt"
    result = subprocess.run(
        [sys.executable, str(MEASURE), str(report), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert "Traceback" not in result.stderr, result.stderr
    if case.outcome == "refused":
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert case.expect in result.stderr, result.stderr
    else:
        assert result.returncode == 0, result.stderr
    baseline, peak = (int(value) for value in report.read_text().split())
    cap = baseline + 10 * size + MEMORY_CAP_BASE
    assert peak <= cap, f"{case.name}: peak {peak / 2**20:.0f} MiB over cap {cap / 2**20:.0f} MiB"
    assert _snapshot(tmp_path, path) == before


def test_the_suite_has_at_least_150_cases():
    assert len(CASES) >= 150
    assert {case.category for case in CASES} >= {
        "file kinds",
        "file names",
        "binary",
        "encodings",
        "web pages",
        "markdown",
        "epub",
    }
