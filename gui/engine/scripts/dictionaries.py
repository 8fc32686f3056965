"""OpenCC 1.4.2's dictionaries and configs on the engine of opencc-python-reimplemented.

The engine (``opencc.OpenCC``: longest match first, one table after the other) is the one the
project is built on; the tables it ships are years old. ``converter(config)`` gives an engine
whose chain comes from the bundled 1.4.2 config (``opencc_data/``, see its VERSION and LICENSE)
instead, read the way OpenCC reads it:

- the ``normalization`` chain runs before the ``conversion_chain``;
- a ``short_circuit`` group is the engine's own group (tables tried in order);
- a ``union`` group becomes one table: OpenCC takes the longest key of any member at a
  position, the first member on a tie, which is what one table holding all their keys does
  when earlier members win duplicate keys;
- comment lines are skipped and a key's first value is used, as OpenCC does.

OpenCC's ``segmentation`` step has no counterpart in the engine, which converts the runs between
its separators; the regression test measures what that costs (tests/engine/test_opencc_regression.py).
A table whose keys cannot start anywhere in a string is skipped, and the longest key tried is
the longest that can start there (OpenCC itself skips unmatchable runs): most of the regional
tables touch few pieces of a text, and few pieces hold a 15-character phrase's first character.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from itertools import repeat
from typing import Any

from opencc import OpenCC
from opencc.opencc import StringTree

# (longest key, shortest key, key → value): the engine's form of one table.
EngineTable = tuple[int, int, dict[str, str]]


def _text(*names: str) -> list[dict[str, str]]:
    return [{"type": "text", "file": f"{name}.txt"} for name in names]


# Chains Yanlu adds to OpenCC's, in OpenCC's config form.
OWN_CONFIGS: dict[str, dict[str, Any]] = {
    # s2t's phrase step alone: where it changes a character, a phrase (not the default) decided.
    "s2t-phrases": {
        "conversion_chain": [
            {
                "dict": {
                    "type": "group",
                    "match_policy": "union",
                    "dicts": _text("STPhrases", "STPhrases_GeneratedFromRegionalPhrases"),
                }
            }
        ]
    },
    # Taiwan vocabulary for Traditional input: t2tw with s2twp's Taiwan phrase table in front.
    "t2twp": {
        "normalization": [{"dict": _text("CJK_Compatibility_Ideographs")[0]}],
        "conversion_chain": [
            {"dict": {"type": "group", "dicts": _text("TWPhrases", "TWVariantsPhrases", "TWVariants")}}
        ],
    },
}


def data_file(name: str) -> Any:
    """A file of the bundled OpenCC data (a Traversable: read it with ``read_text``)."""
    return resources.files("gui.engine.scripts") / "opencc_data" / name


@cache
def read_table(name: str) -> dict[str, tuple[str, ...]]:
    """An OpenCC text table by file name (``STPhrases.txt``): key → its values, best first."""
    table: dict[str, tuple[str, ...]] = {}
    for line in data_file(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        table.setdefault(key, tuple(values.split(" ")))
    return table


@cache
def _engine_table(names: tuple[str, ...]) -> EngineTable:
    """One table made of ``names`` (a union group; earlier tables win a shared key)."""
    merged: dict[str, str] = {}
    for name in names:
        for key, values in read_table(name).items():
            merged.setdefault(key, values[0])
    lengths = [len(key) for key in merged] or [1]
    return max(lengths), min(lengths), merged


def _file_name(entry: dict[str, Any]) -> str:
    # The configs name compiled tables (STPhrases.ocd2); the bundled data is their text form.
    return entry["file"].rsplit(".", 1)[0] + ".txt"


def _group(entry: dict[str, Any]) -> list[EngineTable]:
    """A config's dict entry as the engine's group: a list of tables tried in order."""
    if entry["type"] != "group":
        return [_engine_table((_file_name(entry),))]
    if entry.get("match_policy") == "union":
        return [_engine_table(tuple(_union_members(entry)))]
    return [table for member in entry["dicts"] for table in _group(member)]


def _union_members(entry: dict[str, Any]) -> list[str]:
    if entry["type"] != "group":
        return [_file_name(entry)]
    return [name for member in entry["dicts"] for name in _union_members(member)]


_LONGEST: dict[int, dict[str, int]] = {}  # id of a table's keys (tables live as long as the cache)


def _longest_from(table: EngineTable) -> dict[str, int]:
    """Character → the longest key of ``table`` that starts with it."""
    longest = _LONGEST.get(id(table[2]))
    if longest is None:
        longest = _LONGEST[id(table[2])] = {}
        for key in table[2]:
            if len(key) > longest.get(key[0], 0):
                longest[key[0]] = len(key)
    return longest


def _narrowed(table: EngineTable, string: str) -> EngineTable | None:
    """``table`` with its longest key cut to the longest that can start in ``string`` (None: no key
    can). The engine tries every length from the longest down, so this changes no result, only
    the work: OpenCC itself skips runs that no key can start."""
    if table[0] == 1:  # a character table: only whether any of its characters occurs matters
        return None if table[2].keys().isdisjoint(string) else table
    longest = _longest_from(table)
    length = min(max(map(longest.get, string, repeat(0)), default=0), len(string))
    if not length:
        return None
    return (length, table[1], table[2]) if length < table[0] else table


class BundledOpenCC(OpenCC):
    """``opencc.OpenCC`` with a chain read from the bundled OpenCC 1.4.2 config ``config``."""

    def __init__(self, config: str) -> None:
        super().__init__()
        self.conversion = config
        self._init_dict()

    def _init_dict(self) -> None:
        setting = OWN_CONFIGS.get(self.conversion) or json.loads(
            data_file(f"config/{self.conversion}.json").read_text(encoding="utf-8")
        )
        self.conversion_name = setting.get("name", self.conversion)
        steps = [*setting.get("normalization", ()), *setting["conversion_chain"]]
        self._dict_chain_data = [_group(step["dict"]) for step in steps]
        self._dict_init_done = True

    def _convert(self, string: str, dictionary: object = None) -> str:
        for group in self._dict_chain_data:
            tables = [narrowed for table in group if (narrowed := _narrowed(table, string))]
            if tables:
                tree = StringTree(string)
                tree.create_parse_tree(tables)
                string = "".join(tree.inorder())
        return string


@cache
def converter(config: str) -> BundledOpenCC:
    """The engine for one OpenCC config (t2s, s2t, s2tw, s2twp, s2hk, t2tw, t2hk, tw2t, hk2t …)."""
    return BundledOpenCC(config)
