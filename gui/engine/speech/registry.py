"""The speakers of one text: each mention joined to the speaker it names, with the short forms
(卡特, 少安, 孔主席) by which later sentences refer to the same speaker."""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.demonstratives import antecedent_span, demonstrated_head, heads_for
from gui.engine.speech.names import (
    SURNAME_FIRSTS,
    complete_name,
    familiar_name_form,
    family_name_form,
    recurrent_names,
)
from gui.engine.speech.patterns import HAN, KIN, LATIN_GLOSS, NAME_DOTS, TITLE, char_class
from gui.engine.speech.roles import ROLE_AT_END


class Mention(NamedTuple):
    """A stretch of text that refers to a possible speaker.

    ``name_start``/``name_end`` delimit the name inside the mention (the whole mention for an
    organisation or a group; the part after the role word for 市长某某). (A named tuple: tens of
    thousands are made for a book, and a tuple is made several times faster than a frozen
    dataclass.)
    """

    start: int
    end: int
    kind: str  # person, group, org, pronoun, plural_pronoun, document
    name_start: int
    name_end: int

    @property
    def title_span(self) -> tuple[int, int] | None:
        """Span of the role word(s) before the name, if any."""
        return (self.start, self.name_start) if self.name_start > self.start else None


@dataclass
class Entry:
    """A speaker being built up; ``key`` is the folded canonical name."""

    ident: int
    key: str
    kind: str
    name_span: tuple[int, int]
    title_span: tuple[int, int] | None = None
    aliases: set[str] = field(default_factory=set)
    mention_spans: list[tuple[int, int]] = field(default_factory=list)


_SURNAME_FIRST = char_class(SURNAME_FIRSTS)
# New first characters of aliases looked for one by one before the search is compiled again.
_UNCOMPILED_LIMIT = 12
_SHORT_REGION = 48  # characters read one by one rather than searched for first characters
_KIN_AT_END = re.compile(f"(?:{KIN})$")
_LATIN_GLOSS = re.compile(rf"(?<=[{HAN}]){LATIN_GLOSS}$")  # closing a Chinese name
_DEMONSTRATIVE = re.compile("(?:该|此|这)(?:名|位|家|个)?(?=.)")
_SURNAME_GENDER = re.compile(f"^([{HAN}])姓(男|女)")


def _positions(text: str, char: str, lo: int, end: int) -> Iterator[int]:
    """Every position of ``char`` in ``text[lo:end]``."""
    position = text.find(char, lo, end)
    while position >= 0:
        yield position
        position = text.find(char, position + 1, end)


def _aliases(key: str, kind: str) -> set[str]:
    """Shorter forms by which a later sentence may refer to the same speaker."""
    aliases = {key}
    if kind != "person":
        return aliases
    parts = NAME_DOTS.split(key)
    if len(parts) > 1 and parts[-1]:
        aliases.add(parts[-1])  # 安东尼·卡特 → 卡特, 尼克-杨 → 杨
    kin = _KIN_AT_END.search(key)
    if kin and kin.start() > 0:
        aliases.add(kin.group())  # 王大爷 → 大爷
    if len(key) == 3 and key[0] in lx.SURNAMES and not NAME_DOTS.search(key):
        aliases.add(key[1:])  # 孙少安 → 少安: family and friends use the given name
    gender = _SURNAME_GENDER.match(key)
    if gender:
        aliases.add(gender.group(1) + gender.group(2))  # 张姓男子 → 张男
    return aliases


_HEAD_AFTER_NAME = re.compile(f"(?:{TITLE}|{KIN})?$")


def _heads(key: str, name_end: int) -> bool:
    """True when the known name ending at ``name_end`` heads ``key`` (市长王建华, 王建华局长): a
    Chinese noun phrase ends with its head, so a name with more than a role after it only
    modifies another (某队主力队员, 某某方面的工作人员 are other people)."""
    return _HEAD_AFTER_NAME.fullmatch(key, name_end) is not None


class Registry:
    """Speakers found so far, with the short forms that refer to them."""

    def __init__(self, folded: str, quoted: Callable[[int], bool] | None = None) -> None:
        self.folded = folded
        self.entries: list[Entry] = []
        self._by_alias: dict[str, int] = {}
        self.last_org: list[tuple[int, int]] = []  # (position, ident) of organisation subjects
        # Lengths of the aliases of two characters or more by their first two characters, longest
        # first (for region scans).
        self._sizes_by_start: dict[str, list[int]] = {}
        # Their first characters, and a regex search for them (few: mostly surnames), so that a
        # scan jumps from one possible start to the next.
        # The set starts with the surnames, which begin most names, so that it is seldom compiled
        # again; a first character that begins no alias only costs a dictionary miss. Compiling
        # it costs about a millisecond (the class bitmap is built in Python), and a book adds
        # new first characters all along, so the ones added since the last compilation are
        # looked for one by one with ``str.find`` until there are enough to compile again.
        self._firsts: set[str] = set(SURNAME_FIRSTS)
        self._first_pattern: re.Pattern[str] = _SURNAME_FIRST
        self._uncompiled_firsts: list[str] = []
        self._alias_firsts: set[str] = set()  # the first characters of the aliases alone
        # Person names by key, and every substring (2+ characters) of a person name → first ident:
        # containment look-ups in constant time however many speakers the text has.
        self._person_keys: dict[str, int] = {}
        self._person_key_sizes: list[int] = []  # their lengths, ascending: no other size can match
        self._person_parts: dict[str, int] = {}
        self._by_first: dict[str, list[int]] = {}  # person idents by the first character of a key
        self._aliased: set[tuple[str, str]] = set()  # (key, kind) whose aliases are indexed
        self._titled: set[tuple[int, str]] = set()  # (ident, key) whose role alias is indexed
        # Names the text itself shows to be names (``recurrent_names``): found like known aliases.
        self._quoted = quoted or (lambda _index: False)
        self._recurrent = recurrent_names(folded, self._quoted)
        for name in self._recurrent:
            self._index_alias_shape(name)

    def _index_alias(self, alias: str, ident: int) -> None:
        if alias in self._by_alias:
            return
        self._by_alias[alias] = ident
        self._index_alias_shape(alias)

    def _index_alias_shape(self, alias: str) -> None:
        """Let the region scans of ``known_in`` find ``alias``."""
        if len(alias) >= 2:
            if alias[0] not in self._firsts:
                self._firsts.add(alias[0])
                self._uncompiled_firsts.append(alias[0])
            self._alias_firsts.add(alias[0])
            sizes = self._sizes_by_start.setdefault(alias[:2], [])
            if len(alias) not in sizes:
                sizes.append(len(alias))
                sizes.sort(reverse=True)

    def _index_person(self, entry: Entry) -> None:
        key = entry.key
        if len(key) < 2:
            return
        self._by_first.setdefault(key[0], []).append(entry.ident)
        self._person_keys.setdefault(key, entry.ident)
        if len(key) not in self._person_key_sizes:
            bisect.insort(self._person_key_sizes, len(key))
        for size in range(2, len(key) + 1):
            for start in range(len(key) - size + 1):
                self._person_parts.setdefault(key[start : start + size], entry.ident)

    def known_in(self, lo: int, hi: int, stop: int | None = None) -> list[tuple[int, int]]:
        """Spans of known aliases in ``folded[lo:hi]``: leftmost, longest, not overlapping
        (only those starting at or before ``stop`` when it is given)."""
        folded, by_start, aliases = self.folded, self._sizes_by_start, self._by_alias
        recurrent = self._recurrent

        def known(word: str) -> bool:
            return word in aliases or word in recurrent

        spans: list[tuple[int, int]] = []
        if not by_start:
            return spans
        position = lo
        last = hi - 2 if stop is None else min(hi - 2, stop)
        # Most regions are a few characters before a verb: looking at every place costs less than
        # setting up a search for the few where an alias may start.
        candidates = range(lo, last + 1) if last - lo < _SHORT_REGION else self._possible_starts(lo, last + 1)
        firsts = self._alias_firsts
        for candidate in candidates:
            if candidate < position or folded[candidate] not in firsts:
                continue  # inside the alias just found, or where no alias starts
            position = candidate
            sizes = by_start.get(folded[position : position + 2])
            if sizes is not None:
                fits = (n for n in sizes if position + n <= hi and known(folded[position : position + n]))
                size = next(fits, 0)
                if size:
                    spans.append((position, position + size))
                    position += size
                    continue
            position += 1
        return spans

    def _possible_starts(self, lo: int, end: int) -> Iterator[int]:
        """Positions in ``folded[lo:end]`` of the first characters of aliases, in order."""
        if len(self._uncompiled_firsts) > _UNCOMPILED_LIMIT:
            self._first_pattern = char_class(self._firsts, cached=False)
            self._uncompiled_firsts = []
        folded = self.folded
        compiled = (match.start() for match in self._first_pattern.finditer(folded, lo, end))
        if not self._uncompiled_firsts:
            return compiled
        # (never where the compiled search finds: these characters were not in its class)
        others = sorted(
            index for char in self._uncompiled_firsts for index in _positions(folded, char, lo, end)
        )
        return heapq.merge(compiled, others) if others else compiled

    def knows_alias(self, alias: str) -> bool:
        """True when ``alias`` is a name or short form of a speaker found so far."""
        return alias in self._by_alias

    def lookup(self, key: str) -> Entry | None:
        """The entry that ``key`` names: exactly, as an alias, or by containment of a person name."""
        if key in self._by_alias:
            return self.entries[self._by_alias[key]]
        if len(key) < 2:
            return None
        found = self._person_parts.get(key)  # key inside a known name
        if found is not None and not self._names_part_of(key, self.entries[found].key):
            found = None
        size = len(key)
        if size <= 24:
            # (a known name inside key: only the lengths of known names are looked at)
            for width in (width for width in self._person_key_sizes if width <= size):
                for start in range(size - width + 1):
                    ident = self._person_keys.get(key[start : start + width])
                    if ident is not None and (found is None or ident < found) and _heads(key, start + width):
                        found = ident
        return self.entries[found] if found is not None else None

    @staticmethod
    def _names_part_of(part: str, key: str) -> bool:
        """True when ``part`` read inside the known ``key`` names the same person: it heads it
        (王建华 in 局长王建华) or is the start of the name cut short (陈佩 of 陈佩琪), but not a
        person that only modifies a longer phrase (某某 of 某某方面的工作人员)."""
        end = key.find(part) + len(part)
        rest = key[end:]
        return _heads(key, end) or (len(rest) <= 2 and "的" not in rest)

    def add(self, mention: Mention) -> Entry:
        """Register ``mention`` (never a pronoun) and return its speaker entry."""
        gloss = _LATIN_GLOSS.search(self.folded, mention.name_start, mention.name_end)
        if gloss is not None and gloss.start() > mention.name_start:  # (a name, not a gloss alone)
            # 某某消防署（NFA）, 某研究中心(GFZ): the bracket glosses the name, it is no part of it
            mention = mention._replace(name_end=gloss.start())
        key = self.folded[mention.name_start : mention.name_end]
        entry = self.lookup(key)
        if entry is not None and mention.kind == "org" and entry.kind == "person":
            # 某公司 is not 某公司市场部人士, a person its name is only part of
            entry = entry if key in self._by_alias else None
        entry = entry or self._demonstrated(key, mention.start)
        name_span = (mention.name_start, mention.name_end)
        familiar: str | None = None  # a familiar form read as the full name it abbreviates
        if entry is None and mention.kind == "person" and mention.name_end - mention.name_start >= 2:
            name_end = complete_name(self.folded, mention.name_start, mention.name_end)
            if name_end > mention.name_end:
                mention = mention._replace(name_end=name_end, end=max(mention.end, name_end))
                name_span = (mention.name_start, name_end)
                key = self.folded[mention.name_start : name_end]
                entry = self.lookup(key)
            fuller = family_name_form(self.folded, *name_span) if entry is None else None
            if fuller is None and entry is None:
                fuller = familiar_name_form(self.folded, *name_span)  # 老孟, 孟帅 of 孟某某
                familiar = key if fuller is not None else None
            if fuller is not None:
                # 秋生 is 孙秋生: the entry is named by the full form, the given name an alias of it
                name_span, key = fuller, self.folded[fuller[0] : fuller[1]]
                entry = self.lookup(key)
        if entry is None:
            entry = Entry(len(self.entries), key, mention.kind, name_span)
            self.entries.append(entry)
            if entry.kind == "person":
                self._index_person(entry)
        elif (
            entry.kind == "person" and key.endswith(entry.key) and len(key) > len(entry.key)
            and _DEMONSTRATIVE.match(key) is None  # (这名妇女 points back to 妇女, names no one new)
        ):
            # A fuller form of a name seen earlier in short (卡特 → 安东尼·卡特) becomes canonical.
            entry.key, entry.name_span = key, (mention.name_start, mention.name_end)
            self._index_person(entry)
        if familiar is not None:
            self._index_alias(familiar, entry.ident)
        if entry.title_span is None and mention.title_span is not None:
            entry.title_span = mention.title_span
        # The aliases of a key and the role alias of a titled entry are indexed once: indexing
        # never replaces an alias, so doing it again would change nothing.
        if (key, entry.kind) not in self._aliased:
            self._aliased.add((key, entry.kind))
            for alias in sorted(_aliases(key, entry.kind) | {key}):
                self._index_alias(alias, entry.ident)
        titled = (entry.ident, entry.key)
        if entry.title_span is not None and entry.kind == "person" and titled not in self._titled:
            self._titled.add(titled)
            title = self.folded[entry.title_span[0] : entry.title_span[1]]
            role = ROLE_AT_END.search(title)
            if role:
                self._index_alias(entry.key[0] + role.group(), entry.ident)  # 孔主席
        entry.mention_spans.append((mention.start, mention.end))
        if entry.kind == "org":
            self.last_org.append((mention.start, entry.ident))
        return entry

    def _demonstrated(self, key: str, position: int) -> Entry | None:
        """The speaker that a demonstrative phrase (该部, 该人士, 这名官员, 该校) points back to: the
        one last mentioned before ``position`` whose name ends with the same head noun or an
        equivalent one (财政部 for 该部, 一名知情人士 for 该人士, 某某大学 for 该校), else the
        organisation of that kind the text named last (``demonstratives``)."""
        demonstrative = _DEMONSTRATIVE.match(key)
        if demonstrative is None:
            return None
        head = key[demonstrative.end() :]
        endings = heads_for(head) if demonstrated_head(key) else (head,)
        found, latest = None, -1
        for entry in self.entries:
            if not entry.key.endswith(endings) or len(entry.key) < len(head) or not entry.mention_spans:
                continue
            last = max((start for start, _ in entry.mention_spans if start < position), default=-1)
            if last > latest:
                found, latest = entry, last
        if demonstrated_head(key) is None:
            return found
        span = antecedent_span(self.folded, head, position, self._quoted)
        if span is not None and span[0] > latest:
            return self.add(Mention(span[0], span[1], "org", span[0], span[1]))
        return found

    def by_family_name(self, char: str) -> Entry | None:
        """The one person found so far whose Chinese name starts with ``char`` (丘表示 after
        丘某某 spoke), kept as an alias of them; None when no one or several do."""
        if char in self._by_alias:
            return self.entries[self._by_alias[char]]
        found = {
            ident for ident in self._by_first.get(char, ())
            if 2 <= len(self.entries[ident].key) <= 3 and self.entries[ident].key[0] == char
            and not NAME_DOTS.search(self.entries[ident].key)
        }
        if len(found) != 1:
            return None
        ident = found.pop()
        self._by_alias[char] = ident
        return self.entries[ident]

    def org_before(self, position: int) -> Entry | None:
        """The organisation most recently named as a subject before ``position``."""
        for start, ident in reversed(self.last_org):
            if start < position:
                return self.entries[ident]
        return None
