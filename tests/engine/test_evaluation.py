import json
from pathlib import Path

from gui.engine.model import Analysis, Quote
from gui.engine.speech.evaluation import main, names_match, score_article

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "tuning"

LABELLED = {
    "id": "toy",
    "text": "“甲乙丙。”王五说。“丁戊。”他说，要做好工作。",
    "quotes": [
        {"start": 1, "end": 5, "speaker": "王五"},
        {"start": 10, "end": 13, "speaker": "王五", "speaker_alt": ["老王"]},
    ],
    "indirect": [{"start": 18, "end": 23, "speaker": "王五"}],
}


def test_names_match_is_strict_but_script_blind():
    assert names_match("黃庚倜", ["黄庚倜"])
    assert not names_match("安东尼·卡特", ["卡特"])  # a superset is not the name
    assert not names_match("陈女", ["陈女士"])  # nor is a fragment
    assert not names_match("张三", ["李四"])
    assert not names_match(None, ["李四"])


def test_a_labelled_mention_counts_as_the_speaker():
    labelled = dict(LABELLED, speakers=[{"name": "王五", "title": None, "mentions": ["王五", "王老五"]}])
    quotes = (Quote(1, 5, "王老五"), Quote(10, 13, "王"), Quote(18, 23, "王五", "indirect"))
    analysis = Analysis(quotes=quotes)
    score = score_article(labelled, analysis)
    assert (score.matched, score.speaker_right) == (2, 1)
    assert any("wrong speaker" in error and "got 王," in error for error in score.errors)


def test_score_counts_matches_speakers_and_indirect_overlap():
    analysis = Analysis(
        quotes=(
            Quote(1, 5, "王五"),
            Quote(10, 13, "老王"),
            Quote(14, 16, "王五"),  # not a gold quote: a false positive
            Quote(18, 21, "王五", "indirect"),  # covers 3 of 5 characters (>= 50%)
        )
    )
    score = score_article(LABELLED, analysis)
    assert (score.matched, score.predicted, score.gold) == (2, 3, 2)
    assert score.precision == 2 / 3 and score.recall == 1.0
    assert score.speaker_accuracy == 1.0
    assert score.indirect_found == 1
    assert (score.indirect_predicted, score.indirect_right) == (1, 1)
    assert any(error.startswith("false quote    14:") for error in score.errors)


def test_indirect_precision_counts_spans_outside_gold():
    analysis = Analysis(quotes=(Quote(18, 23, "王五", "indirect"), Quote(6, 9, "王五", "indirect")))
    score = score_article(LABELLED, analysis)
    assert (score.indirect_found, score.indirect_predicted, score.indirect_right) == (1, 2, 1)
    assert score.indirect_precision == 0.5


def test_indirect_below_half_is_not_found_and_gold_used_once():
    analysis = Analysis(quotes=(Quote(1, 5, "赵六"), Quote(1, 5, "王五"), Quote(18, 20, "王五", "indirect")))
    score = score_article(LABELLED, analysis)
    assert score.matched == 1 and score.speaker_right == 0
    assert score.indirect_found == 0


def test_main_prints_a_table_per_folder_with_errors(capsys, tmp_path):
    (tmp_path / "toy.json").write_text(json.dumps(LABELLED, ensure_ascii=False), encoding="utf-8")
    assert main([str(CORPUS), str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "seed-henan-cppcc" in out and "TOTAL tuning" in out and f"TOTAL {tmp_path.name}" in out
    assert "toy: " in out  # the toy's errors are listed under its table


def test_main_json(capsys, tmp_path):
    (tmp_path / "toy.json").write_text(json.dumps(LABELLED, ensure_ascii=False), encoding="utf-8")
    assert main([str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total"]["gold"] == 2
    assert set(report["total"]) >= {"precision", "recall", "f1", "speaker_accuracy", "indirect_recall",
                                     "indirect_precision"}


def test_main_bad_folder(tmp_path, capsys):
    assert main([str(tmp_path / "missing")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert main([str(tmp_path)]) == 2  # a folder without labelled files
