"""A generated book for the window's long-text tests: many paragraphs, each with one quotation."""

from __future__ import annotations

from gui.engine.model import Analysis, Quote, Speaker
from gui.engine.reading import Reading


def quoted_book(title: str, paragraph: str, paragraphs: int, speaker: str) -> Reading:
    """``paragraphs`` copies of ``paragraph`` (``{n}`` is its number) under ``title``, with every
    “…” given to ``speaker`` as the analysis: the window shows it at once and only makes views."""
    lines = [title, *(paragraph.format(n=n) for n in range(paragraphs))]
    reading = Reading.parse("\n".join(lines))
    text = reading.text
    quotes, at = [], text.find("“")
    while at != -1:
        end = text.index("”", at)
        quotes.append(Quote(at + 1, end, speaker))
        at = text.find("“", end)
    reading.analysis = Analysis(speakers=(Speaker(speaker),), quotes=tuple(quotes))
    return reading


def open_book(qtbot, settings_path, reading: Reading, variant=None):
    """A real window at 1100×760 showing ``reading`` (in ``variant``, if given), exposed."""
    from gui.app import build_window
    from gui.settings import Settings

    window = build_window(Settings.open(settings_path))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    if variant is not None:
        window.set_variant(variant, remember=False)
    window.show_reading(reading)
    qtbot.waitExposed(window)
    return window
