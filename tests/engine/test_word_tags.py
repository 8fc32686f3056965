"""jieba's word list read into the name finder's tables, and cached."""

from __future__ import annotations

import os

from gui.engine.speech import word_tags


def test_the_tables_hold_tags_and_the_counts_of_names(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    tables = word_tags.load()
    assert tables.tags["分析师"].startswith("n")
    assert tables.tags["表示"].startswith("v")
    tags = tables.tags.as_dict()
    assert set(tables.name_counts) <= {w for w, tag in tags.items() if tag in word_tags.NAME_TAGS}
    assert list(tmp_path.glob("word-tags-*.marshal")), "the tables are cached for the next process"


def test_a_cached_copy_reads_back_the_same_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    first = word_tags.load()
    second = word_tags.load()  # now from the cache file
    assert first.tags.as_dict() == second.tags.as_dict() and first.name_counts == second.name_counts


def test_the_table_answers_as_the_word_list_does(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    expected, _ = word_tags.parse(word_tags.word_list())
    table = word_tags.load().tags
    words = list(expected)[::997]
    for word in words:
        assert table.get(word) == expected[word] and word in table and table[word] == expected[word]
    for missing in ("", "表示了吗", "zzz", "\U00020000", words[0] + "\n"):
        assert missing not in expected
        assert table.get(missing) is None and table.get(missing, "") == "" and missing not in table
    assert len(table) == len(expected) and table.as_dict() == expected


def test_a_long_text_switches_the_analysis_to_a_plain_dict():
    from gui.engine.speech import names

    names.prepare_dictionary(10)
    names.prepare_dictionary(names.WHOLE_DICTIONARY_FROM)
    _, tags = names.dictionary()
    assert isinstance(tags, dict) and tags["表示"].startswith("v")


def test_a_damaged_cache_is_ignored_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    word_tags.load()
    (cache,) = tmp_path.glob("word-tags-*.marshal")
    cache.write_bytes(b"\x00garbage")
    assert word_tags.load().tags["表示"].startswith("v")
    assert cache.read_bytes() != b"\x00garbage"


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("YANLU_CACHE_DIR", str(blocker / "yanlu"))
    assert word_tags.load().tags["表示"].startswith("v")
    assert sorted(os.listdir(tmp_path)) == ["not-a-folder"]
