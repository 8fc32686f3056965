"""The window started from the command line, as a user or a script would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from gui.speaker_colors import speaker_colors

ROOT = Path(__file__).resolve().parents[2]


def _run(args, tmp_path):
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path)
    )
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def _pixels_of(image: QImage, colour: QColor) -> int:
    wanted = colour.rgb()
    return sum(
        image.pixel(x, y) == wanted for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    )


@pytest.mark.parametrize("variant", ["hant", "hans"])
def test_screenshot_shows_the_selected_speakers_quotations(tmp_path, variant):
    selected, plain = tmp_path / "selected.png", tmp_path / "plain.png"
    result = _run(["--variant", variant, "--speaker", "冯芳喜", "--screenshot", str(selected)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert _run(["--variant", variant, "--screenshot", str(plain)], tmp_path).returncode == 0
    # 馮芳喜 is the third speaker: their quotations are filled with the third speaker colour.
    highlight = speaker_colors(2, QPalette(QColor("#efefef"))).direct
    with_speaker, without = QImage(str(selected)), QImage(str(plain))
    assert with_speaker.width() > 600 and with_speaker.height() > 400
    assert _pixels_of(with_speaker, highlight) > 1000
    assert _pixels_of(without, highlight) == 0


def test_unknown_speaker_is_a_clear_error(tmp_path):
    result = _run(["--speaker", "無此人", "--screenshot", str(tmp_path / "x.png")], tmp_path)
    assert result.returncode == 2
    assert "no speaker named '無此人'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_evaluate_help_works(tmp_path):
    result = _run(["evaluate", "--help"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: yanlu evaluate") and "FOLDER" in result.stdout


def test_unknown_variant_is_a_usage_error(tmp_path):
    result = _run(["--variant", "klingon"], tmp_path)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_closes_the_window_cleanly(tmp_path, signal_number):
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path)
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "gui"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        process.wait(timeout=4)  # still running after 4 s: the window is up
    except subprocess.TimeoutExpired:
        process.send_signal(signal_number)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr and "leaked" not in stderr
    assert list((tmp_path / "config").rglob("settings.json")), "settings are saved as on a normal close"
