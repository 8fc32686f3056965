"""Traditional input: how it is recognised, and how naive Simplified→Traditional conversion is repaired.

Correct Traditional text (a Taiwan or Hong Kong newspaper) must reach the Traditional views
unchanged but for the regional standard; text that a machine converted character by character
from Simplified (規范, 最后, 并) must come out right (規範, 最後, 並). Both are told apart
character by character, by what the text's own character is:

- a *Simplified-only* character (并, 这: not a Traditional character in OpenCC's tables, nor a
  regional standard form) inside Traditional text is an artefact: it takes what the round trip
  t2s → s2t proposes for it in its context. "Inside Traditional text" is decided per piece (a
  run between separators): one with more Traditional-only than Simplified-only characters is
  repaired; one with more Simplified-only characters (a quoted Simplified name or sentence) is
  left as it is; one that does not tell only in a text that shows naive conversion elsewhere;
- a *trap* character (后, 范, 于, 里, 干, 台, 布, 只 …: a Traditional character too, but also the
  Simplified form of others) keeps its place unless the round trip proposes another character
  *and* the context says the trap was sprung:
  - a phrase of s2t decides it (最后 → 最後, 规范 → 規範) and the character's own default is
    another one (后 → 後): a naive converter's mark, repaired in any text;
  - otherwise (愿 → 願 by the character default alone, 公布 → 公佈 by a phrase although 布 is
    its own default) only in a text that shows naive conversion elsewhere: at least
    ``NAIVE_EVIDENCE`` repairs of the first two kinds.
- a character that a regional table gives as the standard form of the proposal (台 for 臺 in
  Hong Kong, 裡 for 裏 in Taiwan) is correct regional text and stays.

Every repair replaces one character by one, so offsets do not move.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from gui.engine.scripts.dictionaries import converter, read_table

NAIVE_EVIDENCE = 2  # strong repairs that open the door to weak ones in the same text


@dataclass(frozen=True)
class _Tables:
    simplified_only: frozenset[str]
    traps: frozenset[str]  # Traditional characters that are also the Simplified form of others
    own_default: frozenset[str]  # traps whose first Traditional candidate is themselves (布 → 布 佈)
    regional: dict[str, frozenset[str]]  # OpenCC standard character → its regional standard forms
    traditional_only: frozenset[str]
    repairable: frozenset[str]  # any character a repair may touch
    strongly_repairable: frozenset[str]  # those a repair may touch in a text with no naive marks


@cache
def _tables() -> _Tables:
    to_traditional = read_table("STCharacters.txt")
    to_simplified = read_table("TSCharacters.txt")
    regional: dict[str, set[str]] = {}
    for name in ("TWVariants.txt", "HKVariants.txt"):
        for standard, forms in read_table(name).items():
            regional.setdefault(standard, set()).update(form for form in forms if form != standard)
    regional_forms = {form for forms in regional.values() for form in forms}
    single = {key: values for key, values in to_traditional.items() if len(key) == 1}
    simplified_only = {key for key, values in single.items() if key not in values}
    simplified_only -= regional_forms | set(to_simplified)
    traps = {key for key, values in single.items() if key in values and len(values) > 1}
    traditional_only = {
        key for key, values in to_simplified.items() if len(key) == 1 and key not in values
    } - set(single)
    own_default = {key for key in traps if single[key][0] == key}
    return _Tables(
        simplified_only=frozenset(simplified_only),
        traps=frozenset(traps),
        own_default=frozenset(own_default),
        regional={standard: frozenset(forms) for standard, forms in regional.items()},
        traditional_only=frozenset(traditional_only),
        repairable=frozenset(simplified_only | traps),
        strongly_repairable=frozenset(simplified_only | (traps - own_default)),
    )


def _telling(text: str) -> tuple[int, int]:
    """How many Traditional-only and Simplified-only characters ``text`` holds."""
    tables = _tables()
    counts = Counter(text)
    return (
        sum(count for char, count in counts.items() if char in tables.traditional_only),
        sum(count for char, count in counts.items() if char in tables.simplified_only),
    )


def is_traditional(text: str) -> bool:
    """True when ``text`` has more Traditional-only than Simplified-only characters.

    Characters both scripts share (人, 的, 中) say nothing; a text with no telling character,
    or as many of each, counts as Simplified (converting it to Traditional is the safe way).
    """
    traditional, simplified = _telling(text)
    return traditional > simplified


@dataclass(frozen=True)
class Repair:
    """A piece of Traditional text with its strong repairs, and with weak ones as well."""

    strong: str  # repairs any text gets
    full: str  # plus those a text gets when it shows naive conversion elsewhere
    evidence: int  # how many strong repairs


def may_need_strong_repair(piece: str) -> bool:
    """False when no repair of ``piece`` can be strong (then a text with no naive marks needs no plan)."""
    # (A set lookup per character: a regex with a class of thousands of characters is slower.)
    return not _tables().strongly_repairable.isdisjoint(piece)


def plan_repair(piece: str, memo: dict[str, dict[str, str]] | None = None) -> Repair:
    """Find the naive-conversion artefacts of one piece (a run between separators); ``memo``
    (config → piece → result) shares the round trip's conversions with the views."""
    tables = _tables()
    if tables.repairable.isdisjoint(piece):
        return Repair(piece, piece, 0)
    traditional, simplified = _telling(piece)
    if simplified > traditional:
        return Repair(piece, piece, 0)  # a Simplified span (a quotation, a name) is left as it is
    # A span that does not tell (最后 alone between commas, 擡头) is repaired only in a text that
    # shows naive conversion elsewhere.
    decided = traditional > simplified
    simplified = _converted("t2s", piece, memo)
    proposed = _converted("s2t", simplified, memo)
    if len(simplified) != len(piece) or len(proposed) != len(piece):
        return Repair(piece, piece, 0)  # a phrase changed length: no character-wise comparison
    strong, full = list(piece), list(piece)
    evidence = 0
    by_phrase: str | None = None
    for index, (own, proposal) in enumerate(zip(piece, proposed, strict=True)):
        if own == proposal or own in tables.regional.get(proposal, ()):
            continue
        if own in tables.simplified_only:
            full[index] = proposal
            if decided:
                strong[index] = proposal
                evidence += 1
        elif own in tables.traps:
            if by_phrase is None:
                by_phrase = _phrases_only(simplified)
            if decided and by_phrase[index] != simplified[index] and own not in tables.own_default:
                strong[index] = proposal
                evidence += 1
            full[index] = proposal
    return Repair("".join(strong), "".join(full), evidence)


def _converted(config: str, text: str, memo: dict[str, dict[str, str]] | None) -> str:
    if memo is None:
        return converter(config).convert(text)
    known = memo.setdefault(config, {})
    result = known.get(text)
    if result is None:
        result = known[text] = converter(config).convert(text)
    return result


def _phrases_only(simplified: str) -> str:
    converted = converter("s2t-phrases").convert(simplified)
    return converted if len(converted) == len(simplified) else simplified
