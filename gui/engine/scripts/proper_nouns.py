"""Names kept as written: speakers, their mentions and short quoted names are never "corrected".

OpenCC converts words: 范 becomes 範 (规范 → 規範), 于 becomes 於, 干 becomes 幹 — right in prose,
wrong in 范斌, 于正 or 干文博, whose surnames are written 范, 于, 干 in every script; a page named
“迷因台式民主” is not 臺式. So the spans the analysis knows to be names are converted character
by character, and a character that is already a valid form in the target script stays as it is:
only characters that exist in one script alone (馮 → 冯 for 简体, 发 → 發 for 繁體) change. The
conversion is one character for one, so every offset of the view stays exact.

Which spans: every occurrence of a speaker's name and of their mentions (two characters or more),
and the analysis' quoted terms that are short and hold no clause punctuation (account, page and
brand names; a slogan with commas is prose and converts as prose). No list of names is involved.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from gui.engine import regex_cache as re
from gui.engine.model import Analysis
from gui.engine.scripts.script_variants import RunsBuilder, ScriptView, TableMap, Variant, convert_fragment

MAX_NAME_TERM = 12  # a quoted term this short without clause punctuation is treated as a name
_CLAUSE_PUNCTUATION = re.compile(r"[，。、；：！？,.;:!?\s]")


def _valid_in(character: str, variant: Variant) -> bool:
    """True when ``character`` is a correct form in ``variant``'s script (范 is in both)."""
    from gui.engine.scripts.dictionaries import read_table  # OpenCC 1.4.2's character tables

    table = read_table("TSCharacters.txt" if variant is Variant.HANS else "STCharacters.txt")
    options = table.get(character)
    return options is None or character in options


@lru_cache(maxsize=8192)
def convert_name(
    name: str, variant: Variant, taiwan_phrases: bool = False, traditional: bool | None = None
) -> str:
    """``name`` in ``variant``, character by character, keeping every character valid there.

    ``traditional`` is the article's script (None: the name's own); a name is never "repaired"
    as Traditional prose with naive-conversion marks is (范 in 范斌 is no 規范).
    """
    if variant is Variant.ORIGINAL:
        return name
    out = []
    for character in name:
        if _valid_in(character, variant):
            out.append(character)
            continue
        converted = convert_fragment(character, variant, taiwan_phrases, traditional)
        out.append(converted if len(converted) == 1 else character)
    return "".join(out)


def name_spans(text: str, analysis: Analysis) -> list[tuple[int, int]]:
    """Source spans (start, end) of the names in ``text``, sorted and not overlapping."""
    forms = {speaker.name for speaker in analysis.speakers}
    forms.update(m for speaker in analysis.speakers for m in speaker.mentions)
    forms = {form for form in forms if len(form) >= 2}
    spans: list[tuple[int, int]] = []
    if forms:
        spans = [match.span() for match in re.compile_uncached(_longest_first(forms)).finditer(text)]
    for term in analysis.terms:
        quoted = text[term.start : term.end]
        if 0 < len(quoted) <= MAX_NAME_TERM and not _CLAUSE_PUNCTUATION.search(quoted):
            spans.append((term.start, term.end))
    return _merge(spans)


def _longest_first(forms: set[str]) -> str:
    """A pattern matching any of ``forms``, the longest where several match (某市局長王建華 wins
    over 王建華), as a trie: a plain alternation of a book's thousand names was tried name by
    name wherever a surname stood (1.7 s over 1 M characters); here each character is tried once.
    Forms that match at one place are prefixes of one another, so preferring to go deeper at
    every branch finds the longest, as the longest-first alternation did."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for character in form:
            node = node.setdefault(character, {})
        node[""] = {}  # a form ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(character) + _trie_pattern(child) for character, child in node.items() if character]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"  # deeper first


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def keep_names(
    view: ScriptView, source: str, spans: list[tuple[int, int]], taiwan_phrases: bool = False
) -> ScriptView:
    """``view`` with each name span shown as ``convert_name`` makes it.

    The view must map every span boundary exactly (make it with the boundaries as cut points).
    """
    if view.variant is Variant.ORIGINAL or not spans:
        return view
    pieces: list[str] = []
    replaced: list[tuple[int, int, int]] = []  # (source start, source end, change in length)
    position = 0
    for start, end in spans:
        view_start, view_end = view.span(start, end)
        name = convert_name(source[start:end], view.variant, taiwan_phrases, view.traditional)
        if view.text[view_start:view_end] == name:
            continue
        pieces += [view.text[position:view_start], name]
        position = view_end
        replaced.append((start, end, len(name) - (view_end - view_start)))
    if not replaced:
        return view
    pieces.append(view.text[position:])
    offsets = view.offsets
    if any(change for _, _, change in replaced):
        offsets = _shifted_map(view, replaced, len(source))
    return replace(view, text="".join(pieces), offsets=offsets)


def _shifted_map(view: ScriptView, replaced: list[tuple[int, int, int]], length: int) -> TableMap:
    """The offset map after names changed length (rare: a phrase inside a name changed length)."""
    runs = RunsBuilder()
    shift, spans, k = 0, iter(replaced), 0
    current = next(spans, None)
    while k <= length:
        if current is not None and k == current[0]:
            start, end, change = current
            runs.add_run(start, view.offsets.to_view(start) + shift, end - start)  # one for one
            shift += change
            k = end
            current = next(spans, None)
            continue
        runs.add(k, view.offsets.to_view(k) + shift)
        k += 1
    return runs.table()
