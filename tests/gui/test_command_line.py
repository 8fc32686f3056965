"""The window started from the command line, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _run(args, tmp_path):
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path)
    )
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def _distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


@pytest.mark.parametrize("variant", ["hant", "hans"])
def test_screenshot_shows_the_article_with_a_speaker_selected(tmp_path, variant):
    png = tmp_path / "window.png"
    result = _run(["--variant", variant, "--speaker", "冯芳喜", "--screenshot", str(png)], tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() > 600 and image.height() > 400
    assert _distinct_colours(image) > 20  # text, highlights and chrome, not a blank window


def test_unknown_speaker_is_a_clear_error(tmp_path):
    result = _run(["--speaker", "無此人", "--screenshot", str(tmp_path / "x.png")], tmp_path)
    assert result.returncode == 2
    assert "no speaker named '無此人'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_unknown_variant_is_a_usage_error(tmp_path):
    result = _run(["--variant", "klingon"], tmp_path)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
