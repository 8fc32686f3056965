"""Speaker colours: told apart for 14 speakers, and contrasted enough in light and dark schemes."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QColor, QPalette

from gui.speaker_colors import SpeakerPalette, contrast, dark_palette, luminance, speaker_colors

WHITE, BLACK = QColor("white"), QColor("black")


def _light_palette():
    palette = QPalette(QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, WHITE)
    return palette


def _lab(color: QColor) -> tuple[float, float, float]:
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_fourteen_swatches_are_told_apart(qapp):
    swatches = [speaker_colors(i, _light_palette()).swatch for i in range(14)]
    closest = min(
        sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b), strict=True)) ** 0.5
        for a, b in itertools.combinations(swatches, 2)
    )
    assert closest >= 15  # CIE76 ΔE: 2 is barely visible, 10+ is clearly another colour


def test_light_scheme_contrasts(qapp):
    for i in range(14):
        colors = speaker_colors(i, _light_palette())
        assert contrast(colors.swatch, WHITE) >= 3.0  # UI graphics (WCAG 1.4.11)
        assert contrast(colors.direct, WHITE) >= 1.3  # a highlight that shows on white
        assert contrast(colors.indirect, WHITE) >= 1.15
        assert contrast(colors.direct, BLACK) >= 7.0  # the text on it stays easy to read


def test_dark_scheme_contrasts(qapp):
    palette = dark_palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    for i in range(14):
        colors = speaker_colors(i, palette)
        assert contrast(colors.swatch, base) >= 3.0
        assert contrast(colors.direct, base) >= 1.3
        assert contrast(colors.direct, text) >= 4.5
        assert luminance(colors.indirect) < luminance(colors.direct)


def test_a_books_palette_gives_every_speaker_the_colours_it_had(qapp):
    # The window makes a book's colours when they are first shown; each must be the speaker's own.
    for palette in (_light_palette(), dark_palette()):
        book = SpeakerPalette(600, palette)
        for i in (599, 0, 13, 288, 300, 13):
            expected = speaker_colors(i, palette)
            assert book.swatch(i) == expected.swatch
            assert book[i] == expected
        assert len(book) == 600 and len(list(book)) == 600
