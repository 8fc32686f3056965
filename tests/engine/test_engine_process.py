"""The engine process's protocol, run in this process with plain queues."""

from __future__ import annotations

import queue
from types import SimpleNamespace

from gui.bundled import bundled_article_text
from gui.engine.article import parse_article
from gui.engine.engine_process import serve, warm_up
from gui.engine.model import Analysis
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

ARTICLE = parse_article("標題\n王大明說：“我們明天就出發。”他表示，天氣不錯。")


def _run(requests, current, ahead=None):
    inbox, outbox = queue.Queue(), queue.Queue()
    for request in [*requests, None]:
        inbox.put(request)
    pipe_in, pipe_out = SimpleNamespace(recv=inbox.get), SimpleNamespace(send=outbox.put)
    serve(pipe_in, pipe_out, SimpleNamespace(value=current), ahead)
    answers = []
    while not outbox.empty():
        answers.append(outbox.get())
    return answers


def test_analysis_then_views_with_names():
    answers = _run([("analyse", 3, ARTICLE, False, None), ("view", 3, "hans")], current=3)
    assert [a[0] for a in answers] == ["analysed", "view"]
    analysis = answers[0][2]
    assert [s.name for s in analysis.speakers] == ["王大明"]
    _, job, variant, view, names = answers[1]
    assert (job, variant) == (3, "hans")
    assert "我们明天就出发" in view.text
    assert names == {"王大明": ("王大明", None)}


def test_stale_jobs_are_dropped():
    answers = _run([("analyse", 1, ARTICLE, False, None), ("view", 1, "hant")], current=2)
    assert answers == []


def test_adopting_an_analysis_skips_it():
    analysed = _run([("analyse", 1, ARTICLE, False, None)], current=1)[0][2]
    answers = _run([("adopt", 2, ARTICLE, True, None, analysed), ("view", 2, Variant.TW.value)], current=2)
    assert [a[0] for a in answers] == ["adopted", "view"]


def test_offsets_index_the_text_the_window_parsed():
    # Parsed again, 字(zi) (left by 字(zì)(zi)) would lose its annotation too and every later
    # offset would shift: the engine analyses the window's article as it is.
    article = parse_article("標題\n李小華說：“字(zì)(zi)好。”王大明說：“我們明天就出發。”")
    analysis = _run([("analyse", 1, article, False, None)], current=1)[0][2]
    said = {q.speaker: article.text[q.start : q.end] for q in analysis.quotes}
    assert said == {"李小華": "字(zi)好。", "王大明": "我們明天就出發。"}


def test_a_failure_is_an_answer_not_a_dead_process():
    answers = _run([("view", 5, "hans"), ("analyse", 5, ARTICLE, False, None)], current=5)
    assert answers[0][0] == "failed" and "KeyError" in answers[0][2]
    assert answers[1][0] == "analysed"


def test_the_article_analysed_ahead_answers_its_own_request_only():
    text = ARTICLE.text
    foreseen = Analysis()  # an analysis that is recognisably not made anew (it has no speakers)
    same = _run([("analyse", 1, ARTICLE, False, None)], current=1, ahead=(text, foreseen))
    assert same[0][2] is foreseen
    longer = parse_article(ARTICLE.text + "他说：“再见。”")
    other = _run([("analyse", 1, longer, False, None)], current=1, ahead=(text, foreseen))
    assert [s.name for s in other[0][2].speakers] == ["王大明"]


def test_the_article_analysed_ahead_waits_for_its_own_request():
    # A file named on the command line is opened after the bundled article shown while it loads.
    text = ARTICLE.text
    foreseen = Analysis()
    other = ("analyse", 1, parse_article("標題\n李小華說：「好。」"), False, None)
    answers = _run([other, ("analyse", 1, ARTICLE, False, None)], current=1, ahead=(text, foreseen))
    assert answers[0][2] is not foreseen and answers[1][2] is foreseen


def test_the_article_analysed_ahead_answers_once():
    text = ARTICLE.text
    twice = [("analyse", 1, ARTICLE, False, None)] * 2
    answers = _run(twice, current=1, ahead=(text, Analysis()))
    assert answers[0][2].speakers == () and [s.name for s in answers[1][2].speakers] == ["王大明"]


def test_warm_up_analyses_a_small_named_file_ahead(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(ARTICLE.text, encoding="utf-8")
    text, analysis = warm_up(str(path))
    assert text == ARTICLE.text
    assert [s.name for s in analysis.speakers] == ["王大明"]


def test_warm_up_with_the_bundled_article_names_its_speakers():
    text, analysis = warm_up(True)
    assert text == Reading.parse(bundled_article_text()).text and analysis.speakers


def test_warm_up_ignores_a_file_it_cannot_read_or_that_is_a_book(tmp_path):
    assert warm_up(str(tmp_path / "missing.txt")) is None
    assert warm_up(str(tmp_path)) is None  # a folder
    book = tmp_path / "book.txt"
    book.write_text("他说：“好。”\n" * 200_000, encoding="utf-8")  # over the 1 MiB a news article needs
    assert warm_up(str(book)) is None
    assert warm_up(None) is None


def test_warm_up_leaves_a_book_in_a_small_compressed_file_alone(tmp_path):
    from loader_samples import build_epub

    long_chapter = "<p>" + "王大明說：「好。」" * 40_000 + "</p>"  # 360,000 characters
    path = tmp_path / "book.epub"
    chapters = [("one.xhtml", "第一章", long_chapter), ("two.xhtml", "第二章", "<p>走。</p>")]
    path.write_bytes(build_epub(chapters))
    assert path.stat().st_size < 1024 * 1024  # small on disk: compressed
    assert warm_up(str(path)) is None
    single = tmp_path / "one-chapter.epub"
    single.write_bytes(build_epub([("one.xhtml", "第一章", long_chapter)]))
    assert warm_up(str(single)) is None  # one chapter, but more than news
