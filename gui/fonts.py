"""A Chinese font for every script, on machines with or without one installed.

A fresh Linux install may have no CJK font at all (every Han character draws as a box), so
Yanlu ships Noto Sans CJK (the manimgx-fonts-cjk wheel) and loads it only when no installed
font covers Han. Each script gets its regional cut: SC for 简体, TC for 繁體 and 臺灣, HK for 香港.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from gui.engine import regex_cache as re  # the class below compiles in ~1 ms; cached, in none
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
_bundled_families: set[str] = set()  # those of the bundled font, once it is added


@dataclass(frozen=True)
class CjkFonts:
    """The families found for each region and whether the bundled font had to be loaded."""

    by_region: dict[str, str]
    bundled: bool

    def font_for(self, variant: Variant, point_size: float, text: str = "") -> QFont:
        """The reading font for ``variant`` at ``point_size``: regular weight, regional forms;
        ``text`` is what it will draw (see ``needs_shaping``)."""
        family = self.by_region.get(_REGION[variant]) or next(iter(self.by_region.values()), "")
        font = QFont(family)
        font.setPointSizeF(point_size)
        font.setWeight(QFont.Weight.Normal)
        if not needs_shaping(text):
            # Han needs no shaping: Qt then takes glyphs straight from the cut's own character
            # map, which already holds the region's forms, and lays a book out in about half
            # the time (a zoom deep in a book lays out everything above the reader). Latin
            # runs lose OpenType kerning and ligatures.
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.use_regular_weight(font)
        return font

    def use_regular_weight(self, font: QFont) -> None:
        """Draw the bundled font's Han in ``font`` at its regular weight (a variable font whose
        default instance is Thin). Every font that draws Han with it asks for the same instance,
        so FreeType opens one face a region: each face maps the 31 MB file again, and the
        glyphs it touches count in the process's memory once per face."""
        if self.bundled:
            font.setVariableAxis(QFont.Tag(_WEIGHT_AXIS), 400.0)

    def font_for_ui(self) -> str | None:
        """A family to fall back to for Han characters in menus and lists."""
        return self.by_region.get("TC") or next(iter(self.by_region.values()), None)


def load_cjk_fonts() -> CjkFonts:
    """Installed regional CJK families (SC/TC/HK cuts), else the bundled Noto Sans CJK.

    A generic CJK font (Droid Sans Fallback, WenQuanYi…) is a last resort only: it has one set of
    letterforms for every region and cramped punctuation, so it must not displace the bundled one.
    """
    # Once added, the bundled families are listed as installed: not taken for installed ones
    # (they would lose their weight axis in a second window).
    installed = set(QFontDatabase.families()) - _bundled_families
    regional = _regional_families(installed)
    if regional:
        return CjkFonts(regional, bundled=False)
    if not _bundled_families:
        _bundled_families.update(_add_bundled_font())
    bundled = _regional_families(_bundled_families)
    if bundled:
        return CjkFonts(bundled, bundled=True)
    return CjkFonts(_generic_family(installed), bundled=False)


def _add_bundled_font() -> set[str]:
    """Add the bundled collection to the application; the families it brings (none if missing)."""
    package, name = _BUNDLED_FONT
    try:
        font_id = QFontDatabase.addApplicationFont(str(resources.files(package) / name))
    except (ModuleNotFoundError, OSError):
        font_id = -1
    return set(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else set()


# What cannot be drawn without shaping: combining marks (Nguyễn written decomposed, the
# pinyin m̀ and ê̄), joining and reordering scripts (Arabic, Hebrew, Thai, Lao, Tibetan,
# Myanmar, Khmer), conjoining Hangul jamo, variation selectors (a Han variant glyph) and joined
# emoji. Qt ignores the no-shaping hint only for some Indic scripts.
_NEEDS_SHAPING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0590-\u08ff\u0e00-\u0fff\u1000-\u109f\u1100-\u11ff"
    "\u1780-\u17ff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ua960-\ua97f"
    "\ud7b0-\ud7ff\ufb1d-\ufdff\ufe00-\ufe0f\ufe20-\ufe2f\ufe70-\ufeff"
    "\U0001f3fb-\U0001f3ff\U000e0100-\U000e01ef]"
)


def needs_shaping(text: str) -> bool:
    """True when ``text`` holds characters that Qt's no-shaping path would draw wrong."""
    return _NEEDS_SHAPING.search(text) is not None


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
