"""``yanlu export``: one article as CSV/JSON/Markdown, a corpus as JSONL/CSV; ``yanlu FILE --pdf``."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.bundled import resource
from gui.cli import main
from gui.engine.export import CSV_FIELDS, quotes_from_csv

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = str(resource("article.txt"))
CORPUS = ROOT / "tests" / "data" / "corpus" / "tuning"


def _analyze_json(capsys, *args):
    assert main(["analyze", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("variant", ["original", "hans", "tw"])
def test_csv_parses_back_to_the_same_quotations_as_analyze(capsys, tmp_path, variant):
    expected = _analyze_json(capsys, ARTICLE, "--variant", variant)["quotes"]
    out = tmp_path / "out.csv"
    assert main(["export", ARTICLE, "--format", "csv", "--variant", variant, "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert quotes_from_csv(data.decode("utf-8")) == expected
    # Without -o: the same table on stdout, without the BOM.
    assert main(["export", ARTICLE, "--format", "csv", "--variant", variant]) == 0
    printed = capsys.readouterr().out
    assert not printed.startswith("\ufeff") and quotes_from_csv(printed) == expected


def test_json_is_the_analyze_contract_and_markdown_renders(capsys, qapp):
    expected = _analyze_json(capsys, ARTICLE, "--variant", "hk")
    assert main(["export", ARTICLE, "--variant", "hk"]) == 0  # json by default
    assert json.loads(capsys.readouterr().out) == expected
    assert main(["export", ARTICLE, "--format", "md", "--variant", "hans"]) == 0
    markdown = capsys.readouterr().out
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setMarkdown(markdown)
    assert document.toMarkdown()  # parsed
    assert "冯芳喜，市政协主席" in document.toPlainText()
    assert markdown.count("\n## ") == 5


def test_bad_file_and_bad_format_are_one_line_and_status_2(capsys, tmp_path):
    assert main(["export", str(tmp_path / "missing.txt"), "--format", "csv"]) == 2
    with pytest.raises(SystemExit, match="2"):
        main(["export", ARTICLE, ARTICLE, "--format", "md"])
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("yanlu export: ") for line in err)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    for number, path in enumerate(sorted(CORPUS.glob("*.json"))[:6]):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        (folder / ("nested" if number % 2 else "") / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        if number < 2:  # web pages among them: in parallel runs they go to workers of their own
            body = "".join(f"<p>{line}</p>" for line in text.splitlines())
            page = f'<html><head><meta charset="utf-8"></head><body><article>{body}</article></body></html>'
            (folder / f"{path.stem}-page.html").write_text(page, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not an article format: not read
    return folder


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_corpus_jsonl_on_two_processes_skips_and_reports_bad_files(tmp_path):
    folder = _corpus(tmp_path)
    out = tmp_path / "all.jsonl"
    result = _run("export", str(folder), "--format", "jsonl", "-o", str(out), "--jobs", "2")
    assert result.returncode == 1, result.stderr  # some files were skipped
    skipped = [line for line in result.stderr.splitlines() if line.startswith("yanlu export: skipped")]
    assert sorted(Path(line.split()[3].rstrip(":")).name for line in skipped) == ["empty.txt", "photo.md"]
    assert "8 file(s) read" in result.stderr and "2 skipped" in result.stderr
    assert "10/10 files" in result.stderr  # the progress bar got to the end
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and set(records[0]) == set(CSV_FIELDS)
    assert any(r["file"].endswith("-page.html") for r in records)
    # One process gives the very same records, in the same order.
    single = tmp_path / "single.jsonl"
    assert _run("export", str(folder), "-o", str(single), "--jobs", "1").returncode == 1
    assert single.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    # Each file's records are what ``analyze --json`` says about it.
    first = records[0]["file"]
    analysed = json.loads(_run("analyze", first, "--json").stdout)["quotes"]
    mine = [
        {k: r[k] for k in ("start", "end", "text", "speaker", "kind")} for r in records if r["file"] == first
    ]
    assert mine == analysed


def test_corpus_csv_names_files_and_chapters(capsys, tmp_path):
    from loader_samples import build_epub

    book = tmp_path / "book.epub"
    book.write_bytes(
        build_epub(
            [
                ("a.xhtml", "第一章", "<p>他說：“我們出發。”</p>"),
                ("b.xhtml", "第二章", "<p>她說：“好的。”</p>"),
            ]
        )
    )
    out = tmp_path / "all.csv"
    assert main(["export", str(book), ARTICLE, "--format", "csv", "-o", str(out), "--jobs", "1"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["chapter"] for r in rows if r["file"] == str(book)] == ["1", "2"]
    assert {r["file"] for r in rows} == {str(book), ARTICLE}


def test_pdf_headless_with_a_speaker(tmp_path):
    out = tmp_path / "article.pdf"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)  # --pdf needs no display of its own
    result = subprocess.run(
        [sys.executable, "-m", "gui", ARTICLE, "--pdf", str(out), "--variant", "hans", "--speaker", "冯芳喜"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    bad = subprocess.run(
        [sys.executable, "-m", "gui", ARTICLE, "--pdf", str(out), "--speaker", "沒有這人"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "no speaker named" in bad.stderr


def test_the_articles_script_can_be_given_for_one_file_and_a_corpus(capsys, tmp_path):
    # Traditional text quoting a Simplified line: taken as Traditional (found so), the 臺灣 view
    # leaves the Simplified line alone; told it is Simplified, every character is converted.
    article = tmp_path / "mixed.txt"
    article.write_text("王明說：“慰藉著受傷的心靈，慰藉着受伤的心灵。”\n", encoding="utf-8")
    shown = {}
    for script in ("auto", "simplified"):
        assert main(["export", str(article), "--variant", "tw", "--script", script]) == 0
        shown[script] = json.loads(capsys.readouterr().out)["quotes"][0]["text"]
    assert "受伤的心灵" in shown["auto"] and "受傷的心靈，慰藉著受傷的心靈" in shown["simplified"]
    out = tmp_path / "corpus.jsonl"
    args = ["export", str(article), ARTICLE, "--variant", "tw", "--jobs", "1", "-o", str(out)]
    assert main([*args, "--script", "simplified"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any("受傷的心靈，慰藉著受傷的心靈" in json.dumps(r, ensure_ascii=False) for r in records)
