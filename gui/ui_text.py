"""Interface words that are not tied to one widget: script names, counts, quotation kinds.

Every string goes through Qt's translation (context "UiText"), so the same call gives English,
简体中文 or 繁體中文 depending on the translator installed (see ``gui.language``). Counts are
spelled out with Qt's plural forms ("%n quotation(s)" becomes "1 quotation" / "2 quotations" in
English through the English catalogue).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.engine.scripts.script_variants import Variant


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("UiText", text, disambiguation, n)


def app_name() -> str:
    return _t("Yanlu")


def variant_label(variant: Variant) -> str:
    """The short name on the script button."""
    return {
        Variant.ORIGINAL: _t("Original"),
        Variant.HANS: _t("Simplified"),
        Variant.HANT: _t("Traditional"),
        Variant.TW: _t("Taiwan"),
        Variant.HK: _t("Hong Kong"),
    }[variant]


def variant_description(variant: Variant) -> str:
    """The full name, for menus and tooltips."""
    return {
        Variant.ORIGINAL: _t("Original: the text as it arrived (pinyin annotations removed)"),
        Variant.HANS: _t("Simplified Chinese"),
        Variant.HANT: _t("Traditional Chinese, OpenCC standard"),
        Variant.TW: _t("Traditional Chinese, Taiwan standard"),
        Variant.HK: _t("Traditional Chinese, Hong Kong standard"),
    }[variant]


def quote_counts(direct: int, indirect: int) -> str:
    """'3 quotations, 1 indirect statement': the counts in words."""
    text = _t("%n quotation(s)", None, direct)
    if indirect:
        text = _t("%1, %2").replace("%1", text).replace("%2", _t("%n indirect statement(s)", None, indirect))
    return text


def speaker_count(count: int) -> str:
    return _t("%n speaker(s) in this article", None, count)


def all_speakers() -> str:
    return _t("All speakers")


def group_word() -> str:
    return _t("group of speakers")


def count_legend() -> str:
    """What the numbers and styles in the panel mean."""
    return _t(
        "Numbers: quotations + indirect statements. Quotations are filled with the speaker's "
        "colour, indirect statements are lighter and dash-underlined; the one you are on is underlined."
    )


def quote_description(who: str, indirect: bool) -> str:
    """'黃庚倜 · 平頂山市政協主席 (quotation)', for tooltips and the status bar."""
    return (_t("%1 (indirect statement)") if indirect else _t("%1 (quotation)")).replace("%1", who)


def unknown_speaker() -> str:
    return _t("Quotation, speaker unknown")


def selection_status(name: str, counts: str, where: str) -> str:
    """The status bar while a speaker is selected: name, counts, and where the reader is."""
    if where:
        return _t("%1: %2 — %3").replace("%1", name).replace("%2", counts).replace("%3", where)
    return _t("%1: %2").replace("%1", name).replace("%2", counts)


def current_quote_status(position: int, total: int, description: str) -> str:
    """The current quotation for a screen reader: 'Quotation 2 of 5: 黃庚倜 (quotation)'."""
    return (
        _t("Quotation %1 of %2: %3")
        .replace("%1", str(position))
        .replace("%2", str(total))
        .replace("%3", description)
    )
