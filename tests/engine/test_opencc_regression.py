"""OpenCC 1.4.2's regression lines (tests/data/opencc, Apache-2.0) through Yanlu's views.

``python3 tests/opencc_regression.py`` prints the same figures (and ``-v`` the failing lines).
"""

import json
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from opencc_regression import VIEWS, cases, pass_rate, run

REQUIRED = ("t2s", "s2t", "s2tw", "s2hk", "t2tw", "t2hk")


@pytest.fixture(scope="module")
def given():
    return run(detect=False)


@pytest.fixture(scope="module")
def detected():
    return run(detect=True)


@pytest.mark.parametrize("config", REQUIRED)
def test_each_view_passes_opencc_lines_when_the_script_is_given(given, config):
    assert pass_rate(given[config]) >= 0.95


@pytest.mark.parametrize("config", ["s2twp", "tw2s", "hk2s"])
def test_other_configs_stay_close(given, config):
    assert pass_rate(given[config]) >= 0.9


@pytest.mark.parametrize("config", VIEWS)
def test_detected_script_loses_only_the_lines_that_mix_both_scripts(detected, config):
    # The lines that mix scripts on purpose (狸猫 狸貓 貍貓) expect opposite things under s2… and
    # t2… for one input; a text cannot be both, so those are the only losses allowed here.
    mixed = {"狸猫 狸貓 貍貓", "甲胄 甲冑", "抬头 擡头 抬頭 擡頭", "几率 機率 機會率 概率",
             "慰藉著受傷的心靈 慰藉着受伤的心灵", "有线新闻 无线新闻 无线新闻台 有線新聞 無線新聞 無線新聞台",
             "恒生大学 恒生指数 观塘线 港岛线 恆生大學 恆生指數 觀塘線 港島線"}
    lines = [line for line in detected[config] if line.source not in mixed]
    assert pass_rate(lines) >= 0.9


@pytest.mark.parametrize("config", REQUIRED)
def test_each_view_passes_opencc_lines_through_the_command_line(config, tmp_path, capsysbinary):
    # As a user gets them: `yanlu analyze FILE --script S --variant V --json`, the script given as
    # OpenCC's config gives it (View ▸ Article's Script in the window).
    from gui.analyze_command import main

    script = "simplified" if config.startswith("s") else "traditional"
    variant = VIEWS[config][0].value
    lines = [(case["input"], case["expected"][config]) for case in cases() if config in case["expected"]]
    passed = 0
    for number, (source, expected) in enumerate(lines):
        path = tmp_path / f"{number}.txt"
        path.write_text(source, encoding="utf-8")
        assert main([str(path), "--script", script, "--variant", variant, "--json"]) == 0
        shown = json.loads(capsysbinary.readouterr().out)["text"].strip()
        passed += unicodedata.normalize("NFKC", shown) == unicodedata.normalize("NFKC", expected)
    assert passed / len(lines) >= 0.95


def test_the_regression_file_is_opencc_1_4_2():
    version = (Path(__file__).resolve().parents[1] / "data" / "opencc" / "VERSION").read_text()
    assert "OpenCC 1.4.2" in version
