"""Each script gets its regional cut, even when a generic CJK font happens to be installed."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from gui import fonts
from gui.engine.scripts.script_variants import Variant


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
