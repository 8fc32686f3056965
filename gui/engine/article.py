"""An article as Yanlu reads it: clean text, title, body and the byline/source footer.

All offsets index ``Article.text``: the text as it arrived with pinyin annotations removed.
That is the text the analysis reads, and every script view maps its offsets back to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.pinyin import strip_annotations

# Labels that open a credit line at the end of a news article: source, reporters, editors.
# Both scripts are listed because the footer is found before any script folding.
_CREDIT_LABELS = (
    "來源|来源|稿源|出處|出处|記者|记者|通訊員|通讯员|作者|撰文|攝影|摄影|圖|图|文|"
    "編輯|编辑|責任編輯|责任编辑|責編|责编|版面編輯|版面编辑|新媒體編輯|新媒体编辑|"
    "校對|校对|審核|审核|審校|审校|監製|监制|原標題|原标题|本文來源|本文来源|日期|發佈時間|发布时间"
)
_CREDIT_LINE = re.compile(rf"^\s*[【\[（(]?\s*(?:{_CREDIT_LABELS})\s*[】\]）)]?\s*[:：︰｜|]")
_MAX_CREDIT_LINE = 80  # a credit line is short; a long line opening with 文: is prose
_MAX_TITLE = 120  # a first line longer than this is a paragraph, not a title


@dataclass(frozen=True)
class Article:
    """A parsed article. ``body_start``..``footer_start`` is the body; the rest is title and footer."""

    text: str
    title_end: int  # 0 when the first line is not a title
    footer_start: int  # len(text) when there is no byline/source footer
    annotations: dict[int, str]  # offset of an annotated Han character → its pinyin syllable
    headings: tuple[tuple[int, int], ...] = ()  # (start, end) of each heading line after the title

    @property
    def title(self) -> str:
        return self.text[: self.title_end]

    @property
    def body_start(self) -> int:
        return self.title_end + 1 if self.title_end else 0

    @property
    def footer(self) -> str:
        return self.text[self.footer_start :].strip()


def parse_article(raw: str, heading_lines: tuple[int, ...] = ()) -> Article:
    """Split ``raw`` into title, body and footer after removing pinyin annotations.

    ``heading_lines`` are the line numbers of headings (from a Markdown file, say); the first
    line is the title already, so it is not among the article's headings.
    """
    stripped = strip_annotations(raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = stripped.text
    title_end = _title_end(text)
    return Article(
        text=text,
        title_end=title_end,
        footer_start=_footer_start(text),
        annotations=stripped.annotations,
        headings=_line_spans(text, heading_lines, skip_first=bool(title_end)),
    )


def _line_spans(text: str, lines: tuple[int, ...], skip_first: bool) -> tuple[tuple[int, int], ...]:
    """(start, end) of the given line numbers (annotations removed keep the line breaks)."""
    wanted = set(lines) - ({0} if skip_first else set())
    spans, start = [], 0
    for number, line in enumerate(text.split("\n")):
        if number in wanted:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(spans)


def _title_end(text: str) -> int:
    newline = text.find("\n")
    if newline <= 0 or newline > _MAX_TITLE:
        return 0
    return newline if text[newline + 1 :].strip() else 0


def _footer_start(text: str) -> int:
    """Offset of the first of the trailing credit lines, or ``len(text)`` when there are none."""
    footer = len(text)
    line_end = len(text)
    while line_end > 0:
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end].strip()
        is_credit = bool(_CREDIT_LINE.match(line)) and len(line) <= _MAX_CREDIT_LINE
        if line and not is_credit:
            return footer
        if line_start == 0:
            break
        if line:
            footer = line_start
        line_end = line_start - 1
    return len(text)  # nothing but credit lines: show them as the body
