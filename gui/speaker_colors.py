"""Speaker colours that stay readable on light and dark palettes.

Hues are spread by the golden angle so neighbouring speakers differ; lightness comes from the
palette, so a highlight behind dark text is pale and one behind light text is deep.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

_GOLDEN_ANGLE = 137.508
_FIRST_HUE = 35.0  # amber: reads well as the first highlight in both schemes


@dataclass(frozen=True)
class SpeakerColors:
    """The three tones of one speaker: a swatch, a quotation background and an indirect one."""

    swatch: QColor
    direct: QColor
    indirect: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def speaker_colors(index: int, palette: QPalette) -> SpeakerColors:
    """Colours for the ``index``-th speaker in this palette."""
    hue = ((_FIRST_HUE + index * _GOLDEN_ANGLE) % 360) / 360
    if is_dark(palette):
        return SpeakerColors(
            swatch=QColor.fromHslF(hue, 0.65, 0.60),
            direct=QColor.fromHslF(hue, 0.55, 0.30),
            indirect=QColor.fromHslF(hue, 0.35, 0.20),
        )
    return SpeakerColors(
        swatch=QColor.fromHslF(hue, 0.70, 0.50),
        direct=QColor.fromHslF(hue, 0.85, 0.84),
        indirect=QColor.fromHslF(hue, 0.70, 0.93),
    )


def dark_palette() -> QPalette:
    """A dark palette for platforms that cannot switch scheme themselves."""
    palette = QPalette()
    role = QPalette.ColorRole
    for name, color in (
        (role.Window, "#2b2b2e"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e20"),
        (role.AlternateBase, "#2b2b2e"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#3a3a3e"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#3d7bd9"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#3a3a3e"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#9a9aa0"),
        (role.Mid, "#55555a"),
        (role.Midlight, "#4a4a4f"),
        (role.Dark, "#18181a"),
        (role.Light, "#505055"),
        (role.BrightText, "#ffffff"),
        (role.Link, "#7fb2ff"),
    ):
        palette.setColor(name, QColor(color))
    return palette
