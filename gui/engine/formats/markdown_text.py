"""Markdown read with markdown-it-py (CommonMark): the article's words, one block per line.

Headings, paragraphs, list items, block quotes and code blocks each become one line (a list item
starts with "• " or its number); emphasis, links, images (their alt text stays) and inline code
lose their markup; raw HTML keeps only its text (a tag alone on a line opens an HTML block that
runs to the next blank line, so an article written right under ``<img …>`` is not lost; scripts
and styles are dropped whole), and horizontal rules are left out. A line break inside a
paragraph joins Chinese without a space and Latin words with one. The headings' line numbers are
returned, so the reader can show them as headings. YAML front matter is read for its ``title:``.
Files over ``PARSER_LIMIT`` characters are stripped line by line in linear time instead.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from gui.engine import regex_cache as re

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# markdown-it-py reads ~150,000 characters a second (less on pathological emphasis): beyond this
# size a file is stripped line by line instead, in linear time, so a huge file opens at once.
PARSER_LIMIT = 200_000
_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
# *斜體* — also inside a Chinese sentence (我*回來*了), but not between ASCII letters or digits (5*3*2).
_SINGLE_STAR = re.compile(r"(?<![*\\A-Za-z0-9])\*(?=[^\s*])([^*\n]{0,500}?[^\s*])?\*(?![*A-Za-z0-9])")
_RULE_CHARS = frozenset("-*_= ")
_HIDDEN_HTML_BLOCK = re.compile(r"\s*(?:<(?:script|style|textarea)\b|<!|<\?)", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]{0,2000}>")


@dataclass(frozen=True)
class MarkdownText:
    """A Markdown document as text: its title, its lines, and which lines are headings."""

    title: str | None
    text: str
    heading_lines: tuple[int, ...]  # 0-based line numbers in ``text``


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # loaded when a Markdown file is opened, not at start-up

    # CommonMark with strikethrough and tables; raw HTML is recognised (so it can be left out).
    return MarkdownIt("commonmark").enable(["strikethrough", "table"])


def markdown_to_text(text: str) -> tuple[str | None, str]:
    """The document title (front matter ``title:`` or first heading, or None) and the plain text.

    ``text`` must already have "\\n" line endings.
    """
    document = read_markdown(text)
    return document.title, document.text


def read_markdown(text: str) -> MarkdownText:
    """Title, text and heading lines of a Markdown document (``text`` with "\\n" line endings)."""
    if len(text) > PARSER_LIMIT:
        return _strip_lightly(text)
    title, body = _drop_front_matter(text)
    lines: list[str] = []
    headings: list[int] = []
    list_stack: list[list[int]] = []  # per open list: [next number] (-1 for bullets)
    prefix = ""
    for token in _parser().parse(body):
        kind = token.type
        if kind == "bullet_list_open":
            list_stack.append([-1])
        elif kind == "ordered_list_open":
            list_stack.append([int(token.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif kind == "list_item_open" and list_stack:
            number = list_stack[-1]
            prefix = "• " if number[0] < 0 else f"{number[0]}. "
            if number[0] >= 0:
                number[0] += 1
        elif kind == "heading_open":
            headings.append(len(lines))
        elif kind == "inline":
            line = prefix + _inline_text(token.children or [])
            prefix = ""
            if line.strip():
                lines.append(line.strip())
            elif headings and headings[-1] == len(lines):
                headings.pop()  # an empty heading
        elif kind in ("fence", "code_block"):
            lines += [line for line in token.content.rstrip("\n").split("\n") if line.strip()]
        elif kind == "html_block":
            lines += _html_block_text(token.content)
    if title is None and headings:
        title = lines[headings[0]] or None
    return MarkdownText(title, "\n".join(lines), tuple(headings))


def _html_block_text(content: str) -> list[str]:
    """The text lines of a raw HTML block: tags removed, entities decoded; none for a script,
    a style, a comment or a declaration."""
    if _HIDDEN_HTML_BLOCK.match(content):
        return []
    text = html.unescape(_HTML_TAG.sub("", content))
    return [line.strip() for line in text.split("\n") if line.strip()]


def _inline_text(children: list[Token]) -> str:
    out: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "image":
            out.append(_inline_text(child.children or []))
        elif child.type in ("softbreak", "hardbreak"):
            previous = out[-1][-1:] if out and out[-1] else ""
            out.append(" " if previous.isascii() and previous.strip() else "")
    return "".join(out)


def _drop_front_matter(text: str) -> tuple[str | None, str]:
    """YAML front matter (``---`` … ``---`` at the very top); its ``title:`` is the title."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text
    for end in range(1, min(len(lines), 100)):
        if lines[end].strip() in {"---", "..."}:
            title = None
            for entry in lines[1:end]:
                key, _, value = entry.partition(":")
                if key.strip().lower() == "title" and value.strip():
                    title = value.strip().strip("\"'") or None
            return title, "\n".join(lines[end + 1 :])
    return None, text


def _strip_lightly(text: str) -> MarkdownText:
    """For very large files: markup removed line by line in linear time (bounded regexes), lines
    kept as they are; list markers, inline HTML and escapes are left alone."""
    title, body = _drop_front_matter(text)
    lines = body.split("\n")
    headings: list[int] = []
    out: list[str] = []
    in_fence = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        if _is_rule(stripped):
            continue
        line, heading = _strip_heading(_strip_quote(line))
        if heading:
            headings.append(len(out))
        if heading and title is None:
            title = _inline(line).strip() or None
        out.append(_inline(line))
    return MarkdownText(title, "\n".join(out), tuple(headings))


def _is_rule(stripped: str) -> bool:
    """A horizontal rule or setext underline: three or more of - * _ = and nothing else."""
    return len(stripped) >= 3 and set(stripped) <= _RULE_CHARS and len(set(stripped) - {" "}) == 1


def _strip_quote(line: str) -> str:
    stripped = line.lstrip()
    if not stripped.startswith(">"):
        return line
    while stripped.startswith(">"):
        stripped = stripped[1:]
        stripped = stripped[1:] if stripped.startswith(" ") else stripped
    return stripped


def _strip_heading(line: str) -> tuple[str, bool]:
    """``## 标题 ##`` → ``标题``; returns whether the line was a heading."""
    stripped = line.lstrip()
    marks = len(stripped) - len(stripped.lstrip("#"))
    if not 1 <= marks <= 6 or (len(stripped) > marks and stripped[marks] not in " \t"):
        return line, False
    heading = stripped[marks:].strip()
    closing = heading.rstrip("#")
    if closing != heading and (not closing or closing.endswith((" ", "\t"))):
        heading = closing.rstrip()
    return heading, True


def _inline(line: str) -> str:
    if "](" in line:
        line = _LINK.sub(r"\1", _IMAGE.sub(r"\1", line))
    for marker in ("**", "__", "~~", "`"):
        if marker in line:
            line = line.replace(marker, "")
    if "*" in line:
        line = _SINGLE_STAR.sub(lambda match: match.group(1) or "", line)
    return line
