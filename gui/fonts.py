"""A Chinese font for every script, on machines with or without one installed.

A fresh Linux install may have no CJK font at all (every Han character draws as a box), so
Yanlu ships Noto Sans CJK (the manimgx-fonts-cjk wheel) and loads it only when no installed
font covers Han. Each script gets its regional cut: SC for 简体, TC for 繁體 and 臺灣, HK for 香港.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from gui.engine.scripts.script_variants import Variant

_REGION = {
    Variant.ORIGINAL: "TC",
    Variant.HANS: "SC",
    Variant.HANT: "TC",
    Variant.TW: "TC",
    Variant.HK: "HK",
}
# Families known to cover Han well, in order of preference; "{}" is the region (SC/TC/HK).
_REGIONAL_FAMILIES = ("Noto Sans CJK {}", "Source Han Sans {}", "Noto Serif CJK {}", "PingFang {}")
_GENERIC_FAMILIES = ("Microsoft YaHei", "Microsoft JhengHei", "WenQuanYi Micro Hei", "Droid Sans Fallback")
_BUNDLED_FONT = ("manimgx_fonts_cjk", "NotoSansCJK-VF.otf.ttc")
_WEIGHT_AXIS = "wght"


@dataclass(frozen=True)
class CjkFonts:
    """The families found for each region and whether the bundled font had to be loaded."""

    by_region: dict[str, str]
    bundled: bool

    def font_for(self, variant: Variant, point_size: float) -> QFont:
        """The reading font for ``variant`` at ``point_size``: regular weight, regional forms."""
        family = self.by_region.get(_REGION[variant]) or next(iter(self.by_region.values()), "")
        font = QFont(family)
        font.setPointSizeF(point_size)
        font.setWeight(QFont.Weight.Normal)
        # Han needs no shaping: Qt then takes glyphs straight from the cut's own character map,
        # which already holds the region's forms, and lays a book out in about half the time
        # (a zoom deep in a book lays out everything above the reader). Latin runs lose only
        # OpenType kerning and ligatures.
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        if self.bundled:
            # The bundled font is variable; its default instance is Thin, so ask for 400.
            font.setVariableAxis(QFont.Tag(_WEIGHT_AXIS), 400.0)
        return font

    def font_for_ui(self) -> str | None:
        """A family to fall back to for Han characters in menus and lists."""
        return self.by_region.get("TC") or next(iter(self.by_region.values()), None)


def load_cjk_fonts() -> CjkFonts:
    """Installed regional CJK families (SC/TC/HK cuts), else the bundled Noto Sans CJK.

    A generic CJK font (Droid Sans Fallback, WenQuanYi…) is a last resort only: it has one set of
    letterforms for every region and cramped punctuation, so it must not displace the bundled one.
    """
    installed = set(QFontDatabase.families())
    regional = _regional_families(installed)
    if regional:
        return CjkFonts(regional, bundled=False)
    package, name = _BUNDLED_FONT
    try:
        path = resources.files(package) / name
        font_id = QFontDatabase.addApplicationFont(str(path))
    except (ModuleNotFoundError, OSError):
        font_id = -1
    loaded = set(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else set()
    bundled = _regional_families(loaded)
    if bundled:
        return CjkFonts(bundled, bundled=True)
    return CjkFonts(_generic_family(installed), bundled=False)


def _regional_families(families: set[str]) -> dict[str, str]:
    for pattern in _REGIONAL_FAMILIES:
        found = {region: pattern.format(region) for region in ("SC", "TC", "HK")}
        found = {region: family for region, family in found.items() if family in families}
        if found:
            return found
    return {}


def _generic_family(families: set[str]) -> dict[str, str]:
    for family in _GENERIC_FAMILIES:
        if family in families:
            return {"SC": family}
    return {}


def missing_characters(font: QFont, text: str) -> set[str]:
    """Characters of ``text`` (Han and CJK punctuation) that ``font`` cannot draw."""
    metrics = QFontMetrics(font)
    return {ch for ch in set(text) if ord(ch) >= 0x2E80 and not metrics.inFontUcs4(ord(ch))}
