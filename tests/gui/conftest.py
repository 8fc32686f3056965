"""A real main window on the bundled article, with settings in a temporary folder."""

from __future__ import annotations

import pytest

from gui.app import build_window
from gui.bundled import bundled_article_text
from gui.engine.reading import Reading
from gui.settings import Settings


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.json"


@pytest.fixture
def window(qtbot, settings_path):
    main_window = build_window(Settings.open(settings_path))
    qtbot.addWidget(main_window)
    main_window.resize(1100, 760)
    main_window.show_reading(Reading.parse(bundled_article_text()))
    main_window.show()
    qtbot.waitUntil(main_window.is_idle, timeout=30_000)
    return main_window
