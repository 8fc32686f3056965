"""Speaker colours that stay readable on light and dark palettes.

Hues come from a fixed set chosen to be told apart; each tone is given a luminance, not a
lightness, so every hue has the same contrast: swatches stand out from the panel (≥ 3:1), a
highlight behind dark text is pale and one behind light text is deep.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QPalette

# Twelve hues picked to be told apart (amber, blue, green, magenta, teal, red, violet, olive, sky,
# brown, pink, lime); speakers after the twelfth reuse them half a step on and less saturated.
_HUES = (35, 215, 125, 320, 175, 0, 265, 60, 195, 20, 290, 90)
_SECOND_ROUND_SHIFT = 15
# Relative luminance (WCAG) of each tone, per scheme. Light: swatches ≥ 3:1 against white (UI
# graphics), quotation backgrounds visibly tinted (≥ 1.3:1) with black text far above 7:1, indirect
# ones lighter. Dark: the same contrasts against the dark base and with light text.
_LIGHT = {"swatch": 0.20, "direct": 0.66, "indirect": 0.82}
_DARK = {"swatch": 0.30, "direct": 0.07, "indirect": 0.035}


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
    return _colors_of(index, is_dark(palette))


class SpeakerPalette(Sequence[SpeakerColors]):
    """The colours of ``count`` speakers, each made when first asked for: a book has hundreds of
    speakers (a tone is a search over lightness, ~0.1 ms), the screen shows a few of them."""

    def __init__(self, count: int, palette: QPalette) -> None:
        self._count = count
        self._dark = is_dark(palette)
        self._made: dict[int, SpeakerColors] = {}

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> SpeakerColors:  # type: ignore[override]  (no slices)
        if not 0 <= index < self._count:
            raise IndexError(index)
        if index not in self._made:
            self._made[index] = _colors_of(index, self._dark)
        return self._made[index]

    def swatch(self, index: int) -> QColor:
        """The swatch alone (the speaker list shows every speaker's; highlights need the rest)."""
        made = self._made.get(index)
        return made.swatch if made is not None else _swatch_of(index, self._dark)


def _hue_and_saturation(index: int) -> tuple[float, float]:
    round_, slot = divmod(index, len(_HUES))
    hue = ((_HUES[slot] + round_ * _SECOND_ROUND_SHIFT) % 360) / 360
    return hue, 0.75 if round_ % 2 == 0 else 0.45


def _colors_of(index: int, dark: bool) -> SpeakerColors:
    hue, saturation = _hue_and_saturation(index)
    targets = _DARK if dark else _LIGHT
    return SpeakerColors(
        swatch=_with_luminance(hue, saturation, targets["swatch"]),
        direct=_with_luminance(hue, saturation, targets["direct"]),
        indirect=_with_luminance(hue, saturation * 0.8, targets["indirect"]),
    )


def _swatch_of(index: int, dark: bool) -> QColor:
    hue, saturation = _hue_and_saturation(index)
    return _with_luminance(hue, saturation, (_DARK if dark else _LIGHT)["swatch"])


def luminance(color: QColor) -> float:
    """WCAG relative luminance of ``color`` (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _with_luminance(hue: float, saturation: float, target: float) -> QColor:
    """The colour of this hue and saturation whose luminance is ``target`` (HSL lightness searched)."""
    return QColor.fromHslF(hue, saturation, _lightness(hue, saturation, target))


@cache  # hues come round again every 288 speakers: a book's later speakers reuse the searches
def _lightness(hue: float, saturation: float, target: float) -> float:
    low, high = 0.0, 1.0
    for _ in range(20):
        middle = (low + high) / 2
        if luminance(QColor.fromHslF(hue, saturation, middle)) < target:
            low = middle
        else:
            high = middle
    return (low + high) / 2


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
