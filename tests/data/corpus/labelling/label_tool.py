"""Labelling tool for the news corpus: skeletons to annotate, markup to labelled JSON, and a diff.

Annotators never type offsets and never retype the article: ``skeleton`` copies the text from the
pool and wraps every top-level quotation-mark pair in ``⟦?|…⟧``; the annotator replaces each ``?``
with ``q:SPEAKER`` (direct quotation) or ``n`` (not speech), and wraps indirect speech in
``⟦i:SPEAKER|…⟧``. ``build`` checks that removing the markup gives back the pool text exactly,
computes the offsets and writes the corpus JSON. No analysis engine is involved at any step.

Markup file::

    id: tw-cna-0001
    speakers:
    - NAME | TITLE or - | mention, mention, …        (append "| group" for a collective speaker)
    notes: free text on doubtful decisions (optional, one line)
    ---
    the article text with ⟦q:NAME|…⟧ ⟦n|…⟧ ⟦i:NAME|…⟧ markup

A speaker may carry alternatives that are also right: ``⟦q:NAME+ALT+ALT|…⟧``.

Usage::

    python label_tool.py skeleton ID [ID …] --out DIR      # DIR/ID.txt, never overwritten
    python label_tool.py build FILE.txt [FILE.txt …] --out DIR
    python label_tool.py compare A.json B.json              # disagreements between two annotators
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

POOL_FILE = Path("shared") / "corpus" / "pool" / "articles.jsonl"


def pool_path() -> Path:
    """The pool beside the checkout (``../shared``), found from any worktree depth."""
    override = os.environ.get("YANLU_POOL")
    if override:
        return Path(override)
    for folder in Path(__file__).resolve().parents:
        if (folder / POOL_FILE).is_file():
            return folder / POOL_FILE
    sys.exit("label_tool: ../shared/corpus/pool/articles.jsonl not found (set YANLU_POOL)")
OPENERS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
MARK = re.compile(r"⟦(\?|n|q:[^|⟦⟧]+|i:[^|⟦⟧]+)\||⟧")


def pool_articles() -> dict[str, dict]:
    with pool_path().open(encoding="utf-8") as lines:
        return {row["id"]: row for row in map(json.loads, lines)}


def quotation_pairs(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Top-level quotation-mark pairs as (inside start, inside end), and marks left unpaired.

    Marks nested inside an open pair belong to it; a closing mark that matches no open mark, or an
    opening mark never closed, is reported so the annotator can decide by hand.
    """
    pairs: list[tuple[int, int]] = []
    unpaired: list[int] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char in OPENERS and not (char == "‘" and stack and stack[-1][0] == "‘"):
            stack.append((char, index))
        elif char in CLOSERS:
            match = next((depth for depth in range(len(stack) - 1, -1, -1)
                          if stack[depth][0] == CLOSERS[char]), None)
            if match is None:
                unpaired.append(index)
                continue
            unpaired.extend(position for _, position in stack[match + 1:])
            opener_index = stack[match][1]
            del stack[match:]
            if not stack:
                pairs.append((opener_index + 1, index))
    unpaired.extend(position for _, position in stack)
    return pairs, sorted(unpaired)


def skeleton(article: dict) -> str:
    text = article["text"]
    pairs, unpaired = quotation_pairs(text)
    pieces, cursor = [], 0
    for start, end in pairs:
        pieces += [text[cursor:start], "⟦?|", text[start:end], "⟧"]
        cursor = end
    pieces.append(text[cursor:])
    warning = ""
    if unpaired:
        where = ", ".join(f"{text[i]}@{i}:{text[max(0, i - 8):i + 8]!r}" for i in unpaired)
        warning = f"notes: UNPAIRED MARKS (label by hand, then delete this warning): {where}\n"
    return (f"id: {article['id']}\nspeakers:\n- NAME | TITLE | mention, mention\n{warning}---\n"
            + "".join(pieces))


def parse_markup(marked: str) -> tuple[str, list[dict]]:
    """The plain text and the labelled spans (kind, start, end, speaker, alternatives)."""
    plain: list[str] = []
    length = 0
    open_spans: list[dict] = []
    spans: list[dict] = []
    cursor = 0
    for match in MARK.finditer(marked):
        chunk = marked[cursor:match.start()]
        plain.append(chunk)
        length += len(chunk)
        cursor = match.end()
        if match.group(0) == "⟧":
            if not open_spans:
                raise ValueError(f"unmatched ⟧ near {marked[max(0, match.start() - 20):match.start()]!r}")
            span = open_spans.pop()
            span["end"] = length
            spans.append(span)
            continue
        head = match.group(1)
        if head == "?":
            raise ValueError(f"unlabelled quotation near {marked[match.start():match.start() + 30]!r}")
        kind = {"q": "direct", "i": "indirect", "n": "not_speech"}[head[0]]
        names = head[2:].split("+") if kind != "not_speech" else [None]
        open_spans.append({"kind": kind, "start": length, "speaker": names[0].strip() if names[0] else None,
                           "alt": [name.strip() for name in names[1:] if name.strip()]})
    if open_spans:
        raise ValueError("a ⟦ span is never closed")
    plain.append(marked[cursor:])
    return "".join(plain), sorted(spans, key=lambda span: (span["start"], span["end"]))


def parse_header(header: str) -> tuple[str, list[dict], str]:
    article_id, speakers, notes = "", [], ""
    for line in header.splitlines():
        if line.startswith("id:"):
            article_id = line[3:].strip()
        elif line.startswith("notes:"):
            notes = line[6:].strip()
        elif line.startswith("- "):
            fields = [field.strip() for field in line[2:].split("|")]
            if len(fields) < 3:
                raise ValueError(f"speaker line needs NAME | TITLE | mentions: {line!r}")
            speaker = {"name": fields[0], "title": None if fields[1] in ("", "-", "null") else fields[1],
                       "mentions": [m.strip() for m in re.split(r"[,，]", fields[2]) if m.strip()]}
            if len(fields) > 3 and fields[3] == "group":
                speaker["group"] = True
            speakers.append(speaker)
    return article_id, speakers, notes


def build(path: Path, pool: dict[str, dict]) -> dict:
    header, _, marked = path.read_text(encoding="utf-8").partition("\n---\n")
    article_id, speakers, notes = parse_header(header)
    if "UNPAIRED" in notes:
        raise ValueError("the UNPAIRED MARKS warning is still in the notes")
    source = pool[article_id]
    text, spans = parse_markup(marked)
    if text != source["text"]:
        at = next((i for i, (a, b) in enumerate(zip(text, source["text"], strict=False)) if a != b),
                  min(len(text), len(source["text"])))
        raise ValueError(f"text differs from the pool at {at}: {text[at - 10:at + 10]!r} vs "
                         f"{source['text'][at - 10:at + 10]!r}")
    check_spans(text, spans, speakers)
    record = {"id": article_id, "source": source["source"], "script": source["script"],
              "region": source["region"], "text": text, "speakers": speakers,
              "quotes": [], "indirect": [], "not_speech": []}
    if notes:
        record["notes"] = notes
    for span in spans:
        entry = {"start": span["start"], "end": span["end"], "text": text[span["start"]:span["end"]]}
        if span["kind"] != "not_speech":
            entry |= {"speaker": span["speaker"], "kind": span["kind"]}
            if span["alt"]:
                entry["speaker_alt"] = span["alt"]
        record["quotes" if span["kind"] == "direct" else span["kind"]].append(entry)
    return record


def check_spans(text: str, spans: list[dict], speakers: list[dict]) -> None:
    names = {speaker["name"] for speaker in speakers}
    for speaker in speakers:
        missing = [mention for mention in speaker["mentions"] if mention not in text]
        if missing:
            raise ValueError(f"mentions of {speaker['name']} not in the text: {missing}")
    used = {span["speaker"] for span in spans if span["kind"] != "not_speech"}
    if used - names:
        raise ValueError(f"speakers used in spans but not listed: {sorted(used - names)}")
    if names - used:
        raise ValueError(f"listed speakers with no span: {sorted(names - used)}")
    labelled = {(span["start"], span["end"]) for span in spans if span["kind"] != "indirect"}
    pairs, _ = quotation_pairs(text)
    missing_pairs = [text[start:end][:20] for start, end in pairs if (start, end) not in labelled]
    if missing_pairs:
        raise ValueError(f"quotation-mark pairs not labelled: {missing_pairs}")


def compare(first: dict, second: dict) -> list[str]:
    """Disagreements between two annotations of one article, one line each."""
    lines = []
    for kind in ("quotes", "not_speech"):
        a = {(s["start"], s["end"]): s.get("speaker") for s in first[kind]}
        b = {(s["start"], s["end"]): s.get("speaker") for s in second[kind]}
        for key in sorted(a.keys() | b.keys()):
            if a.get(key, "—") != b.get(key, "—"):
                lines.append(f"{kind} {key} {first['text'][key[0]:key[1]][:30]!r}: "
                             f"A={a.get(key, '—')} B={b.get(key, '—')}")
    a_ind = {(s["start"], s["end"], s["speaker"]) for s in first["indirect"]}
    b_ind = {(s["start"], s["end"], s["speaker"]) for s in second["indirect"]}
    for start, end, speaker in sorted(a_ind ^ b_ind):
        side = "A only" if (start, end, speaker) in a_ind else "B only"
        lines.append(f"indirect {side} ({start},{end}) {speaker}: {first['text'][start:end][:40]!r}")
    a_spk = {(s["name"], s["title"] or "") for s in first["speakers"]}
    b_spk = {(s["name"], s["title"] or "") for s in second["speakers"]}
    lines += [f"speaker {'A' if item in a_spk else 'B'} only: {item}" for item in sorted(a_spk ^ b_spk)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["skeleton", "build", "compare"])
    parser.add_argument("items", nargs="+")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "compare":
        first, second = (json.loads(Path(item).read_text(encoding="utf-8")) for item in args.items)
        print("\n".join(compare(first, second)) or "no disagreements")
        return 0
    pool = pool_articles()
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for item in args.items:
        try:
            if args.command == "skeleton":
                target = args.out / f"{item}.txt"
                if not target.exists():
                    target.write_text(skeleton(pool[item]), encoding="utf-8")
                print(target)
            else:
                record = build(Path(item), pool)
                target = args.out / f"{record['id']}.json"
                target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                print(f"{target}: {len(record['quotes'])} direct, {len(record['indirect'])} indirect, "
                      f"{len(record['not_speech'])} not speech, {len(record['speakers'])} speakers")
        except (ValueError, KeyError) as error:
            failed += 1
            print(f"{item}: {error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
