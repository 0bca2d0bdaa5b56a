#!/usr/bin/env python3
"""How often an independent reader's labels agree with the stored ones.

`data/claims-relabel.jsonl` holds labels given to every statement of the labelled sets by
readers who saw only the statement's words (text, Chinese text, speaker, affiliation, date;
not the id, the stored labels or the parser) and the written conventions of `data/README.md`.
This prints, per file and for all development and all frozen rows, the share of rows where the
relation, the gap (min and max) and the modality agree, and which relations disagree.

Usage: python3 scripts/label-agreement.py
"""
import collections
import json
import pathlib

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"


def load(name):
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def same_gap(a, b):
    return (None if a is None else float(a)) == (None if b is None else float(b))


def main():
    relabel = load("claims-relabel.jsonl")
    stored = {}
    for name in sorted({r["file"] for r in relabel}):
        for row in load(name):
            stored[(name, row["id"])] = row
    counts = collections.defaultdict(collections.Counter)
    pairs = collections.defaultdict(collections.Counter)
    for r in relabel:
        s = stored[(r["file"], r["id"])]
        group = "frozen (test splits)" if "test" in r["file"] else "development"
        for key in (r["file"], group, "all"):
            c = counts[key]
            c["rows"] += 1
            c["relation"] += r["relation"] == s["relation"]
            c["gap min"] += same_gap(r["gap_months_min"], s["gap_months_min"])
            c["gap max"] += same_gap(r["gap_months_max"], s["gap_months_max"])
            c["modality"] += r["modality"] == s["modality"]
        if r["relation"] != s["relation"]:
            pairs[group][(s["relation"], r["relation"])] += 1
    print("| set | rows | relation | gap min | gap max | modality |")
    print("|---|---:|---:|---:|---:|---:|")
    for key in sorted(counts):
        c = counts[key]
        n = c["rows"]
        cells = " | ".join(
            f"{c[f]}/{n} ({100 * c[f] // n} %)" for f in ("relation", "gap min", "gap max", "modality")
        )
        print(f"| {key} | {n} | {cells} |")
    for group, p in sorted(pairs.items()):
        text = ", ".join(f"{a} → {b} {k}" for (a, b), k in p.most_common())
        print(f"\n{group}, stored → independent: {text}")


if __name__ == "__main__":
    main()
