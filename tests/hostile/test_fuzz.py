"""Fuzzing the loader and the analysis with hypothesis: bounded in CI, for as long as you like
on demand::

    YANLU_FUZZ_SECONDS=3600 python3 -m pytest tests/hostile/test_fuzz.py -p no:cacheprovider

Whatever the bytes, the loader returns a document or raises LoadError; whatever the text, the
analysis and every script view finish without an exception and with offsets inside the text.
A failure hypothesis finds becomes a case in hostile_cases.py (or a test beside it).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from hostile_cases import ARTICLE, SIGNATURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.engine.formats.loader import LoadError, load_document
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

FUZZ_SECONDS = float(os.environ.get("YANLU_FUZZ_SECONDS", "0"))
EXAMPLES = 150 if not FUZZ_SECONDS else 2_000
SUFFIXES = ["", ".txt", ".md", ".html", ".xhtml", ".epub"]
PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<!DOCTYPE html><html><head><meta charset=gbk>",
    b'<?xml version="1.0" encoding="rot13"?><html>',
    b"PK\x03\x04",
    b"---\ntitle: x\n---\n",
    ARTICLE.encode("gbk", errors="ignore"),
    ARTICLE.encode(),
    *SIGNATURES.values(),
]
MARKUP = [
    "<p>",
    "</p>",
    "<div>",
    "&nbsp;",
    "&#0;",
    "<![CDATA[",
    "<!--",
    "<?xml",
    "“",
    "”",
    "「",
    "」",
    "說：",
    "\x00",
    "\x85",
]


def _for_a_while(test) -> None:
    """Run a hypothesis test once (CI), or again and again until YANLU_FUZZ_SECONDS are up."""
    deadline = time.monotonic() + FUZZ_SECONDS
    test()
    while time.monotonic() < deadline:
        test()


fuzz_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_the_loader_never_fails_but_with_a_load_error():
    folder = Path(tempfile.mkdtemp(prefix="yanlu-fuzz-"))

    @fuzz_settings
    @given(
        prefix=st.sampled_from(PREFIXES),
        body=st.one_of(
            st.binary(max_size=3000),
            st.lists(st.sampled_from(MARKUP + list(ARTICLE)), max_size=400).map(
                lambda p: "".join(p).encode()
            ),
        ),
        suffix=st.sampled_from(SUFFIXES),
    )
    def check(prefix, body, suffix):
        path = folder / f"input{suffix}"
        path.write_bytes(prefix + body)
        try:
            document = load_document(path)
        except LoadError as error:
            assert str(error) and "\n" not in str(error)
        else:
            assert document.chapters and all(c.text.strip() for c in document.chapters)

    _for_a_while(check)


def test_the_analysis_never_fails():
    @fuzz_settings
    @given(
        text=st.one_of(
            st.text(max_size=400),
            st.lists(
                st.sampled_from(MARKUP + list(ARTICLE) + ["\n", "王", "表示", "他說"]), max_size=300
            ).map("".join),
        )
    )
    def check(text):
        reading = Reading.analysed(text)
        for variant in Variant:
            view = reading.view(variant)
            for span in reading.spans(view):
                assert 0 <= span.start <= span.end <= len(view.text)

    _for_a_while(check)
