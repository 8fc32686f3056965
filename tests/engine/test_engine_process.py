"""The engine process's protocol, run in this process with plain queues."""

from __future__ import annotations

import queue
from types import SimpleNamespace

from gui.engine.engine_process import serve
from gui.engine.scripts.script_variants import Variant

ARTICLE = "標題\n王大明說：“我們明天就出發。”他表示，天氣不錯。"


def _run(requests, current):
    inbox, outbox = queue.Queue(), queue.Queue()
    for request in [*requests, None]:
        inbox.put(request)
    serve(SimpleNamespace(recv=inbox.get), SimpleNamespace(send=outbox.put), SimpleNamespace(value=current))
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


def test_a_failure_is_an_answer_not_a_dead_process():
    answers = _run([("view", 5, "hans"), ("analyse", 5, ARTICLE, False, None)], current=5)
    assert answers[0][0] == "failed" and "KeyError" in answers[0][2]
    assert answers[1][0] == "analysed"
