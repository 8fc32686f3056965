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

import re
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
    traditional_only: re.Pattern[str]
    simplified_only_pattern: re.Pattern[str]
    repairable: re.Pattern[str]


def _char_class(chars: set[str] | frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]")


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
    return _Tables(
        simplified_only=frozenset(simplified_only),
        traps=frozenset(traps),
        own_default=frozenset(key for key in traps if single[key][0] == key),
        regional={standard: frozenset(forms) for standard, forms in regional.items()},
        traditional_only=_char_class(traditional_only),
        simplified_only_pattern=_char_class(simplified_only),
        repairable=_char_class(simplified_only | traps),
    )


def is_traditional(text: str) -> bool:
    """True when ``text`` has more Traditional-only than Simplified-only characters.

    Characters both scripts share (人, 的, 中) say nothing; a text with no telling character,
    or as many of each, counts as Simplified (converting it to Traditional is the safe way).
    """
    tables = _tables()
    traditional = len(tables.traditional_only.findall(text))
    return traditional > 0 and traditional > len(tables.simplified_only_pattern.findall(text))


@dataclass(frozen=True)
class Repair:
    """A piece of Traditional text with its strong repairs, and with weak ones as well."""

    strong: str  # repairs any text gets
    full: str  # plus those a text gets when it shows naive conversion elsewhere
    evidence: int  # how many strong repairs


def plan_repair(piece: str) -> Repair:
    """Find the naive-conversion artefacts of one piece (a run between separators)."""
    tables = _tables()
    if not tables.repairable.search(piece):
        return Repair(piece, piece, 0)
    traditional = len(tables.traditional_only.findall(piece))
    simplified = len(tables.simplified_only_pattern.findall(piece))
    if simplified > traditional:
        return Repair(piece, piece, 0)  # a Simplified span (a quotation, a name) is left as it is
    # A span that does not tell (最后 alone between commas, 擡头) is repaired only in a text that
    # shows naive conversion elsewhere.
    decided = traditional > simplified
    simplified = converter("t2s").convert(piece)
    proposed = converter("s2t").convert(simplified)
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


def _phrases_only(simplified: str) -> str:
    converted = converter("s2t-phrases").convert(simplified)
    return converted if len(converted) == len(simplified) else simplified
