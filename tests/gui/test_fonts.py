"""Each script gets its regional cut, even when a generic CJK font happens to be installed."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

from gui import fonts
from gui.engine.scripts.script_variants import Variant
from gui.fonts import CjkFonts


def test_a_generic_cjk_font_does_not_replace_the_regional_cuts(qapp, monkeypatch):
    installed = [f for f in QFontDatabase.families() if "CJK" not in f] + ["Droid Sans Fallback"]
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *_: installed))
    found = fonts.load_cjk_fonts()
    assert found.by_region.get("SC") == "Noto Sans CJK SC"
    assert found.font_for(Variant.HK, 14).family() == "Noto Sans CJK HK"
    assert found.font_for(Variant.TW, 14).family() == "Noto Sans CJK TC"


def test_installed_regional_cuts_are_used_as_they_are(qapp, monkeypatch):
    installed = ["Source Han Sans SC", "Source Han Sans TC", "Droid Sans Fallback"]
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *_: installed))
    found = fonts.load_cjk_fonts()
    assert found.by_region == {"SC": "Source Han Sans SC", "TC": "Source Han Sans TC"}
    assert not found.bundled


def _glyphs(font: QFont, text: str) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    return [glyph for run in layout.glyphRuns() for glyph in run.glyphIndexes()]


def test_each_script_draws_its_regions_forms_without_shaping(qapp):
    found = fonts.load_cjk_fonts()  # the bundled cuts, or (on this machine, later) the same as added
    if not {"SC", "TC", "HK"} <= found.by_region.keys():
        pytest.skip("no Hong Kong cut to compare")
    text = "骨直说遍角"  # letterforms that differ between the mainland, Taiwan and Hong Kong
    by_variant = {v: _glyphs(found.font_for(v, 14), text) for v in (Variant.HANS, Variant.HANT, Variant.HK)}
    assert len({tuple(glyphs) for glyphs in by_variant.values()}) == 3
    for variant, glyphs in by_variant.items():
        shaped = found.font_for(variant, 14)
        shaped.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
        assert glyphs == _glyphs(shaped, text)  # the same forms HarfBuzz would have picked


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_one_face_of_the_bundled_font_a_region_in_every_script(qtbot, window):
    """The article, the names in the panel and the menus share one face of each regional cut:
    FreeType maps the 31 MB collection once per face, and the pages each face touches count
    in the process's memory again."""
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    for variant in Variant:
        window.set_variant(variant, remember=False)
        window.grab()  # drawn: article, speaker names, status bar
    with open("/proc/self/maps", encoding="utf-8") as maps:
        mapped = [line for line in maps if line.rstrip().endswith(fonts._BUNDLED_FONT[1])]
    assert len(mapped) <= len({"SC", "TC", "HK"})


@pytest.mark.parametrize(
    "text",
    [
        "越南總理阮春福（Nguye\u0302\u0303n Xua\u0302n Phu\u0301c）表示",  # Vietnamese, accents decomposed
        "呣的拼音是 m\u0300",  # a pinyin tone mark that only combines
        "他說：「السلام عليكم」",  # Arabic joins its letters
        "葛\U000e0100",  # a variation selector picks a Han variant glyph
    ],
)
def test_text_that_needs_shaping_keeps_it(text):
    fonts = CjkFonts({"TC": "Noto Sans CJK TC"}, bundled=False)
    shaped = fonts.font_for(Variant.ORIGINAL, 12, text)
    assert not shaped.styleStrategy() & QFont.StyleStrategy.PreferNoShaping


def test_han_and_latin_skip_shaping():
    fonts = CjkFonts({"TC": "Noto Sans CJK TC"}, bundled=False)
    plain = fonts.font_for(Variant.ORIGINAL, 12, "王大明說：「OK，明天見。」Nguyễn (composed)")
    assert plain.styleStrategy() & QFont.StyleStrategy.PreferNoShaping


def test_the_window_shapes_an_article_that_needs_it(qtbot, window):
    from gui.engine.reading import Reading

    window.show_reading(Reading.parse("標題\n越南總理阮春福（Nguye\u0302\u0303n）表示：「好。」"))
    font = window.article_view.document().defaultFont()
    assert not font.styleStrategy() & QFont.StyleStrategy.PreferNoShaping
