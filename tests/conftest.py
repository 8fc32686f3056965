"""Shared fixtures: the labelled corpus, the bundled article, and a real window (tests/gui and
tests/hostile) with its settings in a temporary folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Every Qt test runs without a display; set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus" / "tuning"


def load_labelled(name: str) -> dict:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def labelled_names() -> list[str]:
    return sorted(path.stem for path in CORPUS.glob("*.json"))


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return load_labelled("seed-henan-cppcc")


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.json"


@pytest.fixture
def window(qtbot, settings_path):
    """A real main window on the bundled article, with settings in a temporary folder."""
    from gui.app import build_window
    from gui.bundled import bundled_article_text
    from gui.engine.reading import Reading
    from gui.settings import Settings

    main_window = build_window(Settings.open(settings_path))
    qtbot.addWidget(main_window)
    main_window.resize(1100, 760)
    main_window.show_reading(Reading.parse(bundled_article_text()))
    main_window.show()
    qtbot.waitUntil(main_window.is_idle, timeout=30_000)
    return main_window


@pytest.fixture(scope="session")
def bundled_raw() -> str:
    from gui.bundled import bundled_article_text

    return bundled_article_text()
