"""Copy OpenCC's dictionaries, configs and regression cases into Yanlu, and make the generated tables.

Usage: ``python3 tools/rebuild_opencc_data.py OPENCC_SOURCE [VERSION]``

``OPENCC_SOURCE`` is an OpenCC source tree: a checkout of github.com/BYVoid/OpenCC at the wanted
tag, or the official source distribution (``pip download --no-deps --no-binary :all:
opencc==1.4.2``, unpacked). Only data is copied (Apache-2.0 text files), never OpenCC's code. The
tables OpenCC's build generates are made here the same way: ``*VariantsRev`` with OpenCC's own
``data/scripts/common.py`` (run from the source tree, not copied), ``TSCharactersExt`` from the
``@tofu-risk`` marks, and ``STPhrases_GeneratedFromRegionalPhrases`` by converting the Hong Kong and
Taiwan phrase keys with the bundled t2s.
"""

from __future__ import annotations

import shutil
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "gui" / "engine" / "scripts" / "opencc_data"
CASES = ROOT / "tests" / "data" / "opencc"

# The tables Yanlu's configs use (the Japanese ones are left out).
COPIED = (
    "CJK_Compatibility_Ideographs",
    *("STCharacters", "STPhrases", "TSCharacters", "TSPhrases"),
    *("TWVariants", "TWVariantsPhrases", "TWVariantsRevPhrases", "TWPhrases", "TWPhrasesRev"),
    *("HKVariants", "HKVariantsPhrases", "HKVariantsRevPhrases", "HKPhrases", "HKPhrasesRev"),
)
CONFIGS = ["s2t", "s2tw", "s2twp", "s2hk", "t2s", "t2tw", "t2hk", "tw2t", "hk2t", "tw2s", "hk2s", "tw2sp"]
TOFU_RISK = "# @tofu-risk:"
HEADER = "# Open Chinese Convert (OpenCC) Dictionary\n# File: {name}\n# License: Apache-2.0 (see LICENSE)\n"


def main(source: Path, version: str) -> None:
    if DATA.exists():
        shutil.rmtree(DATA)
    (DATA / "config").mkdir(parents=True)
    CASES.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        shutil.copyfile(source / "data" / "dictionary" / f"{name}.txt", DATA / f"{name}.txt")
    for name in CONFIGS:
        shutil.copyfile(source / "data" / "config" / f"{name}.json", DATA / "config" / f"{name}.json")
    for folder in (DATA, CASES):
        shutil.copyfile(source / "LICENSE", folder / "LICENSE")
    shutil.copyfile(source / "test" / "testcases" / "testcases.json", CASES / "testcases.json")

    sys.path.insert(0, str(source / "data" / "scripts"))
    from common import reverse_items  # OpenCC's own generator, run from its source tree

    for name in ("TWVariants", "HKVariants"):
        reverse_items(str(DATA / f"{name}.txt"), str(DATA / f"{name}Rev.txt"))
        _prepend_header(DATA / f"{name}Rev.txt", f"{name}Rev.txt (generated from {name}.txt)")
    _extract_tofu_risk(DATA / "TSCharacters.txt", DATA / "TSCharactersExt.txt")
    _generate_st_phrases(DATA / "STPhrases_GeneratedFromRegionalPhrases.txt")

    note = (
        f"OpenCC {version} data (dictionaries, configs), Apache-2.0: see LICENSE.\n"
        f"Rebuilt by tools/rebuild_opencc_data.py from an OpenCC {version} source tree.\n"
        "Generated here as OpenCC's build does: TWVariantsRev, HKVariantsRev, TSCharactersExt,\n"
        "STPhrases_GeneratedFromRegionalPhrases.\n"
    )
    (DATA / "VERSION").write_text(note, encoding="utf-8")
    (CASES / "VERSION").write_text(
        f"test/testcases/testcases.json of OpenCC {version}, Apache-2.0: see LICENSE.\n", encoding="utf-8"
    )


def _prepend_header(path: Path, name: str) -> None:
    path.write_text(HEADER.format(name=name) + "\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


def _extract_tofu_risk(source: Path, target: Path) -> None:
    """The mappings marked ``@tofu-risk`` (as OpenCC's extract_tofu_risk.py makes them)."""
    lines = source.read_text(encoding="utf-8").splitlines()
    out = [HEADER.format(name=f"{target.name} (generated from {source.name})")]
    for index, line in enumerate(lines):
        if line.startswith(TOFU_RISK):
            key, values = lines[index + 1].split("\t", 1)
            kept = values.split()
            if kept[0] == key:
                kept = kept[1:]
            out.append(f"{key}\t{' '.join(kept)}\n")
    target.write_text("".join(out), encoding="utf-8")


def _generate_st_phrases(target: Path) -> None:
    """Simplified forms of the regional phrase keys (three characters or more), mapped back to them,
    so s2t keeps a regional phrase whole (as OpenCC's generate_st_phrases_from_regional_phrases.py)."""
    sys.path.insert(0, str(ROOT))
    from gui.engine.scripts.dictionaries import converter, read_table

    t2s = converter("t2s")
    collisions: dict[str, list[str]] = defaultdict(list)
    for name in ("HKPhrases", "TWPhrases"):
        for key in read_table(DATA / f"{name}.txt"):
            simplified = t2s.convert(key)
            if len(simplified) >= 3:
                collisions[simplified].append(key)
    conflicts = {key: keys for key, keys in collisions.items() if len(set(keys)) > 1}
    if conflicts:
        raise SystemExit(f"conflicting regional phrases: {conflicts}")
    body = "".join(f"{key}\t{keys[0]}\n" for key, keys in sorted(collisions.items()))
    target.write_text(HEADER.format(name=target.name) + "\n" + body, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) == 3 else "1.4.2")
