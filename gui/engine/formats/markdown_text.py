"""Markdown read as text: markup removed lightly, lines and paragraphs kept as they are.

Removed: YAML front matter, heading markers (``## 标题`` → ``标题``), code-fence lines, horizontal
rules and setext underlines, blockquote markers, link and image syntax (their words stay),
emphasis markers (``**``, ``__``, ``~~``, single ``*`` around words) and inline-code backticks.
Everything else (list markers, inline HTML, escapes) is left alone: a reader sees the article, and
the quotation analysis is not thrown by a stray ``-``.

Every pattern is either a plain string operation or a regular expression whose repetition is
bounded, so a single line of millions of characters is still processed in linear time.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
# *斜體* — also inside a Chinese sentence (我*回來*了), but not between ASCII letters or digits (5*3*2).
_SINGLE_STAR = re.compile(r"(?<![*\\A-Za-z0-9])\*(?=[^\s*])([^*\n]{0,500}?[^\s*])?\*(?![*A-Za-z0-9])")
_RULE_CHARS = frozenset("-*_= ")


def markdown_to_text(text: str) -> tuple[str | None, str]:
    """The document title (front matter ``title:`` or first heading, or None) and the plain text.

    ``text`` must already have "\\n" line endings.
    """
    lines = text.split("\n")
    title, lines = _drop_front_matter(lines)
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
        if heading and title is None:
            title = _inline(line).strip() or None
        out.append(_inline(line))
    return title, "\n".join(out)


def _drop_front_matter(lines: list[str]) -> tuple[str | None, list[str]]:
    """YAML front matter (``---`` … ``---`` at the very top); its ``title:`` is the title."""
    if not lines or lines[0].strip() != "---":
        return None, lines
    for end in range(1, min(len(lines), 100)):
        if lines[end].strip() in {"---", "..."}:
            title = None
            for entry in lines[1:end]:
                key, _, value = entry.partition(":")
                if key.strip().lower() == "title" and value.strip():
                    title = value.strip().strip("\"'") or None
            return title, lines[end + 1 :]
    return None, lines


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
