"""Speed of ``analyze`` against one OpenCC t2s conversion of the same ≥1M-character text.

Run with ``python tests/benchmarks/bench_analysis.py``.

The text must not let memo caches or repeated fragments help, so it is *varied*: synthetic
articles are assembled (with a fixed seed) from sentences shuffled across all labelled articles
(corpus and probes), every speaker name is replaced by a name generated from a pool of
surname + given-name combinations, digits are re-drawn, and about a third of the articles are
converted to the other script. Almost no clause repeats, so nothing can be answered from a cache.

Reported:
- cold: ``analyze`` on one varied text, first call after jieba's dictionary is loaded (jieba's
  load time, once per process, is reported separately);
- warm: ``analyze`` on the same text again (whatever the process keeps between calls helps);
- OpenCC t2s on the same text, and the ratios (both must be <= 1; the engine aims at <= 0.6, for
  a margin on a noisy machine).
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET = 1_000_000
SEED = 20240611
DATA = [ROOT / "tests" / "data" / "corpus" / "tuning", ROOT / "tests" / "data" / "probes"]

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
    "余杜叶程苏魏吕丁沈姚卢"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娥建国志"
    "文斌宇浩凯鹏辉晨博泽瑞嘉俊睿欣怡梓涵思雨"
)
FOREIGN = "安东尼卡特约翰史密斯马克杰克逊米勒戴维斯布朗威尔逊詹姆斯罗伯特哈里斯"


def _articles() -> list[dict]:
    articles = []
    for folder in DATA:
        for path in sorted(folder.glob("*.json")):
            articles.append(json.loads(path.read_text(encoding="utf-8")))
    return articles


def _sentences(text: str) -> list[str]:
    """Split at 。！？ outside quotation marks (so pairs stay whole)."""
    out: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "“「『‘":
            depth += 1
        elif char in "”」』’" and depth:
            depth -= 1
        elif char in "。！？\n" and depth == 0:
            out.append(text[start : index + 1])
            start = index + 1
    if start < len(text):
        out.append(text[start:])
    return [s for s in out if s.strip()]


def _names(article: dict) -> list[str]:
    """Surface forms of the article's speakers that look like names (longest first)."""
    forms = set()
    for speaker in article.get("speakers", []):
        for form in [speaker["name"], *speaker.get("mentions", [])]:
            if 2 <= len(form) <= 6 and form not in ("他们", "她们"):
                forms.add(form)
    return sorted(forms, key=lambda form: (-len(form), form))


def _generated_name(rng: random.Random, foreign: bool) -> str:
    if foreign:
        first = "".join(rng.choice(FOREIGN) for _ in range(rng.randint(2, 3)))
        last = "".join(rng.choice(FOREIGN) for _ in range(rng.randint(2, 3)))
        return f"{first}·{last}"
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def build_text(target: int = TARGET, seed: int = SEED) -> str:
    """Varied synthetic articles (newline-separated) totalling at least ``target`` characters."""
    import opencc

    rng = random.Random(seed)
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    pool: list[tuple[str, list[str]]] = []  # (sentence, names in its article)
    for article in _articles():
        names = _names(article)
        pool.extend((sentence, names) for sentence in _sentences(article["text"]))
    parts: list[str] = []
    size = 0
    while size < target:
        chosen = rng.sample(pool, min(len(pool), rng.randint(8, 20)))
        mapping: dict[str, str] = {}
        sentences = []
        for sentence, names in chosen:
            for name in names:
                if name in sentence:
                    if name not in mapping:
                        mapping[name] = _generated_name(rng, "·" in name or "・" in name)
                    sentence = sentence.replace(name, mapping[name])
            sentence = re.sub(r"\d", lambda _: str(rng.randint(0, 9)), sentence)
            sentences.append(sentence)
        article = "".join(sentences)
        roll = rng.random()
        if roll < 0.2:
            article = s2t.convert(article)
        elif roll < 0.35:
            article = t2s.convert(article)
        parts.append(article)
        size += len(article) + 1
    return "\n".join(parts)


def main() -> int:
    import opencc

    from gui.engine.speech.analysis import analyze
    from gui.engine.speech.names import dictionary

    text = build_text()
    started = time.perf_counter()
    dictionary()  # jieba's word and tag tables, loaded once per process

    jieba_load = time.perf_counter() - started

    started = time.perf_counter()
    analysis = analyze(text)
    cold_seconds = time.perf_counter() - started

    started = time.perf_counter()
    analyze(text)
    warm_seconds = time.perf_counter() - started

    converter = opencc.OpenCC("t2s")
    started = time.perf_counter()
    converter.convert(text)
    opencc_seconds = time.perf_counter() - started

    clauses = re.split("[，。！？；：\n]", text)
    distinct = len(set(clauses)) / max(1, len(clauses))
    spans, speakers = len(analysis.quotes), len(analysis.speakers)
    print(f"text: {len(text):,} characters (varied, seed {SEED}; {distinct:.0%} of clauses distinct), "
          f"{spans:,} spans, {speakers:,} speakers")
    print(f"jieba dictionary load (once per process, not timed below): {jieba_load:.2f} s")
    print(f"analyze, cold:      {cold_seconds:6.2f} s  {len(text) / cold_seconds:12,.0f} chars/s")
    print(f"analyze, warm:      {warm_seconds:6.2f} s  {len(text) / warm_seconds:12,.0f} chars/s")
    print(f"OpenCC t2s convert: {opencc_seconds:6.2f} s  {len(text) / opencc_seconds:12,.0f} chars/s")
    print(f"ratio analyze/opencc: cold {cold_seconds / opencc_seconds:.2f}, "
          f"warm {warm_seconds / opencc_seconds:.2f} (must be <= 1; aim <= 0.6)")
    return 0 if max(cold_seconds, warm_seconds) <= opencc_seconds else 1


if __name__ == "__main__":
    sys.exit(main())
