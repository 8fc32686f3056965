"""Interface words that are not tied to one widget: script names, counts, quotation kinds.

Every string goes through Qt's translation (context "UiText"), so the same call gives English,
简体中文 or 繁體中文 depending on the translator installed (see ``gui.language``). Counts are
spelled out ("2 quotations, 1 indirect statement"; "2 句直接引语，1 处转述").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.engine.scripts.script_variants import Variant


def app_name() -> str:
    return QCoreApplication.translate("UiText", "Yanlu")


def variant_label(variant: Variant) -> str:
    """The short name on the script button."""
    return {
        Variant.ORIGINAL: QCoreApplication.translate("UiText", "Original"),
        Variant.HANS: QCoreApplication.translate("UiText", "Simplified"),
        Variant.HANT: QCoreApplication.translate("UiText", "Traditional"),
        Variant.TW: QCoreApplication.translate("UiText", "Taiwan"),
        Variant.HK: QCoreApplication.translate("UiText", "Hong Kong"),
    }[variant]


def variant_description(variant: Variant) -> str:
    """The full name, for menus and tooltips."""
    return {
        Variant.ORIGINAL: QCoreApplication.translate(
            "UiText", "Original: the text as it arrived (pinyin annotations removed)"
        ),
        Variant.HANS: QCoreApplication.translate("UiText", "Simplified Chinese"),
        Variant.HANT: QCoreApplication.translate("UiText", "Traditional Chinese, OpenCC standard"),
        Variant.TW: QCoreApplication.translate("UiText", "Traditional Chinese, Taiwan standard"),
        Variant.HK: QCoreApplication.translate("UiText", "Traditional Chinese, Hong Kong standard"),
    }[variant]


def quote_counts(direct: int, indirect: int) -> str:
    """'3 quotations, 1 indirect statement': the counts in words."""
    # One string for one and one for more: enough for English and Chinese (Qt's %n plurals are
    # not seen by pyside6-lupdate in Python sources).
    if direct == 1:
        text = QCoreApplication.translate("UiText", "1 quotation")
    else:
        text = QCoreApplication.translate("UiText", "%1 quotations").replace("%1", str(direct))
    if indirect:
        if indirect == 1:
            more = QCoreApplication.translate("UiText", "1 indirect statement")
        else:
            more = QCoreApplication.translate("UiText", "%1 indirect statements").replace("%1", str(indirect))
        text = QCoreApplication.translate("UiText", "%1, %2").replace("%1", text).replace("%2", more)
    return text


def speaker_count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("UiText", "1 speaker in this article")
    return QCoreApplication.translate("UiText", "%1 speakers in this article").replace("%1", str(count))


def all_speakers() -> str:
    return QCoreApplication.translate("UiText", "All speakers")


def group_word() -> str:
    return QCoreApplication.translate("UiText", "group of speakers")


def count_legend() -> str:
    """What the numbers and styles in the panel mean."""
    return QCoreApplication.translate(
        "UiText",
        "Numbers: quotations + indirect statements. Quotations are filled with the speaker's "
        "colour, indirect statements are lighter and dash-underlined; the one you are on is underlined.",
    )


def quote_description(who: str, indirect: bool) -> str:
    """'王建華 · 某市交通局局長 (quotation)', for tooltips and the status bar."""
    return (
        QCoreApplication.translate("UiText", "%1 (indirect statement)")
        if indirect
        else QCoreApplication.translate("UiText", "%1 (quotation)")
    ).replace("%1", who)


def unknown_speaker() -> str:
    return QCoreApplication.translate("UiText", "Quotation, speaker unknown")


def selection_status(name: str, counts: str, where: str) -> str:
    """The status bar while a speaker is selected: name, counts, and where the reader is."""
    if where:
        return (
            QCoreApplication.translate("UiText", "%1: %2 — %3")
            .replace("%1", name)
            .replace("%2", counts)
            .replace("%3", where)
        )
    return QCoreApplication.translate("UiText", "%1: %2").replace("%1", name).replace("%2", counts)


def current_quote_status(position: int, total: int, description: str) -> str:
    """The current quotation for a screen reader: 'Quotation 2 of 5: 王建華 (quotation)'."""
    return (
        QCoreApplication.translate("UiText", "Quotation %1 of %2: %3")
        .replace("%1", str(position))
        .replace("%2", str(total))
        .replace("%3", description)
    )
