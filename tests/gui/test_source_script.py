"""View ▸ Article's Script: the reader overrules the detected script, for one article."""

from __future__ import annotations

from loader_samples import corpus_text

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

# A Taiwan text quoting the Simplified spelling of one word (as OpenCC's own t2tw line does):
# taken as Simplified, the 臺灣 view converts it all; taken as Traditional, it is left alone.
MIXED = "慰藉著受傷的心靈 慰藉着受伤的心灵"


def _choose(qtbot, window, given: bool | None) -> None:
    window.source_script_menu.actions[given].trigger()
    qtbot.waitUntil(window.is_idle, timeout=30_000)


def test_the_reader_can_say_a_mixed_text_is_traditional(qtbot, window):
    window.show_reading(Reading.parse(MIXED))
    window.set_variant(Variant.TW)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.article_view.toPlainText().strip() == "慰藉著受傷的心靈 慰藉著受傷的心靈"
    assert window.source_script_menu.actions[None].isChecked()

    _choose(qtbot, window, True)
    assert window.article_view.toPlainText().strip() == "慰藉著受傷的心靈 慰藉著受伤的心灵"
    assert window.source_script_menu.actions[True].isChecked()

    _choose(qtbot, window, None)  # back to detecting: as at first
    assert window.article_view.toPlainText().strip() == "慰藉著受傷的心靈 慰藉著受傷的心靈"


def test_detect_says_what_it_found(qtbot, window):
    window.set_variant(Variant.HANS)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert "Traditional" in window.source_script_menu.actions[None].text()  # the bundled article
    window.show_reading(Reading.parse(corpus_text("cn-roy-comeback")))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert "Simplified" in window.source_script_menu.actions[None].text()


def test_the_choice_belongs_to_one_article_and_keeps_the_speakers(qtbot, window):
    speakers = [s.name for s in window.reading.analysis.speakers]
    window.set_variant(Variant.HANT)
    _choose(qtbot, window, False)  # wrong on purpose: Traditional text called Simplified
    assert [s.name for s in window.reading.analysis.speakers] == speakers
    assert window.speaker_model.rowCount() == len(speakers) + 1
    window.show_reading(Reading.parse(corpus_text("cn-roy-comeback")))
    assert window.reading.script_given is None
    assert window.source_script_menu.actions[None].isChecked()


def test_the_original_is_not_laid_out_again_for_another_script(qtbot, window):
    window.set_variant(Variant.ORIGINAL)
    document = window.article_view.document()
    _choose(qtbot, window, False)
    assert window.article_view.document() is document  # 原文 does not depend on the script
    assert window.reading.script_given is False and window.source_script_menu.actions[False].isChecked()
    window.set_variant(Variant.TW)  # the views made for the new script
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.shown_view.variant is Variant.TW and window.shown_view.traditional is False


def test_a_books_script_holds_for_every_chapter(qtbot, window, tmp_path):
    from loader_samples import build_epub

    book = tmp_path / "book.epub"
    book.write_bytes(build_epub([
        ("one.xhtml", "第一章", f"<p>{MIXED}</p>"),
        ("two.xhtml", "第二章", f"<p>王明說：“{MIXED}”</p>"),
    ]))
    assert window.open_file(str(book))
    qtbot.waitUntil(lambda: window.reading is not None and window.is_idle(), timeout=30_000)
    window.set_variant(Variant.TW)
    _choose(qtbot, window, True)
    window.chapter_box.activated.emit(1)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.reading.script_given is True and window.source_script_menu.actions[True].isChecked()
    assert "慰藉著受伤的心灵" in window.article_view.toPlainText()  # the Simplified line left alone
