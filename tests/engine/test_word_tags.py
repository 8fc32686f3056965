"""jieba's word list read into the name finder's tables, and cached."""

from __future__ import annotations

import marshal
import os

from gui.engine.speech import word_tags


def test_the_tables_hold_tags_and_the_counts_of_names(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    tables = word_tags.load()
    assert tables.tags["分析师"].startswith("n")
    assert tables.tags["表示"].startswith("v")
    tags = dict(tables.tags.items())
    assert set(tables.name_counts) <= {w for w, tag in tags.items() if tag in word_tags.NAME_TAGS}
    assert list(tmp_path.glob("word-tags-*.marshal")), "the tables are cached for the next process"


def test_a_cached_copy_reads_back_the_same_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    first = word_tags.load()
    second = word_tags.load()  # now from the cache file
    assert dict(first.tags.items()) == dict(second.tags.items()) and first.name_counts == second.name_counts


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


def test_the_packed_table_reads_as_the_whole_word_list(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    word_tags.load()
    table = word_tags.load().tags  # from the cache, nothing unpacked yet
    tags, _ = word_tags.parse(word_tags.word_list())
    sample = list(tags.items())[::997]
    assert all(table.get(word) == tag and table[word] == tag and word in table for word, tag in sample)
    for missing in ("不是一個詞語嗎", "", "zzz", "\U00020000", sample[0][0] + "\n"):
        assert table.get(missing) is None and table.get(missing, "") == "" and missing not in table
    assert len(table) == len(tags) and dict(table.items()) == tags


def test_a_cache_with_groups_out_of_step_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    word_tags.load()
    (cache,) = tmp_path.glob("word-tags-*.marshal")
    header, checksum, payload = marshal.loads(cache.read_bytes())
    packed, *rest = marshal.loads(payload)
    first = next(iter(packed))
    packed[first] = (packed[first][0] + "\n多餘", packed[first][1])  # a word without its tag
    cache.write_bytes(marshal.dumps((header, checksum, marshal.dumps((packed, *rest)))))
    assert word_tags.load().tags["表示"].startswith("v")
    _, _, payload = marshal.loads(cache.read_bytes())
    assert marshal.loads(payload)[0][first] != packed[first], "rewritten from the word list"


def test_a_cache_for_another_threshold_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    tables = word_tags.load()
    (cache,) = tmp_path.glob("word-tags-*.marshal")
    header, checksum, payload = marshal.loads(cache.read_bytes())
    cache.write_bytes(marshal.dumps(((header[0], header[1] + 1), checksum, payload)))
    assert word_tags.load().rare_name_prefixes == tables.rare_name_prefixes
    assert marshal.loads(cache.read_bytes())[0] == header, "rewritten for this threshold"


def test_the_counts_and_rare_names_read_as_the_word_list_gives_them(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    word_tags.load()
    tables = word_tags.load()  # from the cache
    tags, counts = word_tags.parse(word_tags.word_list())
    singles = {word: tag for word, tag in tags.items() if len(word) == 1}
    assert all(tables.tags.get(word) == tag and tables.tags[word] == tag for word, tag in singles.items())
    assert tables.tags.get("\U00020000") is None, "a character that is no word"
    assert dict(tables.name_counts.items()) == counts and len(tables.name_counts) == len(counts)
    rare = {w for w, n in counts.items() if n < word_tags.COMMON_NAME and 2 <= len(w) <= 4}
    assert tables.rare_name_prefixes == {w[:2] for w in rare} and tables.name_counts.get("不是名字") is None


def test_a_cache_of_the_wrong_shape_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    word_tags.load()
    (cache,) = tmp_path.glob("word-tags-*.marshal")
    cache.write_bytes(marshal.dumps(({"表": (1, 2)}, {})))  # same format number, other contents
    assert word_tags.load().tags["表示"].startswith("v")


def test_a_new_cache_replaces_the_files_of_older_versions(tmp_path, monkeypatch):
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    older = [tmp_path / "word-tags-1-100-200.marshal", tmp_path / "word-tags-3-100-300.marshal"]
    for path in older:
        path.write_bytes(b"an older format's tables")
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("not a cache of ours")
    word_tags.load()
    (current,) = tmp_path.glob("word-tags-*.marshal")
    assert current not in older and unrelated.exists()
