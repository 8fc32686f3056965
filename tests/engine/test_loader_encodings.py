"""Every labelled article, saved in every encoding a Chinese reader meets, loads back unchanged."""

from __future__ import annotations

import pytest
from loader_samples import TRADITIONAL, corpus_names, corpus_text

from gui.engine.formats.loader import (
    ENCODING_LABELS,
    OFFERED_ENCODINGS,
    LoadError,
    load_document,
)

UNIVERSAL = ("utf-8", "utf-8-sig", "utf-16", "gb18030")
NEWLINES = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def with_line_breaks(text: str) -> str:
    """The article with line breaks, so the CRLF/CR variants have something to convert."""
    return text if "\n" in text else text.replace("。", "。\n")


def cases() -> list[tuple[str, str, str]]:
    out = []
    for name in corpus_names():
        encodings = UNIVERSAL + (("big5", "big5hkscs") if name in TRADITIONAL else ())
        out.extend((name, encoding, newline) for encoding in encodings for newline in NEWLINES)
    return out


@pytest.mark.parametrize(("name", "encoding", "newline"), cases())
def test_corpus_article_round_trips(tmp_path, name, encoding, newline):
    expected = with_line_breaks(corpus_text(name))
    saved = expected.replace("\n", NEWLINES[newline])
    try:
        data = saved.encode(encoding)
    except UnicodeEncodeError as error:  # a traditional article with a character Big5 lacks
        pytest.skip(f"{name} has {saved[error.start : error.end]!r}, which {encoding} cannot encode")
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)

    document = load_document(path)

    assert document.text == expected
    assert document.format == "text"
    assert document.has_chinese
    assert document.replacements == 0
    assert document.encoding in OFFERED_ENCODINGS
    # what the loader reports can be handed straight back as an override
    assert load_document(path, encoding=document.encoding).text == expected


def test_traditional_articles_really_are_big5():
    """Guard against the Big5 cases above silently turning into skips."""
    for name in TRADITIONAL:
        corpus_text(name).encode("big5")


@pytest.mark.parametrize("name", corpus_names())
@pytest.mark.parametrize("length", [12, 40])
def test_short_snippets_are_not_mistaken_for_the_other_chinese_encoding(tmp_path, name, length):
    """The classic trap: Big5 bytes decode as GBK (and often back) without an error."""
    text = corpus_text(name)
    path = tmp_path / "snippet.txt"
    for start in range(0, len(text) - length, 97):
        snippet = text[start : start + length]
        for encoding in ("gb18030", "big5"):
            try:
                path.write_bytes(snippet.encode(encoding))
            except UnicodeEncodeError:
                continue
            assert load_document(path).text == snippet, (encoding, snippet)


def test_offered_encodings_have_labels_and_decode():
    assert set(OFFERED_ENCODINGS) == set(ENCODING_LABELS)
    for encoding in OFFERED_ENCODINGS:
        "中文".encode().decode(encoding, errors="replace")


def test_override_wins_over_detection(tmp_path):
    text = corpus_text("tw-jeju-bird-radar")
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("big5"))
    assert load_document(path).encoding == "big5"
    wrong = load_document(path, encoding="gb18030")  # mojibake, but what the reader asked for
    assert wrong.encoding == "gb18030" and wrong.text != text
    with pytest.raises(LoadError, match="not valid GBK"):  # too many invalid bytes to be of use
        load_document(path, encoding="gbk")
    assert load_document(path, encoding="Big5").text == text


def test_big5_override_accepts_windows_big5_characters(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("碁銹裏墻恒粧嫺".encode("cp950"))
    assert load_document(path, encoding="big5").text == "碁銹裏墻恒粧嫺"


def test_hong_kong_characters_load(tmp_path):
    text = "香港特區政府表示，涉及嘅問題會處理。佢話：「冇問題，啱㗎。」"
    path = tmp_path / "hk.txt"
    path.write_bytes(text.encode("big5hkscs"))
    assert load_document(path).text == text


@pytest.mark.parametrize("name", ["klingon", "rot13", "base64", ""])
def test_unknown_override_is_a_load_error(tmp_path, name):
    path = tmp_path / "article.txt"
    path.write_text("中文", encoding="utf-8")
    with pytest.raises(LoadError):
        load_document(path, encoding=name)


def test_override_that_cannot_decode_is_a_load_error(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(corpus_text("cn-roy-comeback").encode("gb18030"))
    with pytest.raises(LoadError, match="not valid UTF-8"):
        load_document(path, encoding="utf-8")


def test_utf16_without_bom(tmp_path):
    text = "Hello, 世界。他說：「你好。」\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        assert load_document(path).text == text


def test_a_few_damaged_bytes_are_replaced_not_fatal(tmp_path):
    text = with_line_breaks(corpus_text("cn-fan-bin-apology"))
    data = text.encode("gb18030")
    damaged = data[:300] + b"\xff" + data[300:-1]  # one bad byte, and the last character cut in half
    path = tmp_path / "damaged.txt"
    path.write_bytes(damaged)
    document = load_document(path)
    assert document.encoding == "gb18030"
    assert 1 <= document.replacements <= 3
    assert any("damaged" in note for note in document.warnings)
    assert document.text.startswith(text[:100])


def test_pinyin_annotations_and_script_are_kept(tmp_path):
    text = "兩岸協(xié)商，說(shuō)明“简体”與「繁體」並存。"
    path = tmp_path / "pinyin.txt"
    path.write_bytes(text.encode("gb18030"))
    assert load_document(path).text == text
