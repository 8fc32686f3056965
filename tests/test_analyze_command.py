"""``yanlu analyze``: the exact JSON contract, the table, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.analyze_command import analysis_json
from gui.bundled import resource
from gui.cli import main
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = str(resource("article.txt"))


def _analyze_json(capsys, *args):
    assert main(["analyze", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("variant", ["original", "hans", "hant", "tw", "hk"])
def test_json_contract_on_the_bundled_article(capsys, seed_gold, variant):
    result = _analyze_json(capsys, ARTICLE, "--variant", variant)
    assert set(result) == {"variant", "text", "speakers", "quotes"}
    assert result["variant"] == variant
    text = result["text"]
    names = [speaker["name"] for speaker in result["speakers"]]
    assert len(names) == len(seed_gold["speakers"]) == 5
    for speaker in result["speakers"]:
        assert set(speaker) == {"name", "title", "group", "quotes", "indirect"}
    for quote in result["quotes"]:
        assert set(quote) == {"start", "end", "text", "speaker", "kind"}
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["speaker"] in names
    kinds = [quote["kind"] for quote in result["quotes"]]
    assert kinds.count("direct") == 8 and kinds.count("indirect") == 3
    assert sum(s["quotes"] for s in result["speakers"]) == 8
    assert "(xié)" not in text and "協(" not in text


def test_original_text_is_the_gold_text(capsys, seed_gold):
    result = _analyze_json(capsys, ARTICLE)
    assert result["text"] == seed_gold["text"]
    direct = [(q["start"], q["end"], q["speaker"]) for q in result["quotes"] if q["kind"] == "direct"]
    assert direct == [(q["start"], q["end"], q["speaker"]) for q in seed_gold["quotes"]]


def test_converted_views_repair_the_text_and_the_names(capsys):
    hant = _analyze_json(capsys, ARTICLE, "--variant", "hant")
    assert "規範化" in hant["text"] and "最後一公里" in hant["text"]
    hans = _analyze_json(capsys, ARTICLE, "--variant", "hans")
    assert "冯芳喜" in [s["name"] for s in hans["speakers"]]
    assert "省政协主席" in [s["title"] for s in hans["speakers"]]


def test_readable_table(capsys):
    assert main(["analyze", ARTICLE]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Speakers (5):")
    assert "孔昌生 (省政協主席)" in out


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.txt", None), ("empty.txt", b""), ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(64))],
)
def test_bad_input_is_one_line_and_status_2(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "gui", "analyze", str(path), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in result.stderr


def test_bad_arguments_are_status_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", ARTICLE, "--variant", "klingon"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


TEXTS = st.one_of(
    st.text(max_size=120),
    st.lists(
        st.sampled_from(
            ["“", "”", "「", "」", "說", "表示，", "他", "王小明", "。", "\n", "軟件", "U盘", ",", "好"]
        ),
        max_size=40,
    ).map("".join),
)


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.sampled_from(list(Variant)))
def test_json_round_trips_with_exact_spans(text, variant):
    result = analysis_json(Reading.analysed(text), variant)
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result
    names = {speaker["name"] for speaker in result["speakers"]}
    for quote in result["quotes"]:
        assert 0 <= quote["start"] <= quote["end"] <= len(result["text"])
        assert result["text"][quote["start"] : quote["end"]] == quote["text"]
        assert quote["speaker"] is None or quote["speaker"] in names


def test_top_level_help_lists_the_commands(capsys):
    import pytest

    from gui.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0 and "analyze FILE" in out and "evaluate FOLDER" in out


def test_analyze_help_explains_file_and_variant(capsys):
    import pytest

    from gui.analyze_command import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "FILE" in out and "the article" in out and "hans (简体)" in out and "tw (臺灣" in out


def test_an_empty_speaker_is_rejected(capsys):
    import pytest

    from gui.cli import parse_reader_options

    with pytest.raises(SystemExit) as exit_info:
        parse_reader_options(["--speaker", " "])
    assert exit_info.value.code == 2 and "--speaker" in capsys.readouterr().err


def test_a_plain_launch_reads_as_the_full_parser_reads_it():
    from gui.cli import parse_reader_options

    # "--" sends the same words through argparse; the usual launches skip building it.
    assert parse_reader_options([]) == parse_reader_options(["--"])
    assert parse_reader_options(["新聞.txt"]) == parse_reader_options(["--", "新聞.txt"])
    assert parse_reader_options(["新聞.txt"]).file == "新聞.txt"
    assert parse_reader_options(["a.txt", "--variant", "hans"]).variant.value == "hans"


def test_evaluate_help_explains_its_folders(capsys):
    import pytest

    from gui.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert out.startswith("usage: yanlu evaluate") and "FOLDER" in out
    assert "--json" in out and "--errors" in out
